"""Put a graph into a pyoxigraph store: in memory, or on disk built aside and swapped in."""

from __future__ import annotations

import gc
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.build import counts
from kg.errors import StoreError
from kg.fsutil import remove_dir, replace_dir, staging_dir
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


def write_store(graph: Graph, path: Path) -> Path:
    """Build an on-disk store of ``graph`` at ``path``, replacing any store already there.

    The store also holds the graph's class counts (:mod:`kg.build.counts`). It is built in a
    temporary directory beside ``path`` and swapped in only when complete, so a failed build
    leaves the previous store intact. Nothing may hold ``path`` open while it is replaced (a
    running server must be restarted to see the new store).

    Raises:
        StoreError: ``path`` exists but is neither a store nor empty, or cannot be written.

    >>> import tempfile
    >>> from rdflib import URIRef, Literal
    >>> from kg.build.counts import data_quads
    >>> g = Graph(); _ = g.add((URIRef("urn:s"), URIRef("urn:p"), Literal("o")))
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = write_store(g, Path(tmp) / "store")
    ...     data_quads(open_store(Path(tmp) / "store", read_only=True))
    1
    """
    path = Path(path)
    if path.exists() and not (
        path.is_dir() and ((path / "CURRENT").is_file() or not any(path.iterdir()))
    ):
        raise StoreError(
            f"{path}: exists and is not a store; it would be replaced whole, so choose a new path"
        )
    staging = staging_dir(path)
    try:
        store = ox.Store(str(staging))
        _fill(store, graph)
        counts.refresh(store)
        store.flush()
        store.optimize()
        # pyoxigraph has no close(): the RocksDB lock is released when the object is freed.
        del store
        gc.collect()
        replace_dir(staging, path)
    except OSError as err:
        raise StoreError(f"{path}: cannot write the store: {err}") from None
    finally:
        remove_dir(staging)
    return path


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
