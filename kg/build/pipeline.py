"""Build a large graph without rdflib: parse, load, derive, validate and export on Oxigraph.

rdflib holds a triple in about a kilobyte of Python objects and pySHACL checks one focus node at
a time, so :func:`kg.build.pipeline.build` needs hours and tens of GiB past a few hundred thousand
claims. Here the triples never become Python objects:

- **parse**: every Turtle file is parsed by Oxigraph straight into an in-memory store
  (file:line:column errors as in :mod:`kg.build.load`, blank nodes renamed per file);
- **derive**: the derive rule (``kg/queries/derive.rq``) runs as a SPARQL update on that store;
- **validate**: the shapes, compiled to SPARQL (:mod:`kg.build.shapes`), run on the store;
- **export**: ``dist/`` is dumped from the store by Oxigraph's serialisers;
- **load**: the exported N-Triples are bulk-loaded into the new on-disk store.

Export only reads the derived graph, so it runs beside validation, on the other core; a
failed validation stops it and its output is discarded.

With ``in_memory=False`` (graphs larger than memory) the files are parsed to an N-Triples
spool, bulk-loaded into the on-disk store (**load**), and every later stage works there.

The checks read the whole graph many times; on RocksDB each read pays for key decoding and
block-cache lookups, so at 100k claims validating on disk took 40× the time it takes in
memory. Building in memory and writing the disk store from the N-Triples export costs one
more bulk load and about 0.35 KiB of memory per triple.

Only when everything succeeded are the new store and ``dist/`` swapped in, so an interrupted
or failing build leaves the previous ones usable. Each stage's wall time and peak resident
memory are recorded in :class:`StageStats`.
"""

from __future__ import annotations

import errno
import gc
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.build.counts import refresh as refresh_counts
from kg.build.derive import derived_triples, derived_types
from kg.build.export import DIST_FILES, _check_replaceable, ontology_release, serialize, write_dist
from kg.build.load import (
    _OX_POSITION,
    LoadedGraph,
    SourceIndex,
    _display,
    load_files,
    load_project,
    read_utf8,
)
from kg.build.shapes import UnsupportedShape, compile_shapes, validate_store
from kg.build.store import memory_store, open_store, write_store
from kg.build.validate import ValidationReport, load_shapes, validate
from kg.errors import KGError, ParseError, StoreError, ValidationFailed
from kg.fsutil import remove_dir, replace_dir, staging_dir
from kg.namespaces import PREFIXES, bind_prefixes
from kg.resources import Project, query_text

log = logging.getLogger(__name__)


class MemoryBudgetExceeded(KGError):
    """A stage's resident memory went over the budget set for the build."""


@dataclass
class StageStats:
    """Wall time and peak resident memory (bytes) of one stage, plus what it produced."""

    name: str
    seconds: float
    peak_rss: int
    detail: str = ""


@dataclass
class StoreBuildResult:
    """What a store build produced."""

    report: ValidationReport
    triples: int
    derived: int
    store_path: Path | None
    dist_files: list[Path] = field(default_factory=list)
    stages: list[StageStats] = field(default_factory=list)


def rss() -> int:
    """This process's resident memory now, in bytes (0 where /proc is unavailable)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


class _Sampler:
    """Run a build's stages: each one's time and peak RSS, and the memory budget.

    A thread samples the resident memory; with a budget, the first stage over it is noted and
    stops the build when that stage ends (:class:`MemoryBudgetExceeded` naming it).
    """

    def __init__(
        self,
        limit: int | None,
        on_stage: Callable[[StageStats], None] | None = None,
        interval: float = 0.2,
    ) -> None:
        self.limit = limit
        self.on_stage = on_stage
        self.interval = interval
        self.peak = 0
        self.exceeded: tuple[str, int] | None = None
        self.stage = ""
        self.stages: list[StageStats] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def sample(self) -> int:
        now = rss()
        self.peak = max(self.peak, now)
        if self.limit is not None and now > self.limit and self.exceeded is None:
            self.exceeded = (self.stage, now)
        return now

    def run(self, name: str, work: Callable[[], str], beside: _Exporter | None = None) -> None:
        """Run (or, ``beside`` validation, wait for) a stage; record its time and peak.

        A stage that ran beside validation reports its own time, and the peak of the process
        while it ran.
        """
        self.stage = name
        if beside is None:
            self.peak = self.sample()
        start = time.perf_counter()
        if beside is not None:
            beside.wait()
        detail = work()
        seconds = time.perf_counter() - start
        if beside is not None:
            seconds = beside.seconds
            detail += " (beside validate)"
        stats = StageStats(name, seconds, self.peak, detail)
        stats.peak_rss = max(stats.peak_rss, self.sample())
        self.stages.append(stats)
        if self.on_stage is not None:
            self.on_stage(stats)
        if self.exceeded is not None:
            where, used = self.exceeded
            raise MemoryBudgetExceeded(
                f"stage {where!r} used {used / 2**30:.2f} GiB of memory, over the "
                f"budget of {self.limit / 2**30:.2f} GiB; nothing was replaced"
            )


def build_store(
    project: Project,
    *,
    store_path: Path | None,
    out_dir: Path | None = None,
    files: Sequence[Path] | None = None,
    threads: int = 2,
    memory_limit: int | None = None,
    on_stage: Callable[[StageStats], None] | None = None,
    in_memory: bool = True,
) -> StoreBuildResult:
    """Build the project into an on-disk store at ``store_path`` (and ``dist/`` at ``out_dir``).

    The result is the same graph :func:`kg.build.pipeline.build` stores, validated with the same
    results. With ``in_memory`` (the default) the graph is derived, validated and exported in
    memory and the on-disk store written last; without it every stage works on the on-disk
    store (slower, for graphs larger than memory). ``memory_limit`` (bytes) is checked between stages and sampled during them; going
    over it stops the build with :class:`MemoryBudgetExceeded` naming the stage, before
    anything is swapped in.

    Raises:
        ParseError, ConfigError, ShortcutTripleError: bad input, as :func:`kg.build.load.load_files`.
        ValidationFailed: the graph does not conform (``report`` says why).
        StoreError: the store or ``dist/`` cannot be written (e.g. the disk is full).
        MemoryBudgetExceeded: a stage went over ``memory_limit``.

    >>> from kg.build.pipeline import _example_project
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     result = build_store(_example_project(), store_path=Path(tmp) / "store")
    >>> result.report.conforms, result.triples, [s.name for s in result.stages]
    (True, 5, ['parse', 'derive', 'validate', 'export', 'load'])
    """
    if store_path is None and not in_memory:
        raise ValueError("an on-disk build needs a store_path")
    if store_path is not None:
        store_path = Path(store_path)
        _check_store_target(store_path)
    if out_dir is not None:
        _check_replaceable(Path(out_dir))
    ontology_files = project.ontology_files()
    data_files = project.data_files() if files is None else list(files)
    all_files = _unique([*ontology_files, *data_files])
    # Without a store the spool goes beside dist/ (or in the temp directory).
    staging = (
        staging_dir(store_path)
        if store_path is not None
        else staging_dir(Path(out_dir))
        if out_dir is not None
        else Path(tempfile.mkdtemp(prefix="kg-build-"))
    )
    dist_staging = staging_dir(Path(out_dir)) if out_dir is not None else None
    spool = staging / "spool.nt"
    store_dir = staging / "store"
    try:
        with _Sampler(memory_limit, on_stage) as sampler:
            stage = sampler.run
            stages = sampler.stages
            counts: dict[str, int] = {}

            holder: dict[str, ox.Store] = {}

            if in_memory:

                def parse() -> str:
                    store = parse_store(all_files, project.root)
                    holder["store"] = store
                    counts["parsed"] = len(store)
                    return f"{counts['parsed']:,} triples from {len(all_files):,} files, in memory"

                stage("parse", parse)
            else:

                def parse() -> str:
                    counts["parsed"] = _parse_to_spool(all_files, spool, project.root)
                    return f"{counts['parsed']:,} triples from {len(all_files):,} files"

                stage("parse", parse)

                def load() -> str:
                    store = ox.Store(str(store_dir))
                    store.bulk_load(path=str(spool), format=ox.RdfFormat.N_TRIPLES)
                    spool.unlink()
                    _reject_shortcuts(store, all_files, project.root)
                    holder["store"] = store
                    counts["parsed"] = len(store)
                    return f"{counts['parsed']:,} triples"

                stage("load", load)
            store = holder["store"]

            # Counting is a pass over every triple (seconds at a million claims), so the
            # count after parsing and the one after deriving are the only two.
            def derive() -> str:
                counts["derived"], types = derive_store(store, counts["parsed"])
                counts["triples"] = counts["parsed"] + counts["derived"] + types
                return f"{counts['derived']:,} shortcut triples, {types:,} materialised types"

            stage("derive", derive)
            reports: dict[str, ValidationReport] = {}
            triples = counts["triples"]

            def validate() -> str:
                report = validate_built(store, project, all_files, threads=threads)
                reports["report"] = report
                return f"{len(report.results)} results"

            if not in_memory:
                stage("validate", validate)
                if not reports["report"].conforms:
                    raise ValidationFailed(reports["report"])

                def export() -> str:
                    if dist_staging is None:
                        return "no dist/"
                    _export(store, project, ontology_files, dist_staging)
                    return _dist_size(dist_staging)

                def flush() -> str:
                    refresh_counts(store)
                    store.flush()
                    return "built in place"

                stage("export", export)
                stage("flush", flush)
            else:
                # Export only reads the derived graph, so it runs beside the checks on the
                # other core (pyoxigraph releases the GIL in queries and dumps). A failed
                # validation stops it at its next file and its staging goes.
                nt = spool if dist_staging is None else dist_staging / "hsct-kg.nt"

                def export(cancelled: Callable[[], bool]) -> None:
                    if dist_staging is not None:
                        _export(store, project, ontology_files, dist_staging, cancelled)
                    elif store_path is not None:  # only the N-Triples the disk store loads
                        store.dump(nt, format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())

                exporter = _Exporter(export)
                try:
                    stage("validate", validate)
                finally:
                    if reports.get("report") is None or not reports["report"].conforms:
                        exporter.cancel()
                if not reports["report"].conforms:
                    raise ValidationFailed(reports["report"])
                stage(
                    "export",
                    lambda: _dist_size(dist_staging) if dist_staging is not None else "no dist/",
                    beside=exporter,
                )
                # The export holds every triple the disk store needs. Loaded beside the
                # in-memory graph, the bulk loader's ~2 GiB took a million-claim build to
                # 8.3 GiB; freed first, the graph's memory is reused by the loader.
                holder.clear()
                store = None
                gc.collect()

                def load() -> str:
                    if store_path is None:
                        return "no store"
                    disk = ox.Store(str(store_dir))
                    # Oxigraph wrote this file from triples it had already checked, so the
                    # IRI and literal checks of a strict parse would only cost time (~13 %).
                    disk.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES, lenient=True)
                    disk.flush()
                    if len(disk) != triples:
                        raise StoreError(
                            f"{store_path}: the written store has {len(disk):,} triples, "
                            f"not {triples:,}; nothing was replaced"
                        )
                    refresh_counts(disk)
                    disk.flush()
                    del disk
                    return f"{triples:,} triples"

                stage("load", load)
            report = reports["report"]
        # pyoxigraph has no close(): RocksDB's lock goes when the last reference does.
        holder.clear()
        store = None
        gc.collect()
        if store_path is not None:
            replace_dir(store_dir, store_path)
        dist_files: list[Path] = []
        if out_dir is not None:
            replace_dir(dist_staging, Path(out_dir))
            dist_files = [Path(out_dir) / name for name in DIST_FILES]
    except OSError as err:
        raise _storage_error(err, store_path or Path(out_dir or ".")) from None
    finally:
        remove_dir(staging)
        if dist_staging is not None:
            remove_dir(dist_staging)
    return StoreBuildResult(
        report, triples, counts.get("derived", 0), store_path, dist_files, stages
    )


def parse_store(files: list[Path], root: Path) -> ox.Store:
    """Stage **parse**: every file into a new in-memory store; hand-written shortcuts refused.

    Raises:
        ParseError: a file is not valid Turtle (file:line:column).
        ShortcutTripleError: a file states a shortcut triple itself (located by :mod:`kg.build.load`).
    """
    store = ox.Store()
    _parse_into(store, files, root)
    _reject_shortcuts(store, files, root)
    return store


def derive_store(store: ox.Store, parsed: int | None = None) -> tuple[int, int]:
    """Stage **derive**: add the shortcut triples and materialised types to ``store`` (changed
    in place); return how many of each. ``parsed``, the store's size if known, saves a count."""
    size = len(store) if parsed is None else parsed
    store.update(_derive_update())
    derived = len(store) - size
    store.update(_derive_update("derive-types"))
    return derived, len(store) - size - derived


def validate_built(
    store: ox.Store, project: Project, files: list[Path], *, threads: int = 1
) -> ValidationReport:
    """Stage **validate**: the project's shapes, compiled, on ``store``; results located in
    ``files`` when there are any."""
    shapes = load_shapes(project.shapes_files(), root=project.root)
    checks = compile_shapes(shapes)
    report = validate_store(store, shapes, threads=threads, checks=checks)
    if not report.conforms:
        # Locate the results in the files only now: indexing every subject of a million
        # claims costs more than the validation itself.
        sources = _source_index(files, project.root, report)
        report = validate_store(store, shapes, sources=sources, threads=threads, checks=checks)
    return report


def build_memory(project: Project) -> tuple[ox.Store, ValidationReport]:
    """The project's graph built in memory by the stages above: parsed, derived, validated.

    The store is returned whatever the report says; the caller decides what a failure means.

    >>> from kg.build.pipeline import _example_project
    >>> store, report = build_memory(_example_project())
    >>> report.conforms, len(store)
    (True, 5)
    """
    files = _unique([*project.ontology_files(), *project.data_files()])
    store = parse_store(files, project.root)
    derive_store(store)
    return store, validate_built(store, project, files)


def _unique(paths: list[Path]) -> list[Path]:
    seen: set[Path] = set()
    out = []
    for path in paths:
        resolved = path.resolve()
        if resolved not in seen:
            seen.add(resolved)
            out.append(path)
    return out


def _check_store_target(path: Path) -> None:
    if path.exists() and not (
        path.is_dir() and ((path / "CURRENT").is_file() or not any(path.iterdir()))
    ):
        raise StoreError(
            f"{path}: exists and is not a store; it would be replaced whole, so choose a new path"
        )


def _storage_error(err: OSError, store_path: Path) -> StoreError:
    if err.errno == errno.ENOSPC or "No space left" in str(err):
        return StoreError(
            f"{store_path.parent}: no space left on the device while building; the previous "
            "store and dist/ are unchanged. Free some space (a build needs room for the new "
            "store beside the old one) and run it again"
        )
    return StoreError(f"{store_path}: cannot write the store: {err.strerror or err}")


def _parse_to_spool(files: list[Path], spool: Path, root: Path) -> int:
    """Parse every file (pyoxigraph) into one N-Triples file; return the number of triples."""
    count = 0
    with spool.open("wb") as out:
        for path in files:
            shown = _display(path, root)
            data, _ = read_utf8(path, shown)
            triples = []
            try:
                for quad in ox.parse(data, format=ox.RdfFormat.TURTLE, rename_blank_nodes=True):
                    triples.append(quad.triple)
            except SyntaxError as err:
                reason = _OX_POSITION.sub("", err.msg or str(err))
                raise ParseError(shown, err.lineno, err.offset, reason) from None
            ox.serialize(triples, out, format=ox.RdfFormat.N_TRIPLES)
            count += len(triples)
    return count


def _parse_into(store: ox.Store, files: list[Path], root: Path) -> None:
    """Parse every file straight into ``store``: no triple becomes a Python object.

    Each load renames the file's blank nodes, as :mod:`kg.build.load` does per file; a file is one
    small transaction, so a syntax error names its own file, line and column.
    """
    for path in files:
        shown = _display(path, root)
        data, _ = read_utf8(path, shown)
        try:
            store.load(data, format=ox.RdfFormat.TURTLE)
        except SyntaxError as err:
            reason = _OX_POSITION.sub("", err.msg or str(err))
            raise ParseError(shown, err.lineno, err.offset, reason) from None


def _reject_shortcuts(store: ox.Store, files: list[Path], root: Path) -> None:
    found = store.query(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        f"PREFIX hkg: <{PREFIXES['hkg']}>\n"
        "ASK { ?p rdfs:subPropertyOf+ hkg:shortcutRelation . ?s ?p ?o }"
    )
    if found:
        # Rare and fatal: let the rdflib loader find and locate every one of them.
        load_files(files, root=root)


def _derive_update(rule: str = "derive") -> str:
    return query_text(rule).replace("CONSTRUCT", "INSERT", 1)


def _source_index(files: list[Path], root: Path, report: ValidationReport) -> SourceIndex:
    index = SourceIndex()
    wanted = {str(r.focus_node) for r in report.results}
    texts = {}
    for path in files:
        shown = _display(path, root)
        text = path.read_text(encoding="utf-8")
        texts[shown] = text
        index.add_file(shown, text, {})
    for shown, text in texts.items():
        parser = ox.parse(text.encode("utf-8"), format=ox.RdfFormat.TURTLE)
        prefixes = None
        for quad in parser:
            if prefixes is None:
                prefixes = parser.prefixes
            subject = quad.subject
            if isinstance(subject, ox.NamedNode) and subject.value in wanted:
                index.add_subject(URIRef(subject.value), shown)
        index.add_file(shown, text, dict(parser.prefixes))
    return index


def _dist_size(directory: Path) -> str:
    return f"{sum(p.stat().st_size for p in directory.iterdir()) / 2**20:,.0f} MiB"


class _Exporter:
    """Run ``work(cancelled)`` in a thread; ``wait()`` re-raises what went wrong."""

    def __init__(self, work: Callable[[Callable[[], bool]], object]) -> None:
        self._cancelled = threading.Event()
        self._error: Exception | None = None
        self.seconds = 0.0

        def run() -> None:
            start = time.perf_counter()
            try:
                work(self._cancelled.is_set)
            except Exception as err:  # noqa: BLE001 - handed over by wait()
                self._error = err
            self.seconds = time.perf_counter() - start

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._cancelled.set()
        self._thread.join()

    def wait(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error


def _export(
    store: ox.Store,
    project: Project,
    ontology_files: list[Path],
    out: Path,
    cancelled: Callable[[], bool] = lambda: False,
) -> None:
    graph = ox.DefaultGraph()
    dumps = (
        ("hsct-kg.nt", ox.RdfFormat.N_TRIPLES, {}),
        ("hsct-kg.ttl", ox.RdfFormat.TURTLE, {"prefixes": dict(PREFIXES)}),
        ("hsct-kg.jsonld", ox.RdfFormat.JSON_LD, {}),
    )
    for name, fmt, options in dumps:
        if cancelled():
            return
        store.dump(out / name, format=fmt, from_graph=graph, **options)
    ontology = load_files([], ontology_files=ontology_files, root=project.root).ontology
    release = ontology_release(ontology)
    (out / "hsct-kg.owl").write_bytes(serialize(release, "owl"))
    (out / "hsct-kg-ontology.ttl").write_bytes(serialize(release, "ttl"))


def memory_limit_bytes(text: str) -> int:
    """Parse a memory size such as ``8G``, ``512M`` or ``1073741824``.

    >>> memory_limit_bytes("8G"), memory_limit_bytes("512m"), memory_limit_bytes("100")
    (8589934592, 536870912, 100)
    """
    units = {"k": 2**10, "m": 2**20, "g": 2**30, "t": 2**40}
    text = text.strip().lower().removesuffix("ib").removesuffix("b")
    if text and text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


@dataclass
class Prepared:
    """A loaded graph and its derivation: ``graph`` is loaded + derived triples.

    ``derived`` holds the shortcut triples; ``graph`` also holds the materialised types.
    """

    loaded: LoadedGraph
    derived: Graph
    graph: Graph


@dataclass
class BuildResult:
    """What a build produced."""

    prepared: Prepared
    report: ValidationReport
    store: ox.Store | None = None
    store_path: Path | None = None
    dist_files: list[Path] = field(default_factory=list)


def prepare(project: Project, files: Sequence[Path] | None = None) -> Prepared:
    """Load the ontology with the project data (or ``files`` instead) and derive shortcuts.

    Raises:
        ParseError, ConfigError, ShortcutTripleError: see :func:`kg.build.load.load_files`.

    >>> prepared = prepare(_example_project())
    >>> len(prepared.derived), len(prepared.graph) - len(prepared.loaded.graph)
    (1, 1)
    """
    loaded = load_project(project, files)
    added = derived_triples(loaded.graph)
    graph = bind_prefixes(Graph(bind_namespaces="none"))
    for triple in loaded.graph:
        graph.add(triple)
    for triple in added:
        graph.add(triple)
    for triple in derived_types(loaded.graph):
        graph.add(triple)
    return Prepared(loaded, added, graph)


def check(project: Project, prepared: Prepared, *, reference: bool = False) -> ValidationReport:
    """Validate a prepared graph against the project's shapes.

    By the shapes compiled to SPARQL on an Oxigraph copy of the graph (:mod:`kg.build.shapes`,
    the engine of every other path), or with ``reference`` by pySHACL, which gives the same
    report (tested) and stays as the reference. Shapes the compiler cannot express are
    validated by pySHACL, with a warning.

    >>> project = _example_project()
    >>> check(project, prepare(project)).conforms, check(project, prepare(project), reference=True).conforms
    (True, True)
    """
    shapes = load_shapes(project.shapes_files(), root=project.root)
    if not reference:
        try:
            checks = compile_shapes(shapes)
        except UnsupportedShape as exc:
            log.warning("validating with pySHACL: %s", exc)
        else:
            store = memory_store(prepared.graph)
            return validate_store(store, shapes, sources=prepared.loaded.sources, checks=checks)
    return validate(
        prepared.graph, shapes, ontology=prepared.loaded.ontology, sources=prepared.loaded.sources
    )


def build(
    project: Project,
    *,
    store_path: Path | None = None,
    out_dir: Path | None = None,
) -> BuildResult:
    """Load, derive and validate the project graph; then store it and export ``dist/``.

    Without ``store_path`` the store is built in memory and returned; with it, an on-disk
    store is written there (and not held open). Without ``out_dir`` nothing is exported.
    Nothing is written unless the graph conforms.

    Raises:
        ValidationFailed: the graph does not conform (its ``report`` says why).
        KGError: any input problem found on the way (parse errors, missing files, ...).

    >>> result = build(_example_project())
    >>> result.report.conforms, len(result.store), result.dist_files
    (True, 5, [])
    """
    prepared = prepare(project)
    report = check(project, prepared)
    if not report.conforms:
        raise ValidationFailed(report)
    result = BuildResult(prepared, report)
    if store_path is None:
        result.store = memory_store(prepared.graph)
    else:
        result.store_path = write_store(prepared.graph, store_path)
    if out_dir is not None:
        result.dist_files = write_dist(prepared.graph, prepared.loaded.ontology, out_dir)
    return result


# Above this much data (~150k triples of Turtle) Oxigraph builds faster than rdflib + pySHACL;
# below it both take seconds and rdflib's messages locate every result in its file.
ENGINE_THRESHOLD_BYTES = 10 * 2**20


def choose_engine(project: Project, files: Sequence[Path] | None = None) -> str:
    """``"oxigraph"`` when the data files are larger than ``ENGINE_THRESHOLD_BYTES``, else ``"rdflib"``.

    >>> choose_engine(_example_project())
    'rdflib'
    """
    data = project.data_files() if files is None else files
    size = sum(path.stat().st_size for path in data)
    return "oxigraph" if size > ENGINE_THRESHOLD_BYTES else "rdflib"


def query_store(project: Project, store_path: Path | None = None) -> ox.Store:
    """Open ``store_path`` read-only, or load and derive the project graph into memory.

    The in-memory graph is not validated: querying an invalid graph helps find what is wrong.

    >>> len(query_store(_example_project()))
    5
    """
    if store_path is not None:
        return open_store(store_path, read_only=True)
    return memory_store(prepare(project).graph)


def _example_project() -> Project:
    """A throwaway project with one claim, for the examples above."""
    import atexit
    import shutil
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="kg-example-"))
    atexit.register(shutil.rmtree, root, True)
    for name in ("ontology", "data", "shapes"):
        (root / name).mkdir()
    (root / "ontology" / "o.ttl").write_text(
        "@prefix hkg: <https://w3id.org/hsct-kg/ontology#> .\n"
        "hkg:improves hkg:objectSlot hkg:outcome .\n",
        encoding="utf-8",
    )
    (root / "data" / "d.ttl").write_text(
        "@prefix hkg: <https://w3id.org/hsct-kg/ontology#> .\n"
        "<urn:c> hkg:intervention <urn:i> ; hkg:predicate hkg:improves ; hkg:outcome <urn:o> .\n",
        encoding="utf-8",
    )
    return Project(root)
