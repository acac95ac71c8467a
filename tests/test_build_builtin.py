"""End to end: `kg build` on the project's own ontology, shapes and data."""

from __future__ import annotations

import json

import pytest
from kg_testing import run_kg
from rdflib import Graph

from kg.build.export import DIST_FILES
from kg.resources import DEFAULT_ROOT

pytestmark = pytest.mark.skipif(
    not (DEFAULT_ROOT / "ontology" / "hsct-kg-edit.ttl").is_file(),
    reason="ontology/hsct-kg-edit.ttl is not written yet",
)

PARSERS = {
    "hsct-kg.ttl": "turtle",
    "hsct-kg.nt": "nt",
    "hsct-kg.jsonld": "json-ld",
    "hsct-kg.owl": "xml",
    "hsct-kg-ontology.ttl": "turtle",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("builtin")
    done = run_kg("build", "--out", tmp / "dist", "--store", tmp / "store", cwd=tmp)
    return tmp, done


def test_build_succeeds(built):
    _, done = built
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_dist_file_exists_and_parses(built):
    tmp, done = built
    assert done.returncode == 0, done.stderr
    sizes = {}
    for name in DIST_FILES:
        graph = Graph().parse(tmp / "dist" / name, format=PARSERS[name])
        sizes[name] = len(graph)
        assert sizes[name] > 0, name
    assert sizes["hsct-kg.ttl"] == sizes["hsct-kg.nt"] == sizes["hsct-kg.jsonld"]
    assert sizes["hsct-kg.owl"] == sizes["hsct-kg-ontology.ttl"] < sizes["hsct-kg.ttl"]


def test_store_answers_stats(built):
    tmp, done = built
    assert done.returncode == 0, done.stderr
    stats = run_kg("stats", "--format", "json", "--store", tmp / "store")
    assert stats.returncode == 0, stats.stderr
    numbers = json.loads(stats.stdout)
    assert numbers["claims"] > 0
    assert numbers["derived_shortcuts"] > 0
