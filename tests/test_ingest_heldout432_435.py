"""Errors of sets 432-435 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from (see the set's SOURCES.md): elafibranor's prescribing information and
a registered trial of MSCs in primary biliary cholangitis (set 433, sources 5 and 6);
tocilizumab in polymyalgia rheumatica (set 434, source 3). Sentences without a source are
written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims

from kg.ingest.parse import _markers


def test_what_has_not_been_demonstrated_is_denied(lexicon) -> None:
    # Set 433: "Improvement in survival or prevention of liver decompensation events have not
    # been demonstrated" drafted survival as improved: the opposite of the sentence.
    claims = last_claims(
        lexicon,
        "Improvement in survival or prevention of liver decompensation events have not been "
        "demonstrated",
    )
    assert claims and all(c[4] for c in claims), claims
    # Control: what has been demonstrated stands.
    claims = last_claims(
        lexicon, "AHSCT improved survival in multiple sclerosis, as has been demonstrated"
    )
    assert ("EfficacyClaim", "intervention:ahsct", "outcome:survival", "Improves", False) in (
        claims
    ), claims


def test_studies_named_by_their_design_are_no_treatment(lexicon) -> None:
    # Set 433: "Randomization controlled studies are needed to confirm the long term effect of
    # MSC treatment for refractory PBC" proposed randomization as the treatment.
    claims = last_claims(
        lexicon,
        "Randomization controlled studies are needed to confirm the long term effect of MSC "
        "treatment for refractory primary biliary cholangitis",
    )
    assert not [c for c in claims if c[1] == "intervention:randomization"], claims
    # Control: a product's trials are still about the product.
    claims = last_claims(lexicon, "Descartes-08 showed promise in myasthenia gravis")
    assert {c[1] for c in claims} == {"intervention:descartes-08"}, claims


def test_a_marker_after_a_counted_time_and_what_many_patients_require(lexicon) -> None:
    # Set 434: "Glucocorticoid therapy is highly effective, but many patients require
    # treatment for several years 3" kept the marker in the text and proposed "treatment for
    # several years 3" as a step of glucocorticoid therapy.
    assert _markers("many patients require treatment for several years 3.") == "3"
    claims = last_claims(
        lexicon,
        "AHSCT is highly effective, but many patients require treatment for several years",
    )
    assert not [c for c in claims if c[0] == "ProcedureStepClaim"], claims
    # Controls: a number that a time word takes is no marker, and what a treatment requires
    # is its step.
    assert _markers("older than 65.") is None
    claims = last_claims(lexicon, "AHSCT requires conditioning chemotherapy")
    assert ("ProcedureStepClaim", "intervention:ahsct") in {c[:2] for c in claims}, claims


def test_who_have_or_develop_a_disease_have_it(lexicon) -> None:
    # Set 433: "Use of IQIRVO is not recommended in patients who have or develop decompensated
    # cirrhosis (...)" proposed "develop decompensated cirrhosis" as a disease.
    claims = last_claims(
        lexicon,
        "Use of IQIRVO is not recommended in patients who have or develop decompensated "
        "cirrhosis (e.g., ascites, variceal bleeding, hepatic encephalopathy)",
    )
    objects = {c[2] for c in claims}
    assert "disease:decompensated-cirrhosis" in objects, claims
    assert not [o for o in objects if "develop" in o], claims
    # Control: patients who have a disease still have it.
    claims = last_claims(
        lexicon,
        "AHSCT is not recommended in patients who have primary progressive multiple sclerosis",
    )
    assert {c[2] for c in claims} == {"disease:primary-progressive-multiple-sclerosis"}, claims
