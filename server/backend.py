"""The store the server answers from, how queries reach it, and how it is opened."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, ParseError, StoreError
from server.description import DatasetStats, StatsCache
from server.execution import InProcessExecutor, WorkerPool
from server.result_cache import ResultCache
from server.update import Updater

#: File extensions of the RDF syntaxes ``--data`` accepts.
DATA_FORMATS: Mapping[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".ntriples": ox.RdfFormat.N_TRIPLES,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nquads": ox.RdfFormat.N_QUADS,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".n3": ox.RdfFormat.N3,
}


def load_files(paths: Iterable[str | Path], store: ox.Store | None = None) -> ox.Store:
    """Load RDF files into an in-memory store (new unless given), keeping their named graphs.

    Raises:
        InputError: a file is missing, of an unknown kind, or malformed (with file:line:column).

    >>> import tempfile, os
    >>> d = tempfile.mkdtemp(); p = os.path.join(d, "a.ttl")
    >>> _ = open(p, "w").write("<http://e/a> <http://e/p> 1 .")
    >>> len(load_files([p]))
    1
    """
    store = store if store is not None else ox.Store()
    for raw in paths:
        path = Path(raw)
        fmt = DATA_FORMATS.get(path.suffix.lower())
        if fmt is None:
            known = ", ".join(sorted(DATA_FORMATS))
            raise InputError(f"{path}: unknown RDF file extension (known: {known})")
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        try:
            store.bulk_load(path=str(path), format=fmt, base_iri=path.resolve().as_uri())
        except SyntaxError as exc:
            reason = re.sub(r"^Parser error at line \d+ column \d+: ", "", str(exc.msg))
            raise ParseError(str(path), exc.lineno, exc.offset, reason) from exc
    return store


def builtin_store(root: str | Path | None = None) -> ox.Store:
    """Build the project's own graph (validated) into an in-memory store.

    The one place where the server meets the build pipeline: the same stages as ``kg build``
    (:func:`kg.build.pipeline.build_memory`), parsed, derived and validated by the compiled
    shapes on Oxigraph, with no triple becoming a Python object.

    Raises:
        ValidationFailed: the graph does not conform to the shapes.
        KGError: the project at ``root`` (default: this checkout) cannot be loaded.
    """
    from kg.build.pipeline import build_memory
    from kg.errors import ValidationFailed
    from kg.resources import find_project

    store, report = build_memory(find_project(root))
    if not report.conforms:
        raise ValidationFailed(report)
    return store


def open_store(path: str | Path, *, writable: bool = False) -> ox.Store:
    """Open an existing on-disk store, read-only unless ``writable``.

    Raises:
        StoreError: nothing usable is at ``path``, or (``writable``) another process holds it.
    """
    path = Path(path)
    if not path.is_dir():
        raise StoreError(f"{path}: no store here (build one first)")
    try:
        return ox.Store(str(path)) if writable else ox.Store.read_only(str(path))
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store: {exc}") from exc


def memory_copy(store: ox.Store) -> ox.Store:
    """Return an in-memory store holding every quad of ``store`` (blank nodes keep their ids).

    >>> s = ox.Store(); s.add(ox.Quad(ox.BlankNode("b"), ox.NamedNode("http://e/p"), ox.Literal("1")))
    >>> list(memory_copy(s)) == list(s)
    True
    """
    copy = ox.Store()
    copy.bulk_extend(store)
    return copy


@dataclass
class Backend:
    """What the SPARQL core needs: the store, an executor for queries, and cached statistics."""

    store: ox.Store
    executor: InProcessExecutor | WorkerPool
    prefixes: dict[str, str]
    updater: Updater | None = None
    #: The dataset's statistics from counts kept beside the store, if there are any.
    kept_stats: Callable[[], DatasetStats] | None = None
    #: Answers kept for queries asked again (None: every query runs); emptied at each commit
    #: by a follower of the updater (see ``create_app``).
    results: ResultCache | None = None
    stats: StatsCache = field(init=False)

    def __post_init__(self) -> None:
        self.stats = StatsCache(self.store, self.kept_stats)

    def changed(self) -> None:
        """Forget what was computed from the store's content (after an update): the pages
        keep what they compute per state of the store under ``stats``, which is new after."""
        self.stats = StatsCache(self.store, self.kept_stats)

    @classmethod
    def in_process(cls, store: ox.Store, prefixes: Mapping[str, str]) -> Backend:
        return cls(store, InProcessExecutor(store, prefixes), dict(prefixes))

    def close(self) -> None:
        self.executor.close()
