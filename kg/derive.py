"""Derive the shortcut triple of every claim (the only way shortcut triples come to exist).

For each claim ``?c`` with ``hkg:intervention ?i ; hkg:predicate ?p``, where ``?p hkg:objectSlot
?slot`` and ``?c ?slot ?o``, and ``?c`` is not ``hkg:negated true``: add ``?i ?p ?o``.
The rule is the SPARQL query ``kg/queries/derive.rq``.
"""

from __future__ import annotations

from rdflib import Graph

from kg.namespaces import bind_prefixes
from kg.resources import query_text


def derived_triples(graph: Graph) -> Graph:
    """Return a new graph of only the shortcut triples ``graph`` implies; ``graph`` is unchanged.

    >>> from rdflib import URIRef
    >>> g = Graph().parse(format="turtle", data='''
    ...   @prefix hkg: <https://w3id.org/hsct-kg/ontology#> .
    ...   hkg:improves hkg:objectSlot hkg:outcome .
    ...   <urn:c1> hkg:intervention <urn:ahsct> ; hkg:predicate hkg:improves ;
    ...            hkg:outcome <urn:survival> .
    ...   <urn:c2> hkg:intervention <urn:ahsct> ; hkg:predicate hkg:improves ; hkg:outcome <urn:x> ;
    ...            hkg:negated true .
    ... ''')
    >>> [tuple(str(t) for t in triple) for triple in derived_triples(g)]
    [('urn:ahsct', 'https://w3id.org/hsct-kg/ontology#improves', 'urn:survival')]
    """
    result = bind_prefixes(Graph(bind_namespaces="none"))
    for triple in graph.query(query_text("derive")):
        result.add(triple)
    return result


def derive(graph: Graph) -> Graph:
    """Return a new graph: ``graph`` plus its derived shortcut triples; ``graph`` is unchanged.

    >>> g = Graph()
    >>> derive(g) is g, len(derive(g))
    (False, 0)
    """
    result = bind_prefixes(Graph(bind_namespaces="none"))
    for triple in graph:
        result.add(triple)
    for triple in derived_triples(graph):
        result.add(triple)
    return result
