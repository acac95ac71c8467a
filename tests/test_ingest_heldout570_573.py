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
