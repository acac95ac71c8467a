"""The hsct-kg web server: the SPARQL 1.1 endpoint and its descriptions.

``create_app`` builds the Flask application; ``kg serve`` (see :mod:`server.serve`) runs it under
waitress.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox
from flask import Flask, Response, render_template, request
from werkzeug.exceptions import HTTPException

from kg.build import counts
from kg.update import change
from server import conneg, update
from server.backend import Backend, builtin_store, load_files, memory_copy, open_store
from server.errors import HTTPError
from server.execution import InProcessExecutor, WorkerPool
from server.indexes import Indexes, Kind, NotReady
from server.remote import RemoteExecutor, RemoteStore, RemoteUnavailable
from server.result_cache import ResultCache
from server.settings import Settings
from server.update import Updater

__all__ = ["Settings", "create_app"]

log = logging.getLogger(__name__)


def create_app(config: Mapping[str, Any] | None = None, *, store: ox.Store | None = None) -> Flask:
    """Create the Flask application.

    Settings come from the defaults, then ``KG_*`` environment variables, then ``config``
    (keys in any case, e.g. ``{"TIMEOUT": 2}`` or ``{"max_rows": 100}``).

    Args:
        config: settings and Flask config values.
        store: the store to serve. Without one, ``STORE`` (a path) is opened (read-only unless
            ``ENABLE_UPDATE``), or the ``DATA`` files are loaded, or else the project's built-in graph is built (from the
            checkout at ``ROOT`` if set, as ``kg --root`` does).

    The pages' indexes beside a local store (:mod:`server.indexes`) are built before this
    returns, or, with the config key ``BACKGROUND_INDEXES`` (as ``kg serve`` sets it), in a
    thread while the app answers: ``app.extensions["kg.indexes"]`` says how far they are.

    Returns:
        The app, with the store in ``app.extensions["kg"]``. With ``WORKERS`` > 0 it owns worker
        processes: call ``app.extensions["kg.backend"].close()`` when done with it.

    Raises:
        KGError: the store cannot be opened or a data file is malformed.
        ValueError: a setting is invalid.
    """
    app = Flask(__name__)
    app.config.from_prefixed_env("KG")
    if config:
        app.config.update({k.upper(): v for k, v in config.items()})
    settings = Settings.from_mapping(app.config)
    app.config.update(settings.as_config())
    app.config["MAX_CONTENT_LENGTH"] = settings.max_query_bytes

    from kg.namespaces import PREFIXES

    prefixes = dict(PREFIXES)
    store_path = None
    kind = "given"
    if store is None and settings.backend:
        remote = RemoteExecutor(settings.backend, prefixes)
        backend = Backend(RemoteStore(remote, settings.timeout), remote, prefixes)
        app.extensions["kg"] = backend.store
        app.extensions["kg.backend"] = backend
        app.extensions["kg.settings"] = settings
        app.extensions["kg.loaded"] = f"queries go to the remote store {settings.backend}"
        _finish(app, settings)
        return app
    if store is None:
        if settings.store:
            store_path, kind = settings.store, "store"
            store = open_store(store_path, writable=settings.enable_update)
        elif settings.data:
            store, kind = counts.refresh(load_files(settings.data)), "data"
        else:
            store, kind = counts.refresh(builtin_store(app.config.get("ROOT"))), "builtin"

    shapes = None
    if settings.enable_update:
        shapes = _update_shapes(settings, kind, app.config.get("ROOT"))
        # Before the workers that try updates are forked, so none of them pays for it.
        change.preload()
    # The built-in graph was validated whole by the project's shapes as it was built, and every
    # guarded update keeps it conforming, so a refused update needs no look at the graph before.
    conforming = kind == "builtin" and not settings.shapes
    checker = update.checker(prefixes, shapes, store, conforming)
    executor = _executor(settings, prefixes, store, store_path, checker)
    updater = None
    # Called with each committed change, under the update lock: the query workers' copies of
    # the store and the pages' indexes beside it (server.indexes) follow it there.
    followers: list = app.extensions.setdefault("kg.followers", [])
    if settings.enable_update:
        isolate = None
        if isinstance(executor, WorkerPool):
            followers.append(lambda change: executor.apply_change(change.removed, change.added))
            isolate = lambda request: executor.check_update(request, settings.update_timeout)

        def on_commit(change) -> None:
            for follow in followers:
                follow(change)

        updater = Updater(
            store, prefixes, shapes, on_commit, isolate, allow_service=settings.allow_service
        )
    indexes = _indexes(app, store, settings.base_iri, updater)
    followers.append(indexes.follow)
    results = (
        ResultCache(settings.result_cache_mb * 1024 * 1024) if settings.result_cache_mb else None
    )
    backend = Backend(
        store,
        executor,
        prefixes,
        updater,
        kept_stats=_kept_stats(store, indexes),
        results=results,
    )
    if results is not None:
        # At the commit, under the update lock: no answer computed before it is served after.
        followers.append(lambda change: results.clear())
    app.extensions["kg"] = store
    app.extensions["kg.backend"] = backend
    app.extensions["kg.settings"] = settings
    app.extensions["kg.indexes"] = indexes
    app.extensions["kg.loaded"] = _what_was_loaded(kind, settings)

    _finish(app, settings)
    if app.config.get("BACKGROUND_INDEXES"):
        # After the query workers' zygote was forked: it must not inherit a building thread.
        indexes.start()
    else:
        indexes.build()
    return app


def _indexes(app: Flask, store: ox.Store, base: str, updater: Updater | None) -> Indexes:
    """The pages' indexes beside the store (:mod:`server.indexes`), cheapest and most needed
    first: every resource page shows the use counts, every page's search box the label index."""
    from server import search
    from server.claim_index import ClaimIndex
    from server.description import DatasetCounts
    from server.property_usage import open_count
    from server.text_index import TextIndex

    def keep(key: str):
        # Where tests and benchmarks have found each index.
        return lambda index: app.extensions.__setitem__(key, index)

    indexes = Indexes(store, updater.lock if updater is not None else None)
    indexes.add(
        Kind(
            "usage",
            "the property use counts",
            open_count,
            lambda usage, change: usage.follow(change),
            on_ready=keep("kg.property-usage"),
        )
    )
    indexes.add(
        Kind(
            "labels",
            "the search index of names",
            lambda store: _live(search.open_index(store, base)),
            lambda live, noted: search.follow_change(live, store, base, noted),
            note=lambda change: search.note_change(store, base, change),
            on_ready=keep("kg.search"),
        )
    )
    # These two read again what each change touched, so their reads need not be of one state.
    indexes.add(
        Kind(
            "claims",
            "the claim index",
            lambda store: lambda: ClaimIndex.build(store),
            lambda index, change: index.follow(change),
            on_ready=keep("kg.claims"),
        )
    )
    indexes.add(
        Kind(
            "texts",
            "the text index of claims and statements",
            lambda store: lambda: TextIndex.build(store),
            lambda index, change: index.follow(change),
            on_ready=keep("kg.texts"),
        )
    )
    indexes.add(
        Kind(
            "dataset",
            "the dataset's counts (VoID)",
            DatasetCounts.open,
            lambda counted, noted: counted.follow(noted),
            note=lambda change: DatasetCounts.note(store, change),
        )
    )
    return indexes


def _live(finish):
    from server.search_index import LiveIndex

    return lambda: LiveIndex(finish())


def _kept_stats(store: ox.Store, indexes: Indexes):
    """The VoID statistics from the kept counts; 503 while they are being counted."""
    from server import readiness
    from server.description import kept_stats

    def stats():
        try:
            dataset, usage = indexes.get("dataset"), indexes.get("usage")
        except NotReady as exc:
            raise readiness.unavailable(exc) from None
        return kept_stats(store, dataset, usage.get())

    return stats


def _what_was_loaded(kind: str, settings: Settings) -> str:
    """For the start-up message: where the graph came from."""
    return {
        "builtin": "the built-in graph",
        "store": f"the store at {settings.store}",
        "data": f"{len(settings.data)} data file{'s' if len(settings.data) != 1 else ''}",
    }.get(kind, "the given store")


def size(store: ox.Store) -> str:
    """How big the graph is, for the start-up message: a count of every quad and claim (0.8 s
    at 100,000 claims), so ``kg serve`` says it after it has begun to answer."""
    claims = next(iter(store.query(_CLAIMS)))["n"].value
    counted = sum(
        1 for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(counts.COUNTS_GRAPH))
    )
    return f"{len(store) - counted:,} triples, {int(claims):,} claims"


_CLAIMS = (
    "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a ?k . ?k <http://www.w3.org/2000/01/rdf-schema#"
    "subClassOf>* <https://w3id.org/hsct-kg/ontology#Claim> }"
)


def _finish(app: Flask, settings: Settings) -> None:
    for blueprint in _blueprints():
        app.register_blueprint(blueprint)
    _install_cors(app, settings)
    _install_error_handler(app)
    # Outermost, so no request reaches any route (or the SPARQL fast path) unchecked.
    app.wsgi_app = RequestGuard(app, app.wsgi_app, settings.max_header_bytes)


class RequestGuard:
    """WSGI middleware: refuse what no route should see, and keep empty answers empty.

    - Header fields larger than ``max_header_bytes`` in total: 431.
    - A compressed request body (``Content-Encoding`` other than ``identity``): 415, since no
      route decodes one and reading it as plain text would only give a confusing error.
    - A 204 answer carries no ``Content-Type`` (it has no content to have a type).
    """

    def __init__(self, app: Flask, wsgi_app, max_header_bytes: int):
        self.app = app
        self.wsgi_app = wsgi_app
        self.max_header_bytes = max_header_bytes

    def __call__(self, environ, start_response):
        size = sum(
            len(key) - 5 + len(value) + 4
            for key, value in environ.items()
            if key.startswith("HTTP_") and isinstance(value, str)
        )
        size += sum(len(environ.get(key) or "") for key in ("CONTENT_TYPE", "CONTENT_LENGTH"))
        if size > self.max_header_bytes:
            return self._refuse(
                environ,
                start_response,
                HTTPError(
                    431,
                    f"the request's header fields take {size} bytes; at most "
                    f"{self.max_header_bytes} are accepted",
                ),
            )
        encoding = (environ.get("HTTP_CONTENT_ENCODING") or "identity").strip().lower()
        if encoding != "identity":
            return self._refuse(
                environ,
                start_response,
                HTTPError(
                    415,
                    f"Content-Encoding {encoding} is not supported; send the body uncompressed",
                ),
            )

        def start(status, headers, exc_info=None):
            if status.startswith("204"):
                headers = [(k, v) for k, v in headers if k.lower() != "content-type"]
            return start_response(status, headers, exc_info)

        return self.wsgi_app(environ, start)

    def _refuse(self, environ, start_response, error: HTTPError):
        app = self.app
        # Only the request line's parts: the oversized headers are not parsed again.
        bare = {k: v for k, v in environ.items() if not k.startswith("HTTP_")}
        bare["HTTP_ACCEPT"] = environ.get("HTTP_ACCEPT", "")[:1024]
        with app.request_context(bare):
            response = app.finalize_request(app.handle_user_exception(error))
            return response(bare, start_response)


def _blueprints():
    """The app's routes, one blueprint per concern; a new one is added here."""
    from server import browse, editor, search
    from server.graphstore import bp as graph_store_bp
    from server.pages import bp as pages_bp
    from server.readiness import bp as readiness_bp
    from server.sparql import bp as sparql_bp

    return [sparql_bp, graph_store_bp, pages_bp, browse.bp, search.bp, editor.bp, readiness_bp]


def _executor(settings: Settings, prefixes, store: ox.Store, store_path: str | None, checker):
    if settings.workers == 0:
        return InProcessExecutor(store, prefixes)
    pool = functools.partial(
        WorkerPool,
        settings.workers,
        prefixes,
        heavy_after=settings.heavy_after,
        heavy_nice=settings.heavy_nice,
        light=settings.light_workers,
        checker=checker,
        network=bool(settings.allow_service),
    )
    if store_path and not settings.enable_update:
        # Each worker reopens the on-disk store read-only.
        return pool(store_path=store_path)
    if store_path:
        # This process holds the store open for writing, and a read-only open beside a writer
        # is undefined behaviour in RocksDB: the workers get an in-memory copy, kept current
        # after each update (see WorkerPool.apply_change).
        return pool(store=memory_copy(store))
    # An in-memory store is inherited by the workers.
    return pool(store=store)


def _update_shapes(settings: Settings, kind: str, root):
    """The shapes updates are checked against (None: unchecked), per the ``shapes`` setting."""
    from pathlib import Path

    from kg.build.validate import load_shapes
    from kg.resources import find_project

    if settings.shapes == ("none",):
        return None
    if settings.shapes:
        return load_shapes([Path(f) for f in settings.shapes])
    if kind in ("builtin", "store"):
        # The built-in graph, and a store written by `kg build`, conform to the project's shapes.
        project = find_project(root)
        return load_shapes(project.shapes_files(), root=project.root)
    return None


def _install_cors(app: Flask, settings: Settings) -> None:
    origins = set(settings.cors_origins)

    @app.before_request
    def preflight():
        if request.method == "OPTIONS" and request.headers.get("Access-Control-Request-Method"):
            return Response(status=204)
        return None

    @app.after_request
    def cors(response):
        origin = request.headers.get("Origin")
        if not origin or not origins:
            return response
        if "*" in origins:
            response.headers["Access-Control-Allow-Origin"] = "*"
        elif origin in origins:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.vary.add("Origin")
        else:
            return response
        response.headers["Access-Control-Expose-Headers"] = (
            "X-Result-Rows, X-Result-Cache, Content-Length"
        )
        if request.method == "OPTIONS":
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Accept, Authorization, Content-Type"
            response.headers["Access-Control-Max-Age"] = "600"
        return response


_TITLES = {
    400: "That request could not be read",
    403: "Not allowed here",
    404: "Not found",
    405: "Not allowed with this method",
    406: "No acceptable format",
    413: "Too large",
    415: "Unsupported content",
    422: "Refused",
    431: "Headers too large",
    501: "Not available here",
    502: "The remote store did not answer",
    503: "Stopped or busy",
}


def _install_error_handler(app: Flask) -> None:
    @app.errorhandler(HTTPError)
    @app.errorhandler(HTTPException)
    @app.errorhandler(Exception)
    def render_error(exc: Exception):
        if isinstance(exc, HTTPError):
            status, message, headers = exc.status, exc.message, exc.headers
        elif isinstance(exc, RemoteUnavailable):
            status, message, headers = 502, str(exc), {}
        elif isinstance(exc, HTTPException):
            status, message = exc.code or 500, exc.description or exc.name
            headers = dict(exc.get_headers()) if exc.code == 405 else {}
            headers.pop("Content-Type", None)
        else:
            status, message, headers = 500, "internal server error", {}
        if status >= 500:
            log.error(
                "%s %s -> %d: %s",
                request.method,
                request.path,
                status,
                message,
                exc_info=not isinstance(exc, (HTTPError, HTTPException, RemoteUnavailable)),
            )
        wants = conneg.negotiate(request.headers.get("Accept"), (conneg.JSON, conneg.HTML))
        if wants == conneg.HTML and "text/html" in request.headers.get("Accept", ""):
            title = _TITLES.get(status, f"Error {status}")
            body = render_template("error.html", status=status, title=title, message=message)
            return Response(body, status=status, headers=headers, mimetype="text/html")
        return app.json.response({"error": message, "status": status}), status, headers
