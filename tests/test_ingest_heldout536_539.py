"""Errors of sets 536-539 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_what_the_authors_evaluated_is_an_aim_not_a_result(lexicon) -> None:
    # Set 538, statement 2 (Kupersmith & Ying, Br J Ophthalmol 2005): "The authors evaluated
    # the efficacy of prednisone and pyridostigmine in reducing diplopia ..." drafted
    # prednisone as reducing diplopia, ocular motor dysfunction and ptosis: a result the
    # sentence does not report.
    claims = last_claims(
        lexicon,
        "The authors evaluated the efficacy of prednisone and pyridostigmine in reducing "
        "relapses, disability, and fatigue in patients with lupus",
    )
    assert not any(c[0] == "EfficacyClaim" for c in claims), claims
    # Control: what a treatment was found to do is still its result.
    claims = last_claims(lexicon, "Prednisone reduced relapses in patients with lupus")
    assert ("EfficacyClaim", "intervention:prednisone", "outcome:relapse", "Reduces", False) in (
        claims
    ), claims
