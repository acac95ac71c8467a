"""Incremental `kg build --store`: after an edit under data/, the store, dist/
and the validation outcome equal those of a full build of the same files, and only the changed
files were parsed."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from kg_testing import DIST_FORMATS, kill_kg_after, run_kg, snapshot
from rdflib import Graph
from rdflib.compare import isomorphic

from bench.generate import write_project
from kg.build.incremental import cache_path
from kg.terms import to_rdflib

CLAIMS = 300
HELD_BACK = "data/claims/syn-000007.ttl"


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("incremental") / "project"
    write_project(root, CLAIMS, 1)
    return root


@pytest.fixture()
def built(template, tmp_path):
    """A copy of the generated project (one claims file held back) with a full build."""
    root = tmp_path / "project"
    shutil.copytree(template, root)
    shutil.move(root / HELD_BACK, tmp_path / "held-back.ttl")
    store, dist = tmp_path / "store", tmp_path / "dist"
    done = _build(root, store, dist)
    assert done.returncode == 0, done.stderr
    assert "full build" in done.stdout
    assert cache_path(store).is_dir()
    return root, store, dist


def _build(root: Path, store: Path, dist: Path, *extra: str):
    return run_kg("build", "--store", store, "--out", dist, *extra, root=root)


def _stages(stderr: str) -> dict[str, str]:
    out = {}
    for line in stderr.splitlines():
        match = re.match(r"(\w+)\s+[\d.]+ s\s+[\d.]+ GiB\s+(.*)$", line)
        if match:
            out[match.group(1)] = match.group(2)
    return out


def _parsed(stderr: str) -> list[str]:
    detail = _stages(stderr)["parse"]
    match = re.search(r"changed files \((.*)\);", detail)
    assert match, detail
    return [] if match.group(1) == "none" else match.group(1).split(", ")


def _graph(quads) -> Graph:
    graph = Graph()
    for q in quads:
        graph.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return graph


def _same_graph(a, b) -> bool:
    """Equal up to blank-node labels: the ground triples as sets, the rest by isomorphism."""
    a, b = list(a), list(b)

    def split(quads):
        ground, other = set(), []
        for q in quads:
            if isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode):
                other.append(q)
            else:
                ground.add(str(q.triple) if hasattr(q, "triple") else str(q))
        return ground, other

    (ga, oa), (gb, ob) = split(a), split(b)
    return ga == gb and len(oa) == len(ob) and isomorphic(_graph(oa), _graph(ob))


def _assert_same_as_full(tmp_path: Path, root: Path, store: Path, dist: Path) -> None:
    ref_store, ref_dist = tmp_path / "ref-store", tmp_path / "ref-dist"
    done = _build(root, ref_store, ref_dist)
    assert done.returncode == 0, done.stderr
    assert "full build" in done.stdout
    assert _same_graph(ox.Store.read_only(str(store)), ox.Store.read_only(str(ref_store)))
    for name, fmt in DIST_FORMATS.items():
        ours = ox.parse(path=str(dist / name), format=fmt)
        theirs = ox.parse(path=str(ref_dist / name), format=fmt)
        assert _same_graph(ours, theirs), name


def _incremental(root, store, dist, changed: list[str]):
    done = _build(root, store, dist)
    assert done.returncode == 0, done.stderr
    assert "incremental build" in done.stdout, done.stdout + done.stderr
    assert _parsed(done.stderr) == changed
    return done


def _replace(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def test_hedging_claims_moves_their_shortcuts_to_the_qualified_forms(built, tmp_path):
    """The truthy rule incrementally: hedged claims lose their plain shortcuts, as in a full build."""
    root, store, dist = built
    path = root / "data/claims/syn-000002.ttl"
    _replace(path, "hkg:strength hkg:Demonstrated ;", "hkg:strength hkg:Possible ;", count=5)
    done = _incremental(root, store, dist, ["data/claims/syn-000002.ttl"])
    gone, made = re.search(
        r"shortcuts -([\d,]+) \+([\d,]+)", _stages(done.stderr)["apply"]
    ).groups()
    assert int(gone) > 0 and int(made) > 0, done.stderr
    _assert_same_as_full(tmp_path, root, store, dist)


def test_edit_a_claim_value(built, tmp_path):
    root, store, dist = built
    path = root / "data/claims/syn-000002.ttl"
    _replace(path, "hkg:outcome outcome:survival ;", "hkg:outcome outcome:overall-survival ;")
    done = _incremental(root, store, dist, ["data/claims/syn-000002.ttl"])
    assert "shortcuts -" in _stages(done.stderr)["apply"]
    _assert_same_as_full(tmp_path, root, store, dist)


def test_add_a_claims_file(built, tmp_path):
    root, store, dist = built
    shutil.copyfile(tmp_path / "held-back.ttl", root / HELD_BACK)
    _incremental(root, store, dist, [HELD_BACK])
    _assert_same_as_full(tmp_path, root, store, dist)


def test_delete_a_claims_file(built, tmp_path):
    root, store, dist = built
    (root / "data/claims/syn-000003.ttl").unlink()
    done = _incremental(root, store, dist, [])
    assert "1 removed" in _stages(done.stderr)["parse"]
    _assert_same_as_full(tmp_path, root, store, dist)


def test_no_change_touches_nothing(built):
    root, store, dist = built
    before = snapshot(dist), snapshot(cache_path(store))
    done = _build(root, store, dist)
    assert done.returncode == 0 and "unchanged build" in done.stdout, done.stdout
    assert (snapshot(dist), snapshot(cache_path(store))) == before


def _statement(root: Path, rel: str, number: str) -> tuple[str, str, bool]:
    """(IRI, text, cites anything) of a statement of a generated file."""
    iri = f"https://w3id.org/hsct-kg/resource/statement/{Path(rel).stem}-{number}"
    text, cited = None, False
    for quad in ox.parse(path=str(root / rel), format=ox.RdfFormat.TURTLE):
        if quad.subject.value == iri and quad.predicate.value.endswith("#text"):
            text = quad.object.value
        if quad.subject.value == iri and quad.predicate.value.endswith("#citationMarkers"):
            cited = True
    assert text is not None
    return iri, text, cited


def _edit_statement_text(path: Path, text: str, edited: str) -> None:
    """Edit a statement's text and, to keep it bound to its source, the document's content
    (hkg:content, in the same file) and the content's hkg:sha256 with it."""
    import hashlib

    content = next(
        q.object.value
        for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
        if q.predicate.value.endswith("#content")
    )
    assert content.count(text) == 1
    new_content = content.replace(text, edited)
    _replace(path, f'hkg:text "{text}"', f'hkg:text "{edited}"')
    _replace(path, text, edited)  # inside the hkg:content literal
    old, new = (hashlib.sha256(c.encode("utf-8")).hexdigest() for c in (content, new_content))
    _replace(path, f'hkg:sha256 "{old}"', f'hkg:sha256 "{new}"')


def _dependent_claim(root: Path, statement: str, text: str, cited: bool) -> str:
    """A claims file of its own whose claim derives from ``statement`` and whose population
    quotes the statement's first words (criterion texts must be verbatim)."""
    code = "ECO_0000304" if cited else "ECO_0000218"
    return f"""@prefix hkg: <https://w3id.org/hsct-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix obo: <http://purl.obolibrary.org/obo/> .
@prefix r: <https://w3id.org/hsct-kg/resource/> .

r:claim\\/extra-1 a hkg:EfficacyClaim ;
    rdfs:label "an extra claim on another file's statement" ;
    prov:wasDerivedFrom <{statement}> ;
    hkg:intervention r:intervention\\/ahsct ;
    hkg:predicate hkg:improves ;
    hkg:outcome r:outcome\\/quality-of-life ;
    hkg:direction hkg:Improves ;
    hkg:population r:population\\/extra-1 ;
    hkg:strength hkg:Demonstrated ;
    hkg:strengthWording "improves" ;
    hkg:evidenceCode obo:{code} .

r:population\\/extra-1 a hkg:Population ;
    rdfs:label "extra population" ;
    hkg:criterionText "{text[:20]}" .
"""


@pytest.mark.parametrize("breaks", [False, True], ids=["still-verbatim", "no-longer-verbatim"])
def test_statement_text_another_file_depends_on(built, tmp_path, breaks):
    root, store, dist = built
    rel = "data/claims/syn-000002.ttl"
    statement, text, cited = _statement(root, rel, "01")
    extra = root / "data/claims/extra.ttl"
    extra.write_text(_dependent_claim(root, statement, text, cited), encoding="utf-8")
    _incremental(root, store, dist, ["data/claims/extra.ttl"])
    # Same length, so the offsets still agree; one letter differs inside or past the quote.
    at = 3 if breaks else 25
    edited = text[:at] + ("X" if text[at] != "X" else "Y") + text[at + 1 :]
    _edit_statement_text(root / rel, text, edited)
    if not breaks:
        _incremental(root, store, dist, [rel])
        _assert_same_as_full(tmp_path, root, store, dist)
        return
    _assert_refused_like_full(tmp_path, root, store, dist, expected_code=1)


def _assert_refused_like_full(tmp_path, root, store, dist, expected_code):
    before = snapshot(store), snapshot(dist), snapshot(cache_path(store))
    done = _build(root, store, dist)
    ref = _build(root, tmp_path / "ref-store", tmp_path / "ref-dist")
    assert done.returncode == ref.returncode == expected_code, done.stderr + ref.stderr
    assert "parse" in _stages(done.stderr) and "delta" in _stages(done.stderr), done.stderr
    assert _report(done.stderr) == _report(ref.stderr)
    assert (snapshot(store), snapshot(dist), snapshot(cache_path(store))) == before
    return done


def _report(stderr: str) -> str:
    return "\n".join(
        line for line in stderr.splitlines() if not re.match(r"\w+\s+[\d.]+ s\s+[\d.]+ GiB", line)
    )


def test_validation_error_changes_nothing(built, tmp_path):
    root, store, dist = built
    path = root / "data/claims/syn-000004.ttl"
    _replace(path, "hkg:strength hkg:Demonstrated ;", "hkg:strength hkg:Proven ;")
    done = _assert_refused_like_full(tmp_path, root, store, dist, expected_code=1)
    assert "syn-000004.ttl:" in done.stderr and "StrengthScheme" in done.stderr


def test_syntax_error_changes_nothing(built, tmp_path):
    root, store, dist = built
    path = root / "data/claims/syn-000005.ttl"
    _replace(path, "hkg:strength ", "hkg:strength ;; ")
    before = snapshot(store), snapshot(dist), snapshot(cache_path(store))
    done = _build(root, store, dist)
    ref = _build(root, tmp_path / "ref-store", tmp_path / "ref-dist")
    assert done.returncode == ref.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == ref.stderr.strip().splitlines()[-1]
    assert re.match(r"data/claims/syn-000005\.ttl:\d+:\d+: ", done.stderr.splitlines()[-1])
    assert (snapshot(store), snapshot(dist), snapshot(cache_path(store))) == before


def test_ontology_change_means_a_full_build(built, tmp_path):
    root, store, dist = built
    with (root / "ontology/synthetic-classes.ttl").open("a", encoding="utf-8") as out:
        out.write("\n# a comment changes the file's hash\n")
    done = _build(root, store, dist)
    assert done.returncode == 0, done.stderr
    assert "full build (ontology/synthetic-classes.ttl changed)" in done.stdout


def test_several_edits_in_a_row(built, tmp_path):
    root, store, dist = built
    shutil.copyfile(tmp_path / "held-back.ttl", root / HELD_BACK)
    _incremental(root, store, dist, [HELD_BACK])
    _replace(root / HELD_BACK, "hkg:strength hkg:", "hkg:strength hkg:", 1)
    (root / "data/claims/syn-000001.ttl").unlink()
    path = root / "data/claims/syn-000006.ttl"
    _replace(path, "hkg:negated", "hkg:negated", 1) if "hkg:negated" in path.read_text() else None
    _replace(path, "hkg:direction hkg:Improves ;", "hkg:direction hkg:Reduces ;")
    _incremental(root, store, dist, ["data/claims/syn-000006.ttl"])
    _assert_same_as_full(tmp_path, root, store, dist)


@pytest.mark.parametrize("after", ["apply", "validate", "export", "commit"])
def test_killed_incremental_build_leaves_store_and_cache_consistent(built, tmp_path, after):
    root, store, dist = built
    shutil.copyfile(tmp_path / "held-back.ttl", root / HELD_BACK)
    _replace(
        root / "data/claims/syn-000002.ttl",
        "hkg:outcome outcome:survival ;",
        "hkg:outcome outcome:overall-survival ;",
    )
    kill_kg_after(after, "build", "--store", store, "--out", dist, root=root)
    # Killed or not (a small build may finish first), the next build is right.
    again = _build(root, store, dist)
    assert again.returncode == 0, again.stderr
    _assert_same_as_full(tmp_path, root, store, dist)
