"""What the query page's editor knows offline: the built-in prefixes and the vocabulary's terms.

Route of the ``editor`` blueprint:

``/query/vocabulary.json``  ``{"prefixes": {name: namespace}, "terms": [{"curie", "iri", "kind",
                            "label", "comment"}]}``: every named class, property and individual of
                            the loaded ontology that a built-in prefix abbreviates. The editor
                            completes prefixes and terms from it, and its lint flags a term of a
                            closed namespace (``hkg:``) that is not in it, with the nearest ones.

The list is read from the served store (so it follows the ontology the server loaded, and a remote
backend's) once per state of the store.
"""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, current_app, jsonify

from kg.namespaces import PREFIXES, curie
from server import pages
from server.pages import _cached

bp = Blueprint("editor", __name__)

# The declared terms; labels and comments in English or without a language tag.
TERMS = """
SELECT ?term (SAMPLE(?kind) AS ?k) (SAMPLE(?label) AS ?l) (SAMPLE(?comment) AS ?c) WHERE {
  VALUES ?kind {
    owl:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty rdf:Property
    owl:NamedIndividual
  }
  ?term a ?kind .
  FILTER isIRI(?term)
  OPTIONAL { ?term rdfs:label ?label FILTER (lang(?label) IN ("", "en")) }
  OPTIONAL { ?term rdfs:comment|skos:definition ?comment FILTER (lang(?comment) IN ("", "en")) }
}
GROUP BY ?term
"""

_KINDS = {
    "http://www.w3.org/2002/07/owl#Class": "class",
    "http://www.w3.org/2002/07/owl#ObjectProperty": "property",
    "http://www.w3.org/2002/07/owl#DatatypeProperty": "property",
    "http://www.w3.org/2002/07/owl#AnnotationProperty": "property",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#Property": "property",
    "http://www.w3.org/2002/07/owl#NamedIndividual": "individual",
}
_PROLOGUE = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())


def vocabulary_terms(store) -> list[dict[str, str]]:
    """The terms of ``store``'s vocabulary that a built-in prefix abbreviates, by CURIE.

    >>> import pyoxigraph as ox
    >>> s = ox.Store()
    >>> s.add(ox.Quad(ox.NamedNode(PREFIXES["hkg"] + "strength"),
    ...     ox.NamedNode(PREFIXES["rdf"] + "type"),
    ...     ox.NamedNode(PREFIXES["owl"] + "ObjectProperty")))
    >>> [(t["curie"], t["kind"]) for t in vocabulary_terms(s)]
    [('hkg:strength', 'property')]
    """
    from rdflib import URIRef

    out = []
    for row in store.query(_PROLOGUE + TERMS):
        iri = row["term"].value
        short = curie(URIRef(iri))
        if short.startswith("<"):
            continue
        out.append(
            {
                "curie": short,
                "iri": iri,
                "kind": _KINDS.get(row["k"].value, "term"),
                "label": row["l"].value if row["l"] is not None else "",
                "comment": row["c"].value if row["c"] is not None else "",
            }
        )
    out.sort(key=lambda t: t["curie"].lower())
    return out


@bp.route("/query/vocabulary.json")
def vocabulary():
    store = current_app.extensions["kg"]
    if isinstance(store, ox.Store):
        # Read like the pages' queries: in a query worker, within the time limit.
        store = pages._store()
    terms = _cached("editor-terms", lambda: vocabulary_terms(store))
    response = jsonify({"prefixes": PREFIXES, "terms": terms})
    # The ontology changes only with an update; a day-long cache would show stale completions.
    response.cache_control.no_cache = True
    return response
