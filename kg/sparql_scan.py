"""Split SPARQL text into tokens the way the SPARQL grammar does, in linear time.

A single left-to-right pass: each token is recognised by its first character and consumed by
``str.find`` or by a regular expression that is one character class repeated (so nothing can
backtrack); the time is linear in the text, whatever the text. Strings (all four quotings,
with their escapes), IRIs (with ``\\u`` escapes, as the engine accepts them), prefixed names
(with ``\\``-escaped local characters such as ``\\#`` and ``\\'``), comments, variables and
brackets are read whole, so a ``#`` or a quote inside any of them starts nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

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
#: The words that open a query, and those that open an update operation.
QUERY_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})
UPDATE_WORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
)

#: The brackets whose nesting the parser descends into.
OPEN, CLOSE = "{([", "})]"


@dataclass(frozen=True)
class Token:
    kind: str
    """``word``, ``pname``, ``iri``, ``string``, ``var``, ``bnode``, ``lang`` or ``other``."""
    text: str
    offset: int


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


def form_word(text: str) -> Token | None:
    """The first word after the prologue (``PREFIX``/``BASE`` declarations): the form.

    >>> form_word("PREFIX ex: <http://e/> # c\\ninsert data {}").text
    'insert'
    >>> form_word("'SELECT'") is None
    True
    """
    toks = iter(tokens(text))
    for tok in toks:
        word = tok.text.upper() if tok.kind == "word" else None
        if word == "PREFIX":
            next(toks, None)
            next(toks, None)
        elif word == "BASE":
            next(toks, None)
        else:
            return tok if word is not None else None
    return None


def line_column(text: str, offset: int) -> tuple[int, int]:
    """Return the 1-based (line, column) of ``offset`` in ``text``.

    >>> line_column("ab\\ncd", 4)
    (2, 2)
    """
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
