"""Answer queries by delegating them to a remote SPARQL 1.1 endpoint (``kg serve --backend``).

The endpoint's own rules still hold: SERVICE is refused and the query size is checked before
anything is sent (in :mod:`server.sparql`), the query is parsed here first so a malformed one is
a 400 with its position in the user's text, the HTTP call is limited to the query timeout, and
the row limit is applied to what comes back. The remote answers in SPARQL JSON results or
N-Triples; the client gets whatever format it negotiated with us.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping

import pyoxigraph as ox

from server import conneg, results
from server.execution import Job, Outcome, QueryTimeout, media_type_for, syntax_error

_ACCEPT = f"{conneg.SPARQL_JSON}, {conneg.N_TRIPLES};q=0.9"


class RemoteUnavailable(Exception):
    """The remote endpoint could not be reached or failed (the server answers 502)."""


class RemoteExecutor:
    """Run :class:`~server.execution.Job` values on a remote endpoint at ``url``."""

    def __init__(self, url: str, prefixes: Mapping[str, str]):
        self.url = url
        self.prefixes = dict(prefixes)
        # The remote does not know our pre-bound prefixes: they are declared ahead of the
        # query, and the query's own PREFIX declarations, coming later, still win.
        self._prologue = "".join(
            f"PREFIX {name}: {ox.NamedNode(iri)}\n" for name, iri in self.prefixes.items()
        )

    def execute(self, job: Job, timeout: float) -> Outcome:
        try:
            # Parsed locally (against an empty store) for the position of a syntax error.
            ox.Store().query(job.query, base_iri=job.base_iri, prefixes=self.prefixes)
        except SyntaxError as exc:
            return Outcome(400, error=str(syntax_error(exc, job.query)))
        params: list[tuple[str, str]] = []
        for graph in job.default_graphs or ():
            params.append(("default-graph-uri", graph))
        for graph in job.named_graphs or ():
            params.append(("named-graph-uri", graph))
        url = self.url + ("&" if "?" in self.url else "?") + urllib.parse.urlencode(params)
        request = urllib.request.Request(
            url.rstrip("?"),
            data=(self._prologue + job.query).encode("utf-8"),
            method="POST",
            headers={"Content-Type": "application/sparql-query", "Accept": _ACCEPT},
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                media = response.headers.get_content_type()
                body = response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read(500).decode("utf-8", "replace").strip()
            raise RemoteUnavailable(f"the remote endpoint answered {exc.code}: {detail}") from None
        except TimeoutError:
            raise QueryTimeout() from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise QueryTimeout() from None
            raise RemoteUnavailable(f"cannot reach the remote endpoint: {exc.reason}") from None
        return self._answer(job, media, body)

    def _answer(self, job: Job, media: str, body: bytes) -> Outcome:
        if media == conneg.N_TRIPLES or media == conneg.TURTLE:
            fmt = ox.RdfFormat.N_TRIPLES if media == conneg.N_TRIPLES else ox.RdfFormat.TURTLE
            kind = "graph"
        elif media == conneg.SPARQL_JSON:
            kind = "solutions"
        else:
            raise RemoteUnavailable(f"the remote endpoint answered in {media}, not SPARQL JSON")
        media_type = media_type_for(kind, job.accept, job.format)
        if media_type is None:
            offers = conneg.GRAPH_TYPES if kind == "graph" else conneg.SOLUTION_TYPES
            return Outcome(406, error="no acceptable media type", acceptable=offers)
        try:
            if kind == "graph":
                triples = results.take((q.triple for q in ox.parse(body, format=fmt)), job.max_rows)
                out = results.write_triples(triples, media_type, self.prefixes)
                return Outcome(200, media_type, out, len(triples))
            answer = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
            if isinstance(answer, ox.QueryBoolean):
                return Outcome(200, media_type, results.write_boolean(bool(answer), media_type), 1)
            variables = [v.value for v in answer.variables]
            rows = results.take((tuple(sol) for sol in answer), job.max_rows)
            out = results.write_solutions(variables, rows, media_type)
            return Outcome(200, media_type, out, len(rows))
        except results.TooManyRows as exc:
            return Outcome(422, error=str(exc))
        except SyntaxError as exc:
            raise RemoteUnavailable(f"the remote endpoint's answer is malformed: {exc}") from None

    def close(self) -> None:
        pass


class RemoteStore:
    """The little of the store interface the endpoint's descriptions need, over a remote endpoint.

    Counts cover the remote's default graph (its union with the named graphs is the remote's
    own setting).
    """

    def __init__(self, executor: RemoteExecutor, timeout: float):
        self.executor = executor
        self.timeout = timeout

    def query(self, text: str, **_ignored):
        job = Job(text, accept=conneg.SPARQL_JSON, max_rows=10**9)
        outcome = self.executor.execute(job, self.timeout)
        if outcome.status >= 400:
            raise RemoteUnavailable(outcome.error)
        return ox.parse_query_results(outcome.body, ox.QueryResultsFormat.JSON)

    def named_graphs(self):
        for row in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            yield row["g"]
