"""Errors of sets 574-577 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_a_failure_to_improve_denies_the_improvement(lexicon) -> None:
    # Set 576, statement 15 (Zhang C et al., Pediatr Rheumatol 2023): "discontinued thalidomide
    # ... due to the inability to reduce lower inflammatory indicators to the normal range,
    # failure to improve clinical symptoms" drafted thalidomide as improving the symptoms.
    claims = last_claims(
        lexicon,
        "Four patients discontinued thalidomide gradually after reaching 3 months of treatment "
        "due to the inability to reduce lower inflammatory indicators to the normal range, "
        "failure to improve clinical symptoms or disease-free activities, or worsening of "
        "symptoms after discontinuation of glucocorticoids",
    )
    assert claims, claims
    assert all(c[4] for c in claims if c[3] == "Improves"), claims
    # Control: an improvement not denied stays asserted.
    claims = last_claims(lexicon, "Thalidomide improved clinical symptoms")
    assert ("outcome:clinical-symptom", "Improves", False) in {c[2:5] for c in claims}, claims
