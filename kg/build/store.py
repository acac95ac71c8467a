"""Open an on-disk store, or put an rdflib graph into an in-memory one.

A build writes its on-disk store in :func:`kg.build.pipeline.build_store` (stage **store**).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import StoreError
from kg.terms import to_oxigraph

_DEFAULT_GRAPH = ox.DefaultGraph()


def memory_store(graph: Graph) -> ox.Store:
    """Return a new in-memory store holding ``graph`` in its default graph.

    >>> from rdflib import URIRef, Literal
    >>> g = Graph(); _ = g.add((URIRef("urn:s"), URIRef("urn:p"), Literal("o")))
    >>> len(memory_store(g))
    1
    """
    store = ox.Store()
    _fill(store, graph)
    return store


def open_store(path: Path, *, read_only: bool = False) -> ox.Store:
    """Open the on-disk store at ``path``.

    Raises:
        StoreError: there is no store at ``path``, or it is locked by another process.

    >>> open_store(Path("/nonexistent/store"))
    Traceback (most recent call last):
    ...
    kg.errors.StoreError: /nonexistent/store: no store here; create one with `kg build --store /nonexistent/store`
    """
    path = Path(path)
    if not (path / "CURRENT").is_file():
        raise StoreError(f"{path}: no store here; create one with `kg build --store {path}`")
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as err:
        raise StoreError(f"{path}: cannot open the store: {err}") from None


def _fill(store: ox.Store, graph: Graph) -> None:
    store.bulk_extend(
        ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), _DEFAULT_GRAPH) for s, p, o in graph
    )
