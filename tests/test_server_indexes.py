"""The pages' indexes are built in the background: /sparql answers first, updates during the build
are not lost, and the VoID figures come from kept counts that stay exact.

Real servers over loopback (``kg serve``) on a store written by ``kg build`` from 20,000
generated claims, whose indexes take seconds to build. One server takes updates from the
moment /sparql answers, while its indexes are being built; a second server, started afresh on
the final store, builds them from scratch: the search, browse, resource and VoID answers of the
two are compared.
"""

from __future__ import annotations

import html
import sys
import time

import pyoxigraph as ox
import pytest
import requests
from kg_testing import DATA, run_kg

from server.backend import load_files
from server.description import MAX_PARTITIONS, dataset_stats
from server.process import ServerProcess, free_port

TOKEN = "background-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PUBLIC = "http://kg.example/"
HKG = "https://w3id.org/hsct-kg/ontology#"
RES = "https://w3id.org/hsct-kg/resource/"
PROLOGUE = f"PREFIX hkg: <{HKG}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
BROWSER = "text/html,application/xhtml+xml"
NT = "application/n-triples"


def serve(*args: str, wait_indexes: bool = True) -> ServerProcess:
    port = free_port()
    argv = [sys.executable, "-m", "kg", "serve", "--port", str(port), "--workers", "1", *args]
    return ServerProcess(
        argv, port=port, ready_path="/sparql?query=ASK%7B%7D", wait_indexes=wait_indexes
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from bench.generate import write_project

    here = tmp_path_factory.mktemp("background")
    root = write_project(here / "project", 20000, seed=5)
    store = here / "store"
    done = run_kg("build", "--store", str(store), "--out", str(here / "dist"), root=root)
    assert done.returncode == 0, done.stderr
    return store


def update(server, text: str) -> None:
    answer = requests.post(
        server.url + "/sparql",
        data={"update": PROLOGUE + text},
        headers=AUTH,
        timeout=120,
    )
    assert answer.status_code == 204, answer.text


def states(server) -> dict[str, str]:
    found = requests.get(server.url + "/health", timeout=60).json()["indexes"]
    return {name: entry["state"] for name, entry in found.items()}


def not_yet(server, deadline: float, names=None) -> bool:
    """True while an index of ``names`` (all by default) is still building; fails the test if
    one failed or the build is still going at ``deadline`` (a ``time.monotonic()`` value)."""
    current = states(server)
    failed = {name: state for name, state in current.items() if state == "failed"}
    assert not failed, f"index build failed: {failed}"
    assert time.monotonic() < deadline, f"indexes still building at the deadline: {current}"
    return any(current[name] != "ready" for name in names or current)


def round_of_updates(i: int) -> list[str]:
    """Updates touching every index: a new claim and disease (claim, text, label indexes, use
    and dataset counts), a renamed disease, a claim losing its label and condition, and data
    in a named graph about a subject of the default graph."""
    claim, disease = f"<{RES}claim/background-{i}>", f"<{RES}disease/background-{i}>"
    old = f"<{RES}claim/syn-{i + 1:06d}-01-1>"
    lupus = f"<{RES}disease/systemic-lupus-erythematosus>"
    new_claim = (
        f"INSERT DATA {{ {claim} a hkg:Claim, hkg:EfficacyClaim ;"
        f' rdfs:label "Zebrafish remission claim {i}" ; hkg:condition {disease} ;'
        f" hkg:intervention <{RES}intervention/ahsct> . {disease} a"
        f' <http://www.w3.org/2002/07/owl#Class> ; rdfs:label "zebrafish syndrome {i}" }}'
    )
    renamed = (
        f"DELETE {{ {lupus} rdfs:label ?l }} INSERT {{ {lupus} rdfs:label"
        f' "lupus renamed {i}" }} WHERE {{ {lupus} rdfs:label ?l }}'
    )
    unlabelled = (
        f"DELETE WHERE {{ {old} rdfs:label ?l }} ; DELETE WHERE {{ {old} hkg:condition ?d }}"
    )
    named = (
        f"INSERT DATA {{ GRAPH <http://example.org/g{i % 2}> {{ {old} a hkg:Claim ;"
        f' <http://example.org/note> "noted {i}" }} }}'
    )
    return [new_claim, renamed, unlabelled, named]


#: Pages whose answers come from each index: labels, texts, claims, use counts.
COMPARED = [
    ("/search.json?q=zebrafish&limit=50", "application/json"),
    ("/search.json?q=lupus&limit=50", "application/json"),
    ("/search.json?q=multiple+sclerosis&limit=50", "application/json"),
    ("/search?q=zebrafish+remission", BROWSER),
    ("/search?q=stem+cell", BROWSER),
    ("/browse/claims.json", "application/json"),
    ("/browse/claims.json?intervention=intervention:ahsct&size=200", "application/json"),
    ("/browse/diseases", BROWSER),
    ("/resource/disease/systemic-lupus-erythematosus", BROWSER),
    ("/resource/claim/syn-000002-01-1", BROWSER),
    ("/resource/intervention/ahsct", BROWSER),
]


def few_claims(server) -> str:
    """The page of a disease few claims are about (and no subclass), asked of /sparql."""
    query = (
        PROLOGUE + "SELECT ?d (COUNT(DISTINCT ?c) AS ?n) { ?c hkg:condition ?d"
        " FILTER NOT EXISTS { ?x rdfs:subClassOf ?d } } GROUP BY ?d"
        " HAVING (COUNT(DISTINCT ?c) < 50) ORDER BY ?d LIMIT 1"
    )
    rows = requests.get(server.url + "/sparql", params={"query": query}, timeout=60).json()
    disease = rows["results"]["bindings"][0]["d"]["value"]
    return server.url + "/resource/" + disease.split("/resource/", 1)[1]


def answers(server) -> dict[str, tuple[int, str]]:
    out = {}
    for path, accept in COMPARED:
        got = requests.get(server.url + path, headers={"Accept": accept}, timeout=120)
        out[path] = (got.status_code, got.text)
    return out


VOID_FIGURES = ("triples", "distinctSubjects", "distinctObjects", "properties", "classes")


def void_figures(server) -> dict[str, int]:
    """The VoID description's figures: the dataset's, and each class's and property's."""
    got = requests.get(server.url + "/.well-known/void", headers={"Accept": NT}, timeout=60)
    assert got.status_code == 200, got.text
    figures: dict[str, int] = {}
    partitions: dict = {}
    for t in ox.parse(got.content, format=ox.RdfFormat.N_TRIPLES):
        name = t.predicate.value.rsplit("#", 1)[-1]
        if isinstance(t.subject, ox.BlankNode):
            partitions.setdefault(t.subject, {})[name] = t.object
        elif name in VOID_FIGURES:
            figures[name] = int(t.object.value)
    for part in partitions.values():
        if "class" in part:
            figures["class " + part["class"].value] = int(part["entities"].value)
        else:
            figures["property " + part["property"].value] = int(part["triples"].value)
    return figures


def stats_figures(stats) -> dict[str, int]:
    """The same figures counted over the whole store, as the description was before."""
    assert max(len(stats.classes), len(stats.property_partitions)) < MAX_PARTITIONS
    figures = {
        "triples": stats.triples,
        "distinctSubjects": stats.subjects,
        "distinctObjects": stats.objects,
        "properties": stats.properties,
        "classes": len(stats.classes),
    }
    figures.update({"class " + k: n for k, n in stats.classes})
    figures.update({"property " + p: n for p, n in stats.property_partitions})
    return figures


def test_updates_during_the_index_build_are_kept_and_equal_a_fresh_build(built):
    updating = serve(
        "--store",
        str(built),
        "--enable-update",
        "--update-token",
        TOKEN,
        "--shapes",
        "none",
        "--public-url",
        PUBLIC,
        wait_indexes=False,
    )
    with updating:
        # As soon as /sparql answers: a page whose index is not built says so, and when to
        # ask again, while /sparql and the service description answer (the control).
        before = requests.get(updating.url + "/ready", timeout=60)
        page = requests.get(
            updating.url + "/browse/claims", headers={"Accept": BROWSER}, timeout=60
        )
        void = requests.get(updating.url + "/.well-known/void", headers={"Accept": NT}, timeout=60)
        after = requests.get(updating.url + "/ready", timeout=60)
        assert before.status_code == 503 and after.status_code == 503, (
            "the indexes were built before the first page could be asked for"
        )
        assert before.headers["Retry-After"] and not before.json()["ready"]
        # The claim index is built third, the dataset counts last (so not before "after").
        if after.json()["indexes"]["claims"]["state"] != "ready":
            assert page.status_code == 503 and page.headers["Retry-After"]
            assert "the claim index is being prepared" in html.unescape(page.text)
        assert void.status_code == 503 and "dataset's counts (VoID) is being prepared" in void.text
        # A disease page of few claims needs no claim index (only the use counts, built
        # first); the page of many claims does.
        deadline = time.monotonic() + 600
        while not_yet(updating, deadline, ["usage"]):
            time.sleep(0.05)
        building = states(updating)["claims"] != "ready"
        few = requests.get(few_claims(updating), headers={"Accept": BROWSER}, timeout=60)
        many = requests.get(
            updating.url + "/resource/intervention/ahsct", headers={"Accept": BROWSER}, timeout=60
        )
        assert few.status_code == 200, few.text[:300]
        if building and states(updating)["claims"] != "ready":
            assert many.status_code == 503 and many.headers["Retry-After"]
            assert "more than 1,000 claims; the claim index is being prepared" in html.unescape(
                many.text
            )
        ask = requests.get(updating.url + "/sparql", params={"query": "ASK {}"}, timeout=60)
        assert ask.status_code == 200 and ask.json()["boolean"] is True
        described = requests.get(updating.url + "/sparql", headers={"Accept": NT}, timeout=60)
        assert described.status_code == 200 and "sparql-service-description" in described.text

        # Updates from now until every index is built. Whether one lands while a given index is
        # building depends on the machine's speed (on a quiet one the build can win the race),
        # so that case is proved without timing by the test below; here the final answers
        # must equal a fresh server's whatever the interleaving was.
        i = 0
        while not_yet(updating, deadline):
            for text in round_of_updates(i):
                update(updating, text)
            i += 1
        # And some after, followed by the built indexes.
        for text in round_of_updates(i):
            update(updating, text)
        kept = answers(updating)
        kept_void = void_figures(updating)
    print("rounds of updates during and after the build:", i + 1)

    with serve("--store", str(built), "--public-url", PUBLIC) as fresh:
        assert requests.get(fresh.url + "/ready", timeout=60).status_code == 200
        fresh_answers = answers(fresh)
        fresh_void = void_figures(fresh)
    for path, _ in COMPARED:
        assert kept[path][0] == 200, (path, kept[path])
        assert kept[path] == fresh_answers[path], path
    assert "zebrafish syndrome" in kept["/search.json?q=zebrafish&limit=50"][1]
    assert f"lupus renamed {i}" in kept["/search.json?q=lupus&limit=50"][1]

    # The VoID figures: the fresh server's, and a count of the whole final store (as they were
    # computed before).
    assert kept_void == fresh_void
    assert kept_void == stats_figures(dataset_stats(ox.Store.read_only(str(built))))


UPDATES = [
    # A new subject in a named graph; a class's instance in a second graph (its distinct
    # count stays); a subject's only triple deleted (fewer subjects and objects).
    'INSERT DATA { GRAPH <http://e/g1> { <http://e/new> a <http://e/K> ; <http://e/p> "v" } }',
    "INSERT DATA { GRAPH <http://e/g2> { <http://e/new> a <http://e/K> } }",
    "DELETE WHERE { GRAPH <http://e/g1> { <http://e/new> a <http://e/K> } }",
    'DELETE DATA { GRAPH <http://e/g1> { <http://e/new> <http://e/p> "v" } }',
    "DROP GRAPH <http://e/g2>",
    "INSERT DATA { <http://e/x> a <http://e/K>, <http://e/L> . <http://e/y> <http://e/q> <http://e/x> }",
    "DELETE DATA { <http://e/x> a <http://e/L> }",
    "DELETE WHERE { ?s <http://e/q> ?o }",
]


def test_void_figures_stay_exact_after_updates_with_named_graphs():
    files = [str(DATA / "server" / "fixture.trig")]
    local = load_files(files)
    with serve("--data", *files, "--enable-update", "--update-token", TOKEN) as server:
        # The control: before any update, the kept counts equal a count of the store.
        assert void_figures(server) == stats_figures(dataset_stats(local))
        for text in UPDATES:
            update(server, text)
            local.update(PROLOGUE + text)
            assert void_figures(server) == stats_figures(dataset_stats(local)), text


def _answers_of(indexes, store) -> dict:
    """What each index answers, for comparing two builds."""
    from server.description import kept_stats

    live = indexes.get("labels")
    claims = indexes.get("claims")
    chosen = claims.select({"intervention": {RES + "intervention/ahsct"}})
    return {
        "usage": dict(indexes.get("usage").get()),
        "labels": [
            [(h.entry.iri, h.entry.label, h.entry.usage, h.tier) for h in live.lookup(q)]
            for q in ("zebrafish", "lupus", "multiple sclerosis", "ahsct")
        ],
        "claims": (
            len(claims),
            {f: claims.counts(f) for f in ("kind", "disease", "intervention")},
            chosen.total,
            chosen.window(0, 500),
        ),
        "texts": [
            [(t.iri, t.text) for t in indexes.get("texts").search(words)]
            for words in (["zebrafish"], ["remission"], ["stem", "cell"])
        ],
        "dataset": kept_stats(store, indexes.get("dataset"), indexes.get("usage").get()),
    }


def test_changes_committed_while_each_index_is_built_are_taken_once(tmp_path):
    """Each index's build, its reads opened, then updates committed (through the updater, as
    the server commits them) before it finishes: every index ends equal to one built from
    scratch on the final store. Deterministic where the HTTP test above depends on timing."""
    from flask import Flask
    from kg_testing import project_store

    from kg.build import counts
    from kg.namespaces import PREFIXES
    from server import _indexes
    from server.update import Updater

    base = "https://w3id.org/hsct-kg/"
    store = counts.refresh(project_store("generated", tmp_path, seed=2))
    indexes = None

    def commit(change):
        indexes.follow(change)

    updater = Updater(store, PREFIXES, None, on_commit=commit)
    indexes = _indexes(Flask("during"), store, base, updater)
    rounds = iter(range(100))

    def commit_some():
        i = next(rounds)
        for text in round_of_updates(i):
            updater.apply(PROLOGUE + text)

    for name in ("usage", "labels", "claims", "texts", "dataset"):
        kind = indexes._slots[name].kind
        opened = kind.open

        def open_then_commit(store, opened=opened):
            finish = opened(store)
            return lambda: (commit_some(), finish())[1]

        kind.open = open_then_commit
    # The control: what the indexes would hold had they missed the changes.
    before = _indexes(Flask("before"), store, base, None)
    before.build()
    missed = _answers_of(before, store)
    indexes.build()
    assert indexes.ready()
    # Changes after the build, followed as ever.
    commit_some()
    fresh = _indexes(Flask("fresh"), store, base, None)
    fresh.build()
    kept, rebuilt = _answers_of(indexes, store), _answers_of(fresh, store)
    for name in kept:
        assert kept[name] == rebuilt[name], name
        assert missed[name] != rebuilt[name], f"the updates did not change {name}"
    assert stats_figures(kept["dataset"]) == stats_figures(dataset_stats(store))
