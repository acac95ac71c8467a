"""Competency questions: each tests/competency/NN-*.rq runs on the built graph and must give
exactly the answers in its NN-*.tsv (rows compared as a multiset, or in order when the query
orders them). The expected answers were worked out from the source text, not from the graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.namespaces import curie
from kg.query import run_query
from kg.terms import to_rdflib

COMPETENCY = Path(__file__).parent / "competency"
QUERIES = sorted(COMPETENCY.glob("*.rq"))


def cell(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    return curie(to_rdflib(term))


def expected_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    header, *rows = path.read_text(encoding="utf-8").rstrip("\n").split("\n")
    return header.split("\t"), [row.split("\t") for row in rows]


def test_there_are_at_least_twelve_questions():
    assert len(QUERIES) >= 12
    assert all(q.with_suffix(".tsv").exists() for q in QUERIES)


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_competency_question(query: Path, built_store: ox.Store):
    text = query.read_text(encoding="utf-8")
    assert text.startswith("# "), "each question states itself in a leading comment"
    result = run_query(built_store, text)
    variables, rows = expected_rows(query.with_suffix(".tsv"))
    got = [[cell(term) for term in row] for row in result.rows]
    assert result.variables == variables
    if "ORDER BY" in text:
        assert got == rows
    else:
        assert sorted(got) == sorted(rows)
