"""The HTTP error the server's cores raise; ``create_app`` renders it, once, for every route."""

from __future__ import annotations

from collections.abc import Mapping


class HTTPError(Exception):
    """A request the server answers with an error ``status`` and a message for the client.

    >>> str(HTTPError(406, "no acceptable media type"))
    '406: no acceptable media type'
    """

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None):
        self.status = status
        self.message = message
        self.headers = dict(headers or {})
        super().__init__(f"{status}: {message}")
