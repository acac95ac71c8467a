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
import threading
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field, replace
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
    label: str = ""  # the entry's label, case-folded: ties in a tier, after use


@dataclass(eq=False)
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
    _iris: dict[str, int] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self._iris = {entry.iri: number for number, entry in enumerate(self.entries)}
        by_word: dict[str, list[int]] = defaultdict(list)
        for number, entry in enumerate(self.entries):
            seen = set()
            for text in (entry.label, *entry.names):
                norm = normalise(text)
                if not norm or norm in seen:
                    continue
                seen.add(norm)
                name = _Name(number, text, norm, tuple(norm.split()), entry.label.casefold())
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

    def has(self, iri: str) -> bool:
        return iri in self._iris

    def entry(self, iri: str) -> Entry | None:
        """The entry of ``iri``, if the index holds one."""
        number = self._iris.get(iri)
        return None if number is None else self.entries[number]

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
        keys = self.ranked(query, kinds)
        keys = sorted(keys) if limit is None else heapq.nsmallest(limit, keys)
        return [self.hit(key) for key in keys]

    def ranked(
        self,
        query: str,
        kinds: Iterable[str] = (),
        exclude: Container[str] = (),
        usage: Mapping[str, int] | None = None,
    ) -> list[tuple]:
        """The sort key of each entry matching ``query`` (smaller is better), its IRI not in
        ``exclude``; the use counts of ``usage`` replace the entries' own. Keys of two indexes
        compare alike, so their matches can be merged (:class:`LiveIndex`); :meth:`hit` makes
        a key a :class:`Hit`."""
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
            entry = entries[name.entry]
            if (wanted and entry.kind not in wanted) or entry.iri in exclude:
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
            uses = entry.usage if usage is None else usage.get(entry.iri, entry.usage)
            key = (tier, -hit_words, len(name.norm), -uses, name.label, entry.iri, self, number)
            if name.entry not in best or key < best[name.entry]:
                best[name.entry] = key
        return list(best.values())

    def hit(self, key: tuple) -> Hit:
        """The :class:`Hit` of a key :meth:`ranked` gave."""
        name = self._names[key[-1]]
        entry = self.entries[name.entry]
        if entry.usage != -key[3]:
            entry = replace(entry, usage=-key[3])
        return Hit(entry, key[0], name.text, -key[1])

    def __lt__(self, other: SearchIndex) -> bool:
        # Keys end in (index, name number) and never tie before them (one IRI, one index).
        return id(self) < id(other)


class LiveIndex:
    """A label index that follows the store: a built index, and beside it a small one of the
    entries changed since (their IRIs hidden in the built one), so a change costs the entries
    it touches, not a rebuild. When the changed entries pass ``compact_after``, a thread
    merges them into a new built index; look-ups go on meanwhile and never wait for it.

    >>> live = LiveIndex(SearchIndex([Entry("ex:ms", "multiple sclerosis", "disease")]))
    >>> live.change({"ex:ms": Entry("ex:ms", "disseminated sclerosis", "disease"),
    ...              "ex:sle": Entry("ex:sle", "lupus", "disease")})
    >>> [hit.entry.iri for hit in live.lookup("sclerosis")], live.lookup("multiple")
    (['ex:ms'], [])
    >>> live.change({"ex:sle": None}); live.lookup("lupus")
    []
    """

    def __init__(self, index: SearchIndex, compact_after: int = 1000):
        self.compact_after = compact_after
        self._write = threading.Lock()
        self._compacting: threading.Thread | None = None
        # Replaced whole, never changed in place: a look-up reads one consistent state.
        self._state = _LiveState(index, {}, SearchIndex([]), {})

    @property
    def index(self) -> SearchIndex:
        """The built index (without the changes since it was built)."""
        return self._state.built

    @property
    def changed(self) -> Mapping[str, Entry | None]:
        """The entries changed since the built index was built (None: gone), by IRI."""
        return self._state.changed

    def __len__(self) -> int:
        state = self._state
        gone = sum(1 for iri in state.changed if state.built.has(iri))
        return len(state.built) - gone + len(state.extra)

    def usage(self, iri: str) -> int:
        """How often ``iri`` is used, as far as this index knows."""
        state = self._state
        if iri in state.usage:
            return state.usage[iri]
        entry = state.changed.get(iri) or state.built.entry(iri)
        return entry.usage if entry else 0

    def lookup(self, query: str, limit: int | None = None, kinds: Iterable[str] = ()) -> list[Hit]:
        """The entries matching ``query``, best first, as :meth:`SearchIndex.lookup`."""
        state = self._state
        usage = state.usage or None
        keys = state.built.ranked(query, kinds, state.changed, usage)
        keys += state.extra.ranked(query, kinds, (), usage)
        keys = sorted(keys) if limit is None else heapq.nsmallest(limit, keys)
        return [key[-2].hit(key) for key in keys]

    def change(
        self, entries: Mapping[str, Entry | None], usage: Mapping[str, int] | None = None
    ) -> None:
        """Replace the entries of these IRIs (None: drop it), and set these use counts."""
        with self._write:
            state = self._state
            changed = {**state.changed, **entries}
            uses = {**state.usage, **(usage or {})}
            extra = state.extra
            if entries:
                extra = SearchIndex(sorted((e for e in changed.values() if e), key=_by_iri))
            self._state = _LiveState(state.built, changed, extra, uses)
            if len(changed) > self.compact_after and self._compacting is None:
                self._compacting = threading.Thread(
                    target=self._compact, name="search-index-compaction", daemon=True
                )
                self._compacting.start()

    def replace(self, index: SearchIndex) -> None:
        """Start again from ``index`` (built from the store as it is now)."""
        with self._write:
            self._state = _LiveState(index, {}, SearchIndex([]), {})

    def wait(self) -> None:
        """Wait for a compaction under way, if any (tests, benchmarks)."""
        thread = self._compacting
        if thread is not None:
            thread.join()

    def _compact(self) -> None:
        try:
            state = self._state
            merged = [e for e in state.built.entries if e.iri not in state.changed]
            merged += [e for e in state.changed.values() if e]
            merged = [replace(e, usage=state.usage.get(e.iri, e.usage)) for e in merged]
            built = SearchIndex(sorted(merged, key=_by_iri))
            with self._write:
                now = self._state
                if now.built is not state.built:
                    return  # replaced meanwhile: this merge is of a past state
                # What changed while merging stays a change of the new index.
                later = {
                    iri: entry
                    for iri, entry in now.changed.items()
                    if iri not in state.changed or state.changed[iri] is not entry
                }
                extra = SearchIndex(sorted((e for e in later.values() if e), key=_by_iri))
                self._state = _LiveState(built, later, extra, now.usage)
        finally:
            self._compacting = None


def _by_iri(entry: Entry) -> str:
    return entry.iri


@dataclass(frozen=True)
class _LiveState:
    built: SearchIndex
    changed: Mapping[str, Entry | None]
    extra: SearchIndex
    usage: Mapping[str, int]
