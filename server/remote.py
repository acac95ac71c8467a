"""Answer queries by delegating them to a remote SPARQL 1.1 endpoint (``kg serve --backend``).

The endpoint's own rules still hold: SERVICE is refused and the query size is checked before
anything is sent (in :mod:`server.sparql`), the query is parsed here first so a malformed one is
a 400 with its position in the user's text, the HTTP call is limited to the query timeout, and
the row limit is applied to what comes back. The remote answers in SPARQL JSON results or
N-Triples; the client gets whatever format it negotiated with us.

The query is sent as a form-encoded POST (``query=``), the one form every SPARQL 1.1 store
answers (Virtuoso 7 never answers a POST of ``application/sparql-query``). Query parameters of
the backend URL are kept, so ``http://HOST:8890/sparql?default-graph-uri=G`` scopes every query
to graph ``G`` (a request's own ``default-graph-uri`` / ``named-graph-uri`` replace the URL's).
A few spellings of Virtuoso's answers are read as what they mean: ASK answered as a one-cell
table (``__ASK_RETVAL``), blank nodes written as ``nodeID://...`` or as ``_:`` IRIs; and a
partial "anytime" answer (header ``X-SQL-State``) is an error, never passed on as complete.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping

import pyoxigraph as ox

from kg import results
from kg.query import syntax_error
from server import conneg, plan
from server.execution import Job, Outcome, QueryTimeout, media_type_for, screen

# Asked by the query's form: some stores (Virtuoso) answer CONSTRUCT in SPARQL JSON when asked
# for it first, as a table of ?s ?p ?o.
_ACCEPT_SOLUTIONS = f"{conneg.SPARQL_JSON}, {conneg.N_TRIPLES};q=0.9"
_ACCEPT_GRAPH = f"{conneg.N_TRIPLES}, {conneg.TURTLE};q=0.9"
_DATASET = ("default-graph-uri", "named-graph-uri")
_QUIRKS = (b"__ASK_RETVAL", b"nodeID://", b'"_:')


class RemoteUnavailable(Exception):
    """The remote endpoint could not be reached or failed (the server answers 502)."""


class RemoteExecutor:
    """Run :class:`~server.execution.Job` values on a remote endpoint at ``url``."""

    def __init__(self, url: str, prefixes: Mapping[str, str]):
        self.url = url
        parts = urllib.parse.urlsplit(url)
        params = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
        # The URL's dataset is the default; the rest of its parameters always go along.
        self._dataset = [(k, v) for k, v in params if k in _DATASET]
        self._params = [(k, v) for k, v in params if k not in _DATASET]
        self._endpoint = urllib.parse.urlunsplit(parts._replace(query=""))
        self.prefixes = dict(prefixes)
        # The remote does not know our pre-bound prefixes: they are declared ahead of the
        # query, and the query's own PREFIX declarations, coming later, still win.
        self._prologue = "".join(
            f"PREFIX {name}: {ox.NamedNode(iri)}\n" for name, iri in self.prefixes.items()
        )

    def execute(self, job: Job, timeout: float, cancelled=None) -> Outcome:
        refused = screen(job, self.prefixes)
        if refused is not None:
            return refused
        try:
            # Parsed locally (against an empty store) for the position of a syntax error, and
            # for the query's form.
            form = ox.Store().query(job.query, base_iri=job.base_iri, prefixes=self.prefixes)
        except SyntaxError as exc:
            return Outcome(400, error=str(syntax_error(exc, job.query, prefixes=self.prefixes)))
        dataset = [("default-graph-uri", g) for g in job.default_graphs or ()]
        dataset += [("named-graph-uri", g) for g in job.named_graphs or ()]
        base = f"BASE {ox.NamedNode(job.base_iri)}\n" if job.base_iri else ""
        # Virtuoso 7.2 loses solutions of a class-closure path met from many solutions; the
        # same path as a materialised sub-select is answered right (and faster elsewhere too).
        text = plan.selective_paths(job.query, materialise=True)
        body = [("query", base + self._prologue + text)]
        data = urllib.parse.urlencode([*self._params, *(dataset or self._dataset), *body])
        graph = isinstance(form, ox.QueryTriples)
        request = urllib.request.Request(
            self._endpoint,
            data=data.encode("utf-8"),
            method="POST",
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": _ACCEPT_GRAPH if graph else _ACCEPT_SOLUTIONS,
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                media = response.headers.get_content_type()
                partial = response.headers.get("X-SQL-State")
                body = response.read()
        except urllib.error.HTTPError as exc:
            detail = " ".join(exc.read(500).decode("utf-8", "replace").split())
            raise RemoteUnavailable(f"the remote endpoint answered {exc.code}: {detail}") from None
        except TimeoutError:
            raise QueryTimeout() from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise QueryTimeout() from None
            raise RemoteUnavailable(f"cannot reach the remote endpoint: {exc.reason}") from None
        if partial:
            raise RemoteUnavailable(
                f"the remote endpoint answered only in part ({partial}: "
                f"{response.headers.get('X-SQL-Message', 'its own time limit')})"
            )
        return self._answer(job, media, body, ask=isinstance(form, ox.QueryBoolean))

    def _answer(self, job: Job, media: str, body: bytes, *, ask: bool = False) -> Outcome:
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
            if any(marker in body for marker in _QUIRKS):
                body = _standard_json(body, ask)
            answer = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
            if ask and not isinstance(answer, ox.QueryBoolean):
                raise RemoteUnavailable("the remote endpoint answered an ASK query with a table")
            if isinstance(answer, ox.QueryBoolean):
                return Outcome(200, media_type, results.write_boolean(bool(answer), media_type), 1)
            variables = [v.value for v in answer.variables]
            rows = results.take((tuple(sol) for sol in answer), job.max_rows)
            out = results.write_solutions(variables, rows, media_type)
            return Outcome(200, media_type, out, len(rows))
        except results.TooManyRows as exc:
            return Outcome(422, error=str(exc))
        except (SyntaxError, ValueError) as exc:
            raise RemoteUnavailable(f"the remote endpoint's answer is malformed: {exc}") from None

    def close(self) -> None:
        pass


def _standard_json(body: bytes, ask: bool) -> bytes:
    """Rewrite Virtuoso's spellings in a SPARQL JSON answer as the standard ones.

    >>> _standard_json(b'{"head": {"vars": ["__ASK_RETVAL"]}, "results": {"bindings": '
    ...                b'[{"__ASK_RETVAL": {"type": "literal", "value": "1"}}]}}', True)
    b'{"head": {}, "boolean": true}'
    >>> _standard_json(b'{"head": {"vars": ["s"]}, "results": {"bindings": '
    ...                b'[{"s": {"type": "bnode", "value": "nodeID://b10"}}]}}', False)
    b'{"head": {"vars": ["s"]}, "results": {"bindings": [{"s": {"type": "bnode", "value": "b10"}}]}}'
    """
    doc = json.loads(body)
    if "boolean" in doc:
        return body
    variables = doc.get("head", {}).get("vars", [])
    bindings = doc.get("results", {}).get("bindings", [])
    if ask and variables == ["__ASK_RETVAL"] and len(bindings) <= 1:
        # Virtuoso 7 answers ASK in SPARQL JSON as a table of one cell: 1 or 0 (none: false).
        value = bindings[0].get("__ASK_RETVAL", {}).get("value") if bindings else "0"
        return json.dumps({"head": {}, "boolean": value in ("1", "true")}).encode()
    for row in bindings:
        for term in row.values():
            value = term.get("value", "")
            if term.get("type") == "bnode" or (term.get("type") == "uri" and value[:2] == "_:"):
                term["type"] = "bnode"
                term["value"] = re.sub(r"[^A-Za-z0-9_-]", "_", value.split("/")[-1].lstrip("_:"))
    return json.dumps(doc).encode()


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
