"""Compose the pipeline: load -> derive -> validate -> store -> export.

Each stage is a plain function of its input; this module only wires them together, so the
CLI and the server share one definition of "the built graph".
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.derive import derived_triples, derived_types
from kg.errors import ValidationFailed
from kg.export import write_dist
from kg.load import LoadedGraph, load_project
from kg.namespaces import bind_prefixes
from kg.resources import Project
from kg.shapes_sparql import UnsupportedShape, compile_shapes, validate_store
from kg.store import memory_store, open_store, write_store
from kg.validate import ValidationReport, load_shapes, validate

log = logging.getLogger(__name__)


@dataclass
class Prepared:
    """A loaded graph and its derivation: ``graph`` is loaded + derived triples.

    ``derived`` holds the shortcut triples; ``graph`` also holds the materialised types.
    """

    loaded: LoadedGraph
    derived: Graph
    graph: Graph


@dataclass
class BuildResult:
    """What a build produced."""

    prepared: Prepared
    report: ValidationReport
    store: ox.Store | None = None
    store_path: Path | None = None
    dist_files: list[Path] = field(default_factory=list)


def prepare(project: Project, files: Sequence[Path] | None = None) -> Prepared:
    """Load the ontology with the project data (or ``files`` instead) and derive shortcuts.

    Raises:
        ParseError, ConfigError, ShortcutTripleError: see :func:`kg.load.load_files`.

    >>> prepared = prepare(_example_project())
    >>> len(prepared.derived), len(prepared.graph) - len(prepared.loaded.graph)
    (1, 1)
    """
    loaded = load_project(project, files)
    added = derived_triples(loaded.graph)
    graph = bind_prefixes(Graph(bind_namespaces="none"))
    for triple in loaded.graph:
        graph.add(triple)
    for triple in added:
        graph.add(triple)
    for triple in derived_types(loaded.graph):
        graph.add(triple)
    return Prepared(loaded, added, graph)


def check(project: Project, prepared: Prepared, *, reference: bool = False) -> ValidationReport:
    """Validate a prepared graph against the project's shapes.

    By the shapes compiled to SPARQL on an Oxigraph copy of the graph (:mod:`kg.shapes_sparql`,
    the engine of every other path), or with ``reference`` by pySHACL, which gives the same
    report (tested) and stays as the reference. Shapes the compiler cannot express are
    validated by pySHACL, with a warning.

    >>> project = _example_project()
    >>> check(project, prepare(project)).conforms, check(project, prepare(project), reference=True).conforms
    (True, True)
    """
    shapes = load_shapes(project.shapes_files(), root=project.root)
    if not reference:
        try:
            checks = compile_shapes(shapes)
        except UnsupportedShape as exc:
            log.warning("validating with pySHACL: %s", exc)
        else:
            store = memory_store(prepared.graph)
            return validate_store(store, shapes, sources=prepared.loaded.sources, checks=checks)
    return validate(
        prepared.graph, shapes, ontology=prepared.loaded.ontology, sources=prepared.loaded.sources
    )


def build(
    project: Project,
    *,
    store_path: Path | None = None,
    out_dir: Path | None = None,
) -> BuildResult:
    """Load, derive and validate the project graph; then store it and export ``dist/``.

    Without ``store_path`` the store is built in memory and returned; with it, an on-disk
    store is written there (and not held open). Without ``out_dir`` nothing is exported.
    Nothing is written unless the graph conforms.

    Raises:
        ValidationFailed: the graph does not conform (its ``report`` says why).
        KGError: any input problem found on the way (parse errors, missing files, ...).

    >>> result = build(_example_project())
    >>> result.report.conforms, len(result.store), result.dist_files
    (True, 5, [])
    """
    prepared = prepare(project)
    report = check(project, prepared)
    if not report.conforms:
        raise ValidationFailed(report)
    result = BuildResult(prepared, report)
    if store_path is None:
        result.store = memory_store(prepared.graph)
    else:
        result.store_path = write_store(prepared.graph, store_path)
    if out_dir is not None:
        result.dist_files = write_dist(prepared.graph, prepared.loaded.ontology, out_dir)
    return result


# Above this much data (~150k triples of Turtle) Oxigraph builds faster than rdflib + pySHACL;
# below it both take seconds and rdflib's messages locate every result in its file.
ENGINE_THRESHOLD_BYTES = 10 * 2**20


def choose_engine(project: Project, files: Sequence[Path] | None = None) -> str:
    """``"oxigraph"`` when the data files are larger than ``ENGINE_THRESHOLD_BYTES``, else ``"rdflib"``.

    >>> choose_engine(_example_project())
    'rdflib'
    """
    data = project.data_files() if files is None else files
    size = sum(path.stat().st_size for path in data)
    return "oxigraph" if size > ENGINE_THRESHOLD_BYTES else "rdflib"


def query_store(project: Project, store_path: Path | None = None) -> ox.Store:
    """Open ``store_path`` read-only, or load and derive the project graph into memory.

    The in-memory graph is not validated: querying an invalid graph helps find what is wrong.

    >>> len(query_store(_example_project()))
    5
    """
    if store_path is not None:
        return open_store(store_path, read_only=True)
    return memory_store(prepare(project).graph)


def _example_project() -> Project:
    """A throwaway project with one claim, for the examples above."""
    import atexit
    import shutil
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="kg-example-"))
    atexit.register(shutil.rmtree, root, True)
    for name in ("ontology", "data", "shapes"):
        (root / name).mkdir()
    (root / "ontology" / "o.ttl").write_text(
        "@prefix hkg: <https://w3id.org/hsct-kg/ontology#> .\n"
        "hkg:improves hkg:objectSlot hkg:outcome .\n",
        encoding="utf-8",
    )
    (root / "data" / "d.ttl").write_text(
        "@prefix hkg: <https://w3id.org/hsct-kg/ontology#> .\n"
        "<urn:c> hkg:intervention <urn:i> ; hkg:predicate hkg:improves ; hkg:outcome <urn:o> .\n",
        encoding="utf-8",
    )
    return Project(root)
