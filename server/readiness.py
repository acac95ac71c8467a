"""Whether the server is ready, and the pages' indexes as a request gets them.

``/health`` answers 200 as soon as the server answers at all (the store is open and ``/sparql``
works), with the state of each index beside the store; ``/ready`` answers the same JSON, with
200 once every index is built and 503 (``Retry-After``) until then, for a load balancer or a
script to wait on. A page asking for an index not yet built is answered 503 with
``Retry-After`` and what is being prepared (:func:`index`).
"""

from __future__ import annotations

from flask import Blueprint, current_app, has_request_context, jsonify

from server.errors import HTTPError
from server.indexes import Indexes, NotReady

bp = Blueprint("readiness", __name__)

#: Seconds a client is told to wait before asking again for a page whose index is being built.
RETRY_AFTER = 5


def indexes() -> Indexes | None:
    """The app's indexes (None with a remote store: the pages need a local one)."""
    return current_app.extensions.get("kg.indexes")


def index(name: str):
    """The index ``name``; in a request, a 503 saying what is being prepared while it is built.
    Outside a request (a benchmark, a script) it is waited for."""
    found = indexes()
    if found is None:
        raise HTTPError(501, "the linked-data pages need a local store; query /sparql instead")
    try:
        return found.get(name)
    except NotReady as exc:
        if has_request_context():
            raise unavailable(exc) from None
        found.wait()
        return found.get(name)


def built(name: str):
    """The index ``name`` if it is built, else None (a page with a slower exact path)."""
    found = indexes()
    return found.peek(name) if found is not None else None


def unavailable(exc: NotReady) -> HTTPError:
    """The answer to a request for an index not built (yet)."""
    if exc.failed:
        return HTTPError(500, str(exc))
    return HTTPError(
        503,
        f"{exc}. /sparql answers meanwhile; /ready says when every index is built",
        {"Retry-After": str(RETRY_AFTER)},
    )


def _status() -> tuple[dict, bool]:
    found = indexes()
    if found is None:
        return {"status": "ok", "ready": True, "indexes": {}}, True
    ready = found.ready()
    body = {"status": "ok", "ready": ready, "indexes": found.status()}
    if found.finished is not None:
        body["indexes_seconds"] = round(found.finished - found.started, 2)
    return body, ready


@bp.route("/health")
def health():
    body, _ = _status()
    response = jsonify(body)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.route("/ready")
def ready():
    body, is_ready = _status()
    response = jsonify(body)
    response.headers["Cache-Control"] = "no-store"
    if not is_ready:
        response.status_code = 503
        response.headers["Retry-After"] = str(RETRY_AFTER)
    return response
