"""The SPARQL 1.1 Protocol, query side, as a plain function, and the blueprint that adapts it.

:func:`handle_query` takes the request's parameters, headers and body and returns a
:class:`Response` value or raises :class:`~server.errors.HTTPError`; it knows nothing of Flask,
so tests call it directly as well as over HTTP.
"""

from __future__ import annotations

import gzip
import hmac
import io
import json
import logging
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qs, parse_qsl

import pyoxigraph as ox
from flask import Blueprint, current_app, redirect, render_template, request, url_for
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.wsgi import get_current_url

from kg.errors import InputError, QueryError, ShortcutTripleError, ValidationFailed
from kg.results import write_triples
from server import conneg, description
from server.backend import Backend
from server.errors import HTTPError
from server.execution import Job, QueryCancelled, QueryTimeout, ServerBusy, WorkerCrashed
from server.remote import RemoteUnavailable
from server.settings import Settings
from server.update import UpdateDataset, UpdateRefused

log = logging.getLogger("server.query")

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"
# Small bodies are sent as they are: compressing them costs more than it saves.
GZIP_MIN_BYTES = 1024
# An answer larger than this (waitress's default outbuf_overflow) is sent from memory as a file
# the server reads in blocks of SEND_BLOCK, never copied to a temporary file first.
LARGE_BODY = 1 << 20
SEND_BLOCK = 1 << 18

bp = Blueprint("sparql", __name__)


@dataclass
class Response:
    """An HTTP answer as a value: status, headers and the body as an iterable of bytes."""

    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: Iterable[bytes] = ()

    def read(self) -> bytes:
        """Return the whole body (for tests and small answers)."""
        return b"".join(self.body)


def handle_query(
    params: Mapping[str, list[str]],
    headers: Mapping[str, str],
    store: ox.Store | Backend,
    settings: Settings,
    *,
    method: str = "GET",
    body: bytes = b"",
    endpoint: str = "http://localhost/sparql",
    void_url: str | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Response:
    """Answer one SPARQL Protocol request.

    Args:
        params: URL query parameters, each name mapped to all its values.
        headers: request headers (any case).
        store: a pyoxigraph store (queries run in this thread, without a hard time limit) or
            a :class:`~server.backend.Backend` whose executor may be a pool of workers.
        settings: limits and policies.
        method: the HTTP method.
        body: the request body (a form or a query, per ``Content-Type``).
        endpoint: the absolute URL of the endpoint, used as base IRI and in the description.
        void_url: where the VoID description is served.
        cancelled: says whether the client has gone away (waitress's
            ``waitress.client_disconnected``); a query running in a worker is then stopped.

    Returns:
        The answer; errors are raised.

    Raises:
        HTTPError: 4xx for a bad request, 5xx when the query could not be answered.

    >>> r = handle_query({"query": ["ASK {}"]}, {}, ox.Store(), Settings())
    >>> r.status, r.headers["Content-Type"], r.read()
    (200, 'application/sparql-results+json', b'{"head":{},"boolean":true}')
    """
    backend = store if isinstance(store, Backend) else Backend.in_process(store, _prefixes())
    hdrs = {k.lower(): v for k, v in headers.items()}
    started = time.perf_counter()
    status, size, rows, query, update = 500, 0, 0, None, None
    try:
        params, query, update = _read_request(params, hdrs, method, body, settings)
        if update is not None:
            authorize_update(hdrs, settings)
            query = update
            response = run_update(
                update,
                backend,
                settings,
                hdrs,
                dataset=UpdateDataset(
                    _graph_params(params, "using-graph-uri") or (),
                    _graph_params(params, "using-named-graph-uri") or (),
                ),
                base_iri=endpoint,
            )
        elif query is None:
            if method == "POST":
                raise HTTPError(400, "no query given: send query=... or a SPARQL query body")
            response = _describe_service(hdrs, backend, settings, endpoint, void_url)
        else:
            response, rows = _answer(query, params, hdrs, backend, settings, endpoint, cancelled)
        status = response.status
        size = int(response.headers.get("Content-Length", 0))
        return response
    except HTTPError as exc:
        status = exc.status
        raise
    finally:
        if query is not None:
            log.info(
                "%s status=%d rows=%d bytes=%d duration=%.4fs chars=%d",
                "update" if update is not None else "query",
                status,
                rows,
                size,
                time.perf_counter() - started,
                len(query),
            )


def _prefixes() -> dict[str, str]:
    from kg.namespaces import PREFIXES

    return dict(PREFIXES)


def _read_request(params, hdrs, method, body, settings):
    """Return (params, query, update) from the request, or raise for a malformed one."""
    if method not in ("GET", "HEAD", "POST"):
        raise HTTPError(405, f"{method} is not allowed here", {"Allow": "GET, HEAD, POST"})
    params = {k: list(v) for k, v in params.items()}
    if len(body) > settings.max_query_bytes:
        raise HTTPError(413, f"the request body exceeds {settings.max_query_bytes} bytes")
    if method == "POST":
        media, charset = _content_type(hdrs.get("content-type"))
        if media == FORM:
            text = _decode(body, charset)
            for key, values in parse_qs(text, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        elif media in (SPARQL_QUERY, SPARQL_UPDATE):
            key = "query" if media == SPARQL_QUERY else "update"
            if key in params:
                raise HTTPError(400, f"{key} given both as a parameter and as the body")
            params[key] = [_decode(body, charset)]
        elif not media:
            raise HTTPError(
                415, f"a POST needs a Content-Type: {FORM}, {SPARQL_QUERY} or {SPARQL_UPDATE}"
            )
        else:
            raise HTTPError(415, f"unsupported Content-Type {media}; use {FORM} or {SPARQL_QUERY}")
    queries, updates = params.get("query", []), params.get("update", [])
    if len(queries) > 1:
        raise HTTPError(400, "more than one query parameter; send exactly one")
    if len(updates) > 1:
        raise HTTPError(400, "more than one update parameter; send exactly one")
    if queries and updates:
        raise HTTPError(400, "a request carries either a query or an update, not both")
    if updates and method != "POST":
        raise HTTPError(405, "updates must be sent with POST", {"Allow": "POST"})
    query = queries[0] if queries else None
    if query is not None and len(query.encode()) > settings.max_query_bytes:
        raise HTTPError(413, f"the query exceeds {settings.max_query_bytes} bytes")
    return params, query, updates[0] if updates else None


def _content_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    media, *rest = [part.strip() for part in header.split(";")]
    charset = None
    for param in rest:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.lower(), charset


def _decode(body: bytes, charset: str | None) -> str:
    if charset not in (None, "utf-8", "utf8", "us-ascii"):
        raise HTTPError(415, f"charset {charset} is not supported; send UTF-8")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HTTPError(400, f"the request body is not valid UTF-8 (byte {exc.start})") from exc


def authorize_update(hdrs: Mapping[str, str], settings: Settings) -> None:
    """Refuse a write unless updates are enabled and the request carries the bearer token.

    ``hdrs`` has lower-case names.
    """
    if not settings.enable_update:
        raise HTTPError(403, "updates are disabled on this endpoint")
    scheme, _, token = hdrs.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPError(
            401, "updates need a bearer token", {"WWW-Authenticate": 'Bearer realm="kg"'}
        )
    if not hmac.compare_digest(token.strip().encode(), (settings.update_token or "").encode()):
        raise HTTPError(403, "the bearer token is not valid for updates")


def run_update(
    text: str,
    backend: Backend,
    settings: Settings,
    hdrs: Mapping[str, str],
    *,
    dataset: UpdateDataset | None = None,
    base_iri: str | None = None,
) -> Response:
    """Apply an (authorised) update through the backend's updater; 204 when committed.

    A result that would violate the shapes is answered 422 with the readable report and the
    ``sh:ValidationReport`` (as Turtle when the client asks for ``text/turtle``).
    """
    if backend.updater is None:
        raise HTTPError(403, "updates are disabled on this endpoint")
    try:
        backend.updater.apply(text, dataset or UpdateDataset(), base_iri)
    except QueryError as exc:
        raise HTTPError(400, str(exc)) from None
    except UpdateRefused as exc:
        raise HTTPError(403, str(exc)) from None
    except ShortcutTripleError as exc:
        raise HTTPError(422, f"the update was refused, nothing was changed:\n{exc}") from None
    except ValidationFailed as exc:
        return _refused_by_shapes(exc.report, hdrs)
    except InputError as exc:
        raise HTTPError(400, str(exc)) from None
    except QueryTimeout:
        raise HTTPError(
            503,
            f"the update ran longer than {settings.update_timeout:g} s and was stopped; "
            "nothing was changed",
        ) from None
    except WorkerCrashed:
        raise HTTPError(
            400,
            "the update could not be parsed or run: the process trying it stopped (this "
            "happens with text the parser cannot handle, such as extreme nesting); nothing "
            "was changed",
        ) from None
    backend.changed()
    return Response(204, {"Content-Length": "0"}, [])


def _refused_by_shapes(report, hdrs) -> Response:
    message = "the update was refused: its result would violate the shapes; nothing was changed"
    turtle = report.graph.serialize(format="turtle", encoding="utf-8")
    wants = conneg.negotiate(hdrs.get("accept"), (conneg.JSON, conneg.TURTLE))
    if wants == conneg.TURTLE and conneg.TURTLE in (hdrs.get("accept") or ""):
        headers = {"Content-Type": _with_charset(conneg.TURTLE), "Content-Length": str(len(turtle))}
        return Response(422, headers, [turtle])
    body = json.dumps(
        {
            "error": f"{message}\n{report.text}",
            "status": 422,
            "report": turtle.decode("utf-8"),
        },
        ensure_ascii=False,
    ).encode("utf-8")
    headers = {"Content-Type": conneg.JSON, "Content-Length": str(len(body))}
    return Response(422, headers, [body])


def _answer(
    query, params, hdrs, backend: Backend, settings: Settings, endpoint: str, cancelled=None
):
    # The text is read (policy, nesting, form) where the query runs: in a query worker, which a
    # hang or a crash costs nothing but itself (see execution.screen).
    default_graphs = _graph_params(params, "default-graph-uri")
    named_graphs = _graph_params(params, "named-graph-uri")
    formats = params.get("format", [])
    fmt = formats[0] if formats else None
    accept = hdrs.get("accept")
    job = Job(
        query=query,
        accept=accept,
        format=fmt,
        default_graphs=default_graphs,
        named_graphs=named_graphs,
        base_iri=endpoint,
        max_rows=settings.max_rows,
        max_result_bytes=settings.max_result_bytes,
        allow_service=settings.allow_service,
    )
    cache = backend.results
    outcome = cache.get(job) if cache is not None else None
    cached = outcome is not None
    try:
        if outcome is None:
            generation = cache.generation if cache is not None else 0
            outcome = backend.executor.execute(job, settings.timeout, cancelled)
            if cache is not None:
                cache.put(job, outcome, generation)
    except QueryCancelled:
        # Nobody is left to read the answer; the status is for the log.
        raise HTTPError(499, "the client went away; the query was stopped") from None
    except QueryTimeout:
        raise HTTPError(
            503, f"the query ran longer than {settings.timeout:g} s and was stopped"
        ) from None
    except ServerBusy:
        raise HTTPError(
            503,
            f"no query worker became free within {settings.timeout:g} s; try again",
            {"Retry-After": "1"},
        ) from None
    except WorkerCrashed as exc:
        raise HTTPError(500, f"the query worker died: {exc}") from None
    except RemoteUnavailable as exc:
        raise HTTPError(502, str(exc)) from None
    if outcome.status == 406:
        kind = "graph" if conneg.TURTLE in outcome.acceptable else "solutions"
        _not_acceptable(kind, fmt)
    if outcome.status >= 400:
        raise HTTPError(outcome.status, outcome.error)
    response = _ok(outcome.body, outcome.media_type, hdrs)
    response.headers["X-Result-Rows"] = str(outcome.rows)
    if cache is not None:
        response.headers["X-Result-Cache"] = "hit" if cached else "miss"
    return response, outcome.rows


def _graph_params(params, name: str) -> tuple[str, ...] | None:
    values = params.get(name)
    if not values:
        return None
    for value in values:
        try:
            ox.NamedNode(value)
        except ValueError as exc:
            raise HTTPError(400, f"{name}: {value!r} is not an absolute IRI ({exc})") from None
    return tuple(values)


def _not_acceptable(kind: str, fmt: str | None):
    offers = conneg.GRAPH_TYPES if kind == "graph" else conneg.SOLUTION_TYPES
    what = f"format {fmt!r}" if fmt else "the Accept header"
    raise HTTPError(406, f"{what} allows none of the available media types: " + ", ".join(offers))


def _ok(body: bytes, media_type: str, hdrs) -> Response:
    headers = {"Content-Type": _with_charset(media_type), "Vary": "Accept, Accept-Encoding"}
    if len(body) >= GZIP_MIN_BYTES and conneg.accepts_encoding(hdrs.get("accept-encoding"), "gzip"):
        body = gzip.compress(body, compresslevel=5)
        headers["Content-Encoding"] = "gzip"
    headers["Content-Length"] = str(len(body))
    return Response(200, headers, [body])


def _with_charset(media_type: str) -> str:
    return f"{media_type}; charset=utf-8" if media_type.startswith("text/") else media_type


def _describe_service(hdrs, backend: Backend, settings, endpoint, void_url) -> Response:
    media = conneg.negotiate(hdrs.get("accept"), conneg.GRAPH_TYPES)
    if media is None:
        _not_acceptable("graph", None)
    void_url = void_url or endpoint.rsplit("/", 1)[0] + "/.well-known/void"
    triples = description.service_description(
        endpoint, void_url, settings, backend.stats.named_graphs()
    )
    return _ok(write_triples(triples, media, _SD_PREFIXES), media, hdrs)


_SD_PREFIXES = {
    "sd": description.SD,
    "void": description.VOID,
    "formats": description.FORMATS,
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}


def describe_dataset(hdrs, backend: Backend, endpoint: str, void_url: str) -> Response:
    """Answer with the VoID description of the dataset, in the negotiated RDF format."""
    hdrs = {k.lower(): v for k, v in hdrs.items()}
    media = conneg.negotiate(hdrs.get("accept"), conneg.GRAPH_TYPES)
    if media is None:
        _not_acceptable("graph", None)
    triples = description.void_description(endpoint, void_url, backend.stats.get())
    return _ok(write_triples(triples, media, _SD_PREFIXES), media, hdrs)


def _to_flask(response: Response):
    return current_app.response_class(
        response.body, status=response.status, headers=response.headers
    )


def _request_params() -> dict[str, list[str]]:
    return {key: request.args.getlist(key) for key in request.args}


class FastPath:
    """WSGI middleware that answers plain GET and POST requests to ``/sparql`` without Flask.

    Flask's request context, routing and view adaptation cost more than the protocol core itself
    for a small query (measured: 0.14 ms against 0.09 ms in-process, and about 0.5 ms per request
    under waitress with threads contending for the GIL); this calls the same
    :func:`handle_query` straight from the WSGI environment. Nothing observable differs from the
    Flask route:

    - requests that the app's hooks treat specially go through Flask untouched: CORS (an
      ``Origin`` header), preflight and every method but GET and POST, and a POST body of
      unknown length;
    - the headers the app's after-request hooks add to a plain answer (the security headers)
      are learnt once, from the hooks themselves, and added to every answer;
    - an error is rendered by the app's one error handler, in a request context, hooks and all.
    """

    def __init__(self, app, wsgi_app):
        self.app = app
        self.wsgi_app = wsgi_app
        self._hook_headers: list[tuple[str, str]] | None = None

    def __call__(self, environ, start_response):
        method = environ.get("REQUEST_METHOD")
        if (
            environ.get("PATH_INFO") != "/sparql"
            or method not in ("GET", "POST")
            or "HTTP_ORIGIN" in environ
            or (method == "GET" and "text/html" in environ.get("HTTP_ACCEPT", ""))
            or (method == "POST" and not environ.get("CONTENT_LENGTH"))
        ):
            return self.wsgi_app(environ, start_response)
        if self._hook_headers is None:
            self._hook_headers = self._learn_hook_headers(environ)
        try:
            response = self._answer(environ, method)
        except Exception as exc:  # noqa: BLE001 - handed to the app's handler, which tells bugs apart
            return self._error(environ, start_response, exc)
        headers = response.headers
        for name, value in self._hook_headers:
            headers.setdefault(name, value)
        return response(environ, start_response)

    def _answer(self, environ, method):
        app = self.app
        trusted = app.config.get("TRUSTED_HOSTS")
        query_string = environ.get("QUERY_STRING", "").encode("latin-1").decode()
        params: dict[str, list[str]] = {}
        for key, value in parse_qsl(
            query_string, keep_blank_values=True, errors="werkzeug.url_quote"
        ):
            params.setdefault(key, []).append(value)
        headers = {
            key[5:].replace("_", "-").lower(): value
            for key, value in environ.items()
            if key.startswith("HTTP_")
        }
        body = b""
        if method == "POST":
            headers["content-type"] = environ.get("CONTENT_TYPE", "")
            length = int(environ["CONTENT_LENGTH"])
            limit = app.config.get("MAX_CONTENT_LENGTH")
            if limit is not None and length > limit:
                raise RequestEntityTooLarge()
            body = environ["wsgi.input"].read(length)
        response = handle_query(
            params,
            headers,
            app.extensions["kg.backend"],
            app.extensions["kg.settings"],
            method=method,
            body=body,
            endpoint=get_current_url(environ, strip_querystring=True, trusted_hosts=trusted),
            void_url=get_current_url(environ, host_only=True, trusted_hosts=trusted)
            + ".well-known/void",
            cancelled=environ.get("waitress.client_disconnected"),
        )
        body = response.body
        wrapper = environ.get("wsgi.file_wrapper")
        if wrapper is not None and len(body) == 1 and len(body[0]) > LARGE_BODY:
            # A large answer is handed to the server as a file it reads from: waitress would
            # otherwise copy it into a temporary file on disk (any body over its 1 MB
            # outbuf_overflow) and read it back, in the process that answers every other
            # request.
            return app.response_class(
                wrapper(io.BytesIO(body[0]), SEND_BLOCK),
                status=response.status,
                headers=response.headers,
                direct_passthrough=True,
            )
        return app.response_class(body, status=response.status, headers=response.headers)

    def _learn_hook_headers(self, environ) -> list[tuple[str, str]]:
        app = self.app
        bare = app.response_class()
        with app.request_context(dict(environ, REQUEST_METHOD="GET", QUERY_STRING="")):
            hooked = app.process_response(app.response_class())
        return [(k, v) for k, v in hooked.headers.items() if k not in bare.headers]

    def _error(self, environ, start_response, exc: Exception):
        app = self.app
        with app.request_context(environ):
            response = app.finalize_request(app.handle_user_exception(exc))
            return response(environ, start_response)


@bp.record_once
def _install_fast_path(state) -> None:
    state.app.wsgi_app = FastPath(state.app, state.app.wsgi_app)


def _browser() -> bool:
    """The request comes from a browser: it prefers HTML to every RDF and results type."""
    accept = request.headers.get("Accept", "")
    offers = (conneg.HTML, *conneg.SOLUTION_TYPES, *conneg.GRAPH_TYPES)
    return "text/html" in accept and conneg.negotiate(accept, offers) == conneg.HTML


def _rdf_page(title: str, about: str, triples, here: str):
    turtle = write_triples(triples, conneg.TURTLE, _SD_PREFIXES).decode("utf-8")
    downloads = [(name, f"{here}?format={fmt}") for name, fmt in _DOWNLOADS]
    body = render_template("rdf.html", title=title, about=about, turtle=turtle, downloads=downloads)
    response = current_app.response_class(body, mimetype="text/html")
    response.vary.add("Accept")
    return response


_DOWNLOADS = (("Turtle", "ttl"), ("N-Triples", "nt"), ("JSON-LD", "jsonld"), ("RDF/XML", "rdf"))


@bp.route("/sparql", methods=["GET", "POST"])
def sparql():
    backend: Backend = current_app.extensions["kg.backend"]
    settings: Settings = current_app.extensions["kg.settings"]
    if request.method == "GET":
        fmt = request.args.get("format")
        text = request.args.get("query")
        if fmt == "html" and text is None:
            triples = description.service_description(
                request.base_url,
                request.host_url + ".well-known/void",
                settings,
                backend.stats.named_graphs(),
            )
            about = "The SPARQL 1.1 Service Description of this endpoint."
            return _rdf_page("SPARQL service description", about, triples, request.base_url)
        if fmt is None and _browser():
            # A person at the address bar: the query page, with the query if there is one.
            args = {} if text is None else {"query": text, "run": "1"}
            return redirect(url_for("pages.query_page", **args), 303)
    elif (
        request.args.get("format") is None
        and request.mimetype == "application/x-www-form-urlencoded"
        and _browser()
    ):
        # A form in a browser POSTing a query (one too long for an address): the query page,
        # which the browser asks with the same POST (307 keeps the method and the body).
        return redirect(url_for("pages.query_page"), 307)
    body = request.get_data(cache=False) if request.method == "POST" else b""
    response = handle_query(
        _request_params(),
        request.headers,
        backend,
        settings,
        method=request.method,
        body=body,
        endpoint=request.base_url,
        void_url=request.host_url + ".well-known/void",
        cancelled=request.environ.get("waitress.client_disconnected"),
    )
    return _to_flask(response)


@bp.route("/.well-known/void", methods=["GET"])
def void():
    backend: Backend = current_app.extensions["kg.backend"]
    endpoint = request.host_url + "sparql"
    fmt = request.args.get("format")
    if fmt == "html" or (fmt is None and _browser()):
        triples = description.void_description(endpoint, request.base_url, backend.stats.get())
        about = "The VoID description of this dataset: its size, classes and properties."
        return _rdf_page("VoID description", about, triples, request.base_url)
    headers = dict(request.headers)
    if fmt is not None:
        media = conneg.from_format(fmt, conneg.GRAPH_FORMATS, conneg.GRAPH_TYPES)
        if media is None:
            _not_acceptable("graph", fmt)
        headers["Accept"] = media
    return _to_flask(describe_dataset(headers, backend, endpoint, request.base_url))
