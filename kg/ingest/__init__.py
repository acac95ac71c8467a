"""Ingest an evidence summary: copy it to ``data/sources/`` and draft its claims in ``drafts/``.

The stages are pure (parse → link → draft → RDF); only :func:`ingest` touches files, and only
two: ``data/sources/<id><ext>`` and ``drafts/<id>.ttl``. Drafts live outside ``data/``, so an
ingest never changes what ``kg build`` and ``kg serve`` read; :func:`kg.ingest.accept.accept`
moves a reviewed draft into ``data/claims/`` through the shapes. Both files are written to a
temporary file beside their target and renamed into place, and nothing is written unless the
document parses as an evidence summary and its draft Turtle parses back. An existing file (or
already accepted claims of the same id) is replaced only with ``force``.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.build.load import load_files
from kg.errors import ConfigError, InputError
from kg.ingest.accept import drafts_dir
from kg.ingest.claims import DocumentDraft, draft_document
from kg.ingest.lexicon import Lexicon, build_lexicon
from kg.ingest.parse import EXPECTED, Document, NotAnEvidenceSummary, parse_summary, slug
from kg.ingest.write import draft_graph, proposed_classes, to_turtle
from kg.namespaces import HKG
from kg.resources import Project

__all__ = ["IngestResult", "NotAnEvidenceSummary", "draft_text", "ingest", "project_lexicon"]


@dataclass
class IngestResult:
    """What an ingest drafted and where it wrote it (``written`` is empty on a dry run)."""

    doc_id: str
    source_path: Path
    draft_path: Path
    document: Document
    draft: DocumentDraft
    turtle: str
    written: list[Path] = field(default_factory=list)


def project_lexicon(project: Project) -> Lexicon:
    """Build the linking dictionary from the ontology and ``data/entities/``."""
    entities = sorted((project.data_dir / "entities").rglob("*.ttl"))
    loaded = load_files(entities, ontology_files=project.ontology_files(), root=project.root)
    return build_lexicon(loaded.graph)


def draft_text(
    data: bytes, doc_id: str, file_name: str, lexicon: Lexicon, shown: str = "<input>"
) -> tuple[Document, DocumentDraft, str]:
    """Draft the claims of an evidence summary given as bytes; return the Turtle text too.

    Raises:
        NotAnEvidenceSummary: the bytes are not UTF-8 text structured as an evidence summary.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise NotAnEvidenceSummary(
            f"{shown}: not UTF-8 text (byte {err.start}); {EXPECTED}"
        ) from None
    document = parse_summary(text, shown)
    drafted = draft_document(document, lexicon, doc_id)
    # The whole text goes into the draft only where the ontology has the property for it.
    content = text if HKG.content in lexicon.properties else None
    graph = draft_graph(doc_id, file_name, data, document, drafted, content)
    turtle = to_turtle(graph, _header(file_name, document, drafted))
    return document, drafted, turtle


def ingest(
    project: Project,
    path: Path,
    *,
    doc_id: str | None = None,
    force: bool = False,
    dry_run: bool = False,
) -> IngestResult:
    """Copy ``path`` into the project and write its draft claims.

    Args:
        project: the checkout to write into.
        path: the evidence summary (plain text or Markdown).
        doc_id: the document's id in IRIs and file names (default: from the file name).
        force: replace existing files of the same id.
        dry_run: draft and return everything but write nothing.

    Raises:
        NotAnEvidenceSummary: the file is not an evidence summary; nothing is written.
        ConfigError: the file cannot be read, the id is unusable, or a target exists.
    """
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except OSError as err:
        raise ConfigError(f"{path}: cannot read: {err.strerror or err}") from None
    doc_id = doc_id if doc_id is not None else slug(Path(path).stem)
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", doc_id or ""):
        raise ConfigError(
            f"{doc_id!r} is not a usable document id: use lower-case letters, digits and hyphens"
        )
    suffix = Path(path).suffix.lower() if Path(path).suffix.lower() in (".txt", ".md") else ".txt"
    source_path = project.data_dir / "sources" / f"{doc_id}{suffix}"
    draft_path = drafts_dir(project) / f"{doc_id}.ttl"
    accepted = project.data_dir / "claims" / f"{doc_id}.ttl"
    document, drafted, turtle = draft_text(
        data, doc_id, source_path.name, project_lexicon(project), str(path)
    )
    _check_turtle(turtle, draft_path)
    result = IngestResult(doc_id, source_path, draft_path, document, drafted, turtle)
    if dry_run:
        return result
    existing = [p for p in (source_path, draft_path, accepted) if p.exists()]
    if existing and not force:
        names = " and ".join(_shown(p, project) for p in existing)
        raise ConfigError(
            f"{names} already exist{'s' if len(existing) == 1 else ''}; "
            "pass --force to replace, or --id to ingest under another id"
        )
    _write_pair(source_path, data, draft_path, turtle.encode("utf-8"))
    result.written = [source_path, draft_path]
    return result


def _header(file_name: str, document: Document, drafted: DocumentDraft) -> str:
    claims = sum(len(sd.claims) for sd in drafted.statements)
    lines = [
        (
            f"# Draft claims of {file_name} (data/sources/), written by `kg ingest`: "
            f"{len(document.statements)} statements, {claims} draft claims."
        ),
        "#",
        "# Statements are exact (text, offsets, section path, citation markers as printed). Claims,",
        "# populations, and the bodies and publications below were drafted from the wording and carry",
        "# hkg:draft true. This file is outside data/: `kg build` and `kg serve` do not read it.",
        "# Review each claim: fill in every slot a note calls unresolved (hkg:intervention,",
        "# hkg:recommendedBy), fix or delete the claim; then `kg accept ID` moves the file into",
        "# data/claims/ through the shapes, or refuses it whole with the report.",
        "# skos:note lines say what the drafter was unsure of. Shortcut triples are derived by `kg build`.",
    ]
    classes = proposed_classes(drafted.proposals)
    others = [p for p in drafted.proposals if p.entry.kind == "organisation"]
    if classes or others:
        lines += [
            "#",
            "# PROPOSED ENTITIES: named in the text but unknown to the ontology and data/entities/.",
            "# Claims using a proposed class are refused by `kg accept` until it is added to",
            "# ontology/hsct-kg-edit.ttl (suggested declarations below) or the claim is relinked.",
        ]
        for proposal, declaration in classes:
            lines.append(
                f"#   statement {proposal.statement}: {proposal.context!r} ({proposal.reason})"
            )
            lines.append(f"#     {declaration}")
        for proposal in others:
            lines.append(
                f"#   statement {proposal.statement}: {proposal.context!r} ({proposal.reason});"
                " drafted below as an organisation"
            )
    return "\n".join(lines)


def _check_turtle(turtle: str, target: Path) -> None:
    # A drafting bug must not leave a file that breaks every later build.
    try:
        list(ox.parse(turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE))
    except SyntaxError as err:
        raise InputError(
            f"{target}: the drafted Turtle does not parse ({err}); nothing written"
        ) from None


def _write_pair(source: Path, source_data: bytes, claims: Path, claims_data: bytes) -> None:
    temps: list[tuple[Path, Path]] = []
    try:
        for target, data in ((source, source_data), (claims, claims_data)):
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            temps.append((Path(tmp), target))
        for tmp, target in temps:
            os.replace(tmp, target)
    except OSError as err:
        raise ConfigError(f"cannot write {err.filename or ''}: {err.strerror or err}") from None
    finally:
        for tmp, _ in temps:
            if tmp.exists():
                tmp.unlink()


def _shown(path: Path, project: Project) -> str:
    try:
        return path.relative_to(project.root).as_posix()
    except ValueError:
        return str(path)
