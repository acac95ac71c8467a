"""Content negotiation and the SERVICE/LOAD lexer, as tables."""

import pytest

from server import conneg, policy
from server.conneg import CSV, JSON_LD, N_TRIPLES, RDF_XML, SPARQL_JSON, SPARQL_XML, TSV, TURTLE

S = conneg.SOLUTION_TYPES
G = conneg.GRAPH_TYPES


@pytest.mark.parametrize(
    ("accept", "offers", "expected"),
    [
        (None, S, SPARQL_JSON),
        ("", G, TURTLE),
        ("*/*", S, SPARQL_JSON),
        ("*/*", G, TURTLE),
        ("text/*", S, CSV),
        ("application/sparql-results+xml", S, SPARQL_XML),
        ("text/csv;q=0.9, application/sparql-results+xml", S, SPARQL_XML),
        ("text/csv;q=0.9, application/sparql-results+xml;q=0.8", S, CSV),
        ("text/tab-separated-values", S, TSV),
        ("application/json", S, SPARQL_JSON),
        ("application/xml", S, SPARQL_XML),
        ("application/n-triples, text/turtle;q=0.5", G, N_TRIPLES),
        ("application/ld+json", G, JSON_LD),
        ("application/rdf+xml;q=1.0, */*;q=0.1", G, RDF_XML),
        ("text/turtle;q=0, */*", G, N_TRIPLES),
        ("*/*;q=0.1, text/turtle;q=0", G, N_TRIPLES),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", G, TURTLE),
        ("image/png", S, None),
        ("image/png", G, None),
        ("application/sparql-results+json", G, None),
        ("text/turtle;q=0", G, None),
        ("TEXT/TURTLE", G, TURTLE),
        ("garbage;;q=x, text/csv", S, CSV),
    ],
)
def test_negotiate(accept, offers, expected):
    assert conneg.negotiate(accept, offers) == expected


@pytest.mark.parametrize(
    ("name", "formats", "offers", "expected"),
    [
        ("json", conneg.SOLUTION_FORMATS, S, SPARQL_JSON),
        ("xml", conneg.SOLUTION_FORMATS, S, SPARQL_XML),
        ("CSV", conneg.SOLUTION_FORMATS, S, CSV),
        ("tsv", conneg.SOLUTION_FORMATS, S, TSV),
        ("text/csv", conneg.SOLUTION_FORMATS, S, CSV),
        ("turtle", conneg.GRAPH_FORMATS, G, TURTLE),
        ("xml", conneg.GRAPH_FORMATS, G, RDF_XML),
        ("json", conneg.GRAPH_FORMATS, G, JSON_LD),
        ("nt", conneg.GRAPH_FORMATS, G, N_TRIPLES),
        ("turtle", conneg.SOLUTION_FORMATS, S, None),
        ("pdf", conneg.GRAPH_FORMATS, G, None),
    ],
)
def test_format_parameter(name, formats, offers, expected):
    assert conneg.from_format(name, formats, offers) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, False),
        ("gzip", True),
        ("gzip, deflate, br", True),
        ("deflate", False),
        ("gzip;q=0", False),
        ("*", True),
        ("*;q=0", False),
        ("*, gzip;q=0", False),
        ("identity, *;q=0.5", True),
    ],
)
def test_accepts_gzip(header, expected):
    assert conneg.accepts_encoding(header, "gzip") is expected


PRE = {"hkg": "https://w3id.org/hsct-kg/ontology#"}


@pytest.mark.parametrize(
    ("query", "form", "services"),
    [
        ("SELECT * { ?s ?p ?o }", "SELECT", []),
        ("ask {}", "ASK", []),
        ("PREFIX select: <http://x/> CONSTRUCT WHERE { ?s select:p ?o }", "CONSTRUCT", []),
        ("DESCRIBE <http://x/>", "DESCRIBE", []),
        ("SELECT * { SERVICE <http://a/sparql> { ?s ?p ?o } }", "SELECT", ["http://a/sparql"]),
        ("select * { service silent <http://a/> { ?s ?p ?o } }", "SELECT", ["http://a/"]),
        ("SELECT * {SERVICE<http://a/>{?s ?p ?o}}", "SELECT", ["http://a/"]),
        ("SELECT * { SERVICE ?ep { ?s ?p ?o } }", "SELECT", [None]),
        ("PREFIX e: <http://e/> SELECT * { SERVICE e:ep { ?s ?p ?o } }", "SELECT", ["http://e/ep"]),
        ("BASE <http://b/> SELECT * { SERVICE <ep> { ?s ?p ?o } }", "SELECT", ["http://b/ep"]),
        ("SELECT * { SERVICE hkg:x { ?s ?p ?o } }", "SELECT", [PRE["hkg"] + "x"]),
        # Not the keyword: inside literals, IRIs, comments, variables, prefixed names, lang tags.
        ("SELECT * { ?s ?p 'SERVICE <http://a/> {}' }", "SELECT", []),
        ('SELECT * { ?s ?p """multi\nSERVICE <http://a/> { }""" }', "SELECT", []),
        ('SELECT * { ?s ?p "it\'s \\" SERVICE" }', "SELECT", []),
        ("SELECT * { ?s ?p ?o } # SERVICE <http://a/> { }", "SELECT", []),
        ("SELECT ?service { ?service <http://x/SERVICE> ?o }", "SELECT", []),
        ("PREFIX service: <http://s/> SELECT * { ?s service:SERVICE ?o }", "SELECT", []),
        ("SELECT * { ?s ?p 'x'@service }", "SELECT", []),
        ("INSERT DATA { <http://a> <http://b> <http://c> }", "UPDATE", []),
    ],
)
def test_analyse(query, form, services):
    info = policy.analyse(query, PRE)
    assert (info.form, info.services) == (form, services)


def test_analyse_finds_load():
    info = policy.analyse("LOAD SILENT <http://evil/> INTO GRAPH <http://g/>", {})
    assert (info.form, info.loads) == ("UPDATE", ["http://evil/"])


@pytest.mark.parametrize(
    ("targets", "allowed", "refused"),
    [
        (["http://a/"], [], ["http://a/"]),
        (["http://a/"], ["http://a/"], []),
        (["http://a/", "http://b/"], ["http://a/"], ["http://b/"]),
        ([None], ["http://a/"], ["a variable endpoint"]),
        ([None, "http://b/"], ["*"], []),
    ],
)
def test_allow_list(targets, allowed, refused):
    assert policy.refused_targets(targets, allowed) == refused
