"""Which nodes a change can affect, and the part of the graph their checks read.

A change to a few triples can alter the validation results of only the nodes near them: the
shapes of ``shapes/hsct-kg-shapes.ttl`` look at most two hops from their focus node (see
:func:`focus_nodes`). Validating those focus nodes on :func:`subgraph` gives the results they
have in the whole graph, in milliseconds where the whole graph takes seconds. The incremental
build (:mod:`kg.build.incremental`, for edited files) and the server's guarded updates
(:mod:`server.update`) both validate a change this way.

Nodes are of three kinds: ``ontology`` terms (classes, properties, individuals of the
ontology: their checks read only their own triples, and a change to them is a schema change,
validated whole), ``entity`` terms (organisations and publications, which many claims point
at: never walked through) and ``data`` nodes (claims, statements, populations …).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pyoxigraph as ox

from kg.namespaces import PREFIXES

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_OWL = "http://www.w3.org/2002/07/owl#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_HKG = PREFIXES["hkg"]
_TYPE = ox.NamedNode(_RDF + "type")

#: Triples every node may depend on: a change to one of these is validated whole.
SCHEMA_PREDICATES = {
    _RDFS + "subClassOf",
    _RDFS + "subPropertyOf",
    _HKG + "objectSlot",
    _OWL + "equivalentClass",
    _OWL + "equivalentProperty",
}
SCHEMA_TYPES = {
    _OWL + "Class",
    _RDFS + "Class",
    _RDF + "Property",
    _OWL + "ObjectProperty",
    _OWL + "DatatypeProperty",
    _OWL + "AnnotationProperty",
}

#: Types of the terms an ontology declares (classes, properties, individuals, concepts).
ONTOLOGY_TYPES = SCHEMA_TYPES | {
    _OWL + "NamedIndividual",
    _OWL + "Ontology",
    _SKOS + "Concept",
    _SKOS + "ConceptScheme",
}
#: Classes whose instances are entity terms (``data/entities/``): many claims point at each.
ENTITY_CLASSES = (_HKG + "Organisation", _HKG + "Publication")


Kind = Callable[[object], str]


def store_classifier(store: ox.Store) -> Kind:
    """Tell the kind of each node of ``store`` by its own triples, when first asked.

    The incremental build knows ontology and entity terms from the files that state them
    (:func:`classifier`); a store alone (the server's) tells them by type: a node typed with
    one of :data:`ONTOLOGY_TYPES`, or with a superclass, is an ontology term; an instance of
    one of :data:`ENTITY_CLASSES` (or of a subclass) an entity. Each answer is a few indexed
    look-ups of that node, so a change pays for the nodes it reaches, not for the graph.
    """
    graph = ox.DefaultGraph()
    subclass = ox.NamedNode(_RDFS + "subClassOf")
    entity_classes = {
        row["c"]
        for cls in ENTITY_CLASSES
        for row in store.query(f"SELECT ?c WHERE {{ ?c <{_RDFS}subClassOf>* <{cls}> }}")
    }
    known: dict = {}

    def kind(node) -> str:
        if isinstance(node, ox.Literal):
            return "literal"
        if node not in known:
            types = {q.object for q in store.quads_for_pattern(node, _TYPE, None, graph)}
            if isinstance(node, ox.NamedNode) and (
                any(getattr(t, "value", None) in ONTOLOGY_TYPES for t in types)
                or next(iter(store.quads_for_pattern(node, subclass, None, graph)), None)
            ):
                known[node] = "ontology"
            elif isinstance(node, ox.NamedNode) and types & entity_classes:
                known[node] = "entity"
            else:
                known[node] = "data"
        return known[node]

    return kind


def schema_quads(store: ox.Store) -> list[ox.Quad]:
    """The schema triples of ``store``: the hierarchy, declarations and object slots."""
    graph = ox.DefaultGraph()
    quads: list[ox.Quad] = []
    for predicate in SCHEMA_PREDICATES:
        quads += store.quads_for_pattern(None, ox.NamedNode(predicate), None, graph)
    for cls in SCHEMA_TYPES:
        quads += store.quads_for_pattern(None, _TYPE, ox.NamedNode(cls), graph)
    return quads


def schema_change(changed: Iterable[ox.Triple], kind: Kind) -> ox.Triple | None:
    """A changed triple every node may depend on (schema), or None.

    Schema triples are class and property declarations, the hierarchy, object slots, and any
    triple about an ontology term (a strength's ``hkg:hedged``, a predicate's qualified form).
    """
    for t in changed:
        if t.predicate.value in SCHEMA_PREDICATES:
            return t
        if kind(t.subject) == "ontology":
            return t
        if t.predicate == _TYPE and getattr(t.object, "value", None) in ONTOLOGY_TYPES:
            return t
    return None


def focus_nodes(
    store: ox.Store, changed: set[ox.Triple], kind: Kind
) -> list[ox.NamedNode | ox.BlankNode]:
    """The nodes whose validation results a change of ``changed`` (stated triples) can alter.

    How far each shape of ``shapes/hsct-kg-shapes.ttl`` looks from its focus node f:

    - counts, datatypes, patterns, ``sh:in``, node kinds and the SPARQL constraints on
      offsets, marker placement and claim kinds read f's own triples; the target classes
      (``rdf:type``/``rdfs:subClassOf*``) too;
    - ``sh:class`` reads the type of f's values (f → v → rdf:type); the statement's
      citation check reads the cited reference's number (f → ref → number); the evidence
      code check the statement's markers (claim → statement → markers); the curator
      addition check whether its recorded triple exists (f → rdf:subject s → s p o); the
      text binding the document's content (statement f → document → hkg:content); the
      eligibility criterion check its populations' texts (criterion f ← population → text):
      one hop from f;
    - two shapes look two hops away through another data node: unique positions
      (f → document ← other statement → position) and verbatim criterion texts
      (population f ← claim → statement → text);
    - the ``sh:node`` value shapes (intervention class, disease class, shortcut relation…),
      the undeclared property and class checks, and the claim kind check read the schema
      only (``rdfs:subClassOf``, ``rdfs:subPropertyOf``, ``hkg:objectSlot``, class and
      property declarations): a change to those inside data/ is a full build;
    - the shortcut backing check (``hkg:UnbackedShortcut``) reads every claim about an
      intervention; interventions are not focus nodes here, because the derive step makes
      each shortcut triple a claim could have changed present iff a claim backs it.

    So a changed triple (s, p, o) can alter the results of: s and o (o unless it is an
    ontology or data/entities term: their shapes read only their own triples); the nodes
    one and two hops away from a data node s or o through data nodes (neither ontology nor
    entity terms, which would fan out to every claim pointing at them); and the nodes
    pointing at an entity term s (``sh:class hkg:Organisation`` on claims, a working party's
    ``hkg:unitOf``, a curator addition's ``rdf:subject``).
    """

    focus: set = set()
    seeds: set = set()
    for t in changed:
        focus.add(t.subject)
        if kind(t.subject) == "data":
            seeds.add(t.subject)
        elif kind(t.subject) == "entity":
            focus |= neighbours(store, t.subject, outbound=False)
        if kind(t.object) == "data":
            focus.add(t.object)
            seeds.add(t.object)
    frontier = seeds
    for _ in range(2):
        reached = set()
        for node in frontier:
            reached |= {n for n in neighbours(store, node) if kind(n) == "data"}
        reached -= focus
        focus |= reached
        frontier = reached
    return sorted(focus, key=str)


def classifier(ontology: set[str], entities: set[str]) -> Kind:
    """Tell a node's kind from the IRIs of the ontology and entity terms (known from files)."""

    def kind(node) -> str:
        if isinstance(node, ox.Literal):
            return "literal"
        if isinstance(node, ox.NamedNode) and node.value in ontology:
            return "ontology"
        if isinstance(node, ox.NamedNode) and node.value in entities:
            return "entity"
        return "data"

    return kind


def neighbours(store: ox.Store, node, *, outbound: bool = True, inbound: bool = True) -> set:
    graph = ox.DefaultGraph()
    out = set()
    if outbound:
        out |= {q.object for q in store.quads_for_pattern(node, None, None, graph)}
    if inbound:
        out |= {q.subject for q in store.quads_for_pattern(None, None, node, graph)}
    return {n for n in out if not isinstance(n, ox.Literal)}


def subgraph(
    store: ox.Store, focus: list, kind: Kind, schema: list[ox.Quad] | None = None
) -> ox.Store:
    """An in-memory store with every triple the checks of ``focus`` read (see above).

    The schema (class hierarchy, property and class declarations, object slots), and the
    triples of every node within two hops of a focus node through data nodes: a check never
    looks further. Validating the focus nodes there gives the results they have in the
    whole graph; the whole-graph parts of the compiled checks (SPARQL targets that scan
    every triple) then cost milliseconds instead of tens of seconds on the on-disk store.
    ``schema``, when given, is :func:`schema_quads` of ``store``, read once for several calls.
    """
    sub = ox.Store()
    graph = ox.DefaultGraph()
    quads = list(schema_quads(store) if schema is None else schema)
    nodes: set = set()
    for f in focus:
        nodes.add(f)
        if kind(f) == "ontology":
            # Its checks read its own triples and its values' (types); never who points at it.
            nodes |= neighbours(store, f, inbound=False)
            continue
        first = neighbours(store, f)
        nodes |= first
        for n in first:
            if kind(n) == "data":
                nodes |= neighbours(store, n)
    for node in nodes:
        quads += store.quads_for_pattern(node, None, None, graph)
    sub.extend(quads)
    return sub
