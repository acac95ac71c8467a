"""The SPARQL 1.1 Service Description of the endpoint and the VoID description of its dataset.

Both are small RDF graphs built from the settings and from counts over the store. Counting
distinct subjects and objects scans the whole store (1.5 s at 100,000 claims, 17 s at a
million), and it used to be done again after every update. The counts are now taken once, as
the app starts (in the background, :mod:`server.indexes`), and moved by each committed change
(:class:`DatasetCounts`); the classes come from the class counts the build keeps in the store
and the properties from the property use counts (:mod:`server.property_usage`), so a
description after an update costs nothing but writing it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox

from kg.build import counts
from server import conneg
from server.property_usage import moved_counts
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


_TOTALS = """
SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects)
WHERE { ?s ?p ?o }
"""


@dataclass(frozen=True)
class _Counts:
    triples: int
    subjects: int
    objects: int
    classes: Mapping[str, int]  # class IRI -> distinct subjects typed with it, in any graph


class DatasetCounts:
    """What :func:`dataset_stats` counts but the properties, counted once and moved by each
    committed change: the number of quads (outside the counts graph), of distinct subjects and
    objects, and each class's distinct instances. Whether a subject or object is still used
    after a change, or was before it, is looked up in the store's indexes as the change is
    committed (:meth:`note`), a look-up per term the change touched.

    >>> store = ox.Store()
    >>> counted = DatasetCounts.open(store)()
    >>> from kg.update.change import Change
    >>> a, c = ox.NamedNode("http://e/a"), ox.NamedNode("http://e/C")
    >>> q = ox.Quad(a, RDF_TYPE, c)
    >>> store.add(q); counted.follow(counted.note(store, Change(frozenset(), frozenset({q}))))
    >>> counted.triples, counted.subjects, counted.objects, dict(counted.classes)
    (1, 1, 1, {'http://e/C': 1})
    """

    def __init__(self, found: _Counts):
        self._counts = found
        self._lock = threading.Lock()

    @classmethod
    def open(cls, store: ox.Store) -> Callable[[], DatasetCounts]:
        """Open the counts' reads of ``store`` as it is now; return what finishes them."""
        named = [g for g in store.named_graphs() if not counts.is_counts_graph(g)]
        union = {"default_graph": [ox.DefaultGraph(), *named]}
        totals = store.query(_TOTALS, **union)
        # The build's class counts describe the default graph: with no other graph they are
        # this description's classes, read instead of counting every rdf:type triple.
        kept = None if named else counts.counts(store)
        classes = None if kept is not None else store.query(_CLASSES, **union)

        def finish() -> DatasetCounts:
            row = next(totals)
            by_class = (
                {k: n for k, n in kept.items()}
                if kept is not None
                else {
                    sol["class"].value: int(sol["n"].value)
                    for sol in classes
                    if isinstance(sol["class"], ox.NamedNode)
                }
            )
            return cls(
                _Counts(
                    int(row["triples"].value),
                    int(row["subjects"].value),
                    int(row["objects"].value),
                    by_class,
                )
            )

        return finish

    @property
    def triples(self) -> int:
        return self._counts.triples

    @property
    def subjects(self) -> int:
        return self._counts.subjects

    @property
    def objects(self) -> int:
        return self._counts.objects

    @property
    def classes(self) -> Mapping[str, int]:
        return self._counts.classes

    @staticmethod
    def note(store: ox.Store, change) -> tuple[int, int, int, dict[str, int]]:
        """How ``change``, just committed to ``store``, moves the counts."""
        added = {q for q in change.added if not counts.is_counts_graph(q.graph_name)}
        removed = {q for q in change.removed if not counts.is_counts_graph(q.graph_name)}

        def moved(pattern, was_removed: bool) -> int:
            # Used now: a quad of the store matches; used before: one that was not added
            # matches, or one that was removed did.
            now = before = False
            for quad in store.quads_for_pattern(*pattern):
                if counts.is_counts_graph(quad.graph_name):
                    continue
                now = True
                if quad not in added:
                    before = True
                    break
            return int(now) - int(before or was_removed)

        gone_subjects = {q.subject for q in removed}
        gone_objects = {q.object for q in removed}
        gone_types = {(q.subject, q.object) for q in removed if q.predicate == RDF_TYPE}
        typed = {
            (q.subject, q.object)
            for q in added | removed
            if q.predicate == RDF_TYPE and isinstance(q.object, ox.NamedNode)
        }
        classes: dict[str, int] = {}
        for s, k in typed:
            delta = moved((s, RDF_TYPE, k, None), (s, k) in gone_types)
            if delta:
                classes[k.value] = classes.get(k.value, 0) + delta
        return (
            len(added) - len(removed),
            sum(
                moved((s, None, None, None), s in gone_subjects)
                for s in {q.subject for q in added} | gone_subjects
            ),
            sum(
                moved((None, None, o, None), o in gone_objects)
                for o in {q.object for q in added} | gone_objects
            ),
            classes,
        )

    def follow(self, noted: tuple[int, int, int, dict[str, int]]) -> None:
        """Move the counts by what :meth:`note` found of a change."""
        triples, subjects, objects, classes = noted
        with self._lock:
            now = self._counts
            # Replaced whole, so a description read meanwhile sees one state or the other.
            self._counts = _Counts(
                now.triples + triples,
                now.subjects + subjects,
                now.objects + objects,
                moved_counts(now.classes, classes),
            )


def kept_stats(
    store: ox.Store, dataset: DatasetCounts, properties: Mapping[str, int]
) -> DatasetStats:
    """:func:`dataset_stats` from the kept counts: no scan of the store."""
    named = [g for g in store.named_graphs() if not counts.is_counts_graph(g)]
    return DatasetStats(
        triples=dataset.triples,
        subjects=dataset.subjects,
        properties=len(properties),
        objects=dataset.objects,
        classes=sorted(dataset.classes.items(), key=lambda item: (-item[1], item[0])),
        property_partitions=sorted(properties.items(), key=lambda item: (-item[1], item[0])),
        named_graphs=sorted(g.value for g in named if isinstance(g, ox.NamedNode)),
    )


def named_graphs(store: ox.Store) -> list[str]:
    """The named graphs the service description lists (not the class counts graph)."""
    return sorted(
        g.value
        for g in store.named_graphs()
        if isinstance(g, ox.NamedNode) and not counts.is_counts_graph(g)
    )


class StatsCache:
    """The dataset's statistics for one state of the store: from the kept counts when
    ``kept`` gives them (a local store), else computed once, on first use (a remote store)."""

    def __init__(self, store: ox.Store, kept: Callable[[], DatasetStats] | None = None):
        self._store = store
        self._kept = kept
        self._lock = threading.Lock()
        self._stats: DatasetStats | None = None

    def get(self) -> DatasetStats:
        if self._kept is not None:
            return self._kept()
        with self._lock:
            if self._stats is None:
                self._stats = dataset_stats(self._store)
            return self._stats

    def named_graphs(self) -> list[str]:
        """The named graphs, without counting anything when the store is local."""
        if self._kept is not None:
            return named_graphs(self._store)
        return self.get().named_graphs


def _n(i: int) -> ox.Literal:
    return ox.Literal(str(i), datatype=XSD_INTEGER)


def service_description(
    endpoint: str, void_iri: str, settings: Settings, graphs: list[str]
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
    for i, name in enumerate(graphs[:MAX_PARTITIONS]):
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
