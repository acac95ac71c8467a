"""The claim index of the claims list (server/claim_index.py) against SPARQL over the same store:
totals, facet counts and the order of the list for filters of one and several values, before
and after updates it follows (claims added, removed, changed, a statement moved to another
document), after a rebuild in a thread, and a change of the claim kinds."""

from __future__ import annotations

import itertools

import pyoxigraph as ox
import pytest
from kg_testing import project_store

from kg.update.change import Change
from server import claim_index
from server.claim_index import FACETS, SLOTS, ClaimIndex

PREFIXES = (
    "PREFIX hkg: <https://w3id.org/hsct-kg/ontology#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "PREFIX prov: <http://www.w3.org/ns/prov#>\n"
    "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
)
PATTERNS = {
    "kind": "?c a ?v . ?v rdfs:subClassOf+ hkg:Claim .",
    "document": "?c prov:wasDerivedFrom/dcterms:isPartOf ?v .",
    **{facet: f"?c <{predicate}> ?v ." for facet, predicate in SLOTS.items()},
}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> ox.Store:
    return project_store("generated", tmp_path_factory.mktemp("claims"), seed=3)


@pytest.fixture()
def store(pristine) -> ox.Store:
    copy = ox.Store()
    copy.bulk_extend(pristine)
    return copy


def where(filters: dict[str, list[str]], but: str | None = None) -> str:
    """The SPARQL of ``filters`` (any value of a facet, every facet), leaving out ``but``."""
    parts = []
    for n, (facet, values) in enumerate(filters.items()):
        if facet == but:
            continue
        pattern = PATTERNS[facet].replace("?v", f"?f{n}")
        listed = " ".join(f"<{v}>" for v in values)
        parts.append(f"{pattern} VALUES ?f{n} {{ {listed} }}")
    return " ".join(parts)


def expected(store: ox.Store, filters: dict[str, list[str]]):
    claims = [
        row["c"].value
        for row in store.query(
            PREFIXES + f"SELECT DISTINCT ?c {{ ?c a hkg:Claim . {where(filters)} }} ORDER BY ?c"
        )
    ]
    facets = {}
    for facet in FACETS:
        rows = store.query(
            PREFIXES + "SELECT ?v (COUNT(DISTINCT ?c) AS ?n) { ?c a hkg:Claim . "
            f"{where(filters, but=facet)} {PATTERNS[facet]} FILTER(isIRI(?v)) }} GROUP BY ?v"
        )
        facets[facet] = sorted(
            ((row["v"].value, int(row["n"].value)) for row in rows),
            key=lambda item: (-item[1], item[0]),
        )
    return claims, facets


def check(index: ClaimIndex, store: ox.Store, filters: dict[str, list[str]]) -> int:
    claims, facets = expected(store, filters)
    chosen = index.select(filters)
    assert chosen.total == len(claims), filters
    assert dict(chosen.facets) == facets, filters
    assert chosen.window(0, len(claims) + 5) == claims
    for start, size in ((0, 7), (5, 11), (len(claims) - 3, 10)):
        start = max(start, 0)
        assert chosen.window(start, size) == claims[start : start + size], (start, size)
    return len(claims)


def some_filters(store: ox.Store) -> list[dict[str, list[str]]]:
    values = {f: [v for v, _ in ClaimIndex.build(store).select({}).facets[f]] for f in FACETS}
    return [
        {},
        {"kind": values["kind"][:1]},
        {"kind": values["kind"][:2]},
        {"intervention": values["intervention"][:3], "strength": values["strength"][:1]},
        {"disease": values["disease"][1:3], "document": values["document"][:1]},
        {"body": values["body"][:2], "kind": values["kind"][1:3], "direction": values["direction"]},
        {"outcome": ["https://w3id.org/hsct-kg/resource/outcome/none"]},
    ]


def test_the_index_answers_as_sparql_does(store):
    index = ClaimIndex.build(store)
    sizes = [check(index, store, filters) for filters in some_filters(store)]
    assert sizes[0] == len(index) >= 400
    assert all(0 < n < sizes[0] for n in sizes[1:6]) and sizes[-1] == 0
    assert sizes[2] > sizes[1]  # two kinds: claims of either


def run(store: ox.Store, index: ClaimIndex, text: str) -> None:
    """Run an update and hand the index what it changed (as the updater does)."""
    before = set(store)
    store.update(PREFIXES + text)
    after = set(store)
    index.follow(Change(frozenset(before - after), frozenset(after - before)))


def claims_of(store: ox.Store, n: int) -> list[ox.NamedNode]:
    rows = store.query(PREFIXES + "SELECT ?c { ?c a hkg:Claim } ORDER BY ?c")
    return [row["c"] for row in itertools.islice(rows, n)]


def edit_claims(store: ox.Store, index: ClaimIndex) -> None:
    """Four updates, each changing something the index holds."""
    first, third = claims_of(store, 2)
    possible = ox.NamedNode("https://w3id.org/hsct-kg/ontology#Possible")
    strength = ox.NamedNode(SLOTS["strength"])
    second = next(
        q.subject
        for q in store.quads_for_pattern(None, strength, None)
        if q.object != possible and q.subject not in (first, third)
    )
    statement = next(store.quads_for_pattern(third, claim_index.DERIVED_FROM, None)).object
    now = next(store.quads_for_pattern(statement, claim_index.PART_OF, None)).object
    other = next(
        q.object
        for q in store.quads_for_pattern(None, claim_index.PART_OF, None)
        if "/source/" in q.object.value and q.object != now
    )
    run(store, index, f"DELETE WHERE {{ {first} ?p ?o }}")
    run(
        store,
        index,
        f"DELETE {{ {second} hkg:strength ?s }} INSERT {{ {second} hkg:strength hkg:Possible }} "
        f"WHERE {{ {second} hkg:strength ?s }}",
    )
    run(
        store,
        index,
        f"INSERT DATA {{ <https://w3id.org/hsct-kg/resource/claim/0-new> a hkg:Claim, "
        f"hkg:EfficacyClaim ; hkg:strength hkg:Possible ; prov:wasDerivedFrom {statement} ; "
        "hkg:intervention <https://w3id.org/hsct-kg/resource/intervention/brand-new> }",
    )
    run(
        store,
        index,
        f"DELETE {{ {statement} dcterms:isPartOf ?d }} INSERT {{ {statement} dcterms:isPartOf "
        f"{other} }} WHERE {{ {statement} dcterms:isPartOf ?d }}",
    )


def test_the_index_follows_updates(store):
    index = ClaimIndex.build(store)
    sizes_before = len(index)
    edit_claims(store, index)
    assert 4 <= len(index.changed) < 20  # read again, not built again
    assert len(index) == sizes_before
    for filters in some_filters(store):
        check(index, store, filters)
    new = "https://w3id.org/hsct-kg/resource/intervention/brand-new"
    assert check(index, store, {"intervention": [new]}) == 1
    # Control: an index built from scratch agrees.
    fresh = ClaimIndex.build(store)
    assert fresh.select({}).facets == index.select({}).facets
    for facet in FACETS:
        assert index.counts(facet) == fresh.counts(facet) == index.select({}).facets[facet]


def test_many_changes_build_the_arrays_again_in_a_thread(store, monkeypatch):
    monkeypatch.setattr(claim_index, "REBUILD_AFTER", 2)
    index = ClaimIndex.build(store)
    edit_claims(store, index)
    index.wait()
    assert len(index.changed) <= 3  # the later changes only, read again after the rebuild
    for filters in some_filters(store):
        check(index, store, filters)


def test_a_new_claim_kind_builds_the_index_again(store):
    index = ClaimIndex.build(store)
    (claim,) = claims_of(store, 1)
    run(
        store,
        index,
        "INSERT DATA { hkg:NewKindClaim rdfs:subClassOf hkg:EfficacyClaim . "
        f"{claim} a hkg:NewKindClaim }}",
    )
    assert not index.changed
    kinds = dict(index.select({}).facets["kind"])
    assert kinds["https://w3id.org/hsct-kg/ontology#NewKindClaim"] == 1
    check(index, store, {"kind": ["https://w3id.org/hsct-kg/ontology#NewKindClaim"]})
