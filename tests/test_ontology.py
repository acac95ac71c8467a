"""The ontology: QC queries, HermiT consistency through owlready2, and the OWL API check of how
Protégé loads it (skipped where the shared owlcheck tool is not next to the repository)."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import owlready2
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.export import ontology_release, serialize
from kg.namespaces import HKG

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology"
QC = sorted((ONTOLOGY / "qc").glob("*-violation.rq"))
OWLCHECK = ROOT.parent / "shared" / "tools" / "owlcheck" / "check_owl.sh"
HSCT = "https://w3id.org/hsct-kg/resource/"


@pytest.fixture(scope="module")
def ontology(prepared) -> Graph:
    return prepared.loaded.ontology


@pytest.mark.parametrize("query", QC, ids=[q.stem for q in QC])
def test_qc_query_finds_nothing(query: Path, ontology: Graph):
    rows = list(ontology.query(query.read_text(encoding="utf-8")))
    assert rows == []


def test_qc_queries_catch_a_bare_class(ontology: Graph):
    broken = Graph()
    for triple in ontology:
        broken.add(triple)
    bare = URIRef(HSCT + "disease/bare")
    broken.add((bare, RDF.type, OWL.Class))
    fired = {q.stem for q in QC if list(broken.query(q.read_text(encoding="utf-8")))}
    assert fired == {
        "missing-label-violation",
        "missing-definition-violation",
        "orphan-domain-class-violation",
    }


def test_header_has_version_iri_and_imports_resolve_offline(ontology: Graph):
    header = URIRef("https://w3id.org/hsct-kg/ontology")
    assert (header, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(header, OWL.versionIRI) is not None
    catalog = ET.parse(ONTOLOGY / "catalog-v001.xml").getroot()
    mapped = {
        el.get("name"): el.get("uri") for el in catalog.iter() if el.tag.endswith("}uri")
    }
    imports = list(Graph().parse(ONTOLOGY / "hsct-kg-edit.ttl").objects(header, OWL.imports))
    assert imports
    for iri in imports:
        assert str(iri) in mapped, f"{iri} has no entry in catalog-v001.xml"
        assert (ONTOLOGY / mapped[str(iri)]).is_file()


def test_hierarchies(ontology: Graph):
    def ancestors(iri: str) -> set[str]:
        return {str(o) for o in ontology.transitive_objects(URIRef(HSCT + iri), RDFS.subClassOf)}

    assert HSCT + "intervention/stem-cell-transplantation" in ancestors("intervention/ahsct")
    assert HSCT + "intervention/hsct" in ancestors("intervention/non-myeloablative-selective-hsct")
    assert HSCT + "intervention/hsct" in ancestors("intervention/myeloablative-selective-hsct")
    assert HSCT + "disease/systemic-sclerosis" in ancestors("disease/diffuse-cutaneous-systemic-sclerosis")
    assert HSCT + "disease/multiple-sclerosis" in ancestors(
        "disease/relapsing-remitting-multiple-sclerosis")
    assert str(HKG.AdverseEvent) in ancestors("outcome/treatment-related-mortality")


def _reason(graph: Graph, tmp_path: Path) -> list[str]:
    """Run HermiT on ``graph``; return the IRIs of unsatisfiable classes."""
    path = tmp_path / "release.owl"
    path.write_bytes(serialize(graph, "owl"))
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load()
    owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    return sorted(c.iri for c in world.inconsistent_classes() if c is not owlready2.Nothing)


@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")
def test_hermit_finds_the_release_consistent(ontology: Graph, tmp_path: Path):
    assert _reason(ontology_release(ontology), tmp_path) == []


@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")
def test_hermit_catches_an_unsatisfiable_class(ontology: Graph, tmp_path: Path):
    release = ontology_release(ontology)
    odd = URIRef(HSCT + "disease/odd")
    release.add((odd, RDF.type, OWL.Class))
    release.add((odd, RDFS.subClassOf, HKG.Disease))
    release.add((odd, RDFS.subClassOf, HKG.Intervention))
    assert _reason(release, tmp_path) == [str(odd)]


def _owlcheck(path: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, OWLCHECK_BUILD=os.environ.get("OWLCHECK_BUILD", str(tmp_path / "owlcheck")))
    return subprocess.run(
        ["bash", str(OWLCHECK), "--fail-on-unlabeled", str(path)],
        check=False, capture_output=True, text=True, env=env, timeout=600,
    )


needs_owlcheck = pytest.mark.skipif(
    not OWLCHECK.is_file() or shutil.which("java") is None,
    reason="the shared owlcheck tool (OWL API, as Protégé loads) is not next to this repository",
)


@needs_owlcheck
def test_protege_loads_the_edit_file_offline(tmp_path: Path):
    run = _owlcheck(ONTOLOGY / "hsct-kg-edit.ttl", tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "OWL2-DL: YES" in run.stdout
    assert "MISSING-IMPORTS (could not be resolved/loaded): 0" in run.stdout
    assert "UNPARSED-TRIPLES (dropped by the OWL parser; Protege will not show them): 0" in run.stdout


@needs_owlcheck
def test_protege_loads_the_release(ontology: Graph, tmp_path: Path):
    release = tmp_path / "hsct-kg.owl"
    release.write_bytes(serialize(ontology_release(ontology), "owl"))
    run = _owlcheck(release, tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "OWL2-DL: YES" in run.stdout
