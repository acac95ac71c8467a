"""Errors of sets 257-260 (run once as held-out sets, development documents now), each fixed by
a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from (see each set's SOURCES.md): the summary of the SCOT trial of
transplantation in scleroderma (set 257, source 3); the news release on a CAR-T therapy in
multiple sclerosis (set 259, source 1); and the trial of cyclophosphamide and autologous
peripheral blood stem cell transplantation in Crohn's disease (set 260, source 4). Sentences
without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims

_SCOT = "Autologous stem cell transplantation and cyclophosphamide were compared in scleroderma"
_CD = "Autologous stem cell transplantation was used in Crohn's disease"


def test_the_arm_a_harm_was_absent_in_is_no_subject(lexicon) -> None:
    # Set 257: "Treatment-related mortality was observed in transplantation treated patients and
    # absent in those treated with cyclophosphamide" drafted cyclophosphamide associated with it.
    claims = last_claims(
        lexicon,
        _SCOT,
        "Treatment-related mortality was observed in transplantation treated patients and "
        "absent in those treated with cyclophosphamide",
    )
    assert not any(c[1] == "intervention:cyclophosphamide" for c in claims), claims


def test_a_harm_observed_after_a_named_treatment_is_its_harm(lexicon) -> None:
    # Control.
    claims = last_claims(
        lexicon,
        _SCOT,
        "Treatment-related mortality was observed in patients treated with cyclophosphamide",
    )
    assert ("intervention:cyclophosphamide", "outcome:treatment-related-mortality") in {
        c[1:3] for c in claims
    }, claims


def test_a_denial_ends_before_a_coordinated_verb(lexicon) -> None:
    # Set 259: "... with patients showing no immune effector cell-related neurotoxicity or
    # serious infections, and significantly improves neurological function" denied the
    # improvement.
    claims = last_claims(
        lexicon,
        "The team found that CAR-T therapy is safe and effective, with patients showing no "
        "immune effector cell-related neurotoxicity or serious infections, and significantly "
        "improves neurological function",
    )
    assert ("outcome:neurological-function", "Improves", False) in {c[2:5] for c in claims}, claims


def test_a_denied_improvement_is_still_denied(lexicon) -> None:
    # Control.
    claims = last_claims(
        lexicon, "CAR-T therapy did not significantly improve neurological function"
    )
    assert ("outcome:neurological-function", "Improves", True) in {c[2:5] for c in claims}, claims


def test_a_drug_by_which_a_step_is_done_is_no_subject(lexicon) -> None:
    # Set 260: "Immunoablation by cyclophosphamide and autologous peripheral blood stem cell
    # transplantation is safe and effective to induce remission ..." credited cyclophosphamide.
    claims = last_claims(
        lexicon,
        _CD,
        "Immunoablation by cyclophosphamide and autologous peripheral blood stem cell "
        "transplantation is safe and effective to induce remission of refractory Crohn's "
        "disease, and should be further evaluated in randomised controlled trials",
    )
    assert claims and not any(c[1] == "intervention:cyclophosphamide" for c in claims), claims


def test_a_drug_named_as_the_subject_is_the_subject(lexicon) -> None:
    # Control.
    claims = last_claims(
        lexicon,
        _CD,
        "Cyclophosphamide is effective to induce remission of refractory Crohn's disease",
    )
    assert {c[1] for c in claims} == {"intervention:cyclophosphamide"}, claims
