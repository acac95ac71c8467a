"""Errors of sets 460-463 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from (see each set's SOURCES.md): low-dose cyclosporine in sight-threatening
uveitis (set 460, source 5); orbital inflammatory diseases (set 463, source 5). Sentences
without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import drafted, last_claims


def test_a_high_incidence_of_adverse_symptoms_is_a_harm(lexicon) -> None:
    # Set 460: "a high incidence of adverse symptoms" was drafted as an improvement.
    claims = last_claims(
        lexicon,
        "Cyclosporine had a significant toxicity profile and a high incidence of adverse "
        "symptoms which required close supervision, and a prompt dose reduction or drug "
        "exchange",
    )
    assert ("SafetyClaim", "outcome:adverse-symptom", "AssociatedWith") in {
        (c[0], c[2], c[3]) for c in claims
    }, claims
    assert not [c for c in claims if c[0] == "EfficacyClaim"], claims
    # Control: a high rate of a benefit is still a benefit.
    claims = last_claims(lexicon, "Cyclosporine had a high rate of complete remission")
    assert ("EfficacyClaim", "outcome:complete-remission", "Improves") in {
        (c[0], c[2], c[3]) for c in claims
    }, claims


def test_what_a_count_of_other_patients_needed_is_not_the_result(lexicon) -> None:
    # Set 463: "... achieved full remission and only 4 (17%) did not respond fully and needed
    # orbital irradiation or orbital decompressive surgery" drafted the surgery as a benefit
    # rituximab denied.
    claims = last_claims(
        lexicon,
        "Rituximab was significantly more efficient: 19 of 23 patients (82%) achieved full "
        "remission and only 4 (17%) did not respond fully and needed orbital irradiation or "
        "orbital decompressive surgery",
    )
    assert {(c[2], c[4]) for c in claims} == {("outcome:full-remission", False)}, claims
    # Control: a list joined by "and" is still read whole.
    claims = last_claims(lexicon, "Rituximab achieved full remission and lower relapse rates")
    assert "outcome:full-remission" in {c[2] for c in claims}, claims


def test_what_has_been_proposed_is_hedged(lexicon) -> None:
    # Set 463: "... has been proposed as maintenance therapy to prevent AIP relapse" was drafted
    # as an asserted prevention.
    draft, _ = drafted(
        lexicon,
        "Low-dosage steroid therapy or immunosuppressant (IMs) has been proposed as maintenance "
        "therapy to prevent AIP relapse",
    )
    claims = [c for s in draft.statements for c in s.claims]
    assert claims and {c.strength for c in claims} == {"Possible"}, claims
    # Control: a prevention the sentence asserts stays asserted.
    draft, _ = drafted(lexicon, "Maintenance steroid therapy prevented AIP relapse")
    claims = [c for s in draft.statements for c in s.claims]
    assert claims and {c.strength for c in claims} == {"Asserted"}, claims
