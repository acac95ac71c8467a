"""Content negotiation: which media type (and encoding) to answer with.

The tables below are the single list of what the server can produce; SPARQL results, the
service description and resource pages all negotiate against them with :func:`negotiate`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from kg.media import (  # noqa: F401 - re-exported: the tables below and their users name them here
    CSV,
    HTML,
    JSON,
    JSON_LD,
    N_QUADS,
    N_TRIPLES,
    RDF_XML,
    SPARQL_JSON,
    SPARQL_XML,
    TRIG,
    TSV,
    TURTLE,
)

#: What SELECT and ASK results can be written as, best first (the default is the first).
#: ASK as CSV/TSV is not in the recommendation; it is a one-cell table, as clients expect.
SOLUTION_TYPES: tuple[str, ...] = (SPARQL_JSON, SPARQL_XML, CSV, TSV)
#: What CONSTRUCT and DESCRIBE results (and RDF descriptions) can be written as, best first.
GRAPH_TYPES: tuple[str, ...] = (TURTLE, N_TRIPLES, JSON_LD, RDF_XML)

#: Media types clients send that mean one of ours.
ALIASES: Mapping[str, str] = {
    "application/json": SPARQL_JSON,
    "application/xml": SPARQL_XML,
    "text/xml": SPARQL_XML,
    "application/x-turtle": TURTLE,
    "application/turtle": TURTLE,
    "text/n-triples": N_TRIPLES,
    "text/plain": N_TRIPLES,
    "application/json+ld": JSON_LD,
}

#: Short names accepted by the ``format`` parameter, per kind of result.
SOLUTION_FORMATS: Mapping[str, str] = {
    "json": SPARQL_JSON,
    "srj": SPARQL_JSON,
    "xml": SPARQL_XML,
    "srx": SPARQL_XML,
    "csv": CSV,
    "tsv": TSV,
}
GRAPH_FORMATS: Mapping[str, str] = {
    "turtle": TURTLE,
    "ttl": TURTLE,
    "nt": N_TRIPLES,
    "ntriples": N_TRIPLES,
    "n-triples": N_TRIPLES,
    "jsonld": JSON_LD,
    "json-ld": JSON_LD,
    "json": JSON_LD,
    "rdfxml": RDF_XML,
    "rdf": RDF_XML,
    "xml": RDF_XML,
}


@dataclass(frozen=True)
class MediaRange:
    """One entry of an ``Accept`` header."""

    type: str
    subtype: str
    q: float

    def matches(self, media_type: str) -> bool:
        main, _, sub = media_type.partition("/")
        return (self.type == "*" or self.type == main) and (
            self.subtype == "*" or self.subtype == sub
        )

    @property
    def specificity(self) -> int:
        return (self.type != "*") + (self.subtype != "*")


def parse_accept(header: str | None) -> list[MediaRange]:
    """Parse an ``Accept`` (or ``Accept-Encoding``) header into ranges; bad entries are skipped.

    >>> [(r.type, r.subtype, r.q) for r in parse_accept("text/turtle;q=0.5, */*;q=0.1")]
    [('text', 'turtle', 0.5), ('*', '*', 0.1)]
    """
    ranges = []
    for item in (header or "").split(","):
        parts = [p.strip() for p in item.split(";")]
        media = parts[0].lower()
        if not media:
            continue
        if "/" not in media:
            media = media + "/" if media == "*" else media
        main, _, sub = media.partition("/")
        if media == "*/":
            main, sub = "*", "*"
        q = 1.0
        for param in parts[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        if main:
            ranges.append(MediaRange(main, sub or "*", q))
    return ranges


def _canonical(ranges: list[MediaRange]) -> list[MediaRange]:
    out = list(ranges)
    for r in ranges:
        alias = ALIASES.get(f"{r.type}/{r.subtype}")
        if alias:
            main, _, sub = alias.partition("/")
            out.append(MediaRange(main, sub, r.q))
    return out


def negotiate(accept: str | None, offers: Sequence[str]) -> str | None:
    """Return the offer the client prefers, or ``None`` if it accepts none of them.

    The q-value of the most specific matching range counts; ties go to the earlier offer, so
    ``offers`` is the server's order of preference. No ``Accept`` header means anything goes.

    >>> negotiate("text/csv;q=0.9, application/sparql-results+xml", SOLUTION_TYPES)
    'application/sparql-results+xml'
    >>> negotiate("image/png", GRAPH_TYPES) is None
    True
    """
    return _negotiate(accept, tuple(offers))


# Clients send a handful of distinct Accept headers, each many times, and the answer depends
# on nothing else: each is parsed once. Bounded, so varied headers cannot grow it.
@lru_cache(maxsize=1024)
def _negotiate(accept: str | None, offers: tuple[str, ...]) -> str | None:
    if not accept or not accept.strip():
        return offers[0] if offers else None
    ranges = _canonical(parse_accept(accept))
    best, best_q = None, 0.0
    for offer in offers:
        matching = [r for r in ranges if r.matches(offer)]
        if not matching:
            continue
        top = max(r.specificity for r in matching)
        q = max(r.q for r in matching if r.specificity == top)
        if q > best_q:
            best, best_q = offer, q
    return best


def from_format(name: str, formats: Mapping[str, str], offers: Sequence[str]) -> str | None:
    """Resolve a ``format`` parameter (short name or media type) against ``offers``.

    >>> from_format("csv", SOLUTION_FORMATS, SOLUTION_TYPES)
    'text/csv'
    >>> from_format("text/turtle", GRAPH_FORMATS, GRAPH_TYPES)
    'text/turtle'
    """
    key = name.strip().lower()
    media = formats.get(key) or ALIASES.get(key) or key
    return media if media in offers else None


@lru_cache(maxsize=256)
def accepts_encoding(header: str | None, coding: str) -> bool:
    """Tell whether an ``Accept-Encoding`` header allows ``coding`` (e.g. ``gzip``).

    >>> accepts_encoding("gzip, deflate", "gzip"), accepts_encoding("*;q=0", "gzip")
    (True, False)
    """
    found: dict[str, float] = {}
    for item in (header or "").split(","):
        parts = [p.strip() for p in item.split(";")]
        q = 1.0
        for param in parts[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        found[parts[0].lower()] = q
    q = found.get(coding, found.get("*", 0.0))
    return q > 0
