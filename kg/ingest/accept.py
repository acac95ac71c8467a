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
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from kg.build import check, prepare
from kg.errors import ConfigError, InputError, ValidationFailed
from kg.namespaces import HKG, bind_prefixes
from kg.resources import Project
from kg.validate import ValidationReport

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


def accept(project: Project, doc_id: str, *, force: bool = False) -> AcceptResult:
    """Accept the reviewed draft of ``doc_id`` into ``data/claims/``.

    Raises:
        ConfigError: there is no such draft, or the claims file exists and ``force`` is false.
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
    if claims_path.exists() and not force:
        raise ConfigError(f"{shown_claims} already exists; pass --force to replace it")
    text, claims = accepted_turtle(draft_path.read_text(encoding="utf-8"), shown_draft)
    text = _HEADER.format(name=f"data/sources/{doc_id}") + "\n\n" + text
    scratch = Path(tempfile.mkdtemp(prefix=".accept-", dir=project.root))
    try:
        candidate = scratch / "data" / "claims" / f"{doc_id}.ttl"
        candidate.parent.mkdir(parents=True)
        candidate.write_text(text, encoding="utf-8")
        files = [f for f in project.data_files() if f.resolve() != claims_path.resolve()]
        report = check(project, prepare(project, [*files, candidate]))
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
    draft_path.unlink()
    return AcceptResult(doc_id, claims_path, claims, report)


def _check_parses(text: str, shown: str) -> None:
    try:
        list(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.TURTLE))
    except SyntaxError as err:
        raise InputError(f"{shown}: the accepted Turtle does not parse ({err})") from None
