"""``kg serve`` as a user runs it: data files of every syntax, an on-disk store, the built-in graph."""

import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from server.process import ServerProcess, free_port

DATA = Path(__file__).parent / "data" / "server"


def kg_serve(*args):
    port = free_port()
    argv = [sys.executable, "-m", "kg", "serve", "--port", str(port), "--workers", "1", *args]
    return ServerProcess(argv, port=port, ready_path="/sparql?query=ASK%7B%7D")


def select(url, query):
    r = requests.get(url + "/sparql", params={"query": query})
    assert r.status_code == 200, r.text
    return r.json()["results"]["bindings"]


def test_serves_files_of_every_syntax_with_named_graphs():
    files = ["fixture.trig", "graphs.nq", "people.jsonld", "people.rdf", "people.nt"]
    with kg_serve("--data", *(str(DATA / f) for f in files)) as server:
        names = {b["n"]["value"] for b in select(server.url, "SELECT ?n { ?s foaf:name ?n }")}
        assert names == {"From JSON-LD", "From RDF/XML", "From N-Triples"}
        rows = select(server.url, "SELECT ?g ?o { GRAPH ?g { <http://example.org/a> ?p ?o } }")
        assert [(b["g"]["value"], b["o"]["value"]) for b in rows] == [
            ("http://example.org/g1", "in g1")
        ]
        # Updates are off by default: refused outright, whatever the token.
        r = requests.post(
            server.url + "/sparql",
            data={"update": "CLEAR ALL"},
            headers={"Authorization": "Bearer anything"},
        )
        assert r.status_code == 403


def test_opens_an_on_disk_store_without_rebuilding(tmp_path):
    path = tmp_path / "store"
    store = ox.Store(str(path))
    store.load(path=str(DATA / "fixture.trig"), format=ox.RdfFormat.TRIG)
    store.load(path=str(DATA / "numbers.ttl"), format=ox.RdfFormat.TURTLE)
    store.flush()
    del store
    with kg_serve("--store", str(path), "--timeout", "2") as server:
        rows = select(server.url, "SELECT ?d { intervention:ahsct hkg:recommendedFor ?d }")
        assert len(rows) == 2
        # The timeout holds for workers that opened the store themselves, too.
        r = requests.get(
            server.url + "/sparql",
            params={
                "query": "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
            },
        )
        assert r.status_code == 503
        assert len(select(server.url, "SELECT * { ?s a hkg:SourceStatement }")) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--data", str(DATA / "broken.ttl")], "broken.ttl:2:"),
        (["--data", str(DATA / "missing.ttl")], "no such file"),
        (["--data", str(DATA / "fixture.trig"), "--enable-update"], "update_token"),
        (["--store", "/nonexistent/store"], "no store here"),
    ],
)
def test_bad_input_exits_2_with_a_located_message(args, message):
    result = subprocess.run(
        [sys.executable, "-m", "kg", "serve", "--port", str(free_port()), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert message in result.stderr


def test_serves_the_built_in_graph_by_default():
    with kg_serve() as server:
        rows = select(server.url, "SELECT (COUNT(*) AS ?n) { ?c a/rdfs:subClassOf* hkg:Claim }")
        assert int(rows[0]["n"]["value"]) > 0


def _serve_fails(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kg", "serve", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_busy_port_is_one_line_and_exit_2_before_any_build():
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        # The built-in graph would take seconds to build; the port is checked first, so the
        # project root need not even exist.
        result = _serve_fails("--port", str(port), "--data", "/nonexistent.ttl")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    expected = f"kg serve: cannot listen on 127.0.0.1:{port}: address already in use; "
    assert lines == [expected + "choose another with --port"]


@pytest.mark.parametrize(
    ("port", "message"),
    [
        ("99999", "--port 99999: a TCP port is a number from 0 to 65535"),
        ("abc", "--port (KG_PORT): 'abc' is not a whole number"),
        ("-1", "--port -1: a TCP port is a number from 0 to 65535"),
    ],
)
def test_bad_port_names_the_flag(port, message):
    result = _serve_fails(f"--port={port}")
    assert result.returncode == 2
    assert result.stderr.strip() == f"kg serve: {message}"


def test_start_up_says_where_to_go_and_what_was_loaded():
    with kg_serve("--data", str(DATA / "claims.ttl")) as server:
        log = server.log()
        assert f"  home page        {server.url}/" in log
        assert f"  SPARQL endpoint  {server.url}/sparql" in log
        claims = select(
            server.url, "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a/rdfs:subClassOf* hkg:Claim }"
        )[0]["n"]["value"]
        triples = int(select(server.url, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")[0]["n"]["value"])
        triples = f"{triples:,}"
        assert "kg serve: 1 data file, ready in " in log
        # The graph's size is counted once the server answers, and said after.
        deadline = time.monotonic() + 120
        while "kg serve: 1 data file: " not in log:
            assert server.proc.poll() is None, log
            assert time.monotonic() < deadline, f"the graph's size was never said: {log}"
            time.sleep(0.05)
            log = server.log()
        assert f"kg serve: 1 data file: {triples} triples, {claims} claims\n" in log


def test_a_built_in_graph_that_does_not_conform_is_not_served(tmp_path):
    from kg_testing import add_data, mini_project

    root = mini_project(tmp_path)
    add_data(root, "missing-outcome.ttl")
    result = subprocess.run(
        [sys.executable, "-m", "kg", "--root", str(root), "serve", "--port", str(free_port())],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    # The report of the compiled shapes, located in the file like a build's.
    assert "missing-outcome.ttl:8: violation: an efficacy claim needs an outcome" in result.stderr
