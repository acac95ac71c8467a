"""The hsct-kg web server: the SPARQL 1.1 endpoint and its descriptions.

``create_app`` builds the Flask application; ``kg serve`` (see :mod:`server.serve`) runs it under
waitress.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox
from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException

from server import conneg
from server.backend import Backend, builtin_store, load_files, open_store
from server.errors import HTTPError
from server.execution import InProcessExecutor, WorkerPool
from server.settings import Settings

__all__ = ["Settings", "create_app"]

log = logging.getLogger(__name__)


def create_app(config: Mapping[str, Any] | None = None, *, store: ox.Store | None = None) -> Flask:
    """Create the Flask application.

    Settings come from the defaults, then ``KG_*`` environment variables, then ``config``
    (keys in any case, e.g. ``{"TIMEOUT": 2}`` or ``{"max_rows": 100}``).

    Args:
        config: settings and Flask config values.
        store: the store to serve. Without one, ``STORE`` (a path) is opened read-only, or the
            ``DATA`` files are loaded, or else the project's built-in graph is built (from the
            checkout at ``ROOT`` if set, as ``kg --root`` does).

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
    if store is None:
        if settings.store:
            store_path = settings.store
            store = open_store(store_path)
        elif settings.data:
            store = load_files(settings.data)
        else:
            store = builtin_store(app.config.get("ROOT"))

    if settings.workers > 0:
        # An on-disk store is reopened by each worker; an in-memory one is inherited.
        executor = (
            WorkerPool(settings.workers, prefixes, store_path=store_path)
            if store_path
            else WorkerPool(settings.workers, prefixes, store=store)
        )
    else:
        executor = InProcessExecutor(store, prefixes)
    app.extensions["kg"] = store
    app.extensions["kg.backend"] = Backend(store, executor, prefixes)
    app.extensions["kg.settings"] = settings

    from server.sparql import bp as sparql_bp

    app.register_blueprint(sparql_bp)
    _install_cors(app, settings)
    _install_error_handler(app)
    return app


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
        response.headers["Access-Control-Expose-Headers"] = "X-Result-Rows, Content-Length"
        if request.method == "OPTIONS":
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Accept, Authorization, Content-Type"
            response.headers["Access-Control-Max-Age"] = "600"
        return response


def _install_error_handler(app: Flask) -> None:
    @app.errorhandler(HTTPError)
    @app.errorhandler(HTTPException)
    @app.errorhandler(Exception)
    def render_error(exc: Exception):
        if isinstance(exc, HTTPError):
            status, message, headers = exc.status, exc.message, exc.headers
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
                exc_info=not isinstance(exc, (HTTPError, HTTPException)),
            )
        wants = conneg.negotiate(request.headers.get("Accept"), (conneg.JSON, conneg.HTML))
        if wants == conneg.HTML and "text/html" in request.headers.get("Accept", ""):
            body = (
                f"<!doctype html><title>{status}</title><h1>Error {status}</h1>"
                f"<pre>{html.escape(message)}</pre>"
            )
            return Response(body, status=status, headers=headers, mimetype="text/html")
        return app.json.response({"error": message, "status": status}), status, headers
