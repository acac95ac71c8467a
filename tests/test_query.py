"""SPARQL queries: pre-declared prefixes, result formats, located syntax errors."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
from kg_testing import MINI

from kg.build.pipeline import query_store
from kg.errors import QueryError
from kg.query import format_result, run_query
from kg.resources import find_project

RECOMMENDED = """SELECT ?intervention ?disease WHERE {
  ?intervention hkg:recommendedFor ?disease .
}"""


@pytest.fixture(scope="module")
def store():
    return query_store(find_project(MINI))


def test_select_with_built_in_prefixes_as_table(store):
    table = format_result(run_query(store, RECOMMENDED), "table")
    assert table.splitlines() == [
        "intervention        disease",
        "------------------  ----------",
        "intervention:ahsct  disease:ms",
        "(1 row)",
    ]


def test_select_as_sparql_results_json(store):
    data = json.loads(format_result(run_query(store, RECOMMENDED), "json"))
    assert data["head"]["vars"] == ["intervention", "disease"]
    assert data["results"]["bindings"] == [
        {
            "intervention": {
                "type": "uri",
                "value": "https://w3id.org/hsct-kg/resource/intervention/ahsct",
            },
            "disease": {"type": "uri", "value": "https://w3id.org/hsct-kg/resource/disease/ms"},
        }
    ]


def test_literals_in_json_keep_datatype_and_omit_xsd_string(store):
    query = "SELECT ?text ?position WHERE { statement:s1 hkg:text ?text ; hkg:position ?position }"
    [row] = json.loads(format_result(run_query(store, query), "json"))["results"]["bindings"]
    assert row["text"] == {"type": "literal", "value": row["text"]["value"]}
    assert row["position"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"


def test_select_as_csv_with_unbound_cells(store):
    query = """SELECT ?statement ?markers WHERE {
      ?statement a hkg:SourceStatement OPTIONAL { ?statement hkg:citationMarkers ?markers }
    } ORDER BY ?statement"""
    rows = list(csv.reader(io.StringIO(format_result(run_query(store, query), "csv"))))
    base = "https://w3id.org/hsct-kg/resource/statement/"
    assert rows == [
        ["statement", "markers"],
        [base + "s1", "1"],
        [base + "s2", ""],
        [base + "s3", "2, 3"],
    ]


def test_ask_and_construct(store):
    assert format_result(run_query(store, "ASK { ?c hkg:negated true }"), "table") == "true"
    assert json.loads(format_result(run_query(store, "ASK { ?c hkg:nothing ?x }"), "json")) == {
        "head": {},
        "boolean": False,
    }
    result = run_query(store, "CONSTRUCT { ?i hkg:improves ?o } WHERE { ?i hkg:improves ?o }")
    assert result.kind == "graph" and len(result.rows) == 1
    assert "hkg:improves" in format_result(result, "table")


def test_a_query_may_redeclare_a_built_in_prefix(store):
    query = "PREFIX claim: <urn:other/> SELECT * WHERE { claim:c1 ?p ?o }"
    assert run_query(store, query).rows == []


def test_syntax_error_reports_line_and_column_of_the_users_text(store):
    with pytest.raises(QueryError) as caught:
        run_query(store, "SELECT ?s WHERE {\n  ?s ?p ?o\n} LIMT 3")
    # Oxigraph reports where its parser gave up (after "LIMT 3"); the pre-declared prefixes
    # must not shift that position away from the user's own line 3.
    assert caught.value.position == (3, 9)
    assert str(caught.value).startswith("line 3, column 9: expected one of ")
    assert str(caught.value).endswith("  } LIMT 3\n          ^")


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("SELECT ?s WHERE {\n  ?s ?p ?o\n} LIMT 3", "LIMT at line 3, column 3"),
        ("SELECT ?s WHERE { ?s ?p ?o OPTINAL { ?s ?q ?r } }", "OPTINAL at line 1, column 28"),
        ("SELECT ?s WHERE { ?s ?p 1e3 } ORDRE BY ?s", "ORDRE at line 1, column 31"),
    ],
)
def test_a_word_that_is_no_keyword_is_named_with_the_likely_keyword(store, query, named):
    with pytest.raises(QueryError) as caught:
        run_query(store, query)
    message = caught.value.message
    assert f"{named} is not a SPARQL keyword; did you mean " in message
    # The position stays where the parser stopped; the slip comes with its own.
    assert message.startswith("expected") and caught.value.position is not None


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?s WHERE { ?s ?p 1e3 ",  # a number's exponent is not a word
        "SELECT (COUNT(?s) AS ?n) WHERE { ?s a ?o FILTER(lang(?o) = 'en' && true) ",
    ],
)
def test_controls_a_query_without_a_stray_word_names_none(store, query):
    with pytest.raises(QueryError) as caught:
        run_query(store, query)
    assert "is not a SPARQL keyword" not in str(caught.value)


def test_undeclared_prefix_is_named(store):
    with pytest.raises(QueryError) as caught:
        run_query(store, "SELECT * WHERE {\n  ?s nope:p ?o }")
    assert caught.value.position == (2, 6)
    assert "undeclared prefix 'nope:'" in caught.value.message


TRIPLE_TERM = 'SELECT ?t { BIND(<<( <http://a> <http://b> "x"@en )>> AS ?t) }'


def test_every_format_writes_triple_terms():
    store = ox.Store()
    result = run_query(store, TRIPLE_TERM)
    expected = next(iter(store.query(TRIPLE_TERM)))["t"]
    assert "<<( <http://a> <http://b> x )>>" in format_result(result, "table")
    # The JSON reads back, by pyoxigraph's own parser, as the very same term.
    written = format_result(result, "json").encode()
    parsed = ox.parse_query_results(written, format=ox.QueryResultsFormat.JSON)
    assert [row["t"] for row in parsed] == [expected]
    rows = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    # As pyoxigraph's CSV writer (the server's) spells a triple term: CSV is lossy by design.
    assert rows == [["t"], ["http://a http://b x"]]


def test_graph_with_triple_terms_as_json_is_a_clear_error():
    store = ox.Store()
    result = run_query(
        store, "CONSTRUCT { <http://a> <http://b> <<( <http://a> <http://b> 1 )>> } WHERE {}"
    )
    assert "<<(" in format_result(result, "table")
    with pytest.raises(QueryError, match="cannot be written as JSON-LD"):
        format_result(result, "json")
