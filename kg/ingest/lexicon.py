"""The entity dictionary for linking text: names of the ontology's classes and the data's bodies.

Each disease, intervention, procedure step, outcome and process class contributes its
``rdfs:label`` and ``skos:altLabel`` (matched case-insensitively, with plural, spelling and
hyphen variants) and its ``hkg:abbreviation`` (matched case-sensitively, plural ``s`` allowed).
Organisations contribute the same from their individuals; publications are kept for lookup by
journal and year or by issuing body and year, which is how summaries name them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.namespaces import HKG, RESOURCE_BASE

DISEASE = "disease"
INTERVENTION = "intervention"
STEP = "step"
OUTCOME = "outcome"
ADVERSE_EVENT = "adverse-event"
PROCESS = "process"
ORGANISATION = "organisation"

# The ontology roots each kind hangs from, most specific first.
_ROOTS = (
    (HKG.AdverseEvent, ADVERSE_EVENT),
    (HKG.Outcome, OUTCOME),
    (HKG.ProcedureStep, STEP),
    (HKG.Intervention, INTERVENTION),
    (HKG.Disease, DISEASE),
    (HKG.BiologicalProcess, PROCESS),
)
_ORGANISATION_TYPES = (HKG.Organisation, HKG.WorkingParty)
_PUBLICATION_TYPES = (HKG.Publication, HKG.JournalArticle, HKG.Guideline)

# British and American spellings both occur in summaries; each label also matches the other.
_SPELLINGS = (
    (r"\bhaem", "hem"),
    (r"\bhem(?=[ao])", "haem"),
    (r"anaes", "anes"),
    (r"\banes", "anaes"),
    (r"\boedem", "edem"),
    (r"\bedem", "oedem"),
    (r"isation", "ization"),
    (r"ization", "isation"),
    (r"\b(\w+)ise\b", r"\1ize"),
    (r"\b(\w+)ize\b", r"\1ise"),
    (r"tumour", "tumor"),
    # "Haemopoietic stem cell transplant": the older, shorter spelling of the same word.
    (r"\b(ha?em)atopoietic", r"\1opoietic"),
    # "haemopoetic stem cell transplantation" (ASTIC, as printed): the same word without its i.
    (r"\b(ha?em)(?:at)?opoietic", r"\1opoetic"),
    # "Haematopoietic cell transplantation (HCT)" is the name transplant registries use for
    # haematopoietic stem cell transplantation (NCIT C15431 lists both).
    # "autologous hematopoietic SCT": transplant journals abbreviate the last three words.
    (r"\bstem[\s-]+cell[\s-]+transplant(?:ation)?$", "SCT"),
    # "type 1 diabetes mellitus" is written "type 1 diabetes" as often as not.
    (r"\bdiabetes mellitus\b", "diabetes"),
    (r"\b(ha?ematopoietic)[\s-]+stem[\s-]+cell[\s-]+transplant", r"\1 cell transplant"),
    # "autologous hematopoietic stem cell transplant (HSCT)": clinicians name the procedure
    # "transplant" as often as "transplantation".
    (r"\btransplantation$", "transplant"),
)
# "release of X" is also written "releasing X": nominalised labels get their gerund form.
_GERUNDS = (("tion", "ting"), ("sion", "sing"), ("ment", "ing"), ("ance", "ing"), ("ing", "ing"))


@dataclass(frozen=True)
class Entry:
    """One linkable thing: its IRI, its kind and its preferred label."""

    iri: URIRef
    kind: str
    label: str
    parents: frozenset[URIRef] = frozenset()
    abbreviation: str | None = None
    proposed: bool = False

    def is_a(self, kind: str) -> bool:
        """True when the entry is of ``kind`` (adverse events are outcomes too)."""
        if kind == OUTCOME:
            return self.kind in (OUTCOME, ADVERSE_EVENT)
        if kind == INTERVENTION:
            return self.kind in (INTERVENTION, STEP)
        return self.kind == kind


@dataclass(frozen=True)
class Surface:
    """A written form of an entry and how to match it."""

    form: str
    case_sensitive: bool
    entry: Entry


@dataclass(frozen=True)
class Publication:
    iri: URIRef
    label: str
    journal: str | None
    year: int | None
    issuers: frozenset[URIRef]


@dataclass
class Lexicon:
    """Entries, their surface forms, and the publications known to the project."""

    entries: dict[URIRef, Entry] = field(default_factory=dict)
    surfaces: list[Surface] = field(default_factory=list)
    publications: list[Publication] = field(default_factory=list)
    units: dict[URIRef, URIRef] = field(default_factory=dict)  # working party -> organisation
    properties: frozenset[URIRef] = frozenset()  # the hkg: properties the ontology declares
    # Predicate local name -> the claim property holding its object (hkg:objectSlot).
    slots: dict[str, str] = field(default_factory=dict)
    # Subject phrases a document wrote for a proposed intervention whose name was rebuilt from
    # them ("CAR T-cell therapy that targets BCMA" -> "BCMA CAR T-cell therapy"): the same words
    # name the same proposal again.
    written_subjects: dict[str, URIRef] = field(default_factory=dict)
    # Abbreviations a document defines two ways ("mesenchymal stromal cells (MSCs)", later
    # "mesenchymal stem cells (MSCs)"): abbreviation -> the long forms. A bare use names
    # neither for sure, so it links to nothing and the claim says why.
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def add(self, entry: Entry, names: Iterable[str], abbreviations: Iterable[str] = ()) -> None:
        """Register ``entry`` under ``names`` (with variants) and ``abbreviations``."""
        self.entries[entry.iri] = entry
        seen: set[tuple[str, bool]] = set()
        for name in names:
            for form in variants(name):
                key = (form.lower(), False)
                if key not in seen:
                    seen.add(key)
                    self.surfaces.append(Surface(form, False, entry))
        for abbr in abbreviations:
            forms = [abbr, abbr + "s"]
            if len(abbr) >= 4 and abbr.isupper() and abbr.isalpha():
                # Authors write the initial of "autologous" in lower case ("aHSCT").
                forms.append(abbr[0].lower() + abbr[1:])
            versus = re.sub(r"(?<=[A-Z])V(?=[A-Z])", "v", abbr)
            if versus != abbr:
                # The V of "versus" is often written in lower case: "GvHD" is GVHD.
                forms += [versus, versus + "s"]
            for form in forms:
                if (form, True) not in seen:
                    seen.add((form, True))
                    self.surfaces.append(Surface(form, True, entry))

    def extended(self) -> Lexicon:
        """A copy that can take a document's proposed entities without changing this one."""
        return Lexicon(
            entries=dict(self.entries),
            surfaces=list(self.surfaces),
            publications=list(self.publications),
            units=dict(self.units),
            properties=self.properties,
            slots=self.slots,
            written_subjects=dict(self.written_subjects),
            ambiguous=dict(self.ambiguous),
        )

    def forget_abbreviation(self, abbreviation: str, any_case: bool = False) -> None:
        """Drop every case-sensitive form of ``abbreviation`` ("MSC", "MSCs", "aMSC"), and with
        ``any_case`` the names written exactly so as well ("SCT", a short form of a name)."""
        forms = {abbreviation, abbreviation + "s", abbreviation[0].lower() + abbreviation[1:]}
        self.surfaces = [
            s for s in self.surfaces if not ((s.case_sensitive or any_case) and s.form in forms)
        ]

    def abbreviated(self, form: str) -> list[Surface]:
        """The case-sensitive surfaces written exactly ``form``: what the abbreviation names."""
        return [s for s in self.surfaces if s.case_sensitive and s.form == form]

    def by_slug(self, kind_namespace: str, local: str) -> Entry | None:
        return self.entries.get(URIRef(f"{RESOURCE_BASE}{kind_namespace}/{local}"))


def build_lexicon(graph: Graph) -> Lexicon:
    """Return the lexicon of ``graph`` (the ontology plus the project's entity data).

    >>> from rdflib import Graph
    >>> g = Graph().parse(format="turtle", data='''
    ... @prefix hkg: <https://w3id.org/hsct-kg/ontology#> .
    ... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    ... <https://w3id.org/hsct-kg/resource/disease/ms> rdfs:subClassOf hkg:Disease ;
    ...     rdfs:label "multiple sclerosis" ; hkg:abbreviation "MS" .''')
    >>> lex = build_lexicon(g)
    >>> sorted({(s.form, s.case_sensitive) for s in lex.surfaces})[:3]
    [('MS', True), ('MSs', True), ('multiple scleroses', False)]
    """
    lexicon = Lexicon()
    lexicon.properties = frozenset(
        p
        for t in (OWL.DatatypeProperty, OWL.ObjectProperty, OWL.AnnotationProperty)
        for p in graph.subjects(RDF.type, t)
        if isinstance(p, URIRef) and str(p).startswith(str(HKG))
    )
    lexicon.slots = {
        str(p).removeprefix(str(HKG)): str(slot).removeprefix(str(HKG))
        for p, slot in graph.subject_objects(HKG.objectSlot)
    }
    for cls in set(graph.subjects(RDFS.subClassOf, None)):
        if not isinstance(cls, URIRef) or not str(cls).startswith(RESOURCE_BASE):
            continue
        ancestors = _ancestors(graph, cls)
        kind = next((k for root, k in _ROOTS if root in ancestors), None)
        if kind is None:
            continue
        _add_named(lexicon, graph, cls, kind, frozenset(ancestors))
    for entry in list(lexicon.entries.values()):
        for parent in (lexicon.entries.get(p) for p in entry.parents):
            # "diffuse cutaneous SSc": a narrower class whose label ends with its parent's is
            # also written with the parent's abbreviation.
            if (
                parent is not None
                and parent.abbreviation
                and entry.label.lower().endswith(" " + parent.label.lower())
            ):
                lexicon.add(entry, [entry.label[: -len(parent.label)] + parent.abbreviation])
    for org_type in _ORGANISATION_TYPES:
        for org in graph.subjects(RDF.type, org_type):
            if isinstance(org, URIRef) and org not in lexicon.entries:
                _add_named(lexicon, graph, org, ORGANISATION, frozenset())
                unit_of = graph.value(org, HKG.unitOf)
                if isinstance(unit_of, URIRef):
                    lexicon.units[org] = unit_of
    seen: set[URIRef] = set()
    for pub_type in _PUBLICATION_TYPES:
        for pub in graph.subjects(RDF.type, pub_type):
            if not isinstance(pub, URIRef) or pub in seen:
                continue
            seen.add(pub)
            journal = graph.value(pub, HKG.journal)
            year = graph.value(pub, HKG.publicationYear)
            lexicon.publications.append(
                Publication(
                    pub,
                    str(graph.value(pub, RDFS.label) or pub),
                    str(journal) if journal is not None else None,
                    int(year) if year is not None else None,
                    frozenset(o for o in graph.objects(pub, HKG.issuedBy) if isinstance(o, URIRef)),
                )
            )
    return lexicon


def variants(name: str) -> list[str]:
    """Return ``name`` with its plural or singular, spelling and gerund variants.

    >>> variants("serious adverse events")[:2]
    ['serious adverse events', 'serious adverse event']
    >>> "releasing cytokines" in variants("release of cytokines")
    True
    """
    forms = [name]
    forms.extend(_number_variants(name))
    for form in list(forms):
        for pattern, replacement in _SPELLINGS:
            changed = re.sub(pattern, replacement, form, flags=re.IGNORECASE)
            if changed != form:
                forms.append(changed)
    gerund = _gerund_form(name)
    if gerund:
        forms.append(gerund)
    return list(dict.fromkeys(forms))


def _number_variants(name: str) -> list[str]:
    # Only the last word of a name inflects ("stem cell transplant" / "... transplants"); a
    # name ending in a prepositional phrase inflects its head ("release of cytokines" stays).
    words = name.split(" ")
    head = len(words) - 1
    for i, word in enumerate(words):
        if word.lower() in ("of", "in", "for", "with", "from", "that", "under"):
            head = i - 1
            break
    if head < 0:
        return []
    word = words[head]
    if head > 0 and word.isalpha() and len(word) > 1 and word.isupper():
        # "IL-1β-primed MSC": an abbreviation heading a longer name takes an "s" ("MSCs").
        return [" ".join([*words[:head], word + "s", *words[head + 1 :]])]
    if not word.isalpha() or word.isupper():
        return []
    lower = word.lower()
    if lower.endswith("ies"):
        other = word[:-3] + "y"
    elif lower.endswith(("ses", "xes", "ches", "shes")):
        other = word[:-2]
    elif lower.endswith("is"):
        other = word[:-2] + "es"
    elif lower.endswith("s") and not lower.endswith("ss"):
        other = word[:-1]
    elif lower.endswith("y") and len(word) > 2 and lower[-2] not in "aeiou":
        other = word[:-1] + "ies"
    elif lower.endswith(("s", "x", "ch", "sh")):
        other = word + "es"
    else:
        other = word + "s"
    return [" ".join([*words[:head], other, *words[head + 1 :]])]


def _gerund_form(name: str) -> str | None:
    match = re.match(r"^(\w+) of (?:the )?(.+)$", name)
    if not match:
        return None
    noun, rest = match.groups()
    lower = noun.lower()
    if lower.endswith("ease"):
        return f"{noun[:-1]}ing {rest}"  # release -> releasing
    for suffix, replacement in _GERUNDS:
        if lower.endswith(suffix) and len(noun) > len(suffix) + 2:
            stem = noun[: -len(suffix)]
            return f"{stem}{replacement} {rest}"
    return None


def _ancestors(graph: Graph, cls: URIRef) -> set[URIRef]:
    seen: set[URIRef] = set()
    todo = [cls]
    while todo:
        node = todo.pop()
        for parent in graph.objects(node, RDFS.subClassOf):
            if isinstance(parent, URIRef) and parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def _add_named(
    lexicon: Lexicon, graph: Graph, node: URIRef, kind: str, parents: frozenset[URIRef]
) -> None:
    label = graph.value(node, RDFS.label) or graph.value(node, SKOS.prefLabel)
    names = [
        str(o) for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel) for o in graph.objects(node, p)
    ]
    abbreviations = sorted(str(o) for o in graph.objects(node, HKG.abbreviation))
    # An abbreviation also given as a label ("EULAR") is still matched case-sensitively only.
    names = [n for n in names if n not in abbreviations]
    entry = Entry(
        node,
        kind,
        str(label) if label is not None else str(node).rsplit("/", 1)[-1],
        parents,
        abbreviations[0] if abbreviations else None,
    )
    lexicon.add(entry, names, abbreviations)
