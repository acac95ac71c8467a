"""handle_query called directly, without HTTP, on an in-memory store."""

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from server import create_app
from server.backend import load_files
from server.errors import HTTPError
from server.settings import Settings
from server.sparql import handle_query

DATA = Path(__file__).parent / "data" / "server"


@pytest.fixture(scope="module")
def store():
    return load_files([DATA / "fixture.trig"])


def ask(store, params, settings=None, **kwargs):
    return handle_query(params, kwargs.pop("headers", {}), store, settings or Settings(), **kwargs)


def status_of(store, params, settings=None, **kwargs):
    with pytest.raises(HTTPError) as info:
        ask(store, params, settings, **kwargs)
    return info.value


def test_select_uses_prebound_prefixes(store):
    r = ask(store, {"query": ["SELECT ?d { intervention:ahsct hkg:recommendedFor ?d }"]})
    doc = json.loads(r.read())
    assert r.status == 200
    assert {b["d"]["value"].rsplit("/", 1)[1] for b in doc["results"]["bindings"]} == {
        "multiple-sclerosis",
        "systemic-sclerosis",
    }


def test_syntax_error_position_is_relative_to_the_users_query(store):
    err = status_of(store, {"query": ["SELECT * WHERE {\n  ?s hkg:x ?o .\n  ?s ?p }"]})
    assert err.status == 400
    assert err.message.startswith("line 3, column 10:")  # as the parser reports it


def test_undeclared_prefix_is_reported(store):
    err = status_of(store, {"query": ["SELECT * { ?s nope:x ?o }"]})
    # Named at the prefixed name itself, not where the parser gave up.
    assert err.status == 400
    assert err.message.startswith("line 1, column 15: undeclared prefix 'nope:'")


def test_two_queries_are_refused(store):
    assert status_of(store, {"query": ["ASK {}", "ASK {}"]}).status == 400


def test_unacceptable_media_type_lists_what_is_available(store):
    err = status_of(store, {"query": ["ASK {}"]}, headers={"Accept": "image/png"})
    assert err.status == 406 and "application/sparql-results+json" in err.message


def test_query_size_limit(store):
    query = "ASK {}" + " " * 200
    assert status_of(store, {"query": [query]}, Settings(max_query_bytes=100)).status == 413


def test_row_limit_refuses_rather_than_truncates(store):
    settings = Settings(max_rows=3)
    err = status_of(store, {"query": ["SELECT * { ?s ?p ?o }"]}, settings)
    assert err.status == 422 and "more than 3 rows" in err.message
    ok = ask(store, {"query": ["SELECT * { ?s ?p ?o } LIMIT 3"]}, settings)
    assert ok.status == 200 and ok.headers["X-Result-Rows"] == "3"


def test_service_refused_but_literal_mentioning_it_is_not(store):
    err = status_of(store, {"query": ["SELECT * { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"]})
    assert err.status == 403
    r = ask(store, {"query": ["SELECT * { ?s ?p ?o FILTER(CONTAINS(?o, 'SERVICE')) }"]})
    assert r.status == 200 and r.headers["X-Result-Rows"] == "1"


def test_post_direct_and_form(store):
    r = ask(
        store,
        {},
        method="POST",
        body=b"ASK {}",
        headers={"Content-Type": "application/sparql-query"},
    )
    assert r.status == 200
    r = ask(
        store,
        {},
        method="POST",
        body=b"query=ASK+%7B%7D",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert r.status == 200


@pytest.mark.parametrize(
    ("method", "content_type", "body", "status"),
    [
        ("PUT", None, b"", 405),
        ("POST", "text/plain", b"ASK {}", 415),
        ("POST", None, b"query=ASK+%7B%7D", 415),
        ("POST", "application/sparql-query; charset=UTF-16", "ASK {}".encode("utf-16"), 415),
        ("POST", "application/sparql-query", b"\xff\xfeA", 400),
        ("POST", "application/x-www-form-urlencoded", b"", 400),
    ],
)
def test_bad_requests(store, method, content_type, body, status):
    headers = {"Content-Type": content_type} if content_type else {}
    assert status_of(store, {}, method=method, body=body, headers=headers).status == status


def test_update_refused_unless_enabled_with_token(store):
    form = {"Content-Type": "application/sparql-update"}
    body = b"INSERT DATA { <http://a> <http://b> <http://c> }"
    assert status_of(store, {}, method="POST", body=body, headers=form).status == 403
    on = Settings(enable_update=True, update_token="s3cret")
    assert status_of(store, {}, on, method="POST", body=body, headers=form).status == 401
    wrong = {**form, "Authorization": "Bearer nope"}
    assert status_of(store, {}, on, method="POST", body=body, headers=wrong).status == 403
    assert len(store) == len(load_files([DATA / "fixture.trig"]))


def test_dataset_from_protocol_overrides_from_clause(store):
    query = "SELECT ?n FROM <http://example.org/data1.rdf> { ?s <http://example.org/name> ?n }"
    r = ask(
        store,
        {"query": [query], "default-graph-uri": ["http://example.org/data2.rdf"]},
        headers={"Accept": "text/csv"},
    )
    assert r.read() == b"n\r\ntwo\r\n"


def test_bad_graph_iri_is_400(store):
    assert (
        status_of(store, {"query": ["ASK {}"], "default-graph-uri": ["not an iri"]}).status == 400
    )


def test_create_app_serves_a_given_store_in_process():
    store = ox.Store()
    app = create_app({"WORKERS": 0, "TESTING": True}, store=store)
    assert app.extensions["kg"] is store
    res = app.test_client().get("/sparql", query_string={"query": "ASK {}"})
    assert res.status_code == 200 and res.json == {"head": {}, "boolean": True}
    res = app.test_client().get("/sparql", query_string={"query": "ASK {"})
    assert res.status_code == 400 and res.json["status"] == 400


def test_environment_then_config(monkeypatch):
    monkeypatch.setenv("KG_MAX_ROWS", "7")
    monkeypatch.setenv("KG_TIMEOUT", "3")
    app = create_app({"timeout": 4, "workers": 0}, store=ox.Store())
    settings = app.extensions["kg.settings"]
    assert (settings.max_rows, settings.timeout) == (7, 4.0)
