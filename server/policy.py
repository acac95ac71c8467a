"""What a query asks the server to do, read by the scanner in :mod:`kg.sparql_scan`.

The scanner follows the SPARQL grammar in linear time, whatever the text (strings, escaped
IRIs and prefixed names, comments), so what it finds is what the engine will read.

What it finds is used for clear answers (a 403 naming the ``SERVICE`` target, a 400 for a
query nested too deep) and for the protocol's own rules (``USING``/``WITH`` against the
protocol's dataset). It is not the only guard: the processes that evaluate queries and updates
have no network (:mod:`server.sandbox`), so a text that fooled the scanner still reaches no
other server.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin

from kg.sparql_scan import CLOSE, OPEN, QUERY_FORMS, UPDATE_WORDS, Token, line_column, tokens

__all__ = ["MAX_DEPTH", "QueryInfo", "Token", "analyse", "refused_targets", "tokens", "too_deep"]

#: Nesting deeper than this is refused before any parser sees the text. The engine's own
#: recursive parser overflows its stack somewhere past 2,000 levels; real queries stay far
#: below 100.
MAX_DEPTH = 200


@dataclass
class QueryInfo:
    """What the scanner learnt about a request's SPARQL text."""

    form: str | None = None
    """``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE``, ``UPDATE`` or ``None`` if unclear."""
    services: list[str | None] = field(default_factory=list)
    """Endpoints named by ``SERVICE`` (``None`` for a variable endpoint)."""
    loads: list[str | None] = field(default_factory=list)
    """Sources named by ``LOAD``."""
    depth: int = 0
    """The deepest nesting of ``{``, ``(`` and ``[``."""
    words: frozenset[str] = frozenset()
    """Every keyword-like word of the text, upper-cased (``WITH``, ``USING`` …)."""


def analyse(text: str, prefixes: Mapping[str, str], base: str | None = None) -> QueryInfo:
    """Find the form, every ``SERVICE``/``LOAD`` target and the nesting depth of ``text``.

    ``prefixes`` are the pre-bound ones; ``PREFIX`` and ``BASE`` declarations in the text are
    applied on top, so ``SERVICE ex:ep`` resolves like the engine would resolve it.

    >>> info = analyse("PREFIX e: <http://e/> SELECT * { SERVICE SILENT e:ep { ?s ?p ?o } }", {})
    >>> info.form, info.services, info.depth
    ('SELECT', ['http://e/ep'], 2)
    >>> analyse("SELECT * { ?s ?p 'SERVICE <http://x/> {}' }", {}).services
    []
    >>> analyse("SELECT * { ?s ?p ex:a\\\\#b . SERVICE <http://x/> {} }", {}).services
    ['http://x/']
    """
    info = QueryInfo()
    known = dict(prefixes)
    toks = list(tokens(text))
    words = set()
    depth = 0
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.kind == "other":
            if tok.text in OPEN:
                depth += 1
                info.depth = max(info.depth, depth)
            elif tok.text in CLOSE:
                # Never below zero: stray closing brackets cannot hide deeper nesting after them.
                depth = max(depth - 1, 0)
            i += 1
            continue
        word = tok.text.upper() if tok.kind == "word" else None
        if word is not None:
            words.add(word)
        if word == "BASE" and i + 1 < len(toks) and toks[i + 1].kind == "iri":
            base = _resolve(_unescape_iri(toks[i + 1].text[1:-1]), base)
            i += 2
            continue
        if (
            word == "PREFIX"
            and i + 2 < len(toks)
            and toks[i + 1].kind == "pname"
            and toks[i + 2].kind == "iri"
        ):
            known[toks[i + 1].text[:-1]] = _resolve(_unescape_iri(toks[i + 2].text[1:-1]), base)
            i += 3
            continue
        if info.form is None and word is not None:
            if word in QUERY_FORMS:
                info.form = word
            elif word in UPDATE_WORDS:
                info.form = "UPDATE"
        if word in ("SERVICE", "LOAD"):
            j = i + 1
            if j < len(toks) and toks[j].text.upper() == "SILENT":
                j += 1
            target = _target(toks[j] if j < len(toks) else None, known, base)
            (info.services if word == "SERVICE" else info.loads).append(target)
        i += 1
    info.words = frozenset(words)
    return info


def too_deep(text: str, info: QueryInfo, limit: int = MAX_DEPTH) -> str | None:
    """Return why ``text`` is refused for its nesting (None when within ``limit``).

    >>> too_deep("ASK {" + "{" * 300 + "}" * 301, analyse("ASK {" + "{" * 300, {}))
    'the query is nested 301 levels deep at line 1, column 205; at most 200 are accepted'
    """
    if info.depth <= limit:
        return None
    line, column = line_column(text, _offset_of_level(text, limit + 1))
    return (
        f"the query is nested {info.depth} levels deep at line {line}, column {column}; "
        f"at most {limit} are accepted"
    )


def _offset_of_level(text: str, level: int) -> int:
    depth = 0
    for tok in tokens(text):
        if tok.kind == "other" and tok.text in OPEN:
            depth += 1
            if depth == level:
                return tok.offset
        elif tok.kind == "other" and tok.text in CLOSE:
            depth = max(depth - 1, 0)
    return 0


def _target(tok: Token | None, prefixes: Mapping[str, str], base: str | None) -> str | None:
    if tok is None:
        return None
    if tok.kind == "iri":
        return _resolve(_unescape_iri(tok.text[1:-1]), base)
    if tok.kind == "pname":
        prefix, _, local = tok.text.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + _unescape_local(local)
    return None


def _unescape_iri(iri: str) -> str:
    """Expand ``\\u``/``\\U`` escapes, which an IRI may hold (the scanner has checked them)."""
    if "\\" not in iri:
        return iri
    out, i = [], 0
    while i < len(iri):
        if iri[i] == "\\":
            width = 4 if iri[i + 1] == "u" else 8
            code = int(iri[i + 2 : i + 2 + width], 16)
            out.append(chr(code) if code <= 0x10FFFF else "\ufffd")
            i += 2 + width
        else:
            out.append(iri[i])
            i += 1
    return "".join(out)


def _unescape_local(local: str) -> str:
    out, i = [], 0
    while i < len(local):
        if local[i] == "\\" and i + 1 < len(local):
            out.append(local[i + 1])
            i += 2
        else:
            out.append(local[i])
            i += 1
    return "".join(out)


def _resolve(iri: str, base: str | None) -> str:
    return urljoin(base, iri) if base else iri


def refused_targets(targets: Iterable[str | None], allowed: Iterable[str]) -> list[str]:
    """Return the targets not on the allow-list (``*`` allows any; variables need ``*``).

    >>> refused_targets(["http://a/", None], ["http://a/"])
    ['a variable endpoint']
    """
    allowed = set(allowed)
    if "*" in allowed:
        return []
    return [
        "a variable endpoint" if t is None else t for t in targets if t is None or t not in allowed
    ]
