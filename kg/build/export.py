"""Stage **export**: serialise the built graph and the ontology into the release directory.

``dist/`` holds ``hsct-kg.ttl``, ``hsct-kg.nt`` and ``hsct-kg.jsonld`` (the whole graph:
ontology, data and derived triples) and the ontology alone as ``hsct-kg.owl`` (RDF/XML) and
``hsct-kg-ontology.ttl``: the edit file merged with its imports, without ``owl:imports`` so
Protégé needs no network, keeping ``owl:versionIRI``.

The graph is read from the built store. Up to :data:`READABLE_LIMIT` triples rdflib writes
it for people: one block per subject, JSON-LD compacted with the project's prefixes, and
N-Triples sorted so that two builds of the same graph compare equal. Past that, rdflib would
need a kilobyte of Python objects per triple, so Oxigraph streams the files from the store
(the same triples, with the project prefixes in the Turtle).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import OWL

from kg.errors import ConfigError
from kg.fsutil import remove_dir, replace_dir, staging_dir
from kg.namespaces import HKG, PREFIXES, bind_prefixes
from kg.terms import to_rdflib

FORMATS: dict[str, tuple[str, str]] = {
    "ttl": ("turtle", "Turtle"),
    "nt": ("nt", "N-Triples"),
    "jsonld": ("json-ld", "JSON-LD"),
    "owl": ("xml", "RDF/XML"),
}
"""Export format name -> (rdflib serialiser, description)."""

DIST_FILES = (
    "hsct-kg.ttl",
    "hsct-kg.nt",
    "hsct-kg.jsonld",
    "hsct-kg.owl",
    "hsct-kg-ontology.ttl",
)


def serialize(graph: Graph, fmt: str) -> bytes:
    """Serialise ``graph`` as ``fmt`` (one of :data:`FORMATS`) with the project prefixes.

    N-Triples lines are sorted so that two builds of the same graph compare equal.

    >>> from rdflib import RDF, URIRef
    >>> g = Graph(); _ = g.add((URIRef("https://w3id.org/hsct-kg/resource/claim/c1"),
    ...     URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
    ...     URIRef("https://w3id.org/hsct-kg/ontology#Claim")))
    >>> print(serialize(g, "ttl").decode().strip())
    @prefix claim: <https://w3id.org/hsct-kg/resource/claim/> .
    @prefix hkg: <https://w3id.org/hsct-kg/ontology#> .
    <BLANKLINE>
    claim:c1 a hkg:Claim .
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    rdflib_format = FORMATS[fmt][0]
    out = _with_prefixes(graph)
    if rdflib_format == "nt":
        lines = out.serialize(format="nt", encoding="utf-8").splitlines(keepends=True)
        return b"".join(sorted(line for line in lines if line.strip()))
    if rdflib_format == "json-ld":
        return out.serialize(
            format="json-ld", context=dict(PREFIXES), auto_compact=True, encoding="utf-8"
        )
    return out.serialize(format=rdflib_format, encoding="utf-8")


def ontology_release(ontology: Graph) -> Graph:
    """Return a copy of ``ontology`` without ``owl:imports`` (its imports are merged in).

    The imported files' own ``owl:Ontology`` headers go too: a file with two headers opens in
    the OWL API (and Protégé) as whichever comes first, which is not always the project's.

    >>> from rdflib import RDF, URIRef
    >>> o = Graph(); _ = o.add((URIRef("urn:o"), OWL.imports, URIRef("urn:i")))
    >>> _ = o.add((URIRef("urn:o"), OWL.versionIRI, URIRef("urn:o/1")))
    >>> _ = o.add((URIRef("urn:i"), RDF.type, OWL.Ontology))
    >>> sorted(p.n3() for p in ontology_release(o).predicates())
    ['<http://www.w3.org/2002/07/owl#versionIRI>']
    """
    imported = set(ontology.objects(None, OWL.imports))
    release = bind_prefixes(Graph(bind_namespaces="none"))
    for triple in ontology:
        if triple[1] != OWL.imports and triple[0] not in imported:
            release.add(triple)
    return release


READABLE_LIMIT = 150_000
"""Graphs up to this many triples are written by rdflib, for people (see the module's text)."""

_OXIGRAPH_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def store_graph(store: ox.Store) -> Graph:
    """The default graph of ``store`` as an rdflib graph with the project prefixes bound.

    >>> s = ox.Store(); s.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal("x")))
    >>> [o.n3() for o in store_graph(s).objects()]
    ['"x"']
    """
    graph = bind_prefixes(Graph(bind_namespaces="none"))
    for quad in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return graph


def data_bytes(store: ox.Store, fmt: str) -> bytes:
    """The store's default graph serialised as ``fmt`` (``ttl``, ``nt`` or ``jsonld``)."""
    graph = store_graph(store) if len(store) <= READABLE_LIMIT else None
    return _data(store, graph, fmt)


DATA_FILES = {"nt": "hsct-kg.nt", "ttl": "hsct-kg.ttl", "jsonld": "hsct-kg.jsonld"}
"""Export format -> the file of ``dist/`` holding the whole graph in it."""


def write_data(
    store: ox.Store,
    directory: Path,
    formats: Iterable[str] = ("nt", "ttl", "jsonld"),
    cancelled: Callable[[], bool] = lambda: False,
) -> None:
    """Write the graph's files of ``dist/`` in ``formats`` into ``directory``.

    ``cancelled`` is asked between files: a build whose validation failed stops its export.
    """
    graph = store_graph(store) if len(store) <= READABLE_LIMIT else None
    for fmt in formats:
        if cancelled():
            return
        _data(store, graph, fmt, directory / DATA_FILES[fmt])


def write_files(
    store: ox.Store,
    ontology: Graph,
    directory: Path,
    cancelled: Callable[[], bool] = lambda: False,
) -> None:
    """Write every file of :data:`DIST_FILES` into ``directory`` (which must exist)."""
    write_data(store, directory, cancelled=cancelled)
    if cancelled():
        return
    release = ontology_release(ontology)
    (directory / "hsct-kg.owl").write_bytes(serialize(release, "owl"))
    (directory / "hsct-kg-ontology.ttl").write_bytes(serialize(release, "ttl"))


def _data(store: ox.Store, graph: Graph | None, fmt: str, output: Path | None = None):
    """``fmt`` bytes of the graph (or written to ``output``): by rdflib from ``graph`` when
    given, else streamed by Oxigraph from ``store``.

    N-Triples always come from Oxigraph, term for term as stored (rdflib would normalise
    literals such as ``"01"^^xsd:integer``, and the disk store is loaded from this file);
    beside ``graph`` they are sorted, so two builds of the same graph compare equal.
    """
    if graph is None:
        options = {"prefixes": dict(PREFIXES)} if fmt == "ttl" else {}
        return store.dump(
            output, format=_OXIGRAPH_FORMATS[fmt], from_graph=ox.DefaultGraph(), **options
        )
    if fmt == "nt":
        lines = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        data = b"".join(sorted(lines.splitlines(keepends=True)))
    else:
        data = serialize(graph, fmt)
    if output is None:
        return data
    output.write_bytes(data)
    return None


def write_dist(store: ox.Store, ontology: Graph, out_dir: Path) -> list[Path]:
    """Write the release files into ``out_dir``, replacing it whole; return the paths written.

    Everything is written into a directory beside ``out_dir`` first and swapped in at the
    end, so a failure leaves the previous ``out_dir`` as it was.

    Raises:
        ConfigError: ``out_dir`` exists and holds anything but release files (it would be lost).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     [p.name for p in write_dist(ox.Store(), Graph(), Path(tmp) / "dist")]
    ['hsct-kg.ttl', 'hsct-kg.nt', 'hsct-kg.jsonld', 'hsct-kg.owl', 'hsct-kg-ontology.ttl']
    """
    out_dir = Path(out_dir)
    check_replaceable(out_dir)
    staging = staging_dir(out_dir)
    try:
        write_files(store, ontology, staging)
        replace_dir(staging, out_dir)
    finally:
        remove_dir(staging)
    return [out_dir / name for name in DIST_FILES]


def check_replaceable(out_dir: Path) -> None:
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise ConfigError(f"{out_dir}: exists and is not a directory")
    foreign = sorted(p.name for p in out_dir.iterdir() if p.name not in DIST_FILES)
    if foreign:
        shown = ", ".join(foreign[:3]) + (", ..." if len(foreign) > 3 else "")
        raise ConfigError(
            f"{out_dir}: holds files a build did not write ({shown}); the whole directory is "
            "replaced on export, so choose an empty or new directory"
        )


def _with_prefixes(graph: Graph) -> Graph:
    if dict(graph.namespaces()).get("hkg") == URIRef(str(HKG)):
        return graph
    # Bind on a copy: serialising must not alter the caller's graph.
    out = bind_prefixes(Graph(bind_namespaces="none"))
    for triple in graph:
        out.add(triple)
    return out
