"""Stores: in memory, on disk with swap, and the previous store kept when a build fails."""

from __future__ import annotations

import pytest
from kg_testing import MINI
from rdflib import Graph, Literal, URIRef

from kg.build.counts import data_quads
from kg.build.pipeline import prepare
from kg.build.store import memory_store, open_store, write_store
from kg.errors import StoreError
from kg.resources import find_project


def _graph(n: int) -> Graph:
    graph = Graph()
    for i in range(n):
        graph.add((URIRef(f"http://example.org/s{i}"), URIRef("http://example.org/p"), Literal(i)))
    return graph


def test_memory_store_holds_the_graph():
    graph = prepare(find_project(MINI)).graph
    assert len(memory_store(graph)) == len(graph)


def test_write_store_replaces_a_previous_store(tmp_path):
    target = tmp_path / "store"
    write_store(_graph(3), target)
    write_store(_graph(5), target)
    assert data_quads(open_store(target, read_only=True)) == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


def test_failed_build_leaves_the_previous_store(tmp_path):
    target = tmp_path / "store"
    write_store(_graph(3), target)
    broken = _graph(2)
    broken.add((URIRef("not an IRI"), URIRef("http://example.org/p"), Literal("x")))
    with pytest.raises(ValueError):
        write_store(broken, target)
    assert data_quads(open_store(target, read_only=True)) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


def test_refuses_to_replace_a_directory_that_is_not_a_store(tmp_path):
    target = tmp_path / "precious"
    target.mkdir()
    (target / "notes.txt").write_text("keep me")
    with pytest.raises(StoreError, match="not a store"):
        write_store(_graph(1), target)
    assert (target / "notes.txt").read_text() == "keep me"


def test_open_store_reports_a_missing_store(tmp_path):
    with pytest.raises(StoreError, match="kg build --store"):
        open_store(tmp_path / "absent")
