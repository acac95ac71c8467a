"""Result writing: the row count read off pyoxigraph's serialised documents is exact.

The row limit is checked on the bytes pyoxigraph wrote, so a miscount would either refuse a
legal result or let an over-limit one through. Each format is checked against a real parse of
the same document, on literals built to look like the markers the count relies on.
"""

from __future__ import annotations

import csv
import io
import random

import pyoxigraph as ox
import pytest

from kg import results
from server import conneg

FORMATS = list(results.QUERY_RESULTS_FORMATS.items())

# Literals that imitate the structure of the documents: JSON row separators, XML tags,
# CSV quotes and line breaks, TSV tabs.
NASTY = [
    'a"}},{"b',
    'x\\"}},{',
    '"}},{',
    '"}},{"',
    "}},{",
    "{}",
    "},{}",
    "<result>",
    "<result/>",
    'say "hi"',
    "line\r\nbreak",
    "line\nbreak",
    "tab\there",
    "comma, here",
    '"bindings":[]}}',
    "",
    "plain",
]


def store_with(values: list[ox.Literal | ox.NamedNode | None]) -> ox.Store:
    store = ox.Store()
    p = ox.NamedNode("http://example.org/p")
    for i, value in enumerate(values):
        s = ox.NamedNode(f"http://example.org/s{i}")
        store.add(ox.Quad(s, ox.NamedNode("http://example.org/row"), ox.Literal(str(i))))
        if value is not None:
            store.add(ox.Quad(s, p, value))
    return store


QUERY = """SELECT ?o ?s ?n WHERE {
  ?s <http://example.org/row> ?n . OPTIONAL { ?s <http://example.org/p> ?o }
} ORDER BY ?n"""


def actual_rows(body: bytes, fmt: ox.QueryResultsFormat) -> int:
    if fmt == ox.QueryResultsFormat.CSV:
        # pyoxigraph does not parse CSV results (the format is lossy); the csv module does.
        lines = list(csv.reader(io.StringIO(body.decode(), newline="")))
        return len(lines) - 1
    return sum(1 for _ in ox.parse_query_results(body, format=fmt))


@pytest.mark.parametrize("media_type, fmt", FORMATS, ids=[m for m, _ in FORMATS])
@pytest.mark.parametrize("seed", range(6))
def test_count_rows_is_exact_on_hostile_literals(media_type, fmt, seed):
    rng = random.Random(seed)
    values = []
    for _ in range(rng.randrange(0, 40)):
        pick = rng.random()
        if pick < 0.15:
            values.append(None)
        elif pick < 0.25:
            values.append(ox.Literal(rng.choice(NASTY), language="en"))
        elif pick < 0.35:
            values.append(ox.NamedNode(f"http://example.org/o{rng.randrange(5)}"))
        else:
            values.append(ox.Literal("".join(rng.choice(NASTY) for _ in range(3))))
    body = store_with(values).query(QUERY).serialize(format=fmt)
    assert results.count_rows(body, media_type) == actual_rows(body, fmt) == len(values)


@pytest.mark.parametrize("media_type, fmt", FORMATS, ids=[m for m, _ in FORMATS])
@pytest.mark.parametrize(
    "query, rows",
    [
        ("SELECT * {}", 1),
        ("SELECT ?x {}", 1),
        ("SELECT ?x { FILTER(false) }", 0),
        ("SELECT ?x ?y { VALUES (?x ?y) { (1 UNDEF) (UNDEF UNDEF) (UNDEF 2) } }", 3),
        ("SELECT ?t { BIND(<<( <http://e/a> <http://e/b> <http://e/c> )>> AS ?t) }", 1),
        (
            (
                "SELECT ?t ?x { VALUES (?t ?x) { (<<( <http://e/a> <http://e/b> 'x\\\"}},{' )>> 1)"
                " (<<( <http://e/a> <http://e/b> <http://e/c> )>> UNDEF)"
                " (<<( <http://e/a> <http://e/b> <http://e/c> )>> 'v') } }"
            ),
            3,
        ),
    ],
)
def test_count_rows_edge_shapes(media_type, fmt, query, rows):
    body = ox.Store().query(query).serialize(format=fmt)
    assert results.count_rows(body, media_type) == rows


def test_serialize_solutions_refuses_past_the_limit_and_falls_back_when_too_big():
    store = store_with([ox.Literal("v")] * 5)
    body, rows = results.serialize_solutions(store.query(QUERY), conneg.SPARQL_JSON, 5)
    assert rows == 5 and body.startswith(b'{"head"')
    with pytest.raises(results.TooManyRows):
        results.serialize_solutions(store.query(QUERY), conneg.SPARQL_JSON, 4)
    assert results.serialize_solutions(store.query(QUERY), conneg.CSV, 5, cap=10) is None
