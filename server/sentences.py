"""The source side of a claim: one statement with its neighbours, and a whole document as
annotated text (statements in order under their headings, citation markers linked to the
document's numbered references).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.resources import query_text
from server.resource import Claim, Term, _int, _value

_RESOURCE = ox.Variable("resource")


@dataclass(frozen=True)
class Neighbour:
    """The statement just before or after another in its document."""

    iri: str
    text: str | None


@dataclass
class Statement:
    """One sentence of a source document."""

    iri: str
    text: str | None
    position: int | None
    section_path: str | None
    markers: str | None
    start: int | None
    end: int | None
    document: Term | None
    section: Term | None
    previous: Neighbour | None
    next: Neighbour | None
    references: dict[int, Term] = field(default_factory=dict)


@dataclass
class Entry:
    """A statement of a document as the document page lays it out."""

    iri: str
    position: int | None
    text: str
    markers: str | None
    #: Headings that open before this statement, outermost first: (level, term or text).
    headings: list[tuple[int, Term]]
    claims: list[Claim] = field(default_factory=list)


@dataclass
class Document:
    """A source document's statements in order, and its numbered references."""

    entries: list[Entry]
    references: list[tuple[Term, int | None, int]]

    @property
    def numbers(self) -> dict[int, Term]:
        return {n: ref for ref, n, _ in self.references if n is not None}


def statement(store: ox.Store, iri: str) -> Statement | None:
    """Return the statement ``iri`` with its place in its document, or None if it is not one.

    >>> statement(ox.Store(), "http://e/s") is None
    True
    """
    bound = {_RESOURCE: ox.NamedNode(iri)}
    row = next(iter(store.query(query_text("page-statement"), substitutions=bound)), None)
    if row is None:
        return None
    position = _int(row["position"])
    around: dict[int, Neighbour] = {}
    if row["document"] is not None and position is not None:
        near = {ox.Variable("document"): row["document"], ox.Variable("position"): row["position"]}
        for other in store.query(query_text("page-statement-neighbours"), substitutions=near):
            at = _int(other["at"])
            if at is not None:
                around[at - position] = Neighbour(other["statement"].value, _value(other["text"]))
    references = {}
    for ref in store.query(query_text("page-statement-references"), substitutions=bound):
        number = _int(ref["number"])
        if number is not None:
            references[number] = Term(ref["reference"], _value(ref["label"]))
    return Statement(
        iri=iri,
        text=_value(row["text"]),
        position=position,
        section_path=_value(row["sectionPath"]),
        markers=_value(row["markers"]),
        start=_int(row["start"]),
        end=_int(row["end"]),
        document=Term(row["document"], _value(row["documentLabel"])) if row["document"] else None,
        section=Term(row["section"], _value(row["sectionLabel"])) if row["section"] else None,
        previous=around.get(-1),
        next=around.get(1),
        references=references,
    )


def document(store: ox.Store, iri: str, claims: list[Claim]) -> Document:
    """Return the document ``iri`` laid out for reading, with ``claims`` under their statements.

    >>> document(ox.Store(), "http://e/d", []).entries
    []
    """
    bound = {_RESOURCE: ox.NamedNode(iri)}
    by_statement: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.statement:
            by_statement.setdefault(claim.statement, []).append(claim)
    entries = []
    open_headings: list[str] = []
    for row in store.query(query_text("page-document-statements"), substitutions=bound):
        path = _headings(row)
        # A heading is printed where it opens: when it differs from the one open at its level.
        first_new = next(
            (
                i
                for i, (_, h) in enumerate(path)
                if i >= len(open_headings) or open_headings[i] != h.value
            ),
            len(path),
        )
        open_headings = [h.value for _, h in path]
        entries.append(
            Entry(
                iri=row["statement"].value,
                position=_int(row["position"]),
                text=_value(row["text"]) or "",
                markers=_value(row["markers"]),
                headings=path[first_new:],
                claims=by_statement.get(row["statement"].value, []),
            )
        )
    references = [
        (
            Term(row["reference"], _value(row["label"])),
            _int(row["number"]),
            int(row["citedBy"].value),
        )
        for row in store.query(query_text("page-document-references"), substitutions=bound)
    ]
    return Document(entries, references)


def _headings(row) -> list[tuple[int, Term]]:
    if row["section"] is not None:
        out = []
        if row["part"] is not None:
            out.append((1, Term(row["part"], _value(row["partLabel"]))))
        out.append((len(out) + 1, Term(row["section"], _value(row["sectionLabel"]))))
        return out
    # Without section resources, the printed path is all there is.
    path = _value(row["sectionPath"])
    if not path:
        return []
    return [
        (i + 1, Term(ox.Literal(" / ".join(path.split(" / ")[: i + 1])), name))
        for i, name in enumerate(path.split(" / "))
    ]


def marked(text: str, markers: str | None) -> list[tuple[str, int | None]]:
    """Split ``text`` into pieces, each citation marker number a piece of its own (with its
    number), when the markers are printed at the end of the text as the graph records them.

    >>> marked("Works well 2, 3.", "2, 3")
    [('Works well ', None), ('2', 2), (', ', None), ('3', 3), ('.', None)]
    >>> marked("No markers here", None)
    [('No markers here', None)]
    """
    if not markers:
        return [(text, None)]
    at = text.rfind(markers)
    if at < 0 or text[at + len(markers) :].strip(" .;,") != "":
        return [(text, None)]
    out: list[tuple[str, int | None]] = [(text[:at], None)]
    last = 0
    for number in re.finditer(r"\d+", markers):
        if number.start() > last:
            out.append((markers[last : number.start()], None))
        out.append((number.group(0), int(number.group(0))))
        last = number.end()
    if last < len(markers):
        out.append((markers[last:], None))
    if text[at + len(markers) :]:
        out.append((text[at + len(markers) :], None))
    return out
