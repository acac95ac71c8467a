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
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.build.counts import refresh as refresh_counts
from kg.build.derive import derive_store, derived_triples, derived_types
from kg.build.export import DIST_FILES, check_replaceable, store_graph, write_files
from kg.build.load import LoadedGraph, load_files, load_project
from kg.build.parse import (
    locate_subjects,
    parse_store,
    parse_to_spool,
    reject_shortcuts,
    unique_files,
)
from kg.build.shapes import UnsupportedShape, compile_shapes, validate_store
from kg.build.stages import Beside, StageRunner, StageStats
from kg.build.store import memory_store, open_store
from kg.build.validate import ValidationReport, load_shapes, validate
from kg.errors import StoreError, ValidationFailed
from kg.fsutil import remove_dir, replace_dir, staging_dir
from kg.namespaces import bind_prefixes
from kg.resources import Project

log = logging.getLogger(__name__)


@dataclass
class StoreBuildResult:
    """What a store build produced."""

    report: ValidationReport
    triples: int
    derived: int
    store_path: Path | None
    dist_files: list[Path] = field(default_factory=list)
    stages: list[StageStats] = field(default_factory=list)


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

    With ``in_memory`` (the default) the graph is derived, validated and exported in
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
        check_replaceable(Path(out_dir))
    all_files = _inputs(project, files)
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
        with StageRunner(memory_limit, on_stage) as sampler:
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
                    counts["parsed"] = parse_to_spool(all_files, spool, project.root)
                    return f"{counts['parsed']:,} triples from {len(all_files):,} files"

                stage("parse", parse)

                def load() -> str:
                    store = ox.Store(str(store_dir))
                    store.bulk_load(path=str(spool), format=ox.RdfFormat.N_TRIPLES)
                    spool.unlink()
                    reject_shortcuts(store, all_files, project.root)
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
                    write_files(store, _ontology(project), dist_staging)
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
                        write_files(store, _ontology(project), dist_staging, cancelled)
                    elif store_path is not None:  # only the N-Triples the disk store loads
                        store.dump(nt, format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())

                exporter = Beside(export)
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


def validate_built(
    store: ox.Store, project: Project, files: list[Path], *, threads: int = 1
) -> ValidationReport:
    """Stage **validate**: the project's shapes, compiled, on ``store``; results located in
    ``files`` when there are any.

    Shapes the compiler cannot express are refused by it (never skipped): the graph is then
    validated by pySHACL, the reference engine, with a warning naming the shape.
    """
    shapes = load_shapes(project.shapes_files(), root=project.root)
    try:
        checks = compile_shapes(shapes)
    except UnsupportedShape as exc:
        log.warning("validating with pySHACL: %s", exc)
        report = validate(store_graph(store), shapes)
        if not report.conforms:
            report = validate(
                store_graph(store), shapes, sources=locate_subjects(files, project.root, report)
            )
        return report
    report = validate_store(store, shapes, threads=threads, checks=checks)
    if not report.conforms:
        # Locate the results in the files only now: indexing every subject of a million
        # claims costs more than the validation itself.
        sources = locate_subjects(files, project.root, report)
        report = validate_store(store, shapes, sources=sources, threads=threads, checks=checks)
    return report


def derived_store(project: Project, files: Sequence[Path] | None = None) -> ox.Store:
    """The project's graph (the ontology with ``files``, default all of ``data/``) parsed and
    derived in memory, not validated.

    >>> len(derived_store(_example_project()))
    5
    """
    store = parse_store(_inputs(project, files), project.root)
    derive_store(store)
    return store


def build_memory(
    project: Project, files: Sequence[Path] | None = None
) -> tuple[ox.Store, ValidationReport]:
    """The project's graph built in memory by the stages above: parsed, derived, validated.

    The store is returned whatever the report says; the caller decides what a failure means.

    >>> store, report = build_memory(_example_project())
    >>> report.conforms, len(store)
    (True, 5)
    """
    store = derived_store(project, files)
    return store, validate_built(store, project, _inputs(project, files))


def validate_project(
    project: Project, files: Sequence[Path] | None = None, *, reference: bool = False
) -> ValidationReport:
    """Validate the project's graph (the ontology with ``files``, default all of ``data/``).

    By the compiled shapes, as every build and update is; with ``reference``, by pySHACL on
    rdflib's reading of the same files, which gives the same report (tested).

    >>> project = _example_project()
    >>> validate_project(project).conforms, validate_project(project, reference=True).conforms
    (True, True)
    """
    if reference:
        return check(project, prepare(project, files), reference=True)
    return build_memory(project, files)[1]


def query_store(project: Project, store_path: Path | None = None) -> ox.Store:
    """Open ``store_path`` read-only, or load and derive the project graph into memory.

    The in-memory graph is not validated: querying an invalid graph helps find what is wrong.

    >>> len(query_store(_example_project()))
    5
    """
    if store_path is not None:
        return open_store(store_path, read_only=True)
    return derived_store(project)


@dataclass
class Prepared:
    """rdflib's reading of the project and its derivation: ``graph`` is loaded + derived triples.

    The reference path: pySHACL validates rdflib graphs, and tests read the graph as one.

    ``derived`` holds the shortcut triples; ``graph`` also holds the materialised types.
    """

    loaded: LoadedGraph
    derived: Graph
    graph: Graph


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


def _inputs(project: Project, files: Sequence[Path] | None) -> list[Path]:
    data = project.data_files() if files is None else list(files)
    return unique_files([*project.ontology_files(), *data])


def _ontology(project: Project) -> Graph:
    return load_files([], ontology_files=project.ontology_files(), root=project.root).ontology


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


def _dist_size(directory: Path) -> str:
    return f"{sum(p.stat().st_size for p in directory.iterdir()) / 2**20:,.0f} MiB"


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
