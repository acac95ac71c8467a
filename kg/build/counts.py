"""Instance counts per class, kept in the store as a VoID description of its default graph.

Counting the instances of every class is the one question whose cost grows with the whole
graph however it is asked: on a million claims Oxigraph scans 2.6 million ``rdf:type`` triples
for it (about a second), where an engine with per-class statistics answers in milliseconds.
So every writer of a store (the build, the incremental build, the server's updates and its
in-memory loads) ends its work with :data:`REFRESH`, which rewrites the named graph
:data:`COUNTS_GRAPH` in the same transaction as the data it counts::

    <…/class-counts#dataset> a void:Dataset ;
        void:classes 29 ;                               # distinct objects of rdf:type
        void:classPartition <…/class-counts#class-MD5> .
    <…/class-counts#class-MD5> void:class hkg:Claim ; void:entities 1000000 .

``void:entities`` of a class partition is the number of distinct subjects typed with the class,
which is exactly ``COUNT(?c)`` of ``{ ?c a ?k } GROUP BY ?k``: a triple occurs once, so each
subject does once per class. The query endpoint answers that shape from here
(:func:`server.plan.class_counts`), after checking with :data:`COMPLETE` that the description
covers every class (a class that is a blank node or a literal has no partition, and a store
written by another tool has no description at all).

The graph lives beside the data, not in it: the default graph, ``dist/`` and the Graph Store
Protocol's default graph never contain it, and queries see it only through ``GRAPH``.
"""

from __future__ import annotations

import pyoxigraph as ox

VOID = "http://rdfs.org/ns/void#"
#: The named graph holding the counts.
COUNTS_GRAPH = "https://w3id.org/hsct-kg/graph/class-counts"
#: The VoID dataset the counts describe: the store's default graph.
DATASET = COUNTS_GRAPH + "#dataset"
_GRAPH = ox.NamedNode(COUNTS_GRAPH)

#: Replace the counts with those of the store's current default graph (a SPARQL update).
REFRESH = f"""
DROP SILENT GRAPH <{COUNTS_GRAPH}> ;
INSERT {{ GRAPH <{COUNTS_GRAPH}> {{
  <{DATASET}> <{VOID}classPartition> ?part .
  ?part <{VOID}class> ?class ; <{VOID}entities> ?n .
}} }} WHERE {{
  {{ SELECT ?class (COUNT(?c) AS ?n) WHERE {{ ?c a ?class }} GROUP BY ?class }}
  FILTER(isIRI(?class))
  BIND(IRI(CONCAT("{COUNTS_GRAPH}#class-", MD5(STR(?class)))) AS ?part)
}} ;
INSERT {{ GRAPH <{COUNTS_GRAPH}> {{
  <{DATASET}> a <{VOID}Dataset> ; <{VOID}classes> ?classes .
}} }} WHERE {{
  SELECT (COUNT(DISTINCT ?class) AS ?classes) WHERE {{ ?c a ?class }}
}}
"""

#: True when the counts cover every class of the default graph (an ASK query).
COMPLETE = f"""
ASK {{
  GRAPH <{COUNTS_GRAPH}> {{ <{DATASET}> <{VOID}classes> ?classes }}
  {{ SELECT (COUNT(?part) AS ?parts) WHERE {{
       GRAPH <{COUNTS_GRAPH}> {{ <{DATASET}> <{VOID}classPartition> ?part }} }} }}
  FILTER(?parts = ?classes)
}}"""


def refresh(store: ox.Store) -> ox.Store:
    """Rewrite ``store``'s class counts from its default graph; return the store.

    >>> store = ox.Store()
    >>> for s in ("a", "b"):
    ...     store.add(ox.Quad(ox.NamedNode("http://e/" + s),
    ...                       ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
    ...                       ox.NamedNode("http://e/C")))
    >>> counts(refresh(store))
    {'http://e/C': 2}
    """
    store.update(REFRESH)
    return store


def counts(store: ox.Store) -> dict[str, int] | None:
    """The stored counts by class IRI, or ``None`` when they do not cover every class."""
    if not store.query(COMPLETE):
        return None
    rows = store.query(
        f"SELECT ?class ?n {{ GRAPH <{COUNTS_GRAPH}> {{ ?part <{VOID}class> ?class ;"
        f" <{VOID}entities> ?n }} }}"
    )
    return {row["class"].value: int(row["n"].value) for row in rows}


def data_quads(store: ox.Store) -> int:
    """The number of quads of ``store`` outside the counts graph."""
    return len(store) - sum(1 for _ in store.quads_for_pattern(None, None, None, _GRAPH))


def is_counts_graph(graph: object) -> bool:
    """Whether ``graph`` (an Oxigraph graph name) is the counts graph."""
    return isinstance(graph, ox.NamedNode) and graph.value == COUNTS_GRAPH


_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_CLASS = ox.NamedNode(VOID + "class")
_ENTITIES = ox.NamedNode(VOID + "entities")
#: The quads :func:`recount` can change: those of the counts graph.
PATTERNS = [(None, None, None, _GRAPH)]


def recount(store: ox.Store, typed: set[ox.Triple]) -> str:
    """An update that brings the counts up to date after the ``rdf:type`` triples ``typed``
    were added to or removed from ``store`` (which holds the change already).

    Only the classes those triples name are counted again, each an indexed look-up; when a
    class gains its first instance or loses its last one, or the counts did not cover every
    class, the answer is :data:`REFRESH`, which counts everything. ``store`` is not changed.

    >>> store = refresh(ox.Store())
    >>> c = ox.NamedNode("http://e/C")
    >>> store.add(ox.Quad(ox.NamedNode("http://e/a"), _TYPE, c))
    >>> recount(store, {ox.Triple(ox.NamedNode("http://e/a"), _TYPE, c)}) == REFRESH
    True
    >>> store.update(REFRESH); store.add(ox.Quad(ox.NamedNode("http://e/b"), _TYPE, c))
    >>> store.update(recount(store, {ox.Triple(ox.NamedNode("http://e/b"), _TYPE, c)}))
    >>> counts(store)
    {'http://e/C': 2}
    """
    classes = {t.object for t in typed if t.predicate == _TYPE}
    if not classes:
        return ""
    if not store.query(COMPLETE):
        return REFRESH
    old, new = [], []
    for cls in sorted(classes, key=str):
        if not isinstance(cls, ox.NamedNode):
            continue  # counted by no partition, as REFRESH has it
        parts = [q.subject for q in store.quads_for_pattern(None, _CLASS, cls, _GRAPH)]
        n = sum(1 for _ in store.quads_for_pattern(None, _TYPE, cls, ox.DefaultGraph()))
        if len(parts) != 1 or n == 0:
            return REFRESH  # a class appears or disappears: the number of classes changes
        for quad in store.quads_for_pattern(parts[0], _ENTITIES, None, _GRAPH):
            if int(quad.object.value) != n:
                old.append(quad)
                new.append(ox.Quad(parts[0], _ENTITIES, ox.Literal(n), _GRAPH))
    if not old:
        return ""
    return f"DELETE DATA {{ {_in_graph(old)} }} ;\nINSERT DATA {{ {_in_graph(new)} }}"


def _in_graph(quads: list[ox.Quad]) -> str:
    body = " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    return f"GRAPH <{COUNTS_GRAPH}> {{ {body} }}"
