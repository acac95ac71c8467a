"""Each statement's text is bound to its source document's text, in the graph itself.

The document's content (hkg:content) is part of the graph, and a SHACL-SPARQL constraint of
shapes/hsct-kg-shapes.ttl checks that each statement's hkg:text equals the content between its
offsets, and another that the content has the document's hkg:sha256. Here a one-character change
of a statement's text (same length, so the offsets still agree with its length) and a shift of its
offsets by one are refused by every path that writes the graph: `kg validate`, `kg build` with
either engine, and a guarded update through the server's update path.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from kg_testing import run_kg

from kg.build.store import memory_store
from kg.build.validate import load_shapes
from kg.errors import ValidationFailed
from kg.namespaces import PREFIXES
from server.update import UpdateRequest, prepare_update

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = "data/claims/ahsct-evidence-summary.ttl"
TEXT_05 = (
    "The procedure generally requires pre-treatment evaluation, possible immunosuppression, "
    "the transplant itself, and follow-up care."
)
# One character changed, same length: "possible" -> "passible".
CHANGED_05 = TEXT_05.replace("possible", "passible")
MESSAGE = "is not its document's hkg:content between hkg:startOffset and hkg:endOffset"
EDITS = {
    "one-character-changed": (f'hkg:text "{TEXT_05}"', f'hkg:text "{CHANGED_05}"'),
    "offsets-shifted-by-one": (
        "hkg:startOffset 1137 ;\n    hkg:endOffset 1266 ;",
        "hkg:startOffset 1138 ;\n    hkg:endOffset 1267 ;",
    ),
}


@pytest.fixture()
def project_copy(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    for name in ("ontology", "shapes", "data"):
        shutil.copytree(ROOT / name, root / name)
    return root


def _edit(root: Path, old: str, new: str) -> None:
    path = root / CLAIMS
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize("edit", EDITS, ids=list(EDITS))
@pytest.mark.parametrize(
    "command",
    [("validate",), ("validate", "--reference"), ("build",)],
    ids=["validate", "validate-reference", "build"],
)
def test_changed_text_or_shifted_offsets_fail_validation(project_copy, tmp_path, edit, command):
    _edit(project_copy, *EDITS[edit])
    args = list(command)
    if command[0] == "build":
        args += ["--out", str(tmp_path / "dist")]
    done = run_kg(*args, root=project_copy)
    assert done.returncode == 1, done.stdout + done.stderr
    output = done.stdout + done.stderr
    assert MESSAGE in output
    assert "statement:ahsct-evidence-summary-05" in output
    assert not (tmp_path / "dist").exists()


def test_the_unchanged_project_validates(project_copy):
    done = run_kg("validate", root=project_copy)
    assert done.returncode == 0, done.stdout + done.stderr


def test_content_that_is_not_the_file_fails_its_hash(project_copy):
    # The same change in the statement and in the content: the text still matches the content,
    # but the content is no longer the file the hash was taken of.
    _edit(project_copy, *EDITS["one-character-changed"])
    _edit(
        project_copy,
        "evaluation, possible immunosuppression",
        "evaluation, passible immunosuppression",
    )
    done = run_kg("validate", root=project_copy)
    assert done.returncode == 1
    assert "does not have its hkg:sha256" in done.stdout + done.stderr
    assert MESSAGE not in done.stdout + done.stderr


GUARDED = {
    "one-character-changed": (
        f'DELETE DATA {{ statement:ahsct-evidence-summary-05 hkg:text "{TEXT_05}" }} ;\n'
        f'INSERT DATA {{ statement:ahsct-evidence-summary-05 hkg:text "{CHANGED_05}" }}'
    ),
    "offsets-shifted-by-one": (
        "DELETE DATA { statement:ahsct-evidence-summary-05 hkg:startOffset 1137 ; "
        "hkg:endOffset 1266 } ;\n"
        "INSERT DATA { statement:ahsct-evidence-summary-05 hkg:startOffset 1138 ; "
        "hkg:endOffset 1267 }"
    ),
}


@pytest.mark.parametrize("edit", GUARDED, ids=list(GUARDED))
def test_a_guarded_update_that_unbinds_a_text_is_refused(prepared, project, edit):
    store = memory_store(prepared.graph)
    shapes = load_shapes(project.shapes_files())
    with pytest.raises(ValidationFailed) as refused:
        prepare_update(store, UpdateRequest(GUARDED[edit]), PREFIXES, shapes)
    assert MESSAGE in refused.value.report.text


def test_a_guarded_update_that_keeps_texts_bound_is_accepted(prepared, project):
    store = memory_store(prepared.graph)
    shapes = load_shapes(project.shapes_files())
    trial = prepare_update(
        store,
        UpdateRequest('INSERT DATA { claim:ahsct-evidence-summary-05-1 rdfs:comment "checked" }'),
        PREFIXES,
        shapes,
    )
    assert "INSERT DATA" in trial.program
