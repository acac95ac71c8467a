"""The ontology as served at its IRI: the OWL document for Protégé and the documentation page.

The served store holds the ontology merged with the data, so the ontology document is cut out of
it: every triple about a named class, property, concept scheme or named individual of the
vocabulary, the blank nodes those reach (restrictions, lists), the annotated axioms about them and
the class axioms written on blank nodes (``owl:AllDisjointClasses``). Left out are the derived
shortcut triples (they are data about the punned classes, not axioms), the ``owl:imports`` (the
imported declarations are in the store and so in the document, which then opens with no network,
as the release file does) and the headers of the imported ontologies.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.resources import query_text

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
OWL = "http://www.w3.org/2002/07/owl#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
HKG = "https://w3id.org/hsct-kg/ontology#"

#: Types whose named members belong to the ontology document.
SCHEMA_TYPES = tuple(
    ox.NamedNode(iri)
    for iri in (
        OWL + "Ontology",
        OWL + "Class",
        OWL + "ObjectProperty",
        OWL + "DatatypeProperty",
        OWL + "AnnotationProperty",
        OWL + "NamedIndividual",
        OWL + "Datatype",
        RDFS + "Datatype",
        SKOS + "ConceptScheme",
    )
)
#: Class axioms written on a blank node of their own.
BLANK_AXIOMS = tuple(
    ox.NamedNode(OWL + name)
    for name in ("AllDisjointClasses", "AllDisjointProperties", "AllDifferent")
)
_ANNOTATED_SOURCE = ox.NamedNode(OWL + "annotatedSource")
_IMPORTS = ox.NamedNode(OWL + "imports")
_ONTOLOGY = ox.NamedNode(OWL + "Ontology")
_SUB_PROPERTY = ox.NamedNode(RDFS + "subPropertyOf")
_SHORTCUT = ox.NamedNode(HKG + "shortcutRelation")
_DEFAULT = ox.DefaultGraph()


def ontology_triples(store: ox.Store, ontology_iri: str) -> list[ox.Triple]:
    """Cut the OWL ontology ``ontology_iri`` out of ``store`` (see the module docstring).

    >>> s = ox.Store(); c = ox.NamedNode("http://e/C")
    >>> s.add(ox.Quad(c, RDF_TYPE, ox.NamedNode(OWL + "Class")))
    >>> s.add(ox.Quad(ox.NamedNode("http://e/x"), RDF_TYPE, c))
    >>> [t.subject.value for t in ontology_triples(s, "http://e/onto")]
    ['http://e/C']
    """
    main = ox.NamedNode(ontology_iri)
    shortcuts = _shortcut_properties(store)
    roots: list = []
    for kind in SCHEMA_TYPES:
        for quad in store.quads_for_pattern(None, RDF_TYPE, kind, _DEFAULT):
            if isinstance(quad.subject, ox.NamedNode):
                if kind == _ONTOLOGY and quad.subject != main:
                    continue
                roots.append(quad.subject)
    named = set(roots)
    for kind in BLANK_AXIOMS:
        roots += [q.subject for q in store.quads_for_pattern(None, RDF_TYPE, kind, _DEFAULT)]
    for quad in store.quads_for_pattern(None, _ANNOTATED_SOURCE, None, _DEFAULT):
        if quad.object in named and isinstance(quad.subject, ox.BlankNode):
            roots.append(quad.subject)
    out: list[ox.Triple] = []
    seen: set = set()
    queue = list(dict.fromkeys(roots))
    while queue:
        subject = queue.pop()
        if subject in seen:
            continue
        seen.add(subject)
        for quad in store.quads_for_pattern(subject, None, None, _DEFAULT):
            if quad.predicate in shortcuts or quad.predicate == _IMPORTS:
                continue
            out.append(quad.triple)
            if isinstance(quad.object, ox.BlankNode):
                queue.append(quad.object)
    return out


def _shortcut_properties(store: ox.Store) -> set:
    found: set = set()
    queue = [_SHORTCUT]
    while queue:
        prop = queue.pop()
        for quad in store.quads_for_pattern(None, _SUB_PROPERTY, prop, _DEFAULT):
            if quad.subject not in found:
                found.add(quad.subject)
                queue.append(quad.subject)
    return found


@dataclass
class ClassNode:
    """A class in the browsable hierarchy."""

    iri: str
    label: str | None = None
    definition: str | None = None
    children: list[ClassNode] = field(default_factory=list)
    parents: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.label or self.iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@dataclass
class PropertyDoc:
    """A property with its kind, domains and ranges."""

    iri: str
    kind: str
    label: str | None = None
    definition: str | None = None
    domains: list[str] = field(default_factory=list)
    ranges: list[str] = field(default_factory=list)
    supers: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.label or self.iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@dataclass
class OntologyDoc:
    """What the documentation page shows."""

    roots: list[ClassNode]
    classes: dict[str, ClassNode]
    properties: list[PropertyDoc]
    schemes: list[tuple[str, str | None, list[tuple[str, str | None, str | None]]]]


def document(store: ox.Store) -> OntologyDoc:
    """Collect the class hierarchy, the properties and the concept schemes of ``store``.

    >>> s = ox.Store(); a, b = ox.NamedNode("http://e/A"), ox.NamedNode("http://e/B")
    >>> for c in (a, b): s.add(ox.Quad(c, RDF_TYPE, ox.NamedNode(OWL + "Class")))
    >>> s.add(ox.Quad(b, ox.NamedNode(RDFS + "subClassOf"), a))
    >>> [(r.iri, [c.iri for c in r.children]) for r in document(s).roots]
    [('http://e/A', ['http://e/B'])]
    """
    classes: dict[str, ClassNode] = {}
    for row in store.query(query_text("page-ontology-classes")):
        iri = row["class"].value
        node = classes.setdefault(iri, ClassNode(iri))
        node.label = node.label or _v(row["label"])
        node.definition = node.definition or _v(row["definition"])
        if row["super"] is not None and row["super"].value not in node.parents:
            node.parents.append(row["super"].value)
    for node in classes.values():
        for parent in node.parents:
            if parent in classes:
                classes[parent].children.append(node)
    for node in classes.values():
        node.children.sort(key=lambda c: c.name.lower())
    roots = sorted(
        (n for n in classes.values() if not any(p in classes for p in n.parents)),
        key=lambda n: (not n.iri.startswith(HKG) and not n.children, n.name.lower()),
    )
    props: dict[str, PropertyDoc] = {}
    for row in store.query(query_text("page-ontology-properties")):
        iri = row["property"].value
        kind = row["type"].value.rsplit("#", 1)[-1]
        prop = props.setdefault(iri, PropertyDoc(iri, kind))
        prop.label = prop.label or _v(row["label"])
        prop.definition = prop.definition or _v(row["definition"])
        target = {"domain": prop.domains, "range": prop.ranges}.get(_v(row["which"]) or "")
        if target is not None and row["class"] is not None and row["class"].value not in target:
            target.append(row["class"].value)
        if row["super"] is not None and row["super"].value not in prop.supers:
            prop.supers.append(row["super"].value)
    order = {"ObjectProperty": 0, "DatatypeProperty": 1, "AnnotationProperty": 2}
    properties = sorted(props.values(), key=lambda p: (order.get(p.kind, 3), p.name.lower()))
    schemes: dict[str, tuple[str, str | None, list]] = {}
    for row in store.query(query_text("page-ontology-concepts")):
        scheme = row["scheme"].value
        entry = schemes.setdefault(scheme, (scheme, _v(row["schemeLabel"]), []))
        entry[2].append((row["concept"].value, _v(row["label"]), _v(row["definition"])))
    return OntologyDoc(roots, classes, properties, list(schemes.values()))


def _v(term) -> str | None:
    return term.value if term is not None else None
