"""Prefixes and namespaces of the hsct-kg model contract.

Every serialisation and every query the project produces binds the same prefixes, so a
CURIE printed by one tool can be pasted into another.
"""

from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.term import Node

ONTOLOGY_BASE = "https://w3id.org/hsct-kg/ontology#"
RESOURCE_BASE = "https://w3id.org/hsct-kg/resource/"

HKG = Namespace(ONTOLOGY_BASE)

_RESOURCE_KINDS = (
    "source",
    "statement",
    "claim",
    "reference",
    "section",
    "organisation",
    "publication",
    "population",
    "disease",
    "intervention",
    "outcome",
    "process",
    "curation",
)

PREFIXES: dict[str, str] = {
    "hkg": ONTOLOGY_BASE,
    **{kind: f"{RESOURCE_BASE}{kind}/" for kind in _RESOURCE_KINDS},
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "obo": "http://purl.obolibrary.org/obo/",
    "oboInOwl": "http://www.geneontology.org/formats/oboInOwl#",
    "sh": "http://www.w3.org/ns/shacl#",
}
"""Prefix name -> namespace IRI, in the order they are written out."""

# Longest namespace first, so a resource IRI gets its kind prefix rather than a shorter match.
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda item: len(item[1]), reverse=True)


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project prefixes on ``graph``'s namespace manager (mutates it) and return it.

    Existing bindings of the same prefix names are replaced, so rdflib's defaults such as
    ``dcterms`` vs ``dc`` cannot win over the contract.

    >>> g = bind_prefixes(Graph(bind_namespaces="none"))
    >>> dict(g.namespaces())["hkg"]
    rdflib.term.URIRef('https://w3id.org/hsct-kg/ontology#')
    """
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, URIRef(namespace), override=True, replace=True)
    return graph


def curie(term: Node, prefixes: dict[str, str] | None = None) -> str:
    """Return a readable form of ``term``: a CURIE when a prefix fits, else N-Triples syntax.

    >>> curie(HKG.outcome)
    'hkg:outcome'
    >>> curie(URIRef("https://w3id.org/hsct-kg/resource/claim/c1"))
    'claim:c1'
    >>> curie(URIRef("http://example.org/x"))
    '<http://example.org/x>'
    """
    if isinstance(term, URIRef):
        ordered = (
            _BY_LENGTH
            if prefixes is None
            else sorted(prefixes.items(), key=lambda item: len(item[1]), reverse=True)
        )
        value = str(term)
        for prefix, namespace in ordered:
            local = value[len(namespace) :]
            if value.startswith(namespace) and _is_simple_local(local):
                return f"{prefix}:{local}"
    return term.n3()


def _is_simple_local(local: str) -> bool:
    # A conservative subset of PN_LOCAL: anything unusual is shown as a full IRI instead of an
    # invalid CURIE.
    return local == "" or (
        all(ch.isalnum() or ch in "_-." for ch in local)
        and not local.endswith(".")
        and not local.startswith(("-", "."))
    )
