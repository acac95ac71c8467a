"""Errors of sets 532, 534 and 535 (run once as held-out sets, development documents now),
each fixed by a general rule and tested on the published sentence that showed it, with a
control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_what_the_evidence_is_insufficient_to_determine_is_not_asserted(lexicon) -> None:
    # Set 532, statement 7 (Kavandi et al., Int J Clin Pract 2021): "is insufficient to
    # determine that DMARDs can prevent the progression" drafted the prevention as asserted.
    claims = last_claims(
        lexicon,
        "The evidence provided from available studies is insufficient to determine that "
        "rituximab can prevent the progression of lupus",
    )
    assert claims and all(c[4] for c in claims), claims
    # Control: what the evidence shows is still asserted.
    claims = last_claims(
        lexicon, "Available studies show that rituximab can prevent the progression of lupus"
    )
    assert claims and not any(c[4] for c in claims), claims


def test_what_an_analysis_is_adjusted_for_is_no_result(lexicon) -> None:
    # Set 535, statement 12 (Jacquot et al., Ophthalmology 2025): "adjusted on multifocal
    # choroiditis" drafted the choroiditis as a harm the combination increased.
    claims = last_claims(
        lexicon,
        "In multivariable analysis adjusted on infections and baseline dose of corticosteroids, "
        "remission was significantly higher in the rituximab group compared with the prednisone "
        "group (hazard ratio, 2.21; 95% CI, 1.18-4.14; P = 0.01)",
    )
    assert not any(c[2] == "outcome:infection" for c in claims), claims
    assert ("EfficacyClaim", "intervention:rituximab", "outcome:remission", "Improves", False) in (
        claims
    ), claims
    # Control: a harm named as the result is still one.
    claims = last_claims(lexicon, "Infections were significantly more frequent with rituximab")
    assert any(c[2] == "outcome:infection" for c in claims), claims
