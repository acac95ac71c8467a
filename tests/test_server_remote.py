"""``kg push`` and ``kg serve --backend`` against a real Oxigraph server process on loopback."""

import os
import signal
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest
import requests
from kg_testing import run_kg
from test_competency import QUERIES, cell, expected_rows

from server.process import ServerProcess, free_port


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    argv = ["oxigraph", "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    with ServerProcess(argv, port=port, ready_path="/") as proc:
        yield proc


def remote_count(url):
    r = requests.post(
        url + "/query",
        data="SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
        headers={
            "Content-Type": "application/sparql-query",
            "Accept": "application/sparql-results+json",
        },
    )
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


@pytest.fixture(scope="module")
def pushed(oxigraph):
    result = run_kg("push", oxigraph.url + "/store", "--chunk", "500")
    assert result.returncode == 0, result.stderr
    return result


def test_push_sends_the_built_graph_in_chunks_with_progress(pushed, oxigraph, prepared):
    assert "triples sent" in pushed.stderr
    assert len([line for line in pushed.stderr.splitlines() if "triples sent" in line]) >= 2
    assert remote_count(oxigraph.url) == len(prepared.graph)


def test_push_again_is_idempotent(pushed, oxigraph, prepared):
    result = run_kg("push", oxigraph.url + "/store", "--chunk", "700")
    assert result.returncode == 0, result.stderr
    assert remote_count(oxigraph.url) == len(prepared.graph)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.org/store", "not an http(s) URL"),
        (f"http://127.0.0.1:{free_port()}/store", "cannot connect"),
    ],
    ids=["not-http", "nothing-listening"],  # the same in every collection (the port is not)
)
def test_push_url_errors_exit_2(tmp_path, url, message):
    store = ox.Store(str(tmp_path / "s"))
    store.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("1")))
    store.flush()
    del store
    result = run_kg("push", url, "--store", str(tmp_path / "s"))
    assert result.returncode == 2 and message in result.stderr, result.stderr


@pytest.fixture(scope="module")
def delegating(pushed, oxigraph):
    proc = ServerProcess.ours("--backend", oxigraph.url + "/query", "--max-rows", "200")
    with proc:
        yield proc.url + "/sparql"


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_competency_questions_through_the_backend(delegating, query):
    r = requests.post(
        delegating,
        data=query.read_bytes(),
        headers={
            "Content-Type": "application/sparql-query",
            "Accept": "application/sparql-results+json",
        },
    )
    assert r.status_code == 200, r.text
    answer = ox.parse_query_results(r.content, ox.QueryResultsFormat.JSON)
    variables, rows = expected_rows(query.with_suffix(".tsv"))
    got = [[cell(sol[v]) for v in variables] for sol in answer]
    assert [v.value for v in answer.variables] == variables
    if "ORDER BY" in query.read_text():
        assert got == rows
    else:
        assert sorted(got) == sorted(rows)


def test_backend_keeps_the_limits(delegating):
    r = requests.get(delegating, params={"query": "SELECT * { ?s ?p ?o }"})
    assert r.status_code == 422 and "200" in r.json()["error"]
    r = requests.get(
        delegating, params={"query": "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}
    )
    assert r.status_code == 403
    r = requests.get(delegating, params={"query": "SELECT * {\n ?s ?p }"})
    assert r.status_code == 400 and r.json()["error"].startswith("line 2, column ")
    r = requests.get(
        delegating,
        params={"query": "CONSTRUCT { ?s ?p ?o } { ?s a hkg:SourceStatement ; ?p ?o } LIMIT 5"},
        headers={"Accept": "text/turtle"},
    )
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/turtle")


def test_backend_unreachable_is_502():
    port = free_port()
    argv = [sys.executable, "-m", "server", "--port", str(port), "--workers", "0"]
    proc = subprocess.Popen(
        [*argv, "--backend", f"http://127.0.0.1:{free_port()}/query"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/sparql"
        deadline = time.monotonic() + 60
        while True:
            try:
                r = requests.get(url, params={"query": "SELECT * { ?s ?p ?o } LIMIT 1"}, timeout=5)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline and proc.poll() is None
                time.sleep(0.1)
        assert r.status_code == 502 and "cannot reach" in r.json()["error"]
        assert requests.get(url, headers={"Accept": "text/turtle"}).status_code == 502
    finally:
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
