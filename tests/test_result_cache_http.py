"""Answers kept for queries asked again (``--result-cache-mb``), over HTTP on a real server.

A kept answer must be the answer the engine gives now: each commit empties the cache before the
update is answered, the key holds everything that makes an answer, and errors, refusals and
answers too large are never kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from server import create_app
from server.process import ServerProcess

DATA = Path(__file__).parent / "data" / "server"
TOKEN = "cache-token"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
JSON = "application/sparql-results+json"


def _count(response: requests.Response) -> int:
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


@pytest.fixture(scope="module")
def server():
    with ServerProcess.ours(
        "--data",
        str(DATA / "graphs.nq"),
        "--workers",
        "1",
        "--enable-update",
        "--update-token",
        TOKEN,
        "--shapes",
        "none",
        "--result-cache-mb",
        "1",
        "--max-rows",
        "3",
    ) as s:
        yield s


def ask(server, query: str, accept: str = JSON, **params) -> requests.Response:
    r = requests.get(
        server.url + "/sparql",
        params={"query": query, **params},
        headers={"Accept": accept},
        timeout=30,
    )
    return r


def update(server, text: str) -> None:
    r = requests.post(
        server.url + "/sparql",
        data={"update": text},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=30,
    )
    assert r.status_code == 204, r.text


def test_a_query_asked_again_is_answered_from_the_cache(server) -> None:
    query = "SELECT ?o WHERE { <http://example.org/b> ?p ?o }"
    first, second = ask(server, query), ask(server, query)
    assert first.headers["X-Result-Cache"] == "miss"
    assert second.headers["X-Result-Cache"] == "hit"
    assert second.content == first.content and second.status_code == 200
    assert second.headers["Content-Type"] == first.headers["Content-Type"]
    assert second.headers["X-Result-Rows"] == first.headers["X-Result-Rows"] == "1"


def test_the_key_is_everything_that_makes_an_answer(server) -> None:
    query = "SELECT ?o WHERE { ?s <http://example.org/p> ?o } ORDER BY ?o"
    json = ask(server, query)
    assert ask(server, query).headers["X-Result-Cache"] == "hit"
    # Another format, another answer.
    csv = ask(server, query, accept="text/csv")
    assert csv.headers["X-Result-Cache"] == "miss" and csv.text.startswith("o\r\n")
    # Another dataset, another answer: only the named graph g1.
    g1 = ask(server, query, **{"default-graph-uri": "http://example.org/g1"})
    assert g1.headers["X-Result-Cache"] == "miss"
    values = [b["o"]["value"] for b in g1.json()["results"]["bindings"]]
    assert values == ["in g1"] and g1.content != json.content
    # The same text with a space more is another query (nothing is normalised into a match).
    assert ask(server, query + " ").headers["X-Result-Cache"] == "miss"


def test_an_update_empties_the_cache_and_the_next_answer_sees_it(server) -> None:
    before = ask(server, COUNT)
    assert ask(server, COUNT).headers["X-Result-Cache"] == "hit"
    update(server, 'INSERT DATA { <http://example.org/new> <http://example.org/p> "new" }')
    after = ask(server, COUNT)
    assert after.headers["X-Result-Cache"] == "miss"
    assert _count(after) == _count(before) + 1


def test_a_graph_store_write_empties_the_cache_too(server) -> None:
    query = "ASK { <http://example.org/gsp> ?p ?o }"
    assert ask(server, query).json()["boolean"] is False
    assert ask(server, query).headers["X-Result-Cache"] == "hit"
    r = requests.post(
        server.url + "/store",
        params={"default": ""},
        data='<http://example.org/gsp> <http://example.org/p> "via the graph store" .',
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/turtle"},
        timeout=30,
    )
    assert r.status_code in (200, 201, 204), r.text
    again = ask(server, query)
    assert again.headers["X-Result-Cache"] == "miss" and again.json()["boolean"] is True


def test_errors_and_refused_answers_are_never_kept(server) -> None:
    # Over --max-rows 3: refused whole, every time, by the engine's count (never from memory).
    many = "SELECT ?i WHERE { VALUES ?i { 1 2 3 4 5 } }"
    for _ in range(2):
        r = ask(server, many)
        assert r.status_code == 422 and "X-Result-Cache" not in r.headers
    bad = "SELECT ?x WHERE { ?x }"
    for _ in range(2):
        r = ask(server, bad)
        assert r.status_code == 400 and "X-Result-Cache" not in r.headers
    # Control: a query within the limits is kept.
    few = "SELECT ?i WHERE { VALUES ?i { 1 2 } }"
    assert [ask(server, few).headers["X-Result-Cache"] for _ in range(2)] == ["miss", "hit"]


def test_an_answer_larger_than_a_quarter_of_the_cache_is_not_kept(server) -> None:
    # Ten characters doubled 15 times: a 327,680-character value, over a quarter of 1 MB.
    binds = " ".join(f"BIND(CONCAT(?v{i}, ?v{i}) AS ?v{i + 1})" for i in range(15))
    query = f'SELECT ?v15 WHERE {{ BIND("0123456789" AS ?v0) {binds} }}'
    first, second = ask(server, query), ask(server, query)
    assert first.status_code == 200 and len(first.content) > 1024 * 1024 // 4
    assert [first.headers["X-Result-Cache"], second.headers["X-Result-Cache"]] == ["miss", "miss"]
    assert second.content == first.content


def test_no_answer_is_kept_when_the_cache_is_off() -> None:
    with ServerProcess.ours(
        "--data", str(DATA / "graphs.nq"), "--workers", "1", "--result-cache-mb", "0"
    ) as s:
        r1, r2 = ask(s, COUNT), ask(s, COUNT)
        assert r1.status_code == r2.status_code == 200
        assert "X-Result-Cache" not in r1.headers and "X-Result-Cache" not in r2.headers


def test_a_remote_store_is_never_cached() -> None:
    # Others may change a remote store: its answers are never kept (nothing is contacted here).
    app = create_app({"BACKEND": "http://127.0.0.1:9/sparql"})
    assert app.extensions["kg.backend"].results is None


def test_a_negative_cache_size_is_refused_with_a_clear_error() -> None:
    with pytest.raises(ValueError, match="result_cache_mb must not be negative"):
        create_app({"RESULT_CACHE_MB": "-1"})
