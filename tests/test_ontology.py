"""The ontology: QC queries, HermiT consistency through owlready2, and how Protégé loads it: the
edit file and the release loaded with Debian's OWL API by the project's own program,
tests/owlapi/OntologyLoad.java, compiled here with javac (skipped, saying what is missing, only
without a JDK or libowlapi-java); broken fixtures in tests/data/owl show each check can fail."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import owlready2
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.build.export import ontology_release, serialize
from kg.namespaces import HKG

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology"
QC = sorted((ONTOLOGY / "qc").glob("*-violation.rq"))
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
    mapped = {el.get("name"): el.get("uri") for el in catalog.iter() if el.tag.endswith("}uri")}
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
    assert HSCT + "disease/systemic-sclerosis" in ancestors(
        "disease/diffuse-cutaneous-systemic-sclerosis"
    )
    assert HSCT + "disease/multiple-sclerosis" in ancestors(
        "disease/relapsing-remitting-multiple-sclerosis"
    )
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


# Debian's OWL API (libowlapi-java) and the libraries it loads, as Debian names their jars.
JARS = Path("/usr/share/java")
OWLAPI = [
    "owlapi-distribution", "guava", "commons-rdf-api", "commons-io", "caffeine", "hppcrt", "xz",
    "atinject-jsr330-api", "rdf4j-model", "rdf4j-model-api", "rdf4j-rio-api", "rdf4j-util",
    "slf4j-api", "slf4j-jdk14",
]  # fmt: skip
LOADER = Path(__file__).parent / "owlapi" / "OntologyLoad.java"
FIXTURES = Path(__file__).parent / "data" / "owl"


def _owlapi_missing() -> list[str]:
    missing = [tool for tool in ("java", "javac") if shutil.which(tool) is None]
    return missing + [str(JARS / f"{n}.jar") for n in OWLAPI if not (JARS / f"{n}.jar").exists()]


@pytest.fixture(scope="session")
def protege_load(tmp_path_factory):
    """A function loading ontology files as Protégé does (tests/owlapi/OntologyLoad.java, compiled
    once per session) -> (exit status, {file: {key: [values]}})."""
    missing = _owlapi_missing()
    if missing:
        pytest.skip(
            "the OWL API check needs a JDK and Debian's libowlapi-java (missing: "
            + ", ".join(missing)
            + ")"
        )
    classes = tmp_path_factory.mktemp("owlapi")
    classpath = [str(JARS / f"{name}.jar") for name in OWLAPI]
    built = subprocess.run(
        ["javac", "-cp", ":".join(classpath), "-d", str(classes), str(LOADER)],
        check=False,
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, f"{LOADER.name} does not compile:\n{built.stderr}"

    def run(*files: Path) -> tuple[int, dict[Path, dict[str, list[str]]], str]:
        done = subprocess.run(
            ["java", "-cp", ":".join([str(classes), *classpath]), "OntologyLoad", *map(str, files)],
            check=False,
            capture_output=True,
            text=True,
            timeout=600,
        )
        reports: dict[Path, dict[str, list[str]]] = {}
        report: dict[str, list[str]] = {}
        for line in done.stdout.splitlines():
            key, _, value = line.partition(": ")
            if key == "file":
                report = reports.setdefault(Path(value), {})
            report.setdefault(key, []).append(value)
        return done.returncode, reports, done.stdout + done.stderr

    return run


def _assert_opens_cleanly(report: dict[str, list[str]], output: str) -> None:
    assert report["result"] == ["ok"], output
    assert report["missing-imports"] == ["0"], output
    assert report["unparsed-triples"] == ["0"], output
    assert report["owl2-dl"] == ["yes"], output
    assert report["unlabelled-entities"] == ["0"], output


def test_protege_loads_the_edit_file_offline(protege_load):
    edit = ONTOLOGY / "hsct-kg-edit.ttl"
    status, reports, output = protege_load(edit)
    assert status == 0, output
    report = reports[edit]
    _assert_opens_cleanly(report, output)
    assert report["format"] == ["Turtle Syntax"]
    assert report["ontology"] == ["https://w3id.org/hsct-kg/ontology"]
    # Each import came from the file catalog-v001.xml names, not from the web.
    assert report["import"] == [
        "https://w3id.org/hsct-kg/ontology/imports/external-terms -> "
        + f"file:{ONTOLOGY / 'imports' / 'external-terms.ttl'}"
    ]


@pytest.fixture(scope="module")
def release_file(ontology: Graph, tmp_path_factory) -> Path:
    release = tmp_path_factory.mktemp("release") / "hsct-kg.owl"
    release.write_bytes(serialize(ontology_release(ontology), "owl"))
    return release


def test_protege_loads_the_release(protege_load, release_file: Path):
    status, reports, output = protege_load(release_file)
    assert status == 0, output
    _assert_opens_cleanly(reports[release_file], output)
    assert reports[release_file]["format"] == ["RDF/XML Syntax"]


def test_the_release_has_one_ontology_header(ontology: Graph):
    headers = set(ontology_release(ontology).subjects(RDF.type, OWL.Ontology))
    assert headers == {URIRef("https://w3id.org/hsct-kg/ontology")}


@pytest.fixture(scope="module")
def broken_reports(protege_load):
    """The broken fixtures of tests/data/owl, loaded in one run: (exit status, reports)."""
    names = ["missing-import", "illegal-punning", "dropped-triple", "unlabelled", "syntax-error"]
    status, reports, output = protege_load(*(FIXTURES / f"{n}.ttl" for n in names))
    return status, {path.stem: report for path, report in reports.items()}, output


def test_protege_load_reports_imports_that_do_not_resolve(broken_reports):
    status, reports, output = broken_reports
    report = reports["missing-import"]
    assert report["result"] == ["missing-imports"], output
    assert report["missing-imports"] == ["2"]
    assert report["import"] == [
        "http://example.org/fixture/terms -> " + f"file:{FIXTURES / 'terms.ttl'}"
    ]
    gone, unmapped = report["missing-import"]
    assert gone.startswith("http://example.org/fixture/gone: catalog-v001.xml maps it to ")
    assert gone.endswith("gone.ttl, which does not exist")
    assert unmapped == (
        "http://example.org/fixture/unmapped: no entry in catalog-v001.xml (not fetched: offline)"
    )
    assert status == 1  # the syntax-error fixture was not loaded at all


def test_protege_load_reports_illegal_punning_as_not_owl2_dl(broken_reports):
    _, reports, output = broken_reports
    report = reports["illegal-punning"]
    assert report["result"] == ["owl2-dl"], output
    assert report["owl2-dl"] == ["no"]
    assert report["owl2-dl-violation"] == [
        "IllegalPunning: <http://example.org/fixture/size> is both ObjectProperty and DataProperty"
    ]


def test_protege_load_reports_triples_the_parser_drops(broken_reports):
    _, reports, output = broken_reports
    report = reports["dropped-triple"]
    assert "unparsed-triples" in report["result"][0].split(), output
    assert report["unparsed-triples"] == ["1"]
    (triple,) = report["unparsed-triple"]
    assert triple.endswith(
        " http://www.w3.org/2002/07/owl#onProperty http://example.org/fixture/partOf"
    )


def test_protege_load_reports_unlabelled_entities(broken_reports):
    _, reports, output = broken_reports
    report = reports["unlabelled"]
    assert report["result"] == ["unlabelled"], output
    assert report["unlabelled"] == ["Class http://example.org/fixture/Nameless"]


def test_protege_load_reports_a_syntax_error_with_its_position(broken_reports):
    _, reports, output = broken_reports
    report = reports["syntax-error"]
    assert report["result"] == ["not-loaded"], output
    # The parser of the file's own syntax comes first, then the other parsers Protégé tried.
    first = report["parse-error"][0]
    assert first.startswith("Turtle Syntax (TurtleOntologyParser): line 10, column 1: "), first
    assert "ex:Whole" in first
