"""How many times each property is used, held beside the store for the resource pages.

A resource page says of each property it lists how often the graph uses it ("used 1,000,000
times"). Counting that is a scan of the whole store (``GROUP BY ?p`` over every triple): about
1.4 s at 100,000 claims, and most of the first page's 19 s at a million. It was counted again
at the first page after every update. Here it is counted once, as the app starts (in the
background: :mod:`server.indexes`), over the same triples the VoID description counts (every
graph but the class counts graph), and then moved by each committed change: an update's change
is the exact set of quads it added and removed, so adding one per quad added and taking one per
quad removed keeps the counts equal to a count from scratch.

This module knows nothing of Flask.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping

import pyoxigraph as ox

from kg.build import counts

_PROPERTIES = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p"


def count(store: ox.Store) -> dict[str, int]:
    """Count the uses of each property over every graph of ``store`` but its counts graph.

    >>> store = ox.Store()
    >>> p = ox.NamedNode("http://e/p")
    >>> store.add(ox.Quad(ox.NamedNode("http://e/a"), p, ox.Literal("1")))
    >>> store.add(ox.Quad(ox.NamedNode("http://e/b"), p, ox.Literal("1"), ox.NamedNode("http://e/g")))
    >>> count(store)
    {'http://e/p': 2}
    """
    return open_count(store)().get()


def open_count(store: ox.Store):
    """Open the count's read of ``store`` as it is now; return what finishes the count into
    a :class:`PropertyUsage` (so a change committed after this call is counted only by
    :meth:`PropertyUsage.follow`)."""
    named = [g for g in store.named_graphs() if not counts.is_counts_graph(g)]
    rows = store.query(_PROPERTIES, default_graph=[ox.DefaultGraph(), *named])
    return lambda: PropertyUsage({row["p"].value: int(row["n"].value) for row in rows})


class PropertyUsage:
    """The use counts of ``store``'s properties, counted once and following each change.

    >>> store = ox.Store()
    >>> usage = PropertyUsage.count(store)
    >>> from kg.update.change import Change
    >>> q = ox.Quad(ox.NamedNode("http://e/a"), ox.NamedNode("http://e/p"), ox.Literal("1"))
    >>> store.add(q); usage.follow(Change(frozenset(), frozenset({q})))
    >>> usage.get()
    {'http://e/p': 1}
    >>> store.remove(q); usage.follow(Change(frozenset({q}), frozenset()))
    >>> usage.get()
    {}
    """

    def __init__(self, found: Mapping[str, int]):
        self._counts: Mapping[str, int] = dict(found)
        self._lock = threading.Lock()

    @classmethod
    def count(cls, store: ox.Store) -> PropertyUsage:
        return open_count(store)()

    def get(self) -> Mapping[str, int]:
        """The counts by property IRI (a property no longer used is absent)."""
        return self._counts

    def follow(self, change) -> None:
        """Move the counts by a committed :class:`kg.update.change.Change`."""
        moved: dict[str, int] = {}
        for sign, quads in ((1, change.added), (-1, change.removed)):
            for quad in quads:
                if counts.is_counts_graph(quad.graph_name):
                    continue
                key = quad.predicate.value
                moved[key] = moved.get(key, 0) + sign
        if not any(moved.values()):
            return
        with self._lock:
            # Replaced whole, so a page reading the counts meanwhile sees one state or the other.
            self._counts = moved_counts(self._counts, moved)


def moved_counts(counts: Mapping[str, int], deltas: Mapping[str, int]) -> dict[str, int]:
    """A copy of ``counts`` moved by ``deltas``, without the keys that fall to nothing.

    >>> moved_counts({"a": 2, "b": 1}, {"a": -1, "b": -1, "c": 3})
    {'a': 1, 'c': 3}
    """
    fresh = dict(counts)
    for key, delta in deltas.items():
        n = fresh.get(key, 0) + delta
        if n > 0:
            fresh[key] = n
        else:
            fresh.pop(key, None)
    return fresh
