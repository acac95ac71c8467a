"""The derive rule: exactly one shortcut triple per non-negated claim, nothing else."""

from __future__ import annotations

from kg_testing import MINI
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, XSD

from kg.derive import derive, derived_triples, rederive_update
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


def test_draft_claim_yields_no_shortcut_until_accepted():
    graph = _graph()
    c1 = URIRef(CLAIM + "c1")
    graph.add((c1, HKG.draft, Literal(True)))
    assert {p for _, p, _ in derived_triples(graph)} == {HKG.improves}
    graph.remove((c1, HKG.draft, None))
    assert {p for _, p, _ in derived_triples(graph)} == {HKG.recommendedFor, HKG.improves}


def test_recommendation_against_yields_no_shortcut():
    graph = _graph()
    graph.add((URIRef(CLAIM + "c1"), HKG.direction, HKG.Against))
    assert {p for _, p, _ in derived_triples(graph)} == {HKG.improves}


def test_the_update_form_of_the_rule_derives_the_same_triples():
    """rederive_update() is what servers run after a change; it must agree with derive.rq on
    every case the rule distinguishes (negated, draft, against, plain) and drop stale triples."""
    import pyoxigraph as ox

    from kg.store import memory_store
    from kg.terms import to_rdflib

    graph = _graph()
    graph.add((URIRef(CLAIM + "c1"), HKG.draft, Literal(True)))
    graph.add((AHSCT, HKG.usedToTreat, URIRef(PREFIXES["disease"] + "stale")))
    expected = set(derived_triples(graph))
    store = memory_store(graph)
    store.update(rederive_update())
    shortcut = {p for p in graph.subjects(RDFS.subPropertyOf, HKG.shortcutRelation)}
    got = {
        (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object))
        for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
        if to_rdflib(q.predicate) in shortcut
    }
    assert got == expected
