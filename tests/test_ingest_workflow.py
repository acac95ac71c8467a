"""The curation workflow: an ingest never changes what `kg build` reads; `kg accept` moves a
reviewed draft into the graph through the shapes, or refuses it whole and writes nothing.

Every command runs as a real `kg` process on a copy of the project (ontology, shapes and all
of data/), never on the checkout itself.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from kg_testing import run_kg, snapshot
from rdflib import Graph, Literal
from rdflib.compare import isomorphic

from kg.namespaces import HKG

ROOT = Path(__file__).resolve().parent.parent
SECOND = ROOT / "tests" / "data" / "ingest" / "msc-crohns-evidence-summary.txt"

# Every claim of this summary names its intervention, condition and body (the wording of the
# first source, statement 2), so its draft can be accepted as it is.
RESOLVED = """From the Guidelines
Key Points
- The use of autologous haematopoietic stem cell transplantation (AHSCT) has been recommended for the treatment of multiple sclerosis by the European Committee for Treatment and Research in Multiple Sclerosis (ECTRIMS) 1.
"""
# Statement 2 names no intervention (nor points back to one: "The procedure" would be read
# as the AHSCT of statement 1) and statement 3 no body: slots the curator must fill.
UNRESOLVED = (
    RESOLVED
    + """- Pre-treatment evaluation and follow-up care are essential 1.
- AHSCT may be considered for the treatment of systemic sclerosis 1.
"""
)


def project_copy(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    for part in ("ontology", "shapes", "data"):
        shutil.copytree(ROOT / part, root / part)
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_kg_build_succeeds_after_ingesting_an_unseen_document(tmp_path) -> None:
    root = project_copy(tmp_path)
    before = run_kg("build", "--out", tmp_path / "dist-before", root=root)
    assert before.returncode == 0, before.stderr
    done = run_kg("ingest", SECOND, root=root)
    assert done.returncode == 0, done.stderr
    assert (root / "drafts" / "msc-crohns-evidence-summary.ttl").is_file()
    assert not (root / "data" / "claims" / "msc-crohns-evidence-summary.ttl").exists()
    after = run_kg("build", "--out", tmp_path / "dist-after", root=root)
    assert after.returncode == 0, after.stderr
    # The built graph is the same graph: the draft is not in it.
    graphs = [
        Graph().parse(tmp_path / d / "hsct-kg.nt", format="nt")
        for d in ("dist-before", "dist-after")
    ]
    assert isomorphic(*graphs)


def test_report_shows_statements_without_claims_and_unresolved_slots(tmp_path) -> None:
    root = project_copy(tmp_path)
    source = write(tmp_path, "unresolved.txt", UNRESOLVED)
    done = run_kg("ingest", source, "--report", "--dry-run", root=root)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "[01] From the Guidelines / Key Points (markers '1')" in out
    assert "claim 02-1: ProcedureStepClaim UNRESOLVED hasProcedureStep" in out
    assert "by UNRESOLVED" in out
    assert "Claims with UNRESOLVED slots (fill in before kg accept): 02-1 (intervention)" in out
    assert "03-1 (recommending body)" in out
    assert "Statements with no claim: none" in out


def test_report_lists_statements_that_got_no_claim(tmp_path) -> None:
    root = project_copy(tmp_path)
    source = write(
        tmp_path,
        "silent.txt",
        RESOLVED + "- Seven patients in total have received AHSCT in our centre 2.\n",
    )
    done = run_kg("ingest", source, "--report", "--dry-run", root=root)
    assert done.returncode == 0, done.stderr
    assert "Statements with no claim: 02" in done.stdout


def test_accept_moves_a_resolved_draft_into_the_graph(tmp_path) -> None:
    root = project_copy(tmp_path)
    source = write(tmp_path, "resolved.txt", RESOLVED)
    assert run_kg("ingest", source, root=root).returncode == 0
    done = run_kg("accept", "resolved", root=root)
    assert done.returncode == 0, done.stderr
    claims = root / "data" / "claims" / "resolved.ttl"
    assert claims.is_file() and not (root / "drafts" / "resolved.ttl").exists()
    graph = Graph().parse(claims, format="turtle")
    assert not list(graph.triples((None, HKG.draft, Literal(True))))
    assert len(set(graph.subjects(HKG.predicate, None))) == 1
    built = run_kg("build", "--out", tmp_path / "dist", root=root)
    assert built.returncode == 0, built.stderr
    exported = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "dist").glob("*.nt"))
    assert "claim/resolved-01-1>" in exported


def test_accept_refuses_a_draft_with_unresolved_slots_whole(tmp_path) -> None:
    root = project_copy(tmp_path)
    source = write(tmp_path, "unresolved.txt", UNRESOLVED)
    assert run_kg("ingest", source, root=root).returncode == 0
    before = snapshot(root)
    done = run_kg("accept", "unresolved", root=root)
    assert done.returncode == 1, done.stderr
    assert "claim:unresolved-02-1" in done.stderr and "hkg:intervention" in done.stderr
    assert "claim:unresolved-03-1" in done.stderr and "hkg:recommendedBy" in done.stderr
    assert "data/claims/unresolved.ttl" in done.stderr and ".accept-" not in done.stderr
    assert snapshot(root) == before


def test_accept_after_the_curator_fills_the_slots(tmp_path) -> None:
    root = project_copy(tmp_path)
    source = write(tmp_path, "unresolved.txt", UNRESOLVED)
    assert run_kg("ingest", source, root=root).returncode == 0
    draft = root / "drafts" / "unresolved.ttl"
    text = draft.read_text(encoding="utf-8")
    text, filled = re.subn(
        r"(claim:unresolved-02-\d a hkg:ProcedureStepClaim ;)",
        r"\1\n    hkg:intervention intervention:ahsct ;",
        text,
    )
    assert filled == 2
    text = text.replace(
        "claim:unresolved-03-1 a hkg:RecommendationClaim ;",
        "claim:unresolved-03-1 a hkg:RecommendationClaim ;\n"
        "    hkg:recommendedBy organisation:eular ;",
    )
    draft.write_text(text, encoding="utf-8")
    done = run_kg("accept", "unresolved", root=root)
    assert done.returncode == 0, done.stderr
    assert run_kg("build", "--out", tmp_path / "dist", root=root).returncode == 0


@pytest.mark.parametrize("case", ["no-draft", "bad-turtle", "exists"])
def test_accept_bad_input_is_a_clear_error_and_writes_nothing(tmp_path, case) -> None:
    root = project_copy(tmp_path)
    source = write(tmp_path, "resolved.txt", RESOLVED)
    assert run_kg("ingest", source, root=root).returncode == 0
    draft = root / "drafts" / "resolved.ttl"
    expected = {
        "no-draft": "drafts/missing.ttl: no such draft",
        "bad-turtle": "drafts/resolved.ttl: not valid Turtle",
        "exists": "data/claims/resolved.ttl already exists; pass --force",
    }[case]
    doc = "missing" if case == "no-draft" else "resolved"
    if case == "bad-turtle":
        draft.write_text(draft.read_text(encoding="utf-8") + "\nclaim:x hkg:oops .\n  ;;\n")
    if case == "exists":
        (root / "data" / "claims" / "resolved.ttl").write_text("# curated by hand\n")
    before = snapshot(root)
    done = run_kg("accept", doc, root=root)
    assert done.returncode == 2, done.stderr
    assert expected in done.stderr
    assert snapshot(root) == before


def test_ingest_refuses_an_id_already_accepted(tmp_path) -> None:
    root = project_copy(tmp_path)
    source = write(tmp_path, "ahsct-evidence-summary.txt", RESOLVED)
    before = snapshot(root)
    done = run_kg("ingest", source, root=root)
    assert done.returncode == 2 and "--force" in done.stderr
    assert snapshot(root) == before


def test_kg_serve_starts_and_answers_after_an_ingest(tmp_path) -> None:
    import json
    import sys
    import urllib.parse
    import urllib.request

    from server.process import ServerProcess, free_port

    root = project_copy(tmp_path)
    assert run_kg("ingest", SECOND, root=root).returncode == 0
    port = free_port()
    argv = [sys.executable, "-m", "kg", "--root", str(root), "serve", "--port", str(port)]
    argv += ["--workers", "1"]
    query = "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a hkg:Claim }"
    with ServerProcess(argv, port=port, ready_path="/sparql?query=ASK%7B%7D") as server:
        url = f"{server.url}/sparql?{urllib.parse.urlencode({'query': query})}"
        request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=30) as answer:
            rows = json.load(answer)["results"]["bindings"]
    # The served graph is the accepted one: the 48 claims of the first source, no draft.
    assert rows[0]["n"]["value"] == "48"


PARTIAL = (
    RESOLVED
    + """- AHSCT may be considered for the treatment of systemic sclerosis 1.
- The use of AHSCT has been recommended for the treatment of neuromyelitis optica spectrum disorder by the European Committee for Treatment and Research in Multiple Sclerosis (ECTRIMS) 1.
"""
)


def test_accept_some_claims_and_keep_the_rest_in_the_draft(tmp_path) -> None:
    root = project_copy(tmp_path)
    source = write(tmp_path, "partial.txt", PARTIAL)
    assert run_kg("ingest", source, root=root).returncode == 0
    draft = root / "drafts" / "partial.ttl"
    claims = root / "data" / "claims" / "partial.ttl"
    # Claim 02-1 has no recommending body: the whole draft is refused, a part is not.
    assert run_kg("accept", "partial", root=root).returncode == 1
    done = run_kg("accept", "partial", "--claims", "01-1", root=root)
    assert done.returncode == 0, done.stderr
    assert "the other claims stay in the draft" in done.stderr
    accepted = Graph().parse(claims, format="turtle")
    left = Graph().parse(draft, format="turtle")
    named = {str(c).rsplit("/", 1)[-1] for c in accepted.subjects(HKG.predicate, None)}
    assert named == {"partial-01-1"}
    assert {str(c).rsplit("/", 1)[-1] for c in left.subjects(HKG.predicate, None)} == {
        "partial-02-1",
        "partial-03-1",
    }
    # A second part joins the first; the draft goes when nothing is left in it.
    done = run_kg("accept", "partial", "--claims", "3-1", root=root)
    assert done.returncode == 0, done.stderr
    accepted = Graph().parse(claims, format="turtle")
    named = {str(c).rsplit("/", 1)[-1] for c in accepted.subjects(HKG.predicate, None)}
    assert named == {"partial-01-1", "partial-03-1"}
    assert run_kg("build", "--out", tmp_path / "dist", root=root).returncode == 0
    before = snapshot(root)
    done = run_kg("accept", "partial", "--claims", "09-9", root=root)
    assert done.returncode == 2 and "no claim '09-9'" in done.stderr
    assert snapshot(root) == before


ESTABLISHED = """From the Guidelines
Key Points
- AHSCT is an established treatment for multiple sclerosis 1.
"""


def test_an_established_status_is_accepted_and_derives_its_shortcut(tmp_path) -> None:
    root = project_copy(tmp_path)
    source = write(tmp_path, "established.txt", ESTABLISHED)
    assert run_kg("ingest", source, root=root).returncode == 0
    draft = (root / "drafts" / "established.ttl").read_text(encoding="utf-8")
    assert "hkg:Established" in draft and "hkg:establishedFor" in draft
    done = run_kg("accept", "established", root=root)
    assert done.returncode == 0, done.stderr
    built = run_kg("build", "--out", tmp_path / "dist", root=root)
    assert built.returncode == 0, built.stderr
    exported = (tmp_path / "dist" / "hsct-kg.nt").read_text(encoding="utf-8")
    assert (
        "<https://w3id.org/hsct-kg/resource/intervention/ahsct> "
        "<https://w3id.org/hsct-kg/ontology#establishedFor> "
        "<https://w3id.org/hsct-kg/resource/disease/multiple-sclerosis> ."
    ) in exported
