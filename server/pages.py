"""Linked-data pages: every IRI under the graph's base answers here, for browsers and RDF clients.

Routes of the ``pages`` blueprint:

``/``                      home: counts, example questions, label search, links to everything
``/query``                 the query page (``?example=NAME`` pre-fills one, ``&run=1`` runs it)
``/search?q=``             search by name, ranked (:mod:`server.search`)
``/resource/<path>``       the resource ``<base>resource/<path>``: HTML, or RDF by ``Accept`` or
                           by suffix (``.ttl`` ``.jsonld`` ``.nt`` ``.rdf``)
``/describe?iri=``         the same page for any IRI the graph mentions (vocabulary terms)
``/ontology``              the ontology ``<base>ontology``: RDF/XML to OWL clients, Turtle or
                           JSON-LD by ``Accept`` or suffix, documentation for browsers; its version
                           and import IRIs (``/ontology/...``) answer with the same document
``/dumps/<name>``          the whole graph: ``hsct-kg.ttl``, ``.nt``, ``.jsonld`` (``.gz`` appended:
                           gzipped file; or ``Accept-Encoding: gzip``)
``/evidence-map.svg?iri=`` the evidence map of a disease or intervention on its own

Every response carries the security headers of :func:`security_headers`.
"""

from __future__ import annotations

import functools
import gzip
import weakref
from collections.abc import Callable, Mapping
from importlib import resources
from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, g, has_request_context, render_template, request
from markupsafe import Markup, escape

from kg.namespaces import PREFIXES
from kg.resources import query_text
from kg.results import write_triples
from server import (
    claim_facets,
    claim_view,
    conneg,
    evidence_map,
    ontology,
    page_store,
    search,
    sentences,
)
from server.claim_facets import expand
from server.errors import HTTPError
from server.linked import SUFFIXES, IriMap, curie, parse_iri, registry, xref_url
from server.property_usage import PropertyUsage
from server.resource import (
    HKG,
    MAX_SORTED,
    VALUES_SHOWN,
    XREFS,
    claims_by_iri,
    claims_from,
    describe,
    property_page,
    resource_triples,
    xref_notes,
)

bp = Blueprint(
    "pages",
    __name__,
    template_folder="templates",
    static_folder="static",
    static_url_path="/static",
)

#: What a resource page can be had as; browsers get HTML, ``*/*`` too.
PAGE_TYPES = (conneg.HTML, conneg.TURTLE, conneg.JSON_LD, conneg.N_TRIPLES, conneg.RDF_XML)
#: What the ontology can be had as; OWL clients (Protégé asks for RDF/XML first) get RDF/XML.
ONTOLOGY_TYPES = (conneg.RDF_XML, conneg.TURTLE, conneg.JSON_LD, conneg.N_TRIPLES, conneg.HTML)
#: Dump files by name: media type and pyoxigraph format.
DUMPS = {
    "hsct-kg.ttl": (conneg.TURTLE, ox.RdfFormat.TURTLE),
    "hsct-kg.nt": (conneg.N_TRIPLES, ox.RdfFormat.N_TRIPLES),
    "hsct-kg.jsonld": (conneg.JSON_LD, ox.RdfFormat.JSON_LD),
}
# Small bodies are sent as they are: compressing them costs more than it saves.
GZIP_MIN_BYTES = 1024

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


@bp.after_app_request
def security_headers(response: Response) -> Response:
    """Add the security headers to every response of the app (not only the pages')."""
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CSP)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("Referrer-Policy", "same-origin")
    return response


# ---------------------------------------------------------------- context


def _store() -> ox.Store:
    store = current_app.extensions["kg"]
    if not isinstance(store, ox.Store):
        # The pages bind values into their queries and walk triples directly, which a remote
        # backend (kg serve --backend) does not offer; answering from unbound queries would scan
        # the whole remote store.
        raise HTTPError(
            501, "the linked-data pages need a local store; query this server's /sparql instead"
        )
    if not has_request_context():
        # At start-up (the search index): the whole store, no time limit.
        return store
    # A request's queries run in the query workers, under the endpoint's time limit.
    return page_store.limited(
        store,
        current_app.extensions["kg.backend"].executor,
        _settings().timeout,
        g,
        request.environ.get("waitress.client_disconnected"),
    )


def _settings():
    return current_app.extensions["kg.settings"]


def _links() -> IriMap:
    # Once per request: a page of a thousand links asks for it for every one.
    found = g.get("kg_links")
    if found is None:
        settings = _settings()
        public = settings.public_url.rstrip("/") + "/" if settings.public_url else request.url_root
        found = g.kg_links = IriMap(settings.base_iri, public)
    return found


# Computed once per state of the store: the backend replaces its stats cache after each update,
# so keying on that object forgets everything an update may have changed.
_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _cached(name: str, compute: Callable[[], Any]) -> Any:
    key = current_app.extensions["kg.backend"].stats
    entry = _CACHE.setdefault(key, {})
    if name not in entry:
        entry[name] = compute()
    return entry[name]


@bp.app_template_global()
def link(iri: str) -> str:
    """The link a page gives to ``iri``."""
    return _links().href(iri)


@bp.app_template_global()
@functools.lru_cache(maxsize=1 << 16)
def short(iri: str) -> str:
    """A short name of ``iri``: its CURIE, or its registry CURIE."""
    found = registry(iri)
    return found[1] if found else curie(iri)


# The raw tables of a page list up to a thousand links to it: written here rather than through
# the ``term`` and ``prop`` macros of macros.html (whose HTML they give, character for
# character), a Jinja macro call costing more than the row itself.


@bp.app_template_global()
def term_html(t) -> Markup:
    """The HTML of the ``term`` macro of macros.html for the :class:`~server.resource.Term`
    ``t``: an IRI as a link, a literal with its language tag, a blank node."""
    if t.is_iri:
        value = t.value
        shown = t.label or short(value)
        return Markup(
            f'<a href="{escape(link(value))}" title="{escape(value)}">{escape(shown)}</a>'
        )
    if t.is_literal:
        language = t.term.language
        tag = f'<span class="tag">@{escape(language)}</span>' if language else ""
        return Markup(f'<span class="literal">{escape(t.value)}</span>{tag}')
    return Markup(f'<span class="bnode">_:{escape(t.value)}</span>')


@bp.app_template_global()
def prop_html(p, usage) -> Markup:
    """The HTML of the ``prop`` macro of macros.html: the property ``p`` (a
    :class:`~server.resource.Term`) linked to its definition, with how often it is used."""
    value, label = p.value, p.label
    uses = usage.get(value) if usage else None
    memo = g.setdefault("kg_props", {})
    key = (value, label, uses)
    found = memo.get(key)
    if found is None:
        out = f'<a href="{escape(link(value))}" title="{escape(value)}">{escape(label or short(value))}</a>'
        if label:
            out += f' <code class="curie">{escape(short(value))}</code>'
        if uses:
            out += f' <span class="uses">used {uses:,} times</span>'
        found = memo[key] = Markup(out)
    return found


def _page_address(iri: str) -> str:
    """Where the page of ``iri`` is: its own address, or ``/describe?iri=`` (for an IRI not
    under the base, or one with a fragment, which a request cannot name)."""
    url = _links().url(iri)
    if url and "#" not in url:
        return url
    return _links().public + "describe?iri=" + _quote(iri)


def _property_param(prop: str) -> str:
    """``prop`` as the ``p`` parameter: its CURIE when one of the graph's prefixes gives it."""
    short_name = curie(prop)
    return short_name if short_name != prop and expand(short_name) == prop else prop


@bp.app_template_global()
def property_href(iri: str, prop: str, incoming: bool = False, page: int = 1) -> str:
    """The address of page ``page`` of the values of ``prop`` on the page of ``iri`` (of the
    things linking to it through ``prop``, when ``incoming``)."""
    address = _page_address(iri)
    query = "p=" + _quote(_property_param(prop))
    if incoming:
        query += "&dir=in"
    if page > 1:
        query += f"&page={page}"
    return address + ("&" if "?" in address else "?") + query


@bp.app_template_global()
def property_rows(iri: str, groups, usage, more: bool = True) -> Markup:
    """The rows of a raw table (:func:`raw_tables` of macros.html): each property (a
    :class:`~server.resource.PropertyValues`) a ``tbody`` of its values, its count beside it in
    the first row, and a link to the next page of its values when there are more. Written here,
    not by a macro per row, for the same reason as :func:`term_html`."""
    out = []
    for group in groups:
        prop, incoming = group.prop, group.incoming
        shown = prop_html(prop, usage)
        noun = "link" if incoming else "value"
        # On a page of one property the paging line gives the count instead.
        count = (
            Markup(f' <span class="count">· {group.count:,} {noun}s</span>')
            if group.count > 1 and more
            else Markup("")
        )
        out.append(
            f'<tbody class="property" data-property="{escape(prop.value)}" '
            f'data-count="{group.count}">'
        )
        for k, value in enumerate(group.values):
            cell = shown + count if k == 0 else shown
            if incoming:
                out.append(f"<tr><td>{term_html(value)}</td><td>{cell}</td></tr>")
            else:
                out.append(f"<tr><td>{cell}</td><td>{term_html(value)}</td></tr>")
        if not group.values:
            out.append(f'<tr><td colspan="2">{shown}{count}</td></tr>')
        if more and group.more:
            first = group.start + len(group.values) + 1
            last = min(first + VALUES_SHOWN - 1, group.count)
            page = (first - 1) // VALUES_SHOWN + 1
            href = property_href(iri, prop.value, incoming, page)
            which = f"{noun}s {first:,}–{last:,}" if last > first else f"{noun} {first:,}"
            out.append(
                f'<tr class="more"><td colspan="2"><a href="{escape(href)}">{which} '
                f"of {group.count:,} →</a></td></tr>"
            )
        out.append("</tbody>")
    return Markup("\n".join(out))


@bp.app_template_global()
def xref(value: str) -> tuple[str, str | None]:
    """(shown text, link) of a cross-reference value, an IRI or a CURIE string."""
    found = registry(value)
    if found:
        return found[1], value
    return value, xref_url(value)


@bp.app_context_processor
def _template_context() -> dict:
    return {
        "XREFS": XREFS,
        "HKG": HKG,
        "VALUES_SHOWN": VALUES_SHOWN,
        "MAX_SORTED": MAX_SORTED,
        "DOCUMENT_PAGE": sentences.DOCUMENT_PAGE,
        "RDFS_SUBCLASS": "http://www.w3.org/2000/01/rdf-schema#subClassOf",
    }


# ---------------------------------------------------------------- home, search, query


def examples() -> list[dict[str, str]]:
    """The example questions (``kg/queries/example-*.rq``): name, title and query text."""
    folder = resources.files("kg").joinpath("queries")
    out = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.startswith("example-") and entry.name.endswith(".rq"):
            text = entry.read_text(encoding="utf-8")
            title = text.splitlines()[0].lstrip("# ").strip() if text else entry.name
            out.append({"name": entry.name[: -len(".rq")], "title": title, "query": text})
    return out


def _counts() -> dict:
    store = _store()
    base = _settings().base_iri + "resource/"
    bound = {
        ox.Variable(kind): ox.Literal(f"{base}{kind[:-1]}/")
        for kind in ("diseases", "interventions", "outcomes")
    }
    totals = {"diseases": 0, "interventions": 0, "outcomes": 0, "sources": 0, "statements": 0}
    for row in store.query(query_text("page-entity-counts"), substitutions=bound):
        totals[row["what"].value] = int(row["count"].value)
    kinds = [
        (row["kind"].value, row["label"].value if row["label"] else None, int(row["count"].value))
        for row in store.query(query_text("page-claim-counts"))
    ]
    totals["claims"] = sum(n for _, _, n in kinds)
    sources = [
        {
            "iri": row["source"].value,
            "title": row["title"].value if row["title"] else row["source"].value,
            "date": row["date"].value if row["date"] else None,
        }
        for row in store.query(query_text("page-sources"))
    ]
    return {"totals": totals, "kinds": kinds, "sources": sources}


@bp.route("/")
def home():
    counts = _cached("counts", _counts)
    return render_template(
        "home.html",
        counts=counts,
        examples=examples(),
        dumps=list(DUMPS),
    )


# The header form of every page names this endpoint; the search itself lives in server/search.py.
bp.add_url_rule("/search", "search", search.page)


@bp.route("/query", methods=["GET", "POST"])
def query_page():
    chosen = request.args.get("example")
    all_examples = examples()
    prologue = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())
    text = prologue + "\nSELECT ?s ?p ?o WHERE {\n  ?s ?p ?o .\n}\nLIMIT 20\n"
    selected = None
    given = request.args.get("query")
    run = request.args.get("run")
    if request.method == "POST":
        # A query too long for an address, sent as the SPARQL protocol sends one by POST.
        given, run = _posted_query(given, run)
    if given is not None:
        # A shared link or the endpoint opened in a browser: this query, in the editor.
        text = given
    if chosen:
        selected = next((e for e in all_examples if e["name"] == chosen), None)
        if selected is None:
            raise HTTPError(404, f"no example query named {chosen!r}")
        text = selected["query"]
    return render_template(
        "query.html",
        examples=all_examples,
        text=text,
        selected=selected,
        autorun=bool(selected or given) and run == "1",
        given=bool(selected or given is not None),
        base=_settings().base_iri,
    )


def _posted_query(given: str | None, run: str | None) -> tuple[str | None, str | None]:
    """The ``query`` (and ``run``) of a query page POSTed as a form, as ``/sparql`` takes a
    query by POST (SPARQL 1.1 Protocol, 2.1.2): for a query too long for a GET address."""
    if request.mimetype != "application/x-www-form-urlencoded":
        raise HTTPError(
            415,
            "the query page takes a POSTed query as application/x-www-form-urlencoded "
            f"(the form field query), not {request.mimetype or 'a body without a type'}",
        )
    posted = request.form.getlist("query")
    if len(posted) > 1 or (posted and given is not None):
        raise HTTPError(400, "give one query: the form has more than one query field")
    if posted:
        given = posted[0]
    return given, request.form.get("run", run)


# ---------------------------------------------------------------- resources


@bp.route("/resource/<path:rest>")
def resource(rest: str):
    path, media = _split_suffix("resource/" + rest)
    links = _links()
    iri = links.iri(path)
    if parse_iri(iri) is None:
        raise HTTPError(400, f"{iri!r} is not a valid IRI")
    return _answer_resource(iri, media)


@bp.route("/describe")
def describe_any():
    value = request.args.get("iri", "")
    node = parse_iri(value)
    if node is None:
        raise HTTPError(400, f"iri: {value!r} is not an absolute IRI")
    return _answer_resource(node.value, _format_param())


def _format_param() -> str | None:
    fmt = request.args.get("format")
    if not fmt:
        return None
    media = conneg.from_format(fmt, conneg.GRAPH_FORMATS, conneg.GRAPH_TYPES)
    if media is None:
        raise HTTPError(400, f"format {fmt!r} is not one of ttl, jsonld, nt, rdf")
    return media


def _split_suffix(path: str) -> tuple[str, str | None]:
    for suffix, media in SUFFIXES.items():
        if path.endswith(suffix) and len(path) > len(suffix):
            return path[: -len(suffix)], media
    return path, None


def _answer_resource(iri: str, media: str | None):
    store = _store()
    if media is None:
        media = conneg.negotiate(request.headers.get("Accept"), PAGE_TYPES)
        if media is None:
            raise HTTPError(406, "the Accept header allows none of: " + ", ".join(PAGE_TYPES))
        vary = True
    else:
        vary = False
    if media != conneg.HTML:
        triples = resource_triples(store, iri)
        if not triples and not _mentioned(store, iri):
            raise HTTPError(404, f"nothing is known about {iri}")
        return _rdf(triples, media, vary=vary)
    if "p" in request.args:
        return _property_values(store, iri)
    # A thing with many claims about it has its cards from the claim index, not read whole.
    scope = _many_claims(iri)
    description = describe(store, iri, with_claims=scope is None)
    if not description.exists:
        return _not_found(iri)
    links = _links()
    page_url = links.url(iri)
    context = {
        "d": description,
        "iri": iri,
        "alternates": {
            "Turtle": _alternate(iri, page_url, ".ttl", "ttl"),
            "JSON-LD": _alternate(iri, page_url, ".jsonld", "jsonld"),
            "N-Triples": _alternate(iri, page_url, ".nt", "nt"),
            "RDF/XML": _alternate(iri, page_url, ".rdf", "rdf"),
        },
        "document_anchor": _statement_anchor,
        "document_page": functools.partial(sentences.statement_page_query, store),
        "local": links.local(iri),
        "usage": _property_usage(),
        "xref_notes": xref_notes(store, iri) if description.xrefs else {},
    }
    types = {t.value for t in description.types}
    if HKG + "SourceDocument" in types:
        template = "document.html"
        context["doc"] = sentences.document(store, iri, sentences.page_number(request.args))
        context["marked"] = sentences.marked
    elif types & {HKG + "Section", HKG + "DocumentPart"} and (
        section := sentences.section(store, iri, sentences.page_number(request.args))
    ):
        template = "document.html"
        context["doc"] = section
        context["marked"] = sentences.marked
    elif HKG + "SourceStatement" in types:
        template = "statement.html"
        context["s"] = sentences.statement(store, iri)
        context["claims"] = claims_from(store, iri)
        context["marked"] = sentences.marked
    else:
        # Read by its IRI: asking for the claims derived from it and keeping its own cost a
        # path query over the store (0.28 s for AHSCT's page at a million claims).
        own = claims_by_iri(store, [iri])
        if own:
            template = "claim.html"
            context["c"] = own[0]
            context["shortcuts"] = claim_view.shortcuts(store, own[0])
            context["populations"] = claim_view.populations(store, own[0])
        else:
            template = "resource.html"
            if scope is not None:
                from server.browse import claim_index

                found = claim_facets.indexed_cards(
                    store, claim_index(), scope, request.args, page_url, _label_of
                )
                context.update(found)
                context.update(_map_context(found["shown"], description, iri))
            else:
                context.update(_claims_with_facets(description, iri, page_url))
    body = render_template(template, **context)
    response = Response(body, mimetype="text/html")
    response.vary.add("Accept")
    return response


def _property_values(store: ox.Store, iri: str):
    """One page of the values of the property ``?p=`` of ``iri`` (of the things linking to it
    through ``?p``, with ``dir=in``), by ``?page=``, :data:`~server.resource.VALUES_SHOWN` a
    page, in the SPARQL order of the values: what a resource page links to when a property has
    more values than it lists."""
    args = request.args
    allowed = {"p", "dir", "page"} | ({"iri", "format"} if request.path == "/describe" else set())
    unknown = sorted(set(args) - allowed)
    if unknown:
        raise HTTPError(
            400,
            f"{unknown[0]!r} is not a parameter of a property's pages (they take: p, dir, page)",
        )
    if len(args.getlist("p")) > 1:
        raise HTTPError(400, "p: give one property")
    given = args.get("p", "")
    prop = parse_iri(expand(given))
    if prop is None:
        raise HTTPError(400, f"p: {given!r} is not an absolute IRI or a CURIE of a known prefix")
    direction = args.get("dir", "out")
    if direction not in ("out", "in"):
        raise HTTPError(400, f"dir: {direction!r} is neither out (its values) nor in (links to it)")
    number = sentences.page_number({"page": args["page"]} if "page" in args else {})
    incoming = direction == "in"
    found = property_page(store, iri, prop.value, incoming=incoming, page=number)
    if found is None:
        what = "links to it through" if incoming else "values of"
        if not _exists(store, iri):
            return _not_found(iri)
        raise HTTPError(404, f"{iri} has no {what} {prop.value}")
    pages = max(1, -(-found.count // VALUES_SHOWN))
    if number > pages:
        noun = "links" if incoming else "values"
        raise HTTPError(
            404,
            f"page {number} is past the end: these {found.count:,} {noun} fill {pages} "
            f"page{'s' if pages > 1 else ''}",
        )
    hrefs = {
        rel: property_href(iri, prop.value, incoming, n)
        for rel, n in (("first", 1), ("prev", number - 1), ("next", number + 1), ("last", pages))
        if 1 <= n <= pages
    }
    body = render_template(
        "property_values.html",
        iri=iri,
        label=_label_of(ox.NamedNode(iri)),
        group=found,
        page=number,
        pages=pages,
        hrefs=hrefs,
        usage=_property_usage(),
        resource_href=_page_address(iri),
    )
    response = Response(body, mimetype="text/html")
    # The pages of a property as Linked Data paging links (RFC 8288), beside the HTML's own.
    response.headers["Link"] = ", ".join(f'<{href}>; rel="{rel}"' for rel, href in hrefs.items())
    response.vary.add("Accept")
    return response


def _exists(store: ox.Store, iri: str) -> bool:
    node = ox.NamedNode(iri)
    return any(
        next(iter(store.quads_for_pattern(*pattern, ox.DefaultGraph())), None) is not None
        for pattern in ((node, None, None), (None, None, node), (None, node, None))
    )


def _claims_with_facets(description, iri: str, page_url: str | None) -> dict:
    """The claim cards of a disease or intervention page, filtered by the facets the query
    chose, the facets with their counts, and the evidence map of the cards shown."""
    choice = claim_facets.chosen(request.args, _store()) if description.claims else {}
    # Cards in the order they are shown, kinds with most claims first, so a page is a slice.
    shown = [
        c
        for _, group in description.claims_by_kind()
        for c in group
        if claim_facets.matches(c, choice)
    ]
    paging = claim_facets.paging(request.args, len(shown))
    cards: list[tuple[Any, list]] = []
    for claim in shown[paging.start : paging.end]:
        if not cards or cards[-1][0] != claim.kind:
            cards.append((claim.kind, []))
        cards[-1][1].append(claim)
    pages = {}
    if page_url and "#" not in page_url:
        pages = {
            n: claim_facets.href(page_url, choice, n, paging.size)
            for n in (paging.number - 1, paging.number + 1)
            if 1 <= n <= paging.pages
        }
    facets = []
    if page_url and "#" not in page_url and description.claims:
        facets = claim_facets.facets(description.claims, choice, page_url)
    return {
        "shown": shown,
        "shown_total": len(shown),
        "claims_total": len(description.claims),
        "cards": cards,
        "paging": paging,
        "pages": pages,
        "facets": facets,
        "choice": choice,
        **_map_context(shown, description, iri),
    }


def _map_context(shown, description, iri: str) -> dict:
    """The evidence map of the claims ``shown``, its legend and its connections in text."""
    links = _links()
    svg = evidence_map.render(
        shown,
        links.href,
        focus=iri,
        title=f"Evidence map of {description.label or curie(iri)}",
        legend=False,
    )
    return {
        "svg": Markup(svg) if svg else None,
        "map_legend": evidence_map.legend(shown),
        "map_edges": evidence_map.edge_details(shown),
        "map_url": links.public + "evidence-map.svg?iri=" + _quote(iri) if svg else None,
    }


#: Kinds of resource (the first segment of their path) whose pages may list many claims.
_CLAIM_TOPICS = ("disease", "intervention", "outcome", "process")


def _many_claims(iri: str) -> dict | None:
    """The claim index's scope of the claims about ``iri``, when there are many (see
    :func:`server.claim_facets.large`); None for few, or for a kind of page that lists none."""
    store = current_app.extensions["kg"]
    base = _settings().base_iri + "resource/"
    local = iri.startswith(base) and iri[len(base) :].split("/", 1)[0] in _CLAIM_TOPICS
    if not local or not isinstance(store, ox.Store):
        return None
    from server import readiness

    # While the claim index is built, a page of few claims is answered without it.
    return claim_facets.large(_store(), readiness.built("claims"), iri)


def _label_of(node: ox.NamedNode) -> str | None:
    for quad in _store().quads_for_pattern(node, RDFS_LABEL_NODE, None, ox.DefaultGraph()):
        return quad.object.value
    return None


RDFS_LABEL_NODE = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def _property_usage() -> Mapping[str, int]:
    """How many times each property is used (:mod:`server.property_usage`)."""
    return property_usage().get()


def property_usage() -> PropertyUsage:
    """The use counts of the store's properties, counted in the background when the app starts
    and following each update (a count per state of the store cost the first page after every
    update a scan of the whole store)."""
    from server import readiness

    _store()  # a 501 without a local store
    return readiness.index("usage")


def _alternate(iri: str, page_url: str | None, suffix: str, fmt: str) -> str:
    if page_url and "#" not in page_url:
        return page_url + suffix
    return _links().public + f"describe?iri={_quote(iri)}&format={fmt}"


def _quote(value: str) -> str:
    from urllib.parse import quote

    return quote(value, safe="")


def _statement_anchor(statement: str) -> str:
    return "s-" + statement.rstrip("/").rsplit("/", 1)[-1]


def _mentioned(store: ox.Store, iri: str) -> bool:
    node = ox.NamedNode(iri)
    for _ in store.quads_for_pattern(None, None, node, ox.DefaultGraph()):
        return True
    return False


def _not_found(iri: str):
    wants_html = conneg.negotiate(request.headers.get("Accept"), PAGE_TYPES) == conneg.HTML
    if not wants_html:
        raise HTTPError(404, f"nothing is known about {iri}")
    guess = iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1].replace("-", " ")
    body = render_template("not_found.html", iri=iri, guess=guess)
    return Response(body, status=404, mimetype="text/html")


def _rdf(triples: list[ox.Triple], media: str, *, vary: bool = True, filename: str | None = None):
    body = write_triples(triples, media, PREFIXES)
    return _send(body, media, vary=vary, filename=filename)


def _send(body: bytes, media: str, *, vary: bool = True, filename: str | None = None):
    response = Response(body, mimetype=media)
    if media.startswith("text/"):
        response.headers["Content-Type"] = f"{media}; charset=utf-8"
    if vary:
        response.vary.add("Accept")
    response.vary.add("Accept-Encoding")
    if len(body) >= GZIP_MIN_BYTES and conneg.accepts_encoding(
        request.headers.get("Accept-Encoding"), "gzip"
    ):
        response.set_data(gzip.compress(body, compresslevel=6))
        response.headers["Content-Encoding"] = "gzip"
    if filename:
        response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# ---------------------------------------------------------------- ontology


def ontology_iri() -> str:
    """The IRI of the ontology document, under the base."""
    return _settings().base_iri + "ontology"


def _ontology_aliases() -> frozenset[str]:
    """The version IRIs and import IRIs of the ontology, which all name its one document."""

    def compute():
        store = _store()
        ontology_node = ox.NamedNode(ontology_iri())
        found = set()
        for predicate in (OWL_VERSION_IRI, OWL_IMPORTS):
            for quad in store.quads_for_pattern(ontology_node, predicate, None, ox.DefaultGraph()):
                found.add(quad.object.value)
        return frozenset(found)

    return _cached("ontology-aliases", compute)


OWL_VERSION_IRI = ox.NamedNode("http://www.w3.org/2002/07/owl#versionIRI")
OWL_IMPORTS = ox.NamedNode("http://www.w3.org/2002/07/owl#imports")


@bp.route("/ontology")
@bp.route("/ontology.<any(owl, rdf, ttl, jsonld, nt):ext>")
@bp.route("/ontology/<path:rest>")
def ontology_document(ext: str | None = None, rest: str | None = None):
    # The version IRI and the import IRIs answer with the one document that holds them all;
    # any other path under /ontology/ names nothing.
    if rest is not None:
        rest, media = _split_suffix(rest)
        if _settings().base_iri + "ontology/" + rest not in _ontology_aliases():
            raise HTTPError(404, f"no ontology document at /ontology/{rest}")
    else:
        media = SUFFIXES.get("." + ext) if ext else None
    vary = media is None
    if media is None:
        media = conneg.negotiate(request.headers.get("Accept"), ONTOLOGY_TYPES)
        if media is None:
            raise HTTPError(406, "the Accept header allows none of: " + ", ".join(ONTOLOGY_TYPES))
    if media == conneg.HTML:
        doc = _cached("ontology-doc", lambda: ontology.document(_store()))
        header = describe(_store(), ontology_iri(), with_claims=False)
        body = render_template("ontology.html", doc=doc, header=header, iri=ontology_iri())
        response = Response(body, mimetype="text/html")
        response.vary.add("Accept")
        return response
    triples = _cached("ontology", lambda: ontology.ontology_triples(_store(), ontology_iri()))
    filename = "hsct-kg.owl" if media == conneg.RDF_XML else None
    return _rdf(triples, media, vary=vary, filename=filename if not vary else None)


# ---------------------------------------------------------------- dumps and pictures


@bp.route("/dumps/<name>")
def dump(name: str):
    compressed = name.endswith(".gz")
    base = name[: -len(".gz")] if compressed else name
    if base not in DUMPS:
        raise HTTPError(404, f"no dump named {name!r}; there are " + ", ".join(DUMPS))
    media, fmt = DUMPS[base]
    body = _cached(
        "dump:" + base,
        lambda: _store().dump(
            format=fmt,
            from_graph=ox.DefaultGraph(),
            prefixes=PREFIXES if fmt == ox.RdfFormat.TURTLE else None,
        ),
    )
    if compressed:
        data = _cached("dump:" + name, lambda: gzip.compress(body, compresslevel=6))
        response = Response(data, mimetype="application/gzip")
        response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
    return _send(body, media, vary=False, filename=base)


@bp.route("/evidence-map.svg")
def evidence_map_svg():
    node = parse_iri(request.args.get("iri"))
    if node is None:
        raise HTTPError(400, f"iri: {request.args.get('iri', '')!r} is not an absolute IRI")
    scope = _many_claims(node.value)
    if scope is None:
        description = describe(_store(), node.value)
        if not description.exists:
            raise HTTPError(404, f"nothing is known about {node.value}")
        claims, label = description.claims, description.label
    else:
        from server.browse import claim_index

        # Many claims: those of the page's first cards (or of ?page=, with its facets). Its
        # own triples are not drawn, so not counted: 196,000 links to AHSCT at a million claims.
        claims = claim_facets.indexed_cards(
            _store(), claim_index(), scope, request.args, None, _label_of
        )["shown"]
        label = _label_of(node)
    page = _links().href(node.value)
    svg = evidence_map.render(
        claims,
        _links().href,
        focus=node.value,
        title=f"Evidence map of {label or curie(node.value)}",
        # On its own, the picture has no list of connections: an edge leads to the page's.
        edge_href=lambda edge: page + "#" + edge.anchor,
    )
    if svg is None:
        raise HTTPError(404, f"no claims about {node.value} to draw")
    body = '<?xml version="1.0" encoding="utf-8"?>\n' + svg
    return Response(body, mimetype="image/svg+xml")
