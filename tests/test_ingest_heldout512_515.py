"""Errors of sets 512-515 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_what_a_patient_developed_is_a_harm(lexicon) -> None:
    # Set 514, statement 13 (Aburisheh et al., Oman Med J 2020): "the patient developed
    # diabetic ketoacidosis secondary to the gluteal abscess, leukopenia, and recurrent
    # hypoglycemia" drafted the ketoacidosis as a result that improved.
    claims = last_claims(
        lexicon,
        "During the course of his treatment, the patient developed diabetic ketoacidosis "
        "secondary to the gluteal abscess, leukopenia, and recurrent hypoglycemia",
    )
    assert claims and all(c[0] == "SafetyClaim" for c in claims), claims
    # Control: a remission experienced is still a benefit.
    claims = last_claims(lexicon, "Three patients experienced complete remission after rituximab")
    assert {c[:4] for c in claims} == {
        ("EfficacyClaim", "intervention:rituximab", "outcome:complete-remission", "Improves")
    }, claims
