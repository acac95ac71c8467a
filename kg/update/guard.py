"""Judge a change to a store by what it changes: derive what it implies, validate what it touches.

After an update has run on a store (a trial copy), :func:`derive_change` brings the shortcut
triples and the materialised ``hkg:`` types of the claims it touched up to date, as the build's
derive stage would, and :func:`judge` validates the focus nodes the change can affect
(:mod:`kg.build.focus`) with the compiled shapes (:mod:`kg.build.shapes`). A result counts against
the change only if it was not there before the change: data that already had violations can
still be edited, and an edit that adds one is refused. What the focus-node view cannot reason
about (schema triples, named graphs, blank-node claims) is judged on the whole graph, the same
way, never skipped.

Each function says whether it changes the store; every change it makes is undone or
reported.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import SH

from kg.build import counts
from kg.build.derive import derivations_for, rederive_update, update_shortcuts, update_types
from kg.build.focus import (
    Kind,
    focus_nodes,
    schema_change,
    schema_quads,
    store_classifier,
    subgraph,
)
from kg.build.shapes import (
    Check,
    UnsupportedShape,
    compile_shapes,
    report_graph,
    validate_store,
)
from kg.build.validate import ValidationReport, format_results, validate
from kg.namespaces import bind_prefixes
from kg.terms import to_oxigraph, to_rdflib
from kg.update.change import Change, Pattern, ground_patterns, snapshot

log = logging.getLogger(__name__)

_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_HKG = "https://w3id.org/hsct-kg/ontology#"
_SHORTCUTS = f"SELECT ?p WHERE {{ ?p <{_RDFS}subPropertyOf>+ <{_HKG}shortcutRelation> }}"


@dataclass(frozen=True)
class Derived:
    """What :func:`derive_change` did: the update text that does the same on another copy of
    the store, the quad patterns that text can change (None: any), and the change itself."""

    program: str
    patterns: list[Pattern] | None
    change: Change


class ShapesValidator:
    """SHACL shapes compiled once to SPARQL, to validate a store whole or by focus nodes.

    The store's graphs are validated merged, the class counts left out. Shapes the compiler
    cannot express are validated by pySHACL instead, whole, never skipped.

    ``conforming`` says the store it guards is known to conform (it was validated whole when
    it was loaded, and every change since was judged): a result after a change is then new
    by definition, and :func:`judge` need not look at the store as it was before.
    """

    def __init__(self, shapes: Graph, conforming: bool = False):
        self.shapes = shapes
        self.conforming = conforming
        try:
            self.checks = compile_shapes(shapes)
        except UnsupportedShape as exc:
            log.warning("updates are validated by pySHACL: %s", exc)
            self.checks = None

    def __call__(self, store: ox.Store, checks: list[Check] | None = None) -> ValidationReport:
        """Validate every graph of ``store``, merged (by ``checks`` only, when given)."""
        if self.checks is None:
            return validate(union_graph(store), self.shapes)
        return validate_store(merged_store(store), self.shapes, checks=checks or self.checks)

    def focused(
        self,
        store: ox.Store,
        focus: list,
        kind: Kind,
        schema: list[ox.Quad] | None = None,
        checks: list[Check] | None = None,
    ) -> ValidationReport:
        """Validate the ``focus`` nodes of ``store``'s default graph, reading only their part
        (by ``checks`` only, when given)."""
        sub = subgraph(store, focus, kind, schema)
        return validate_store(sub, self.shapes, checks=checks or self.checks, focus_nodes=focus)

    def checks_of(self, results: list) -> list[Check] | None:
        """The compiled checks that can give ``results`` again (None: every check)."""
        if self.checks is None:
            return None
        sources = {(r.source_shape, r.constraint) for r in results}
        return [c for c in self.checks if (c.shape, c.component) in sources] or None


def shortcut_properties(store: ox.Store) -> set[ox.NamedNode]:
    """The shortcut properties ``store`` declares (``rdfs:subPropertyOf+ hkg:shortcutRelation``)."""
    return {row["p"] for row in store.query(_SHORTCUTS)}


def derive_change(store: ox.Store, change: Change, kind: Kind | None = None) -> Derived:
    """Derive, in ``store``, what ``change`` (already applied to it) implies; say how.

    Changes ``store``: the shortcut triples and materialised types of the claims the change
    touched become what the derive rules give for them now. When the change touches the schema,
    a blank-node claim or another graph, the whole rule is run instead (``rederive_update``).
    """
    triples = change.triples()
    kind = kind or store_classifier(store)
    claims = {t.subject for t in triples if isinstance(t.subject, ox.NamedNode)}
    whole = (
        schema_change(triples, kind) is not None
        or any(isinstance(t.subject, ox.BlankNode) for t in triples)
        or any(_other_graph(q) for q in change.removed | change.added)
    )
    if not whole:
        shortcuts = shortcut_properties(store)
        _revert(store, change)
        before = derivations_for(store, claims)
        _reapply(store, change)
        after = derivations_for(store, claims)
        # A shortcut triple the update itself removed is put back if a claim still backs it.
        removed = {
            ox.Triple(q.subject, q.predicate, q.object)
            for q in change.removed
            if q.predicate in shortcuts
        }
        gone, made = update_shortcuts(store, before | after | removed)
        types_gone, types_made = update_types(store, claims)
        out = {ox.Quad(t.subject, t.predicate, t.object) for t in gone | types_gone}
        into = {ox.Quad(t.subject, t.predicate, t.object) for t in made | types_made}
        if not any(isinstance(term, ox.BlankNode) for q in out | into for term in q):
            program = ""
            if out:
                program += f"DELETE DATA {{ {_data(out)} }} ;\n"
            if into:
                program += f"INSERT DATA {{ {_data(into)} }} ;\n"
            return Derived(
                program, ground_patterns(out | into), Change(frozenset(out), frozenset(into))
            )
        # SPARQL cannot delete a particular blank node: undo and derive the whole way.
        _revert(store, Change(frozenset(out), frozenset(into)))
    before = snapshot(store, None)
    store.update(rederive_update())
    after = snapshot(store, None)
    return Derived(rederive_update() + " ;\n", None, Change(before - after, after - before))


def judge(
    store: ox.Store, change: Change, validator: ShapesValidator, kind: Kind | None = None
) -> ValidationReport:
    """Validate ``change`` (applied to ``store``, derivations included) by what it changes.

    The report holds the results the change brings in: those of the nodes it can affect that
    were not there before it. ``store`` is left as it was given.
    """
    triples = change.triples()
    kind = kind or store_classifier(store)
    if (
        validator.checks is None
        or schema_change(triples, kind) is not None
        or any(_other_graph(q) for q in change.removed | change.added)
    ):

        def check(s: ox.Store, _nodes: list, checks=None) -> ValidationReport:
            return validator(s, checks)

        focus: list = []
    else:
        focus = focus_nodes(store, triples, kind)
        schema = schema_quads(store)  # the change is not a schema change: the same before

        def check(s: ox.Store, nodes: list, checks=None) -> ValidationReport:
            return validator.focused(s, nodes, kind, schema, checks)

    after = check(store, focus)
    if after.conforms or validator.conforming:
        return after
    # Before the change, only the nodes with a result now, by the checks that gave it, need
    # looking at.
    flagged = sorted({to_oxigraph(r.focus_node) for r in after.results}, key=str)
    _revert(store, change)
    try:
        before = {
            _key(r) for r in check(store, flagged, validator.checks_of(after.results)).results
        }
    finally:
        _reapply(store, change)
    new = [r for r in after.results if _key(r) not in before]
    conforms = not any(r.severity == SH.Violation for r in new)
    return ValidationReport(
        conforms, report_graph(new, conforms), format_results(new, conforms), new
    )


def merged_store(store: ox.Store) -> ox.Store:
    """Every graph of ``store`` but the class counts, merged into one default graph."""
    merged = ox.Store()
    merged.extend(
        ox.Quad(q.subject, q.predicate, q.object)
        for q in store
        if not counts.is_counts_graph(q.graph_name)
    )
    return merged


def union_graph(store: ox.Store) -> Graph:
    """Return every triple of ``store``, from all its graphs, as one rdflib graph.

    The shapes are checked on the merge of the graphs, so nothing written into a named graph
    escapes validation; the class counts graph (:mod:`kg.build.counts`) is left out.

    >>> s = ox.Store(); s.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"),
    ...     ox.Literal("o"), ox.NamedNode("http://e/g")))
    >>> len(union_graph(s))
    1
    """
    graph = bind_prefixes(Graph(bind_namespaces="none"))
    for quad in store:
        if counts.is_counts_graph(quad.graph_name):
            continue  # written by the refresh alone, which replaces anything put there
        graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return graph


def _key(result) -> tuple:
    return (result.focus_node, result.path, result.constraint, result.source_shape, result.value)


def _other_graph(quad: ox.Quad) -> bool:
    return quad.graph_name != ox.DefaultGraph() and not counts.is_counts_graph(quad.graph_name)


def _revert(store: ox.Store, change: Change) -> None:
    for quad in change.added:
        store.remove(quad)
    store.extend(change.removed)


def _reapply(store: ox.Store, change: Change) -> None:
    for quad in change.removed:
        store.remove(quad)
    store.extend(change.added)


def _data(quads) -> str:
    return " ".join(
        f"{q.subject} {q.predicate} {q.object} ."
        if q.graph_name == ox.DefaultGraph()
        else f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}"
        for q in sorted(quads, key=str)
    )
