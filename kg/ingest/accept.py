"""Accept a reviewed draft: move ``drafts/<id>.ttl`` into ``data/claims/<id>.ttl`` through the shapes.

``kg ingest`` writes its drafts outside ``data/`` so that neither ``kg build`` nor ``kg serve``
reads them. A curator reviews the draft file (fills unresolved slots, fixes or deletes claims,
adds proposed entities to the ontology), then accepts it. Accepting drops every
``hkg:draft true`` mark, validates the project's data together with the accepted file against the
shapes, and only when that conforms writes ``data/claims/<id>.ttl`` (through a temporary file and
a rename) and removes the draft. A draft that violates the shapes is refused whole: the report
says which claim, path and shape, and nothing is written or removed.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from kg.build.pipeline import validate_project
from kg.build.validate import ValidationReport
from kg.errors import ConfigError, InputError, ValidationFailed
from kg.namespaces import HKG, bind_prefixes
from kg.resources import Project

__all__ = ["AcceptResult", "accept", "accepted_turtle", "drafts_dir"]

_HEADER = (
    "# Claims of {name}, drafted by `kg ingest` and accepted by `kg accept` after review.\n"
    "# Shortcut triples are derived from these claims by `kg build`."
)


@dataclass
class AcceptResult:
    """What an accept wrote: the claims file, and how many claims it holds."""

    doc_id: str
    claims_path: Path
    claims: int
    report: ValidationReport


def drafts_dir(project: Project) -> Path:
    """The folder of drafts: beside ``data/``, never read by a build."""
    return project.root / "drafts"


def accepted_turtle(draft: str, name: str = "<draft>") -> tuple[str, int]:
    """Return the Turtle of ``draft`` with its draft marks dropped, and its number of claims.

    Raises:
        InputError: the draft does not parse (the message gives its line and column).

    >>> text, n = accepted_turtle('''@prefix hkg: <https://w3id.org/hsct-kg/ontology#> .
    ... <https://w3id.org/hsct-kg/resource/claim/c1> hkg:predicate hkg:improves ; hkg:draft true .''')
    >>> n, "hkg:draft" in text
    (1, False)
    """
    try:
        list(ox.parse(draft.encode("utf-8"), format=ox.RdfFormat.TURTLE))
    except SyntaxError as err:
        raise InputError(f"{name}: not valid Turtle: {err}") from None
    graph = Graph().parse(data=draft, format="turtle")
    graph.remove((None, HKG.draft, None))
    # Doubts ingest noted on resources, not claims, go with their draft mark.
    for s, o in list(graph.subject_objects(SKOS.note)):
        if isinstance(o, Literal) and str(o).startswith("drafted by kg ingest"):
            graph.remove((s, SKOS.note, o))
    claims = len(set(graph.subjects(HKG.predicate, None)))
    out = bind_prefixes(Graph(bind_namespaces="none"))
    for triple in graph:
        out.add(triple)
    return out.serialize(format="turtle"), claims


def accept(
    project: Project, doc_id: str, *, force: bool = False, claims: Iterable[str] | None = None
) -> AcceptResult:
    """Accept the reviewed draft of ``doc_id`` into ``data/claims/``.

    With ``claims`` (numbers as the report gives them, ``"03-1"``), only those claims are
    accepted: they join the claims already accepted from the document, if any, and the others
    stay in the draft for later review. Either way the accepted file is validated with the rest
    of the project before anything is written.

    Raises:
        ConfigError: there is no such draft, a named claim is not in it, or the claims file
            exists and neither ``force`` nor ``claims`` is given.
        InputError: the draft is not valid Turtle.
        ValidationFailed: the project with the accepted claims violates the shapes; nothing
            is written and the draft stays.
    """
    draft_path = drafts_dir(project) / f"{doc_id}.ttl"
    claims_path = project.data_dir / "claims" / f"{doc_id}.ttl"
    shown_draft = f"drafts/{doc_id}.ttl"
    shown_claims = f"data/claims/{doc_id}.ttl"
    if not draft_path.is_file():
        raise ConfigError(f"{shown_draft}: no such draft; run `kg ingest FILE --id {doc_id}` first")
    if claims_path.exists() and not force and claims is None:
        raise ConfigError(
            f"{shown_claims} already exists; pass --force to replace it, or --claims to add "
            "some of the draft's claims to it"
        )
    draft_text = draft_path.read_text(encoding="utf-8")
    remaining = None
    if claims is not None:
        draft_text, remaining = _split_draft(draft_text, doc_id, list(claims), shown_draft)
    text, count = accepted_turtle(draft_text, shown_draft)
    if claims is not None and claims_path.exists() and not force:
        merged = Graph().parse(claims_path, format="turtle")
        merged.parse(data=text, format="turtle")
        out = bind_prefixes(Graph(bind_namespaces="none"))
        for triple in merged:
            out.add(triple)
        text = out.serialize(format="turtle")
        count = len(set(merged.subjects(HKG.predicate, None)))
    text = _HEADER.format(name=f"data/sources/{doc_id}") + "\n\n" + text
    scratch = Path(tempfile.mkdtemp(prefix=".accept-", dir=project.root))
    try:
        candidate = scratch / "data" / "claims" / f"{doc_id}.ttl"
        candidate.parent.mkdir(parents=True)
        candidate.write_text(text, encoding="utf-8")
        files = [f for f in project.data_files() if f.resolve() != claims_path.resolve()]
        report = validate_project(project, [*files, candidate])
        if not report.conforms:
            shown = scratch.relative_to(project.root).as_posix() + "/"
            raise ValidationFailed(replace(report, text=report.text.replace(shown, "")))
        _check_parses(text, shown_claims)
        claims_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{claims_path.name}.", suffix=".tmp", dir=claims_path.parent
        )
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
        os.replace(tmp, claims_path)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if remaining is None:
        draft_path.unlink()
    else:
        _write_atomically(draft_path, remaining)
    return AcceptResult(doc_id, claims_path, count, report)


def _split_draft(draft: str, doc_id: str, wanted: list[str], shown: str) -> tuple[str, str | None]:
    """Return the draft with only the ``wanted`` claims, and the draft without them.

    The second is None when no claim is left in it. Populations only the left claims use go
    with them.
    """
    try:
        list(ox.parse(draft.encode("utf-8"), format=ox.RdfFormat.TURTLE))
    except SyntaxError as err:
        raise InputError(f"{shown}: not valid Turtle: {err}") from None
    graph = Graph().parse(data=draft, format="turtle")
    every = {str(c).rsplit("/", 1)[-1]: c for c in set(graph.subjects(HKG.predicate, None))}
    chosen = set()
    for number in wanted:
        match = re.fullmatch(r"\s*(\d+)-(\d+)\s*", number)
        local = f"{doc_id}-{int(match.group(1)):02d}-{int(match.group(2))}" if match else None
        if local not in every:
            raise ConfigError(
                f"{shown}: no claim {number.strip()!r}; the draft has "
                + ", ".join(sorted(k.removeprefix(f"{doc_id}-") for k in every))
            )
        chosen.add(every[local])
    accepted, left = _without(graph, set(every.values()) - chosen), _without(graph, chosen)
    rest = left.serialize(format="turtle") if set(left.subjects(HKG.predicate, None)) else None
    return accepted.serialize(format="turtle"), rest


def _without(graph: Graph, claims: set) -> Graph:
    out = bind_prefixes(Graph(bind_namespaces="none"))
    kept = {c for c in graph.subjects(HKG.predicate, None)} - claims
    used = {o for c in kept for o in graph.objects(c, HKG.population)}
    dropped = {o for c in claims for o in graph.objects(c, HKG.population)} - used
    for s, p, o in graph:
        if s in claims or s in dropped:
            continue
        out.add((s, p, o))
    return out


def _write_atomically(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with os.fdopen(fd, "wb") as handle:
        handle.write(text.encode("utf-8"))
    os.replace(tmp, path)


def _check_parses(text: str, shown: str) -> None:
    try:
        list(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.TURTLE))
    except SyntaxError as err:
        raise InputError(f"{shown}: the accepted Turtle does not parse ({err})") from None
