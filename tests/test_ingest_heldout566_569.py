"""Errors of sets 566-569 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_a_harm_after_a_treatment_the_patients_received_is_its_harm(lexicon) -> None:
    # Set 568, statement 22 (Hacein-Bey-Abina et al., N Engl J Med 2010): "some infants developed
    # T-cell acute lymphoblastic leukemia after the gene therapy" left the treatment unresolved,
    # infants not being read as patients and "the gene therapy" not as what they received.
    claims = last_claims(
        lexicon,
        "However, some infants developed T-cell acute lymphoblastic leukemia after the gene "
        "therapy, due to vector-mediated insertional mutagenesis",
    )
    assert ("SafetyClaim", "intervention:gene-therapy") in {c[:2] for c in claims}, claims
    # Control: what follows "after" and names no treatment is not proposed as one.
    claims = last_claims(lexicon, "Two patients developed infections after the first dose")
    assert {c[1] for c in claims} <= {"-"}, claims


def test_an_endpoint_set_out_is_no_result(lexicon) -> None:
    # Set 567, statement 8 (Finckh et al., Arthritis Res Ther 2014): "The primary outcome was an
    # improvement in the disease activity scores based on 44 joints (DAS44)" drafted an
    # improvement of disease activity.
    claims = last_claims(
        lexicon,
        "The primary outcome was an improvement in the disease activity scores based on 44 "
        "joints (DAS44)",
    )
    assert not claims, claims
    # Control: an improvement a treatment led to is still drafted.
    claims = last_claims(lexicon, "Anakinra led to an improvement in the disease activity scores")
    assert ("EfficacyClaim", "intervention:anakinra") in {c[:2] for c in claims}, claims
