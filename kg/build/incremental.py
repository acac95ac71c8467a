"""Incremental ``kg build --engine oxigraph --store PATH``: rebuild only what changed files touch.

A full build (:func:`kg.build.pipeline.build_store`) parses every file, derives, validates the
whole graph and writes a fresh store. Here a **build cache** kept beside the store
(``PATH.kg-cache/``, never inside the RocksDB directory) remembers what the store was built
from, so the next build after an edit under ``data/`` only:

1. **parse**: parses the added and edited files (errors as in a full build);
2. **delta**: compares them with their previous versions (kept compressed in the cache) and
   keeps as *removed* only triples no file states any more (the cache's subject index names
   the other files stating triples about a subject) and as *added* those not yet stored;
3. **apply**: applies the delta to a checkpoint of the store (RocksDB hard-links its files,
   so the copy costs milliseconds) and updates the shortcut triples it affects: the derive
   rule (``kg/queries/derive.rq``) is evaluated for the changed subjects before and after,
   and each candidate shortcut triple is kept or added iff some claim still backs it;
4. **validate**: validates the focus nodes the change can affect (see :func:`kg.build.focus.focus_nodes`)
   with :func:`kg.build.shapes.validate_store` on an in-memory store holding the part of the
   new graph those nodes' checks read (see :func:`kg.build.focus.subgraph`);
5. **export**: patches ``dist/hsct-kg.nt`` and re-dumps the Turtle and JSON-LD from it
   (see :func:`_export_from`);
6. **commit**: swaps the checkpoint in for the store and the new ``dist/`` in, then records
   the new state in the cache.

A failing parse or validation changes nothing (store, ``dist/``, cache). Anything the
incremental path cannot reason about falls back to a full build, which rewrites the cache:
changes under ``ontology/`` or ``shapes/``, a missing or stale cache, a store or ``dist/``
changed since the cache was written, an edit to a file whose previous version had blank
nodes (their labels in the store are unknown), or an edit to schema triples (class or
property declarations, ``rdfs:subClassOf``, ``rdfs:subPropertyOf``, ``hkg:objectSlot``)
inside ``data/``, which every node of the graph may depend on.

The cache is one SQLite database. After a full build it is written in a staging directory
and renamed into place; it is deleted before a full build starts, and marked dirty before an
incremental build swaps the store in, so an interrupted build never leaves a cache that
disagrees with the store: without a clean cache the next build is a full one.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import shutil
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from kg.build.counts import data_quads
from kg.build.counts import refresh as refresh_counts
from kg.build.derive import derivations_for, update_shortcuts, update_types
from kg.build.export import DIST_FILES, READABLE_LIMIT, write_data
from kg.build.focus import classifier, focus_nodes, schema_change, subgraph
from kg.build.load import _OX_POSITION, _display, load_files, read_utf8
from kg.build.parse import locate_subjects
from kg.build.pipeline import StoreBuildResult, build_store
from kg.build.shapes import compile_shapes, report_graph, validate_store
from kg.build.stages import StageRunner, StageStats
from kg.build.validate import ValidationReport, format_results, load_shapes
from kg.errors import ParseError, ValidationFailed
from kg.fsutil import remove_dir, replace_dir, staging_dir
from kg.namespaces import PREFIXES
from kg.resources import Project, query_text

CACHE_VERSION = "1"
CACHE_SUFFIX = ".kg-cache"
DATABASE = "cache.sqlite"

_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_HKG = PREFIXES["hkg"]
_BNODES_NONE, _BNODES_OPAQUE = 0, 2


def cache_path(store_path: Path) -> Path:
    """The build cache of the store at ``store_path``: a sibling directory.

    >>> cache_path(Path("/x/store")).as_posix()
    '/x/store.kg-cache'
    """
    store_path = Path(store_path)
    return store_path.with_name(store_path.name + CACHE_SUFFIX)


@dataclass
class BuildOutcome(StoreBuildResult):
    """What ``kg build`` did: a full or an incremental build, and why."""

    mode: str = "full"  # "full", "incremental" or "unchanged"
    reason: str = ""
    parsed: list[str] = field(default_factory=list)


class _NeedsFullBuild(Exception):
    """The change is outside what the incremental path handles; the message says why."""


# ---------------------------------------------------------------------------- entry point


def build(
    project: Project,
    *,
    store_path: Path | None,
    out_dir: Path,
    full: bool = False,
    threads: int = 2,
    memory_limit: int | None = None,
    on_stage: Callable[[StageStats], None] | None = None,
) -> BuildOutcome:
    """Build incrementally when the cache allows it, else fully (and write the cache).

    Raises what :func:`kg.build.pipeline.build_store` raises, with the same messages.
    """
    out_dir = Path(out_dir)
    if store_path is None:
        result = build_store(
            project,
            store_path=None,
            out_dir=out_dir,
            threads=threads,
            memory_limit=memory_limit,
            on_stage=on_stage,
        )
        return _outcome("full", "no --store, so no build cache", result)
    store_path = Path(store_path)
    reason = "--full" if full else None
    if reason is None:
        try:
            plan = _plan(project, store_path, out_dir)
        except _NeedsFullBuild as why:
            reason = str(why)
        else:
            try:
                return _incremental(
                    project, store_path, out_dir, plan, threads, memory_limit, on_stage
                )
            except _NeedsFullBuild as why:
                reason = str(why)
    return full_build(
        project,
        store_path=store_path,
        out_dir=out_dir,
        threads=threads,
        memory_limit=memory_limit,
        on_stage=on_stage,
        reason=reason or "",
    )


def invalidate(store_path: Path) -> None:
    """Delete the build cache of ``store_path`` (before anything else rewrites the store)."""
    cache = cache_path(store_path)
    if cache.exists():
        aside = staging_dir(cache)
        os.replace(cache, aside / "old")
        remove_dir(aside)


def _outcome(mode: str, reason: str, result: StoreBuildResult, parsed=()) -> BuildOutcome:
    return BuildOutcome(
        result.report,
        result.triples,
        result.derived,
        result.store_path,
        result.dist_files,
        result.stages,
        mode=mode,
        reason=reason,
        parsed=list(parsed),
    )


# ---------------------------------------------------------------------------- full build


def full_build(
    project: Project,
    *,
    store_path: Path,
    out_dir: Path,
    threads: int = 2,
    memory_limit: int | None = None,
    on_stage: Callable[[StageStats], None] | None = None,
    reason: str = "",
) -> BuildOutcome:
    """A full :func:`build_store`, then the cache for the next incremental build.

    The cache is written by a second process while the build runs (reading, hashing,
    compressing and indexing the files costs ~10 s of CPU at 100k claims), into a staging
    directory renamed into place only after the build succeeded and the files turned out
    unchanged during it.
    """
    invalidate(store_path)
    cache = cache_path(store_path)
    files = _input_files(project)
    before = {rel: _sha256(path) for rel, (path, _) in files.items()}
    staging = staging_dir(cache)
    context = get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    writer = context.Process(
        target=_cache_writer,
        args=(str(staging / DATABASE), {rel: (str(p), k) for rel, (p, k) in files.items()}, send),
        daemon=True,
    )
    writer.start()
    send.close()
    try:
        result = build_store(
            project,
            store_path=store_path,
            out_dir=out_dir,
            threads=threads,
            memory_limit=memory_limit,
            on_stage=on_stage,
        )
        start = time.perf_counter()
        try:
            hashes = receive.recv()
        except EOFError:
            hashes = None
        writer.join()
        after = {rel: _sha256(path) for rel, (path, _) in files.items()}
        if hashes == before == after and set(_input_files(project)) == set(files):
            _finish_cache(
                staging / DATABASE, project, store_path, out_dir, result.triples, result.derived
            )
            os.replace(staging, cache)
            detail = f"{len(files):,} files indexed in {cache.name}/"
        else:
            detail = "files changed during the build (or indexing failed): no cache written"
        stats = StageStats("cache", time.perf_counter() - start, 0, detail)
        result.stages.append(stats)
        if on_stage is not None:
            on_stage(stats)
    finally:
        if writer.is_alive():
            writer.kill()
        writer.join()
        receive.close()
        remove_dir(staging)
    return _outcome("full", reason, result)


def _input_files(project: Project) -> dict[str, tuple[Path, str]]:
    """Every input file by its path relative to the project, with its kind."""
    out: dict[str, tuple[Path, str]] = {}
    for kind, paths in (
        ("ontology", project.ontology_files()),
        ("shapes", project.shapes_files()),
        ("data", project.data_files()),
    ):
        for path in paths:
            rel = _display(path, project.root)
            entity = kind == "data" and rel.startswith("data/entities/")
            out.setdefault(rel, (path, "entities" if entity else kind))
    return out


def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


_SCHEMA_SQL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, kind TEXT NOT NULL,
                    sha256 TEXT NOT NULL, bnodes INTEGER NOT NULL, body BLOB);
CREATE TABLE subjects (subject TEXT NOT NULL, file INTEGER NOT NULL);
"""


def _cache_writer(database: str, files: dict[str, tuple[str, str]], send) -> None:
    """(The child process of a full build.) Write the cache's files and subjects."""
    try:
        send.send(_write_cache_files(database, files))
    except Exception:  # noqa: BLE001 - the parent then writes no cache
        send.send(None)
    finally:
        send.close()


def _write_cache_files(database: str, files: dict[str, tuple[str, str]]) -> dict[str, str]:
    """(In a child process.) Hash every file, keep data files compressed, index subjects."""
    db = sqlite3.connect(database)
    db.executescript(_SCHEMA_SQL)
    hashes = {}
    with db:
        for rel, (path, kind) in sorted(files.items()):
            data = Path(path).read_bytes()
            hashes[rel] = hashlib.sha256(data).hexdigest()
            subjects: set[str] = set()
            bnodes = _BNODES_NONE
            if kind != "shapes":
                for quad in ox.parse(data, format=ox.RdfFormat.TURTLE):
                    subject = quad.subject
                    if isinstance(subject, ox.NamedNode):
                        subjects.add(subject.value)
                    elif bnodes == _BNODES_NONE:
                        bnodes = _BNODES_OPAQUE
                    if bnodes == _BNODES_NONE and isinstance(quad.object, ox.BlankNode):
                        bnodes = _BNODES_OPAQUE
            body = zlib.compress(data, 1) if kind in ("data", "entities") else None
            cursor = db.execute(
                "INSERT INTO files (path, kind, sha256, bnodes, body) VALUES (?, ?, ?, ?, ?)",
                (rel, kind, hashes[rel], bnodes, body),
            )
            db.executemany(
                "INSERT INTO subjects VALUES (?, ?)", ((s, cursor.lastrowid) for s in subjects)
            )
        db.execute("CREATE INDEX subjects_by_subject ON subjects (subject)")
        db.execute("CREATE INDEX subjects_by_file ON subjects (file)")
    db.close()
    return hashes


def _finish_cache(
    database: Path, project: Project, store_path: Path, out_dir: Path, triples: int, derived: int
) -> None:
    db = sqlite3.connect(database)
    with db:
        _set_meta(
            db,
            {
                "version": CACHE_VERSION,
                "root": str(project.root.resolve()),
                "out": str(out_dir.resolve()),
                "derive": _rules_digest(),
                "store": _fingerprint(store_path),
                "dist": _fingerprint(out_dir),
                "triples": str(triples),
                "derived": str(derived),
                "state": "clean",
            },
        )
    db.close()


def _set_meta(db: sqlite3.Connection, values: dict[str, str]) -> None:
    db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", values.items())


def _fingerprint(directory: Path) -> str:
    """Names, sizes and modification times of a directory's files (RocksDB or dist/).

    Opening the store read-only (``kg serve --store``) leaves it alone; any write changes it.
    """
    if not directory.is_dir():
        return ""
    entries = []
    for path in sorted(directory.iterdir()):
        if path.is_file():
            stat = path.stat()
            entries.append([path.name, stat.st_size, stat.st_mtime_ns])
    return json.dumps(entries)


# ---------------------------------------------------------------------------- planning


@dataclass
class _Plan:
    db: sqlite3.Connection
    files: dict[str, tuple[Path, str]]  # the current input files
    changed: list[str]  # added or edited data files, in build order
    removed: list[str]
    meta: dict[str, str]


def _plan(project: Project, store_path: Path, out_dir: Path) -> _Plan:
    cache = cache_path(store_path)
    if not (cache / DATABASE).is_file():
        raise _NeedsFullBuild("no build cache")
    if not (store_path / "CURRENT").is_file():
        raise _NeedsFullBuild("no store yet")
    db = sqlite3.connect(cache / DATABASE)
    try:
        meta = dict(db.execute("SELECT key, value FROM meta"))
        cached = {
            path: (kind, sha, bnodes)
            for path, kind, sha, bnodes in db.execute(
                "SELECT path, kind, sha256, bnodes FROM files"
            )
        }
    except sqlite3.DatabaseError:
        db.close()
        raise _NeedsFullBuild("unreadable build cache") from None
    try:
        checks = [
            (meta.get("version") == CACHE_VERSION, "build cache of another version"),
            (meta.get("state") == "clean", "the last build was interrupted"),
            (meta.get("root") == str(project.root.resolve()), "cache of another project"),
            (meta.get("out") == str(out_dir.resolve()), "another output directory"),
            (
                meta.get("derive") == _rules_digest(),
                "the derive rules changed",
            ),
            (meta.get("store") == _fingerprint(store_path), "the store changed since"),
            (meta.get("dist") == _fingerprint(out_dir), f"{out_dir.name}/ changed since"),
        ]
        for ok, why in checks:
            if not ok:
                raise _NeedsFullBuild(why)
        files = _input_files(project)
        for rel, (path, kind) in files.items():
            if kind in ("ontology", "shapes") and (
                rel not in cached or cached[rel][1] != _sha256(path)
            ):
                raise _NeedsFullBuild(f"{rel} changed")
        for rel, (kind, _, _) in cached.items():
            if kind in ("ontology", "shapes") and rel not in files:
                raise _NeedsFullBuild(f"{rel} was removed")
        changed, removed = [], []
        for rel, (path, kind) in files.items():
            if kind in ("data", "entities"):
                old = cached.get(rel)
                if old is None or old[1] != _sha256(path):
                    if old is not None and old[2] != _BNODES_NONE:
                        raise _NeedsFullBuild(f"{rel} had blank nodes")
                    changed.append(rel)
        for rel, (kind, _, bnodes) in cached.items():
            if kind in ("data", "entities") and rel not in files:
                if bnodes != _BNODES_NONE:
                    raise _NeedsFullBuild(f"{rel} had blank nodes")
                removed.append(rel)
    except BaseException:
        db.close()
        raise
    return _Plan(db, files, changed, removed, meta)


# ---------------------------------------------------------------------------- incremental


def _incremental(
    project: Project,
    store_path: Path,
    out_dir: Path,
    plan: _Plan,
    threads: int,
    memory_limit: int | None,
    on_stage: Callable[[StageStats], None] | None,
) -> BuildOutcome:
    db = plan.db
    cache = cache_path(store_path)
    triples, derived = int(plan.meta["triples"]), int(plan.meta["derived"])
    if not plan.changed and not plan.removed:
        db.close()
        stats = StageStats("unchanged", 0.0, 0, "no file changed since the last build")
        if on_stage is not None:
            on_stage(stats)
        report = ValidationReport(True, report_graph([], True), format_results([], True), [])
        return BuildOutcome(
            report,
            triples,
            derived,
            store_path,
            [out_dir / name for name in DIST_FILES],
            [stats],
            mode="unchanged",
            reason="no file changed",
        )
    staging = staging_dir(store_path)
    dist_staging = staging_dir(out_dir)
    copy_dir = staging / "store"
    holder: dict[str, ox.Store] = {}
    try:
        with StageRunner(memory_limit, on_stage) as sampler:
            stage = sampler.run
            stages = sampler.stages

            new: dict[str, set[ox.Triple]] = {}
            read: dict[str, bytes] = {}

            def parse() -> str:
                for rel in plan.changed:
                    read[rel], new[rel] = _parse_file(plan.files[rel][0], project.root)
                count = sum(len(t) for t in new.values())
                names = ", ".join(plan.changed) or "none"
                return (
                    f"{count:,} triples from {len(plan.changed):,} changed files "
                    f"({names}); {len(plan.removed):,} removed"
                )

            stage("parse", parse)
            delta: dict[str, set[ox.Triple]] = {}

            def compute_delta() -> str:
                removed, added = _delta(db, plan, new, project.root)
                delta["removed"], delta["added"] = removed, added
                return f"-{len(removed):,} +{len(added):,} stated triples"

            stage("delta", compute_delta)
            removed, added = delta["removed"], delta["added"]
            _refuse_schema_changes(db, removed | added)

            def apply() -> str:
                source = ox.Store.read_only(str(store_path))
                source.backup(str(copy_dir))
                del source
                store = ox.Store(str(copy_dir))
                holder["store"] = store
                _reject_shortcuts(store, added, project, plan.files)
                claims = {t.subject for t in removed | added if isinstance(t.subject, ox.NamedNode)}
                before = derivations_for(store, claims)
                for triple in removed:
                    store.remove(ox.Quad(triple.subject, triple.predicate, triple.object))
                store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in added)
                after = derivations_for(store, claims)
                gone, made = update_shortcuts(store, before | after)
                types_gone, types_made = update_types(store, claims)
                refresh_counts(store)
                delta["gone"], delta["made"] = gone, made
                delta["types_gone"], delta["types_made"] = types_gone, types_made
                return (
                    f"-{len(removed) + len(gone):,} +{len(added) + len(made):,} triples "
                    f"(shortcuts -{len(gone):,} +{len(made):,}) on a checkpoint of the store"
                )

            stage("apply", apply)
            store = holder["store"]
            gone, made = delta["gone"], delta["made"]
            derived += len(made) - len(gone)
            triples = data_quads(store)
            reports: dict[str, ValidationReport] = {}

            def validate() -> str:
                ontology, entities = _terms(db)
                kind = classifier(ontology, entities)
                focus = focus_nodes(store, removed | added, kind)
                sub = subgraph(store, focus, kind)
                shapes = load_shapes(project.shapes_files(), root=project.root)
                checks = compile_shapes(shapes)
                report = validate_store(
                    sub, shapes, threads=threads, checks=checks, focus_nodes=focus
                )
                if not report.conforms:
                    sources = locate_subjects(
                        _files_stating(db, plan, new, report), project.root, report
                    )
                    report = validate_store(
                        sub,
                        shapes,
                        sources=sources,
                        threads=threads,
                        checks=checks,
                        focus_nodes=focus,
                    )
                reports["report"] = report
                return (
                    f"{len(report.results)} results on {len(focus):,} focus nodes "
                    f"({len(sub):,} triples read)"
                )

            stage("validate", validate)
            report = reports["report"]
            if not report.conforms:
                raise ValidationFailed(report)

            def export() -> str:
                how = _export_from(
                    store,
                    out_dir,
                    dist_staging,
                    removed | gone | delta["types_gone"],
                    added | made | delta["types_made"],
                )
                size = sum(p.stat().st_size for p in dist_staging.iterdir())
                return f"{size / 2**20:,.0f} MiB: {how}"

            stage("export", export)
            # Into SST files: a read-only open (the next build's checkpoint, `kg serve
            # --store`) does not replay RocksDB's write-ahead log.
            store.flush()
            holder.clear()
            store = None
            gc.collect()

            def commit() -> str:
                with db:
                    _set_meta(db, {"state": "dirty"})
                replace_dir(copy_dir, store_path)
                replace_dir(dist_staging, out_dir)
                return "store and dist/ swapped in"

            stage("commit", commit)

            def record() -> str:
                _record(db, plan, new, read, store_path, out_dir, triples, derived)
                return f"{len(plan.changed) + len(plan.removed):,} files updated in {cache.name}"

            stage("cache", record)
    finally:
        holder.clear()
        gc.collect()
        db.close()
        remove_dir(staging)
        remove_dir(dist_staging)
    return BuildOutcome(
        report,
        triples,
        derived,
        store_path,
        [out_dir / name for name in DIST_FILES],
        stages,
        mode="incremental",
        reason=f"{len(plan.changed)} changed, {len(plan.removed)} removed data files",
        parsed=list(plan.changed),
    )


def _parse_file(path: Path, root: Path) -> tuple[bytes, set[ox.Triple]]:
    """The bytes and triples of one file, or the same ParseError a full build reports."""
    shown = _display(path, root)
    data, _ = read_utf8(path, shown)
    return data, _parse_bytes(data, shown)


def _parse_bytes(data: bytes, shown: str) -> set[ox.Triple]:
    try:
        return {q.triple for q in ox.parse(data, format=ox.RdfFormat.TURTLE)}
    except SyntaxError as err:
        reason = _OX_POSITION.sub("", err.msg or str(err))
        raise ParseError(shown, err.lineno, err.offset, reason) from None


def _old_triples(db: sqlite3.Connection, rel: str) -> set[ox.Triple]:
    row = db.execute("SELECT body FROM files WHERE path = ?", (rel,)).fetchone()
    return _parse_bytes(zlib.decompress(row[0]), rel) if row is not None else set()


def _delta(
    db: sqlite3.Connection, plan: _Plan, new: dict[str, set[ox.Triple]], root: Path
) -> tuple[set[ox.Triple], set[ox.Triple]]:
    """Triples no file states any more, and triples stated now that no file stated before."""
    touched = [*plan.changed, *plan.removed]
    before: set[ox.Triple] = set()
    for rel in touched:
        before |= _old_triples(db, rel)
    after: set[ox.Triple] = set().union(*new.values()) if new else set()
    removed, added = before - after, after - before
    # Files that did not change state the same triples as before: a triple one of them
    # states was and stays in the store. Only files stating something about the same
    # subject can (the cache's subject index names them); they are read as they are now.
    subjects = {t.subject.value for t in removed | added if isinstance(t.subject, ox.NamedNode)}
    for rel in sorted(_files_with_subjects(db, subjects) - set(touched)):
        unchanged = _parse_file(plan.files[rel][0], root)[1]
        removed -= unchanged
        added -= unchanged
    return removed, added


def _files_with_subjects(db: sqlite3.Connection, subjects: Iterable[str]) -> set[str]:
    found: set[str] = set()
    subjects = list(subjects)
    for i in range(0, len(subjects), 500):
        chunk = subjects[i : i + 500]
        found.update(
            row[0]
            for row in db.execute(
                "SELECT DISTINCT f.path FROM subjects s JOIN files f ON f.id = s.file "
                f"WHERE s.subject IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        )
    return found


def _refuse_schema_changes(db: sqlite3.Connection, changed: set[ox.Triple]) -> None:
    ontology, _ = _terms(db)
    schema = schema_change(changed, classifier(ontology, set()))
    if schema is not None:
        raise _NeedsFullBuild(f"a data file changes schema triples ({schema})")
    for t in changed:
        if isinstance(t.subject, ox.BlankNode) and t.predicate.value.startswith(_HKG):
            # The derive rule is evaluated claim by claim, each claim named.
            raise _NeedsFullBuild("a changed triple has a blank-node subject")


def _terms(db: sqlite3.Connection) -> tuple[set[str], set[str]]:
    """IRIs stated as subjects in ontology/ files, and in data/entities/ files."""
    out: dict[str, set[str]] = {"ontology": set(), "entities": set()}
    for subject, kind in db.execute(
        "SELECT s.subject, f.kind FROM subjects s JOIN files f ON f.id = s.file "
        "WHERE f.kind IN ('ontology', 'entities')"
    ):
        out[kind].add(subject)
    return out["ontology"], out["entities"] - out["ontology"]


def _reject_shortcuts(
    store: ox.Store, added: set[ox.Triple], project: Project, files: dict
) -> None:
    shortcuts = {
        row[0]
        for row in store.query(
            f"PREFIX rdfs: <{_RDFS}> PREFIX hkg: <{_HKG}> "
            "SELECT ?p WHERE { ?p rdfs:subPropertyOf+ hkg:shortcutRelation }"
        )
    }
    if any(t.predicate in shortcuts for t in added):
        # As in a full build: the rdflib loader finds and locates every one of them.
        load_files([path for path, _ in files.values()], root=project.root)


# ---------------------------------------------------------------------------- derive


def _rules_digest() -> str:
    """A digest of the derive rules: a cache written under other rules means a full build."""
    rules = query_text("derive") + "\n" + query_text("derive-types")
    return hashlib.sha256(rules.encode()).hexdigest()


# ---------------------------------------------------------------------------- focus nodes


def _files_stating(
    db: sqlite3.Connection, plan: _Plan, new: dict[str, set[ox.Triple]], report
) -> list[Path]:
    """The files stating triples about the report's focus nodes, in build order."""
    wanted = {str(r.focus_node) for r in report.results if isinstance(r.focus_node, URIRef)}
    names = _files_with_subjects(db, wanted) - set(plan.removed)
    names |= {
        rel
        for rel, triples in new.items()
        if any(isinstance(t.subject, ox.NamedNode) and t.subject.value in wanted for t in triples)
    }
    return [path for rel, (path, kind) in plan.files.items() if rel in names and kind != "shapes"]


# ---------------------------------------------------------------------------- dist/ and cache


def _export_from(
    store: ox.Store,
    out_dir: Path,
    staging: Path,
    removed: set[ox.Triple],
    added: set[ox.Triple],
) -> str:
    """Write the new ``dist/`` into ``staging``; return how.

    Dumping from the on-disk store takes ~30 s per format at 100k claims, so the N-Triples
    file is patched instead (the previous one without the removed triples' lines, plus the
    added ones, all written by the same serialiser) and checked against the store's size;
    Turtle and JSON-LD are dumped from an in-memory store bulk-loaded from it. The ontology
    did not change (or this would be a full build), so neither did its release files.
    """
    graph = ox.DefaultGraph()
    nt = staging / "hsct-kg.nt"
    gone = {ox.serialize([t], format=ox.RdfFormat.N_TRIPLES) for t in removed}
    lines = 0
    with (out_dir / "hsct-kg.nt").open("rb") as old, nt.open("wb") as out:
        for line in old:
            if line not in gone:
                out.write(line)
                lines += 1
        if added:
            out.write(ox.serialize(list(added), format=ox.RdfFormat.N_TRIPLES))
    how = "N-Triples patched, Turtle and JSON-LD written from it in memory"
    if lines + len(added) != data_quads(store):
        store.dump(nt, format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
        how = "dumped whole from the updated store (the previous N-Triples did not match it)"
    memory = ox.Store()
    memory.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
    # Written as a full build writes them: small graphs by rdflib, N-Triples sorted again.
    small = len(memory) <= READABLE_LIMIT
    write_data(memory, staging, ("nt", "ttl", "jsonld") if small else ("ttl", "jsonld"))
    del memory
    for name in ("hsct-kg.owl", "hsct-kg-ontology.ttl"):
        shutil.copyfile(out_dir / name, staging / name)
    return how


def _record(
    db: sqlite3.Connection,
    plan: _Plan,
    new: dict[str, set[ox.Triple]],
    read: dict[str, bytes],
    store_path: Path,
    out_dir: Path,
    triples: int,
    derived: int,
) -> None:
    with db:
        for rel in plan.removed:
            (file_id,) = db.execute("SELECT id FROM files WHERE path = ?", (rel,)).fetchone()
            db.execute("DELETE FROM subjects WHERE file = ?", (file_id,))
            db.execute("DELETE FROM files WHERE id = ?", (file_id,))
        for rel in plan.changed:
            kind = plan.files[rel][1]
            data = read[rel]
            triples_of = new[rel]
            bnodes = (
                _BNODES_OPAQUE
                if any(
                    isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)
                    for t in triples_of
                )
                else _BNODES_NONE
            )
            row = db.execute("SELECT id FROM files WHERE path = ?", (rel,)).fetchone()
            if row is not None:
                db.execute("DELETE FROM subjects WHERE file = ?", (row[0],))
                db.execute("DELETE FROM files WHERE id = ?", (row[0],))
            cursor = db.execute(
                "INSERT INTO files (path, kind, sha256, bnodes, body) VALUES (?, ?, ?, ?, ?)",
                (rel, kind, hashlib.sha256(data).hexdigest(), bnodes, zlib.compress(data, 1)),
            )
            subjects = {t.subject.value for t in triples_of if isinstance(t.subject, ox.NamedNode)}
            db.executemany(
                "INSERT INTO subjects VALUES (?, ?)", ((s, cursor.lastrowid) for s in subjects)
            )
        _set_meta(
            db,
            {
                "store": _fingerprint(store_path),
                "dist": _fingerprint(out_dir),
                "triples": str(triples),
                "derived": str(derived),
                "state": "clean",
            },
        )
