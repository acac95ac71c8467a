"""The curated data against its source document: every statement's text is verbatim at its
offsets, the section paths and citation markers are what the file prints, and each claim is
anchored in its statement's words. The source is re-read here independently of the data."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.namespaces import HKG

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "data" / "sources" / "ahsct-evidence-summary.txt"
DOC = URIRef("https://w3id.org/hsct-kg/resource/source/ahsct-evidence-summary")
PROV_DERIVED = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")
DCT_PART = URIRef("http://purl.org/dc/terms/isPartOf")
MARKERS = re.compile(r" (\d+(?:, \d+)*)\.?$")
PARTS = ("From the Guidelines", "From the Research")


def source_statements() -> list[dict]:
    """Read the source as a reader would: parts, headings, a lead sentence and bullets."""
    text = SOURCE.read_text(encoding="utf-8")
    lines = text.split("\n")
    found, part, heading = [], None, None
    for line in lines:
        if not line.strip():
            continue
        if line in PARTS:
            part, heading = line, None
            continue
        if not line.startswith("- ") and not MARKERS.search(line) and not line.endswith("."):
            heading = line  # a heading: no bullet, no markers, no full stop
            continue
        body = line.removeprefix("- ")
        m = MARKERS.search(body)
        found.append(
            {
                "text": body,
                "path": part + (f" / {heading}" if heading else ""),
                "markers": m.group(1) if m else None,
            }
        )
    return found


@pytest.fixture(scope="module")
def graph(prepared) -> Graph:
    return prepared.graph


@pytest.fixture(scope="module")
def statements(graph: Graph) -> list[URIRef]:
    nodes = [
        s for s in graph.subjects(RDF.type, HKG.SourceStatement) if (s, DCT_PART, DOC) in graph
    ]
    return sorted(nodes, key=lambda s: int(graph.value(s, HKG.position)))


def test_source_hash_recorded(graph: Graph):
    assert str(graph.value(DOC, HKG.sha256)) == hashlib.sha256(SOURCE.read_bytes()).hexdigest()
    assert str(graph.value(DOC, HKG.sourceFile)) == SOURCE.name


def test_all_21_statements_in_order(graph: Graph, statements: list[URIRef]):
    expected = source_statements()
    assert len(expected) == 21
    assert [int(graph.value(s, HKG.position)) for s in statements] == list(range(1, 22))
    assert [str(graph.value(s, HKG.text)) for s in statements] == [e["text"] for e in expected]


def test_texts_are_verbatim_at_their_offsets(graph: Graph, statements: list[URIRef]):
    text = SOURCE.read_text(encoding="utf-8")
    for s in statements:
        quote = str(graph.value(s, HKG.text))
        start, end = int(graph.value(s, HKG.startOffset)), int(graph.value(s, HKG.endOffset))
        assert quote in text
        assert text[start:end] == quote, s


def test_section_paths_and_parts(graph: Graph, statements: list[URIRef]):
    expected = source_statements()
    for s, e in zip(statements, expected):
        assert str(graph.value(s, HKG.sectionPath)) == e["path"], s
        section = graph.value(s, HKG.inSection)
        labels = [str(graph.value(section, RDFS.label))]
        parent = graph.value(section, DCT_PART)
        while parent is not None and parent != DOC:
            labels.insert(0, str(graph.value(parent, RDFS.label)))
            parent = graph.value(parent, DCT_PART)
        assert " / ".join(labels) == e["path"], s


def test_citation_markers_exactly_as_printed(graph: Graph, statements: list[URIRef]):
    expected = source_statements()
    for s, e in zip(statements, expected):
        markers = graph.value(s, HKG.citationMarkers)
        cited = sorted(
            int(graph.value(r, HKG.referenceNumber)) for r in graph.objects(s, HKG.cites)
        )
        if e["markers"] is None:
            assert markers is None and cited == [], f"{s} invents a citation"
        else:
            assert str(markers) == e["markers"], s
            assert cited == sorted(int(n) for n in e["markers"].split(", ")), s
    assert sum(1 for e in expected if e["markers"] is None) == 3


def test_every_claim_derives_from_one_statement_of_the_source(graph: Graph, statements):
    claims = [c for c in graph.subjects(PROV_DERIVED, None) if (c, HKG.predicate, None) in graph]
    per_statement = Counter(graph.value(c, PROV_DERIVED) for c in claims)
    assert set(per_statement) == set(statements), "every statement asserts at least one claim"
    for c in claims:
        assert len(list(graph.objects(c, PROV_DERIVED))) == 1


def test_strength_wording_is_the_statements_words(graph: Graph):
    for claim in graph.subjects(HKG.strengthWording, None):
        words = str(graph.value(claim, HKG.strengthWording))
        text = str(graph.value(graph.value(claim, PROV_DERIVED), HKG.text)).lower()
        for piece in words.split(" ... "):
            assert piece.lower() in text, (claim, piece)


def test_claim_counts_per_kind(graph: Graph):
    kinds = Counter(
        str(k).rsplit("#", 1)[1]
        for c, k in graph.subject_objects(RDF.type)
        if (k, RDFS.subClassOf, HKG.Claim) in graph
    )
    assert kinds == {
        "EfficacyClaim": 17,
        "ProcedureStepClaim": 7,
        "SafetyClaim": 5,
        "RecommendationClaim": 4,
        "EvidenceOfUseClaim": 4,
        "MechanismClaim": 3,
        "StatusClaim": 4,
        "RiskFactorClaim": 2,
        "RiskMitigationClaim": 2,
    }


def test_no_recommending_body_without_source_or_curator_record(graph: Graph):
    """A body on a recommendation is named in the sentence or recorded as a curator addition."""
    for claim, body in graph.subject_objects(HKG.recommendedBy):
        text = str(graph.value(graph.value(claim, PROV_DERIVED), HKG.text))
        acronym = graph.value(body, HKG.abbreviation)
        named = acronym is not None and str(acronym) in text
        recorded = any(
            (a, RDF.predicate, HKG.recommendedBy) in graph and (a, RDF.object, body) in graph
            for a in graph.subjects(RDF.subject, claim)
        )
        assert named or recorded, (claim, body)


def test_shortcuts_are_all_derived(prepared):
    assert len(prepared.derived) == 41
    for s, p, o in prepared.derived:
        assert HKG.shortcutRelation in prepared.graph.transitive_objects(p, RDFS.subPropertyOf)
        assert isinstance(o, URIRef) and not isinstance(o, Literal)


def _qualified(graph: Graph, claim) -> bool:
    """Whether the claim is hedged, population-restricted or scope-restricted."""
    hedged = any(
        (strength, HKG.hedged, Literal(True)) in graph
        for strength in graph.objects(claim, HKG.strength)
    )
    return (
        hedged
        or (claim, HKG.population, None) in graph
        or (
            claim,
            HKG.conditionScope,
            None,
        )
        in graph
    )


def test_no_plain_shortcut_is_backed_only_by_hedged_or_restricted_claims(prepared):
    """The truthy rule, checked triple by triple against the claims behind each shortcut."""
    graph = prepared.graph
    plain = {p for p in graph.subjects(RDFS.subPropertyOf, HKG.shortcutRelation)}
    plain.discard(HKG.qualifiedShortcutRelation)
    qualified = set(graph.subjects(RDFS.subPropertyOf, HKG.qualifiedShortcutRelation))
    seen = Counter()
    for s, p, o in prepared.derived:
        slot = graph.value(p, HKG.objectSlot)
        if p in plain:
            backers = [
                c
                for c in graph.subjects(HKG.predicate, p)
                if (c, slot, o) in graph and (c, HKG.intervention, s) in graph
            ]
            assert any(not _qualified(graph, c) for c in backers), (s, p, o)
            seen["plain"] += 1
        else:
            assert p in qualified, p
            base = graph.value(predicate=HKG.qualifiedForm, object=p)
            backers = [
                c
                for c in graph.subjects(HKG.predicate, base)
                if (c, slot, o) in graph and (c, HKG.intervention, s) in graph
            ]
            assert backers and all(_qualified(graph, c) for c in backers), (s, p, o)
            assert (p, URIRef("http://www.w3.org/2004/02/skos/core#closeMatch"), None) not in graph
            seen["qualified"] += 1
    assert seen == {"plain": 27, "qualified": 14}


def test_hedged_recommendation_is_not_aligned_to_biolink_treats(prepared):
    """Statements 4 and 10 ("may be considered ... for selected patients") give no plain
    hkg:recommendedFor, the relation aligned to biolink:treats, only hkg:mayBeConsideredFor."""
    graph = prepared.graph
    hi = URIRef(
        "https://w3id.org/hsct-kg/resource/intervention/high-intensity-immunosuppression-with-ahsct"
    )
    dcssc = URIRef("https://w3id.org/hsct-kg/resource/disease/diffuse-cutaneous-systemic-sclerosis")
    assert (hi, HKG.recommendedFor, dcssc) not in graph
    assert (hi, HKG.mayBeConsideredFor, dcssc) in graph


def test_every_claim_is_a_claim_by_a_plain_type(prepared):
    graph = prepared.graph
    kinds = set(graph.subjects(RDFS.subClassOf, HKG.Claim))
    claims = {c for k in kinds for c in graph.subjects(RDF.type, k)}
    assert len(claims) == 48
    assert set(graph.subjects(RDF.type, HKG.Claim)) == claims


def test_document_content_is_the_source_file(graph: Graph):
    """hkg:content is the file's text exactly, so the shapes can bind statements to it."""
    assert str(graph.value(DOC, HKG.content)) == SOURCE.read_bytes().decode("utf-8")
