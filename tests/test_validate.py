"""SHACL validation: conformance, readable located results, suggestions, SHACL-SPARQL."""

from __future__ import annotations

import pytest
from kg_testing import BROKEN, MINI, add_data, mini_project, run_kg
from rdflib import URIRef
from rdflib.namespace import RDF, SH

from kg.build.derive import derive
from kg.build.load import load_project
from kg.build.pipeline import check, prepare
from kg.build.validate import load_shapes, validate
from kg.namespaces import HKG, PREFIXES
from kg.resources import find_project

CLAIM = PREFIXES["claim"]
# Every test of a report runs on both engines: the compiled shapes, which every command and the
# server use, and pySHACL, the reference; they must give the same report.
ENGINES = pytest.mark.parametrize("reference", [False, True], ids=["compiled", "pyshacl"])


@ENGINES
def test_miniature_conforms(reference):
    project = find_project(MINI)
    report = check(project, prepare(project), reference=reference)
    assert report.conforms
    assert report.results == []
    assert report.text == "Validation passed: the graph conforms to the shapes."
    assert (None, RDF.type, SH.ValidationReport) in report.graph


@ENGINES
def test_violation_is_located_and_readable(tmp_path, reference):
    root = mini_project(tmp_path)
    add_data(root, "missing-outcome.ttl")
    project = find_project(root)
    report = check(project, prepare(project), reference=reference)
    assert not report.conforms
    [result] = report.results
    assert result.focus_node == URIRef(CLAIM + "no-outcome")
    assert result.path == HKG.outcome
    assert result.message == "an efficacy claim needs an outcome"
    assert result.severity_name == "Violation"
    assert str(result.location) == "data/claims/missing-outcome.ttl:8"
    assert result.shape_label == "hkg:EfficacyClaimShape / property hkg:outcome"
    assert "data/claims/missing-outcome.ttl:8: violation: an efficacy claim needs an outcome" in (
        report.text
    )
    assert "focus node: claim:no-outcome" in report.text
    assert "path:       hkg:outcome" in report.text


@ENGINES
def test_unknown_property_suggests_the_declared_one(tmp_path, reference):
    root = mini_project(tmp_path)
    add_data(root, "misspelt.ttl")
    project = find_project(root)
    report = check(project, prepare(project), reference=reference)
    closed = [r for r in report.results if r.constraint == SH.ClosedConstraintComponent]
    [result] = closed
    assert result.suggestion == HKG.outcome
    assert result.message == "unknown property hkg:outcom"
    # The location is the misspelt property itself, not just the claim.
    assert str(result.location) == "data/claims/misspelt.ttl:12:5"
    assert (
        "data/claims/misspelt.ttl:12:5: violation: unknown property hkg:outcom "
        "(did you mean hkg:outcome?)" in report.text
    )


@pytest.mark.parametrize("fixture", [None, "missing-outcome.ttl", "misspelt.ttl"])
def test_kg_validate_prints_the_same_report_with_either_engine(tmp_path, fixture):
    root = mini_project(tmp_path)
    if fixture is not None:
        add_data(root, fixture)
    compiled = run_kg("validate", root=root)
    reference = run_kg("validate", "--reference", root=root)
    assert (compiled.returncode, compiled.stdout) == (reference.returncode, reference.stdout)
    assert compiled.returncode == (0 if fixture is None else 1), compiled.stderr
    if fixture is not None:
        # Counted once each: pySHACL's nested sh:detail results are not faults of their own.
        assert compiled.stdout.count(": violation: ") == int(
            compiled.stdout.split("failed: ")[1].split(" ")[0]
        )


def test_kg_validate_on_the_builtin_graph_and_its_broken_files_agrees(tmp_path):
    for args in ([], [BROKEN / "missing-outcome.ttl"], [BROKEN / "misspelt.ttl"]):
        compiled = run_kg("validate", *args)
        reference = run_kg("validate", "--reference", *args)
        assert compiled.returncode in (0, 1), compiled.stderr
        assert (compiled.returncode, compiled.stdout) == (reference.returncode, reference.stdout)


def test_sparql_constraint_runs_in_advanced_mode():
    project = find_project(MINI)
    loaded = load_project(project)
    graph = derive(loaded.graph)
    unbacked = (
        URIRef(PREFIXES["intervention"] + "ahsct"),
        HKG.recommendedFor,
        URIRef(PREFIXES["disease"] + "nmosd"),
    )
    graph.add(unbacked)
    shapes = load_shapes(project.shapes_files())
    report = validate(graph, shapes, ontology=loaded.ontology, sources=loaded.sources)
    assert not report.conforms
    [result] = report.results
    assert result.constraint == SH.SPARQLConstraintComponent
    assert result.value == unbacked[2]
    assert "has no claim behind it" in result.message


def test_validate_does_not_modify_its_inputs():
    project = find_project(MINI)
    prepared = prepare(project)
    shapes = load_shapes(project.shapes_files())
    before_graph, before_shapes = set(prepared.graph), set(shapes)
    validate(prepared.graph, shapes)
    assert set(prepared.graph) == before_graph
    assert set(shapes) == before_shapes
