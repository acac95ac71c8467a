"""Errors of sets 240-242 (run once as held-out sets, development documents now), each fixed by
a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from (see each set's SOURCES.md): the review of autologous haematopoietic stem
cell transplantation for refractory Crohn's disease (set 240, source 2); and the position paper
on haematopoietic stem cell transplantation and Crohn's disease (set 240, source 5). Sentences
without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims

_HSCT = "Haematopoietic stem cell transplantation (HSCT) is used in Crohn's disease (CD)"


def test_a_disease_associated_with_another_is_no_harm_of_the_treatment(lexicon) -> None:
    # Set 240: "... because clinical remission was obtained in patients who had CD associated
    # with malignant hematological diseases ..." drafted HSCT associated with them.
    claims = last_claims(
        lexicon,
        _HSCT,
        "In this scenario, hematopoietic stem cell transplantation has been suggested because "
        "clinical remission was obtained in patients who had CD associated with malignant "
        "hematological diseases and an alternative since the first reports in 2010",
    )
    assert not any("malignant" in c[2] for c in claims), claims


def test_a_treatment_associated_with_a_harm_still_is(lexicon) -> None:
    # Control.
    claims = last_claims(lexicon, _HSCT, "HSCT was associated with infections in Crohn's disease")
    assert ("outcome:infection", "AssociatedWith") in {(c[2], c[3]) for c in claims}, claims


def test_what_patients_do_not_achieve_is_who_they_are(lexicon) -> None:
    # Set 240: "... patients with refractory disease who do not achieve adequate clinical
    # response and are not amenable to intestinal surgery" drafted clinical response denied.
    claims = last_claims(
        lexicon,
        _HSCT,
        "Despite recent advances in Crohn’s disease (CD) therapy, with ever-new treatments "
        "available, there is still a relevant percentage of patients with refractory disease who "
        "do not achieve adequate clinical response and are not amenable to intestinal surgery",
    )
    assert claims == set(), claims


def test_a_response_not_achieved_after_a_treatment_is_still_denied(lexicon) -> None:
    # Control.
    claims = last_claims(lexicon, _HSCT, "Patients did not achieve clinical response after HSCT")
    assert ("outcome:clinical-response", True) in {(c[2], c[4]) for c in claims}, claims


def test_what_protocols_are_meant_to_reduce_is_no_result(lexicon) -> None:
    # Set 240: "Many new protocols have been assessed and are under investigation with the
    # intent to reduce complications" drafted complications reduced.
    claims = last_claims(
        lexicon,
        _HSCT,
        "Many new protocols have been assessed and are under investigation with the intent to "
        "reduce complications",
    )
    assert not any(c[3] == "Reduces" for c in claims), claims


def test_a_protocol_that_reduced_complications_did(lexicon) -> None:
    # Control.
    claims = last_claims(lexicon, _HSCT, "The new HSCT protocol reduced complications")
    assert ("outcome:complication", "Reduces") in {(c[2], c[3]) for c in claims}, claims
