"""Facets above the claim cards of a disease or intervention page: kind, strength, direction,
recommending body, intervention and disease, chosen by query parameters (``?strength=hkg:Possible``), so every filter is a
plain link that works without script. A facet may be given several values (a claim matches if it
has any of them, and must match every facet chosen); a value's link adds it, or takes it away
when it is chosen.

A value is an IRI or a CURIE with one of the graph's prefixes; a value that is neither, or that no
claim has for that facet, is refused with a message naming the parameter.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

import pyoxigraph as ox

from kg.namespaces import PREFIXES
from kg.resources import query_text
from server.errors import HTTPError
from server.linked import curie, parse_iri
from server.resource import HKG, RDF_TYPE, Claim, Term

#: Values of one facet a request may choose.
MAX_VALUES = 20
#: Facet parameter → (heading, claim property). ``kind`` is the claim's class.
FACETS: dict[str, tuple[str, str]] = {
    "kind": ("Kind", RDF_TYPE),
    "strength": ("Strength", HKG + "strength"),
    "direction": ("Direction", HKG + "direction"),
    "body": ("Recommended by", HKG + "recommendedBy"),
    "intervention": ("Intervention", HKG + "intervention"),
    "disease": ("Disease", HKG + "condition"),
}


@dataclass(frozen=True)
class Value:
    """One value of a facet: how many claims it leaves, and the link that chooses it."""

    term: Term
    count: int
    chosen: bool
    href: str


@dataclass(frozen=True)
class Facet:
    name: str
    title: str
    values: list[Value]
    #: The link that drops this facet's choice, when one is made.
    clear: str | None
    #: Values left out (a page from the claim index lists the most frequent ones only).
    more: int = 0


def chosen(args, store: ox.Store) -> dict[str, tuple[str, ...]]:
    """Return the facet values the request chose, as IRIs, by facet name. Several values of a
    facet match a claim having any of them; every facet chosen must match.

    Args:
        args: the request's query parameters (a Werkzeug ``MultiDict``).
        store: the store, to check each value names something claims use.

    Raises:
        HTTPError: 400 for more than :data:`MAX_VALUES` values of a facet, or a value that is
            not an IRI or known CURIE, or no claim's.
    """
    out = {}
    for name, (title, prop) in FACETS.items():
        given = list(dict.fromkeys(args.getlist(name)))
        if not given:
            continue
        if len(given) > MAX_VALUES:
            raise HTTPError(400, f"{name}: give at most {MAX_VALUES} values, not {len(given)}")
        chosen_here = []
        for raw in given:
            node = parse_iri(expand(raw))
            if node is None:
                raise HTTPError(
                    400, f"{name}: {raw!r} is neither an IRI nor a CURIE with a known prefix"
                )
            bound = {ox.Variable("property"): ox.NamedNode(prop), ox.Variable("value"): node}
            if (
                next(iter(store.query(query_text("page-facet-value"), substitutions=bound)), None)
                is None
            ):
                raise HTTPError(
                    400, f"{name}: no claim has {curie(node.value)} as its {title.lower()}"
                )
            chosen_here.append(node.value)
        out[name] = tuple(chosen_here)
    return out


def expand(value: str) -> str:
    """Expand a CURIE with one of the graph's prefixes; anything else is returned as it is.

    >>> expand("hkg:Possible")
    'https://w3id.org/hsct-kg/ontology#Possible'
    >>> expand("http://e/x")
    'http://e/x'
    """
    prefix, colon, local = value.partition(":")
    if colon and prefix in PREFIXES and not local.startswith("//"):
        return PREFIXES[prefix] + local
    return value


def values_of(claim: Claim, name: str) -> list[Term]:
    """The values ``claim`` has for the facet ``name``."""
    if name == "kind":
        return [claim.kind]
    return claim.slots.get(FACETS[name][1], [])


def matches(claim: Claim, choice: dict[str, tuple[str, ...]], *, but: str | None = None) -> bool:
    """Whether ``claim`` has one of the chosen values of every facet (ignoring facet ``but``)."""
    return all(
        any(t.value in iris for t in values_of(claim, name))
        for name, iris in choice.items()
        if name != but
    )


def _toggled(choice: dict[str, tuple[str, ...]], name: str, iri: str) -> dict:
    """``choice`` with ``iri`` added to facet ``name``, or taken away if it is there."""
    now = choice.get(name, ())
    values = tuple(v for v in now if v != iri) if iri in now else (*now, iri)
    out = {k: v for k, v in choice.items() if k != name}
    if values:
        out[name] = values
    return out


def facets(claims: list[Claim], choice: dict[str, tuple[str, ...]], page: str) -> list[Facet]:
    """Build the facets of ``claims``: each value with the number of claims it would leave given
    the other facets' choices, and its link (``page`` is the page's own URL, without query)."""
    out = []
    for name, (title, _) in FACETS.items():
        counts: dict[str, tuple[Term, int]] = {}
        for claim in claims:
            if not matches(claim, choice, but=name):
                continue
            for term in {t.value: t for t in values_of(claim, name)}.values():
                seen = counts.get(term.value)
                counts[term.value] = (term, (seen[1] if seen else 0) + 1)
        # A facet whose one value every claim of the page has cannot narrow anything.
        if not counts or (name not in choice and _uniform(claims, name)):
            continue
        values = [
            Value(term, n, iri in choice.get(name, ()), _href(page, _toggled(choice, name, iri)))
            for iri, (term, n) in sorted(
                counts.items(), key=lambda kv: (-kv[1][1], (kv[1][0].label or kv[0]).lower())
            )
        ]
        clear = None
        if name in choice:
            clear = _href(page, {k: v for k, v in choice.items() if k != name})
        out.append(Facet(name, title, values, clear))
    return out


def _uniform(claims: list[Claim], name: str) -> bool:
    seen = {frozenset(t.value for t in values_of(c, name)) for c in claims}
    return len(seen) == 1


#: Claim cards per page, and the most a request may ask for with ``size``.
PAGE_SIZE = 50
MAX_PAGE_SIZE = 200


@dataclass(frozen=True)
class Paging:
    """Which slice of the chosen claims a page shows."""

    number: int
    size: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))

    @property
    def start(self) -> int:
        return (self.number - 1) * self.size

    @property
    def end(self) -> int:
        return min(self.start + self.size, self.total)


def paging(args, total: int) -> Paging:
    """Read ``page`` and ``size`` from the request for a list of ``total`` claims.

    Raises:
        HTTPError: 400 for a page or size that is not a whole number in range, 404 for a page
            past the last.

    >>> from werkzeug.datastructures import MultiDict
    >>> paging(MultiDict({"page": "2", "size": "5"}), 13).start
    5
    """
    size = _whole(args, "size", PAGE_SIZE, MAX_PAGE_SIZE)
    number = _whole(args, "page", 1, None)
    found = Paging(number, size, total)
    if number > found.pages:
        raise HTTPError(404, f"page {number} is past the last page of these claims ({found.pages})")
    return found


def _whole(args, name: str, default: int, most: int | None) -> int:
    given = args.getlist(name)
    if not given:
        return default
    raw = given[0]
    # ASCII digits only: str.isdigit() also accepts "²", which int() refuses.
    if (
        len(given) > 1
        or not (raw.isascii() and raw.isdigit())
        or int(raw) < 1
        or (most is not None and int(raw) > most)
    ):
        upper = f" to {most}" if most else " or more"
        raise HTTPError(400, f"{name}: {raw!r} is not a whole number from 1{upper}, given once")
    return int(raw)


def href(
    page: str, choice: dict[str, tuple[str, ...]], number: int = 1, size: int = PAGE_SIZE
) -> str:
    """The link to ``page`` with the facet values ``choice``, at page ``number``."""
    return _href(page, choice, number, size)


def _href(page: str, choice: dict, number: int = 1, size: int = PAGE_SIZE) -> str:
    params = [(name, _short(iri)) for name in FACETS if name in choice for iri in choice[name]]
    if size != PAGE_SIZE:
        params.append(("size", str(size)))
    if number != 1:
        params.append(("page", str(number)))
    return page + ("?" + urlencode(params) if params else "")


def _short(iri: str) -> str:
    shown = curie(iri)
    return shown if shown != iri else iri


# ---------------------------------------------------------------- many claims: from the index

#: A thing with more claims about it than this has its cards and facets from the claim index
#: (:mod:`server.claim_index`): reading every claim into Python took 45 s a page at 100,000
#: claims for AHSCT. Below it, the claims are read whole, and the map shows every chosen claim.
INDEXED_AFTER = 1000
#: Values of a facet such a page lists.
SHOWN_VALUES = 30


def large(store: ox.Store, index, iri: str) -> dict[str, list[str]] | None:
    """The claim index's scope of the claims about ``iri`` and its subclasses (in any role), if
    there are more than :data:`INDEXED_AFTER` of them; None otherwise.

    ``index`` is None while the claim index is being built: the claims are then counted in the
    store's indexes up to one past the threshold, so a page of few claims answers as it will
    once the index is built, and one of many is told the index is being prepared."""
    from server.claim_index import ABOUT, HIDDEN, SLOTS

    bound = {ox.Variable("resource"): ox.NamedNode(iri)}
    targets = [
        row["target"].value
        for row in store.query(query_text("page-subclasses"), substitutions=bound)
        if isinstance(row["target"], ox.NamedNode)
    ]
    scope = {slot: targets for slot in ABOUT}
    if index is None:
        if _few_claims(store, targets, [{**SLOTS, **HIDDEN}[slot] for slot in ABOUT]):
            return None
        from server import readiness
        from server.indexes import NotReady

        raise readiness.unavailable(
            NotReady(
                "claims", f"this page lists more than {INDEXED_AFTER:,} claims; the claim index"
            )
        )
    if index.select({}, scope, counted=False).total <= INDEXED_AFTER:
        return None
    return scope


def _few_claims(store: ox.Store, targets: list[str], predicates: list[str]) -> bool:
    """Whether at most :data:`INDEXED_AFTER` claims have one of ``targets`` through one of
    ``predicates``, as the claim index counts them (typed ``hkg:Claim``, in the default graph)."""
    claim, default = ox.NamedNode(HKG + "Claim"), ox.DefaultGraph()
    typed = ox.NamedNode(RDF_TYPE)
    seen: set = set()
    for target in targets:
        for predicate in predicates:
            node = ox.NamedNode(predicate)
            for quad in store.quads_for_pattern(None, node, ox.NamedNode(target), default):
                subject = quad.subject
                if subject in seen or not isinstance(subject, ox.NamedNode):
                    continue
                if any(True for _ in store.quads_for_pattern(subject, typed, claim, default)):
                    seen.add(subject)
                    if len(seen) > INDEXED_AFTER:
                        return False
    return True


def indexed_cards(store: ox.Store, index, scope, args, page: str | None, label) -> dict:
    """The claim cards of a thing with many claims, a page of them, and their facets, from the
    claim index: what :func:`server.pages._claims_with_facets` gives for a few, the same keys,
    the cards of the page read from the store in two queries
    (:func:`server.resource.claims_by_iri`). ``label(node)`` names a value.
    """
    from server.resource import claims_by_iri

    choice = chosen(args, store)
    whole = index.select({}, scope)
    everything = whole.total
    picked = index.select(dict(choice), scope)
    paging_ = paging(args, picked.total)
    # Kinds with most claims first, as a few claims are shown; within a kind, by IRI.
    kinds = [
        (kind, n)
        for kind, n in picked.facets["kind"]
        if "kind" not in choice or kind in choice["kind"]
    ]
    kinds.sort(key=lambda kn: (-kn[1], (label(ox.NamedNode(kn[0])) or kn[0]).casefold()))
    iris: list[str] = []
    offset = 0
    for kind, n in kinds:
        start = max(paging_.start - offset, 0)
        want = paging_.end - offset - start
        if want > 0 and start < n:
            within = index.select({**choice, "kind": (kind,)}, scope, counted=False)
            iris += within.window(start, min(want, n - start))
        offset += n
        if offset >= paging_.end:
            break
    shown = claims_by_iri(store, iris)
    cards: list[tuple[Term, list[Claim]]] = []
    for claim in shown:
        if not cards or cards[-1][0] != claim.kind:
            cards.append((claim.kind, []))
        cards[-1][1].append(claim)
    facets_: list[Facet] = []
    pages = {}
    if page and "#" not in page:
        for name, (title, _) in FACETS.items():
            counts = picked.facets[name]
            # Values every claim of the page has (all of them) cannot narrow anything.
            uniform = all(n == everything for _, n in whole.facets[name])
            if not counts or (name not in choice and uniform):
                continue
            picked_here = choice.get(name, ())
            # The most frequent values (and every chosen one): thousands of diseases or
            # outcomes would make the page's facets longer than its cards.
            listed = [
                (value, n)
                for number, (value, n) in enumerate(counts)
                if number < SHOWN_VALUES or value in picked_here
            ]
            values = [
                Value(
                    Term(ox.NamedNode(value), label(ox.NamedNode(value))),
                    n,
                    value in picked_here,
                    _href(page, _toggled(choice, name, value)),
                )
                for value, n in listed
            ]
            values.sort(key=lambda v: (-v.count, (v.term.label or v.term.value).lower()))
            clear = _href(page, {k: v for k, v in choice.items() if k != name})
            more = len(counts) - len(listed)
            facets_.append(Facet(name, title, values, clear if name in choice else None, more))
        pages = {
            n: href(page, choice, n, paging_.size)
            for n in (paging_.number - 1, paging_.number + 1)
            if 1 <= n <= paging_.pages
        }
    return {
        "shown": shown,
        "shown_total": picked.total,
        "claims_total": everything,
        "cards": cards,
        "paging": paging_,
        "pages": pages,
        "facets": facets_,
        "choice": choice,
        "map_of_page": True,
    }
