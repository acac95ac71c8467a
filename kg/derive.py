"""Derive the shortcut triple of every claim (the only way shortcut triples come to exist).

For each claim ``?c`` with ``hkg:intervention ?i ; hkg:predicate ?p``, where ``?p hkg:objectSlot
?slot`` and ``?c ?slot ?o``, and ``?c`` is not negated, not a recommendation against and not a
draft: add ``?i ?p ?o``. The rule is the SPARQL query ``kg/queries/derive.rq``;
:func:`rederive_update` states the same rule as an update for stores that change in place.
"""

from __future__ import annotations

import re
from functools import cache

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


_CONSTRUCT = re.compile(
    r"CONSTRUCT\s*\{(?P<template>[^{}]*)\}\s*WHERE\s*(?P<where>\{.*\})\s*$", re.DOTALL
)
_PREFIX = re.compile(r"^\s*PREFIX\s+(\w*):\s*<([^>]*)>\s*$", re.MULTILINE | re.IGNORECASE)
_PNAME = re.compile(r"(?<![\w<])(\w+):(\w+)")
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_HKG = "https://w3id.org/hsct-kg/ontology#"


@cache
def rederive_update() -> str:
    """Return a SPARQL Update that replaces a store's shortcut triples with freshly derived ones.

    It is built from ``kg/queries/derive.rq`` so there is one statement of the rule. Its names
    are written as full IRIs: it must be able to follow a user's update in the same request
    (after ``;``), where the user's PREFIX or BASE declarations are in force and Oxigraph
    accepts no new prologue.

    >>> import pyoxigraph as ox
    >>> store = ox.Store()
    >>> store.update('''PREFIX hkg: <https://w3id.org/hsct-kg/ontology#>
    ...   INSERT DATA { hkg:improves hkg:objectSlot hkg:outcome .
    ...     hkg:improves <http://www.w3.org/2000/01/rdf-schema#subPropertyOf> hkg:shortcutRelation .
    ...     <urn:c1> hkg:intervention <urn:ahsct> ; hkg:predicate hkg:improves ; hkg:outcome <urn:os> .
    ...     <urn:old> hkg:improves <urn:stale> }''')
    >>> store.update(rederive_update())
    >>> sorted(str(q.subject) for q in store.quads_for_pattern(None,
    ...     ox.NamedNode("https://w3id.org/hsct-kg/ontology#improves"), None))
    ['<urn:ahsct>']
    """
    text = "\n".join(
        line for line in query_text("derive").splitlines() if not line.lstrip().startswith("#")
    )
    prefixes = dict(_PREFIX.findall(text))
    match = _CONSTRUCT.search(_PREFIX.sub("", text))
    if match is None:  # pragma: no cover - guards edits to derive.rq
        raise RuntimeError("kg/queries/derive.rq must be a single CONSTRUCT ... WHERE { } query")

    def expand(part: str) -> str:
        return _PNAME.sub(lambda m: f"<{prefixes[m[1]]}{m[2]}>", part)

    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ ?p <{_RDFS}subPropertyOf>+ <{_HKG}shortcutRelation> . "
        "?s ?p ?o } ;\n"
        f"INSERT {{{expand(match['template'])}}}\nWHERE {expand(match['where'])}\n"
    )
