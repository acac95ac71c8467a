"""Search: the results page and the typeahead's JSON, ranked in tiers (see
:mod:`server.search_index`).

``/search?q=[&kind=][&group=kind]``  the results page: things by name from the label index,
                                     then claims and statements whose text has every word
                                     (from the text index, :mod:`server.text_index`)
``/search.json?q=[&limit=]``         the typeahead: the label index only, never the store

The index is built when the app starts and follows each update from what the update changed
(:func:`follow_change`, called under the update lock before the update is answered): a search
after an update finds what it added at once and never waits for the index to be built again.
"""

from __future__ import annotations

import threading

import pyoxigraph as ox
from flask import Blueprint, current_app, jsonify, render_template, request

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
    uses = {
        row["thing"].value: int(row["uses"].value)
        for row in store.query(query_text("search-usage"))
        if isinstance(row["thing"], ox.NamedNode)
    }
    return SearchIndex(_entries(store.query(query_text("search-index")), base, uses))


def follow_change(live: LiveIndex, store: ox.Store, base: str, change: Change) -> None:
    """Bring ``live`` up to date with ``change``, committed to ``store``.

    The things whose names or types changed are read again (one bound query each); the use
    counts move by the claim slots added and removed. A change renaming more than
    :data:`REBUILD_AFTER` things (a bulk load, ``CLEAR ALL``) builds the index again.
    """
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
    """The index of the store as it is now (built when the app starts)."""
    app = current_app
    live = app.extensions.get("kg.search")
    if live is None:
        with _BUILDING:
            live = app.extensions.get("kg.search")
            if live is None:
                from server import pages

                base = app.extensions["kg.settings"].base_iri
                pages._store()  # a 501 without a local store
                # The store itself, not a request's view of it: the index reads all of it once
                # and follows it long after this request.
                store = app.extensions["kg"]
                live = LiveIndex(build_index(store, base))
                app.extensions["kg.search"] = live
                app.extensions.setdefault("kg.followers", []).append(
                    lambda change: follow_change(live, store, base, change)
                )
    return live


def current_text_index() -> TextIndex:
    """The claims and statements by the words of their texts (:mod:`server.text_index`),
    built when the app starts and following each update."""
    app = current_app
    index = app.extensions.get("kg.texts")
    if index is None:
        with _BUILDING:
            index = app.extensions.get("kg.texts")
            if index is None:
                from server import pages

                pages._store()  # a 501 without a local store
                index = TextIndex.build(app.extensions["kg"])
                app.extensions["kg.texts"] = index
                app.extensions.setdefault("kg.followers", []).append(index.follow)
    return index


_BUILDING = threading.Lock()


@bp.record_once
def _build_at_start(state) -> None:
    app = state.app
    if isinstance(app.extensions.get("kg"), ox.Store):
        with app.app_context():
            current_index()
            current_text_index()


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
