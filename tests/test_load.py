"""Loading Turtle: exact error positions, shortcut rejection, source locations."""

from __future__ import annotations

from pathlib import Path

import pytest
from kg_testing import BROKEN, MINI, add_data, mini_project
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from kg.build.load import load_files, load_project, parse_turtle
from kg.errors import ConfigError, ParseError, ShortcutTripleError
from kg.namespaces import PREFIXES
from kg.resources import find_project

CLAIM = PREFIXES["claim"]


def test_loads_ontology_and_data_of_the_project():
    loaded = load_project(find_project(MINI))
    assert loaded.sources.paths == [
        "ontology/hsct-kg-edit.ttl",
        "ontology/imports/mini-terms.ttl",
        "data/claims/mini.ttl",
        "data/entities/document.ttl",
    ]
    assert (URIRef(CLAIM + "c1"), None, None) in loaded.graph
    assert (URIRef(CLAIM + "c1"), None, None) not in loaded.ontology
    assert len(loaded.ontology) > 0


def test_loaded_graph_equals_rdflib_parse_of_the_same_files():
    expected = Graph()
    files = sorted(MINI.rglob("*.ttl"))
    files = [f for f in files if "shapes" not in f.parts]
    for path in files:
        expected.parse(path, format="turtle")
    assert isomorphic(load_files(files).graph, expected)


def test_malformed_turtle_reports_file_line_column_and_reason():
    with pytest.raises(ParseError) as caught:
        parse_turtle(BROKEN / "malformed.ttl", "data/claims/malformed.ttl")
    err = caught.value
    # Line 5 ends "hkg:negated true" without ';', so the parser stops at line 6's predicate.
    assert (err.path, err.line, err.column) == ("data/claims/malformed.ttl", 6, 5)
    assert str(err).startswith("data/claims/malformed.ttl:6:5: ")
    assert "dot is expected" in err.reason


def test_undeclared_prefix_is_located(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://ex/> .\n\nex:a  nope:b ex:c .\n", encoding="utf-8")
    with pytest.raises(ParseError) as caught:
        parse_turtle(bad, "bad.ttl")
    assert (caught.value.line, caught.value.column) == (3, 7)
    assert "nope:" in caught.value.reason


def test_column_counts_characters_not_bytes(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        '<http://ex/a> <http://ex/b> "relapsing–remitting" <http://ex/c> .\n', encoding="utf-8"
    )
    with pytest.raises(ParseError) as caught:
        parse_turtle(bad, "bad.ttl")
    assert (caught.value.line, caught.value.column) == (1, 51)


def test_invalid_utf8_is_located(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_bytes(b'<http://ex/a> <http://ex/b> "ok" .\n<http://ex/a> <http://ex/b> "\xff" .\n')
    with pytest.raises(ParseError) as caught:
        parse_turtle(bad, "bad.ttl")
    assert (caught.value.line, caught.value.column) == (2, 30)


def test_missing_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="no such file"):
        load_files([tmp_path / "absent.ttl"])


def test_hand_written_shortcut_triple_is_rejected_with_file_line_and_triple(tmp_path):
    root = mini_project(tmp_path)
    add_data(root, "shortcut.ttl")
    with pytest.raises(ShortcutTripleError) as caught:
        load_project(find_project(root))
    [found] = caught.value.triples
    assert found.path == "data/claims/shortcut.ttl"
    assert found.line == 7
    assert found.triple == "intervention:ahsct hkg:improves outcome:cure"
    assert "data/claims/shortcut.ttl:7: intervention:ahsct hkg:improves outcome:cure" in str(
        caught.value
    )


def test_subjects_are_located_at_their_first_line():
    loaded = load_project(find_project(MINI))
    location = loaded.sources.locate(URIRef(CLAIM + "c2"))
    assert (location.path, location.line) == ("data/claims/mini.ttl", 38)
    assert loaded.sources.files_of(URIRef(PREFIXES["hkg"] + "improves")) == [
        "ontology/hsct-kg-edit.ttl"
    ]


def test_prefixed_name_is_not_found_inside_a_longer_name(tmp_path):
    path = tmp_path / "a.ttl"
    path.write_text(
        "@prefix ex: <http://ex/> .\nex:ab ex:p 1 .\nex:a.b ex:p 2 .\nex:a ex:p 3 .\n",
        encoding="utf-8",
    )
    loaded = load_files([path], root=tmp_path)
    assert loaded.sources.locate(URIRef("http://ex/a")).line == 4


def test_blank_nodes_of_two_files_stay_distinct(tmp_path):
    for name in ("a.ttl", "b.ttl"):
        (tmp_path / name).write_text("_:x <http://ex/p> <http://ex/o> .\n", encoding="utf-8")
    loaded = load_files([tmp_path / "a.ttl", tmp_path / "b.ttl"])
    assert len(set(loaded.graph.subjects())) == 2


def test_a_file_listed_twice_is_read_once(tmp_path):
    path: Path = tmp_path / "a.ttl"
    path.write_text("<http://ex/s> <http://ex/p> 1 .\n", encoding="utf-8")
    assert load_files([path], ontology_files=[path]).sources.paths == [str(path)]
