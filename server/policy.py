"""What a query asks the server to do, found by lexing it the way the SPARQL grammar does.

The query engine would open network connections for ``SERVICE`` (and ``LOAD`` in updates), so
those are found here before anything runs. A lexer, not a substring search: a keyword only counts
as a token outside string literals, IRIs, comments, variables and prefixed names, so a literal
that mentions "SERVICE" is harmless. pyoxigraph does not expand ``\\u`` escapes outside strings,
and neither does this lexer, so both read the same tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin

_TOKEN = re.compile(
    r"""
      (?P<ws>\s+)
    | (?P<comment>\#[^\r\n]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)
                |\"\"\"(?:[^"\\]|\\.|"(?!""))*(?:\"\"\"|$)
                |'(?:[^'\\\r\n]|\\.)*(?:'|$)
                |"(?:[^"\\\r\n]|\\.)*(?:"|$))
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]*)
    | (?P<bnode>_:[\w.\-\u00b7\u00c0-\uffff]*)
    | (?P<pname>(?:[^\W\d_][\w.\-\u00b7]*)?:(?:[\w.\-:%\\\u00b7\u00c0-\uffff])*)
    | (?P<word>[^\W\d][\w]*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

# Whitespace, comments and PREFIX/BASE declarations, then the first word: the query form in
# all but unusual texts. Built from the lexer's own token patterns so both read the same.
_PROLOGUE_THEN_WORD = re.compile(
    r"""
    (?:\s+|\#[^\r\n]*
      |(?i:PREFIX)(?:\s+|\#[^\r\n]*)+(?:[^\W\d_][\w.\-\u00b7]*)?:(?:\s+|\#[^\r\n]*)*
         <[^<>"{}|^`\\\x00-\x20]*>
      |(?i:BASE)(?:\s+|\#[^\r\n]*)*<[^<>"{}|^`\\\x00-\x20]*>
    )*
    (?P<word>[^\W\d][\w]*)(?![\w.\-\u00b7:])
    """,
    re.VERBOSE,
)

_QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
_UPDATE_WORDS = {
    "INSERT",
    "DELETE",
    "LOAD",
    "CLEAR",
    "CREATE",
    "DROP",
    "COPY",
    "MOVE",
    "ADD",
    "WITH",
}


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    offset: int


@dataclass
class QueryInfo:
    """What the lexer learnt about a request's SPARQL text."""

    form: str | None = None
    """``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE``, ``UPDATE`` or ``None`` if unclear."""
    services: list[str | None] = field(default_factory=list)
    """Endpoints named by ``SERVICE`` (``None`` for a variable endpoint)."""
    loads: list[str | None] = field(default_factory=list)
    """Sources named by ``LOAD``."""


def tokens(text: str) -> Iterable[Token]:
    """Split SPARQL text into tokens (whitespace and comments dropped).

    >>> [t.text for t in tokens("ASK { ?s ex:SERVICE 'SERVICE' } # SERVICE")]
    ['ASK', '{', '?s', 'ex:SERVICE', "'SERVICE'", '}']
    """
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind in ("ws", "comment"):
            continue
        yield Token(kind, match.group(), match.start())


def analyse(text: str, prefixes: Mapping[str, str], base: str | None = None) -> QueryInfo:
    """Find the query form and every ``SERVICE``/``LOAD`` target of ``text``.

    ``prefixes`` are the pre-bound ones; ``PREFIX`` and ``BASE`` declarations in the text are
    applied on top, so ``SERVICE ex:ep`` resolves like the engine would resolve it.

    >>> info = analyse("PREFIX e: <http://e/> SELECT * { SERVICE SILENT e:ep { ?s ?p ?o } }", {})
    >>> info.form, info.services
    ('SELECT', ['http://e/ep'])
    >>> analyse("SELECT * { ?s ?p 'SERVICE <http://x/> {}' }", {}).services
    []
    """
    upper = text.upper()
    if "SERVICE" not in upper and "LOAD" not in upper:
        # A keyword token is a substring of the text (upper-casing maps each character on its
        # own), so neither can occur; only the form is left to find, and it follows the
        # prologue. Anything the pattern does not recognise goes through the full lexer.
        match = _PROLOGUE_THEN_WORD.match(text)
        if match:
            word = match.group("word").upper()
            if word in _QUERY_FORMS:
                return QueryInfo(form=word)
            if word in _UPDATE_WORDS:
                return QueryInfo(form="UPDATE")
    return lex_analyse(text, prefixes, base)


def lex_analyse(text: str, prefixes: Mapping[str, str], base: str | None = None) -> QueryInfo:
    """Do what :func:`analyse` does by lexing the whole text (its short cut's reference)."""
    info = QueryInfo()
    known = dict(prefixes)
    toks = list(tokens(text))
    i = 0
    while i < len(toks):
        tok = toks[i]
        word = tok.text.upper() if tok.kind == "word" else None
        if word == "BASE" and i + 1 < len(toks) and toks[i + 1].kind == "iri":
            base = _resolve(toks[i + 1].text[1:-1], base)
            i += 2
            continue
        if (
            word == "PREFIX"
            and i + 2 < len(toks)
            and toks[i + 1].kind == "pname"
            and toks[i + 2].kind == "iri"
        ):
            known[toks[i + 1].text[:-1]] = _resolve(toks[i + 2].text[1:-1], base)
            i += 3
            continue
        if info.form is None and word is not None:
            if word in _QUERY_FORMS:
                info.form = word
            elif word in _UPDATE_WORDS:
                info.form = "UPDATE"
        if word in ("SERVICE", "LOAD"):
            j = i + 1
            if j < len(toks) and toks[j].text.upper() == "SILENT":
                j += 1
            target = _target(toks[j] if j < len(toks) else None, known, base)
            (info.services if word == "SERVICE" else info.loads).append(target)
        i += 1
    return info


def _target(tok: Token | None, prefixes: Mapping[str, str], base: str | None) -> str | None:
    if tok is None:
        return None
    if tok.kind == "iri":
        return _resolve(tok.text[1:-1], base)
    if tok.kind == "pname":
        prefix, _, local = tok.text.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)
    return None


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
