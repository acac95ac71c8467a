"""Errors of sets 524-527 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_a_name_that_opens_with_a_bare_verb_is_no_outcome(lexicon) -> None:
    # Set 524, statement 6 (Colnaghi et al., Cephalalgia 2008): "avoid recurrences" was
    # proposed as a harm that high-dose steroids increase.
    claims = last_claims(
        lexicon,
        "There was no evidence of which steroid schedule should be considered as adequate; "
        "high-dose steroids are likely to be more effective both to induce resolution and to "
        "avoid recurrences",
    )
    assert not any(c[0] == "SafetyClaim" or "avoid" in c[2] for c in claims), claims
    # Control: an outcome named by a participle is still one.
    claims = last_claims(lexicon, "Rituximab reduced relapsing disease activity")
    assert {(c[1], c[3]) for c in claims} == {("intervention:rituximab", "Reduces")}, claims


def test_a_treatment_named_after_responds_well_to_ends_at_a_clause_of_its_own(lexicon) -> None:
    # Set 524, statement 11 (Hamwi et al., Am J Med Case Rep 2021): "THS usually responds
    # well to steroids and they remain the mainstay of treatment" left the treatment
    # unresolved, read as "steroids and they remain the mainstay".
    claims = last_claims(
        lexicon,
        "Tolosa-Hunt syndrome (THS) is a rare inflammatory disorder of the cavernous sinus",
        "THS usually responds well to steroids and they remain the mainstay of treatment",
    )
    assert {(c[0], c[1], c[3], c[4]) for c in claims} == {
        ("EfficacyClaim", "intervention:steroid", "Improves", False)
    }, claims
    # Control: the name alone, as before.
    claims = last_claims(lexicon, "Lupus usually responds well to steroids")
    assert {c[1] for c in claims} == {"intervention:steroid"}, claims
