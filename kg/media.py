"""Media types of the answers the project writes: SPARQL results and RDF syntaxes.

The library writes answers in them (:mod:`kg.results`); the server negotiates among them
(``server.conneg``).
"""

SPARQL_JSON = "application/sparql-results+json"
SPARQL_XML = "application/sparql-results+xml"
CSV = "text/csv"
TSV = "text/tab-separated-values"
TURTLE = "text/turtle"
N_TRIPLES = "application/n-triples"
JSON_LD = "application/ld+json"
RDF_XML = "application/rdf+xml"
TRIG = "application/trig"
N_QUADS = "application/n-quads"
HTML = "text/html"
JSON = "application/json"
