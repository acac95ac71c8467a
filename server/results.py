"""Write query results in the negotiated format, refusing results above the row limit.

SELECT and ASK results are written here rather than by pyoxigraph's serialiser because the row
limit has to be checked before the first byte is committed: pyoxigraph serialises an iterator to
its end and cannot stop at N rows. Graph results are collected up to the limit and handed to
pyoxigraph's RDF serialisers.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from server import conneg

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

RDF_FORMATS: Mapping[str, ox.RdfFormat] = {
    conneg.TURTLE: ox.RdfFormat.TURTLE,
    conneg.N_TRIPLES: ox.RdfFormat.N_TRIPLES,
    conneg.JSON_LD: ox.RdfFormat.JSON_LD,
    conneg.RDF_XML: ox.RdfFormat.RDF_XML,
    conneg.TRIG: ox.RdfFormat.TRIG,
    conneg.N_QUADS: ox.RdfFormat.N_QUADS,
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
    server.results.TooManyRows: the result has more than 3 rows, ...
    """
    out = []
    for item in items:
        if len(out) == limit:
            raise TooManyRows(limit)
        out.append(item)
    return out


def write_boolean(value: bool, media_type: str) -> bytes:
    """Serialise an ASK answer.

    >>> write_boolean(True, conneg.SPARQL_JSON)
    b'{"head":{},"boolean":true}'
    """
    if media_type == conneg.SPARQL_XML:
        return (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n"
        ).encode()
    if media_type in (conneg.CSV, conneg.TSV):
        # Not defined by the CSV/TSV recommendation; a one-cell table is what clients expect.
        head = "_askResult" if media_type == conneg.CSV else "?_askResult"
        return f"{head}\r\n{'true' if value else 'false'}\r\n".encode()
    return json.dumps({"head": {}, "boolean": bool(value)}, separators=(",", ":")).encode()


def write_solutions(variables: list[str], rows: list, media_type: str) -> bytes:
    """Serialise SELECT solutions (tuples of terms or ``None``, in ``variables`` order)."""
    if media_type == conneg.SPARQL_XML:
        return _xml(variables, rows)
    if media_type == conneg.CSV:
        return _csv(variables, rows)
    if media_type == conneg.TSV:
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
    return f"<<( {term} )>>"


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
