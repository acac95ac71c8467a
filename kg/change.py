"""What a SPARQL update changed, found by reading only the quads it could have touched.

Comparing a store with itself before and after an update costs a pass over every quad: seconds
at a hundred thousand claims, for an update that adds one comment. But an update can only
change quads that match one of its templates: ``INSERT DATA``/``DELETE DATA`` name theirs, a
``DELETE``/``INSERT`` template's variables stand for any term, ``CLEAR GRAPH <g>`` reaches the
quads of ``<g>``. :func:`update_patterns` reads those patterns from the text with rdflib's
SPARQL 1.1 parser; :func:`snapshot` fetches the quads matching them, before and after, and
:func:`diff` compares the two. Where the patterns cannot be known (a text rdflib cannot parse,
``CLEAR ALL``), they are None and the whole store is compared, as before.

The patterns over-approximate on purpose: a literal in a template is read as any value (rdflib
and Oxigraph need not write a literal's lexical form alike, and a missed quad would be a change
no check sees), and so is a blank node (``INSERT DATA`` renames them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.plugins.sparql.processor import prepareUpdate

#: (subject, predicate, object, graph); None matches anything, in any graph for the graph.
Pattern = tuple[ox.NamedNode | None, ox.NamedNode | None, ox.NamedNode | None, object]


@dataclass(frozen=True)
class Change:
    """The quads an update removed and added."""

    removed: frozenset[ox.Quad]
    added: frozenset[ox.Quad]

    def __bool__(self) -> bool:
        return bool(self.removed or self.added)

    def triples(self) -> set[ox.Triple]:
        """The default graph's changed triples, removed and added alike."""
        return {
            ox.Triple(q.subject, q.predicate, q.object)
            for q in self.removed | self.added
            if q.graph_name == ox.DefaultGraph()
        }


def update_patterns(
    text: str, prefixes: Mapping[str, str] | None = None, base_iri: str | None = None
) -> list[Pattern] | None:
    """The quad patterns ``text`` can change, or None when any quad may change.

    >>> update_patterns("INSERT DATA { <http://e/s> <http://e/p> 'x' }")
    [(<NamedNode value=http://e/s>, <NamedNode value=http://e/p>, None, <DefaultGraph>)]
    >>> update_patterns("WITH <http://e/g> DELETE { ?s <http://e/p> ?o } WHERE { ?s ?q ?o }")
    [(None, <NamedNode value=http://e/p>, None, <NamedNode value=http://e/g>)]
    >>> update_patterns("CLEAR ALL") is None
    True
    """
    try:
        parsed = prepareUpdate(text, initNs=dict(prefixes or {}), base=base_iri)
    except Exception:  # noqa: BLE001 - any failure here only costs speed, never correctness
        # rdflib reads less than Oxigraph does (RDF 1.2 triple terms, for one): Oxigraph alone
        # decides whether the text is an update, and the change is then found the slow way.
        return None
    patterns: list[Pattern] = []
    for op in parsed.algebra:
        found = _operation_patterns(op)
        if found is None:
            return None
        patterns += found
    return sorted(set(patterns), key=str)


def snapshot(store: ox.Store, patterns: Iterable[Pattern] | None) -> frozenset[ox.Quad]:
    """The quads of ``store`` matching any of ``patterns`` (every quad when None)."""
    if patterns is None:
        return frozenset(store)
    found: set[ox.Quad] = set()
    for s, p, o, g in patterns:
        found.update(store.quads_for_pattern(s, p, o, g))
    return frozenset(found)


def diff(before: frozenset[ox.Quad], after: frozenset[ox.Quad]) -> Change:
    """The change from ``before`` to ``after`` (two snapshots with the same patterns)."""
    return Change(before - after, after - before)


def ground_patterns(quads: Iterable[ox.Quad]) -> list[Pattern]:
    """Patterns matching exactly ``quads`` (blank nodes read as any term)."""
    return [
        tuple(None if isinstance(t, ox.BlankNode) else t for t in q)  # type: ignore[misc]
        for q in quads
    ]


def _operation_patterns(op) -> list[Pattern] | None:
    name = op.name
    if name in ("InsertData", "DeleteData", "DeleteWhere"):
        return _template(op, None)
    if name == "Modify":
        graph = _get(op, "withClause")
        found: list[Pattern] = []
        for clause in (_get(op, "delete"), _get(op, "insert")):
            if clause is not None:
                found += _template(clause, graph)
        return found
    if name in ("Clear", "Drop"):
        return _graph_patterns(op.graphiri)
    if name in ("Add", "Move", "Copy"):
        found = []
        for graph in op.graph:
            found += _graph_patterns(graph) or []
        return found
    if name == "Create":
        return []
    return None  # LOAD, or an operation this module does not know


def _template(clause, graph) -> list[Pattern]:
    default = ox.DefaultGraph() if graph is None else _term(graph)
    found = [(*_triple(t), default) for t in _get(clause, "triples") or ()]
    for g, triples in (_get(clause, "quads") or {}).items():
        found += [(*_triple(t), _term(g)) for t in triples]
    return found


def _get(value, key: str):
    # rdflib's CompValue.get answers a missing key with the key itself.
    return value[key] if key in value else None  # noqa: SIM401


def _graph_patterns(graph) -> list[Pattern] | None:
    if graph == "DEFAULT":
        return [(None, None, None, ox.DefaultGraph())]
    if isinstance(graph, URIRef):
        return [(None, None, None, ox.NamedNode(str(graph)))]
    return None  # ALL or NAMED


def _triple(triple) -> tuple:
    return tuple(_term(t) for t in triple)


def _term(term):
    # Variables, blank nodes, literals and anything newer than this module: any term.
    return ox.NamedNode(str(term)) if isinstance(term, URIRef) else None
