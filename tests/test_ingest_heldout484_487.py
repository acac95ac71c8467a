"""Errors of sets 484-487 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims

AHA = "Acquired hemophilia A (AHA) is a severe bleeding disorder"


def test_bleeding_a_drug_prevents_is_an_outcome(lexicon) -> None:
    # Set 486, statements 10 and 15 (Pfrepper et al. 2023; Kishi et al. 2024): "emicizumab
    # prevents bleeds", "effectively prevents bleeding" drafted nothing.
    claims = last_claims(
        lexicon, AHA, "This study suggests that emicizumab effectively prevents bleeding in AHA"
    )
    assert ("intervention:emicizumab", "outcome:bleeding", "Reduces") in {c[1:4] for c in claims}, (
        claims
    )
    # Control: a bleeding disorder is still a disease, not a bleed.
    claims = last_claims(lexicon, AHA, "Emicizumab prevents bleeds")
    assert {c[1:4] for c in claims} == {("intervention:emicizumab", "outcome:bleed", "Reduces")}


def test_a_name_with_of_is_singular_in_its_head(lexicon) -> None:
    # Set 486, statement 14 (Kishi et al. 2024): "activities of daily living" was named
    # "activities-of-daily-living"; the head is what is counted.
    claims = last_claims(
        lexicon,
        "All patients treated with emicizumab maintained their activities of daily living "
        "(ADLs) and experienced no side effects",
    )
    assert ("intervention:emicizumab", "outcome:activity-of-daily-living") in {
        c[1:3] for c in claims
    }, claims
    # Control: a name without a preposition is singular in its last word, as before.
    claims = last_claims(lexicon, "Rituximab reduced relapse rates")
    assert {c[1:3] for c in claims} == {("intervention:rituximab", "outcome:relapse-rate")}


def test_diseases_that_respond_to_a_blockade_are_improved_by_it(lexicon) -> None:
    # Set 484, statement 14 (primary chronic osteomyelitis of the jaw, Rheumatology 2024):
    # "Both SAPHO and CRMO respond to TNF-alpha blockade" drafted nothing.
    claims = last_claims(
        lexicon,
        "Synovitis, acne, pustulosis, hyperostosis, and osteitis (SAPHO) syndrome and chronic "
        "recurrent multifocal osteomyelitis (CRMO) are rare",
        "Both SAPHO and CRMO respond to TNF-alpha blockade",
    )
    assert {c[1:4] for c in claims} == {
        (
            "intervention:tnf-alpha-blockade",
            "disease:chronic-recurrent-multifocal-osteomyelitis",
            "Improves",
        ),
        (
            "intervention:tnf-alpha-blockade",
            "disease:synovitis-acne-pustulosis-hyperostosis-and-osteitis",
            "Improves",
        ),
    }, claims
    # Control: patients a relative clause picks out by their response are no result.
    claims = last_claims(lexicon, "Patients who respond to rituximab have lupus nephritis")
    assert not claims, claims


def test_the_current_standard_therapy_is_an_established_status(lexicon) -> None:
    # Set 487, statement 8 (Soyez et al., Respir Res 2018): "Whole lung lavage is the current
    # standard therapy for pulmonary alveolar proteinosis" drafted nothing.
    claims = last_claims(
        lexicon,
        "Whole lung lavage is the current standard therapy for pulmonary alveolar proteinosis "
        "(PAP) that is characterized by the alveolar accumulation of surfactant",
    )
    assert {c[:3] for c in claims} == {
        ("StatusClaim", "intervention:whole-lung-lavage", "disease:pulmonary-alveolar-proteinosis")
    }, claims
    # Control: a current treatment that is no standard is not established by it.
    claims = last_claims(
        lexicon, "Whole lung lavage is the current focus of research in pulmonary fibrosis"
    )
    assert "StatusClaim" not in {c[0] for c in claims}, claims
