"""An index of claims by their facet values, held beside the store, for the claims list.

Filtering and counting a million claims through SPARQL reads every claim through every filter
per facet: seconds per query, and nine queries for one page (the count, a list query sorting
every match, and one per facet). Here each facet is two arrays (claim number, value number) of
the (claim, value) pairs, so a filter is a scan of one array, a facet's counts one ``bincount``
and a page a slice: milliseconds at a million claims. Claims are numbered in IRI order, so the
list keeps the order the SPARQL list had (``ORDER BY ?claim``).

Filters: several values of one facet match a claim having any of them; filters of different
facets must all match. A facet's counts are taken under the other facets' filters, not its own,
so every value of a filtered facet stays there to be added (as a shop's search shows other
brands beside the one ticked).

The index follows updates as the label index does: the claims an update touched are read again
from the store into a small table beside the arrays (their numbers masked out of the arrays),
and once that table passes :data:`REBUILD_AFTER` claims the arrays are built again in a thread,
the claims touched meanwhile read again afterwards. A change to the claim kinds (the ontology's
subclasses of ``hkg:Claim``) builds it again in the update.

This module knows nothing of Flask.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pyoxigraph as ox

HKG = "https://w3id.org/hsct-kg/ontology#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SUBCLASS = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")
CLAIM = ox.NamedNode(HKG + "Claim")
DERIVED_FROM = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
PART_OF = ox.NamedNode("http://purl.org/dc/terms/isPartOf")
DEFAULT = ox.DefaultGraph()

#: The facets, in the order the page shows them: a claim slot's predicate, or "kind" (the claim's
#: classes under hkg:Claim) and "document" (the document its statement is part of).
SLOTS = {
    "strength": HKG + "strength",
    "direction": HKG + "direction",
    "body": HKG + "recommendedBy",
    "disease": HKG + "condition",
    "intervention": HKG + "intervention",
    "outcome": HKG + "outcome",
}
FACETS = ("kind", "strength", "direction", "body", "disease", "intervention", "outcome", "document")
#: Claim slots held too but not counted as facets: with the intervention, disease and outcome
#: they say which claims are about a thing (a disease or intervention page's cards).
HIDDEN = {
    "comparator": HKG + "comparator",
    "mechanism": HKG + "mechanism",
    "step": HKG + "step",
}
#: The slots through which a claim is about a thing.
ABOUT = ("intervention", "disease", "outcome", "comparator", "mechanism", "step")
COLUMNS = FACETS + tuple(HIDDEN)
#: Claims read again since the arrays were built, past which they are built again.
REBUILD_AFTER = 20_000
#: Scopes (the claims about one thing) whose masks are kept.
SCOPES_KEPT = 64

Values = Mapping[str, frozenset[str]]  # facet -> value IRIs of one claim


@dataclass(frozen=True)
class _Column:
    """One facet: its values, and the (claim number, value number) pairs."""

    values: tuple[str, ...]
    number: Mapping[str, int]
    claims: np.ndarray
    value: np.ndarray


@dataclass(frozen=True)
class _Built:
    iris: list[str]  # claim IRIs, sorted: a claim's number is its place
    columns: Mapping[str, _Column]
    kinds: frozenset[str]


@dataclass(frozen=True)
class _State:
    built: _Built
    alive: np.ndarray  # False for claims read again since (their values are in ``changed``)
    changed: Mapping[str, Values | None]  # None: no longer a claim
    changed_iris: tuple[str, ...]  # the claims of ``changed``, sorted


@dataclass(frozen=True)
class Selection:
    """The claims matching some filters: how many, the counts of each facet's values, and any
    window of them in IRI order."""

    total: int
    facets: Mapping[str, list[tuple[str, int]]]  # facet -> (value IRI, count), most first
    _state: _State
    _numbers: np.ndarray
    _extra: list[str]

    def window(self, start: int, size: int) -> list[str]:
        """The IRIs of the matching claims from ``start`` (0-based), at most ``size``."""
        iris = self._state.built.iris
        if not self._extra:
            return [iris[n] for n in self._numbers[start : start + size]]
        # Each changed claim's place among the arrays' matches, by its IRI.
        places = [
            int(np.searchsorted(self._numbers, bisect_left(iris, iri))) + i
            for i, iri in enumerate(self._extra)
        ]
        out: list[str] = []
        extra = 0
        position = start
        base = start - sum(1 for p in places if p < start)
        while len(out) < size and position < self.total:
            while extra < len(places) and places[extra] < position:
                extra += 1
            if extra < len(places) and places[extra] == position:
                out.append(self._extra[extra])
                extra += 1
            else:
                out.append(iris[self._numbers[base]])
                base += 1
            position += 1
        return out


class ClaimIndex:
    """The claims of a store by facet value (see the module). Build with :meth:`build`.

    >>> store = ox.Store()
    >>> store.update('''PREFIX hkg: <https://w3id.org/hsct-kg/ontology#>
    ... PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    ... INSERT DATA { hkg:EfficacyClaim rdfs:subClassOf hkg:Claim .
    ...   <http://e/c1> a hkg:Claim, hkg:EfficacyClaim ; hkg:condition <http://e/ms> .
    ...   <http://e/c2> a hkg:Claim ; hkg:condition <http://e/ms>, <http://e/ssc> . }''')
    >>> index = ClaimIndex.build(store)
    >>> chosen = index.select({"disease": {"http://e/ssc"}})
    >>> chosen.total, chosen.window(0, 10), chosen.facets["disease"]
    (1, ['http://e/c2'], [('http://e/ms', 2), ('http://e/ssc', 1)])
    """

    def __init__(self, store: ox.Store, built: _Built):
        self.store = store
        self._state = _State(built, np.ones(len(built.iris), dtype=bool), {}, ())
        self._write = threading.Lock()
        self._rebuilding: threading.Thread | None = None
        self._since: set[str] | None = None  # claims touched while rebuilding
        self._scopes: dict = {}  # (arrays, scope) -> (arrays, mask), see _inside
        self._scope_lock = threading.Lock()

    @classmethod
    def build(cls, store: ox.Store) -> ClaimIndex:
        """Read the claims of ``store`` and their facet values into arrays."""
        return cls(store, _build(store))

    def __len__(self) -> int:
        state = self._state
        return int(state.alive.sum()) + sum(1 for v in state.changed.values() if v is not None)

    @property
    def changed(self) -> Mapping[str, Values | None]:
        """The claims read again since the arrays were built (tests)."""
        return self._state.changed

    def counts(self, facet: str) -> list[tuple[str, int]]:
        """Every value of ``facet`` with the number of claims that have it, most first."""
        state = self._state
        return self._counts(state, facet, state.alive, list(state.changed_iris))

    def select(
        self,
        filters: Mapping[str, Iterable[str]],
        scope: Mapping[str, Iterable[str]] | None = None,
        *,
        counted: bool = True,
    ) -> Selection:
        """The claims having, for each facet of ``filters``, one of its values; with ``scope``,
        only those having one of its values in one of its columns (the claims about a thing:
        ``{"intervention": subclasses, "disease": subclasses, ...}``). Without ``counted`` the
        facets are not counted (a window of the claims is all that is wanted)."""
        state = self._state
        built = state.built
        wanted = {facet: frozenset(values) for facet, values in filters.items()}
        has = {facet: self._having(built, facet, values) for facet, values in wanted.items()}
        alive = state.alive
        within = {facet: frozenset(values) for facet, values in (scope or {}).items()}
        if scope is not None:
            alive = alive & self._inside(built, within)

        def in_scope(values: Values) -> bool:
            return scope is None or any(values[f] & chosen for f, chosen in within.items())

        mask = alive.copy()
        for found in has.values():
            mask &= found
        numbers = np.flatnonzero(mask)
        extra = [
            iri
            for iri in state.changed_iris
            if (values := state.changed[iri]) is not None
            and in_scope(values)
            and all(values[f] & chosen for f, chosen in wanted.items())
        ]
        facets = {}
        for facet in FACETS if counted else ():
            # Counted under the other facets' filters (see the module).
            if facet in wanted:
                others = alive.copy()
                for name, found in has.items():
                    if name != facet:
                        others &= found
                extra_here = [
                    iri
                    for iri in state.changed_iris
                    if (values := state.changed[iri]) is not None
                    and in_scope(values)
                    and all(values[f] & chosen for f, chosen in wanted.items() if f != facet)
                ]
            else:
                others, extra_here = mask, extra
            facets[facet] = self._counts(state, facet, others, extra_here)
        return Selection(len(numbers) + len(extra), facets, state, numbers, extra)

    def _inside(self, built: _Built, within: Mapping[str, frozenset[str]]) -> np.ndarray:
        """The claims of the arrays having a value of ``within`` in one of its columns; kept
        for the arrays (a page asks for the same scope several times)."""
        key = (id(built), tuple(sorted(within.items(), key=lambda item: item[0])))
        found = self._scopes.get(key)
        if found is None or found[0] is not built:
            inside = np.zeros(len(built.iris), dtype=bool)
            for facet, values in within.items():
                inside |= self._having(built, facet, values)
            found = (built, inside)
            with self._scope_lock:
                if len(self._scopes) >= SCOPES_KEPT:
                    self._scopes.pop(next(iter(self._scopes)))
                self._scopes[key] = found
        return found[1]

    @staticmethod
    def _having(built: _Built, facet: str, values: frozenset[str]) -> np.ndarray:
        column = built.columns[facet]
        found = np.zeros(len(built.iris), dtype=bool)
        numbers = [column.number[v] for v in values if v in column.number]
        if numbers:
            found[column.claims[np.isin(column.value, numbers)]] = True
        return found

    @staticmethod
    def _counts(state: _State, facet: str, mask: np.ndarray, extra: list[str]):
        column = state.built.columns[facet]
        counts = np.bincount(column.value[mask[column.claims]], minlength=len(column.values))
        out = Counter({column.values[n]: int(counts[n]) for n in np.flatnonzero(counts)})
        for iri in extra:
            values = state.changed[iri]
            if values is not None:
                out.update(values[facet])
        return sorted(out.items(), key=lambda item: (-item[1], item[0]))

    # ------------------------------------------------------------ following updates

    def follow(self, change) -> None:
        """Bring the index up to date with a committed :class:`kg.update.change.Change`."""
        touched: set[str] = set()
        kinds_changed = False
        predicates = {RDF_TYPE.value, DERIVED_FROM.value, *SLOTS.values(), *HIDDEN.values()}
        for quad in change.removed | change.added:
            if quad.graph_name != DEFAULT or not isinstance(quad.subject, ox.NamedNode):
                continue
            predicate = quad.predicate.value
            if predicate == SUBCLASS.value:
                kinds_changed = True
            elif predicate in predicates:
                touched.add(quad.subject.value)
            elif predicate == PART_OF.value:
                # The statement's claims now come from another document.
                for q in self.store.quads_for_pattern(None, DERIVED_FROM, quad.subject, DEFAULT):
                    if isinstance(q.subject, ox.NamedNode):
                        touched.add(q.subject.value)
        if kinds_changed:
            fresh = _build(self.store)
            with self._write:
                self._state = _State(fresh, np.ones(len(fresh.iris), dtype=bool), {}, ())
            return
        if touched:
            with self._write:
                self._read_again(touched)
                if self._since is not None:
                    self._since |= touched
                elif len(self._state.changed) > REBUILD_AFTER:
                    self._since = set()
                    self._rebuilding = threading.Thread(
                        target=self._rebuild, name="claim-index-rebuild", daemon=True
                    )
                    self._rebuilding.start()

    def wait(self) -> None:
        """Wait for a rebuild under way, if any (tests, benchmarks)."""
        thread = self._rebuilding
        if thread is not None:
            thread.join()

    def _read_again(self, iris: Iterable[str]) -> None:
        """Read these claims from the store into the table of changed claims (under the lock)."""
        state = self._state
        built = state.built
        alive = state.alive.copy()
        changed = dict(state.changed)
        for iri in iris:
            at = bisect_left(built.iris, iri)
            if at < len(built.iris) and built.iris[at] == iri:
                alive[at] = False
            changed[iri] = _claim_values(self.store, ox.NamedNode(iri), built.kinds)
        self._state = _State(built, alive, changed, tuple(sorted(changed)))

    def _rebuild(self) -> None:
        try:
            fresh = _build(self.store)
            with self._write:
                since, self._since = self._since or set(), None
                self._state = _State(fresh, np.ones(len(fresh.iris), dtype=bool), {}, ())
                if since:
                    self._read_again(since)
        finally:
            self._rebuilding = None


_KINDS = (
    "SELECT DISTINCT ?k { ?k <http://www.w3.org/2000/01/rdf-schema#subClassOf>+ "
    "<https://w3id.org/hsct-kg/ontology#Claim> }"
)


def _kinds(store: ox.Store) -> frozenset[str]:
    return frozenset(
        row["k"].value for row in store.query(_KINDS) if isinstance(row["k"], ox.NamedNode)
    )


def _claim_values(store: ox.Store, claim: ox.NamedNode, kinds: frozenset[str]) -> Values | None:
    """One claim's facet values, read from the store; None if it is not a claim."""
    if not any(True for _ in store.quads_for_pattern(claim, RDF_TYPE, CLAIM, DEFAULT)):
        return None

    def objects(predicate: ox.NamedNode) -> list:
        return [q.object for q in store.quads_for_pattern(claim, predicate, None, DEFAULT)]

    values = {
        "kind": frozenset(t.value for t in objects(RDF_TYPE) if t.value in kinds),
        "document": frozenset(
            q.object.value
            for statement in objects(DERIVED_FROM)
            if not isinstance(statement, ox.Literal)
            for q in store.quads_for_pattern(statement, PART_OF, None, DEFAULT)
            if isinstance(q.object, ox.NamedNode)
        ),
    }
    for facet, predicate in {**SLOTS, **HIDDEN}.items():
        values[facet] = frozenset(
            o.value for o in objects(ox.NamedNode(predicate)) if isinstance(o, ox.NamedNode)
        )
    return values


def _build(store: ox.Store) -> _Built:
    iris = sorted(
        {
            q.subject.value
            for q in store.quads_for_pattern(None, RDF_TYPE, CLAIM, DEFAULT)
            if isinstance(q.subject, ox.NamedNode)
        }
    )
    number = {iri: n for n, iri in enumerate(iris)}
    kinds = _kinds(store)
    pairs: dict[str, list[tuple[int, str]]] = {}
    pairs["kind"] = [
        (n, kind)
        for kind in sorted(kinds)
        for q in store.quads_for_pattern(None, RDF_TYPE, ox.NamedNode(kind), DEFAULT)
        if (n := number.get(q.subject.value)) is not None
    ]
    for facet, predicate in {**SLOTS, **HIDDEN}.items():
        pairs[facet] = [
            (n, q.object.value)
            for q in store.quads_for_pattern(None, ox.NamedNode(predicate), None, DEFAULT)
            if isinstance(q.object, ox.NamedNode) and (n := number.get(q.subject.value)) is not None
        ]
    statements: dict[str, list[int]] = {}
    for q in store.quads_for_pattern(None, DERIVED_FROM, None, DEFAULT):
        n = number.get(q.subject.value)
        if n is not None and not isinstance(q.object, ox.Literal):
            statements.setdefault(q.object.value, []).append(n)
    pairs["document"] = [
        (n, q.object.value)
        for q in store.quads_for_pattern(None, PART_OF, None, DEFAULT)
        if isinstance(q.object, ox.NamedNode) and q.subject.value in statements
        for n in statements[q.subject.value]
    ]
    del number, statements
    columns = {}
    for facet in COLUMNS:
        found = sorted(set(pairs[facet]))  # a triple is once in a store; a document path may not be
        values = tuple(sorted({v for _, v in found}))
        index = {v: i for i, v in enumerate(values)}
        columns[facet] = _Column(
            values,
            index,
            np.fromiter((n for n, _ in found), dtype=np.int32, count=len(found)),
            np.fromiter((index[v] for _, v in found), dtype=np.int32, count=len(found)),
        )
    return _Built(iris, columns, kinds)
