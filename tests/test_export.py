"""dist/: every file parses, the ontology release is self-contained, failures keep dist/."""

from __future__ import annotations

import json

import pytest
from kg_testing import MINI, snapshot
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL

from kg.build import export
from kg.build.export import DIST_FILES, data_bytes, write_dist
from kg.build.pipeline import derived_store, prepare
from kg.errors import ConfigError
from kg.resources import find_project

ONTOLOGY = URIRef("https://w3id.org/hsct-kg/ontology")


def _prepared():
    return prepare(find_project(MINI))


def _store():
    return derived_store(find_project(MINI))


def test_dist_files_parse_back_to_the_graph(tmp_path):
    prepared = _prepared()
    out = tmp_path / "dist"
    write_dist(_store(), prepared.loaded.ontology, out)
    assert sorted(p.name for p in out.iterdir()) == sorted(DIST_FILES)
    for name, fmt in (
        ("hsct-kg.ttl", "turtle"),
        ("hsct-kg.nt", "nt"),
        ("hsct-kg.jsonld", "json-ld"),
    ):
        assert isomorphic(Graph().parse(out / name, format=fmt), prepared.graph), name


def test_past_the_readable_limit_oxigraph_streams_the_same_graph(tmp_path, monkeypatch):
    prepared = _prepared()
    monkeypatch.setattr(export, "READABLE_LIMIT", 0)
    out = tmp_path / "dist"
    write_dist(_store(), prepared.loaded.ontology, out)
    for name, fmt in (
        ("hsct-kg.ttl", "turtle"),
        ("hsct-kg.nt", "nt"),
        ("hsct-kg.jsonld", "json-ld"),
    ):
        assert isomorphic(Graph().parse(out / name, format=fmt), prepared.graph), name
    assert "@prefix claim: <https://w3id.org/hsct-kg/resource/claim/> ." in (
        out / "hsct-kg.ttl"
    ).read_text(encoding="utf-8")


def test_two_exports_of_the_same_graph_have_the_same_n_triples(tmp_path):
    ontology = _prepared().loaded.ontology
    write_dist(_store(), ontology, tmp_path / "a")
    write_dist(_store(), ontology, tmp_path / "b")
    first = (tmp_path / "a" / "hsct-kg.nt").read_bytes()
    assert first and first == (tmp_path / "b" / "hsct-kg.nt").read_bytes()


def test_turtle_uses_readable_prefixes():
    text = data_bytes(_store(), "ttl").decode()
    assert "@prefix claim: <https://w3id.org/hsct-kg/resource/claim/> ." in text
    # The claim's kind, and the hkg:Claim the derive step materialises, in one subject block.
    assert "claim:c1 a hkg:Claim,\n        hkg:RecommendationClaim ;" in text


def test_jsonld_has_the_project_context():
    data = json.loads(data_bytes(_store(), "jsonld"))
    assert data["@context"]["hkg"] == "https://w3id.org/hsct-kg/ontology#"


def test_ontology_release_merges_imports_drops_owl_imports_keeps_version(tmp_path):
    prepared = _prepared()
    out = tmp_path / "dist"
    write_dist(_store(), prepared.loaded.ontology, out)
    for name, fmt in (("hsct-kg.owl", "xml"), ("hsct-kg-ontology.ttl", "turtle")):
        release = Graph().parse(out / name, format=fmt)
        assert (None, OWL.imports, None) not in release
        assert (ONTOLOGY, OWL.versionIRI, URIRef("https://w3id.org/hsct-kg/ontology/0.0.1")) in (
            release
        )
        # A term declared only in the import is part of the release.
        assert (URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), None, None) in release
        # Claims are data, not ontology.
        assert (URIRef("https://w3id.org/hsct-kg/resource/claim/c1"), None, None) not in release


def test_failed_export_leaves_previous_dist_byte_identical(tmp_path):
    prepared = _prepared()
    out = tmp_path / "dist"
    write_dist(_store(), prepared.loaded.ontology, out)
    before = snapshot(out)
    ontology = Graph()
    for triple in prepared.loaded.ontology:
        ontology.add(triple)
    # RDF/XML cannot write a predicate whose IRI has no XML local name.
    ontology.add((ONTOLOGY, URIRef("http://example.org/1"), ONTOLOGY))
    with pytest.raises(Exception):  # noqa: B017 - rdflib's own error type is not the point
        write_dist(_store(), ontology, out)
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist"]


def test_refuses_to_replace_a_directory_with_other_files(tmp_path):
    (tmp_path / "mine.txt").write_text("keep")
    prepared = _prepared()
    with pytest.raises(ConfigError, match="mine.txt"):
        write_dist(_store(), prepared.loaded.ontology, tmp_path)
    assert (tmp_path / "mine.txt").read_text() == "keep"
