"""`kg build` on the built-in graph gives the graph rdflib reads from the same files (the
reference path, :func:`kg.build.pipeline.prepare`), and the option that once chose an engine
is still accepted, with a notice."""

from __future__ import annotations

import pytest
from kg_testing import run_kg
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.build.export import ontology_release
from kg.build.load import load_project
from kg.build.pipeline import prepare
from kg.resources import DEFAULT_ROOT, Project

pytestmark = pytest.mark.skipif(
    not (DEFAULT_ROOT / "ontology" / "hsct-kg-edit.ttl").is_file(),
    reason="ontology/hsct-kg-edit.ttl is not written yet",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("built")
    done = run_kg("build", "--out", tmp / "dist", "--store", tmp / "store")
    assert done.returncode == 0, done.stderr
    return tmp


def test_same_triples_as_the_reference_reading(built):
    graph = Graph().parse(built / "dist" / "hsct-kg.nt", format="nt")
    reference = prepare(Project(DEFAULT_ROOT)).graph
    assert len(graph) == len(reference)
    assert isomorphic(graph, reference)


def test_every_data_file_reads_back_as_the_same_graph(built):
    nt = Graph().parse(built / "dist" / "hsct-kg.nt", format="nt")
    for name, fmt in (("hsct-kg.ttl", "turtle"), ("hsct-kg.jsonld", "json-ld")):
        assert isomorphic(Graph().parse(built / "dist" / name, format=fmt), nt), name


def test_same_ontology_release_as_the_reference_reading(built):
    reference = ontology_release(load_project(Project(DEFAULT_ROOT)).ontology)
    for name, fmt in (("hsct-kg.owl", "xml"), ("hsct-kg-ontology.ttl", "turtle")):
        assert isomorphic(Graph().parse(built / "dist" / name, format=fmt), reference), name


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph", "auto"])
def test_the_engine_option_is_accepted_and_said_to_be_ignored(tmp_path, engine):
    done = run_kg("build", "--engine", engine, "--out", tmp_path / "dist")
    assert done.returncode == 0, done.stderr
    assert f"--engine {engine} is ignored" in done.stderr
    assert (tmp_path / "dist" / "hsct-kg.ttl").is_file()


def test_an_unknown_engine_is_refused_as_before(tmp_path):
    done = run_kg("build", "--engine", "jena", "--out", tmp_path / "dist")
    assert done.returncode == 2
    assert "invalid choice" in done.stderr
    assert not (tmp_path / "dist").exists()
