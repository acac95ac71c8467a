"""What a query asks the server to do, read by a scanner that follows the SPARQL grammar.

The scanner is a single left-to-right pass: each token is recognised by its first character and
consumed by ``str.find`` or by a regular expression that is one character class repeated (so
nothing can backtrack); its time is linear in the text, whatever the text. It reads strings
(all four quotings, with their escapes), IRIs (with ``\\u`` escapes, as the engine accepts
them), prefixed names (with ``\\``-escaped local characters such as ``\\#`` and ``\\'``),
comments, variables and brackets, so a ``#`` or a quote inside any of them starts nothing.

What it finds is used for clear answers (a 403 naming the ``SERVICE`` target, a 400 for a
query nested too deep) and for the protocol's own rules (``USING``/``WITH`` against the
protocol's dataset). It is not the only guard: the processes that evaluate queries and updates
have no network (:mod:`server.sandbox`), so a text that fooled the scanner still reaches no
other server.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin

#: Nesting deeper than this is refused before any parser sees the text. The engine's own
#: recursive parser overflows its stack somewhere past 2,000 levels; real queries stay far
#: below 100.
MAX_DEPTH = 200

# Each pattern is one character class, repeated: matched at a known position it cannot
# backtrack, so every token costs time in proportion to its length.
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u2028\u2029]+")
_NAME = re.compile(r"[\w\-\u00b7\u0300-\u036f\u203f-\u2040.]+")
_LOCAL = re.compile(r"[\w\-\u00b7\u0300-\u036f\u203f-\u2040.:%]+")
_VAR = re.compile(r"[\w\u00b7\u0300-\u036f\u203f-\u2040]+")
_COMMENT = re.compile(r"#[^\r\n]*")
_LANG = re.compile(r"[A-Za-z0-9\-]+")
_IRI_CHARS = re.compile(r"[^<>\"{}|^`\\\x00-\x20]+")
_HEX = frozenset("0123456789abcdefABCDEF")
# The characters a prefixed name's local part may escape with a backslash (PN_LOCAL_ESC).
_LOCAL_ESC = frozenset("_~.-!$&'()*+,;=/?#@%")
_OPEN, _CLOSE = "{([", "})]"

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
    """``word``, ``pname``, ``iri``, ``string``, ``var``, ``bnode``, ``lang`` or ``other``."""
    text: str
    offset: int


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
    depth_offset: int = 0
    """Where that depth was first reached (a character offset into the text)."""
    words: frozenset[str] = frozenset()
    """Every keyword-like word of the text, upper-cased (``WITH``, ``USING`` …)."""


def tokens(text: str) -> Iterable[Token]:
    """Split SPARQL text into tokens (whitespace and comments dropped), in linear time.

    >>> [t.text for t in tokens("ASK { ?s ex:SERVICE 'SERVICE' } # SERVICE")]
    ['ASK', '{', '?s', 'ex:SERVICE', "'SERVICE'", '}']
    >>> [t.text for t in tokens(r"ASK { ex:a\\#b <http://x/\\u0041#y> 'a\\'b' }")]
    ['ASK', '{', 'ex:a\\\\#b', '<http://x/\\\\u0041#y>', "'a\\\\'b'", '}']
    """
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in " \t\r\n\f\v\u00a0\u2028\u2029":
            i = _WS.match(text, i).end()
        elif c == "#":
            i = _line_end(text, i)
        elif c in "'\"":
            end = _string_end(text, i)
            yield Token("string", text[i:end], i)
            i = end
        elif c == "<":
            end = _iri_end(text, i)
            if end is None:
                yield Token("other", c, i)
                i += 1
            else:
                yield Token("iri", text[i:end], i)
                i = end
        elif c in "?$":
            match = _VAR.match(text, i + 1)
            end = match.end() if match else i + 1
            yield Token("var" if end > i + 1 else "other", text[i:end], i)
            i = end
        elif c == "@":
            match = _LANG.match(text, i + 1)
            end = match.end() if match else i + 1
            yield Token("lang" if end > i + 1 else "other", text[i:end], i)
            i = end
        elif c == "_" and text.startswith("_:", i):
            end = _name_end(text, i + 2, _NAME)
            yield Token("bnode", text[i:end], i)
            i = end
        elif c == ":" or c.isalpha():
            end = _name_end(text, i, _NAME)
            if end < n and text[end] == ":":
                end = _local_end(text, end + 1)
                yield Token("pname", text[i:end], i)
            else:
                yield Token("word", text[i:end], i)
            i = end
        else:
            yield Token("other", c, i)
            i += 1


def _line_end(text: str, i: int) -> int:
    return _COMMENT.match(text, i).end()


def _string_end(text: str, i: int) -> int:
    """The end of the string literal starting at ``i`` (the text's end if it never closes)."""
    quote = text[i]
    long = text.startswith(quote * 3, i)
    closing = quote * 3 if long else quote
    n = len(text)
    # The next closing quote, backslash and line end, each looked up again only once passed,
    # so a string full of escapes is still read in one pass.
    stops = {closing: -1, "\\": -1, "\n": -1, "\r": -1}
    if long:
        del stops["\n"], stops["\r"]
    j = i + len(closing)
    while j < n:
        for mark, at in stops.items():
            if at < j:
                found = text.find(mark, j)
                stops[mark] = found if found >= 0 else n
        k = min(stops.values())
        if k >= n:
            return n
        if text[k] == "\\":
            j = k + 2
        elif text[k] in "\r\n":
            return k  # a short string may not span lines: the parser will say so
        else:
            end = k + len(closing)
            if long:
                # A long string may end in quotes: it closes on the last three of a run.
                while end < n and text[end] == quote and end - k < 5:
                    end += 1
            return end
    return n


def _iri_end(text: str, i: int) -> int | None:
    """The end of the IRI starting at ``i``, or None when ``<`` is an operator here."""
    j = i + 1
    n = len(text)
    while j < n:
        match = _IRI_CHARS.match(text, j)
        if match:
            j = match.end()
            continue
        c = text[j]
        if c == ">":
            return j + 1
        if c == "\\" and j + 1 < n and text[j + 1] in "uU":
            width = 4 if text[j + 1] == "u" else 8
            digits = text[j + 2 : j + 2 + width]
            if len(digits) == width and all(d in _HEX for d in digits):
                j += 2 + width
                continue
        return None
    return None


def _name_end(text: str, i: int, pattern: re.Pattern) -> int:
    match = pattern.match(text, i)
    end = match.end() if match else i
    # A name never ends in "." (that dot ends the triple).
    while end > i and text[end - 1] == ".":
        end -= 1
    return end


def _local_end(text: str, i: int) -> int:
    """The end of a prefixed name's local part starting at ``i`` (escapes included)."""
    n = len(text)
    j = i
    while j < n:
        match = _LOCAL.match(text, j)
        if match:
            j = match.end()
        elif text[j] == "\\" and j + 1 < n and text[j + 1] in _LOCAL_ESC:
            j += 2
        else:
            break
    while j > i and text[j - 1] == "." and text[j - 2 : j] != "\\.":
        j -= 1
    return j


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
            if tok.text in _OPEN:
                depth += 1
                if depth > info.depth:
                    info.depth, info.depth_offset = depth, tok.offset
            elif tok.text in _CLOSE:
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
    info.words = frozenset(words)
    return info


def position(text: str, offset: int) -> tuple[int, int]:
    """Return the 1-based (line, column) of ``offset`` in ``text``.

    >>> position("ab\\ncd", 4)
    (2, 2)
    """
    line = text.count("\n", 0, offset) + 1
    start = text.rfind("\n", 0, offset) + 1
    return line, offset - start + 1


def too_deep(text: str, info: QueryInfo, limit: int = MAX_DEPTH) -> str | None:
    """Return why ``text`` is refused for its nesting (None when within ``limit``).

    >>> too_deep("ASK {" + "{" * 300 + "}" * 301, analyse("ASK {" + "{" * 300, {}))
    'the query is nested 301 levels deep at line 1, column 205; at most 200 are accepted'
    """
    if info.depth <= limit:
        return None
    line, column = position(text, _offset_of_level(text, limit + 1))
    return (
        f"the query is nested {info.depth} levels deep at line {line}, column {column}; "
        f"at most {limit} are accepted"
    )


def _offset_of_level(text: str, level: int) -> int:
    depth = 0
    for tok in tokens(text):
        if tok.kind == "other" and tok.text in _OPEN:
            depth += 1
            if depth == level:
                return tok.offset
        elif tok.kind == "other" and tok.text in _CLOSE:
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
