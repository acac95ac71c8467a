"""kg ingest measured against curated claims, and its file handling.

Each document is ingested into a temporary project holding a copy of the ontology, the shapes
and data/entities/ (never the real data/), and its drafts are compared with claims made by hand:
the curated claims file of the first source, and hand-made expected claims of a second summary
(mesenchymal stem cells in Crohn's disease, tests/data/ingest/) written before the extractor ran
on it.

Recall and precision are over sets of claim tuples
``(statement position, claim kind, intervention, object, direction, negated)``: the object is
the value of the slot the claim's predicate names with ``hkg:objectSlot`` (condition for
recommendation, status, evidence-of-use and effectiveFor claims; outcome for efficacy, safety
and risk-factor claims; mechanism or step otherwise); direction is the local name of
``hkg:direction`` or ``-``; negated is ``hkg:negated`` (false when absent). Claims differing only
in population, strength or comparator are one tuple. For entities the ontology does not know,
the expected IRI is the slug of the singular name the document gives them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from kg_testing import run_kg, snapshot
from rdflib import Graph
from rdflib.namespace import SKOS

from kg.errors import ConfigError, ValidationFailed
from kg.ingest import NotAnEvidenceSummary, ingest
from kg.ingest.accept import accept
from kg.ingest.compare import claim_tuples, read_expected, score, statement_texts
from kg.namespaces import HKG
from kg.resources import Project, find_project

ROOT = Path(__file__).resolve().parent.parent
FIRST = ROOT / "data" / "sources" / "ahsct-evidence-summary.txt"
CURATED = ROOT / "data" / "claims" / "ahsct-evidence-summary.ttl"
DATA = Path(__file__).resolve().parent / "data" / "ingest"
SECOND = DATA / "msc-crohns-evidence-summary.txt"
SECOND_EXPECTED = DATA / "msc-crohns-expected.tsv"


def empty_project(tmp_path: Path) -> Project:
    """A project with the real ontology, shapes and entities but no sources or claims."""
    root = tmp_path / "project"
    shutil.copytree(ROOT / "ontology", root / "ontology")
    shutil.copytree(ROOT / "shapes", root / "shapes")
    shutil.copytree(ROOT / "data" / "entities", root / "data" / "entities")
    (root / "data" / "sources").mkdir()
    (root / "data" / "claims").mkdir()
    return find_project(root)


@pytest.fixture(scope="module")
def first(tmp_path_factory) -> tuple[Project, Graph]:
    project = empty_project(tmp_path_factory.mktemp("first"))
    result = ingest(project, FIRST)
    return project, Graph().parse(result.draft_path, format="turtle")


def test_first_source_recall_and_precision(first, capsys) -> None:
    _, drafts = first
    expected = claim_tuples(Graph().parse(CURATED, format="turtle"))
    found = claim_tuples(drafts)
    result = score(expected, found)
    with capsys.disabled():
        print(f"\ningest {FIRST.name} vs curated claims: {result}")
    assert_attributed(result, expected, found)
    # 45 of 46: the one left is "The risk of adverse effects is higher in patients with ...",
    # whose statement names no intervention, not even by an anaphor (drafted unresolved).
    assert result.matched >= 45, sorted(expected - found)


def assert_attributed(result, expected, found) -> None:
    """No claim in the wrong mouth; every miss is a claim whose intervention the statement does
    not name, drafted with that slot left to the curator."""
    assert result.misattributed == 0, sorted(found - expected)
    resolved = result.found - result.unresolved
    assert result.matched / resolved >= 0.9, sorted(found - expected)
    assert (result.matched + result.unresolved) / result.expected >= 0.9, sorted(expected - found)


def test_first_source_statements_exact(first) -> None:
    _, drafts = first
    curated = statement_texts(Graph().parse(CURATED, format="turtle"))
    drafted = statement_texts(drafts)
    assert len(drafted) == 21
    assert drafted == curated
    text = FIRST.read_text(encoding="utf-8")
    for st in drafts.subjects(HKG.position, None):
        start, end = int(drafts.value(st, HKG.startOffset)), int(drafts.value(st, HKG.endOffset))
        assert text[start:end] == str(drafts.value(st, HKG.text))


def test_first_source_accept_is_refused_only_where_a_slot_is_unresolved(first) -> None:
    project, drafts = first
    before = snapshot(project.root)
    with pytest.raises(ValidationFailed) as failed:
        accept(project, "ahsct-evidence-summary")
    assert snapshot(project.root) == before
    unresolved = {
        c for c, note in drafts.subject_objects(SKOS.note) if str(note).startswith("unresolved")
    }
    assert unresolved
    assert {r.focus_node for r in failed.value.report.results} <= unresolved, (
        failed.value.report.text
    )


def test_second_document_recall_and_precision(tmp_path, capsys) -> None:
    project = empty_project(tmp_path)
    result = ingest(project, SECOND)
    drafts = Graph().parse(result.draft_path, format="turtle")
    expected = read_expected(SECOND_EXPECTED)
    found = claim_tuples(drafts)
    measured = score(expected, found)
    with capsys.disabled():
        print(f"\ningest {SECOND.name} vs hand-made claims: {measured}")
    assert_attributed(measured, expected, found)
    assert len(statement_texts(drafts)) == 18
    # Unknown names are proposed for review, in the report and at the top of the claims file.
    header = result.draft_path.read_text(encoding="utf-8").split("@prefix")[0]
    for name in ("Crohn's disease", "darvadstrocel", "ulcerative colitis", "anal abscess"):
        assert name in header
    assert {p.entry.label for p in result.draft.proposals} >= {"Crohn's disease", "proctalgia"}


def test_drafts_are_marked(first) -> None:
    _, drafts = first
    claims = set(drafts.subjects(HKG.predicate, None))
    assert len(claims) >= 40
    assert all((c, HKG.draft, None) in drafts for c in claims)


def test_reingest_is_idempotent(tmp_path) -> None:
    project = empty_project(tmp_path)
    first = ingest(project, SECOND).draft_path.read_bytes()
    again = ingest(project, SECOND, force=True).draft_path.read_bytes()
    assert again == first


def test_refuses_to_overwrite_without_force(tmp_path) -> None:
    project = empty_project(tmp_path)
    ingest(project, SECOND)
    (project.data_dir / "claims" / "msc-crohns-evidence-summary.ttl").write_text("# curated\n")
    before = snapshot(project.root)
    with pytest.raises(ConfigError, match="--force"):
        ingest(project, SECOND)
    assert snapshot(project.root) == before


def test_writes_only_sources_and_claims(tmp_path) -> None:
    project = empty_project(tmp_path)
    before = snapshot(project.root)
    result = ingest(project, SECOND, doc_id="msc-cd")
    after = snapshot(project.root)
    changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    assert changed == {"data/sources/msc-cd.txt", "drafts/msc-cd.ttl"}
    assert after["data/sources/msc-cd.txt"] == SECOND.read_bytes()
    assert result.written == [
        project.data_dir / "sources" / "msc-cd.txt",
        project.root / "drafts" / "msc-cd.ttl",
    ]


@pytest.mark.parametrize(
    "content",
    [
        b"def main():\n    return 0\n",
        b"",
        b"Key Points\n- AHSCT can improve survival 1.\n",
        b"\x89PNG\r\n\x1a\n\x00\x00",
        b"From the Research\n",
    ],
    ids=["code", "empty", "no-part", "binary", "part-only"],
)
def test_not_an_evidence_summary_writes_nothing(tmp_path, content: bytes) -> None:
    project = empty_project(tmp_path)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    before = snapshot(project.root)
    with pytest.raises(NotAnEvidenceSummary, match="expected an evidence summary"):
        ingest(project, bad)
    assert snapshot(project.root) == before


def test_cli_ingest_report_and_errors(tmp_path) -> None:
    project = empty_project(tmp_path)
    done = run_kg("ingest", SECOND, "--report", root=project.root)
    assert done.returncode == 0, done.stderr
    assert "[01] From the Guidelines (markers '1')" in done.stdout
    assert "Proposed entities" in done.stdout
    assert (project.root / "drafts" / "msc-crohns-evidence-summary.ttl").is_file()
    again = run_kg("ingest", SECOND, root=project.root)
    assert again.returncode == 2 and "--force" in again.stderr
    bad = run_kg("ingest", ROOT / "pyproject.toml", root=project.root)
    assert bad.returncode == 2 and "expected an evidence summary" in bad.stderr


def test_cli_takes_the_project_from_kg_root_and_dry_run_writes_nothing(tmp_path) -> None:
    project = empty_project(tmp_path)
    before = snapshot(project.root)
    env = {**os.environ, "KG_ROOT": str(project.root)}
    done = subprocess.run(
        [sys.executable, "-m", "kg", "ingest", str(SECOND), "--dry-run"],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "nothing (dry run)" in done.stderr and "claim 01-1" in done.stdout
    assert snapshot(project.root) == before
