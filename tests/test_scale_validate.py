"""The SPARQL-compiled validator gives exactly pySHACL's results, on conforming and broken data.

pySHACL is the reference (kg.build.validate); kg.build.shapes is what large builds use. Both run on
the same graph: a synthetic project from bench/generate.py, then the same graph with one
violation injected for each of many shapes. The compared key is (focus node, path, constraint
component, source shape). pySHACL needs about 0.2 s per claim, so the default corpus is small;
set KG_SCALE_EQUIV_CLAIMS=10000 to compare on the 10k set (about 40 minutes of pySHACL).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from kg_testing import result_keys
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, XSD

from bench.generate import write_project
from kg.build.pipeline import check, prepare
from kg.build.shapes import _typed_value_screens, compile_shapes, validate_store
from kg.build.store import memory_store
from kg.build.validate import load_shapes, validate
from kg.namespaces import HKG, PREFIXES
from kg.resources import Project
from kg.terms import to_oxigraph

CLAIMS = int(os.environ.get("KG_SCALE_EQUIV_CLAIMS", "150"))
CLAIM = PREFIXES["claim"]
STATEMENT = PREFIXES["statement"]
POPULATION = PREFIXES["population"]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    root = write_project(tmp_path_factory.mktemp("synthetic") / "p", CLAIMS, seed=7)
    project = Project(root)
    prepared = prepare(project)
    shapes = load_shapes(project.shapes_files(), root=root)
    return project, prepared, shapes


def _first(graph, predicate, obj=None, prefix=""):
    for s in sorted(
        graph.subjects(predicate, obj)
        if obj is not None
        else {s for s, _ in graph.subject_objects(predicate)},
        key=str,
    ):
        if str(s).startswith(prefix):
            return s
    raise AssertionError(f"no subject of {predicate} {obj} under {prefix}")


def test_generated_project_conforms_and_both_validators_agree(synthetic):
    project, prepared, shapes = synthetic
    reference = check(project, prepared, reference=True)
    compiled = validate_store(memory_store(prepared.graph), shapes)
    assert reference.conforms, reference.text[:2000]
    assert compiled.conforms, compiled.text[:2000]
    assert result_keys(compiled) == result_keys(reference)


def _break(graph) -> list[str]:
    """Inject one violation per shape family into ``graph``; return what was broken."""
    broken = []
    claims = sorted(
        {s for s, _ in graph.subject_objects(HKG.intervention) if str(s).startswith(CLAIM)}, key=str
    )
    statements = sorted(
        {s for s, _ in graph.subject_objects(HKG.text) if str(s).startswith(STATEMENT)}, key=str
    )
    c = iter(claims)
    s = iter(statements)

    claim = next(c)  # minCount: no label
    graph.remove((claim, RDFS.label, None))
    broken.append("label")
    claim = next(c)  # maxCount + sh:node: a second condition that is an outcome class
    graph.add((claim, HKG.condition, URIRef(PREFIXES["outcome"] + "survival")))
    graph.add((claim, HKG.condition, URIRef(PREFIXES["disease"] + "multiple-sclerosis")))
    broken.append("condition")
    claim = next(c)  # sh:in
    graph.set((claim, HKG.strength, HKG.Definitely))
    claim = next(c)  # unknown property (SPARQL target)
    graph.add((claim, HKG.outcom, URIRef(PREFIXES["outcome"] + "survival")))
    claim = next(c)  # unknown class + claim kind count
    graph.add((claim, RDF.type, HKG.EfficacyClaimm))
    claim = next(c)  # second claim kind
    graph.add((claim, RDF.type, HKG.MechanismClaim))
    claim = next(c)  # hand-written shortcut without a claim (UnbackedShortcut)
    graph.add(
        (
            URIRef(PREFIXES["intervention"] + "ahsct"),
            HKG.improves,
            URIRef(PREFIXES["outcome"] + "organ-damage"),
        )
    )
    claim = next(c)  # evidence code disagreeing with the statement's citations
    code = graph.value(claim, HKG.evidenceCode)
    other = "ECO_0000218" if str(code).endswith("0000304") else "ECO_0000304"
    graph.set((claim, HKG.evidenceCode, URIRef(PREFIXES["obo"] + other)))
    claim = next(c)  # the predicate's object slot missing
    graph.remove((claim, HKG.outcome, None))
    graph.remove((claim, HKG.condition, None))
    graph.remove((claim, HKG.mechanism, None))
    graph.remove((claim, HKG.step, None))

    statement = next(s)  # offsets disagree with the text
    start = graph.value(statement, HKG.startOffset)
    graph.set((statement, HKG.startOffset, Literal(int(start) + 1)))
    statement = next(s)  # datatype: position as a string; also breaks uniqueness checks
    graph.set((statement, HKG.position, Literal("3")))
    statement = next(s)  # markers not at the end, and disagreeing with hkg:cites
    graph.set((statement, HKG.citationMarkers, Literal("99")))
    statement = next(s)  # duplicate position within its document
    doc = graph.value(statement, URIRef(PREFIXES["dcterms"] + "isPartOf"))
    for other in statements:
        if (
            other != statement
            and graph.value(other, URIRef(PREFIXES["dcterms"] + "isPartOf")) == doc
        ):
            graph.set((statement, HKG.position, graph.value(other, HKG.position)))
            break
    statement = next(s)  # negative offset, minInclusive
    graph.set((statement, HKG.startOffset, Literal(-5, datatype=XSD.integer)))

    population = _first(graph, HKG.criterionText, prefix=POPULATION)
    graph.set((population, HKG.criterionText, Literal("no statement says this")))
    return broken


def test_both_validators_agree_on_broken_data(synthetic):
    project, prepared, shapes = synthetic
    graph = prepared.graph
    _break(graph)
    try:
        reference = validate(graph, shapes)
        compiled = validate_store(memory_store(graph), shapes)
    finally:
        # The module fixture is shared; rebuild it from the files for any later test.
        prepared.graph = prepare(project).graph
    assert not reference.conforms
    components = {str(k[2]).rsplit("#", 1)[1] for k in result_keys(reference)}
    # The injected faults reach many kinds of constraint, Core and SPARQL alike.
    assert {
        "MinCountConstraintComponent",
        "MaxCountConstraintComponent",
        "NodeConstraintComponent",
        "InConstraintComponent",
        "DatatypeConstraintComponent",
        "SPARQLConstraintComponent",
        "MinInclusiveConstraintComponent",
    } <= components
    assert result_keys(compiled) == result_keys(reference)
    # The same report: as many results (pySHACL's nested details are not counted) and the
    # same readable text.
    assert len(compiled.results) == len(reference.results)
    assert compiled.text == reference.text


def test_compiled_report_locates_and_explains(tmp_path):
    root = write_project(tmp_path / "p", 20, seed=3, curated=False)
    project = Project(root)
    prepared = prepare(project)
    graph = prepared.graph
    claim = _first(graph, HKG.intervention, prefix=CLAIM)
    graph.remove((claim, RDFS.label, None))
    shapes = load_shapes(project.shapes_files(), root=root)
    report = validate_store(memory_store(graph), shapes, sources=prepared.loaded.sources)
    assert not report.conforms
    [result] = report.results
    assert result.location is not None and result.location.path.startswith("data/claims/")
    assert "A claim needs exactly one rdfs:label." in report.text
    assert Path(root / result.location.path).is_file()


def test_validation_limited_to_focus_nodes_finds_exactly_their_results(synthetic):
    """An incremental build validates only the nodes a change touched: same results for them."""
    project, prepared, shapes = synthetic
    graph = prepared.graph
    _break(graph)
    try:
        store = memory_store(graph)
        full = validate_store(store, shapes)
    finally:
        prepared.graph = prepare(project).graph
    focus = sorted({r.focus_node for r in full.results}, key=str)
    assert len(focus) >= 4
    chosen = focus[::2]
    limited = validate_store(store, shapes, focus_nodes=[to_oxigraph(n) for n in chosen])
    expected = {k for k in result_keys(full) if k[0] in set(chosen)}
    assert result_keys(limited) == expected
    # A node with nothing wrong has no results, whatever is wrong elsewhere.
    clean = next(
        c
        for c in sorted(set(graph.subjects(RDF.type, None)), key=str)
        if str(c).startswith(CLAIM) and c not in focus
    )
    assert validate_store(store, shapes, focus_nodes=[to_oxigraph(clean)]).conforms


def test_screens_are_shared_and_skip_checks_on_conforming_data(synthetic):
    """Count checks of one focus pattern share one screen; value checks screen distinct values."""
    _, prepared, shapes = synthetic
    checks = compile_shapes(shapes)
    counts = [c for c in checks if c.focus_test is not None]
    screens = {c.prefilter for c in counts if c.prefilter is not None}
    assert counts and len(screens) < len(counts)
    values = [c for c in checks if c.component == SH.ClassConstraintComponent]
    assert values and all(c.prefilter and "SELECT DISTINCT ?value" in c.prefilter for c in values)
    store = memory_store(prepared.graph)
    assert all(not list(store.query(screen)) for screen in screens)


def test_value_checks_screened_by_class_run_only_for_their_own_classes_values(synthetic):
    """hkg:predicate allows other values on each claim class: a check runs only on a misfit."""
    project, prepared, shapes = synthetic
    checks = compile_shapes(shapes)
    by_class = [c for c in checks if c.typed_values and c.typed_values[0] == f"<{HKG.predicate}>"]
    assert len(by_class) > 1
    store = memory_store(prepared.graph)
    assert not {id(c) for c in _typed_value_screens(store, by_class, map)}
    graph = prepared.graph
    claim = _first(graph, RDF.type, HKG.EfficacyClaim, prefix=CLAIM)
    graph.add((claim, RDF.type, HKG.MechanismClaim))
    try:
        store = memory_store(graph)
        kept = _typed_value_screens(store, by_class, map)
        report = validate_store(store, shapes)
    finally:
        prepared.graph = prepare(project).graph
    assert [c.typed_values[1] for c in kept] == [f"<{HKG.MechanismClaim}>"]
    assert (claim, HKG.predicate, SH.InConstraintComponent) in {
        (r.focus_node, r.path, r.constraint) for r in report.results
    }
