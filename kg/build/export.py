"""Serialise the graph and the ontology, and write the release directory ``dist/``.

``dist/`` holds ``hsct-kg.ttl``, ``hsct-kg.nt`` and ``hsct-kg.jsonld`` (the whole graph:
ontology, data and derived triples) and the ontology alone as ``hsct-kg.owl`` (RDF/XML) and
``hsct-kg-ontology.ttl``: the edit file merged with its imports, without ``owl:imports`` so
Protégé needs no network, keeping ``owl:versionIRI``.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL

from kg.errors import ConfigError
from kg.fsutil import remove_dir, replace_dir, staging_dir
from kg.namespaces import HKG, PREFIXES, bind_prefixes

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


def write_dist(graph: Graph, ontology: Graph, out_dir: Path) -> list[Path]:
    """Write the release files into ``out_dir``, replacing it whole; return the paths written.

    Everything is written into a directory beside ``out_dir`` first and swapped in at the
    end, so a failure leaves the previous ``out_dir`` as it was.

    Raises:
        ConfigError: ``out_dir`` exists and holds anything but release files (it would be lost).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     [p.name for p in write_dist(Graph(), Graph(), Path(tmp) / "dist")]
    ['hsct-kg.ttl', 'hsct-kg.nt', 'hsct-kg.jsonld', 'hsct-kg.owl', 'hsct-kg-ontology.ttl']
    """
    out_dir = Path(out_dir)
    _check_replaceable(out_dir)
    release = ontology_release(ontology)
    contents = {
        "hsct-kg.ttl": lambda: serialize(graph, "ttl"),
        "hsct-kg.nt": lambda: serialize(graph, "nt"),
        "hsct-kg.jsonld": lambda: serialize(graph, "jsonld"),
        "hsct-kg.owl": lambda: serialize(release, "owl"),
        "hsct-kg-ontology.ttl": lambda: serialize(release, "ttl"),
    }
    staging = staging_dir(out_dir)
    try:
        for name in DIST_FILES:
            (staging / name).write_bytes(contents[name]())
        replace_dir(staging, out_dir)
    finally:
        remove_dir(staging)
    return [out_dir / name for name in DIST_FILES]


def _check_replaceable(out_dir: Path) -> None:
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
