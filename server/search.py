"""Search: the results page and the typeahead's JSON, ranked in tiers (see
:mod:`server.search_index`).

``/search?q=[&kind=][&group=kind]``  the results page: things by name from the label index,
                                     then claims and statements whose text has every word
                                     (from the text index, :mod:`server.text_index`)
``/search.json?q=[&limit=]``         the typeahead: the label index only, never the store

The index is built as the app starts, in the background (:mod:`server.indexes`; until it is
built these pages answer 503), and follows each update from what the update changed
(:func:`follow_change`, called under the update lock before the update is answered): a search
after an update finds what it added at once and never waits for the index to be built again.
"""

from __future__ import annotations

from collections.abc import Callable

import pyoxigraph as ox
from flask import Blueprint, jsonify, render_template, request

from kg.resources import query_text
from kg.update.change import Change
from server.errors import HTTPError
from server.search_index import WORDS, Entry, Hit, LiveIndex, SearchIndex, normalise
from server.text_index import TextIndex

bp = Blueprint("search", __name__)

MAX_QUERY = 200
TYPEAHEAD_DEFAULT = 8
TYPEAHEAD_MAX = 50
PAGE_HITS = 100
TEXT_HITS = 50

#: Kind of a resource by the first segment of its path under ``<base>resource/``.
KINDS = {
    "disease": "disease",
    "intervention": "intervention",
    "outcome": "outcome",
    "process": "biological process",
    "organisation": "organisation",
    "publication": "publication",
    "source": "document",
    "claim": "claim",
    "statement": "statement",
    "reference": "reference",
    "section": "section",
    "population": "population",
    "curation": "curator addition",
}
ONTOLOGY_TERM = "ontology term"
#: The browse facet of claims that filters on a thing of each kind: a hit links to its claims.
CLAIMS_FACET = {
    "disease": "disease",
    "intervention": "intervention",
    "outcome": "outcome",
    "organisation": "body",
    "document": "document",
}
#: The kinds a reader can ask for, in the order results are grouped.
KIND_ORDER = (
    "disease",
    "intervention",
    "outcome",
    "biological process",
    "organisation",
    "publication",
    "document",
    "claim",
    "statement",
    ONTOLOGY_TERM,
    "reference",
    "section",
    "population",
    "curator addition",
)


def kind_of(iri: str, base: str) -> str:
    """The kind a reader knows a resource by (disease, claim …); ontology term otherwise.

    >>> kind_of("https://w3id.org/hsct-kg/resource/disease/ms", "https://w3id.org/hsct-kg/")
    'disease'
    >>> kind_of("https://w3id.org/hsct-kg/ontology#Claim", "https://w3id.org/hsct-kg/")
    'ontology term'
    """
    prefix = base + "resource/"
    if iri.startswith(prefix):
        return KINDS.get(iri[len(prefix) :].split("/", 1)[0], ONTOLOGY_TERM)
    return ONTOLOGY_TERM


RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
#: The predicates of names (search-index.rq): a change to one, or to a type, renames a thing.
NAME_PREDICATES = frozenset(
    {
        RDFS_LABEL,
        "http://www.w3.org/2004/02/skos/core#prefLabel",
        "http://www.w3.org/2004/02/skos/core#altLabel",
        "https://w3id.org/hsct-kg/ontology#abbreviation",
        RDF_TYPE,
    }
)
#: The claim slots search-usage.rq counts uses through.
USAGE_SLOTS = frozenset(
    "https://w3id.org/hsct-kg/ontology#" + slot
    for slot in [
        "intervention",
        "condition",
        "outcome",
        "recommendedBy",
        "mechanism",
        "step",
        "comparator",
        "mitigation",
    ]
)
#: A change renaming more things than this builds the index again instead.
REBUILD_AFTER = 5000


def _entries(rows, base: str, uses: dict[str, int]) -> list[Entry]:
    labels: dict[str, str] = {}
    names: dict[str, list[str]] = {}
    for row in rows:
        iri, text = row["s"].value, row["name"].value
        names.setdefault(iri, []).append(text)
        # Several labels (one per language): the shortest reads best in a list.
        if row["p"].value == RDFS_LABEL and (iri not in labels or len(text) < len(labels[iri])):
            labels[iri] = text
    entries = []
    for iri, found in names.items():
        label = labels.get(iri) or min(found, key=len)
        others = tuple(sorted(n for n in set(found) if n != label))
        entries.append(Entry(iri, label, kind_of(iri, base), others, uses.get(iri, 0)))
    entries.sort(key=lambda e: e.iri)
    return entries


def build_index(store: ox.Store, base: str) -> SearchIndex:
    """The label index of ``store``: every named class, property, concept, organisation,
    publication and document, with its labels, synonyms and abbreviations."""
    return open_index(store, base)()


def open_index(store: ox.Store, base: str) -> Callable[[], SearchIndex]:
    """Open the reads of :func:`build_index` (both see the store as it is now) and return what
    finishes it: the use counts must be of the same state as the names, since each later
    change moves them."""
    usage_rows = store.query(query_text("search-usage"))
    name_rows = store.query(query_text("search-index"))

    def finish() -> SearchIndex:
        uses = {
            row["thing"].value: int(row["uses"].value)
            for row in usage_rows
            if isinstance(row["thing"], ox.NamedNode)
        }
        return SearchIndex(_entries(name_rows, base, uses))

    return finish


def note_change(store: ox.Store, base: str, change: Change):
    """What :func:`follow_change` is given for ``change``, taken as it is committed: a change
    renaming more than :data:`REBUILD_AFTER` things gives the index built again from the store
    just after it (built later, the use counts of the changes after it would count twice)."""
    renamed, _ = _touched(change)
    if len(renamed) > REBUILD_AFTER:
        return build_index(store, base)
    return change


def _touched(change: Change) -> tuple[set[str], dict[str, int]]:
    """The things ``change`` renamed, and how many uses each thing gained or lost."""
    renamed: set[str] = set()
    moved: dict[str, int] = {}
    for sign, quads in ((1, change.added), (-1, change.removed)):
        for quad in quads:
            if quad.graph_name != ox.DefaultGraph() or not isinstance(quad.subject, ox.NamedNode):
                continue
            predicate = quad.predicate.value
            if predicate in NAME_PREDICATES:
                renamed.add(quad.subject.value)
            elif predicate in USAGE_SLOTS and isinstance(quad.object, ox.NamedNode):
                moved[quad.object.value] = moved.get(quad.object.value, 0) + sign
    return renamed, moved


def follow_change(
    live: LiveIndex, store: ox.Store, base: str, change: Change | SearchIndex
) -> None:
    """Bring ``live`` up to date with ``change``, committed to ``store`` (or, from
    :func:`note_change`, start again from the index built after it).

    The things whose names or types changed are read again (one bound query each); the use
    counts move by the claim slots added and removed. A change renaming more than
    :data:`REBUILD_AFTER` things (a bulk load, ``CLEAR ALL``) builds the index again.
    """
    if isinstance(change, SearchIndex):
        live.replace(change)
        return
    renamed, moved = _touched(change)
    if len(renamed) > REBUILD_AFTER:
        live.replace(build_index(store, base))
        return
    usage = {iri: live.usage(iri) + delta for iri, delta in moved.items() if delta}
    entries: dict[str, Entry | None] = {}
    text = query_text("search-index")
    for iri in sorted(renamed):
        rows = store.query(text, substitutions={ox.Variable("s"): ox.NamedNode(iri)})
        found = _entries(rows, base, {iri: usage.get(iri, live.usage(iri))})
        entries[iri] = found[0] if found else None
    if entries or usage:
        live.change(entries, usage)


def current_index() -> LiveIndex:
    """The index of the store as it is now (built in the background when the app starts)."""
    from server import readiness

    return readiness.index("labels")


def current_text_index() -> TextIndex:
    """The claims and statements by the words of their texts (:mod:`server.text_index`),
    built in the background when the app starts and following each update."""
    from server import readiness

    return readiness.index("texts")


def _query_text() -> str:
    text = request.args.get("q", "").strip()
    if len(text) > MAX_QUERY:
        raise HTTPError(400, f"the search text is longer than {MAX_QUERY} characters")
    return text


def _text_hits(text: str, wanted: set[str]) -> list[Hit]:
    """Claims and statements whose text has every word of ``text`` at the start of a word."""
    if wanted and not wanted & {"claim", "statement"}:
        return []
    words = list(dict.fromkeys(normalise(text).split()))
    if not words:
        return []
    hits = []
    for found in current_text_index().search(words, wanted, TEXT_HITS):
        entry = Entry(found.iri, found.text, found.what)
        hits.append(Hit(entry, WORDS, entry.label, len(words)))
    hits.sort(key=lambda h: (len(h.entry.label), h.entry.iri))
    by_kind: dict[str, list[Hit]] = {}
    for hit in hits:
        by_kind.setdefault(hit.entry.kind, []).append(hit)
    return [hit for group in by_kind.values() for hit in group[:TEXT_HITS]]


def _kinds() -> set[str]:
    wanted = set(request.args.getlist("kind"))
    unknown = wanted - set(KIND_ORDER)
    if unknown:
        raise HTTPError(400, f"kind {min(unknown)!r} is not one of: " + ", ".join(KIND_ORDER))
    return wanted


def page():
    """The search results page (mounted at ``/search`` by :mod:`server.pages`)."""
    text = _query_text()
    wanted = _kinds()
    group = request.args.get("group", "")
    if group not in ("", "kind"):
        raise HTTPError(400, f"group {group!r} is not one of: kind")
    hits: list[Hit] = []
    if text:
        named = current_index().lookup(text, PAGE_HITS, wanted)
        hits = sorted(
            named + _text_hits(text, wanted),
            key=lambda h: (h.tier, -h.words, len(h.matched), -h.entry.usage),
        )
    counts: dict[str, int] = {}
    for hit in hits:
        counts[hit.entry.kind] = counts.get(hit.entry.kind, 0) + 1
    groups = [(kind, [h for h in hits if h.entry.kind == kind]) for kind in KIND_ORDER]
    return render_template(
        "search.html",
        q=text,
        hits=hits,
        kinds=[(kind, counts[kind]) for kind in KIND_ORDER if kind in counts],
        wanted=wanted,
        group=group,
        groups=[(kind, found) for kind, found in groups if found],
        claims_facet=CLAIMS_FACET,
    )


@bp.route("/search.json")
def typeahead():
    text = _query_text()
    raw = request.args.get("limit", str(TYPEAHEAD_DEFAULT))
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= TYPEAHEAD_MAX:
        raise HTTPError(400, f"limit {raw!r} is not a whole number from 1 to {TYPEAHEAD_MAX}")
    hits = current_index().lookup(text, int(raw), _kinds()) if text else []
    from server import pages

    return jsonify(
        {
            "q": text,
            "results": [
                {
                    "iri": hit.entry.iri,
                    "label": hit.entry.label,
                    "kind": hit.entry.kind,
                    "matched": hit.matched,
                    "tier": hit.tier_name,
                    "href": pages.link(hit.entry.iri),
                }
                for hit in hits
            ],
        }
    )
