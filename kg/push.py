"""Load a graph into a remote SPARQL 1.1 Graph Store Protocol store, in chunks.

The first chunk is sent with ``PUT`` (replacing the target graph), the rest with ``POST``
(merging), so pushing again gives the same result. Chunks are N-Triples documents; blank nodes
are scoped to one document, so the triples sharing a blank node always travel in the same
chunk. Triples are streamed from the store: only those with blank nodes are held until the end.
Credentials in the URL (``http://user:password@host/...``) are sent with HTTP Basic or Digest
authentication, as the remote asks, and never reported. Standard library HTTP only: the library
does not depend on a web framework.
"""

from __future__ import annotations

import base64
import html
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import KGError

N_TRIPLES = "application/n-triples"


class RemoteError(KGError):
    """The remote store cannot be reached or refused a request."""


@dataclass(frozen=True)
class PushResult:
    """What was sent: triples, in how many requests, to which URL."""

    triples: int
    requests: int
    url: str


def split_credentials(url: str) -> tuple[str, tuple[str, str] | None]:
    """Return ``url`` without its user information, and the (user, password) it held, if any.

    >>> split_credentials("http://dba:s%40cret@h:8890/sparql-graph-crud-auth?graph=x")
    ('http://h:8890/sparql-graph-crud-auth?graph=x', ('dba', 's@cret'))
    >>> split_credentials("http://h/store")
    ('http://h/store', None)
    """
    parts = urllib.parse.urlsplit(url)
    if parts.username is None:
        return url, None
    netloc = parts.hostname or ""
    if ":" in netloc:
        netloc = f"[{netloc}]"
    if parts.port is not None:
        netloc += f":{parts.port}"
    user = urllib.parse.unquote(parts.username)
    password = urllib.parse.unquote(parts.password or "")
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc)), (user, password)


def graph_store_url(url: str, graph: str | None) -> str:
    """Return the Graph Store Protocol URL of ``graph`` (None: the default graph) at ``url``.

    Raises:
        RemoteError: ``url`` is not an http(s) URL, or ``graph`` is not an absolute IRI.

    >>> graph_store_url("http://127.0.0.1:7878/store", None)
    'http://127.0.0.1:7878/store?default'
    >>> graph_store_url("http://h/store?x=1", "http://e/g#1")
    'http://h/store?x=1&graph=http%3A%2F%2Fe%2Fg%231'
    """
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise RemoteError(f"{url}: not an http(s) URL of a Graph Store Protocol endpoint")
    if graph is None:
        param = "default"
    else:
        try:
            ox.NamedNode(graph)
        except ValueError as exc:
            raise RemoteError(f"{graph!r} is not an absolute IRI ({exc})") from None
        param = urllib.parse.urlencode({"graph": graph})
    query = f"{parts.query}&{param}" if parts.query else param
    return urllib.parse.urlunsplit(parts._replace(query=query))


def chunks(triples: Iterable[ox.Triple], size: int) -> Iterator[list[ox.Triple]]:
    """Group ``triples`` into lists of about ``size``, never splitting a blank-node component.

    Triples without blank nodes are yielded as they come; those with blank nodes are grouped
    by component and yielded at the end.

    >>> b = ox.BlankNode("b"); p = ox.NamedNode("http://e/p")
    >>> t = [ox.Triple(ox.NamedNode("http://e/s"), p, b), ox.Triple(b, p, ox.Literal("1")),
    ...      ox.Triple(ox.NamedNode("http://e/t"), p, ox.Literal("2"))]
    >>> [len(c) for c in chunks(t, 1)]
    [1, 2]
    """
    current: list[ox.Triple] = []
    parent: dict[ox.BlankNode, ox.BlankNode] = {}

    def root(node):
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    linked: list[tuple[ox.Triple, ox.BlankNode]] = []
    for triple in triples:
        blanks = [t for t in (triple.subject, triple.object) if isinstance(t, ox.BlankNode)]
        if not blanks:
            current.append(triple)
            if len(current) >= size:
                yield current
                current = []
            continue
        for node in blanks:
            parent.setdefault(node, node)
        if len(blanks) == 2:
            parent[root(blanks[0])] = root(blanks[1])
        linked.append((triple, blanks[0]))
    components: dict[ox.BlankNode, list[ox.Triple]] = {}
    for triple, node in linked:
        components.setdefault(root(node), []).append(triple)
    for group in components.values():
        if current and len(current) + len(group) > size:
            yield current
            current = []
        current.extend(group)
    if current:
        yield current


def push(
    store: ox.Store,
    url: str,
    *,
    graph: str | None = None,
    chunk_size: int = 50_000,
    token: str | None = None,
    timeout: float = 60.0,
    progress: Callable[[int, int], None] | None = None,
) -> PushResult:
    """Send the default graph of ``store`` to the Graph Store Protocol endpoint ``url``.

    Args:
        store: what to send (its default graph).
        url: the remote endpoint, e.g. ``http://127.0.0.1:7878/store``; user information in it
            (``http://user:password@host/...``) is used for Basic or Digest authentication.
        graph: the target graph IRI (None: the remote's default graph), replaced whole.
        chunk_size: triples per request.
        token: a bearer token for the remote, if it wants one.
        timeout: seconds each request may take.
        progress: called with (triples sent, total) after each chunk.

    Returns:
        What was sent; its ``url`` carries no credentials.

    Raises:
        RemoteError: the URL is unusable, the store is unreachable, or it refused a chunk.
    """
    bare, credentials = split_credentials(url)
    target = graph_store_url(bare, graph)
    if chunk_size < 1:
        raise RemoteError("the chunk size must be at least 1")
    auth = None
    if credentials is not None:
        auth = _Auth(target, credentials)
        auth.ask(target, timeout)
    total = _count(store)
    triples = (q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    sent, requests = 0, 0
    for group in chunks(triples, chunk_size):
        body = ox.serialize(group, format=ox.RdfFormat.N_TRIPLES)
        _send(auth, "PUT" if requests == 0 else "POST", target, body, token, timeout)
        sent += len(group)
        requests += 1
        if progress is not None:
            progress(sent, total)
    if requests == 0:
        # An empty graph still replaces the remote one.
        _send(auth, "PUT", target, b"", token, timeout)
        requests = 1
        if progress is not None:
            progress(0, 0)
    return PushResult(total, requests, target)


def _count(store: ox.Store) -> int:
    (row,) = store.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
    return int(row[0].value)


class _Auth:
    """HTTP Basic or Digest credentials, sent with every request once the remote has asked.

    Some stores (Virtuoso) answer an unauthenticated request with 401 and close the connection
    before reading its body, so a large chunk must not be what discovers that credentials are
    wanted: an empty request asks first, and each chunk then carries its ``Authorization``.
    """

    def __init__(self, url: str, credentials: tuple[str, str]):
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, url, *credentials)
        self.digest = urllib.request.HTTPDigestAuthHandler(passwords)
        self.credentials = credentials
        self.challenge: tuple[str, dict[str, str]] | None = None

    def ask(self, url: str, timeout: float) -> None:
        """Learn the remote's authentication challenge with an empty POST (merging nothing)."""
        request = urllib.request.Request(url, data=b"", method="POST")
        request.add_header("Content-Type", N_TRIPLES)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            if exc.code != 401:
                return  # reported by the real request
            header = exc.headers.get("WWW-Authenticate", "")
            scheme, _, rest = header.partition(" ")
            if scheme.lower() == "digest":
                params = urllib.request.parse_http_list(rest)
                self.challenge = ("digest", urllib.request.parse_keqv_list(params))
            elif scheme.lower() == "basic":
                self.challenge = ("basic", {})
        except (urllib.error.URLError, TimeoutError, ConnectionError):
            return  # reported by the real request

    def sign(self, request: urllib.request.Request) -> None:
        if self.challenge is None:
            return
        scheme, params = self.challenge
        if scheme == "digest":
            value = self.digest.get_authorization(request, params)
            if value:
                request.add_unredirected_header("Authorization", f"Digest {value}")
        else:
            token = base64.b64encode(":".join(self.credentials).encode()).decode("ascii")
            request.add_unredirected_header("Authorization", f"Basic {token}")


def _detail(body: bytes, media: str) -> str:
    """The readable part of an error body (some stores answer in HTML), on one line."""
    text = body.decode("utf-8", "replace")
    if "html" in media:
        text = html.unescape(re.sub(r"(?is)<(script|style|head)\b.*?</\1>|<[^>]+>", " ", text))
    return " ".join(text.split())[:500]


def _send(
    auth: _Auth | None,
    method: str,
    url: str,
    body: bytes,
    token: str | None,
    timeout: float,
    *,
    again: bool = True,
) -> None:
    headers = {"Content-Type": N_TRIPLES}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    if auth is not None:
        auth.sign(request)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
        return
    except urllib.error.HTTPError as exc:
        if exc.code == 401 and auth is not None and again:
            failure = None  # the challenge may have expired: ask again, once
        else:
            detail = _detail(exc.read(20_000), exc.headers.get_content_type())
            if exc.code == 401:
                detail = (detail + " " if detail else "") + (
                    "(credentials missing or refused: give them in the URL as "
                    "http://USER:PASSWORD@HOST/..., or a bearer token with --token)"
                )
            failure = f"{exc.code} {exc.reason}: {detail}"
    except urllib.error.URLError as exc:
        # A store that refuses credentials may close the connection while the body is sent.
        reset = isinstance(exc.reason, ConnectionError) and auth is not None and again
        failure = None if reset else f"cannot connect: {exc.reason}"
    except (TimeoutError, ConnectionError) as exc:
        failure = None if auth is not None and again else str(exc)
    if failure is not None:
        raise RemoteError(f"{method} {url}: {failure}")
    auth.ask(url, timeout)
    _send(auth, method, url, body, token, timeout, again=False)
