"""``kg push`` into a real Virtuoso (Debian ``virtuoso-opensource``) on loopback, and
``kg serve --backend`` in front of it: the competency questions get the expected answers, except
where Virtuoso 7.2's transitive property paths lose solutions (see the README)."""

import re
import urllib.parse

import pyoxigraph as ox
import pytest
import requests
from kg_testing import run_kg
from test_competency import QUERIES, cell, expected_rows

from bench import virtuoso as vt
from server.process import ServerProcess, free_port

pytestmark = pytest.mark.skipif(not vt.available(), reason="virtuoso-opensource is not installed")

GRAPH = "https://w3id.org/hsct-kg/graph"
SPARQL_JSON = "application/sparql-results+json"


def count(virtuoso, graph=GRAPH):
    r = requests.get(
        f"http://127.0.0.1:{virtuoso.http_port}/sparql",
        params={"query": f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"},
        headers={"Accept": SPARQL_JSON},
        timeout=30,
    )
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def backend_url(virtuoso):
    query = urllib.parse.urlencode({"default-graph-uri": GRAPH})
    return f"http://127.0.0.1:{virtuoso.http_port}/sparql?{query}"


def crud(virtuoso, auth=True, credentials="dba:dba"):
    if auth:
        return f"http://{credentials}@127.0.0.1:{virtuoso.http_port}/sparql-graph-crud-auth"
    return f"http://127.0.0.1:{virtuoso.http_port}/sparql-graph-crud"


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    server = vt.Virtuoso(tmp_path_factory.mktemp("virtuoso"), memory_gb=0.25).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def tiny_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("tiny") / "store"
    store = ox.Store(str(path))
    store.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("1")))
    store.flush()
    del store
    return path


@pytest.fixture(scope="module")
def pushed(virtuoso):
    result = run_kg("push", crud(virtuoso), "--graph", GRAPH, "--chunk", "700")
    assert result.returncode == 0, result.stderr
    return result


def test_push_fills_the_named_graph_and_reports_no_password(pushed, virtuoso, prepared):
    assert count(virtuoso) == len(prepared.graph)
    assert len([line for line in pushed.stderr.splitlines() if "triples sent" in line]) >= 2
    assert "dba:dba" not in pushed.stdout + pushed.stderr
    assert "/sparql-graph-crud-auth?graph=" in pushed.stdout


def test_push_again_replaces_the_graph(pushed, virtuoso, prepared, tiny_store):
    result = run_kg("push", crud(virtuoso), "--graph", GRAPH + "/again", "--store", str(tiny_store))
    assert result.returncode == 0, result.stderr
    result = run_kg("push", crud(virtuoso), "--graph", GRAPH + "/again", "--store", str(tiny_store))
    assert result.returncode == 0, result.stderr
    assert count(virtuoso, GRAPH + "/again") == 1
    assert count(virtuoso) == len(prepared.graph)


@pytest.mark.parametrize(
    ("target", "graph", "message"),
    [
        # Digest authentication wanted, none given.
        (lambda v: crud(v, credentials="dba:wrong"), GRAPH, "401"),
        # The open endpoint: the anonymous SPARQL user may not write until granted.
        (lambda v: crud(v, auth=False), GRAPH, "403 Forbidden: "),
        # Virtuoso's Graph Store has no default graph: a push needs --graph.
        (lambda v: crud(v), None, "not configured to have default graph"),
        (lambda v: f"http://127.0.0.1:{free_port()}/sparql-graph-crud", GRAPH, "cannot connect"),
    ],
    ids=["wrong-password", "not-granted", "no-graph", "unreachable"],
)
def test_refused_or_unreachable_push_exits_2(virtuoso, tiny_store, target, graph, message):
    args = ["push", target(virtuoso), "--store", str(tiny_store)]
    result = run_kg(*args, *(["--graph", graph] if graph else []))
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("kg push: ") and message in result.stderr, result.stderr
    assert "<" not in result.stderr, "the store's HTML error page is reduced to its text"


@pytest.fixture(scope="module")
def delegating(pushed, virtuoso):
    with ServerProcess.ours("--backend", backend_url(virtuoso), "--workers", "0") as proc:
        yield proc.url + "/sparql"


def answer_rows(response, variables):
    answer = ox.parse_query_results(response.content, ox.QueryResultsFormat.JSON)
    assert [v.value for v in answer.variables] == variables
    return [[cell(sol[v]) for v in variables] for sol in answer]


# Virtuoso 7.2 drops solutions when a property path with `*` (or `+`, `?`) meets the same node
# from several solutions of the rest of the pattern (questions 02, 07 and 10 each lost a row).
# `kg serve --backend` sends class closures with a constant end as materialised sub-selects
# (server/plan.py), which Virtuoso answers right: every question must now be equal.
def _boolean_answer(query) -> bool:
    return bool(re.search(r"BIND\s*\(\s*(NOT\s+)?EXISTS", query.read_text(encoding="utf-8")))


# Virtuoso 7.2 has no boolean values in expressions: EXISTS, true and false come back as the
# integers 1 and 0 (even STRDT(..., xsd:boolean) gives "1"), so a question that answers with a
# boolean cannot be equal through it. Strict: it fails loudly once Virtuoso answers it right.
BOOLEAN_QUIRK = pytest.mark.xfail(
    strict=True, reason="Virtuoso 7.2 answers boolean values as the integers 1 and 0"
)


@pytest.mark.parametrize(
    "query",
    [pytest.param(q, marks=BOOLEAN_QUIRK) if _boolean_answer(q) else q for q in QUERIES],
    ids=[q.stem for q in QUERIES],
)
def test_competency_questions_through_virtuoso(delegating, query):
    r = requests.post(
        delegating,
        data=query.read_bytes(),
        headers={"Content-Type": "application/sparql-query", "Accept": SPARQL_JSON},
        timeout=60,
    )
    assert r.status_code == 200, r.text
    variables, rows = expected_rows(query.with_suffix(".tsv"))
    got = answer_rows(r, variables)
    if "ORDER BY" in query.read_text():
        assert got == rows
    else:
        assert sorted(got) == sorted(rows)


def test_the_path_bug_avoided_by_a_materialised_subquery(delegating):
    # Question 10 with its path evaluated on its own first (same meaning in SPARQL 1.1).
    query = QUERIES[9]
    assert query.stem == "10-experimental-for"
    text = query.read_text().replace(
        "hkg:intervention/rdfs:subClassOf* intervention:stem-cell-transplantation ;",
        "hkg:intervention ?i ;",
    )
    text = text.rstrip().removesuffix("}") + (
        "  { SELECT DISTINCT ?i { ?i rdfs:subClassOf* intervention:stem-cell-transplantation }"
        " LIMIT 1000000000 }\n}"
    )
    r = requests.get(delegating, params={"query": text}, headers={"Accept": SPARQL_JSON})
    assert r.status_code == 200, r.text
    variables, rows = expected_rows(query.with_suffix(".tsv"))
    assert sorted(answer_rows(r, variables)) == sorted(rows)


def test_ask_construct_and_blank_nodes_read_as_standard(delegating):
    def get(query, accept=SPARQL_JSON):
        return requests.get(delegating, params={"query": query}, headers={"Accept": accept})

    assert get("ASK { intervention:ahsct hkg:recommendedFor ?d }").json()["boolean"] is True
    assert get("ASK { intervention:ahsct hkg:recommendedFor intervention:ahsct }").json() == {
        "head": {},
        "boolean": False,
    }
    r = get(
        "CONSTRUCT { ?s a owl:AllDisjointClasses } { ?s a owl:AllDisjointClasses }", "text/turtle"
    )
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/turtle")
    triples = list(ox.parse(r.content, format=ox.RdfFormat.TURTLE))
    assert triples and all(isinstance(t.subject, ox.BlankNode) for t in triples)
    r = get("SELECT ?s { ?s a owl:AllDisjointClasses }")
    assert r.status_code == 200, r.text
    assert {b["s"]["type"] for b in r.json()["results"]["bindings"]} == {"bnode"}


def test_backend_url_scopes_the_graph_and_a_request_dataset_replaces_it(delegating, prepared):
    query = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"
    r = requests.get(delegating, params={"query": query}, headers={"Accept": SPARQL_JSON})
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == len(prepared.graph)
    r = requests.get(
        delegating,
        params={"query": query, "default-graph-uri": "http://example.org/empty"},
        headers={"Accept": SPARQL_JSON},
    )
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == 0


def test_virtuoso_stopped_midway_is_502(tmp_path, tiny_store):
    server = vt.Virtuoso(tmp_path / "virtuoso", memory_gb=0.25).start()
    try:
        result = run_kg("push", crud(server), "--graph", GRAPH, "--store", str(tiny_store))
        assert result.returncode == 0, result.stderr
        with ServerProcess.ours("--backend", backend_url(server), "--workers", "0") as proc:
            url = proc.url + "/sparql"
            query = {"query": "SELECT * { ?s ?p ?o }"}
            r = requests.get(url, params=query, headers={"Accept": SPARQL_JSON})
            assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == 1
            server.stop()
            r = requests.get(url, params=query, headers={"Accept": SPARQL_JSON})
            assert r.status_code == 502
            assert "cannot reach the remote endpoint" in r.json()["error"]
    finally:
        server.stop()
