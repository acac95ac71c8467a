"""Stores: in memory, on disk with swap, and the previous store kept when a build fails."""

from __future__ import annotations

import shutil

import pytest
from kg_testing import MINI

from kg.build.counts import data_quads
from kg.build.pipeline import build_store, prepare
from kg.build.store import memory_store, open_store
from kg.errors import ParseError, StoreError
from kg.resources import find_project


def _project(tmp_path, extra: str = ""):
    """A copy of the mini project, with ``extra`` Turtle in one more data file."""
    root = tmp_path / "project"
    if not root.exists():
        shutil.copytree(MINI, root)
    (root / "data" / "extra.ttl").write_text(PREFIX + extra, encoding="utf-8")
    return find_project(root)


PREFIX = "@prefix ex: <http://example.org/> .\n"


def test_memory_store_holds_the_graph():
    graph = prepare(find_project(MINI)).graph
    assert len(memory_store(graph)) == len(graph)


def test_a_build_replaces_a_previous_store(tmp_path):
    target = tmp_path / "store"
    first = build_store(_project(tmp_path), store_path=target).triples
    second = build_store(_project(tmp_path, "ex:s ex:p 1 , 2 ."), store_path=target).triples
    assert second == first + 2
    assert data_quads(open_store(target, read_only=True)) == second
    assert sorted(p.name for p in tmp_path.iterdir()) == ["project", "store"]


def test_failed_build_leaves_the_previous_store(tmp_path):
    target = tmp_path / "store"
    built = build_store(_project(tmp_path, "ex:s ex:p 1 ."), store_path=target).triples
    with pytest.raises(ParseError, match="extra.ttl:3:"):
        build_store(_project(tmp_path, "ex:s ex:p 1 .\nex:s ex:p ."), store_path=target)
    assert data_quads(open_store(target, read_only=True)) == built
    assert sorted(p.name for p in tmp_path.iterdir()) == ["project", "store"]


def test_refuses_to_replace_a_directory_that_is_not_a_store(tmp_path):
    target = tmp_path / "precious"
    target.mkdir()
    (target / "notes.txt").write_text("keep me")
    with pytest.raises(StoreError, match="not a store"):
        build_store(_project(tmp_path), store_path=target)
    assert (target / "notes.txt").read_text() == "keep me"


def test_open_store_reports_a_missing_store(tmp_path):
    with pytest.raises(StoreError, match="kg build --store"):
        open_store(tmp_path / "absent")
