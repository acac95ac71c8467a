"""The ``kg`` command line: parse arguments, call the library, map errors to exit codes.

Exit codes: 0 success, 1 validation failed, 2 bad input (malformed Turtle or SPARQL, missing
files, unusable paths). Errors the library reports are printed on stderr without a traceback;
anything else is a bug and propagates.

Every subcommand sets ``func(args) -> int``. Besides its own options it receives ``args.root``:
the project directory from ``--root`` or ``KG_ROOT`` (None: the checkout ``kg`` is installed from).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from kg.build import pipeline
from kg.build.export import FORMATS as EXPORT_FORMATS
from kg.build.export import data_bytes, ontology_release, serialize
from kg.build.load import load_files
from kg.build.validate import ValidationReport
from kg.errors import ConfigError, KGError, ParseError, ShortcutTripleError, ValidationFailed
from kg.fsutil import current_umask
from kg.query import FORMATS as QUERY_FORMATS
from kg.query import format_result, run_query
from kg.resources import Project, find_project
from kg.stats import compute_stats, format_stats

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_BAD_INPUT = 2


def _version() -> str:
    try:
        return metadata.version("hsct-kg")
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


def build_parser() -> argparse.ArgumentParser:
    """Return the ``kg`` argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build, validate, query and export the hsct-kg evidence graph.",
        epilog="Exit codes: 0 ok, 1 validation failed, 2 bad input.",
    )
    parser.add_argument("--version", action="version", version=f"kg (hsct-kg) {_version()}")
    parser.add_argument(
        "--root",
        metavar="DIR",
        help="project directory holding ontology/, shapes/ and data/ "
        "(default: $KG_ROOT, else the checkout kg is installed from)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = commands.add_parser("build", help="load, derive, validate, store and export the graph")
    p.add_argument(
        "--store",
        metavar="PATH",
        type=Path,
        help="write an on-disk Oxigraph store here (default: in memory only)",
    )
    p.add_argument(
        "--out",
        metavar="DIR",
        type=Path,
        help="directory for the release files (default: dist/ in the project)",
    )
    p.add_argument(
        "--report-ttl",
        metavar="FILE",
        type=Path,
        help="write the sh:ValidationReport as Turtle to FILE",
    )
    # There is one engine now; the option is still read so that scripts naming it keep working.
    p.add_argument("--engine", choices=("auto", "rdflib", "oxigraph"), help=argparse.SUPPRESS)
    p.add_argument(
        "--memory-limit",
        metavar="GIB",
        type=float,
        help="stop the build at the stage whose resident memory goes over GIB GiB",
    )
    p.add_argument(
        "--full",
        action="store_true",
        help="with --store: rebuild everything even when only data/ files "
        "changed since the last build (default: rebuild incrementally from PATH.kg-cache/)",
    )
    p.set_defaults(func=cmd_build)

    p = commands.add_parser(
        "validate", help="validate the graph (or given files) against the shapes"
    )
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        type=Path,
        help="Turtle files to validate with the ontology (default: all of data/)",
    )
    p.add_argument(
        "--format",
        choices=("text", "turtle"),
        default="text",
        help="print the readable report (text) or the sh:ValidationReport (turtle)",
    )
    p.add_argument(
        "--report-ttl",
        metavar="FILE",
        type=Path,
        help="also write the sh:ValidationReport as Turtle to FILE",
    )
    p.add_argument(
        "--reference",
        action="store_true",
        help="validate with pySHACL, the reference engine, instead of the compiled shapes "
        "(same report, slower)",
    )
    p.set_defaults(func=cmd_validate)

    p = commands.add_parser("query", help="run a SPARQL query (project prefixes pre-declared)")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "query", nargs="?", metavar="QUERY", help="the query text, or - to read it from stdin"
    )
    source.add_argument("--file", metavar="F", type=Path, help="read the query from file F")
    p.add_argument("--format", choices=QUERY_FORMATS, default="table")
    p.add_argument(
        "--store",
        metavar="PATH",
        type=Path,
        help="query this on-disk store (default: load the project graph into memory)",
    )
    p.set_defaults(func=cmd_query)

    p = commands.add_parser("export", help="write the validated graph in one format")
    p.add_argument(
        "--format",
        choices=list(EXPORT_FORMATS),
        required=True,
        help="ttl, nt, jsonld (the whole graph) or owl (the ontology, RDF/XML)",
    )
    p.add_argument("--out", metavar="FILE", type=Path, help="output file (default: stdout)")
    p.set_defaults(func=cmd_export)

    p = commands.add_parser("stats", help="count classes, claims, statements and shortcuts")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument(
        "--store",
        metavar="PATH",
        type=Path,
        help="count this on-disk store (default: load the project graph into memory)",
    )
    p.set_defaults(func=cmd_stats)

    p = commands.add_parser(
        "ingest",
        help="copy an evidence summary into data/sources/ and draft its claims in drafts/",
    )
    p.add_argument(
        "file", metavar="FILE", type=Path, help="the evidence summary (text or Markdown)"
    )
    p.add_argument(
        "--id",
        dest="doc_id",
        metavar="ID",
        help="document id for IRIs and file names (default: from FILE's name)",
    )
    p.add_argument("--force", action="store_true", help="replace existing files of the same id")
    p.add_argument(
        "--report",
        action="store_true",
        help="print each statement beside its draft claims, the statements with no claim and "
        "the unresolved slots",
    )
    p.add_argument("--dry-run", action="store_true", help="draft and report, write nothing")
    p.set_defaults(func=cmd_ingest)

    p = commands.add_parser(
        "accept",
        help="move a reviewed draft (drafts/ID.ttl) into data/claims/ through the shapes",
    )
    p.add_argument("doc_id", metavar="ID", help="the document id given by kg ingest")
    p.add_argument("--force", action="store_true", help="replace data/claims/ID.ttl if it exists")
    p.add_argument(
        "--claims",
        metavar="N-K,...",
        help="accept only these claims (numbered as in the report, e.g. 01-1,03-2); the rest "
        "stay in the draft",
    )
    p.set_defaults(func=cmd_accept)

    p = commands.add_parser("push", help="load the graph into a remote Graph Store Protocol store")
    p.add_argument(
        "url",
        metavar="URL",
        help="the remote Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store",
    )
    p.add_argument(
        "--store",
        metavar="PATH",
        type=Path,
        help="push this on-disk store (default: build and validate the project graph)",
    )
    p.add_argument(
        "--graph",
        metavar="IRI",
        help="target graph, replaced whole (default: the remote's default graph)",
    )
    p.add_argument("--chunk", metavar="N", type=int, default=50_000, help="triples per request")
    p.add_argument(
        "--token",
        metavar="TOKEN",
        default=os.environ.get("KG_PUSH_TOKEN"),
        help="bearer token for the remote store [env KG_PUSH_TOKEN]",
    )
    p.set_defaults(func=cmd_push)

    _register_serve(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the ``kg`` command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.root is None:
        args.root = os.environ.get("KG_ROOT") or None
    try:
        return args.func(args)
    except ValidationFailed as failed:
        print(failed.report.text, file=sys.stderr)
        return EXIT_INVALID
    except KGError as err:
        print(f"kg {args.command}: {err}" if not _located(err) else str(err), file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; stop quietly like other Unix tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + 13


def cmd_build(args: argparse.Namespace) -> int:
    """``kg build``: exit 0 when built, 1 when validation fails."""
    from kg.build.incremental import build

    project = _project(args)
    out_dir = args.out if args.out is not None else project.dist_dir
    if args.engine is not None:
        print(
            f"kg build: --engine {args.engine} is ignored: every build parses, derives and "
            "validates on Oxigraph (kg validate --reference runs pySHACL)",
            file=sys.stderr,
        )

    def on_stage(stats) -> None:
        print(
            f"{stats.name:<9} {stats.seconds:8.1f} s {stats.peak_rss / 2**30:6.2f} GiB  "
            f"{stats.detail}",
            file=sys.stderr,
        )

    limit = None if args.memory_limit is None else int(args.memory_limit * 2**30)
    try:
        result = build(
            project,
            store_path=args.store,
            out_dir=out_dir,
            full=args.full,
            memory_limit=limit,
            on_stage=on_stage,
        )
    except ValidationFailed as failed:
        _write_report_ttl(failed.report, args.report_ttl)
        raise
    _write_report_ttl(result.report, args.report_ttl)
    if result.report.results:
        print(result.report.text, file=sys.stderr)
    store = str(result.store_path) if result.store_path else "in memory"
    how = f"{result.mode} build" + (f" ({result.reason})" if result.reason else "")
    print(
        f"built {result.triples} triples ({result.derived} derived shortcut triples); "
        f"store: {store}; wrote {len(result.dist_files)} files to {out_dir}; {how}"
    )
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    """``kg validate``: exit 0 when the graph conforms, 1 when it does not."""
    project = _project(args)
    files = [Path(f) for f in args.files] or None
    if files:
        # Claims point at organisations and publications described under data/entities/;
        # validated without them, every such link would be reported as dangling.
        given = {f.resolve() for f in files}
        entities = project.root / "data" / "entities"
        files += [
            f
            for f in project.data_files()
            if f.resolve().is_relative_to(entities.resolve()) and f.resolve() not in given
        ]
    report = pipeline.validate_project(project, files, reference=args.reference)
    _write_report_ttl(report, args.report_ttl)
    if args.format == "turtle":
        sys.stdout.write(report.graph.serialize(format="turtle"))
    else:
        print(report.text)
    return EXIT_OK if report.conforms else EXIT_INVALID


def cmd_query(args: argparse.Namespace) -> int:
    """``kg query``: exit 0 with results, 2 when the query is malformed."""
    if args.file is not None:
        text = _read_text(args.file)
    elif args.query == "-":
        text = sys.stdin.read()
    else:
        text = args.query
    store = pipeline.query_store(_project(args) if args.store is None else None, args.store)
    output = format_result(run_query(store, text), args.format)
    sys.stdout.write(output if output.endswith("\n") else output + "\n")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """``kg export``: exit 0 when written, 1 when the graph does not validate."""
    project = _project(args)
    store, report = pipeline.build_memory(project)
    if not report.conforms:
        raise ValidationFailed(report)
    if args.format == "owl":
        ontology = load_files([], ontology_files=project.ontology_files(), root=project.root)
        data = serialize(ontology_release(ontology.ontology), "owl")
    else:
        data = data_bytes(store, args.format)
    if args.out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        _write_atomically(args.out, data)
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    """``kg stats``: exit 0."""
    store = pipeline.query_store(_project(args) if args.store is None else None, args.store)
    stats = compute_stats(store)
    if args.format == "json":
        print(json.dumps(stats.as_dict(), indent=2, ensure_ascii=False))
    else:
        print(format_stats(stats))
    return EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    """``kg ingest``: exit 0 when drafted, 2 when the file is not an evidence summary or exists."""
    from kg.ingest import ingest
    from kg.ingest.report import format_report

    project = _project(args)
    result = ingest(project, args.file, doc_id=args.doc_id, force=args.force, dry_run=args.dry_run)
    if args.report or args.dry_run:
        sys.stdout.write(format_report(result.document, result.draft, result.doc_id))
    claims = sum(len(sd.claims) for sd in result.draft.statements)
    written = ", ".join(str(p) for p in result.written) or "nothing (dry run)"
    print(
        f"ingested {args.file}: {len(result.document.statements)} statements, {claims} draft "
        f"claims, {len(result.draft.proposals)} proposed entities; wrote {written}",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_accept(args: argparse.Namespace) -> int:
    """``kg accept``: exit 0 when accepted, 1 when the shapes refuse it, 2 on bad input."""
    from kg.ingest.accept import accept, drafts_dir

    project = _project(args)
    chosen = args.claims.split(",") if args.claims else None
    result = accept(project, args.doc_id, force=args.force, claims=chosen)
    left = (
        "the other claims stay in the draft"
        if (drafts_dir(project) / f"{result.doc_id}.ttl").exists()
        else "the draft was removed"
    )
    print(
        f"accepted drafts/{result.doc_id}.ttl: {result.claims} claims in "
        f"data/claims/{result.doc_id}.ttl; {left}",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_push(args: argparse.Namespace) -> int:
    """``kg push``: exit 0 when pushed, 1 when the graph does not validate, 2 when it fails."""
    from kg.build.store import open_store
    from kg.push import push

    if args.store is not None:
        store = open_store(args.store, read_only=True)
    else:
        project = _project(args)
        store, report = pipeline.build_memory(project)
        if not report.conforms:
            raise ValidationFailed(report)

    def progress(sent: int, total: int) -> None:
        print(f"kg push: {sent}/{total} triples sent", file=sys.stderr, flush=True)

    result = push(
        store,
        args.url,
        graph=args.graph,
        chunk_size=args.chunk,
        token=args.token,
        progress=progress,
    )
    print(f"pushed {result.triples} triples in {result.requests} requests to {result.url}")
    return EXIT_OK


def _register_serve(commands: argparse._SubParsersAction) -> None:
    try:
        import server.serve
    except ModuleNotFoundError as err:
        # Only a missing server package means "no serve command"; a broken one must surface.
        if err.name not in ("server", "server.serve"):
            raise
        return
    server.serve.register(commands)


def _project(args: argparse.Namespace) -> Project:
    return find_project(args.root)


def _located(err: KGError) -> bool:
    # Messages starting with file:line read best unprefixed, so editors can jump to them.
    return isinstance(err, (ParseError, ShortcutTripleError))


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read: {err}") from None


def _write_report_ttl(report: ValidationReport, path: Path | None) -> None:
    if path is not None:
        _write_atomically(path, report.graph.serialize(format="turtle", encoding="utf-8"))


def _write_atomically(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        # mkstemp makes the file private (0600); the written file is an ordinary one.
        os.chmod(tmp, 0o666 & ~current_umask())
        os.replace(tmp, path)
    except OSError as err:
        raise ConfigError(f"{path}: cannot write: {err.strerror or err}") from None
