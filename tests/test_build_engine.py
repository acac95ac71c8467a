"""`kg build --engine oxigraph` on the built-in graph: same outcome and triples as the default."""

from __future__ import annotations

import pytest
from kg_testing import run_kg
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.build.pipeline import choose_engine
from kg.resources import DEFAULT_ROOT, Project

pytestmark = pytest.mark.skipif(
    not (DEFAULT_ROOT / "ontology" / "hsct-kg-edit.ttl").is_file(),
    reason="ontology/hsct-kg-edit.ttl is not written yet",
)


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("engines")
    done = {}
    for engine in ("rdflib", "oxigraph"):
        done[engine] = run_kg(
            "build", "--engine", engine, "--out", tmp / engine, "--store", tmp / f"store-{engine}"
        )
    return tmp, done


def test_default_engine_for_the_builtin_graph_is_rdflib():
    assert choose_engine(Project(DEFAULT_ROOT)) == "rdflib"


def test_same_outcome(builds):
    _, done = builds
    assert done["rdflib"].returncode == done["oxigraph"].returncode == 0, (
        done["rdflib"].stderr + done["oxigraph"].stderr
    )


def test_same_triples(builds):
    tmp, _ = builds
    graphs = {e: Graph().parse(tmp / e / "hsct-kg.nt", format="nt") for e in ("rdflib", "oxigraph")}
    assert len(graphs["rdflib"]) == len(graphs["oxigraph"])
    assert isomorphic(graphs["rdflib"], graphs["oxigraph"])


def test_same_ontology_release(builds):
    tmp, _ = builds
    for name, fmt in (("hsct-kg.owl", "xml"), ("hsct-kg-ontology.ttl", "turtle")):
        graphs = [Graph().parse(tmp / e / name, format=fmt) for e in ("rdflib", "oxigraph")]
        assert isomorphic(*graphs), name
