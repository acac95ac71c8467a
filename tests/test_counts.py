"""Class counts kept in the store (kg/build/counts.py) and the endpoint's use of them (server/plan.py).

Every writer of a store leaves counts equal to a fresh count of its default graph; the endpoint
answers the instance count of every class from them with the answer the engine gives itself,
and only for that query shape, only on the store's own dataset and only while the counts cover
every class.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from kg_testing import kg_serve, project_store, run_kg

from bench.generate import write_project
from kg.build.counts import COUNTS_GRAPH, DATASET, VOID, counts, data_quads, refresh
from kg.build.pipeline import prepare
from kg.build.store import memory_store
from kg.namespaces import PREFIXES
from kg.resources import find_project
from server.execution import Job, run_job
from server.plan import class_counts

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
# The engine's own count: FILTER(true) keeps the endpoint from reading the stored counts.
FRESH = "SELECT ?k (COUNT(?c) AS ?n) { ?c a ?k FILTER(true) } GROUP BY ?k"

REWRITTEN = {
    "plain": "SELECT ?k (COUNT(?c) AS ?n) { ?c a ?k } GROUP BY ?k",
    "bench": "SELECT ?k (COUNT(?c) AS ?n) { ?c a ?k } GROUP BY ?k ORDER BY ?k",
    "star": "SELECT ?class (COUNT(*) AS ?n) WHERE { ?x a ?class . } GROUP BY ?class ORDER BY ?class",
    "distinct-count": """SELECT ?k (COUNT(DISTINCT ?c) AS ?n) { ?c a ?k }
        GROUP BY ?k ORDER BY DESC(?n) ?k""",
    "rdf-type": """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?k (COUNT(?c) AS ?n) WHERE { ?c rdf:type ?k } GROUP BY ?k ORDER BY ?k""",
    "full-iri": f"SELECT ?k (COUNT(?c) AS ?n) {{ ?c <{RDF_TYPE}> ?k }} GROUP BY ?k ORDER BY ?k",
    "swapped": "SELECT (COUNT(?c) AS ?n) ?k { ?c a ?k } GROUP BY ?k ORDER BY ASC(?n) ?k",
    "select-distinct": "SELECT DISTINCT ?k (COUNT(?c) AS ?n) { ?c a ?k } GROUP BY ?k ORDER BY ?k",
    "dollar": "SELECT $k (COUNT($c) AS $n) { $c a $k } GROUP BY $k ORDER BY $k",
    "page": "SELECT ?k (COUNT(?c) AS ?n) { ?c a ?k } GROUP BY ?k ORDER BY DESC(?n) ?k LIMIT 5 OFFSET 2",
    "comment": """# classes by size
        SELECT ?k (COUNT(?c) AS ?n) # the count
        { ?c a ?k } GROUP BY ?k ORDER BY ?k""",
}

NOT_REWRITTEN = {
    "having": "SELECT ?k (COUNT(?c) AS ?n) { ?c a ?k } GROUP BY ?k HAVING (COUNT(?c) > 10)",
    "another-pattern": "SELECT ?k (COUNT(?c) AS ?n) { ?c a ?k ; rdfs:label ?l } GROUP BY ?k",
    "filter": FRESH,
    "from": "SELECT ?k (COUNT(?c) AS ?n) FROM <http://e/g> { ?c a ?k } GROUP BY ?k",
    "same-variable": "SELECT ?k (COUNT(?k) AS ?n) { ?k a ?k } GROUP BY ?k",
    "other-counted": "SELECT ?k (COUNT(?o) AS ?n) { ?c a ?k } GROUP BY ?k",
    "group-by-two": "SELECT ?k (COUNT(?c) AS ?n) { ?c a ?k } GROUP BY ?k ?c",
    "order-by-subject": "SELECT ?k (COUNT(?c) AS ?n) { ?c a ?k } GROUP BY ?k ORDER BY ?c",
    "values-after": "SELECT ?k (COUNT(?c) AS ?n) { ?c a ?k } GROUP BY ?k VALUES ?k { hkg:Claim }",
    "not-rdf-type": "PREFIX rdf: <http://e/> SELECT ?k (COUNT(?c) AS ?n) { ?c rdf:type ?k } GROUP BY ?k",
    "sum": "SELECT ?k (SUM(?c) AS ?n) { ?c a ?k } GROUP BY ?k",
    "no-group": "SELECT (COUNT(?c) AS ?n) { ?c a ?k }",
    "constant-class": "SELECT (COUNT(?c) AS ?n) { ?c a hkg:Claim }",
    "graph": "SELECT ?k (COUNT(?c) AS ?n) { GRAPH ?g { ?c a ?k } } GROUP BY ?k",
}


@pytest.fixture(scope="module", params=["builtin", "generated"])
def store(request, tmp_path_factory) -> ox.Store:
    return refresh(project_store(request.param, tmp_path_factory.mktemp("gen"), seed=11))


def _answer(store: ox.Store, query: str):
    rows = [
        tuple(str(v) if v is not None else None for v in row)
        for row in store.query(query, prefixes=dict(PREFIXES))
    ]
    return rows if "ORDER BY" in query.upper() else Counter(rows)


def _fresh(store: ox.Store) -> dict[str, int]:
    return {
        row["k"].value: int(row["n"].value)
        for row in store.query(FRESH)
        if isinstance(row["k"], ox.NamedNode)
    }


def _served(outcome) -> list[tuple[str, str]]:
    import json

    data = json.loads(outcome.body)
    return sorted((b["k"]["value"], b["n"]["value"]) for b in data["results"]["bindings"])


@pytest.mark.parametrize("name", sorted(REWRITTEN))
def test_rewritten_count_gives_the_engines_answer(store, name):
    query = REWRITTEN[name]
    rewritten = class_counts(query, PREFIXES)
    assert rewritten is not None and COUNTS_GRAPH in rewritten
    assert _answer(store, rewritten) == _answer(store, query)


@pytest.mark.parametrize("name", sorted(NOT_REWRITTEN))
def test_other_shapes_are_left_to_the_engine(name):
    assert class_counts(NOT_REWRITTEN[name], PREFIXES) is None


def test_refresh_counts_the_default_graph_only(store):
    assert counts(store) == _fresh(store)
    assert sum(counts(store).values()) > 0
    extra = ox.Quad(
        ox.NamedNode("http://e/x"),
        ox.NamedNode(RDF_TYPE),
        ox.NamedNode("http://e/C"),
        ox.NamedNode("http://e/other-graph"),
    )
    copy = ox.Store()
    copy.extend(store)
    copy.add(extra)
    assert counts(refresh(copy)) == counts(store)  # a named graph's types are not counted


def test_the_endpoint_reads_the_stored_counts_only_while_they_are_whole():
    project = find_project()
    store = refresh(memory_store(prepare(project).graph))
    query = REWRITTEN["bench"]
    right = _served(run_job(store, Job(FRESH), PREFIXES))
    assert _served(run_job(store, Job(query), PREFIXES)) == right

    # The stored counts are what is read: a count changed by hand shows in the answer.
    claim_part = next(
        row["p"]
        for row in store.query(
            f"SELECT ?p {{ GRAPH <{COUNTS_GRAPH}> {{ ?p <{VOID}class> <{PREFIXES['hkg']}SourceStatement> }} }}"
        )
    )
    graph = ox.NamedNode(COUNTS_GRAPH)
    [old] = list(store.quads_for_pattern(claim_part, ox.NamedNode(VOID + "entities"), None, graph))
    store.remove(old)
    store.add(
        ox.Quad(
            claim_part,
            ox.NamedNode(VOID + "entities"),
            ox.Literal("999999", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
            graph,
        )
    )
    tampered = dict(_served(run_job(store, Job(query), PREFIXES)))
    assert tampered[PREFIXES["hkg"] + "SourceStatement"] == "999999"

    # A protocol dataset is not the store's default graph: the engine answers.
    given = Job(query, default_graphs=[COUNTS_GRAPH])
    assert _served(run_job(store, given, PREFIXES)) == [(VOID + "Dataset", "1")]

    # A class without a partition (a blank node) leaves the counts incomplete: the engine answers.
    store.add(ox.Quad(ox.NamedNode("http://e/x"), ox.NamedNode(RDF_TYPE), ox.BlankNode("k")))
    refresh(store)
    assert counts(store) is None
    answer = _served(run_job(store, Job(query), PREFIXES))
    assert len(answer) == len(right) + 1
    assert answer == _served(run_job(store, Job(FRESH), PREFIXES))

    # No counts at all (a store written by another tool): the engine answers.
    bare = memory_store(prepare(project).graph)
    assert counts(bare) is None
    assert _served(run_job(bare, Job(query), PREFIXES)) == right


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("counts") / "project"
    write_project(root, 200, 3)
    return root


def test_a_built_store_holds_counts_of_its_graph_and_dist_does_not(generated, tmp_path):
    store_path, dist = tmp_path / "store", tmp_path / "dist"
    done = run_kg("build", "--store", store_path, "--out", dist, root=generated)
    assert done.returncode == 0, done.stderr
    store = ox.Store.read_only(str(store_path))
    assert counts(store) == _fresh(store)
    assert counts(store)[PREFIXES["hkg"] + "SourceStatement"] > 0
    nt = (dist / "hsct-kg.nt").read_text(encoding="utf-8")
    assert COUNTS_GRAPH not in nt
    assert data_quads(store) == len(nt.splitlines())


def test_an_incremental_build_keeps_the_counts_current(generated, tmp_path):
    root = tmp_path / "project"
    shutil.copytree(generated, root)
    store_path, dist = tmp_path / "store", tmp_path / "dist"
    args = ("build", "--store", store_path, "--out", dist)
    assert run_kg(*args, root=root).returncode == 0
    before = counts(ox.Store.read_only(str(store_path)))
    claims = sorted((root / "data" / "claims").glob("*.ttl"))
    claims[0].unlink()
    done = run_kg(*args, root=root)
    assert done.returncode == 0, done.stderr
    assert "incremental" in done.stdout
    store = ox.Store.read_only(str(store_path))
    assert counts(store) == _fresh(store) != before


def test_counts_follow_updates_through_the_http_endpoint(tmp_path):
    data = tmp_path / "data.ttl"
    data.write_text(
        "<http://e/a> a <http://e/A> . <http://e/b> a <http://e/A> . <http://e/c> a <http://e/B> .\n",
        encoding="utf-8",
    )
    token = "t0ken"
    with kg_serve("--data", str(data), "--enable-update", "--update-token", token) as server:
        url = server.url + "/sparql"

        def answer(query: str) -> list[tuple[str, str]]:
            r = requests.get(
                url, params={"query": query}, headers={"Accept": "application/sparql-results+json"}
            )
            assert r.status_code == 200, r.text
            rows = r.json()["results"]["bindings"]
            return sorted((b["k"]["value"], b["n"]["value"]) for b in rows)

        def update(text: str) -> None:
            r = requests.post(
                url,
                data=text.encode(),
                headers={
                    "Content-Type": "application/sparql-update",
                    "Authorization": f"Bearer {token}",
                },
            )
            assert r.status_code == 204, r.text

        query = REWRITTEN["bench"]
        assert answer(query) == [("http://e/A", "2"), ("http://e/B", "1")] == answer(FRESH)
        update("INSERT DATA { <http://e/d> a <http://e/B> , <http://e/C> }")
        assert answer(query) == [("http://e/A", "2"), ("http://e/B", "2"), ("http://e/C", "1")]
        update("DELETE WHERE { ?x a <http://e/A> }")
        assert answer(query) == [("http://e/B", "2"), ("http://e/C", "1")] == answer(FRESH)
        # Writing into the counts graph by hand is undone by the refresh the update ends with.
        update(f"INSERT DATA {{ GRAPH <{COUNTS_GRAPH}> {{ <{DATASET}> <{VOID}classes> 7 }} }}")
        assert answer(query) == answer(FRESH)
        r = requests.get(
            url,
            params={
                "query": f"SELECT ?n {{ GRAPH <{COUNTS_GRAPH}> {{ <{DATASET}> <{VOID}classes> ?n }} }}"
            },
            headers={"Accept": "application/sparql-results+json"},
        )
        assert [b["n"]["value"] for b in r.json()["results"]["bindings"]] == ["2"]
