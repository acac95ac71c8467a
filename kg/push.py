"""Load a graph into a remote SPARQL 1.1 Graph Store Protocol store, in chunks.

The first chunk is sent with ``PUT`` (replacing the target graph), the rest with ``POST``
(merging), so pushing again gives the same result. Chunks are N-Triples documents; blank nodes
are scoped to one document, so the triples sharing a blank node always travel in the same
chunk. Standard library HTTP only: the library does not depend on a web framework.
"""

from __future__ import annotations

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

    >>> b = ox.BlankNode("b"); p = ox.NamedNode("http://e/p")
    >>> t = [ox.Triple(ox.NamedNode("http://e/s"), p, b), ox.Triple(b, p, ox.Literal("1")),
    ...      ox.Triple(ox.NamedNode("http://e/t"), p, ox.Literal("2"))]
    >>> [len(c) for c in chunks(t, 1)]
    [2, 1]
    """
    plain: list[ox.Triple] = []
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
            plain.append(triple)
            continue
        for node in blanks:
            parent.setdefault(node, node)
        if len(blanks) == 2:
            parent[root(blanks[0])] = root(blanks[1])
        linked.append((triple, blanks[0]))
    components: dict[ox.BlankNode, list[ox.Triple]] = {}
    for triple, node in linked:
        components.setdefault(root(node), []).append(triple)
    current: list[ox.Triple] = []
    for group in [*components.values(), *([t] for t in plain)]:
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
        url: the remote endpoint, e.g. ``http://127.0.0.1:7878/store``.
        graph: the target graph IRI (None: the remote's default graph), replaced whole.
        chunk_size: triples per request.
        token: a bearer token for the remote, if it wants one.
        timeout: seconds each request may take.
        progress: called with (triples sent, total) after each chunk.

    Raises:
        RemoteError: the URL is unusable, the store is unreachable, or it refused a chunk.
    """
    target = graph_store_url(url, graph)
    if chunk_size < 1:
        raise RemoteError("the chunk size must be at least 1")
    triples = [q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    total, sent, requests = len(triples), 0, 0
    groups = list(chunks(triples, chunk_size)) or [[]]
    for i, group in enumerate(groups):
        body = ox.serialize(group, format=ox.RdfFormat.N_TRIPLES)
        _send("PUT" if i == 0 else "POST", target, body, token, timeout)
        sent += len(group)
        requests += 1
        if progress is not None:
            progress(sent, total)
    return PushResult(total, requests, target)


def _send(method: str, url: str, body: bytes, token: str | None, timeout: float) -> None:
    headers = {"Content-Type": N_TRIPLES}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read(500).decode("utf-8", "replace").strip()
        raise RemoteError(f"{method} {url}: {exc.code} {exc.reason}: {detail}") from None
    except urllib.error.URLError as exc:
        raise RemoteError(f"{method} {url}: cannot connect: {exc.reason}") from None
    except (TimeoutError, ConnectionError) as exc:
        raise RemoteError(f"{method} {url}: {exc}") from None
