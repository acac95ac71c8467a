"""An in-memory label index for search and typeahead, ranked in tiers.

Labels are few beside claims (entities and ontology terms: thousands at a million claims), so
the index holds them in Python and answers a look-up without touching the store: a SPARQL scan
per keystroke would not stay fast at that size. The index knows nothing of Flask or of the
store; :mod:`server.search` builds it from the graph.

Tiers, best first (within a tier, shorter names, then more-used entries, come first):

0. the whole query equals a name (a label, a synonym or an abbreviation), ignoring case
1. a name starts with the query
2. every word of the query starts a word of one name
3. the same, a word of four letters or more also matching inside a word
4. the same, a word of four letters or more also matching with one typo (two from eight letters)
5. only some words of a query of several words match

>>> index = SearchIndex([Entry("ex:ms", "multiple sclerosis", "disease", ("MS",)),
...                      Entry("ex:t", "external terms", "ontology term")])
>>> [hit.entry.iri for hit in index.lookup("ms")]
['ex:ms']
>>> [hit.tier for hit in index.lookup("sclerossis")]
[4]
"""

from __future__ import annotations

import heapq
import itertools
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations

EXACT, PREFIX, WORDS, INSIDE, TYPO, SOME = range(6)
TIER_NAMES = ("exact", "prefix", "every word", "inside a word", "close spelling", "some words")
# Shorter words match only where a word starts: "ms" must not be found inside "terms".
MIN_INSIDE = 4
MIN_TYPO = 4
LONG_TYPO = 8


def normalise(text: str) -> str:
    """Lower case, accents and punctuation dropped, words separated by one space.

    >>> normalise("Relapsing–remitting  MS (Sjögren)")
    'relapsing remitting ms sjogren'
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(kept.split())


def typos_allowed(word: str) -> int:
    """How many edits a query word may be away from a word of a name."""
    if len(word) >= LONG_TYPO:
        return 2
    return 1 if len(word) >= MIN_TYPO else 0


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it is known to exceed it.

    >>> edit_distance("sclerossis", "sclerosis", 2)
    1
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _deletions(word: str, depth: int) -> set[str]:
    out = {word}
    for n in range(1, min(depth, len(word) - 1) + 1):
        for drop in combinations(range(len(word)), n):
            out.add("".join(c for i, c in enumerate(word) if i not in drop))
    return out


@dataclass(frozen=True)
class Entry:
    """One thing that can be found: its IRI, label, kind, other names and how often it is used."""

    iri: str
    label: str
    kind: str
    names: tuple[str, ...] = ()
    usage: int = 0


@dataclass(frozen=True)
class Hit:
    entry: Entry
    tier: int
    matched: str
    words: int = 0  # query words matched (tier SOME)

    @property
    def tier_name(self) -> str:
        return TIER_NAMES[self.tier]


@dataclass
class _Name:
    entry: int
    text: str
    norm: str
    words: tuple[str, ...]
    order: int = 0  # the entry's place by use (most first), then label: ties in a tier


@dataclass
class SearchIndex:
    """Entries by the words of their names, with a deletion index for typos (as SymSpell does:
    two words within k edits share a string reachable from both by at most k deletions)."""

    entries: list[Entry]
    _names: list[_Name] = field(default_factory=list, init=False, repr=False)
    _by_word: dict[str, list[int]] = field(default_factory=dict, init=False, repr=False)
    _sorted_words: list[str] = field(default_factory=list, init=False, repr=False)
    _joined: str = field(default="", init=False, repr=False)
    _starts: list[int] = field(default_factory=list, init=False, repr=False)
    _deleted: dict[str, set[str]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        by_word: dict[str, list[int]] = defaultdict(list)
        order = sorted(
            range(len(self.entries)),
            key=lambda n: (-self.entries[n].usage, self.entries[n].label.casefold()),
        )
        place = {n: i for i, n in enumerate(order)}
        for number, entry in enumerate(self.entries):
            seen = set()
            for text in (entry.label, *entry.names):
                norm = normalise(text)
                if not norm or norm in seen:
                    continue
                seen.add(norm)
                name = _Name(number, text, norm, tuple(norm.split()), place[number])
                for word in set(name.words):
                    by_word[word].append(len(self._names))
                self._names.append(name)
        self._by_word = dict(by_word)
        self._sorted_words = sorted(by_word)
        # One string of every word, so a search inside words runs at C speed (str.find).
        self._joined = "\n".join(self._sorted_words)
        self._starts = list(
            itertools.accumulate((len(w) + 1 for w in self._sorted_words), initial=0)
        )
        deleted: dict[str, set[str]] = defaultdict(set)
        for word in self._sorted_words:
            # A query word of 4-7 letters may be one edit from a word of 3 or more, one of 8 or
            # more two edits from a word of 6 or more; numbers are not misspelt names.
            depth = 2 if len(word) >= LONG_TYPO - 2 else 1 if len(word) >= MIN_TYPO - 1 else 0
            if depth and not any(c.isdigit() for c in word):
                for variant in _deletions(word, depth):
                    deleted[variant].add(word)
        self._deleted = dict(deleted)

    def __len__(self) -> int:
        return len(self.entries)

    def _word_matches(self, word: str) -> dict[str, int]:
        """Words of the index a query word matches, each with how well: WORDS (starts it),
        INSIDE (inside it), TYPO (within the allowed edits)."""
        found: dict[str, int] = {}
        at = bisect_left(self._sorted_words, word)
        while at < len(self._sorted_words) and self._sorted_words[at].startswith(word):
            found[self._sorted_words[at]] = WORDS
            at += 1
        if len(word) >= MIN_INSIDE:
            at = self._joined.find(word)
            while at >= 0:
                number = bisect_right(self._starts, at) - 1
                candidate = self._sorted_words[number]
                found.setdefault(candidate, INSIDE)
                at = self._joined.find(word, self._starts[number + 1])
        allowed = typos_allowed(word)
        if allowed:
            candidates: set[str] = set()
            for variant in _deletions(word, allowed):
                candidates |= self._deleted.get(variant, set())
            for candidate in candidates:
                if candidate not in found and edit_distance(word, candidate, allowed) <= allowed:
                    found[candidate] = TYPO
        return found

    def lookup(self, query: str, limit: int | None = None, kinds: Iterable[str] = ()) -> list[Hit]:
        """The entries matching ``query``, best first (see the module's tiers)."""
        q = normalise(query)
        words = list(dict.fromkeys(q.split()))
        if not words:
            return []
        wanted = set(kinds)
        matches = [self._word_matches(w) for w in words]
        candidates: set[int] = set()
        for per_word in matches:
            for word in per_word:
                candidates.update(self._by_word[word])
        # Keys only while ranking: a Hit is made for the few that are returned.
        best: dict[int, tuple] = {}
        entries = self.entries
        for number in candidates:
            name = self._names[number]
            if wanted and entries[name.entry].kind not in wanted:
                continue
            ranks = [
                min((per_word[w] for w in name.words if w in per_word), default=None)
                for per_word in matches
            ]
            hit_words = len(ranks) - ranks.count(None)
            if name.norm == q:
                tier = EXACT
            elif name.norm.startswith(q):
                tier = PREFIX
            elif hit_words == len(words):
                tier = max(ranks)
            elif len(words) > 1:
                tier = SOME
            else:
                continue
            key = (tier, -hit_words, len(name.norm), name.order, number)
            if name.entry not in best or key < best[name.entry]:
                best[name.entry] = key
        keys = sorted(best.values()) if limit is None else heapq.nsmallest(limit, best.values())
        return [
            Hit(entries[self._names[key[4]].entry], key[0], self._names[key[4]].text, -key[1])
            for key in keys
        ]
