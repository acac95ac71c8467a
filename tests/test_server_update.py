"""Updates and the Graph Store Protocol in-process: re-derivation, validation, refusal whole."""

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from kg_testing import result_keys
from rdflib import Graph
from rdflib.namespace import SH

from kg.build.counts import data_quads
from kg.build.derive import rederive_update
from kg.build.store import memory_store
from kg.errors import InputError
from server import create_app
from server.backend import load_files
from server.update import UpdateDataset, with_dataset

DATA = Path(__file__).parent / "data" / "server"
TOKEN = "t0ken"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
CLAIM = "https://w3id.org/hsct-kg/resource/claim/"
SHORTCUTS = "SELECT ?d { intervention:ahsct hkg:recommendedFor ?d } ORDER BY ?d"


def claims_store() -> ox.Store:
    store = load_files([DATA / "claims.ttl"])
    store.update(rederive_update())
    return store


def make_app(store, workers=0, shapes=(str(DATA / "claim-shapes.ttl"),), **config):
    settings = {"workers": workers, "enable_update": True, "update_token": TOKEN, "shapes": shapes}
    return create_app({**settings, **config}, store=store)


@pytest.fixture()
def app():
    app = make_app(claims_store())
    yield app
    app.extensions["kg.backend"].close()


@pytest.fixture()
def client(app):
    return app.test_client()


def update(client, text, **kwargs):
    data = {"update": text, **kwargs.pop("data", {})}
    return client.post(
        "/sparql", data=data, headers={**AUTH, **kwargs.pop("headers", {})}, **kwargs
    )


def diseases(client):
    r = client.get("/sparql", query_string={"query": SHORTCUTS})
    return [b["d"]["value"].rsplit("/", 1)[1] for b in r.json["results"]["bindings"]]


def snapshot(app):
    return sorted(str(q) for q in app.extensions["kg"])


def test_inserted_claim_gets_its_shortcut_triple(client):
    r = update(
        client,
        """INSERT DATA {
             claim:nmo a hkg:RecommendationClaim ; hkg:intervention intervention:ahsct ;
               hkg:predicate hkg:recommendedFor ; hkg:condition disease:nmo ;
               prov:wasDerivedFrom statement:s1 }""",
    )
    assert r.status_code == 204, r.data
    assert diseases(client) == ["multiple-sclerosis", "nmo", "systemic-sclerosis"]


def test_deleted_or_negated_claim_loses_its_shortcut_triple(client):
    assert update(client, "DELETE WHERE { claim:ms ?p ?o }").status_code == 204
    assert update(client, "INSERT DATA { claim:ssc hkg:negated true }").status_code == 204
    assert diseases(client) == []
    assert update(client, "DELETE DATA { claim:ssc hkg:negated true }").status_code == 204
    assert diseases(client) == ["systemic-sclerosis"]


def test_shortcut_triples_written_by_hand_are_refused(app, client):
    before = snapshot(app)
    r = update(client, "INSERT DATA { intervention:ahsct hkg:recommendedFor disease:gout }")
    assert r.status_code == 422
    assert "intervention:ahsct hkg:recommendedFor disease:gout" in r.json["error"]
    r = update(
        client, "INSERT DATA { GRAPH <http://e/g> { intervention:x hkg:recommendedFor disease:y } }"
    )
    assert r.status_code == 422 and "in graph <http://e/g>" in r.json["error"]
    assert snapshot(app) == before


def test_update_violating_the_shapes_is_refused_whole(app, client):
    before = snapshot(app)
    # The first operation is fine on its own; the second breaks a claim: nothing is applied.
    r = update(
        client,
        "INSERT DATA { claim:ms rdfs:comment 'ok' } ; DELETE WHERE { claim:ssc prov:wasDerivedFrom ?s }",
    )
    assert r.status_code == 422
    body = r.json
    assert body["status"] == 422
    assert "nothing was changed" in body["error"]
    assert "focus node: claim:ssc" in body["error"]
    assert "prov:wasDerivedFrom" in body["error"]
    report = Graph().parse(data=body["report"], format="turtle")
    assert (None, SH.focusNode, None) in report
    assert snapshot(app) == before
    # Asked for Turtle, the refusal is the sh:ValidationReport itself.
    r = update(
        client,
        "DELETE WHERE { claim:ssc prov:wasDerivedFrom ?s }",
        headers={"Accept": "text/turtle"},
    )
    assert r.status_code == 422 and r.headers["Content-Type"].startswith("text/turtle")
    assert (None, SH.conforms, None) in Graph().parse(data=r.data, format="turtle")


@pytest.mark.parametrize("workers", [0, 1])
def test_data_with_violations_is_judged_by_what_an_update_changes(workers):
    store = claims_store()
    # The data already breaks a shape: claim:ssc has lost its statement.
    store.update(
        "DELETE WHERE { <https://w3id.org/hsct-kg/resource/claim/ssc> "
        "<http://www.w3.org/ns/prov#wasDerivedFrom> ?s }"
    )
    app = make_app(store, workers=workers)
    try:
        client = app.test_client()
        # An edit elsewhere, and one of the broken claim that leaves its fault as it was, apply.
        assert update(client, "INSERT DATA { claim:ms rdfs:comment 'ok' }").status_code == 204
        assert update(client, "INSERT DATA { claim:ssc rdfs:comment 'ok' }").status_code == 204
        # A new fault is refused, and the report names it alone, not the old one.
        before = snapshot(app)
        r = update(client, "DELETE WHERE { claim:ms prov:wasDerivedFrom ?s }")
        assert r.status_code == 422, r.data
        assert "focus node: claim:ms" in r.json["error"]
        assert "claim:ssc" not in r.json["error"]
        assert snapshot(app) == before
    finally:
        app.extensions["kg.backend"].close()


def test_malformed_update_is_400_with_its_position(client):
    r = update(client, "INSERT DATA {\n  claim:ms rdfs:comment 'x'\n")
    assert r.status_code == 400
    assert r.json["error"].startswith("line 3, column 1:")


def test_update_that_cannot_apply_is_400(client):
    r = update(client, "DROP GRAPH <http://example.org/missing>")
    assert r.status_code == 400 and "does not exist" in r.json["error"]


def test_load_is_refused_without_fetching(client):
    r = update(client, "LOAD <http://127.0.0.1:9/data.ttl>")
    assert r.status_code == 403 and "LOAD" in r.json["error"]


def test_query_workers_see_a_committed_update():
    app = make_app(claims_store(), workers=2)
    client = app.test_client()
    try:
        assert diseases(client) == ["multiple-sclerosis", "systemic-sclerosis"]
        assert update(client, "INSERT DATA { claim:ms hkg:negated true }").status_code == 204
        for _ in range(4):  # every worker, not just one
            assert diseases(client) == ["systemic-sclerosis"]
    finally:
        app.extensions["kg.backend"].close()


def test_unvalidated_updates_without_shapes():
    app = make_app(ox.Store(), shapes=("none",))
    client = app.test_client()
    assert update(client, "INSERT DATA { <http://e/s> <http://e/p> 1 }").status_code == 204
    assert data_quads(app.extensions["kg"]) == 1


def test_using_graph_uri_scopes_the_where_clause():
    app = make_app(load_files([DATA / "fixture.trig"]), shapes=("none",))
    client = app.test_client()
    d1, d2 = "http://example.org/data1.rdf", "http://example.org/data2.rdf"
    text = "INSERT { GRAPH <http://e/out> { ?s a <http://e/Seen> } } WHERE { ?s a foaf:Document }"
    r = update(client, text, data={"using-graph-uri": d1})
    assert r.status_code == 204, r.data
    seen = {
        q.subject.value
        for q in app.extensions["kg"].quads_for_pattern(
            None, None, None, ox.NamedNode("http://e/out")
        )
    }
    assert seen == {d1}
    text = "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = update(client, text, data={"using-named-graph-uri": d2})
    assert r.status_code == 204
    assert not app.extensions["kg"].contains_named_graph(ox.NamedNode(d2)) or not list(
        app.extensions["kg"].quads_for_pattern(None, None, None, ox.NamedNode(d2))
    )
    assert list(app.extensions["kg"].quads_for_pattern(None, None, None, ox.NamedNode(d1)))


def test_dataset_conflict_is_400(client):
    r = update(
        client,
        "DELETE { ?s ?p ?o } USING <http://e/g> WHERE { ?s ?p ?o }",
        data={"using-named-graph-uri": "http://e/n"},
    )
    assert r.status_code == 400 and "USING" in r.json["error"]


def test_bad_using_graph_iri_is_400_before_anything_runs(app, client):
    before = snapshot(app)
    r = update(client, "DELETE WHERE { ?s ?p ?o }", data={"using-graph-uri": "not an iri"})
    assert r.status_code == 400 and snapshot(app) == before


@pytest.mark.parametrize(
    ("text", "dataset", "expected"),
    [
        (
            "INSERT DATA { <a:b> <a:c> 1 }",
            UpdateDataset(("http://e/g",)),
            "INSERT DATA { <a:b> <a:c> 1 }",
        ),
        (
            "WITH <http://e/w> DELETE { ?s ?p ?o } INSERT { ?s ?p 2 } WHERE { { SELECT ?s WHERE { ?s ?p ?o } } }",
            UpdateDataset(("http://e/g",), ("http://e/n",)),
            (
                "WITH <http://e/w> DELETE { ?s ?p ?o } INSERT { ?s ?p 2 } USING <http://e/g> "
                "USING NAMED <http://e/n> WHERE { { SELECT ?s WHERE { ?s ?p ?o } } }"
            ),
        ),
        (
            "INSERT { ?s <p:where> 'WHERE' } WHERE { ?s ?p ?o } ; DELETE WHERE { ?s ?p ?o }",
            UpdateDataset(("http://e/g",)),
            (
                "INSERT { ?s <p:where> 'WHERE' } USING <http://e/g> WHERE { ?s ?p ?o } ; "
                "DELETE { ?s ?p ?o } USING <http://e/g> WHERE { ?s ?p ?o }"
            ),
        ),
    ],
)
def test_with_dataset(text, dataset, expected):
    assert with_dataset(text, dataset) == expected


def test_with_dataset_refuses_an_iri_with_spaces():
    with pytest.raises(InputError):
        with_dataset("DELETE WHERE { ?s ?p ?o }", UpdateDataset(("http://e/a> <b",)))


def test_rederive_matches_the_derive_stage(prepared):
    store = memory_store(prepared.loaded.graph)
    store.update(rederive_update())
    assert set(store) == set(memory_store(prepared.graph))


# --- the Graph Store Protocol ----------------------------------------------------------------

G = "http://example.org/gsp"
TTL = {"Content-Type": "text/turtle", **AUTH}


def test_graph_store_put_get_post_delete(client):
    r = client.put(
        "/store", query_string={"graph": G}, data=b"<http://e/s> <http://e/p> 1 .", headers=TTL
    )
    assert r.status_code == 201
    r = client.put(
        "/store", query_string={"graph": G}, data=b"<http://e/s> <http://e/p> 2 .", headers=TTL
    )
    assert r.status_code == 204
    r = client.post(
        "/store", query_string={"graph": G}, data=b"<http://e/s> <http://e/p> 3 .", headers=TTL
    )
    assert r.status_code == 204
    r = client.get(
        "/store", query_string={"graph": G}, headers={**AUTH, "Accept": "application/n-triples"}
    )
    assert r.status_code == 200 and r.headers["Content-Type"] == "application/n-triples"
    assert sorted(r.data.decode().splitlines()) == [
        '<http://e/s> <http://e/p> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .',
        '<http://e/s> <http://e/p> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .',
    ]
    assert client.head("/store", query_string={"graph": G}, headers=AUTH).status_code == 200
    assert client.delete("/store", query_string={"graph": G}, headers=AUTH).status_code == 204
    assert client.get("/store", query_string={"graph": G}, headers=AUTH).status_code == 404
    assert client.delete("/store", query_string={"graph": G}, headers=AUTH).status_code == 404


def test_graph_store_default_graph_keeps_shortcuts_derived(client):
    r = client.get("/store", query_string={"default": ""}, headers=AUTH)
    assert r.status_code == 200 and b"recommendedFor" in r.data
    # Putting back what was read (shortcut triples included) is accepted and re-derived.
    r = client.put("/store?default", data=r.data, headers=TTL)
    assert r.status_code == 204, r.data
    assert diseases(client) == ["multiple-sclerosis", "systemic-sclerosis"]


def test_graph_store_write_is_validated(app, client):
    before = snapshot(app)
    body = b"""@prefix hkg: <https://w3id.org/hsct-kg/ontology#> .
    <https://w3id.org/hsct-kg/resource/claim/bad> a hkg:RecommendationClaim ."""
    r = client.post("/store", query_string={"graph": G}, data=body, headers=TTL)
    assert r.status_code == 422 and "claim:bad" in r.json["error"]
    assert snapshot(app) == before


@pytest.mark.parametrize(
    ("method", "query", "headers", "body", "status"),
    [
        ("get", {"graph": G}, {}, b"", 401),
        ("get", {"graph": G}, {"Authorization": "Bearer wrong"}, b"", 403),
        ("get", {}, AUTH, b"", 400),
        ("get", {"graph": G, "default": ""}, AUTH, b"", 400),
        ("put", {"graph": "no iri"}, TTL, b"", 400),
        ("put", {"graph": G}, {**AUTH, "Content-Type": "text/csv"}, b"a,b", 415),
        ("put", {"graph": G}, TTL, b"<http://e/s> <http://e/p> .", 400),
        ("patch", {"graph": G}, TTL, b"", 405),
    ],
)
def test_graph_store_bad_requests(client, method, query, headers, body, status):
    r = getattr(client, method)("/store", query_string=query, headers=headers, data=body)
    assert r.status_code == status, r.data
    assert json.loads(r.data)["status"] == status


def test_graph_store_syntax_error_is_located(client):
    r = client.put(
        "/store", query_string={"graph": G}, data=b"<http://e/s>\n <http://e/p> .", headers=TTL
    )
    assert r.status_code == 400 and "line 2" in r.json["error"]


def test_updates_disabled_refuse_the_graph_store():
    app = create_app({"workers": 0}, store=ox.Store())
    r = app.test_client().get("/store", query_string={"default": ""}, headers=AUTH)
    assert r.status_code == 403


# --- the project's own graph and shapes ------------------------------------------------------


@pytest.fixture(scope="module")
def builtin_client(project):
    from kg.build.pipeline import prepare

    store = memory_store(prepare(project).graph)
    # A given store is served unchecked unless shapes are named; name the project's.
    shapes = [str(p) for p in project.shapes_files()]
    app = create_app(
        {"workers": 0, "enable_update": True, "update_token": TOKEN, "shapes": shapes}, store=store
    )
    return app, app.test_client()


def test_builtin_graph_refuses_a_claim_without_its_statement(builtin_client):
    app, client = builtin_client
    before = snapshot(app)
    claim = CLAIM + "ahsct-evidence-summary-02-1"
    r = update(client, f"DELETE WHERE {{ <{claim}> prov:wasDerivedFrom ?s }}")
    assert r.status_code == 422
    assert "claim:ahsct-evidence-summary-02-1" in r.json["error"]
    assert snapshot(app) == before


def test_builtin_graph_accepts_a_conforming_update(builtin_client):
    _, client = builtin_client
    claim = CLAIM + "ahsct-evidence-summary-02-1"
    r = update(client, f"INSERT DATA {{ <{claim}> hkg:negated true }}")
    assert r.status_code == 204, r.data
    assert "multiple-sclerosis" not in diseases(client)


@pytest.mark.parametrize(
    "text",
    [
        "DELETE WHERE { <{c}> prov:wasDerivedFrom ?s }",
        "DELETE WHERE { <{c}> hkg:intervention ?i }",
        "INSERT DATA { <{c}> hkg:negated 'yes' }",
        "INSERT DATA { <{c}> hkg:intervention 'not a class' }",
        "INSERT DATA { <{c}-new> a hkg:EfficacyClaim }",
        "INSERT DATA { GRAPH <http://e/g> { <{c}-named> a hkg:RecommendationClaim } }",
    ],
)
def test_update_validation_agrees_with_pyshacl(prepared, project, text):
    # Guarded updates are validated by the compiled shapes; pySHACL stays the reference.
    from kg.build.validate import load_shapes, validate
    from kg.update.guard import ShapesValidator, union_graph

    shapes = load_shapes(project.shapes_files(), root=project.root)
    store = memory_store(prepared.graph)
    store.update(text.replace("{c}", CLAIM + "ahsct-evidence-summary-02-1"), prefixes=_prefixes())
    store.update(rederive_update())
    compiled = ShapesValidator(shapes)
    assert compiled.checks is not None  # compiled, not the fallback
    ours, reference = compiled(store), validate(union_graph(store), shapes)

    assert not reference.conforms
    assert ours.conforms == reference.conforms
    assert result_keys(ours) == result_keys(reference)


def _prefixes():
    from kg.namespaces import PREFIXES

    return dict(PREFIXES)
