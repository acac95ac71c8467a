"""Errors of sets 570-573 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_a_benefit_made_worse_is_no_improvement(lexicon) -> None:
    # Set 573, statement 14 (Diamond et al., Cancer Cell 2025): "MEK1/2 mutations ... are
    # associated with worse progression-free survival with MEK1/2 inhibition" drafted an
    # improved progression-free survival, the opposite of the sentence.
    claims = last_claims(
        lexicon,
        "Here, aided by a prospective registry of patients with histiocytoses (NCT03329274), we "
        "identify that MEK1/2 mutations which constitutively activate MEK independently of RAF "
        "are associated with worse progression-free survival with MEK1/2 inhibition as "
        "compared to patients with other MEK1/2 mutations",
    )
    assert not any(c[3] == "Improves" for c in claims), claims
    claims = last_claims(lexicon, "Rituximab was associated with worse progression-free survival")
    assert {c[1:4] for c in claims} == {
        ("intervention:rituximab", "outcome:progression-free-survival", "Reduces")
    }, claims
    # Control: a better one is still improved.
    claims = last_claims(lexicon, "Rituximab was associated with better progression-free survival")
    assert {c[3] for c in claims} == {"Improves"}, claims


def test_cells_taken_from_patients_are_no_treatment(lexicon) -> None:
    # Set 572, statement 11 (Omenetti et al., Rheumatology 2016): "Monocytes from patients in
    # anti-IL-1 treatment dramatically reduced IL-1β secretion ..., and long-term follow-up
    # demonstrated decreased frequency of flares" drafted the monocytes as the treatment.
    claims = last_claims(
        lexicon,
        "Monocytes from patients in anti-IL-1 treatment dramatically reduced IL-1β secretion "
        "after ex vivo activation, and long-term follow-up demonstrated decreased frequency of "
        "flares and normalization of acute phase reactants in all the patients",
    )
    assert not any("monocyte" in c[1] for c in claims), claims
    # Control: cells from donors are given, and are the treatment.
    claims = last_claims(lexicon, "Mesenchymal stem cells from healthy donors reduced flares")
    assert ("EfficacyClaim", "intervention:mesenchymal-stem-cell") in {c[:2] for c in claims}, (
        claims
    )
