"""Derive the shortcut triple of every claim (the only way shortcut triples come to exist).

For each claim ``?c`` with ``hkg:intervention ?i ; hkg:predicate ?p``, where ``?p hkg:objectSlot
?slot`` and ``?c ?slot ?o``, and ``?c`` is not negated, not a recommendation against and not a
draft: add ``?i ?p ?o`` when the claim is unhedged and unrestricted, or ``?i ?q ?o`` with ``?p
hkg:qualifiedForm ?q`` when it is hedged or restricted (the truthy rule). The rule is the SPARQL
query ``kg/queries/derive.rq``; :func:`rederive_update` states the same rule as an update for
stores that change in place, and :func:`derivations_for`, :func:`update_shortcuts` and
:func:`update_types` apply it to the claims a change touched, for the incremental build and the
server's guarded updates.

The second rule, ``kg/queries/derive-types.rq``, materialises the ``hkg:`` classes above each
resource's asserted types (``claim:x a hkg:EfficacyClaim`` gives ``claim:x a hkg:Claim``), so plain
type queries find everything without a reasoner.
"""

from __future__ import annotations

import re
from functools import cache

import pyoxigraph as ox
from rdflib import Graph

from kg.namespaces import bind_prefixes
from kg.resources import query_text


def derived_triples(graph: Graph) -> Graph:
    """Return a new graph of only the shortcut triples ``graph`` implies; ``graph`` is unchanged.

    >>> from rdflib import URIRef
    >>> g = Graph().parse(format="turtle", data='''
    ...   @prefix hkg: <https://w3id.org/hsct-kg/ontology#> .
    ...   hkg:improves hkg:objectSlot hkg:outcome .
    ...   <urn:c1> hkg:intervention <urn:ahsct> ; hkg:predicate hkg:improves ;
    ...            hkg:outcome <urn:survival> .
    ...   <urn:c2> hkg:intervention <urn:ahsct> ; hkg:predicate hkg:improves ; hkg:outcome <urn:x> ;
    ...            hkg:negated true .
    ... ''')
    >>> [tuple(str(t) for t in triple) for triple in derived_triples(g)]
    [('urn:ahsct', 'https://w3id.org/hsct-kg/ontology#improves', 'urn:survival')]

    A hedged claim yields the weaker relation instead:

    >>> _ = g.parse(format="turtle", data='''
    ...   @prefix hkg: <https://w3id.org/hsct-kg/ontology#> .
    ...   hkg:improves hkg:qualifiedForm hkg:mayImprove . hkg:mayImprove hkg:objectSlot hkg:outcome .
    ...   hkg:Possible hkg:hedged true .
    ...   <urn:c3> hkg:intervention <urn:ahsct> ; hkg:predicate hkg:improves ; hkg:outcome <urn:qol> ;
    ...            hkg:strength hkg:Possible .
    ... ''')
    >>> sorted(str(p).split("#")[1] + " " + str(o) for _, p, o in derived_triples(g))
    ['improves urn:survival', 'mayImprove urn:qol']
    """
    result = bind_prefixes(Graph(bind_namespaces="none"))
    for triple in graph.query(query_text("derive")):
        result.add(triple)
    return result


def derived_types(graph: Graph) -> Graph:
    """Return a new graph of the ``rdf:type`` triples ``kg/queries/derive-types.rq`` materialises.

    >>> g = Graph().parse(format="turtle", data='''
    ...   @prefix hkg: <https://w3id.org/hsct-kg/ontology#> .
    ...   @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    ...   hkg:EfficacyClaim rdfs:subClassOf hkg:Claim . hkg:Claim rdfs:subClassOf <urn:Entity> .
    ...   <urn:c1> a hkg:EfficacyClaim .
    ... ''')
    >>> [tuple(str(t) for t in triple) for triple in derived_types(g)]
    [('urn:c1', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'https://w3id.org/hsct-kg/ontology#Claim')]
    """
    result = bind_prefixes(Graph(bind_namespaces="none"))
    for triple in graph.query(query_text("derive-types")):
        result.add(triple)
    return result


def derive(graph: Graph) -> Graph:
    """Return a new graph: ``graph`` plus its derived shortcut and type triples; ``graph`` is unchanged.

    >>> g = Graph()
    >>> derive(g) is g, len(derive(g))
    (False, 0)
    """
    result = bind_prefixes(Graph(bind_namespaces="none"))
    for triple in graph:
        result.add(triple)
    for triple in derived_triples(graph):
        result.add(triple)
    for triple in derived_types(graph):
        result.add(triple)
    return result


_CONSTRUCT = re.compile(
    r"CONSTRUCT\s*\{(?P<template>[^{}]*)\}\s*WHERE\s*(?P<where>\{.*\})\s*$", re.DOTALL
)
_PREFIX = re.compile(r"^\s*PREFIX\s+(\w*):\s*<([^>]*)>\s*$", re.MULTILINE | re.IGNORECASE)
_PNAME = re.compile(r"(?<![\w<])(\w+):(\w+)")
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_HKG = "https://w3id.org/hsct-kg/ontology#"


@cache
def rederive_update() -> str:
    """Return a SPARQL Update that replaces a store's shortcut triples with freshly derived ones.

    It is built from ``kg/queries/derive.rq`` so there is one statement of the rule. Its names
    are written as full IRIs: it must be able to follow a user's update in the same request
    (after ``;``), where the user's PREFIX or BASE declarations are in force and Oxigraph
    accepts no new prologue.

    >>> import pyoxigraph as ox
    >>> store = ox.Store()
    >>> store.update('''PREFIX hkg: <https://w3id.org/hsct-kg/ontology#>
    ...   INSERT DATA { hkg:improves hkg:objectSlot hkg:outcome .
    ...     hkg:improves <http://www.w3.org/2000/01/rdf-schema#subPropertyOf> hkg:shortcutRelation .
    ...     <urn:c1> hkg:intervention <urn:ahsct> ; hkg:predicate hkg:improves ; hkg:outcome <urn:os> .
    ...     <urn:old> hkg:improves <urn:stale> }''')
    >>> store.update(rederive_update())
    >>> sorted(str(q.subject) for q in store.quads_for_pattern(None,
    ...     ox.NamedNode("https://w3id.org/hsct-kg/ontology#improves"), None))
    ['<urn:ahsct>']
    """
    text = _strip_comments(query_text("derive"))
    prefixes = dict(_PREFIX.findall(text))
    match = _CONSTRUCT.search(_PREFIX.sub("", text))
    if match is None:  # pragma: no cover - guards edits to derive.rq
        raise RuntimeError("kg/queries/derive.rq must be a single CONSTRUCT ... WHERE { } query")

    def expand(part: str) -> str:
        return _PNAME.sub(lambda m: f"<{prefixes[m[1]]}{m[2]}>", part)

    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ ?p <{_RDFS}subPropertyOf>+ <{_HKG}shortcutRelation> . "
        "?s ?p ?o } ;\n"
        f"INSERT {{{expand(match['template'])}}}\nWHERE {expand(match['where'])} ;\n"
        + types_update()
    )


@cache
def types_update() -> str:
    """Return a SPARQL Update that brings a store's materialised ``hkg:`` types up to date.

    It adds every type ``kg/queries/derive-types.rq`` derives, and removes a materialised type
    that nothing supports any more from a resource left with no other triple than its types
    (a claim deleted whole leaves no bare ``a hkg:Claim`` behind). A resource with other
    triples keeps its types: they may have been written by hand.

    >>> import pyoxigraph as ox
    >>> store = ox.Store()
    >>> store.update('''PREFIX hkg: <https://w3id.org/hsct-kg/ontology#>
    ...   PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    ...   INSERT DATA { hkg:EfficacyClaim rdfs:subClassOf hkg:Claim .
    ...     <urn:c1> a hkg:EfficacyClaim . <urn:gone> a hkg:Claim }''')
    >>> store.update(types_update())
    >>> rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    >>> sorted(str(q.subject) for q in store.quads_for_pattern(None, rdf_type,
    ...     ox.NamedNode("https://w3id.org/hsct-kg/ontology#Claim")))
    ['<urn:c1>']
    """
    rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    construct = _CONSTRUCT.search(_PREFIX.sub("", _strip_comments(query_text("derive-types"))))
    if construct is None:  # pragma: no cover - guards edits to derive-types.rq
        raise RuntimeError("kg/queries/derive-types.rq must be a single CONSTRUCT query")
    where = construct["where"].replace("rdfs:subClassOf", f"<{_RDFS}subClassOf>")
    template = construct["template"].replace(" a ", f" {rdf_type} ")
    return (
        f"DELETE {{ ?resource {rdf_type} ?class }} WHERE {{ ?resource {rdf_type} ?class . "
        f'?sub <{_RDFS}subClassOf>+ ?class . FILTER (STRSTARTS(STR(?class), "{_HKG}")) '
        f"FILTER NOT EXISTS {{ ?resource {rdf_type} ?asserted . "
        f"?asserted <{_RDFS}subClassOf>+ ?class }} "
        f"FILTER NOT EXISTS {{ ?resource ?p ?o . FILTER (?p != {rdf_type}) }} }} ;\n"
        f"INSERT {{{template}}}\nWHERE {where}\n"
    )


def _strip_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


# ------------------------------------------------- the rules, for the claims a change touched

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


_CLAIM = ox.Variable("claim")
_INTERVENTION = ox.NamedNode("https://w3id.org/hsct-kg/ontology#intervention")


def derivations_for(store: ox.Store, claims: set[ox.NamedNode]) -> set[ox.Triple]:
    """The shortcut triples the derive rule gives for ``claims`` now.

    One evaluation per claim with the claim bound: a VALUES block in front of the rule is not
    carried into its UNION and filters by Oxigraph's planner, which then walks every claim
    (seconds at a hundred thousand claims, where a bound claim takes a millisecond).
    """
    rule = query_text("derive")
    out: set[ox.Triple] = set()
    for claim in sorted(claims, key=lambda n: n.value):
        out.update(store.query(rule, substitutions={_CLAIM: claim}))
    return out


def backed(store: ox.Store, triple: ox.Triple) -> bool:
    """Whether some claim of ``store`` backs the shortcut triple ``triple`` (i p o).

    Only claims naming both the intervention and the object can: those pointing at the object
    are walked, the rule evaluated for each that also names the intervention, stopping at the
    first that gives the triple.
    """
    graph = ox.DefaultGraph()
    rule = query_text("derive")
    tried = set()
    for quad in store.quads_for_pattern(None, None, triple.object, graph):
        claim = quad.subject
        if claim in tried or ox.Quad(claim, _INTERVENTION, triple.subject, graph) not in store:
            continue
        tried.add(claim)
        if triple in set(store.query(rule, substitutions={_CLAIM: claim})):
            return True
    return False


def update_shortcuts(
    store: ox.Store, candidates: set[ox.Triple]
) -> tuple[set[ox.Triple], set[ox.Triple]]:
    """Make each candidate shortcut triple present iff some claim backs it."""
    supported = {t for t in candidates if backed(store, t)}
    gone = {t for t in candidates - supported if ox.Quad(*t, ox.DefaultGraph()) in store}
    made = {t for t in supported if ox.Quad(*t, ox.DefaultGraph()) not in store}
    for t in gone:
        store.remove(ox.Quad(t.subject, t.predicate, t.object))
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in made)
    return gone, made


def update_types(
    store: ox.Store, subjects: set[ox.NamedNode]
) -> tuple[set[ox.Triple], set[ox.Triple]]:
    """Bring the materialised ``hkg:`` types of ``subjects`` up to date, as a full build has them.

    Adds what ``kg/queries/derive-types.rq`` derives for them; removes, as
    :func:`kg.build.derive.types_update` does, a materialised type nothing supports any more from a
    subject left with no other triple (a claim deleted whole).
    """
    made: set[ox.Triple] = set()
    gone: set[ox.Triple] = set()
    text = query_text("derive-types")
    ordered = sorted(subjects, key=lambda n: n.value)
    for i in range(0, len(ordered), 500):
        values = "VALUES ?resource { " + " ".join(str(c) for c in ordered[i : i + 500]) + " }"
        for t in store.query(text.replace("WHERE {", "WHERE {\n  " + values, 1)):
            if ox.Quad(t.subject, t.predicate, t.object) not in store:
                made.add(t)
        for row in store.query(
            f"PREFIX rdfs: <{_RDFS}> SELECT ?resource ?class WHERE {{ {values} "
            "?resource a ?class . ?sub rdfs:subClassOf+ ?class . "
            f'FILTER (STRSTARTS(STR(?class), "{_HKG}")) '
            "FILTER NOT EXISTS { ?resource a ?asserted . ?asserted rdfs:subClassOf+ ?class } "
            "FILTER NOT EXISTS { ?resource ?p ?o . FILTER (?p != rdf:type) } }".replace(
                "rdf:type", f"<{_RDF_TYPE}>"
            )
        ):
            gone.add(ox.Triple(row["resource"], ox.NamedNode(_RDF_TYPE), row["class"]))
    for t in gone:
        store.remove(ox.Quad(t.subject, t.predicate, t.object))
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in made)
    return gone, made


def derive_store(store: ox.Store, parsed: int | None = None) -> tuple[int, int]:
    """Stage **derive**: add the shortcut triples and materialised types to ``store`` (changed
    in place); return how many of each. ``parsed``, the store's size if known, saves a count."""
    size = len(store) if parsed is None else parsed
    store.update(derive_update())
    derived = len(store) - size
    store.update(derive_update("derive-types"))
    return derived, len(store) - size - derived


def derive_update(rule: str = "derive") -> str:
    return query_text(rule).replace("CONSTRUCT", "INSERT", 1)
