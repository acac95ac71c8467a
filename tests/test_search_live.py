"""The label index follows updates from what they changed, without being built again: names
added, changed and dropped, use counts moved by claim slots, a merge of the changes into a new
built index that equals building from scratch, and a change too large to follow built again."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from server import create_app
from server.search import build_index
from server.search_index import Entry, LiveIndex, SearchIndex

BASE = "https://w3id.org/hsct-kg/"
TOKEN = "t0ken"
PREFIXES = (
    "PREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
    "PREFIX hkg: <https://w3id.org/hsct-kg/ontology#>\n"
    "PREFIX d: <https://w3id.org/hsct-kg/resource/disease/>\n"
    "PREFIX c: <https://w3id.org/hsct-kg/resource/claim/>\n"
)


def starting_store() -> ox.Store:
    store = ox.Store()
    store.update(
        PREFIXES + "INSERT DATA { d:ms a owl:Class ; rdfs:label 'multiple sclerosis' ; "
        "hkg:abbreviation 'MS' . d:ssc a owl:Class ; rdfs:label 'systemic sclerosis' . "
        "c:1 a hkg:Claim ; hkg:condition d:ssc . }"
    )
    return store


@pytest.fixture()
def app():
    # No shapes: these updates are about names, and nothing here checks claims.
    app = create_app(
        {"workers": 0, "enable_update": True, "update_token": TOKEN, "shapes": ()},
        store=starting_store(),
    )
    yield app
    app.extensions["kg.backend"].close()


def update(client, text: str) -> None:
    r = client.post(
        "/sparql",
        data={"update": PREFIXES + text},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert r.status_code == 204, r.text


def found(client, q: str) -> list[str]:
    r = client.get("/search.json", query_string={"q": q})
    assert r.status_code == 200, r.text
    return [hit["iri"].rsplit("/", 1)[1] for hit in r.json["results"]]


def test_an_update_changes_the_index_without_building_it_again(app):
    client = app.test_client()
    live = app.extensions["kg.search"]
    built = live.index
    update(client, "INSERT DATA { d:ms skos:altLabel 'disseminated sclerosis' }")
    update(client, "INSERT DATA { d:nmo a owl:Class ; rdfs:label 'neuromyelitis optica' }")
    assert found(client, "disseminated") == ["ms"]
    assert found(client, "neuromyelitis") == ["nmo"]
    assert live.index is built  # followed, not built again
    assert set(live.changed) == {BASE + "resource/disease/ms", BASE + "resource/disease/nmo"}
    # Control: untouched names still found, in their order.
    assert found(client, "sclerosis") == ["ssc", "ms"]
    assert found(client, "MS") == ["ms"]
    # A renamed thing is found by its new label only; a thing no longer typed is gone.
    update(
        client,
        "DELETE DATA { d:ssc rdfs:label 'systemic sclerosis' } ; "
        "INSERT DATA { d:ssc rdfs:label 'scleroderma' }",
    )
    assert found(client, "systemic") == [] and found(client, "scleroderma") == ["ssc"]
    update(client, "DELETE WHERE { d:nmo a ?type }")
    assert found(client, "neuromyelitis") == []


def test_use_counts_move_with_claim_slots(app):
    client = app.test_client()
    live = app.extensions["kg.search"]
    ssc, ms = BASE + "resource/disease/ssc", BASE + "resource/disease/ms"
    assert (live.usage(ssc), live.usage(ms)) == (1, 0)
    # Equally good matches: the more-used first.
    assert found(client, "sclerosis") == ["ssc", "ms"]
    update(client, "INSERT DATA { c:2 a hkg:Claim ; hkg:condition d:ms . c:3 hkg:condition d:ms }")
    assert (live.usage(ssc), live.usage(ms)) == (1, 2)
    assert found(client, "sclerosis") == ["ms", "ssc"]
    update(client, "DELETE DATA { c:1 hkg:condition d:ssc }")
    assert live.usage(ssc) == 0
    hits = client.get("/search", query_string={"q": "sclerosis"})
    assert hits.status_code == 200 and "multiple sclerosis" in hits.text


def test_the_followed_index_answers_as_one_built_from_the_store(app):
    client = app.test_client()
    update(client, "INSERT DATA { d:ms skos:altLabel 'disseminated sclerosis' }")
    update(client, "INSERT DATA { d:nmo a owl:Class ; rdfs:label 'neuromyelitis optica' }")
    update(client, "INSERT DATA { c:2 a hkg:Claim ; hkg:condition d:ms, d:nmo }")
    update(client, "DELETE DATA { d:ms hkg:abbreviation 'MS' }")
    live = app.extensions["kg.search"]
    fresh = build_index(app.extensions["kg"], BASE)
    for q in ("sclerosis", "ms", "neuro", "disseminated", "optica sclerosis", "sclerossis"):
        assert [(h.entry, h.tier) for h in live.lookup(q)] == [
            (h.entry, h.tier) for h in fresh.lookup(q)
        ], q


def test_a_change_too_large_to_follow_builds_the_index_again(app, monkeypatch):
    monkeypatch.setattr("server.search.REBUILD_AFTER", 2)
    client = app.test_client()
    live = app.extensions["kg.search"]
    built = live.index
    update(client, "INSERT DATA { d:a a owl:Class ; rdfs:label 'alpha' }")
    assert live.index is built
    update(
        client,
        "INSERT DATA { d:b a owl:Class ; rdfs:label 'beta' . d:c a owl:Class ; rdfs:label 'gamma'"
        " . d:e a owl:Class ; rdfs:label 'epsilon' }",
    )
    assert live.index is not built and not live.changed
    assert found(client, "alpha") == ["a"] and found(client, "epsilon") == ["e"]


def test_changes_are_merged_into_a_new_index_off_the_request_path():
    entries = [Entry(f"ex:{n}", f"thing {n}", "disease", usage=n) for n in range(20)]
    live = LiveIndex(SearchIndex(entries), compact_after=3)
    built = live.index
    live.change({"ex:1": Entry("ex:1", "renamed one", "disease", usage=1)})
    live.change({"ex:2": None, "ex:new": Entry("ex:new", "new thing", "disease")})
    assert live.index is built  # three changes: not yet merged
    live.change({"ex:3": Entry("ex:3", "thing three", "disease", ("T3",), 3)}, {"ex:4": 40})
    live.wait()
    assert live.index is not built and not live.changed
    expected = [e for e in entries if e.iri not in ("ex:1", "ex:2", "ex:3", "ex:4")]
    expected += [
        Entry("ex:1", "renamed one", "disease", usage=1),
        Entry("ex:new", "new thing", "disease"),
        Entry("ex:3", "thing three", "disease", ("T3",), 3),
        Entry("ex:4", "thing 4", "disease", usage=40),
    ]
    fresh = SearchIndex(sorted(expected, key=lambda e: e.iri))
    for q in ("thing", "renamed", "t3", "thing 2", "new"):
        assert live.lookup(q) == fresh.lookup(q), q
    # The use count set by the change ranks ex:4 first among the equally good "thing n".
    assert live.lookup("thing", 1)[0].entry.iri == "ex:4"
    assert len(live) == 20
