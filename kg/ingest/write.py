"""Turn a drafted document into RDF, and the RDF into a Turtle file a curator can read.

The graph follows the curated claims files: the source document, its parts and sections, its
references, its statements (exact text, offsets, section path, markers), the populations, and
the claims. Every resource drafted from wording (claims, populations, proposed bodies and
publications, borrowed recommending bodies) carries ``hkg:draft true``; a curator accepts one by
deleting that line. IRIs depend only on the document id and positions, so ingesting the same
document again gives the same IRIs.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from kg.ingest.claims import DocumentDraft, DraftClaim, Proposal
from kg.ingest.lexicon import ADVERSE_EVENT, DISEASE, INTERVENTION, OUTCOME, PROCESS, STEP
from kg.ingest.parse import Document, Statement
from kg.namespaces import HKG, PREFIXES, bind_prefixes, curie

DCTERMS = Namespace(PREFIXES["dcterms"])
PROV = Namespace(PREFIXES["prov"])
OBO = Namespace(PREFIXES["obo"])
ECO_CITED = OBO.ECO_0000304  # author statement supported by traceable reference
ECO_UNCITED = OBO.ECO_0000218  # curator inference / author statement without reference

_PREDICATE_LABELS = {
    "recommendedFor": "recommended for",
    "effectiveFor": "effective for",
    "improves": "improves",
    "reduces": "reduces",
    "stabilises": "stabilises",
    "hasVariableEffectOn": "has variable effect on",
    "hasAdverseEvent": "has adverse event",
    "increasesRiskOf": "increases risk of",
    "actsVia": "acts via",
    "hasProcedureStep": "has procedure step",
    "experimentalFor": "experimental for",
    "underInvestigationFor": "under investigation for",
    "usedToTreat": "used to treat",
    "approvedFor": "approved for",
    "establishedFor": "established treatment for",
}
_ROOT_CLASS = {
    DISEASE: HKG.Disease,
    INTERVENTION: HKG.Intervention,
    STEP: HKG.ProcedureStep,
    OUTCOME: HKG.Outcome,
    ADVERSE_EVENT: HKG.AdverseEvent,
    PROCESS: HKG.BiologicalProcess,
}
_USED_PREFIXES = (
    "rdf",
    "rdfs",
    "xsd",
    "dcterms",
    "prov",
    "obo",
    "skos",
    "hkg",
    "source",
    "section",
    "statement",
    "claim",
    "reference",
    "population",
    "organisation",
    "publication",
    "curation",
    "disease",
    "intervention",
    "outcome",
    "process",
)


def resource(kind: str, local: str) -> URIRef:
    """Return the resource IRI ``<base><kind>/<local>``."""
    return URIRef(f"{PREFIXES[kind]}{local}")


def statement_iri(doc_id: str, position: int, width: int = 2) -> URIRef:
    """``statement:<doc>-NN``.

    >>> curie(statement_iri("x", 3))
    'statement:x-03'
    """
    return resource("statement", f"{doc_id}-{position:0{width}d}")


def draft_graph(
    doc_id: str,
    file_name: str,
    data: bytes,
    document: Document,
    drafted: DocumentDraft,
    content: str | None = None,
) -> Graph:
    """Return the RDF of a drafted document (a new graph; the inputs are not changed).

    ``content``, the decoded text, is stated as the document's ``hkg:content`` when given.
    """
    g = bind_prefixes(Graph(bind_namespaces="none"))
    width = max(2, len(str(len(document.statements))))
    doc = resource("source", doc_id)
    label = document.title or doc_id.replace("-", " ")
    g.add((doc, RDF.type, HKG.SourceDocument))
    g.add((doc, RDFS.label, Literal(label)))
    g.add((doc, DCTERMS.title, Literal(label)))
    g.add((doc, HKG.sourceFile, Literal(file_name)))
    g.add((doc, HKG.sha256, Literal(hashlib.sha256(data).hexdigest())))
    if content is not None:
        # The whole text, so the shapes can check each statement against it at its offsets.
        g.add((doc, HKG.content, Literal(content)))
    for section in document.sections:
        node = resource("section", f"{doc_id}-{section.key}")
        g.add((node, RDF.type, HKG.DocumentPart if section.is_part else HKG.Section))
        g.add((node, RDFS.label, Literal(section.label)))
        parent = (
            doc if section.parent is None else resource("section", f"{doc_id}-{section.parent}")
        )
        g.add((node, DCTERMS.isPartOf, parent))
    numbers = sorted({n for st in document.statements for n in st.references})
    for n in numbers:
        ref = resource("reference", f"{doc_id}-{n}")
        g.add((ref, RDF.type, HKG.Reference))
        g.add((ref, RDFS.label, Literal(f"reference {n} of {label}")))
        g.add((ref, HKG.referenceNumber, Literal(n)))
        g.add((ref, DCTERMS.isPartOf, doc))
    for st in document.statements:
        _statement(g, doc_id, doc, label, st, width)
    for pub in drafted.publications:
        g.add((pub.iri, RDF.type, HKG.JournalArticle if pub.journal else HKG.Guideline))
        g.add((pub.iri, RDFS.label, Literal(pub.label)))
        if pub.journal:
            g.add((pub.iri, HKG.journal, Literal(pub.journal)))
        if pub.year:
            g.add((pub.iri, HKG.publicationYear, Literal(pub.year)))
        if pub.issuer is not None:
            g.add((pub.iri, HKG.issuedBy, pub.issuer.iri))
        _draft_note(g, pub.iri, f"named in statement {pub.statement}; not yet in data/entities/")
    for proposal in drafted.proposals:
        if proposal.entry.kind == "organisation":
            iri = proposal.entry.iri
            g.add((iri, RDF.type, HKG.Organisation))
            g.add((iri, RDFS.label, Literal(proposal.entry.label)))
            if proposal.entry.abbreviation:
                g.add((iri, HKG.abbreviation, Literal(proposal.entry.abbreviation)))
            _draft_note(
                g, iri, f"named in statement {proposal.statement}; not yet in data/entities/"
            )
    for sd in drafted.statements:
        st = sd.statement
        stmt = statement_iri(doc_id, st.position, width)
        for population in {
            c.population.key: c.population for c in sd.claims if c.population
        }.values():
            node = resource("population", population.key)
            g.add((node, RDF.type, HKG.Population))
            g.add((node, RDFS.label, Literal(population.text)))
            g.add((node, HKG.criterionText, Literal(population.text)))
            for condition in population.conditions:
                g.add((node, HKG.populationCondition, condition.iri))
            g.add((node, HKG.draft, Literal(True)))
        for k, claim in enumerate(sd.claims, 1):
            _claim(g, resource("claim", f"{stmt.rsplit('/', 1)[-1]}-{k}"), claim, stmt, st)
    return g


def proposed_classes(proposals: Iterable[Proposal]) -> list[tuple[Proposal, str]]:
    """Return the proposed classes with a Turtle declaration a curator can paste into the ontology."""
    found = []
    for p in proposals:
        root = _ROOT_CLASS.get(p.entry.kind)
        if root is None:
            continue
        text = (
            f"{curie(p.entry.iri)} a owl:Class ; rdfs:subClassOf {curie(root)} ; "
            f"rdfs:label {_literal(Literal(p.entry.label))}"
        )
        if p.entry.abbreviation:
            text += f" ; hkg:abbreviation {_literal(Literal(p.entry.abbreviation))}"
        found.append((p, text + " ."))
    return found


def to_turtle(g: Graph, header: str) -> str:
    """Serialise ``g`` as readable Turtle: one block per resource, in a fixed order."""
    lines = [header.rstrip("\n"), ""]
    width = max(len(p) for p in _USED_PREFIXES) + 1
    for prefix in _USED_PREFIXES:
        lines.append(f"@prefix {prefix + ':':<{width}} <{PREFIXES[prefix]}> .")
    lines.append("")
    order = {
        HKG.SourceDocument: 0,
        HKG.DocumentPart: 1,
        HKG.Section: 1,
        HKG.Reference: 2,
        HKG.SourceStatement: 3,
        HKG.Organisation: 4,
        HKG.JournalArticle: 4,
        HKG.Guideline: 4,
        HKG.Population: 5,
        HKG.CuratorAddition: 7,
    }
    subjects = sorted(
        set(g.subjects()),
        key=lambda s: (
            min((order.get(t, 6) for t in g.objects(s, RDF.type)), default=8),
            _natural(str(s)),
        ),
    )
    titles = {
        0: "the document",
        2: "references",
        3: "statements",
        4: "bodies and publications named in the text, not yet in data/entities/",
        5: "populations (criterion texts verbatim)",
        6: "draft claims",
        7: "draft curator additions",
    }
    current = None
    for s in subjects:
        group = min((order.get(t, 6) for t in g.objects(s, RDF.type)), default=8)
        group = 0 if group == 1 else group
        if group != current:
            current = group
            lines.append(f"# {'-' * 64} {titles.get(group, '')}".rstrip())
            lines.append("")
        lines.extend(_block(g, s))
        lines.append("")
    return "\n".join(lines)


# ---------------------------------------------------------------- helpers


def _statement(g: Graph, doc_id: str, doc: URIRef, label: str, st: Statement, width: int) -> None:
    node = statement_iri(doc_id, st.position, width)
    g.add((node, RDF.type, HKG.SourceStatement))
    g.add((node, RDFS.label, Literal(f"statement {st.position} of {label}")))
    g.add((node, DCTERMS.isPartOf, doc))
    g.add((node, HKG.position, Literal(st.position)))
    g.add((node, HKG.sectionPath, Literal(st.section.path)))
    g.add((node, HKG.inSection, resource("section", f"{doc_id}-{st.section.key}")))
    g.add((node, HKG.startOffset, Literal(st.start)))
    g.add((node, HKG.endOffset, Literal(st.end)))
    if st.markers is not None:
        g.add((node, HKG.citationMarkers, Literal(st.markers)))
        for n in st.references:
            g.add((node, HKG.cites, resource("reference", f"{doc_id}-{n}")))
    g.add((node, HKG.text, Literal(st.text)))


def _claim(g: Graph, node: URIRef, claim: DraftClaim, stmt: URIRef, st: Statement) -> None:
    g.add((node, RDF.type, HKG[claim.kind]))
    g.add((node, RDFS.label, Literal(_label(claim))))
    g.add((node, PROV.wasDerivedFrom, stmt))
    if claim.intervention is not None:
        g.add((node, HKG.intervention, claim.intervention.iri))
    g.add((node, HKG.predicate, HKG[claim.predicate]))
    if claim.condition is not None:
        g.add((node, HKG.condition, claim.condition.iri))
    if claim.outcome is not None:
        g.add((node, HKG.outcome, claim.outcome.iri))
    if claim.slot == "mechanism":
        g.add((node, HKG.mechanism, claim.object.iri))
    if claim.slot == "mitigation":
        g.add((node, HKG.mitigation, claim.object.iri))
    if claim.slot == "step":
        g.add((node, HKG.step, claim.object.iri))
        if claim.step_order is not None:
            g.add((node, HKG.stepOrder, Literal(claim.step_order)))
    if claim.comparator is not None:
        g.add((node, HKG.comparator, claim.comparator.iri))
    if claim.population is not None:
        g.add((node, HKG.population, resource("population", claim.population.key)))
    if claim.direction:
        g.add((node, HKG.direction, HKG[claim.direction]))
    if claim.status:
        g.add((node, HKG.status, HKG[claim.status]))
    for body in claim.bodies:
        g.add((node, HKG.recommendedBy, body.iri))
    for pub in claim.publications:
        g.add((node, HKG.statedIn, pub))
    g.add((node, HKG.strength, HKG[claim.strength]))
    g.add((node, HKG.strengthWording, Literal(claim.wording)))
    if claim.negated:
        g.add((node, HKG.negated, Literal(True)))
    g.add((node, HKG.evidenceCode, ECO_CITED if st.markers is not None else ECO_UNCITED))
    for note in claim.notes:
        g.add((node, SKOS.note, Literal(note)))
    g.add((node, HKG.draft, Literal(True)))


def _label(claim: DraftClaim) -> str:
    subject = claim.intervention.label if claim.intervention is not None else "[unresolved]"
    text = (
        f"{subject} {_PREDICATE_LABELS.get(claim.predicate, claim.predicate)} {claim.object.label}"
    )
    if claim.comparator is not None:
        text += f" compared with {claim.comparator.label}"
    if claim.negated:
        text = f"not: {text}"
    return text


def _draft_note(g: Graph, node: URIRef, note: str) -> None:
    g.add((node, SKOS.note, Literal(f"drafted by kg ingest: {note}")))
    g.add((node, HKG.draft, Literal(True)))


_PREDICATE_ORDER = [
    RDF.type,
    RDFS.label,
    SKOS.prefLabel,
    DCTERMS.title,
    PROV.wasDerivedFrom,
    DCTERMS.isPartOf,
    HKG.position,
    HKG.sectionPath,
    HKG.inSection,
    HKG.startOffset,
    HKG.endOffset,
    HKG.citationMarkers,
    HKG.cites,
    HKG.text,
    HKG.intervention,
    HKG.predicate,
    HKG.condition,
    HKG.outcome,
    HKG.mechanism,
    HKG.step,
    HKG.stepOrder,
    HKG.comparator,
    HKG.population,
    HKG.direction,
    HKG.status,
    HKG.recommendedBy,
    HKG.statedIn,
    HKG.strength,
    HKG.strengthWording,
    HKG.negated,
    HKG.evidenceCode,
    SKOS.note,
    HKG.draft,
]


def _block(g: Graph, s: URIRef) -> list[str]:
    # The draft marker comes last, so accepting a draft is deleting one line.
    predicates = sorted(
        set(g.predicates(s)),
        key=lambda p: (
            p == HKG.draft,
            _PREDICATE_ORDER.index(p) if p in _PREDICATE_ORDER else len(_PREDICATE_ORDER),
            str(p),
        ),
    )
    parts = []
    for p in predicates:
        objects = sorted(g.objects(s, p), key=lambda o: _natural(str(o)))
        shown = "a" if p == RDF.type else curie(p)
        parts.append(f"{shown} " + " , ".join(_term(o) for o in objects))
    head = curie(s)
    return (
        [f"{head} {parts[0]} ;", *[f"    {p} ;" for p in parts[1:-1]], f"    {parts[-1]} ."]
        if len(parts) > 1
        else [f"{head} {parts[0]} ."]
    )


def _term(term: Node) -> str:
    if isinstance(term, URIRef):
        return curie(term)
    if isinstance(term, Literal):
        return _literal(term)
    raise TypeError(f"unexpected term {term!r}")


def _literal(term: Literal) -> str:
    if term.datatype == XSD.integer:
        return str(int(term))
    if term.datatype == XSD.boolean:
        return "true" if term.toPython() else "false"
    if term.datatype not in (None, XSD.string):
        return term.n3()
    escaped = (
        str(term)
        .replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    return f'"{escaped}"'


def _natural(text: str) -> list:
    return [int(t) if t.isdecimal() else t for t in re.split(r"(\d+)", text)]
