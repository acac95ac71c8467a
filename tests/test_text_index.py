"""The search page's text index gives what the SPARQL filter it replaced gave: the claims and
statements whose text has every query word at the start of a word, on the built-in graph."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from server.search_index import normalise
from server.text_index import TextIndex

QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX hkg: <https://w3id.org/hsct-kg/ontology#>
SELECT ?s ?text ?what WHERE {
  { ?s a hkg:Claim ; rdfs:label ?text . BIND("claim" AS ?what) }
  UNION { ?s a hkg:SourceStatement ; hkg:text ?text . BIND("statement" AS ?what) }
}"""


@pytest.fixture(scope="module")
def store():
    from server.backend import builtin_store

    return builtin_store()


def scanned(store: ox.Store, words: list[str]) -> set[tuple[str, str, str]]:
    out = set()
    for row in store.query(QUERY):
        found = normalise(row["text"].value).split()
        if all(any(w.startswith(q) for w in found) for q in words):
            out.add((row["s"].value, row["text"].value, row["what"].value))
    return out


@pytest.mark.parametrize(
    "text",
    ["ahsct", "stem cell lupus", "multiple scler", "sjogren", "improv", "a", "zzqx", "ms 2"],
)
def test_the_index_finds_what_a_scan_finds(store, text):
    words = list(dict.fromkeys(normalise(text).split()))
    index = TextIndex.build(store)
    got = index.search(words, per_kind=100_000)
    assert {(t.iri, t.text, t.what) for t in got} == scanned(store, words)
    # Shortest first, then by IRI.
    assert got == sorted(got, key=lambda t: (len(t.text), t.iri))
    assert all(t.what == "statement" for t in index.search(words, {"statement"}))
    if text == "ahsct":
        assert got  # control: the comparison is not between two empty sets
