"""The SPARQL 1.1 Graph Store HTTP Protocol at ``/store``, as a plain function and a blueprint.

``?graph=IRI`` names a graph, ``?default`` the default graph. Every method needs updates to be
enabled and the bearer token. Writes become SPARQL updates built from *parsed* terms (the body
is parsed by pyoxigraph and each term written back by it, the graph IRI is parsed first), so
they go through the same checks as any update: re-derivation, the shapes, one transaction.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox
from flask import Blueprint, current_app, request

from kg.results import RDF_FORMATS
from server import conneg
from server.backend import Backend
from server.errors import HTTPError
from server.settings import Settings
from server.sparql import Response, _content_type, _ok, _to_flask, authorize_update, run_update
from server.update import graph_terms

bp = Blueprint("graph_store", __name__)

#: What a graph may be sent as (triples only: a graph has no named graphs inside it).
BODY_FORMATS: Mapping[str, ox.RdfFormat] = {
    conneg.TURTLE: ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    conneg.N_TRIPLES: ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    conneg.RDF_XML: ox.RdfFormat.RDF_XML,
    conneg.JSON_LD: ox.RdfFormat.JSON_LD,
}
METHODS = ("GET", "HEAD", "PUT", "POST", "DELETE")


def handle_graph_store(
    method: str,
    params: Mapping[str, list[str]],
    headers: Mapping[str, str],
    body: bytes,
    backend: Backend,
    settings: Settings,
    *,
    base_iri: str = "http://localhost/store",
) -> Response:
    """Answer one Graph Store Protocol request; errors are raised as :class:`HTTPError`.

    >>> from server.update import Updater
    >>> from server.execution import InProcessExecutor
    >>> store = ox.Store()
    >>> backend = Backend(store, InProcessExecutor(store, {}), {}, Updater(store, {}, None))
    >>> settings = Settings(enable_update=True, update_token="t")
    >>> auth = {"Authorization": "Bearer t", "Content-Type": "text/turtle"}
    >>> handle_graph_store("PUT", {"graph": ["http://e/g"]}, auth, b"<http://e/s> <http://e/p> 1 .",
    ...                    backend, settings).status
    201
    >>> handle_graph_store("GET", {"graph": ["http://e/g"]}, auth, b"", backend, settings).read()
    b'<http://e/s> <http://e/p> 1 .\\n'
    """
    hdrs = {k.lower(): v for k, v in headers.items()}
    if method not in METHODS:
        raise HTTPError(405, f"{method} is not allowed here", {"Allow": ", ".join(METHODS)})
    authorize_update(hdrs, settings)
    if len(body) > settings.max_query_bytes:
        raise HTTPError(413, f"the request body exceeds {settings.max_query_bytes} bytes")
    graph = _target(params)
    store = backend.store
    exists = isinstance(graph, ox.DefaultGraph) or store.contains_named_graph(graph)
    if method in ("GET", "HEAD"):
        if not exists:
            raise HTTPError(404, f"no graph {graph} in this store")
        media = conneg.negotiate(hdrs.get("accept"), conneg.GRAPH_TYPES)
        if media is None:
            raise HTTPError(
                406, "the Accept header allows none of: " + ", ".join(conneg.GRAPH_TYPES)
            )
        data = store.dump(format=RDF_FORMATS[media], from_graph=graph, prefixes=backend.prefixes)
        return _ok(data, media, hdrs)
    if method == "DELETE":
        if not exists:
            raise HTTPError(404, f"no graph {graph} in this store")
        text = "DROP DEFAULT" if isinstance(graph, ox.DefaultGraph) else f"DROP GRAPH {graph}"
        return run_update(text, backend, settings, hdrs)
    base = graph.value if isinstance(graph, ox.NamedNode) else base_iri
    triples = graph_terms(_parse_body(body, hdrs, base))
    data = triples if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph} {{\n{triples}\n}}"
    text = f"INSERT DATA {{\n{data}\n}}"
    if method == "PUT":
        default = isinstance(graph, ox.DefaultGraph)
        drop = "DROP SILENT DEFAULT" if default else f"DROP SILENT GRAPH {graph}"
        text = f"{drop} ;\n{text}"
    response = run_update(text, backend, settings, hdrs)
    if response.status == 204 and not exists:
        return Response(201, {"Content-Length": "0"}, [])
    return response


def _target(params: Mapping[str, list[str]]) -> ox.NamedNode | ox.DefaultGraph:
    graphs, default = params.get("graph", []), "default" in params
    if len(graphs) > 1 or (graphs and default):
        raise HTTPError(400, "name one graph: either ?graph=IRI or ?default")
    if default:
        return ox.DefaultGraph()
    if not graphs:
        raise HTTPError(400, "name the graph: ?graph=IRI or ?default")
    try:
        return ox.NamedNode(graphs[0])
    except ValueError as exc:
        raise HTTPError(400, f"graph: {graphs[0]!r} is not an absolute IRI ({exc})") from None


def _parse_body(body: bytes, hdrs, base_iri: str) -> list[ox.Quad]:
    media, charset = _content_type(hdrs.get("content-type"))
    fmt = BODY_FORMATS.get(media)
    if fmt is None:
        raise HTTPError(
            415,
            f"unsupported Content-Type {media or '(none)'}; send one of "
            + ", ".join(dict.fromkeys(BODY_FORMATS)),
        )
    if charset not in (None, "utf-8", "utf8", "us-ascii"):
        raise HTTPError(415, f"charset {charset} is not supported; send UTF-8")
    try:
        return list(ox.parse(body, format=fmt, base_iri=base_iri))
    except SyntaxError as exc:
        reason = re.sub(r"^Parser error at line \d+ column \d+: ", "", str(exc.msg))
        where = f"line {exc.lineno}, column {exc.offset}: " if exc.lineno else ""
        raise HTTPError(400, f"the body is not valid {media}: {where}{reason}") from None


def _params() -> dict[str, list[str]]:
    return {key: request.args.getlist(key) for key in request.args}


@bp.route("/store", methods=list(METHODS))
def graph_store():
    backend: Backend = current_app.extensions["kg.backend"]
    settings: Settings = current_app.extensions["kg.settings"]
    body = request.get_data(cache=False) if request.method in ("PUT", "POST") else b""
    response = handle_graph_store(
        request.method,
        _params(),
        request.headers,
        body,
        backend,
        settings,
        base_iri=request.base_url,
    )
    return _to_flask(response)
