"""Run SPARQL queries on a pyoxigraph store and format the results.

The project prefixes are pre-declared through pyoxigraph's ``prefixes`` argument rather than
by prepending ``PREFIX`` lines, so a query's own declarations still win and the line and
column of a syntax error are those of the text the user wrote.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import QueryError
from kg.namespaces import PREFIXES, curie
from kg.terms import to_rdflib

FORMATS = ("table", "json", "csv")

_POSITION = re.compile(r"^error at (\d+):(\d+): ")
# Anchored at the end and read backwards over at most one name (see _pname_before): a plain
# search for this shape backtracks quadratically on a long run of name characters.
_NAME_CHARS = re.compile(r"[\w.-]*")


@dataclass(frozen=True)
class QueryResult:
    """A query's answer, materialised.

    ``kind`` is ``"select"`` (``variables`` and ``rows`` of pyoxigraph terms, None when
    unbound), ``"ask"`` (``boolean``) or ``"graph"`` (``rows`` of subject, predicate, object).
    """

    kind: str
    variables: list[str]
    rows: list[list[ox.NamedNode | ox.BlankNode | ox.Literal | None]]
    boolean: bool | None = None


def run_query(store: ox.Store, text: str, *, prefixes: dict[str, str] | None = None) -> QueryResult:
    """Evaluate the SPARQL query ``text`` on ``store`` with the project prefixes pre-declared.

    Raises:
        QueryError: the query is malformed (with its 1-based line and column) or fails to run.

    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("https://w3id.org/hsct-kg/resource/claim/c1"),
    ...     ox.NamedNode("https://w3id.org/hsct-kg/ontology#negated"), ox.Literal("x")))
    >>> run_query(store, "SELECT ?c WHERE { ?c hkg:negated ?v }").rows
    [[<NamedNode value=https://w3id.org/hsct-kg/resource/claim/c1>]]
    >>> run_query(store, "SELECT ?c WHERE { ?c hkg:negated ?v")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: line 1, column 36: ...
    """
    try:
        answer = store.query(text, prefixes=PREFIXES if prefixes is None else prefixes)
    except SyntaxError as err:
        raise _syntax_error(err, text) from None
    try:
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ask", [], [], bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            rows = [[solution[v] for v in variables] for solution in answer]
            return QueryResult("select", variables, rows)
        rows = [[t.subject, t.predicate, t.object] for t in answer]
        return QueryResult("graph", ["subject", "predicate", "object"], rows)
    except OSError as err:
        raise QueryError(f"query evaluation failed: {err}", None, text) from None


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render ``result`` as ``table`` (aligned text, CURIEs), ``json`` or ``csv``.

    ``json`` is SPARQL 1.1 Query Results JSON for SELECT and ASK, and JSON-LD for CONSTRUCT and
    DESCRIBE; ``csv`` is SPARQL 1.1 Query Results CSV (a graph becomes subject,predicate,object).

    >>> r = QueryResult("select", ["x"], [[ox.NamedNode("https://w3id.org/hsct-kg/ontology#C")]])
    >>> print(format_result(r, "table"))
    x
    -----
    hkg:C
    (1 row)
    >>> format_result(r, "csv").splitlines()
    ['x', 'https://w3id.org/hsct-kg/ontology#C']
    """
    if fmt == "table":
        return _table(result)
    if fmt == "json":
        return _json(result)
    if fmt == "csv":
        return _csv(result)
    raise ValueError(f"unknown result format {fmt!r}; expected one of {', '.join(FORMATS)}")


def _syntax_error(err: SyntaxError, text: str) -> QueryError:
    message = err.msg or str(err)
    match = _POSITION.match(message)
    if match is None:
        return QueryError(message, None, text)
    line, column = int(match[1]), int(match[2])
    message = message[match.end() :]
    if "Prefix not found" in message:
        # Oxigraph lists every character it would accept here; name the culprit instead.
        lines = text.splitlines()
        before = lines[line - 1][: column - 1] if 1 <= line <= len(lines) else ""
        found = _pname_before(before)
        if found is not None:
            prefix, start = found
            column = start + 1
            message = (
                f"undeclared prefix '{prefix}:'; declare it with PREFIX or use one of the "
                f"built-in prefixes ({', '.join(PREFIXES)})"
            )
    return QueryError(message.strip(), (line, column), text)


def _pname_before(text: str) -> tuple[str, int] | None:
    """The prefix and start of the prefixed name that ends ``text``, read in linear time.

    >>> _pname_before("SELECT * { ?s ex:p")
    ('ex', 14)
    >>> _pname_before("SELECT * { ?s :p")
    ('', 14)
    >>> _pname_before("SELECT ?s") is None
    True
    """
    reversed_text = text[::-1]
    local = _NAME_CHARS.match(reversed_text).end()
    if local >= len(text) or reversed_text[local] != ":":
        return None
    prefix = _NAME_CHARS.match(reversed_text, local + 1).end() - local - 1
    start = len(text) - local - 1 - prefix
    name = text[start : len(text) - local - 1]
    while name and not name[0].isalpha():
        # A prefix starts with a letter: digits, "_", "." or "-" before it are not part of it.
        name, start = name[1:], start + 1
    return name, start


def _cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    return curie(to_rdflib(term))


def _table(result: QueryResult) -> str:
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    cells = [[_cell(t) for t in row] for row in result.rows]
    widths = [len(v) for v in result.variables]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row)]

    def line(values: list[str]) -> str:
        return "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()

    out = [line(result.variables), "  ".join("-" * w for w in widths)]
    out.extend(line(row) for row in cells)
    count = len(cells)
    out.append(f"({count} row{'s' if count != 1 else ''})")
    return "\n".join(out)


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    value = {"type": "literal", "value": term.value}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        value["datatype"] = term.datatype.value
    return value


def _json(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean})
    if result.kind == "graph":
        from rdflib import Graph

        from kg.export import serialize

        graph = Graph()
        for s, p, o in result.rows:
            graph.add((to_rdflib(s), to_rdflib(p), to_rdflib(o)))
        return serialize(graph, "jsonld").decode("utf-8")
    bindings = [
        {var: _json_term(term) for var, term in zip(result.variables, row) if term is not None}
        for row in result.rows
    ]
    return json.dumps(
        {"head": {"vars": result.variables}, "results": {"bindings": bindings}},
        ensure_ascii=False,
        indent=2,
    )


def _csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
        return buffer.getvalue()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_csv_term(t) for t in row])
    return buffer.getvalue()


def _csv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value
