"""Each shape fires on broken data with its message.

Every case starts from tests/data/shapes/mini-valid.ttl (which conforms), applies one SPARQL
Update that breaks one thing, derives, validates, and expects a violation on the given focus
node whose message contains the given words; the shapes compiled to SPARQL (kg.build.shapes, the
build's and the guarded updates' engine) must find exactly pySHACL's results on each case."""

from __future__ import annotations

from pathlib import Path

import pytest
from kg_testing import result_keys
from rdflib import Graph

from kg.build.derive import derive
from kg.build.load import load_files
from kg.build.shapes import validate_store
from kg.build.store import memory_store
from kg.build.validate import load_shapes, validate
from kg.namespaces import PREFIXES, curie

MINI = Path(__file__).parent / "data" / "shapes" / "mini-valid.ttl"
PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


@pytest.fixture(scope="module")
def shapes(project) -> Graph:
    return load_shapes(project.shapes_files())


@pytest.fixture(scope="module")
def mini(project):
    return load_files([MINI], ontology_files=project.ontology_files())


def check(mini, shapes, update: str | None = None):
    graph = Graph()
    for triple in mini.graph:
        graph.add(triple)
    if update:
        graph.update(PROLOGUE + update)
    return validate(derive(graph), shapes, ontology=mini.ontology)


def test_mini_graph_conforms(mini, shapes):
    report = check(mini, shapes)
    assert report.conforms, report.text


CASES = [
    # (id, update, focus node, words of the expected message)
    (
        "unknown-property",
        "INSERT DATA { claim:mini-efficacy hkg:outcom outcome:survival }",
        "claim:mini-efficacy",
        "Unknown property",
    ),
    (
        "unknown-class",
        (
            "DELETE DATA { claim:mini-use a hkg:EvidenceOfUseClaim } ;"
            "INSERT DATA { claim:mini-use a hkg:EvidenceOfUsClaim }"
        ),
        "claim:mini-use",
        "Unknown class",
    ),
    (
        "hand-written-shortcut",
        "INSERT DATA { intervention:ahsct hkg:recommendedFor disease:systemic-sclerosis }",
        "intervention:ahsct",
        "has no claim behind it",
    ),
    # The truthy rule: a plain shortcut needs an unhedged, unrestricted claim.
    (
        "plain-shortcut-from-a-hedged-claim-only",
        "INSERT DATA { intervention:stem-cell-transplantation hkg:hasAdverseEvent outcome:infection }",
        "intervention:stem-cell-transplantation",
        "has no claim behind it",
    ),
    (
        "plain-shortcut-from-a-population-restricted-claim-only",
        "INSERT DATA { intervention:ahsct hkg:recommendedFor disease:multiple-sclerosis }",
        "intervention:ahsct",
        "has no claim behind it",
    ),
    (
        "plain-shortcut-from-a-scope-restricted-claim-only",
        (
            "INSERT DATA { claim:mini-status hkg:conditionScope hkg:SomeOfClass . "
            "intervention:hsct hkg:experimentalFor disease:systemic-lupus-erythematosus }"
        ),
        "intervention:hsct",
        "has no claim behind it",
    ),
    (
        "qualified-shortcut-from-an-unhedged-claim",
        "INSERT DATA { intervention:ahsct hkg:mayImprove outcome:overall-survival }",
        "intervention:ahsct",
        "has no claim behind it",
    ),
    (
        "condition-scope-in-its-scheme",
        "INSERT DATA { claim:mini-status hkg:conditionScope hkg:Improves }",
        "claim:mini-status",
        "hkg:conditionScope",
    ),
    (
        "risk-mitigation-needs-mitigation",
        "DELETE WHERE { claim:mini-mitigation hkg:mitigation ?x }",
        "claim:mini-mitigation",
        "hkg:mitigation",
    ),
    (
        "risk-mitigation-predicate",
        (
            "DELETE WHERE { claim:mini-mitigation hkg:predicate ?p } ; INSERT DATA { "
            "claim:mini-mitigation hkg:predicate hkg:hasProcedureStep ; hkg:step intervention:stem-cell-collection }"
        ),
        "claim:mini-mitigation",
        "hkg:risksMinimisedBy",
    ),
    # Populations' structured criteria.
    (
        "criterion-text-verbatim",
        (
            "DELETE WHERE { population:mini-active-includes-active-disease hkg:criterionText ?x } ; "
            'INSERT DATA { population:mini-active-includes-active-disease hkg:criterionText "inactive disease" }'
        ),
        "population:mini-active-includes-active-disease",
        "criterion texts are verbatim",
    ),
    (
        "criterion-belongs-to-a-population",
        "DELETE WHERE { population:mini-active hkg:inclusionCriterion ?c }",
        "population:mini-active-includes-active-disease",
        "belongs to no population",
    ),
    (
        "exclusion-criterion-class",
        "INSERT DATA { population:mini-active hkg:exclusionCriterion organisation:mini-ebmt }",
        "population:mini-active",
        "hkg:EligibilityCriterion",
    ),
    (
        "criterion-condition-is-a-disease",
        "INSERT DATA { population:mini-active-includes-active-disease hkg:criterionCondition outcome:infection }",
        "population:mini-active-includes-active-disease",
        "disease class",
    ),
    (
        "negated-claim-has-no-shortcut",
        (
            "INSERT DATA { claim:mini-status hkg:negated true . "
            "intervention:hsct hkg:experimentalFor disease:systemic-lupus-erythematosus }"
        ),
        "intervention:hsct",
        "has no claim behind it",
    ),
    (
        "document-needs-sha256",
        "DELETE WHERE { source:mini hkg:sha256 ?x }",
        "source:mini",
        "hkg:sha256",
    ),
    (
        "document-sha256-pattern",
        'DELETE WHERE { source:mini hkg:sha256 ?x } ; INSERT DATA { source:mini hkg:sha256 "XYZ" }',
        "source:mini",
        "64 lower-case hexadecimal",
    ),
    (
        "section-needs-parent",
        "DELETE WHERE { section:mini-sub dcterms:isPartOf ?x }",
        "section:mini-sub",
        "dcterms:isPartOf",
    ),
    (
        "part-belongs-to-document",
        (
            "DELETE WHERE { section:mini-part dcterms:isPartOf ?x } ;"
            "INSERT DATA { section:mini-part dcterms:isPartOf section:mini-sub }"
        ),
        "section:mini-part",
        "top-level section",
    ),
    (
        "reference-number",
        (
            "DELETE WHERE { reference:mini-2 hkg:referenceNumber ?x } ;"
            "INSERT DATA { reference:mini-2 hkg:referenceNumber 0 }"
        ),
        "reference:mini-2",
        "at least 1",
    ),
    (
        "statement-needs-text",
        "DELETE WHERE { statement:mini-02 hkg:text ?x }",
        "statement:mini-02",
        "exactly one hkg:text",
    ),
    (
        "statement-needs-section",
        "DELETE WHERE { statement:mini-02 hkg:inSection ?x }",
        "statement:mini-02",
        "hkg:inSection",
    ),
    (
        "statement-position-datatype",
        'DELETE WHERE { statement:mini-02 hkg:position ?x } ; INSERT DATA { statement:mini-02 hkg:position "2" }',
        "statement:mini-02",
        "hkg:position",
    ),
    (
        "statement-position-unique",
        "DELETE WHERE { statement:mini-02 hkg:position ?x } ; INSERT DATA { statement:mini-02 hkg:position 1 }",
        "statement:mini-02",
        "positions must be unique",
    ),
    # The statement's text is bound to the document's content at its offsets.
    (
        "statement-text-one-character-changed",
        (
            "DELETE WHERE { statement:mini-02 hkg:text ?x } ; INSERT DATA { statement:mini-02 hkg:text "
            '"The procedure involves collecting stem cells and can be associated with infectiom." }'
        ),
        "statement:mini-02",
        "not its document's hkg:content",
    ),
    (
        "statement-offsets-shifted-by-one",
        (
            "DELETE WHERE { statement:mini-02 hkg:startOffset ?s ; hkg:endOffset ?e } ; "
            "INSERT DATA { statement:mini-02 hkg:startOffset 145 ; hkg:endOffset 227 }"
        ),
        "statement:mini-02",
        "not its document's hkg:content",
    ),
    (
        "statement-end-past-the-content",
        (
            "DELETE WHERE { statement:mini-02 hkg:startOffset ?s ; hkg:endOffset ?e } ; "
            "INSERT DATA { statement:mini-02 hkg:startOffset 145 ; hkg:endOffset 300 }"
        ),
        "statement:mini-02",
        "not its document's hkg:content",
    ),
    (
        "document-needs-content",
        "DELETE WHERE { source:mini hkg:content ?x }",
        "source:mini",
        "exactly one hkg:content",
    ),
    (
        "document-content-changed",
        (
            "DELETE { source:mini hkg:content ?x } INSERT { source:mini hkg:content ?y } "
            'WHERE { source:mini hkg:content ?x BIND (REPLACE(?x, "Research", "Rezearch") AS ?y) }'
        ),
        "source:mini",
        "does not have its hkg:sha256",
    ),
    (
        "statement-offsets-match-text",
        "DELETE WHERE { statement:mini-02 hkg:endOffset ?x } ; INSERT DATA { statement:mini-02 hkg:endOffset 230 }",
        "statement:mini-02",
        "Offsets disagree",
    ),
    (
        "statement-needs-start-offset",
        "DELETE WHERE { statement:mini-02 hkg:startOffset ?x }",
        "statement:mini-02",
        "hkg:startOffset",
    ),
    (
        "markers-pattern",
        (
            "DELETE WHERE { statement:mini-01 hkg:citationMarkers ?x } ;"
            'INSERT DATA { statement:mini-01 hkg:citationMarkers "1; 2" }'
        ),
        "statement:mini-01",
        "reference numbers exactly as printed",
    ),
    (
        "markers-at-end-of-text",
        (
            "DELETE WHERE { statement:mini-01 hkg:citationMarkers ?x } ;"
            'INSERT DATA { statement:mini-01 hkg:citationMarkers "1" }'
        ),
        "statement:mini-01",
        "not at the end",
    ),
    (
        "markers-without-cites",
        "DELETE WHERE { statement:mini-01 hkg:cites ?x }",
        "statement:mini-01",
        "Citation markers and cited references disagree",
    ),
    (
        "cites-without-markers",
        "INSERT DATA { statement:mini-02 hkg:cites reference:mini-1 }",
        "statement:mini-02",
        "Citation markers and cited references disagree",
    ),
    (
        "claim-needs-one-statement",
        "DELETE WHERE { claim:mini-safety prov:wasDerivedFrom ?x }",
        "claim:mini-safety",
        "derives from exactly one source statement",
    ),
    (
        "claim-two-statements",
        "INSERT DATA { claim:mini-safety prov:wasDerivedFrom statement:mini-01 }",
        "claim:mini-safety",
        "derives from exactly one source statement",
    ),
    (
        "claim-intervention-must-be-intervention",
        (
            "DELETE WHERE { claim:mini-safety hkg:intervention ?x } ;"
            "INSERT DATA { claim:mini-safety hkg:intervention disease:multiple-sclerosis }"
        ),
        "claim:mini-safety",
        "intervention class",
    ),
    (
        "claim-one-condition",
        "INSERT DATA { claim:mini-recommendation hkg:condition disease:systemic-sclerosis }",
        "claim:mini-recommendation",
        "at most one hkg:condition",
    ),
    (
        "claim-condition-misspelt",
        (
            "DELETE WHERE { claim:mini-use hkg:condition ?x } ;"
            "INSERT DATA { claim:mini-use hkg:condition disease:rheumatoid-arthritiss }"
        ),
        "claim:mini-use",
        "disease class",
    ),
    (
        "claim-one-outcome",
        "INSERT DATA { claim:mini-efficacy hkg:outcome outcome:skin-thickness }",
        "claim:mini-efficacy",
        "at most one hkg:outcome",
    ),
    (
        "claim-predicate-must-be-shortcut",
        "DELETE WHERE { claim:mini-use hkg:predicate ?x } ; INSERT DATA { claim:mini-use hkg:predicate hkg:condition }",
        "claim:mini-use",
        "shortcut relation",
    ),
    (
        "claim-object-slot-filled",
        "DELETE WHERE { claim:mini-mechanism hkg:mechanism ?x }",
        "claim:mini-mechanism",
        "which the claim lacks",
    ),
    (
        "claim-direction-value-set",
        "DELETE WHERE { claim:mini-safety hkg:direction ?x } ; INSERT DATA { claim:mini-safety hkg:direction hkg:Experimental }",
        "claim:mini-safety",
        "hkg:DirectionScheme",
    ),
    (
        "claim-strength-required",
        "DELETE WHERE { claim:mini-step hkg:strength ?x }",
        "claim:mini-step",
        "exactly one hkg:strength",
    ),
    (
        "claim-strength-wording-required",
        "DELETE WHERE { claim:mini-step hkg:strengthWording ?x }",
        "claim:mini-step",
        "hkg:strengthWording",
    ),
    (
        "claim-negated-boolean",
        'DELETE WHERE { claim:mini-use hkg:negated ?x } ; INSERT DATA { claim:mini-use hkg:negated "no" }',
        "claim:mini-use",
        "xsd:boolean",
    ),
    (
        "claim-population-class",
        "INSERT DATA { claim:mini-efficacy hkg:population organisation:mini-ebmt }",
        "claim:mini-efficacy",
        "hkg:Population",
    ),
    (
        "claim-recommended-by-organisation",
        "INSERT DATA { claim:mini-recommendation hkg:recommendedBy publication:mini-article }",
        "claim:mini-recommendation",
        "hkg:Organisation",
    ),
    (
        "claim-stated-in-publication",
        "INSERT DATA { claim:mini-efficacy hkg:statedIn organisation:mini-ebmt }",
        "claim:mini-efficacy",
        "hkg:Publication",
    ),
    (
        "claim-one-kind",
        "INSERT DATA { claim:mini-efficacy a hkg:SafetyClaim }",
        "claim:mini-efficacy",
        "exactly one claim kind",
    ),
    (
        "claim-evidence-code-matches-citations",
        "DELETE WHERE { claim:mini-safety hkg:evidenceCode ?x } ; INSERT DATA { claim:mini-safety hkg:evidenceCode obo:ECO_0000304 }",
        "claim:mini-safety",
        "disagrees with the statement's citations",
    ),
    (
        "claim-needs-label",
        "DELETE WHERE { claim:mini-step rdfs:label ?x }",
        "claim:mini-step",
        "rdfs:label",
    ),
    (
        "recommendation-needs-body",
        "DELETE WHERE { claim:mini-recommendation hkg:recommendedBy ?x }",
        "claim:mini-recommendation",
        "at least one recommending body",
    ),
    (
        "recommendation-needs-condition",
        "DELETE WHERE { claim:mini-recommendation hkg:condition ?x }",
        "claim:mini-recommendation",
        "the disease it recommends",
    ),
    (
        "recommendation-direction",
        (
            "DELETE WHERE { claim:mini-recommendation hkg:direction ?x } ;"
            "INSERT DATA { claim:mini-recommendation hkg:direction hkg:Improves }"
        ),
        "claim:mini-recommendation",
        "hkg:InFavour or hkg:Against",
    ),
    (
        "recommendation-predicate",
        (
            "DELETE WHERE { claim:mini-recommendation hkg:predicate ?x } ;"
            "INSERT DATA { claim:mini-recommendation hkg:predicate hkg:usedToTreat }"
        ),
        "claim:mini-recommendation",
        "predicate is hkg:recommendedFor",
    ),
    (
        "efficacy-needs-outcome",
        "DELETE WHERE { claim:mini-efficacy hkg:outcome ?x }",
        "claim:mini-efficacy",
        "needs an outcome",
    ),
    (
        "efficacy-needs-direction",
        "DELETE WHERE { claim:mini-efficacy hkg:direction ?x }",
        "claim:mini-efficacy",
        "needs a direction",
    ),
    (
        "efficacy-comparator-intervention",
        (
            "DELETE WHERE { claim:mini-efficacy hkg:comparator ?x } ;"
            "INSERT DATA { claim:mini-efficacy hkg:comparator outcome:survival }"
        ),
        "claim:mini-efficacy",
        "hkg:comparator",
    ),
    (
        "safety-outcome-is-adverse-event",
        "DELETE WHERE { claim:mini-safety hkg:outcome ?x } ; INSERT DATA { claim:mini-safety hkg:outcome outcome:survival }",
        "claim:mini-safety",
        "adverse event",
    ),
    (
        "safety-predicate",
        "DELETE WHERE { claim:mini-safety hkg:predicate ?x } ; INSERT DATA { claim:mini-safety hkg:predicate hkg:improves }",
        "claim:mini-safety",
        "predicate is hkg:hasAdverseEvent",
    ),
    (
        "risk-factor-needs-population",
        "DELETE WHERE { claim:mini-risk hkg:population ?x }",
        "claim:mini-risk",
        "population that carries the risk factor",
    ),
    (
        "risk-factor-direction",
        "DELETE WHERE { claim:mini-risk hkg:direction ?x } ; INSERT DATA { claim:mini-risk hkg:direction hkg:Reduces }",
        "claim:mini-risk",
        "direction is hkg:Increases",
    ),
    (
        "mechanism-needs-process",
        "DELETE WHERE { claim:mini-mechanism hkg:mechanism ?x }",
        "claim:mini-mechanism",
        "biological process it names",
    ),
    (
        "mechanism-process-class",
        (
            "DELETE WHERE { claim:mini-mechanism hkg:mechanism ?x } ;"
            "INSERT DATA { claim:mini-mechanism hkg:mechanism outcome:survival }"
        ),
        "claim:mini-mechanism",
        "biological process class",
    ),
    (
        "step-needs-step",
        "DELETE WHERE { claim:mini-step hkg:step ?x }",
        "claim:mini-step",
        "the step it names",
    ),
    (
        "step-order",
        "DELETE WHERE { claim:mini-step hkg:stepOrder ?x } ; INSERT DATA { claim:mini-step hkg:stepOrder 0 }",
        "claim:mini-step",
        "hkg:stepOrder",
    ),
    (
        "status-needs-status",
        "DELETE WHERE { claim:mini-status hkg:status ?x }",
        "claim:mini-status",
        "needs a status",
    ),
    (
        "status-needs-condition",
        "DELETE WHERE { claim:mini-status hkg:condition ?x }",
        "claim:mini-status",
        "the disease the status applies to",
    ),
    (
        "status-value-set",
        "DELETE WHERE { claim:mini-status hkg:status ?x } ; INSERT DATA { claim:mini-status hkg:status hkg:Improves }",
        "claim:mini-status",
        "hkg:StatusScheme",
    ),
    (
        "evidence-of-use-needs-condition",
        "DELETE WHERE { claim:mini-use hkg:condition ?x }",
        "claim:mini-use",
        "the disease the intervention was used for",
    ),
    (
        "population-needs-criterion",
        "DELETE WHERE { population:mini-active hkg:criterionText ?x }",
        "population:mini-active",
        "hkg:criterionText",
    ),
    (
        "population-criterion-verbatim",
        (
            "DELETE WHERE { population:mini-active hkg:criterionText ?x } ;"
            'INSERT DATA { population:mini-active hkg:criterionText "patients with inactive disease" }'
        ),
        "population:mini-active",
        "criterion texts are verbatim",
    ),
    (
        "population-condition-is-disease",
        "INSERT DATA { population:mini-active hkg:populationCondition outcome:survival }",
        "population:mini-active",
        "disease class",
    ),
    (
        "organisation-needs-label",
        "DELETE WHERE { organisation:mini-ebmt rdfs:label ?x }",
        "organisation:mini-ebmt",
        "rdfs:label",
    ),
    (
        "working-party-unit-of",
        "DELETE WHERE { organisation:mini-adwp hkg:unitOf ?x }",
        "organisation:mini-adwp",
        "hkg:unitOf",
    ),
    (
        "publication-year",
        (
            "DELETE WHERE { publication:mini-article hkg:publicationYear ?x } ;"
            "INSERT DATA { publication:mini-article hkg:publicationYear 20244 }"
        ),
        "publication:mini-article",
        "publicationYear",
    ),
    (
        "publication-doi",
        (
            "DELETE WHERE { publication:mini-article hkg:doi ?x } ; DELETE WHERE { curation:mini-doi ?p ?o } ;"
            'INSERT DATA { publication:mini-article hkg:doi "https://doi.org/10.1234/abc.5" }'
        ),
        "publication:mini-article",
        "without the https://doi.org/ prefix",
    ),
    (
        "guideline-issued-by",
        "DELETE WHERE { publication:mini-guideline hkg:issuedBy ?x }",
        "publication:mini-guideline",
        "hkg:issuedBy",
    ),
    (
        "curator-addition-needs-note",
        "DELETE WHERE { curation:mini-doi hkg:curatorNote ?x }",
        "curation:mini-doi",
        "hkg:curatorNote",
    ),
    (
        "curator-addition-triple-asserted",
        "DELETE WHERE { publication:mini-article hkg:doi ?x }",
        "curation:mini-doi",
        "not in the graph",
    ),
]


@pytest.mark.parametrize("update, focus, words", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shape_fires(mini, shapes, update, focus, words):
    report = check(mini, shapes, update)
    assert not report.conforms
    hits = [r for r in report.results if curie(r.focus_node) == focus and words in r.message]
    assert hits, f"no violation on {focus} mentioning {words!r}:\n{report.text}"
    # the standard report carries the same result
    assert len(report.graph) > 0
    # and the shapes compiled to SPARQL (the build's engine) find exactly the same results
    graph = Graph()
    for triple in mini.graph:
        graph.add(triple)
    graph.update(PROLOGUE + update)
    compiled = validate_store(memory_store(derive(graph)), shapes)
    assert not compiled.conforms
    assert result_keys(compiled) == result_keys(report)


def test_unknown_property_suggests_the_declared_one(mini, shapes):
    report = check(mini, shapes, "INSERT DATA { claim:mini-efficacy hkg:outcom outcome:survival }")
    assert "did you mean hkg:outcome?" in report.text
