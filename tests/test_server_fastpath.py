"""The /sparql fast path answers exactly as the Flask route it short-cuts.

Each request is sent twice through the same app: once as the server receives it (through
:class:`server.sparql.FastPath`) and once to the Flask application behind it. Status, headers
and body must agree, errors included, so the fast path can never become a second protocol.
"""

from __future__ import annotations

import gzip
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
from werkzeug.test import Client, EnvironBuilder

from server import RequestGuard, create_app
from server.sparql import FastPath

TURTLE = """@prefix ex: <http://example.org/> .
ex:a ex:p "one" , "two"@en , 3 . ex:b ex:p ex:a .
"""
SELECT = "SELECT ?s ?o WHERE { ?s <http://example.org/p> ?o } ORDER BY ?s ?o"


@pytest.fixture(scope="module")
def app():
    store = ox.Store()
    store.load(TURTLE.encode(), format=ox.RdfFormat.TURTLE)
    app = create_app({"workers": 0, "max_rows": 3, "max_query_bytes": 4096}, store=store)
    # The request guard (header size, content encoding) sits outside the fast path.
    assert isinstance(app.wsgi_app, RequestGuard)
    assert isinstance(app.wsgi_app.wsgi_app, FastPath)
    return app


def answer(wsgi, **request):
    environ = EnvironBuilder(**request).get_environ()
    response = Client(wsgi).open(environ)
    body = response.get_data()
    if response.headers.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    return response.status, sorted(response.headers.items()), body


CASES = {
    "select json": {"path": "/sparql", "query_string": {"query": SELECT}},
    "select xml": {
        "path": "/sparql",
        "query_string": {"query": SELECT},
        "headers": {"Accept": "application/sparql-results+xml"},
    },
    "select tsv by format": {"path": "/sparql", "query_string": {"query": SELECT, "format": "tsv"}},
    "ask csv": {
        "path": "/sparql",
        "query_string": {"query": "ASK {}"},
        "headers": {"Accept": "text/csv"},
    },
    "construct": {
        "path": "/sparql",
        "query_string": {"query": "CONSTRUCT WHERE { ?s ?p ex:a }", "format": "nt"},
    },
    "prebound prefix": {"path": "/sparql", "query_string": {"query": "ASK { ?s hkg:x ?o }"}},
    "gzip": {
        "path": "/sparql",
        "query_string": {"query": "SELECT * { VALUES ?x { " + "'x' " * 200 + "} }"},
        "headers": {"Accept-Encoding": "gzip"},
    },
    "post form": {
        "path": "/sparql",
        "method": "POST",
        "data": urlencode({"query": SELECT}),
        "content_type": "application/x-www-form-urlencoded",
    },
    "post query": {
        "path": "/sparql",
        "method": "POST",
        "data": SELECT,
        "content_type": "application/sparql-query",
    },
    "dataset": {
        "path": "/sparql",
        "query_string": {"query": "ASK { ?s ?p ?o }", "default-graph-uri": "http://example.org/g"},
    },
    "service description": {"path": "/sparql", "headers": {"Accept": "text/turtle"}},
    "syntax error": {"path": "/sparql", "query_string": {"query": "SELECT * WHERE {"}},
    "syntax error html": {
        "path": "/sparql",
        "query_string": {"query": "SELEC"},
        "headers": {"Accept": "text/html"},
    },
    "too many rows": {"path": "/sparql", "query_string": {"query": "SELECT * { ?s ?p ?o }"}},
    "two queries": {"path": "/sparql", "query_string": [("query", "ASK {}"), ("query", "ASK {}")]},
    "not acceptable": {
        "path": "/sparql",
        "query_string": {"query": "ASK {}"},
        "headers": {"Accept": "image/png"},
    },
    "service refused": {
        "path": "/sparql",
        "query_string": {"query": "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"},
    },
    "bad graph iri": {
        "path": "/sparql",
        "query_string": {"query": "ASK {}", "default-graph-uri": "not an iri"},
    },
    "update disabled": {
        "path": "/sparql",
        "method": "POST",
        "data": "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }",
        "content_type": "application/sparql-update",
    },
    "wrong media type": {
        "path": "/sparql",
        "method": "POST",
        "data": "x",
        "content_type": "text/plain",
    },
    "body too large": {
        "path": "/sparql",
        "method": "POST",
        "data": "#" * 5000,
        "content_type": "application/sparql-query",
    },
    "bad utf-8": {
        "path": "/sparql",
        "method": "POST",
        "data": b"ASK {\xff}",
        "content_type": "application/sparql-query",
    },
    "cors": {
        "path": "/sparql",
        "query_string": {"query": "ASK {}"},
        "headers": {"Origin": "http://a.example"},
    },
    "head": {"path": "/sparql", "method": "HEAD", "query_string": {"query": "ASK {}"}},
    "put": {"path": "/sparql", "method": "PUT", "data": "x"},
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_fast_path_answers_as_flask_does(app, case):
    app.extensions["kg.backend"].results.clear()
    fast = answer(app.wsgi_app.wsgi_app, **case)
    # The same query again: the first answer is kept, so Flask's copy says it came from there.
    status, headers, body = answer(app.wsgi_app.wsgi_app.wsgi_app, **case)
    if ("X-Result-Cache", "miss") in fast[1]:
        assert ("X-Result-Cache", "hit") in headers
        headers = [(k, "miss" if k == "X-Result-Cache" else v) for k, v in headers]
    assert fast == (status, headers, body)


def test_fast_path_adds_the_apps_hook_headers(app):
    status, headers, _ = answer(
        app.wsgi_app.wsgi_app, path="/sparql", query_string={"query": "ASK {}"}
    )
    assert status.startswith("200")
    assert ("X-Content-Type-Options", "nosniff") in headers
