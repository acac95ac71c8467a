"""Run SPARQL queries on a pyoxigraph store and format the results.

The project prefixes are pre-declared through pyoxigraph's ``prefixes`` argument rather than
by prepending ``PREFIX`` lines, so a query's own declarations still win and the line and
column of a syntax error are those of the text the user wrote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from kg import media, results
from kg.errors import QueryError
from kg.namespaces import PREFIXES, curie
from kg.sparql_scan import QUERY_FORMS, UPDATE_WORDS, form_word, line_column, tokens
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
        raise syntax_error(err, text) from None
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


def _written(result: QueryResult, fmt: str) -> str:
    """JSON or CSV by the writers the server answers with (:mod:`kg.results`)."""
    if result.kind == "ask":
        media_type = media.SPARQL_JSON if fmt == "json" else media.CSV
        return results.write_boolean(bool(result.boolean), media_type).decode("utf-8")
    if result.kind == "graph" and fmt == "json":
        triples = [ox.Triple(s, p, o) for s, p, o in result.rows]
        try:
            return results.write_triples(triples, media.JSON_LD, PREFIXES).decode("utf-8")
        except OSError as err:
            raise QueryError(
                f"this graph cannot be written as JSON-LD ({err}); use --format table or csv"
            ) from None
    media_type = media.SPARQL_JSON if fmt == "json" else media.CSV
    return results.write_solutions(result.variables, result.rows, media_type).decode("utf-8")


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
    if fmt in ("json", "csv"):
        return _written(result, fmt)
    raise ValueError(f"unknown result format {fmt!r}; expected one of {', '.join(FORMATS)}")


# The parser lists every character class it would have accepted; those lists run to many lines
# of Unicode ranges and bury the useful alternatives (keywords, "Prefix not found").
_CHAR_CLASSES = re.compile(r"\"(?:[^\"\\]|\\.)*\"|(,?\s*\[(?:'[^']*'|[^\]'])*\])")


def form_mismatch(text: str, *, update: bool = False) -> QueryError | None:
    """An update where a query is expected (or the reverse), as an error at its first word.

    >>> print(form_mismatch("PREFIX e: <http://e/>\\nINSERT DATA { e:a e:b 1 }"))
    line 2, column 1: this is an update (INSERT), not a query; send it as an update
      INSERT DATA { e:a e:b 1 }
      ^
    >>> form_mismatch("SELECT * {}") is None
    True
    """
    form = form_word(text)
    first = form.text.upper() if form is not None else ""
    if not update and first in UPDATE_WORDS:
        message = f"this is an update ({first}), not a query; send it as an update"
    elif update and first in QUERY_FORMS:
        message = f"this is a query ({first}), not an update; send it as a query"
    else:
        return None
    return QueryError(message, line_column(text, form.offset), text)


def syntax_error(
    err: SyntaxError,
    text: str,
    *,
    update: bool = False,
    prefixes: Iterable[str] = tuple(PREFIXES),
) -> QueryError:
    """Turn pyoxigraph's parse error into a :class:`QueryError` a person can act on.

    One formatter for the CLI and the server: the position is in ``text`` as written (the
    pre-bound ``prefixes`` are passed to the parser apart, never prepended), lists of character
    classes are dropped, and common slips get a sentence of their own: an empty text, an
    undeclared prefix, an update where a query was expected and the reverse, and a bare word
    that is no SPARQL keyword before where the parser stopped (with the keyword it is likely a
    slip of).

    >>> def parse(q):
    ...     try:
    ...         ox.Store().query(q, prefixes=PREFIXES)
    ...     except SyntaxError as err:
    ...         return str(syntax_error(err, q)).splitlines()[0]
    >>> parse("  # nothing")
    'the query is empty: write a SELECT, ASK, CONSTRUCT or DESCRIBE query'
    >>> parse("SELECT * { ?s zz:p ?o }")
    "line 1, column 15: undeclared prefix 'zz:'; declare it with PREFIX or use a built-in one (hkg, ..."
    >>> parse("SELECT * WHERE { ?s ?p ?o } LIMT 3")
    'line 1, column 35: expected one of HAVING, OFFSET, OPTIONAL, VALUES (the parser stopped here; before it, LIMT at line 1, column 29 is not a SPARQL keyword; did you mean LIMIT?)'
    """
    message = err.msg or str(err)
    toks = list(tokens(text))
    if not toks:
        forms = (
            "an INSERT, DELETE or other update"
            if update
            else "a SELECT, ASK, CONSTRUCT or DESCRIBE query"
        )
        return QueryError(f"the {'update' if update else 'query'} is empty: write {forms}")
    mismatch = form_mismatch(text, update=update)
    if mismatch is not None:
        return mismatch
    match = _POSITION.match(message)
    if match is None:
        return QueryError(message, None, text)
    line, column = int(match[1]), int(match[2])
    message = message[match.end() :]
    message = _CHAR_CLASSES.sub(lambda m: "" if m.group(1) else m.group(0), message)
    message = message.strip().rstrip(",")
    undeclared = _undeclared_prefix(toks, prefixes)
    if undeclared is not None:
        # The parser stops somewhere after the name, with a list of what could have followed;
        # the name itself is the mistake.
        name, offset = undeclared
        line, column = line_column(text, offset)
        known = ", ".join(prefixes) or "none"
        message = (
            f"undeclared prefix '{name}:'; declare it with PREFIX or use a built-in one ({known})"
        )
    else:
        if message in ("expected", "expected one of"):
            message = "the text ends too early or has a character the grammar does not allow here"
        stop = _offset(text, line, column)
        unknown = _unknown_word(toks, text, stop)
        if unknown is not None:
            # The parser names where it gave up, often words after the slip: name the slip.
            word, offset = unknown
            at_line, at_column = line_column(text, offset)
            near = _nearest_keyword(word)
            guess = f"; did you mean {near}?" if near else ""
            message += (
                f" (the parser stopped here; before it, {word} at line {at_line}, column "
                f"{at_column} is not a SPARQL keyword{guess})"
            )
    return QueryError(message, (line, column), text)


#: Every bare word SPARQL 1.1 (and 1.2's triple terms) allows, lower case: keywords, function
#: names, ``a``, ``true``/``false``.
_WORDS = (
    "a base prefix select distinct reduced construct describe ask from named where order by "
    "limit offset filter optional graph asc desc as having undef values group minus in not "
    "service silent using insert delete union true false with data copy to move add create "
    "drop clear load into default all separator bind exists version lateral "
    "str lang langmatches datatype bound sameterm isiri isuri iri uri bnode count sum min "
    "max avg sample group_concat rand abs ceil floor round concat substr strlen replace "
    "ucase lcase encode_for_uri contains strstarts strends strbefore strafter year month day "
    "hours minutes seconds timezone tz now uuid struuid md5 sha1 sha256 sha384 sha512 "
    "coalesce if strlang strdt isnumeric regex isblank isliteral triple subject predicate "
    "object istriple langdir strlangdir haslang haslangdir adjust"
)
SPARQL_WORDS = frozenset(_WORDS.split())
#: Keywords a slip is compared with for "did you mean" (short words match too much).
_KEYWORDS = sorted(w.upper() for w in SPARQL_WORDS if len(w) > 2)


def _offset(text: str, line: int, column: int) -> int:
    lines = text.splitlines(keepends=True)
    return sum(len(x) for x in lines[: line - 1]) + column - 1


def _unknown_word(toks, text: str, before: int) -> tuple[str, int] | None:
    """The first bare word before offset ``before`` that no SPARQL grammar rule allows.

    >>> q = "SELECT * { ?s ?p 1e3 } LIMT 3"
    >>> _unknown_word(list(tokens(q)), q, 30)
    ('LIMT', 23)
    """
    for tok in toks:
        if tok.offset >= before:
            break
        if tok.kind != "word" or tok.text.lower() in SPARQL_WORDS:
            continue
        if tok.offset and text[tok.offset - 1 : tok.offset].isdigit():
            continue  # the exponent of a number (1e3) or the like
        return tok.text, tok.offset
    return None


def _nearest_keyword(word: str) -> str | None:
    """The keyword ``word`` is a slip of (two edits or fewer, one for short words), if any.

    >>> _nearest_keyword("LIMT"), _nearest_keyword("OPTINAL"), _nearest_keyword("xyzzy")
    ('LIMIT', 'OPTIONAL', None)
    """
    upper = word.upper()
    allowed = 1 if len(upper) <= 4 else 2
    best = None
    for keyword in _KEYWORDS:
        d = _distance(upper, keyword, allowed)
        if d <= allowed and (best is None or d < best[0]):
            best = (d, keyword)
    return best[1] if best else None


def _distance(a: str, b: str, limit: int) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _undeclared_prefix(toks, prefixes: Iterable[str]) -> tuple[str, int] | None:
    known = set(prefixes)
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.kind == "word" and tok.text.upper() == "PREFIX" and i + 1 < len(toks):
            known.add(toks[i + 1].text.partition(":")[0])
            i += 2
            continue
        if tok.kind == "pname":
            name = tok.text.partition(":")[0]
            if name not in known:
                return name, tok.offset
        i += 1
    return None


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
    if isinstance(term, ox.Triple):
        return f"<<( {_cell(term.subject)} {_cell(term.predicate)} {_cell(term.object)} )>>"
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
