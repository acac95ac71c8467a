"""A second, independent SHACL engine agrees with pySHACL: Apache Jena's, run as a subprocess.

The shapes must load in any conforming engine (every prefix their SPARQL uses is declared with
sh:declare) and give the same results. Jena validates the built graph, every broken variant of
tests/data/shapes/mini-valid.ttl that tests/test_shapes.py checks, and the mini project with each
broken data file of tests/data/broken/ that the shapes reject; each report is compared with pySHACL's by
(focus node, constraint component, path, named shape). Jena comes from Debian's
``libapache-jena-java`` (jars in /usr/share/java); the test skips, saying what is missing, only
where Java, javac or those jars are absent.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from kg_testing import BROKEN, MINI
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import SH
from test_shapes import CASES, PROLOGUE
from test_shapes import MINI as MINI_VALID

from kg.build.derive import derive
from kg.build.load import load_files, load_project
from kg.build.validate import load_shapes, validate
from kg.resources import find_project

JARS = Path("/usr/share/java")
LAUNCHER = Path(__file__).parent / "jena" / "ShaclReport.java"
# Jena's modules and the libraries they load, as Debian names their jars.
JENA = ["jena-arq", "jena-base", "jena-cmds", "jena-core", "jena-iri", "jena-shacl", "jena-shex"]
LIBRARIES = [
    "commons-cli", "commons-codec", "commons-compress", "commons-csv", "commons-io",
    "commons-lang3", "dexx.collection", "gson", "guava", "jackson-annotations", "jackson-core",
    "jackson-databind", "jsonld-java", "titanium-json-ld", "thrift", "protobuf", "slf4j-api",
    "slf4j-nop",
]  # fmt: skip
# The broken data files that SHACL rejects (malformed.ttl does not parse; shortcut.ttl is
# refused by the loader before any validation).
PARSEABLE_BROKEN = ["missing-outcome.ttl", "misspelt.ttl"]


def _missing() -> list[str]:
    missing = [tool for tool in ("java", "javac") if shutil.which(tool) is None]
    missing += [
        f"{JARS}/{name}.jar" for name in JENA + LIBRARIES if not (JARS / f"{name}.jar").exists()
    ]
    return missing


@pytest.fixture(scope="module")
def jena(tmp_path_factory):
    """A function running Jena's SHACL validator on (shapes, [data files]) -> report graphs."""
    missing = _missing()
    if missing:
        pytest.skip(
            "Apache Jena's SHACL engine is not available (missing: " + ", ".join(missing) + "); "
            "install Debian's libapache-jena-java and a JDK (default-jdk-headless) to run it"
        )
    work = tmp_path_factory.mktemp("jena")
    classpath = [str(JARS / f"{name}.jar") for name in JENA + LIBRARIES]
    # Debian's jena-core moves the bundled Xerces classes to the package `xerces` but leaves
    # their message files under org/apache/jena/ext/xerces/, where those classes do not look:
    # without a copy at the place they look, Jena fails while initialising its datatypes.
    resources = work / "resources"
    with zipfile.ZipFile(JARS / "jena-core.jar") as jar:
        prefix = "org/apache/jena/ext/xerces/"
        for name in jar.namelist():
            if name.startswith(prefix) and name.endswith(".properties"):
                target = resources / "xerces" / name[len(prefix) :]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(name))
    classes = work / "classes"
    subprocess.run(
        ["javac", "-cp", ":".join(classpath), "-d", str(classes), str(LAUNCHER)],
        check=True,
        capture_output=True,
        text=True,
    )
    path = ":".join([str(resources), str(classes), *classpath])

    def run(shapes: Path, data: list[Path]) -> list[Graph]:
        reports = [d.with_suffix(".report.nt") for d in data]
        args = [str(shapes)]
        for d, r in zip(data, reports):
            args += [str(d), str(r)]
        done = subprocess.run(
            ["java", "-cp", path, "ShaclReport", *args],
            check=False,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, f"Jena refused {shapes.name}: {done.stderr.strip()[-2000:]}"
        return [Graph().parse(r, format="nt") for r in reports]

    return run


def result_keys(report: Graph) -> set[tuple]:
    """What a validation result says, in terms both engines name the same way."""
    keys = set()
    for result in report.objects(None, SH.result):
        path = report.value(result, SH.resultPath)
        shape = report.value(result, SH.sourceShape)
        keys.add(
            (
                str(report.value(result, SH.focusNode)),
                str(report.value(result, SH.sourceConstraintComponent)),
                str(path)
                if isinstance(path, URIRef)
                else ("(path)" if isinstance(path, BNode) else None),
                str(shape) if isinstance(shape, URIRef) else None,
            )
        )
    return keys


def conforms(report: Graph) -> bool:
    return any(o.toPython() is True for o in report.objects(None, SH.conforms))


# ---------------------------------------------------------------- the fixtures


@pytest.fixture(scope="module")
def project_fixtures(project, prepared, tmp_path_factory) -> dict[str, Graph]:
    """The built graph and every broken variant of mini-valid.ttl, as derived graphs."""
    graphs = {"built-graph": prepared.graph}
    mini = load_files([MINI_VALID], ontology_files=project.ontology_files())
    for case_id, update, _focus, _words in CASES:
        graph = Graph()
        for triple in mini.graph:
            graph.add(triple)
        graph.update(PROLOGUE + update)
        graphs[case_id] = derive(graph)
    return graphs


@pytest.fixture(scope="module")
def mini_fixtures() -> dict[str, Graph]:
    """The mini project with each broken data file that parses added to it."""
    project = find_project(MINI)
    graphs = {"mini-project": derive(load_project(project).graph)}
    for name in PARSEABLE_BROKEN:
        graph = Graph()
        for triple in load_project(project).graph:
            graph.add(triple)
        graph.parse(BROKEN / name, format="turtle")
        graphs[name] = derive(graph)
    return graphs


def _run_all(jena, shapes_files, graphs, directory: Path) -> dict[str, Graph]:
    shapes = load_shapes(shapes_files)
    shapes_path = directory / "shapes.ttl"
    shapes.serialize(shapes_path, format="turtle")
    paths = []
    for name, graph in graphs.items():
        path = directory / f"{name}.nt"
        graph.serialize(path, format="nt", encoding="utf-8")
        paths.append(path)
    return dict(zip(graphs, jena(shapes_path, paths)))


@pytest.fixture(scope="module")
def jena_project_reports(jena, project, project_fixtures, tmp_path_factory):
    return _run_all(jena, project.shapes_files(), project_fixtures, tmp_path_factory.mktemp("p"))


@pytest.fixture(scope="module")
def jena_mini_reports(jena, mini_fixtures, tmp_path_factory):
    shapes = find_project(MINI).shapes_files()
    return _run_all(jena, shapes, mini_fixtures, tmp_path_factory.mktemp("m"))


# ---------------------------------------------------------------- the comparisons

PROJECT_IDS = ["built-graph", *[case[0] for case in CASES]]


@pytest.mark.parametrize("name", PROJECT_IDS)
def test_jena_agrees_with_pyshacl_on_the_project_shapes(
    name, project, project_fixtures, jena_project_reports
):
    shapes = load_shapes(project.shapes_files())
    ours = validate(project_fixtures[name], shapes)
    theirs = jena_project_reports[name]
    assert conforms(theirs) == ours.conforms == (name == "built-graph")
    assert result_keys(theirs) == result_keys(ours.graph)


@pytest.mark.parametrize("name", ["mini-project", *PARSEABLE_BROKEN])
def test_jena_agrees_with_pyshacl_on_the_mini_project(name, mini_fixtures, jena_mini_reports):
    shapes = load_shapes(find_project(MINI).shapes_files())
    ours = validate(mini_fixtures[name], shapes)
    theirs = jena_mini_reports[name]
    assert conforms(theirs) == ours.conforms == (name == "mini-project")
    assert result_keys(theirs) == result_keys(ours.graph)


def test_jena_refuses_a_sparql_constraint_with_an_undeclared_prefix(jena, tmp_path):
    """The portability the sh:declare block buys: without it Jena does not load the shapes."""
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        """@prefix sh: <http://www.w3.org/ns/shacl#> .
<urn:s> sh:declare [ sh:prefix "ex" ; sh:namespace "urn:ex:" ] .
<urn:S> a sh:NodeShape ; sh:targetNode <urn:x> ; sh:sparql [ sh:prefixes <urn:s> ;
    sh:select "SELECT $this WHERE { $this dcterms:title ?t }" ] .
""",
        encoding="utf-8",
    )
    data = tmp_path / "data.nt"
    data.write_text("<urn:x> <urn:p> <urn:y> .\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="Unresolved prefixed name: dcterms:title"):
        jena(shapes, [data])
