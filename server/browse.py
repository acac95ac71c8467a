"""Browse pages, as Datasette lists a table: one list per kind of thing, with facets (each value
with its count; a click adds it as a filter), paging in a stable order, and the same list as JSON
and CSV.

``/browse``                           the lists, with their sizes
``/browse/<list>``                    one list: claims, diseases, interventions, outcomes,
                                      organisations, documents
``/browse/<list>.json``, ``.csv``     the same page of the same list, same filters

Query parameters: a facet name with a value (an IRI, or a CURIE of the project's prefixes) to
filter on; ``page`` (from 1) and ``size`` (1 to 500). A facet of the claims list may be given
several values (up to 20): a claim matches if it has any of them, and must match every facet
filtered on; each facet's counts are taken under the other facets' filters, so its other values
stay there to be added. An unknown parameter, a value that is not an IRI, or a page number that
is not a positive whole number is a 400; a page past the end is an empty page that says so.

The claims list and its facets come from :mod:`server.claim_index`, an index of the claims by
facet value held beside the store (milliseconds at a million claims, where the same counts in
SPARQL took seconds a facet); the entity lists are small and asked of the store.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, jsonify, render_template, request, url_for

from kg.namespaces import PREFIXES
from kg.resources import query_text
from server import pages
from server.claim_index import ClaimIndex
from server.errors import HTTPError
from server.linked import curie, parse_iri

bp = Blueprint("browse", __name__)

DEFAULT_SIZE = 50
MAX_SIZE = 500
MAX_VALUES = 20  # values of one facet in one request
#: Values of a facet the HTML page lists (the most frequent; the JSON has them all).
SHOWN_VALUES = 20
# Bound to a filter variable that is not filtered on: the queries compare with it first.
ANY = ox.NamedNode("urn:x-hsct-kg:browse:any")

RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
ABBREVIATION = ox.NamedNode("https://w3id.org/hsct-kg/ontology#abbreviation")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
OWL_CLASS = "http://www.w3.org/2002/07/owl#Class"
HKG = "https://w3id.org/hsct-kg/ontology#"


@dataclass(frozen=True)
class Listing:
    """One browse list: what it holds and how it is filtered."""

    name: str
    title: str
    facets: tuple[tuple[str, str], ...]  # (parameter, heading)
    type: str = ""
    segment: str = ""  # path segment under <base>resource/
    uses: str = ""  # what the uses column counts
    claims_facet: str = ""  # the claims list's facet that filters on one of these things


CLAIM_FACETS = (
    ("kind", "Kind"),
    ("strength", "Strength"),
    ("direction", "Direction"),
    ("body", "Recommending body"),
    ("disease", "Disease"),
    ("intervention", "Intervention"),
    ("outcome", "Outcome"),
    ("document", "Source document"),
)
CLAIM_SLOTS = {
    "strength": HKG + "strength",
    "direction": HKG + "direction",
    "body": HKG + "recommendedBy",
    "disease": HKG + "condition",
    "intervention": HKG + "intervention",
    "outcome": HKG + "outcome",
}
PARENT = (("parent", "Subclass of"),)

LISTINGS = {
    "claims": Listing("claims", "Claims", CLAIM_FACETS),
    "diseases": Listing("diseases", "Diseases", PARENT, OWL_CLASS, "disease", "claims", "disease"),
    "interventions": Listing(
        "interventions",
        "Interventions",
        PARENT,
        OWL_CLASS,
        "intervention",
        "claims",
        "intervention",
    ),
    "outcomes": Listing("outcomes", "Outcomes", PARENT, OWL_CLASS, "outcome", "claims", "outcome"),
    "organisations": Listing(
        "organisations",
        "Organisations",
        (),
        HKG + "Organisation",
        "organisation",
        "claims",
        "body",
    ),
    "documents": Listing(
        "documents",
        "Source documents",
        (),
        HKG + "SourceDocument",
        "source",
        "claims",
        "document",
    ),
}
PAGING = ("page", "size")


# ---------------------------------------------------------------- reading the request


def _listing(name: str) -> tuple[Listing, str | None]:
    stem, dot, suffix = name.partition(".")
    if stem not in LISTINGS or (dot and suffix not in ("json", "csv")):
        raise HTTPError(
            404, f"no list named {name!r}; there are " + ", ".join(LISTINGS) + " (.json, .csv)"
        )
    return LISTINGS[stem], suffix or None


def _term(facet: str, value: str) -> ox.NamedNode:
    """A facet value as a term: an IRI, or a CURIE of the project's prefixes."""
    prefix, colon, local = value.partition(":")
    if colon and prefix in PREFIXES and not local.startswith("//"):
        value = PREFIXES[prefix] + local
    node = parse_iri(value)
    if node is None:
        raise HTTPError(400, f"{facet}: {value!r} is not an IRI (nor a CURIE of a known prefix)")
    return node


def _filters(listing: Listing) -> dict[str, list[ox.NamedNode]]:
    """The filters of the request: facet -> its values, in the order given (several values of
    the claims list's facets match a claim having any of them)."""
    names = {name for name, _ in listing.facets}
    filters = {}
    for key in request.args:
        if key in PAGING:
            continue
        if key not in names:
            known = ", ".join(sorted(names)) or "none"
            raise HTTPError(
                400, f"{key!r} is not a facet of the {listing.name} list (its facets: {known})"
            )
        values = list(dict.fromkeys(request.args.getlist(key)))
        if len(values) > 1 and listing.name != "claims":
            raise HTTPError(400, f"{key}: give one value, not {len(values)}")
        if len(values) > MAX_VALUES:
            raise HTTPError(400, f"{key}: give at most {MAX_VALUES} values, not {len(values)}")
        filters[key] = [_term(key, value) for value in values]
    return filters


def _positive(name: str, default: int, most: int | None = None) -> int:
    raw = request.args.get(name)
    if raw is None:
        return default
    # ASCII digits only: str.isdigit() also accepts "²", which int() refuses.
    if (
        not (raw.isascii() and raw.isdigit())
        or int(raw) < 1
        or (most is not None and int(raw) > most)
    ):
        upper = f" to {most}" if most else " or more"
        raise HTTPError(400, f"{name} {raw!r} is not a whole number from 1{upper}")
    return int(raw)


# ---------------------------------------------------------------- querying


def _bindings(listing: Listing, filters: dict[str, ox.NamedNode]) -> dict:
    bound = {ox.Variable("any"): ANY}
    for name, _ in listing.facets:
        bound[ox.Variable(name)] = filters[name][0] if name in filters else ANY
    if listing.name != "claims":
        base = current_app.extensions["kg.settings"].base_iri
        bound[ox.Variable("type")] = ox.NamedNode(listing.type)
        bound[ox.Variable("namespace")] = ox.Literal(f"{base}resource/{listing.segment}/")
        bound.setdefault(ox.Variable("parent"), ANY)
    return bound


def claim_index() -> ClaimIndex:
    """The claims of the store by facet value (:mod:`server.claim_index`), built in the
    background when the app starts and following each update."""
    from server import readiness

    pages._store()  # a 501 without a local store
    return readiness.index("claims")


def _total(listing: Listing, filters) -> int:
    if listing.name == "claims":
        return claim_index().select(_values(filters)).total
    rows = list(
        pages._store().query(
            query_text("browse-entity-count"), substitutions=_bindings(listing, filters)
        )
    )
    # Grouped by the filter values, so nothing matching gives no row rather than a 0.
    return int(rows[0]["count"].value) if rows else 0


def _values(filters) -> dict[str, list[str]]:
    return {facet: [node.value for node in nodes] for facet, nodes in filters.items()}


def _facets(listing: Listing, filters) -> tuple[int, dict[str, list[dict]], object]:
    """(total, facet -> values with their labels and counts, the claims chosen or None)."""
    store = pages._store()
    if listing.name == "claims":
        chosen = claim_index().select(_values(filters))
        # Labelled when shown (:func:`_labelled`): a facet may have thousands of values.
        facets = {
            facet: [
                {"value": value, "label": None, "count": count}
                for value, count in chosen.facets[facet]
            ]
            for facet, _ in listing.facets
        }
        return chosen.total, facets, chosen

    def compute():
        facets: dict[str, list[dict]] = {facet: [] for facet, _ in listing.facets}
        total = _total(listing, filters)
        if "parent" in facets:
            found = store.query(
                query_text("browse-entity-parent-facet"), substitutions=_bindings(listing, filters)
            )
            facets["parent"] = [_facet_value(row) for row in found]
        for values in facets.values():
            values.sort(key=lambda v: (-v["count"], v["label"].casefold(), v["value"]))
        return total, facets

    key = (
        "browse-facets:" + listing.name + repr(sorted((k, v[0].value) for k, v in filters.items()))
    )
    return (*pages._cached(key, compute), None)


def _labelled(store: ox.Store, values: list[dict]) -> list[dict]:
    """``values`` (facet values), each given its label if it has none yet."""
    for value in values:
        if value["label"] is None:
            value["label"] = _label(store, ox.NamedNode(value["value"]))
    return values


def _facet_value(row) -> dict:
    value = row["value"].value
    label = row["label"].value if row["label"] else curie(value)
    return {"value": value, "label": label, "count": int(row["count"].value)}


def _label(store: ox.Store, node, names=(RDFS_LABEL,)) -> str:
    for predicate in names:
        for quad in store.quads_for_pattern(node, predicate, None, ox.DefaultGraph()):
            return quad.object.value
    return curie(node.value)


def _claim_rows(store: ox.Store, chosen, start: int, size: int) -> list[dict]:
    return [_claim_row(store, ox.NamedNode(iri)) for iri in chosen.window(start, size)]


def _claim_row(store: ox.Store, claim: ox.NamedNode) -> dict:
    graph = ox.DefaultGraph()
    kinds = [
        q.object
        for q in store.quads_for_pattern(claim, RDF_TYPE, None, graph)
        if q.object.value != HKG + "Claim"
    ]
    row = {
        "claim": claim.value,
        "label": _label(store, claim),
        "kind": [{"iri": k.value, "label": _label(store, k)} for k in kinds],
    }
    for column, predicate in CLAIM_SLOTS.items():
        # Bodies by their abbreviation (ECTRIMS, EULAR): the full names crowd out the table.
        names = (ABBREVIATION, RDFS_LABEL) if column == "body" else (RDFS_LABEL,)
        row[column] = [
            {"iri": q.object.value, "label": _label(store, q.object, names)}
            for q in store.quads_for_pattern(claim, ox.NamedNode(predicate), None, graph)
            if isinstance(q.object, ox.NamedNode)
        ]
    return row


def _entity_rows(store: ox.Store, listing: Listing, filters, start: int, size: int):
    def named() -> list[tuple[str, str]]:
        found = store.query(
            query_text("browse-entity-names"), substitutions=_bindings(listing, filters)
        )
        return [
            (
                row["entity"].value,
                row["label"].value if row["label"] else curie(row["entity"].value),
            )
            for row in found
        ]

    # Kept for the state of the store, as the facets are (at most one filter: the parent).
    key = "browse-names:" + listing.name + repr(sorted((k, v[0].value) for k, v in filters.items()))
    # Claims per thing from the claim index: counting them in SPARQL reads every claim.
    uses = dict(claim_index().counts(listing.claims_facet))
    return [
        {"iri": iri, "label": label, "claims": uses.get(iri, 0)}
        for iri, label in pages._cached(key, named)[start : start + size]
    ]


# ---------------------------------------------------------------- answering


@bp.route("/browse")
def index():
    # Sizes only: the facets of every list would cost a scan of every claim per facet.
    lists = [
        (listing, pages._cached("browse-total:" + listing.name, lambda it=listing: _total(it, {})))
        for listing in LISTINGS.values()
    ]
    return render_template("browse.html", lists=lists)


@bp.route("/browse/<name>")
def listing(name: str):
    listing, fmt = _listing(name)
    filters = _filters(listing)
    page = _positive("page", 1)
    size = _positive("size", DEFAULT_SIZE, MAX_SIZE)
    total, facets, chosen = _facets(listing, filters)
    pages_count = max(1, math.ceil(total / size))
    start = (page - 1) * size
    store = pages._store()
    if start >= total:
        rows = []
    elif chosen is not None:
        rows = _claim_rows(store, chosen, start, size)
    else:
        rows = _entity_rows(store, listing, filters, start, size)
    state: dict[str, list[str] | str] = _values(filters)
    if size != DEFAULT_SIZE:
        state["size"] = str(size)

    def at(target_page: int | None = None, fmt_suffix: str = "", **changes) -> str:
        params = {**state, **changes}
        params = {k: v for k, v in params.items() if v}
        if target_page and target_page > 1:
            params["page"] = str(target_page)
        return url_for("browse.listing", name=listing.name + fmt_suffix, **params)

    def toggle(facet: str, value: str) -> str:
        """The link adding ``value`` to its facet's filter, or taking it away."""
        now = list(state.get(facet, []))
        return at(**{facet: [v for v in now if v != value] if value in now else [*now, value]})

    suffix = ".json" if fmt == "json" else ""
    previous = at(min(page - 1, pages_count), suffix) if page > 1 else None
    following = at(page + 1, suffix) if page < pages_count else None
    if fmt == "json":
        for values in facets.values():
            _labelled(store, values)
        return _json(
            listing, state, total, page, size, pages_count, facets, rows, previous, following
        )
    if fmt == "csv":
        return _csv(listing, rows)
    shown = []
    for facet, heading in listing.facets:
        values = facets.get(facet, [])
        picked = set(state.get(facet, []))
        # The most frequent values, and every chosen one.
        listed = [v for n, v in enumerate(values) if n < SHOWN_VALUES or v["value"] in picked]
        shown.append((facet, heading, _labelled(store, listed), len(values) - len(listed)))
    labels = {}
    for facet, _, values, _ in shown:
        for value in values:
            labels[(facet, value["value"])] = value["label"]
    active = [
        {
            "facet": facet,
            "heading": dict(listing.facets)[facet],
            "value": node.value,
            "label": labels.get((facet, node.value)) or _label(store, node),
            "remove": toggle(facet, node.value),
        }
        for facet, nodes in filters.items()
        for node in nodes
    ]
    return render_template(
        "browse.html",
        listing=listing,
        facets=shown,
        toggle=toggle,
        active=active,
        filters=state,
        rows=rows,
        total=total,
        page=page,
        size=size,
        pages=pages_count,
        first=start + 1,
        previous=previous,
        following=following,
        at=at,
        json_url=at(page, ".json"),
        csv_url=at(page, ".csv"),
    )


def _json(listing, state, total, page, size, pages_count, facets, rows, previous, following):
    return jsonify(
        {
            "list": listing.name,
            "filters": {k: v for k, v in state.items() if k != "size"},
            "total": total,
            "page": page,
            "size": size,
            "pages": pages_count,
            "previous": previous,
            "next": following,
            "facets": facets,
            "rows": rows,
        }
    )


def _csv(listing: Listing, rows: list[dict]) -> Response:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if listing.name == "claims":
        columns = ["claim", "label", "kind", *CLAIM_SLOTS]
        writer.writerow(columns)
        for row in rows:
            writer.writerow(
                [row["claim"], row["label"]]
                + [" ".join(v["iri"] for v in row[c]) for c in ("kind", *CLAIM_SLOTS)]
            )
    else:
        writer.writerow(["iri", "label", listing.uses])
        for row in rows:
            writer.writerow([row["iri"], row["label"], row[listing.uses]])
    response = Response(out.getvalue(), mimetype="text/csv")
    response.headers["Content-Type"] = "text/csv; charset=utf-8"
    return response
