"""Describe one resource of the graph: its triples, what links to it, and the claims about it.

Everything here reads the store through the queries ``kg/queries/page-*.rq`` with the resource
bound as ``?resource`` (never spliced into the text), and returns plain values that the pages
render and that tests inspect without HTTP.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.resources import query_text

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
HKG = "https://w3id.org/hsct-kg/ontology#"
OBO_IN_OWL = "http://www.geneontology.org/formats/oboInOwl#"

RDF_TYPE = RDF + "type"
LABELS = (RDFS + "label", SKOS + "prefLabel")
DEFINITIONS = (SKOS + "definition", "http://purl.obolibrary.org/obo/IAO_0000115", RDFS + "comment")
#: Properties whose values are identifiers of the same (or a related) thing elsewhere.
XREFS = (
    SKOS + "exactMatch",
    SKOS + "closeMatch",
    SKOS + "broadMatch",
    SKOS + "narrowMatch",
    SKOS + "relatedMatch",
    OBO_IN_OWL + "hasDbXref",
    "http://www.w3.org/2002/07/owl#sameAs",
)
#: Values a resource page lists of each property (and things linking to it through each), and
#: the size of a page of one property's values: past this a property's values are paged
#: (:func:`property_page`), so a page reads and draws a bounded number of rows whatever the
#: resource (AHSCT has 10,800 values of its own at a million claims).
VALUES_SHOWN = 50
#: Properties a page reads values of, in each direction; past this, a property has its count
#: and a link to its pages only.
MAX_PROPERTIES = 100
#: Values of one property sorted for its pages; past this they are paged in the store's own
#: order (stable while the store is unchanged): sorting a million things typed hkg:Claim to show
#: 50 of them would take seconds.
MAX_SORTED = 10_000

_RESOURCE = ox.Variable("resource")
_CLAIM = ox.Variable("claim")
_P = ox.Variable("p")
#: The claim properties through which a claim is about a class (a disease, intervention ...).
ROLES = tuple(
    ox.NamedNode(HKG + name)
    for name in ("intervention", "condition", "outcome", "comparator", "mechanism", "step")
)


@dataclass(frozen=True)
class Term:
    """An RDF term with the label the graph gives it (if any)."""

    term: ox.NamedNode | ox.BlankNode | ox.Literal
    label: str | None = None

    @property
    def value(self) -> str:
        return self.term.value

    @property
    def is_iri(self) -> bool:
        return isinstance(self.term, ox.NamedNode)

    @property
    def is_literal(self) -> bool:
        return isinstance(self.term, ox.Literal)


@dataclass
class Claim:
    """One claim about the resource, with what a reader needs to judge it."""

    iri: str
    kind: Term
    roles: set[str] = field(default_factory=set)
    statement: str | None = None
    text: str | None = None
    section_path: str | None = None
    position: int | None = None
    markers: str | None = None
    document: Term | None = None
    wording: str | None = None
    negated: bool = False
    hedged: bool = False
    draft: bool = False
    label: str | None = None
    slots: dict[str, list[Term]] = field(default_factory=dict)
    #: Curator notes of the values a curator added, by (property IRI, value).
    curated: dict[tuple[str, str], str] = field(default_factory=dict)

    def slot(self, name: str) -> list[Term]:
        """Values of the claim property ``hkg:<name>`` (``cites``: the statement's references)."""
        return self.slots.get(HKG + name, [])

    def note(self, name: str, value: Term) -> str | None:
        """The curator's note when ``value`` of ``hkg:<name>`` was added by a curator."""
        return self.curated.get((HKG + name, value.value))

    @property
    def against(self) -> bool:
        """Whether the claim recommends against (``hkg:direction hkg:Against``)."""
        return any(t.value == HKG + "Against" for t in self.slot("direction"))

    @property
    def restrictions(self) -> list[str]:
        """Why the claim says less than a bare triple would: negated, against, hedged,
        population, scope, draft (the words a page shows beside it).

        >>> import pyoxigraph as ox
        >>> c = Claim("http://e/c", Term(ox.NamedNode("http://e/K")), hedged=True)
        >>> c.slots[HKG + "direction"] = [Term(ox.NamedNode(HKG + "Against"))]
        >>> c.restrictions
        ['a recommendation against', 'hedged']
        """
        out = []
        if self.negated:
            out.append("negated")
        if self.against:
            out.append("a recommendation against")
        if self.hedged:
            out.append("hedged")
        if self.slot("population"):
            out.append("restricted to a population")
        if self.slot("conditionScope"):
            out.append("about some of its condition only")
        if self.draft:
            out.append("a draft")
        return out

    @property
    def statements(self) -> int:
        return 1 if self.statement else 0


@dataclass(frozen=True)
class PropertyValues:
    """One property of a resource as a page lists it: how many values it has there (or things
    link through it, when ``incoming``) and the first of them, or one page of them."""

    prop: Term
    count: int
    values: list[Term]
    incoming: bool = False
    #: Where ``values`` start among all of them (0 on a resource page).
    start: int = 0
    #: Whether the values are in SPARQL's order (else the store's: see :data:`MAX_SORTED`).
    sorted: bool = True

    @property
    def more(self) -> bool:
        """Whether there are values past those listed."""
        return self.start + len(self.values) < self.count


@dataclass
class Description:
    """What the graph says about one IRI: each property with its count and first values."""

    iri: str
    properties: list[PropertyValues]
    links: list[PropertyValues]
    claims: list[Claim]
    #: Whether the graph uses the IRI as a property (``rdf:type``, ``hkg:condition`` ...).
    is_property: bool = False

    @property
    def outgoing(self) -> list[tuple[Term, Term]]:
        """(property, value) of the values listed, in order."""
        return [(g.prop, o) for g in self.properties for o in g.values]

    @property
    def incoming(self) -> list[tuple[Term, Term]]:
        """(property, subject) of the links to here listed, in order."""
        return [(g.prop, s) for g in self.links for s in g.values]

    @property
    def outgoing_total(self) -> int:
        return sum(g.count for g in self.properties)

    @property
    def incoming_total(self) -> int:
        return sum(g.count for g in self.links)

    @property
    def more(self) -> bool:
        """Whether any property has more values (or links) than the page lists."""
        return any(g.more for g in self.properties + self.links)

    def links_through(self, prop: str) -> PropertyValues | None:
        return next((g for g in self.links if g.prop.value == prop), None)

    @property
    def exists(self) -> bool:
        return bool(self.properties or self.links or self.is_property)

    def values(self, *properties: str) -> list[Term]:
        return [o for p, o in self.outgoing if p.value in properties]

    @property
    def label(self) -> str | None:
        labels = self.values(*LABELS)
        return labels[0].value if labels else None

    @property
    def types(self) -> list[Term]:
        return self.values(RDF_TYPE)

    @property
    def definitions(self) -> list[str]:
        return [t.value for t in self.values(*DEFINITIONS) if t.is_literal]

    @property
    def xrefs(self) -> list[tuple[Term, Term]]:
        return [(p, o) for p, o in self.outgoing if p.value in XREFS]

    @property
    def superclasses(self) -> list[Term]:
        return [t for t in self.values(RDFS + "subClassOf") if t.is_iri]

    @property
    def subclasses(self) -> list[Term]:
        return [s for p, s in self.incoming if p.value == RDFS + "subClassOf"]

    def claims_by_kind(self) -> list[tuple[Term, list[Claim]]]:
        """Group the claims by kind, kinds with most claims first."""
        groups: dict[str, tuple[Term, list[Claim]]] = {}
        for claim in self.claims:
            groups.setdefault(claim.kind.value, (claim.kind, []))[1].append(claim)
        return sorted(groups.values(), key=lambda g: (-len(g[1]), g[0].label or g[0].value))


def describe(store: ox.Store, iri: str, *, with_claims: bool = True) -> Description:
    """Return what ``store`` says about ``iri``.

    Args:
        store: the store to read.
        iri: an absolute IRI (already parsed by the caller).
        with_claims: also collect the claims about it and its subclasses.

    >>> s = ox.Store()
    >>> a, label = ox.NamedNode("http://e/a"), ox.NamedNode(RDFS + "label")
    >>> s.add(ox.Quad(a, label, ox.Literal("<b>A</b>")))
    >>> d = describe(s, "http://e/a")
    >>> d.exists, d.label, d.claims
    (True, '<b>A</b>', [])
    """
    node = ox.NamedNode(iri)
    bound = {_RESOURCE: node}
    counted: dict[str, list[tuple[Term, int]]] = {"out": [], "in": []}
    for row in store.query(query_text("page-property-counts"), substitutions=bound):
        counted[row["direction"].value].append(
            (_term(row["p"], row["pLabel"]), int(row["n"].value))
        )
    properties = _listed(store, node, counted["out"], incoming=False)
    links = _listed(store, node, counted["in"], incoming=True)
    claims = _claims(store, [bound]) if with_claims and _has_claims(store, node) else []
    used = next(iter(store.quads_for_pattern(None, node, None)), None) is not None
    return Description(iri, properties, links, claims, used)


def _listed(
    store: ox.Store, node: ox.NamedNode, counted: list[tuple[Term, int]], *, incoming: bool
) -> list[PropertyValues]:
    """Each property of ``counted`` with its first :data:`VALUES_SHOWN` values: those with no
    more than that many read together in one query, each of the others a page at a time."""
    read = counted[:MAX_PROPERTIES]
    few = [p for p, n in read if n <= VALUES_SHOWN]
    found: dict[str, list[Term]] = {}
    if few:
        name = "page-incoming" if incoming else "page-outgoing"
        text = _with_values(query_text(name), "p", [p.value for p in few], name)
        value = "s" if incoming else "o"
        for row in store.query(text, substitutions={_RESOURCE: node}):
            found.setdefault(row["p"].value, []).append(_term(row[value], row[value + "Label"]))
    out = []
    for k, (prop, n) in enumerate(counted):
        if k >= MAX_PROPERTIES:
            values = []
        elif n <= VALUES_SHOWN:
            values = found.get(prop.value, [])
        else:
            values = _page_of_values(store, node, prop.term, incoming, 0, n)
        out.append(PropertyValues(prop, n, values, incoming, sorted=n <= MAX_SORTED))
    return out


def _with_values(text: str, variable: str, iris: list[str], name: str) -> str:
    """``text`` with a ``VALUES ?variable`` block of ``iris`` at the start of its one WHERE.

    The IRIs are written by pyoxigraph from parsed IRIs; pyoxigraph binds one value per
    variable only."""
    if text.count("WHERE {") != 1:
        raise ValueError(f"{name}.rq: expected one 'WHERE {{' to bind ?{variable} in")
    values = f"VALUES ?{variable} {{ " + " ".join(str(ox.NamedNode(i)) for i in iris) + " }\n"
    return text.replace("WHERE {", "WHERE {\n  " + values, 1)


def _page_of_values(
    store: ox.Store,
    node: ox.NamedNode,
    prop: ox.NamedNode,
    incoming: bool,
    start: int,
    count: int,
) -> list[Term]:
    """The :data:`VALUES_SHOWN` values of ``prop`` (or subjects, when ``incoming``) from the
    ``start``-th, in SPARQL's order, or the store's when there are more than
    :data:`MAX_SORTED` of them (``count``)."""
    if count > MAX_SORTED:
        return _page_in_store_order(store, node, prop, incoming, start)
    name = "page-property-subjects" if incoming else "page-property-values"
    text = query_text(name)
    marker = "LIMIT 50 OFFSET 0"
    if text.count(marker) != 1:
        raise ValueError(f"{name}.rq: expected one '{marker}' to write the page in")
    text = text.replace(marker, f"LIMIT {int(VALUES_SHOWN)} OFFSET {int(start)}")
    value = "s" if incoming else "o"
    return [
        _term(row[value], row[value + "Label"])
        for row in store.query(text, substitutions={_RESOURCE: node, _P: prop})
    ]


def _page_in_store_order(
    store: ox.Store, node: ox.NamedNode, prop: ox.NamedNode, incoming: bool, start: int
) -> list[Term]:
    """A page of values of ``prop`` with no sort: the store's order, which stays the same while
    the store does; labels looked up for the page's values alone."""
    if incoming:
        text = "SELECT ?resource ?p ?v WHERE { ?v ?p ?resource FILTER(!isBlank(?v)) }"
    else:
        text = "SELECT ?resource ?p ?v WHERE { ?resource ?p ?v }"
    text += f" LIMIT {int(VALUES_SHOWN)} OFFSET {int(start)}"
    rows = store.query(text, substitutions={_RESOURCE: node, _P: prop})
    values = [row["v"] for row in rows]
    label = ox.NamedNode(RDFS + "label")
    out = []
    for value in values:
        found = None
        if not isinstance(value, ox.Literal):
            for quad in store.quads_for_pattern(value, label, None, ox.DefaultGraph()):
                found = quad.object
                break
        out.append(_term(value, found))
    return out


def property_page(
    store: ox.Store, iri: str, prop: str, *, incoming: bool, page: int
) -> PropertyValues | None:
    """Page ``page`` (from 1) of the values of ``prop`` of ``iri`` (of the things linking to
    ``iri`` through it, when ``incoming``), :data:`VALUES_SHOWN` a page; None when there are
    none. A page past the last has no values.

    >>> property_page(ox.Store(), "http://e/a", "http://e/p", incoming=False, page=1) is None
    True
    """
    node, prop_node = ox.NamedNode(iri), ox.NamedNode(prop)
    direction = "in" if incoming else "out"
    bound = {_RESOURCE: node, _P: prop_node}
    row = next(
        (
            r
            for r in store.query(query_text("page-property-counts"), substitutions=bound)
            if r["direction"].value == direction
        ),
        None,
    )
    if row is None:
        return None
    start = (page - 1) * VALUES_SHOWN
    count = int(row["n"].value)
    values = (
        _page_of_values(store, node, prop_node, incoming, start, count) if start < count else []
    )
    return PropertyValues(
        _term(prop_node, row["pLabel"]), count, values, incoming, start, count <= MAX_SORTED
    )


def claims_from(store: ox.Store, iri: str) -> list[Claim]:
    """Return the claims a claim, statement or document page shows: the claim ``iri`` itself,
    or those derived from the statement ``iri``, or from any statement of the document ``iri``,
    in document order.

    >>> claims_from(ox.Store(), "http://e/nothing")
    []
    """
    bound = {_RESOURCE: ox.NamedNode(iri)}
    each = [
        {_CLAIM: row["claim"]}
        for row in store.query(query_text("page-claims-of"), substitutions=bound)
    ]
    claims = _claims(store, each, "page-claim-card", "page-claim-card-slots")
    return sorted(claims, key=lambda c: (c.position or 0, c.iri))


def claims_by_iri(store: ox.Store, iris: list[str]) -> list[Claim]:
    """Return the claims ``iris`` as :func:`claims_from` gives each one (an IRI that is no claim
    is left out), in the order given, read with two queries however many there are: a page of
    50 cards read one claim at a time cost 150 queries.

    The IRIs are written into the queries' text as a ``VALUES`` block, each by pyoxigraph from
    a parsed IRI; pyoxigraph binds one value per variable only.

    >>> claims_by_iri(ox.Store(), ["http://e/nothing"])
    []
    """
    if not iris:
        return []
    values = "VALUES ?claim { " + " ".join(str(ox.NamedNode(iri)) for iri in iris) + " }\n"
    texts = []
    for name in ("page-claim-card", "page-claim-card-slots"):
        text = query_text(name)
        if text.count("WHERE {") != 1:
            raise ValueError(f"{name}.rq: expected one 'WHERE {{' to bind ?claim in")
        texts.append(text.replace("WHERE {", "WHERE {\n  " + values, 1))
    found = {c.iri: c for c in _claims(store, [{}], *texts, named=False)}
    return [found[iri] for iri in iris if iri in found]


def _has_claims(store: ox.Store, node: ox.NamedNode) -> bool:
    """Whether any claim is about ``node`` or a subclass of it, looked up in the indexes: most
    resources (claims, statements, organisations ...) have none, and the claim queries cost as
    much to find none as to find thousands."""
    bound = {_RESOURCE: node}
    for row in store.query(query_text("page-subclasses"), substitutions=bound):
        for role in ROLES:
            if next(iter(store.quads_for_pattern(None, role, row["target"])), None) is not None:
                return True
    return False


@dataclass(frozen=True)
class XrefNote:
    """Where a cross-reference was verified and how confidently (its axiom annotation)."""

    confidence: str | None
    source: str | None


def xref_notes(store: ox.Store, iri: str) -> dict[tuple[str, str], XrefNote]:
    """Return the annotation of each cross-reference of ``iri``, by (property IRI, target value).

    >>> xref_notes(ox.Store(), "http://e/a")
    {}
    """
    out = {}
    bound = {_RESOURCE: ox.NamedNode(iri)}
    for row in store.query(query_text("page-xref-annotations"), substitutions=bound):
        out[(row["property"].value, row["target"].value)] = XrefNote(
            _value(row["confidence"]), _value(row["source"]) or None
        )
    return out


def _claims(
    store: ox.Store,
    bindings: list[dict],
    header: str = "page-claims",
    slots: str = "page-claim-slots",
    *,
    named: bool = True,
) -> list[Claim]:
    """The claims the queries ``header`` and ``slots`` (names of ``kg/queries/*.rq``, or their
    texts when not ``named``) find under each of ``bindings``."""
    if named:
        header, slots = query_text(header), query_text(slots)
    claims: dict[str, Claim] = {}
    for row in (r for b in bindings for r in store.query(header, substitutions=b)):
        key = row["claim"].value
        claim = claims.get(key)
        if claim is None:
            claim = claims[key] = Claim(
                iri=key,
                kind=_term(row["kind"], row["kindLabel"]),
                statement=_value(row["statement"]),
                text=_value(row["text"]),
                section_path=_value(row["sectionPath"]),
                position=_int(row["position"]),
                markers=_value(row["markers"]),
                document=_term(row["document"], row["documentLabel"]) if row["document"] else None,
                wording=_value(row["wording"]),
                negated=_value(row["negated"]) in ("true", "1"),
                hedged=_value(row["hedged"]) in ("true", "1"),
                draft=_value(row["draft"]) in ("true", "1"),
                label=_value(row["label"]),
            )
        claim.roles.add(row["role"].value)
    for row in (r for b in bindings for r in store.query(slots, substitutions=b)):
        claim = claims.get(row["claim"].value)
        if claim is None:
            continue
        values = claim.slots.setdefault(row["p"].value, [])
        term = _term(row["o"], row["oLabel"])
        if term not in values:
            values.append(term)
        if row["curatorNote"] is not None:
            claim.curated[(row["p"].value, row["o"].value)] = row["curatorNote"].value
    for claim in claims.values():
        for values in claim.slots.values():
            values.sort(key=lambda t: (t.label or t.value).lower())
    return list(claims.values())


def resource_triples(store: ox.Store, iri: str) -> list[ox.Triple]:
    """Return the RDF description of ``iri``: its triples, the blank nodes they reach, and the
    annotated axioms (``owl:Axiom``) about it, e.g. where a cross-reference was verified.

    >>> s = ox.Store(); a = ox.NamedNode("http://e/a"); b = ox.BlankNode()
    >>> s.add(ox.Quad(a, ox.NamedNode("http://e/p"), b))
    >>> s.add(ox.Quad(b, ox.NamedNode("http://e/q"), ox.Literal("x")))
    >>> len(resource_triples(s, "http://e/a"))
    2
    """
    node = ox.NamedNode(iri)
    out: list[ox.Triple] = []
    seen: set = set()
    queue: list = [node]
    axioms = store.quads_for_pattern(
        None, ox.NamedNode(OWL + "annotatedSource"), node, ox.DefaultGraph()
    )
    queue += [q.subject for q in axioms if isinstance(q.subject, ox.BlankNode)]
    while queue:
        subject = queue.pop(0)
        if subject in seen:
            continue
        seen.add(subject)
        for quad in store.quads_for_pattern(subject, None, None, ox.DefaultGraph()):
            out.append(quad.triple)
            if isinstance(quad.object, ox.BlankNode):
                queue.append(quad.object)
    return out


def labels_of(store: ox.Store, iris: Iterable[str]) -> dict[str, str]:
    """Return the ``rdfs:label`` of each IRI that has one."""
    out = {}
    label = ox.NamedNode(RDFS + "label")
    for iri in iris:
        for quad in store.quads_for_pattern(ox.NamedNode(iri), label, None, ox.DefaultGraph()):
            out[iri] = quad.object.value
            break
    return out


def _term(term, label) -> Term:
    return Term(term, label.value if label is not None else None)


def _value(term) -> str | None:
    return term.value if term is not None else None


def _int(term) -> int | None:
    try:
        return int(term.value) if term is not None else None
    except ValueError:
        return None
