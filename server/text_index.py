"""The words of claims' labels and source statements' sentences, held beside the store for the
search page.

The search page lists the claims and statements whose text has every query word at the start
of one of its words. Asked of the store, that read every claim label and every sentence through
a ``CONTAINS`` filter: 1.2–1.8 s a search at a million claims, and only the first 2,000
candidates were ranked. Here the texts' words are sorted, each with the
texts that have it (the texts numbered in IRI order), so the texts having a word starting with
a query word are one slice of one array, found by bisection; a search intersects one slice per
word and ranks every match by the length of its text, kept as a number.

The index follows updates as the claim index does: the things whose label, sentence or type an
update changed are read again into a small table beside the arrays (their numbers masked out),
and past :data:`REBUILD_AFTER` of them the arrays are built again, in the update.

This module knows nothing of Flask.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pyoxigraph as ox

from kg.resources import query_text
from server.search_index import normalise

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#: The predicates a text comes from (search-text.rq): a change to one, or to a type, re-reads it.
TEXT_PREDICATES = frozenset(
    {
        RDF_TYPE,
        "http://www.w3.org/2000/01/rdf-schema#label",
        "https://w3id.org/hsct-kg/ontology#text",
    }
)
#: Things read again since the arrays were built, past which they are built again.
REBUILD_AFTER = 20_000
KINDS = ("claim", "statement")


@dataclass(frozen=True)
class Text:
    """One text found: the claim or statement, its text, and which of the two it is."""

    iri: str
    text: str
    what: str


class Strings(Sequence[str]):
    """Strings held as one UTF-8 buffer and their offsets: a third of the memory of as many
    Python strings (a million claim labels and IRIs), each made again when read.

    >>> held = Strings(["b", "ä", ""])
    >>> len(held), held[1], list(held)
    (3, 'ä', ['b', 'ä', ''])
    """

    def __init__(self, strings: Iterable[str]):
        encoded = [s.encode() for s in strings]
        self._offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(b) for b in encoded], out=self._offsets[1:])
        self._buffer = b"".join(encoded)

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, n):  # type: ignore[override]
        if isinstance(n, slice):
            return [self[i] for i in range(*n.indices(len(self)))]
        if n < 0:
            n += len(self)
        if not 0 <= n < len(self):
            raise IndexError(n)
        return self._buffer[self._offsets[n] : self._offsets[n + 1]].decode()

    @property
    def nbytes(self) -> int:
        return len(self._buffer) + self._offsets.nbytes


@dataclass(frozen=True)
class _Built:
    iris: Strings  # of each text, sorted (a thing with two labels has two texts)
    texts: Strings
    lengths: np.ndarray  # of the texts, in characters
    what: np.ndarray  # index into KINDS
    words: list[str]  # every word of the texts, sorted
    starts: np.ndarray  # texts of words[i]: numbers[starts[i]:starts[i + 1]]
    numbers: np.ndarray


@dataclass(frozen=True)
class _State:
    built: _Built
    alive: np.ndarray
    changed: dict[str, tuple[Text, ...]]  # iri -> its texts now (none: no longer searched)


def _rows(store: ox.Store, iri: str | None = None) -> list[Text]:
    """The texts of ``iri`` (search-text.rq: a claim's labels, a statement's sentence)."""
    bound = {ox.Variable("s"): ox.NamedNode(iri)} if iri is not None else {}
    return [
        Text(row["s"].value, row["text"].value, row["what"].value)
        for row in store.query(query_text("search-text"), substitutions=bound)
        if isinstance(row["s"], ox.NamedNode)
    ]


def _all_rows(store: ox.Store) -> list[Text]:
    """What :func:`_rows` gives unbound, read from the store's indexes: the query joined the
    typed things and their texts the slow way round (4.6 s at 100,000 claims, against 1 s)."""
    out = []
    for kind, what, predicate in _SOURCES:
        typed = {
            q.subject
            for q in store.quads_for_pattern(None, _TYPE, kind, ox.DefaultGraph())
            if isinstance(q.subject, ox.NamedNode)
        }
        out += [
            Text(q.subject.value, q.object.value, what)
            for q in store.quads_for_pattern(None, predicate, None, ox.DefaultGraph())
            if q.subject in typed
        ]
    return out


HKG = "https://w3id.org/hsct-kg/ontology#"
_TYPE = ox.NamedNode(RDF_TYPE)
#: (class, kind, predicate of its text), as search-text.rq has them.
_SOURCES = (
    (
        ox.NamedNode(HKG + "Claim"),
        "claim",
        ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
    ),
    (ox.NamedNode(HKG + "SourceStatement"), "statement", ox.NamedNode(HKG + "text")),
)


def _build(store: ox.Store) -> _Built:
    rows = sorted(set(_all_rows(store)), key=lambda t: (t.iri, t.text, t.what))
    number: dict[str, int] = {}
    pairs_word: list[int] = []
    pairs_text: list[int] = []
    for n, row in enumerate(rows):
        ids = [number.setdefault(word, len(number)) for word in set(words_of(row.text))]
        pairs_word += ids
        pairs_text += [n] * len(ids)
    words = sorted(number)
    place = np.empty(len(number), dtype=np.int64)
    for i, word in enumerate(words):
        place[number[word]] = i
    by_word = place[np.asarray(pairs_word, dtype=np.int64)]
    texts_of = np.asarray(pairs_text, dtype=np.int32)
    order = np.lexsort((texts_of, by_word))
    counts = np.bincount(by_word, minlength=len(words))
    starts = np.zeros(len(words) + 1, dtype=np.int64)
    np.cumsum(counts, out=starts[1:])
    return _Built(
        Strings(r.iri for r in rows),
        Strings(r.text for r in rows),
        np.fromiter((len(r.text) for r in rows), dtype=np.int32, count=len(rows)),
        np.fromiter((KINDS.index(r.what) for r in rows), dtype=np.int8, count=len(rows)),
        words,
        starts,
        texts_of[order],
    )


class TextIndex:
    """Claims and statements by the words of their texts (see the module).

    >>> store = ox.Store()
    >>> store.update('''PREFIX hkg: <https://w3id.org/hsct-kg/ontology#>
    ... PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    ... INSERT DATA { <http://e/c1> a hkg:Claim ; rdfs:label "Stem-cell transplant in lupus" .
    ...   <http://e/s1> a hkg:SourceStatement ; hkg:text "Stem cells were given." . }''')
    >>> index = TextIndex.build(store)
    >>> [t.iri for t in index.search(["stem", "cell"])]
    ['http://e/s1', 'http://e/c1']
    >>> index.search(["lup"])[0].what, index.search(["tem"])
    ('claim', [])
    """

    def __init__(self, store: ox.Store, built: _Built):
        self.store = store
        self._state = _State(built, np.ones(len(built.iris), dtype=bool), {})
        self._write = threading.Lock()

    @classmethod
    def build(cls, store: ox.Store) -> TextIndex:
        return cls(store, _build(store))

    def search(
        self, words: list[str], wanted: Iterable[str] = (), per_kind: int = 50
    ) -> list[Text]:
        """The texts having, for each of ``words`` (normalised), a word starting with it;
        shortest first (then by IRI), at most ``per_kind`` claims and ``per_kind`` statements,
        of the kinds ``wanted`` (all when empty)."""
        if not words:
            return []
        state = self._state
        built = state.built
        mask = state.alive.copy()
        for word in words:
            lo = bisect_left(built.words, word)
            hi = bisect_left(built.words, word + "\U0010ffff", lo)
            having = np.zeros(len(built.iris), dtype=bool)
            having[built.numbers[built.starts[lo] : built.starts[hi]]] = True
            mask &= having
        kinds = [KINDS.index(k) for k in KINDS if not wanted or k in wanted]
        found: list[Text] = []
        for kind in kinds:
            numbers = np.flatnonzero(mask & (built.what == kind))
            if len(numbers) > per_kind:
                # Shortest first, then by IRI (the numbers' order): a stable sort.
                numbers = numbers[np.argsort(built.lengths[numbers], kind="stable")[:per_kind]]
            found += [Text(built.iris[n], built.texts[n], KINDS[kind]) for n in numbers]
        for texts in state.changed.values():
            for text in texts:
                if (not wanted or text.what in wanted) and _matches(text.text, words):
                    found.append(text)
        found.sort(key=lambda t: (len(t.text), t.iri))
        out: list[Text] = []
        kept = dict.fromkeys(KINDS, 0)
        for text in found:
            if kept[text.what] < per_kind:
                kept[text.what] += 1
                out.append(text)
        return out

    def follow(self, change) -> None:
        """Bring the index up to date with a committed :class:`kg.update.change.Change`."""
        touched = {
            quad.subject.value
            for quad in change.removed | change.added
            if quad.graph_name == ox.DefaultGraph()
            and isinstance(quad.subject, ox.NamedNode)
            and quad.predicate.value in TEXT_PREDICATES
        }
        if not touched:
            return
        with self._write:
            state = self._state
            if len(state.changed) + len(touched) > REBUILD_AFTER:
                fresh = _build(self.store)
                self._state = _State(fresh, np.ones(len(fresh.iris), dtype=bool), {})
                return
            built = state.built
            alive = state.alive.copy()
            changed = dict(state.changed)
            for iri in touched:
                at = bisect_left(built.iris, iri)
                while at < len(built.iris) and built.iris[at] == iri:
                    alive[at] = False
                    at += 1
                changed[iri] = tuple(_rows(self.store, iri))
            self._state = _State(built, alive, changed)


_NOT_WORD = re.compile(r"[^0-9a-z]+")


def words_of(text: str) -> list[str]:
    """The words of ``text`` as :func:`server.search_index.normalise` splits it, faster for
    ASCII text (most of the graph's): lower case, anything but letters and digits a space.

    >>> words_of("Stem-cell (HSCT) 2x"), words_of("Sjögren’s")
    (['stem', 'cell', 'hsct', '2x'], ['sjogren', 's'])
    """
    if text.isascii():
        return _NOT_WORD.sub(" ", text.lower()).split()
    return normalise(text).split()


def _matches(text: str, words: list[str]) -> bool:
    found = words_of(text)
    return all(any(w.startswith(q) for w in found) for q in words)
