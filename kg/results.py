"""Write query results in the negotiated format, refusing results above the row limit.

SELECT results are written by pyoxigraph's own serialisers (:func:`serialize_solutions`), which
are several times faster than building the document in Python. pyoxigraph serialises an
iterator to its end and cannot stop at N rows, so the row limit is checked on the finished
bytes, before any of them is sent: :func:`count_rows` counts the rows of each format exactly
from markers that only the serialiser's structure produces. A result too large to hold is
written here in Python instead (:func:`write_solutions`), stopping at the limit. Graph results
are collected up to the limit and handed to pyoxigraph's RDF serialisers.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg import media

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

QUERY_RESULTS_FORMATS: Mapping[str, ox.QueryResultsFormat] = {
    media.SPARQL_JSON: ox.QueryResultsFormat.JSON,
    media.SPARQL_XML: ox.QueryResultsFormat.XML,
    media.CSV: ox.QueryResultsFormat.CSV,
    media.TSV: ox.QueryResultsFormat.TSV,
}

#: Largest SELECT result held in memory to be written natively and counted (bytes); a larger
#: one is written in Python, which stops at the row limit instead of holding every row.
MAX_NATIVE_BYTES = 256 * 1024 * 1024

#: The endpoint's default limit on the bytes of one answer (the ``max_result_bytes`` setting).
MAX_RESULT_BYTES = 64 * 1024 * 1024

RDF_FORMATS: Mapping[str, ox.RdfFormat] = {
    media.TURTLE: ox.RdfFormat.TURTLE,
    media.N_TRIPLES: ox.RdfFormat.N_TRIPLES,
    media.JSON_LD: ox.RdfFormat.JSON_LD,
    media.RDF_XML: ox.RdfFormat.RDF_XML,
    media.TRIG: ox.RdfFormat.TRIG,
    media.N_QUADS: ox.RdfFormat.N_QUADS,
}


class TooManyRows(Exception):
    """The result has more rows than allowed; nothing has been written."""

    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(
            f"the result has more than {limit} rows, the limit of this endpoint; "
            "add LIMIT (and OFFSET to page through it) or ask for a smaller result"
        )


def take(items: Iterable, limit: int) -> list:
    """Return all of ``items`` as a list, or raise :class:`TooManyRows` past ``limit``.

    >>> take(range(3), 3)
    [0, 1, 2]
    >>> take(range(4), 3)
    Traceback (most recent call last):
    kg.results.TooManyRows: the result has more than 3 rows, ...
    """
    out = []
    for item in items:
        if len(out) == limit:
            raise TooManyRows(limit)
        out.append(item)
    return out


class TooLarge(Exception):
    """The written result is larger than allowed; nothing of it is sent."""

    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(
            f"the result is larger than {limit} bytes, the limit of this endpoint; "
            "add LIMIT (and OFFSET to page through it) or select fewer or shorter values"
        )


class _Overflow(Exception):
    """The serialised result grew past :data:`MAX_NATIVE_BYTES`."""


class _CappedBuffer:
    """A binary sink for pyoxigraph's serialisers that refuses to grow past ``cap`` bytes."""

    def __init__(self, cap: int):
        self.parts: list[bytes] = []
        self.size = 0
        self.cap = cap

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.cap:
            raise _Overflow()
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def serialize_solutions(
    answer: ox.QuerySolutions, media_type: str, max_rows: int, *, cap: int = MAX_NATIVE_BYTES
) -> tuple[bytes, int] | None:
    """Write SELECT ``answer`` with pyoxigraph's serialiser; return ``(body, rows)``.

    Returns ``None`` when the document would exceed ``cap`` bytes (``answer`` is then spent:
    run the query again and write it with :func:`take` and :func:`write_solutions`).

    Raises:
        TooManyRows: the result has more than ``max_rows`` rows; nothing is returned to send.

    >>> store = ox.Store()
    >>> answer = store.query("SELECT ?x { VALUES ?x { 1 2 } }")
    >>> serialize_solutions(answer, media.TSV, 10)
    (b'?x\\n1\\n2\\n', 2)
    >>> serialize_solutions(store.query("SELECT ?x { VALUES ?x { 1 2 } }"), media.TSV, 1)
    Traceback (most recent call last):
    kg.results.TooManyRows: the result has more than 1 rows, ...
    """
    sink = _CappedBuffer(cap)
    try:
        answer.serialize(sink, format=QUERY_RESULTS_FORMATS[media_type])
    except _Overflow:
        return None
    body = b"".join(sink.parts)
    rows = count_rows(body, media_type)
    if rows > max_rows:
        raise TooManyRows(max_rows)
    return body, rows


# pyoxigraph's JSON results are compact: a row is an object of term objects, so a row that
# follows a non-empty row starts right after '}},{"' (the previous row's last term object and
# the row closing), followed by the first character of a variable name. Nothing else in the
# document has that shape: a '"' inside a string is always escaped, so in a literal the
# sequence can only end the string's content with its closing quote as the '"', and then what
# follows is '}' or ',' (the end of the term object or its next key), which no variable name
# starts with. Empty rows ('{}') break the pattern; a document with '{}' anywhere is parsed.
_JSON_ROW_AFTER_ROW = re.compile(rb'\}\},\{"(?![},])')
_JSON_HEAD = re.compile(rb'\A\{"head":\{"vars":\[[^\]]*\]\},"results":\{"bindings":\[')


def count_rows(body: bytes, media_type: str) -> int:
    """Return the number of rows of a SELECT result document written by pyoxigraph.

    >>> store = ox.Store()
    >>> count_rows(store.query("SELECT ?x { VALUES ?x { 1 2 } }").serialize(
    ...     format=ox.QueryResultsFormat.JSON), media.SPARQL_JSON)
    2
    """
    if media_type == media.TSV:
        # Line breaks inside terms are escaped, so each line is a row (after the header).
        return body.count(b"\n") - 1
    if media_type == media.SPARQL_XML:
        # '<' is escaped in text and attribute values, so the element tag is the row.
        return body.count(b"<result>") + body.count(b"<result/>")
    if media_type == media.CSV:
        if b'"' not in body:
            # No quoted field, so no line break inside one.
            return body.count(b"\r\n") - 1
        reader = csv.reader(io.StringIO(body.decode("utf-8"), newline=""))
        return sum(1 for _ in reader) - 1
    if body.endswith(b'"bindings":[]}}') and _JSON_HEAD.match(body):
        return 0
    if b"{}" in body or not _JSON_HEAD.match(body):
        return len(json.loads(body)["results"]["bindings"])
    return 1 + len(_JSON_ROW_AFTER_ROW.findall(body))


def write_boolean(value: bool, media_type: str) -> bytes:
    """Serialise an ASK answer.

    >>> write_boolean(True, media.SPARQL_JSON)
    b'{"head":{},"boolean":true}'
    """
    if media_type == media.SPARQL_XML:
        return (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n"
        ).encode()
    if media_type in (media.CSV, media.TSV):
        # Not defined by the CSV/TSV recommendation; a one-cell table is what clients expect.
        head = "_askResult" if media_type == media.CSV else "?_askResult"
        return f"{head}\r\n{'true' if value else 'false'}\r\n".encode()
    return json.dumps({"head": {}, "boolean": bool(value)}, separators=(",", ":")).encode()


def write_solutions(variables: list[str], rows: list, media_type: str) -> bytes:
    """Serialise SELECT solutions (tuples of terms or ``None``, in ``variables`` order)."""
    if media_type == media.SPARQL_XML:
        return _xml(variables, rows)
    if media_type == media.CSV:
        return _csv(variables, rows)
    if media_type == media.TSV:
        return _tsv(variables, rows)
    return _json(variables, rows)


def write_triples(triples: list, media_type: str, prefixes: Mapping[str, str]) -> bytes:
    """Serialise CONSTRUCT/DESCRIBE triples with pyoxigraph."""
    fmt = RDF_FORMATS[media_type]
    use = prefixes if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    return ox.serialize(triples, format=fmt, prefixes=use)


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": _json_term(term.subject),
            "predicate": _json_term(term.predicate),
            "object": _json_term(term.object),
        },
    }


def _json(variables: list[str], rows: list) -> bytes:
    bindings = [
        {name: _json_term(term) for name, term in zip(variables, row) if term is not None}
        for row in rows
    ]
    doc = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            dt = quoteattr(term.datatype.value)
            return f"<literal datatype={dt}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return (
        f"<triple><subject>{_xml_term(term.subject)}</subject>"
        f"<predicate>{_xml_term(term.predicate)}</predicate>"
        f"<object>{_xml_term(term.object)}</object></triple>"
    )


def _xml(variables: list[str], rows: list) -> bytes:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    out.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in variables))
    out.append("</head>\n<results>\n")
    for row in rows:
        out.append("<result>")
        for name, term in zip(variables, row):
            if term is not None:
                out.append(f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>")
        out.append("</result>\n")
    out.append("</results>\n</sparql>\n")
    return "".join(out).encode()


def _csv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    # A triple term as pyoxigraph's own CSV writer spells it (the server answers most CSV with
    # that writer): its three values, space-separated.
    return " ".join(_csv_term(t) for t in (term.subject, term.predicate, term.object))


def _csv(variables: list[str], rows: list) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(variables)
    writer.writerows([_csv_term(t) for t in row] for row in rows)
    return buf.getvalue().encode()


def _tsv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Triple):
        return f"<<( {term} )>>"
    # pyoxigraph's str() is the N-Triples form, which escapes tabs and line breaks as TSV needs.
    return str(term)


def _tsv(variables: list[str], rows: list) -> bytes:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines.extend("\t".join(_tsv_term(t) for t in row) for row in rows)
    return ("\n".join(lines) + "\n").encode()
