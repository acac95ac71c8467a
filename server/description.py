"""The SPARQL 1.1 Service Description of the endpoint and the VoID description of its dataset.

Both are small RDF graphs built from the settings and from counts over the store; the counts are
computed once per process (they scan the whole store) and kept.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pyoxigraph as ox

from kg.build import counts
from server import conneg
from server.settings import Settings

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_SEE_ALSO = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#seeAlso")
DCTERMS_TITLE = ox.NamedNode("http://purl.org/dc/terms/title")
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")

#: W3C format IRIs of the media types the endpoint can answer with.
FORMAT_IRIS = {
    conneg.SPARQL_JSON: FORMATS + "SPARQL_Results_JSON",
    conneg.SPARQL_XML: FORMATS + "SPARQL_Results_XML",
    conneg.CSV: FORMATS + "SPARQL_Results_CSV",
    conneg.TSV: FORMATS + "SPARQL_Results_TSV",
    conneg.TURTLE: FORMATS + "Turtle",
    conneg.N_TRIPLES: FORMATS + "N-Triples",
    conneg.JSON_LD: FORMATS + "JSON-LD",
    conneg.RDF_XML: FORMATS + "RDF_XML",
}

# Partitions are listed in full only up to this many classes/properties; a user's own data may
# have thousands, and the description should stay a quick download.
MAX_PARTITIONS = 500

_COUNTS = """
SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects)
       (COUNT(DISTINCT ?p) AS ?properties) (COUNT(DISTINCT ?o) AS ?objects)
WHERE { ?s ?p ?o }
"""
_CLASSES = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n)
"""
_PROPERTIES = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n)"


@dataclass(frozen=True)
class DatasetStats:
    """Counts over the union of all graphs of the store but its class counts graph."""

    triples: int
    subjects: int
    properties: int
    objects: int
    classes: list[tuple[str, int]]
    property_partitions: list[tuple[str, int]]
    named_graphs: list[str]


def dataset_stats(store: ox.Store) -> DatasetStats:
    """Count what VoID describes, over every graph of ``store``.

    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("http://e/a"), RDF_TYPE, ox.NamedNode("http://e/C")))
    >>> dataset_stats(store).classes
    [('http://e/C', 1)]
    """
    # The store's class counts graph describes the data; it is not described as data.
    named = [g for g in store.named_graphs() if not counts.is_counts_graph(g)]
    union = {"default_graph": [ox.DefaultGraph(), *named]}
    row = next(store.query(_COUNTS, **union))
    classes = [
        (sol["class"].value, int(sol["n"].value))
        for sol in store.query(_CLASSES, **union)
        if isinstance(sol["class"], ox.NamedNode)
    ]
    props = [(sol["p"].value, int(sol["n"].value)) for sol in store.query(_PROPERTIES, **union)]
    graphs = sorted(g.value for g in named if isinstance(g, ox.NamedNode))
    return DatasetStats(
        triples=int(row["triples"].value),
        subjects=int(row["subjects"].value),
        properties=int(row["properties"].value),
        objects=int(row["objects"].value),
        classes=classes,
        property_partitions=props,
        named_graphs=graphs,
    )


class StatsCache:
    """Compute :func:`dataset_stats` once, on first use, for any number of threads."""

    def __init__(self, store: ox.Store):
        self._store = store
        self._lock = threading.Lock()
        self._stats: DatasetStats | None = None

    def get(self) -> DatasetStats:
        with self._lock:
            if self._stats is None:
                self._stats = dataset_stats(self._store)
            return self._stats


def _n(i: int) -> ox.Literal:
    return ox.Literal(str(i), datatype=XSD_INTEGER)


def service_description(
    endpoint: str, void_iri: str, settings: Settings, stats: DatasetStats
) -> list[ox.Triple]:
    """Describe the endpoint at ``endpoint`` as an ``sd:Service``."""
    svc = ox.NamedNode(endpoint)
    dataset = ox.NamedNode(void_iri + "#dataset")
    out = [
        ox.Triple(svc, RDF_TYPE, ox.NamedNode(SD + "Service")),
        ox.Triple(svc, ox.NamedNode(SD + "endpoint"), svc),
        ox.Triple(svc, ox.NamedNode(SD + "supportedLanguage"), ox.NamedNode(SD + "SPARQL11Query")),
        ox.Triple(
            svc,
            ox.NamedNode(SD + "defaultEntailmentRegime"),
            ox.NamedNode("http://www.w3.org/ns/entailment/Simple"),
        ),
        ox.Triple(svc, ox.NamedNode(SD + "feature"), ox.NamedNode(SD + "EmptyGraphs")),
        ox.Triple(svc, ox.NamedNode(SD + "defaultDataset"), dataset),
        ox.Triple(svc, RDFS_SEE_ALSO, ox.NamedNode(void_iri)),
    ]
    if settings.enable_update:
        out.append(
            ox.Triple(
                svc, ox.NamedNode(SD + "supportedLanguage"), ox.NamedNode(SD + "SPARQL11Update")
            )
        )
    if settings.allow_service:
        out.append(
            ox.Triple(svc, ox.NamedNode(SD + "feature"), ox.NamedNode(SD + "BasicFederatedQuery"))
        )
    for iri in FORMAT_IRIS.values():
        out.append(ox.Triple(svc, ox.NamedNode(SD + "resultFormat"), ox.NamedNode(iri)))
    default_graph = ox.BlankNode("defaultGraph")
    out += [
        ox.Triple(dataset, RDF_TYPE, ox.NamedNode(SD + "Dataset")),
        ox.Triple(dataset, ox.NamedNode(SD + "defaultGraph"), default_graph),
        ox.Triple(default_graph, RDF_TYPE, ox.NamedNode(SD + "Graph")),
    ]
    for i, name in enumerate(stats.named_graphs[:MAX_PARTITIONS]):
        node = ox.BlankNode(f"namedGraph{i}")
        out += [
            ox.Triple(dataset, ox.NamedNode(SD + "namedGraph"), node),
            ox.Triple(node, RDF_TYPE, ox.NamedNode(SD + "NamedGraph")),
            ox.Triple(node, ox.NamedNode(SD + "name"), ox.NamedNode(name)),
        ]
    return out


def void_description(
    endpoint: str, void_iri: str, stats: DatasetStats, title: str | None = None
) -> list[ox.Triple]:
    """Describe the served dataset with VoID: size, classes, properties, endpoint."""
    ds = ox.NamedNode(void_iri + "#dataset")
    v = VOID
    out = [
        ox.Triple(ds, RDF_TYPE, ox.NamedNode(v + "Dataset")),
        ox.Triple(ds, ox.NamedNode(v + "sparqlEndpoint"), ox.NamedNode(endpoint)),
        ox.Triple(ds, ox.NamedNode(v + "triples"), _n(stats.triples)),
        ox.Triple(ds, ox.NamedNode(v + "distinctSubjects"), _n(stats.subjects)),
        ox.Triple(ds, ox.NamedNode(v + "distinctObjects"), _n(stats.objects)),
        ox.Triple(ds, ox.NamedNode(v + "properties"), _n(stats.properties)),
        ox.Triple(ds, ox.NamedNode(v + "classes"), _n(len(stats.classes))),
    ]
    if title:
        out.append(ox.Triple(ds, DCTERMS_TITLE, ox.Literal(title)))
    for i, (cls, n) in enumerate(stats.classes[:MAX_PARTITIONS]):
        part = ox.BlankNode(f"class{i}")
        out += [
            ox.Triple(ds, ox.NamedNode(v + "classPartition"), part),
            ox.Triple(part, ox.NamedNode(v + "class"), ox.NamedNode(cls)),
            ox.Triple(part, ox.NamedNode(v + "entities"), _n(n)),
        ]
    for i, (prop, n) in enumerate(stats.property_partitions[:MAX_PARTITIONS]):
        part = ox.BlankNode(f"property{i}")
        out += [
            ox.Triple(ds, ox.NamedNode(v + "propertyPartition"), part),
            ox.Triple(part, ox.NamedNode(v + "property"), ox.NamedNode(prop)),
            ox.Triple(part, ox.NamedNode(v + "triples"), _n(n)),
        ]
    return out
