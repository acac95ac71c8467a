"""The derive rules: at most one shortcut triple per non-negated claim (plain only from an
unhedged, unrestricted claim, else its weaker qualified form), and the materialised hkg: types."""

from __future__ import annotations

from kg_testing import MINI
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, XSD

from kg.build.derive import derive, derived_triples, derived_types, rederive_update, types_update
from kg.build.load import load_project
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
    assert set(result) == before | set(derived_triples(graph)) | set(derived_types(graph))
    assert len(derived_triples(graph)) == 2
    assert len(result) == len(before) + 2 + len(derived_types(graph))


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

    from kg.build.store import memory_store
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


# ---------------------------------------------------------------- the truthy rule

TRUTHY = """
@prefix hkg: <https://w3id.org/hsct-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix : <urn:t:> .
hkg:improves rdfs:subPropertyOf hkg:shortcutRelation ; hkg:objectSlot hkg:outcome ;
    hkg:qualifiedForm hkg:mayImprove .
hkg:mayImprove rdfs:subPropertyOf hkg:qualifiedShortcutRelation ; hkg:objectSlot hkg:outcome .
hkg:qualifiedShortcutRelation rdfs:subPropertyOf hkg:shortcutRelation .
hkg:experimentalFor rdfs:subPropertyOf hkg:shortcutRelation ; hkg:objectSlot hkg:condition .
hkg:Possible hkg:hedged true .
hkg:Demonstrated hkg:inScheme hkg:StrengthScheme .
:plain hkg:intervention :x ; hkg:predicate hkg:improves ; hkg:outcome :os ;
    hkg:strength hkg:Demonstrated .
:hedged hkg:intervention :x ; hkg:predicate hkg:improves ; hkg:outcome :qol ;
    hkg:strength hkg:Possible .
:restricted hkg:intervention :x ; hkg:predicate hkg:improves ; hkg:outcome :efs ;
    hkg:population :some-patients .
:scoped hkg:intervention :x ; hkg:predicate hkg:experimentalFor ; hkg:condition :imid ;
    hkg:conditionScope hkg:SomeOfClass .
:negated-hedged hkg:intervention :x ; hkg:predicate hkg:improves ; hkg:outcome :cure ;
    hkg:strength hkg:Possible ; hkg:negated true .
"""


def _truthy():
    from rdflib import Graph

    return Graph().parse(data=TRUTHY, format="turtle")


def _t(name):
    return URIRef("urn:t:" + name)


def test_plain_predicate_only_from_an_unhedged_unrestricted_claim():
    assert set(derived_triples(_truthy())) == {
        (_t("x"), HKG.improves, _t("os")),
        (_t("x"), HKG.mayImprove, _t("qol")),
        (_t("x"), HKG.mayImprove, _t("efs")),
    }


def test_hedged_strength_written_as_1_counts_as_hedged():
    graph = _truthy()
    graph.remove((HKG.Possible, HKG.hedged, None))
    graph.add((HKG.Possible, HKG.hedged, Literal("1", datatype=XSD.boolean)))
    assert (_t("x"), HKG.improves, _t("qol")) not in derived_triples(graph)


def test_a_restricted_claim_whose_predicate_has_no_qualified_form_yields_nothing():
    assert not {t for t in derived_triples(_truthy()) if t[2] == _t("imid")}
    graph = _truthy()
    graph.remove((_t("scoped"), HKG.conditionScope, None))
    assert (_t("x"), HKG.experimentalFor, _t("imid")) in derived_triples(graph)


def test_the_update_form_agrees_with_the_rule_on_hedged_and_restricted_claims():
    from kg.build.store import memory_store
    from kg.terms import to_rdflib

    graph = _truthy()
    graph.add((_t("x"), HKG.improves, _t("qol")))  # stale: the claim behind it is hedged
    store = memory_store(graph)
    store.update(rederive_update())
    shortcuts = {HKG.improves, HKG.mayImprove, HKG.experimentalFor}
    got = {
        (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object))
        for q in store
        if to_rdflib(q.predicate) in shortcuts and to_rdflib(q.subject) == _t("x")
    }
    assert got == set(derived_triples(_truthy()))


# ---------------------------------------------------------------- materialised types

TYPES = """
@prefix hkg: <https://w3id.org/hsct-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
hkg:Claim rdfs:subClassOf prov:Entity .
hkg:EfficacyClaim rdfs:subClassOf hkg:Claim .
hkg:Organisation rdfs:subClassOf prov:Organization .
hkg:WorkingParty rdfs:subClassOf hkg:Organisation .
<urn:c1> a hkg:EfficacyClaim ; hkg:intervention <urn:x> .
<urn:wp> a hkg:WorkingParty .
"""


def test_every_resource_gets_the_hkg_classes_above_its_types_and_no_others():
    from rdflib import Graph
    from rdflib.namespace import RDF

    graph = Graph().parse(data=TYPES, format="turtle")
    assert set(derived_types(graph)) == {
        (URIRef("urn:c1"), RDF.type, HKG.Claim),
        (URIRef("urn:wp"), RDF.type, HKG.Organisation),
    }


def test_types_update_adds_types_and_drops_only_orphans():
    """A claim deleted whole leaves no bare type; a resource with other triples keeps its own."""
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.build.store import memory_store

    graph = Graph().parse(data=TYPES, format="turtle")
    store = memory_store(graph)
    store.update(types_update())
    rdf_type, claim = ox.NamedNode(str(RDF_TYPE)), ox.NamedNode(str(HKG.Claim))
    claim_type = ox.Quad(ox.NamedNode("urn:c1"), rdf_type, claim)
    assert claim_type in store
    # The claim deleted whole: its own triples go, the materialised type is left behind.
    store.update(
        f"DELETE {{ <urn:c1> ?p ?o }} WHERE {{ <urn:c1> ?p ?o FILTER (?p != <{RDF_TYPE}>) }}"
    )
    store.update(f"DELETE DATA {{ <urn:c1> a <{HKG.EfficacyClaim}> }}")
    store.update(types_update())
    assert claim_type not in store
    kept = ox.Quad(ox.NamedNode("urn:kept"), rdf_type, claim)
    store.add(kept)
    store.add(ox.Quad(ox.NamedNode("urn:kept"), ox.NamedNode(str(RDFS.label)), ox.Literal("k")))
    store.update(types_update())
    assert kept in store


RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
