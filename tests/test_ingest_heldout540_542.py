"""Errors of sets 540-542 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_a_dose_reduced_if_harms_occur_reduces_no_harm(lexicon) -> None:
    # Set 541, statement 10 (Perimenis et al., Presse Med 2008): "to be reduced if adverse
    # effects occur" drafted tamoxifen as reducing adverse effects.
    claims = last_claims(
        lexicon,
        "Tamoxifen is a good alternative at 20 x 2 mg per day, to be reduced if adverse effects "
        "occur to 10 x 2 mg per day",
    )
    assert not any(c[3] == "Reduces" for c in claims), claims
    # Control: what a treatment reduced is still reduced.
    claims = last_claims(lexicon, "Tamoxifen reduced adverse effects")
    assert {(c[1], c[3]) for c in claims} == {("intervention:tamoxifen", "Reduces")}, claims


def test_lower_doses_lower_no_result(lexicon) -> None:
    # Set 542, statement 2 (Falorni et al., Endocrine): "by using the lower possible doses able
    # to guarantee an adequate quality of life" drafted the quality of life as reduced.
    claims = last_claims(
        lexicon,
        "The oral substitutive treatment should attempt at mimicking the normal circadian "
        "profile of cortisol secretion, by using the lower possible doses able to guarantee an "
        "adequate quality of life to patients",
    )
    assert not any(c[3] == "Reduces" for c in claims), claims
    # Control: a treatment that lowers a result still reduces it.
    claims = last_claims(lexicon, "Rituximab lowered disease activity")
    assert {(c[2], c[3]) for c in claims} == {("outcome:disease-activity", "Reduces")}, claims


def test_what_a_treatment_is_aimed_at_is_no_result(lexicon) -> None:
    # Set 542, statement 1 (Falorni et al., Endocrine): "is aimed at reducing the signs and
    # symptoms of the disease" drafted the signs and symptoms as reduced.
    claims = last_claims(
        lexicon,
        "The substitutive treatment is aimed at reducing the signs and symptoms of the disease as "
        "well as at preventing the development of an addisonian crisis, a clinical emergency "
        "characterized by hypovolemic shock",
    )
    assert not any(c[0] == "EfficacyClaim" for c in claims), claims
    # Control: a treatment that reduced them did.
    claims = last_claims(lexicon, "Rituximab reduced the signs and symptoms of the disease")
    assert claims and all(c[3] == "Reduces" for c in claims), claims
