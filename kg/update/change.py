"""What a SPARQL update changed, found by reading only the quads it could have touched.

Comparing a store with itself before and after an update costs a pass over every quad: seconds
at a hundred thousand claims, for an update that adds one comment. But an update can only
change quads that match one of its templates: ``INSERT DATA``/``DELETE DATA`` name theirs, a
``DELETE``/``INSERT`` template's variables stand for any term, ``CLEAR GRAPH <g>`` reaches the
quads of ``<g>``. :func:`update_patterns` reads those patterns from the text with rdflib's
SPARQL 1.1 parser; :func:`snapshot` fetches the quads matching them, before and after, and
:func:`diff` compares the two. Where the patterns cannot be known (a text rdflib cannot parse,
``CLEAR ALL``), they are None and the whole store is compared, as before.

The patterns over-approximate on purpose: a literal in a template read by rdflib stands for any
value (rdflib and Oxigraph need not write a literal's lexical form alike, and a missed quad
would be a change no check sees), and so does a blank node (``INSERT DATA`` renames them).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import URIRef

from kg.sparql_scan import CLOSE, OPEN, tokens

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

    The text is cut into its operations at the top-level ``;`` (by :mod:`kg.sparql_scan`,
    which knows strings, IRIs and comments). An ``INSERT DATA`` or ``DELETE DATA`` is read by
    Oxigraph itself, written into an empty store: its quads exactly as the real run will see
    them, at Oxigraph's speed (rdflib's parser takes seconds over a few thousand triples).
    Any other operation is read by rdflib's SPARQL parser, for its templates.

    >>> update_patterns("INSERT DATA { <http://e/s> <http://e/p> 'x' }")
    [(<NamedNode value=http://e/s>, <NamedNode value=http://e/p>, <Literal value=x datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>, <DefaultGraph>)]
    >>> update_patterns("WITH <http://e/g> DELETE { ?s <http://e/p> ?o } WHERE { ?s ?q ?o }")
    [(None, <NamedNode value=http://e/p>, None, <NamedNode value=http://e/g>)]
    >>> update_patterns("CLEAR ALL") is None
    True
    """
    patterns: list[Pattern] = []
    try:
        for prologue, operation in _operations(text):
            found = _data_patterns(prologue, operation, prefixes, base_iri)
            if found is None:
                found = _template_patterns(prologue + operation, prefixes, base_iri)
            if found is None:
                return None
            patterns += found
    except Exception:  # noqa: BLE001 - any failure here only costs speed, never correctness
        # rdflib reads less than Oxigraph does (RDF 1.2 triple terms, for one): Oxigraph alone
        # decides whether the text is an update, and the change is then found the slow way.
        return None
    return sorted(set(patterns), key=str)


def _operations(text: str) -> list[tuple[str, str]]:
    """Each operation of an update with the PREFIX and BASE declarations in force for it."""
    out: list[tuple[str, str]] = []
    prologue = ""
    depth, start, i = 0, 0, 0
    toks = list(tokens(text))
    while i < len(toks):
        tok = toks[i]
        word = tok.text.upper() if tok.kind == "word" else ""
        if depth == 0 and word in ("PREFIX", "BASE") and tok.offset >= start:
            # A declaration before the operation's first word applies from here on.
            last = toks[i + (2 if word == "PREFIX" else 1)]
            prologue += text[tok.offset : last.offset + len(last.text)] + "\n"
            i += 3 if word == "PREFIX" else 2
            start = toks[i].offset if i < len(toks) else len(text)
            continue
        if tok.kind == "other" and tok.text in OPEN:
            depth += 1
        elif tok.kind == "other" and tok.text in CLOSE:
            depth -= 1
        elif depth == 0 and tok.kind == "other" and tok.text == ";":
            if text[start : tok.offset].strip():
                out.append((prologue, text[start : tok.offset]))
            start = tok.offset + 1
        i += 1
    if text[start:].strip():
        out.append((prologue, text[start:]))
    return out


def _data_patterns(prologue, operation, prefixes, base_iri) -> list[Pattern] | None:
    head = list(itertools.islice(tokens(operation), 2))
    if [t.text.upper() for t in head if t.kind == "word"] not in (
        ["INSERT", "DATA"],
        ["DELETE", "DATA"],
    ):
        return None
    data = operation[head[1].offset + len(head[1].text) :]
    scratch = ox.Store()
    scratch.update(
        prologue + "INSERT DATA" + data, prefixes=dict(prefixes or {}), base_iri=base_iri
    )
    return ground_patterns(scratch)


def _template_patterns(text, prefixes, base_iri) -> list[Pattern] | None:
    from rdflib.plugins.sparql.processor import prepareUpdate  # see preload()

    parsed = prepareUpdate(text, initNs=dict(prefixes or {}), base=base_iri)
    patterns: list[Pattern] = []
    for op in parsed.algebra:
        found = _operation_patterns(op)
        if found is None:
            return None
        patterns += found
    return patterns


def preload() -> None:
    """Import rdflib's SPARQL parser and parse one update with it now: the import costs a fifth
    of a second and the first parse a tenth more. A server that accepts updates calls this
    before forking the workers that try them, each in a fresh process, so no update pays it."""
    from rdflib.plugins.sparql.processor import prepareUpdate

    prepareUpdate(
        "WITH <urn:g> DELETE { ?s <urn:p> ?o } INSERT { ?s <urn:q> 1 } WHERE { ?s ?p ?o }"
    )


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
