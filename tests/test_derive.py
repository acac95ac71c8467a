"""The derive rule: exactly one shortcut triple per non-negated claim, nothing else."""

from __future__ import annotations

from kg_testing import MINI
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.derive import derive, derived_triples
from kg.load import load_project
from kg.namespaces import HKG, PREFIXES
from kg.resources import find_project

AHSCT = URIRef(PREFIXES["intervention"] + "ahsct")
CLAIM = PREFIXES["claim"]


def _graph():
    return load_project(find_project(MINI)).graph


def test_derives_exactly_the_shortcut_triples_of_the_claims():
    assert set(derived_triples(_graph())) == {
        (AHSCT, HKG.recommendedFor, URIRef(PREFIXES["disease"] + "ms")),
        (AHSCT, HKG.improves, URIRef(PREFIXES["outcome"] + "survival")),
    }


def test_negated_claim_yields_no_shortcut():
    cure = URIRef(PREFIXES["outcome"] + "cure")
    assert (AHSCT, HKG.improves, cure) not in derive(_graph())


def test_negated_written_as_1_counts_as_negated():
    graph = _graph()
    c2 = URIRef(CLAIM + "c2")
    graph.add((c2, HKG.negated, Literal("1", datatype=XSD.boolean)))
    assert (AHSCT, HKG.improves, URIRef(PREFIXES["outcome"] + "survival")) not in derive(graph)


def test_negated_false_still_derives():
    graph = _graph()
    graph.add((URIRef(CLAIM + "c2"), HKG.negated, Literal(False)))
    assert len(derived_triples(graph)) == 2


def test_derive_returns_a_new_graph_and_leaves_its_input_alone():
    graph = _graph()
    before = set(graph)
    result = derive(graph)
    assert set(graph) == before
    assert set(result) == before | set(derived_triples(graph))
    assert len(result) == len(before) + 2


def test_claim_without_a_value_in_the_object_slot_derives_nothing():
    graph = _graph()
    graph.remove((URIRef(CLAIM + "c1"), HKG.condition, None))
    assert {p for _, p, _ in derived_triples(graph)} == {HKG.improves}
