"""The source side of a claim: one statement with its neighbours, and a document or one of its
sections as annotated text (statements in order under their headings, citation markers linked to
the document's numbered references, the claims drawn from each).

A document is read in pages of :data:`DOCUMENT_PAGE` statements by position (page 1 holds
positions 1-100, page 2 positions 101-200 …), so the page of a statement follows from its
position alone and every link to it (``?page=N#s-<slug>``) can be written without a query.
Statements without a position come after every positioned one, ordered by IRI, on pages of
their own: the first 100 on the page after the last positioned page, and so on (a link to one
of them looks its page up). A section's page lists its statements in the same order, 100 a page
by their rank in the section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.resources import query_text
from server.errors import HTTPError
from server.resource import Claim, Term, _int, _value, claims_from

#: Statements a page of a document shows, by position.
DOCUMENT_PAGE = 100

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
    """A source document's statements in order (one page of them, or one section's), and its
    numbered references."""

    entries: list[Entry]
    references: list[tuple[Term, int | None, int]]
    page: int = 1
    pages: int = 1
    total: int = 0  # statements of the document, or of the section
    #: A section's page: the document, then the parts it is in, then the section itself.
    trail: list[Term] = field(default_factory=list)
    previous: Term | None = None  # the section before this one, on a section's page
    next: Term | None = None

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


def page_of(position: int | None) -> int:
    """The page of a document that shows the statement at ``position``.

    >>> page_of(1), page_of(100), page_of(101), page_of(None)
    (1, 1, 2, 1)
    """
    return 1 if position is None or position < 1 else (position - 1) // DOCUMENT_PAGE + 1


def page_query(position: int | None) -> str:
    """What a link to the statement at ``position`` adds to its document's address.

    >>> page_query(5), page_query(250)
    ('', '?page=3')
    """
    page = page_of(position)
    return f"?page={page}" if page > 1 else ""


def statement_page_query(
    store: ox.Store, position: int | None, statement: str | None, document: str | None
) -> str:
    """What a link to ``statement`` adds to the address of its ``document``: from its position
    alone (no query), or, for a statement without one, from its place among the document's
    statements without a position (:func:`layout`)."""
    if position is not None or not statement or not document:
        return page_query(position)
    pages = layout(_statement_rows(store, document))[0]
    page = next(
        (n for n, rows in pages.items() if any(r["statement"].value == statement for r in rows)), 1
    )
    return f"?page={page}" if page > 1 else ""


def in_order(rows) -> list:
    """Statement rows in document order: by position, then those without one by IRI.

    >>> from collections import namedtuple
    >>> T = namedtuple("T", "value")
    >>> rows = [{"position": p and T(p), "statement": T(i)} for p, i in
    ...         [(None, "e/b"), ("2", "e/z"), (None, "e/a"), ("1", "e/y")]]
    >>> [r["statement"].value for r in in_order(rows)]
    ['e/y', 'e/z', 'e/a', 'e/b']
    """

    def key(row):
        position = _int(row["position"])
        return (position is None, position or 0, row["statement"].value)

    return sorted(rows, key=key)


def layout(rows) -> tuple[dict[int, list], int]:
    """The pages of a document's statement ``rows``: page number to its rows in order, and the
    number of pages. Positioned statements are on the page of their position; those without a
    position follow, by IRI, :data:`DOCUMENT_PAGE` a page, from the page after the last
    positioned one.

    >>> from collections import namedtuple
    >>> T = namedtuple("T", "value")
    >>> rows = [{"position": T("150"), "statement": T("e/p")}] + [
    ...     {"position": None, "statement": T(f"e/u{k:03d}")} for k in range(101)]
    >>> pages, last = layout(rows)
    >>> last, [len(pages.get(n, [])) for n in (1, 2, 3, 4)]
    (4, [0, 1, 100, 1])
    """
    ordered = in_order(rows)
    pages: dict[int, list] = {}
    placed = [row for row in ordered if _int(row["position"]) is not None]
    for row in placed:
        pages.setdefault(page_of(_int(row["position"])), []).append(row)
    after = max(pages, default=0)
    loose = ordered[len(placed) :]
    for k, row in enumerate(loose):
        pages.setdefault(after + 1 + k // DOCUMENT_PAGE, []).append(row)
    return pages, max(pages, default=1)


def page_number(args) -> int:
    """The ``page`` a request asks for (1 if none).

    Raises:
        HTTPError: 400 for a page that is not a whole number from 1, or for another parameter.
    """
    unknown = sorted(set(args) - {"page"})
    if unknown:
        raise HTTPError(400, f"{unknown[0]!r} is not a parameter of this page (it takes: page)")
    raw = args.get("page", "1")
    if not (raw.isascii() and raw.isdigit()) or int(raw) < 1:
        raise HTTPError(400, f"page {raw!r} is not a whole number from 1")
    return int(raw)


def document(store: ox.Store, iri: str, page: int = 1) -> Document:
    """Return page ``page`` of the document ``iri``, laid out for reading, each statement with
    the claims drawn from it.

    Raises:
        HTTPError: 404 for a page past the last.

    >>> document(ox.Store(), "http://e/d").entries
    []
    """
    rows = _statement_rows(store, iri)
    pages, last = layout(rows)
    _check_page(page, last, "document")
    shown = pages.get(page, [])
    doc = Document(_entries(store, shown), _references(store, iri), page, last, len(rows))
    return doc


def _check_page(page: int, last: int, what: str) -> None:
    if page > last:
        raise HTTPError(
            404,
            f"page {page} is past the end: the {what} has {last} page{'s' if last > 1 else ''}",
        )


def section(store: ox.Store, iri: str, page: int = 1) -> Document | None:
    """Return page ``page`` of the section (or part) ``iri`` of a document laid out for
    reading: its statements (a part's: those of its sections too) in document order,
    :data:`DOCUMENT_PAGE` a page, with their claims, the trail from the document down to it, and
    the sections before and after it. None if no document holds it.

    Raises:
        HTTPError: 404 for a page past the last.
    """
    node = ox.NamedNode(iri)
    trail = [Term(node, _label(store, node))]
    document_node = None
    seen = {iri}
    current = node
    while document_node is None:
        parent = next(
            (
                q.object
                for q in store.quads_for_pattern(current, _PART_OF, None, ox.DefaultGraph())
                if isinstance(q.object, ox.NamedNode) and q.object.value not in seen
            ),
            None,
        )
        if parent is None:
            return None
        seen.add(parent.value)
        trail.insert(0, Term(parent, _label(store, parent)))
        if any(store.quads_for_pattern(parent, _TYPE, _DOCUMENT, ox.DefaultGraph())):
            document_node = parent
        current = parent
    rows = in_order(_statement_rows(store, document_node.value))
    # Sections in document order, by their first statement.
    order = list(dict.fromkeys(row["section"].value for row in rows if row["section"] is not None))
    mine = [
        row
        for row in rows
        if any(row[key] is not None and row[key].value == iri for key in ("section", "part"))
    ]
    last = max(1, -(-len(mine) // DOCUMENT_PAGE))
    _check_page(page, last, "section")
    shown = mine[(page - 1) * DOCUMENT_PAGE : page * DOCUMENT_PAGE]
    at = order.index(iri) if iri in order else None
    around = [None, None]
    if at is not None:
        for side, step in ((0, -1), (1, 1)):
            n = at + step
            if 0 <= n < len(order):
                other = ox.NamedNode(order[n])
                around[side] = Term(other, _label(store, other))
    return Document(
        _entries(store, shown, full_headings=True),
        _references(store, document_node.value),
        page=page,
        pages=last,
        total=len(mine),
        trail=trail,
        previous=around[0],
        next=around[1],
    )


_PART_OF = ox.NamedNode("http://purl.org/dc/terms/isPartOf")
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_DOCUMENT = ox.NamedNode("https://w3id.org/hsct-kg/ontology#SourceDocument")
_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def _label(store: ox.Store, node: ox.NamedNode) -> str | None:
    for quad in store.quads_for_pattern(node, _LABEL, None, ox.DefaultGraph()):
        return quad.object.value
    return None


def _statement_rows(store: ox.Store, iri: str) -> list:
    bound = {_RESOURCE: ox.NamedNode(iri)}
    return list(store.query(query_text("page-document-statements"), substitutions=bound))


def _entries(store: ox.Store, rows, full_headings: bool = False) -> list[Entry]:
    entries = []
    open_headings: list[str] = []
    for number, row in enumerate(rows):
        path = _headings(row)
        # A heading is printed where it opens: when it differs from the one open at its level.
        # The first statement of a page gets its whole path (the page before opened it).
        first_new = next(
            (
                i
                for i, (_, h) in enumerate(path)
                if number == 0 or i >= len(open_headings) or open_headings[i] != h.value
            ),
            len(path),
        )
        open_headings = [h.value for _, h in path]
        iri = row["statement"].value
        entries.append(
            Entry(
                iri=iri,
                position=_int(row["position"]),
                text=_value(row["text"]) or "",
                markers=_value(row["markers"]),
                headings=path[first_new:] if not (full_headings and number == 0) else path,
                claims=claims_from(store, iri),
            )
        )
    return entries


def _references(store: ox.Store, iri: str) -> list[tuple[Term, int | None, int]]:
    bound = {_RESOURCE: ox.NamedNode(iri)}
    return [
        (
            Term(row["reference"], _value(row["label"])),
            _int(row["number"]),
            int(row["citedBy"].value),
        )
        for row in store.query(query_text("page-document-references"), substitutions=bound)
    ]


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
