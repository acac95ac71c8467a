"""Errors of sets 582-585 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_effective_for_preventing_a_disease_is_no_treatment_of_it(lexicon) -> None:
    # Set 584, statement 21 (Xie et al., PLOS ONE 2020): "it may be the most effective
    # treatment for preventing fetal hemolytic disease" drafted the disease both kept from
    # coming and made better, two claims of opposite sense from one phrase.
    claims = last_claims(
        lexicon,
        "Among the therapeutic measures, antenatal 5/E appeared to be the best method for "
        "reducing the positive incidence of anti-D antibodies in the maternal serum; thus, it "
        "may be the most effective treatment for preventing fetal hemolytic disease",
    )
    disease = {c[3] for c in claims if c[2] == "disease:fetal-hemolytic-disease"}
    assert disease == {"Reduces"}, claims
    claims = last_claims(lexicon, "Rituximab is effective in preventing lupus nephritis")
    assert {c[1:4] for c in claims} == {
        ("intervention:rituximab", "disease:lupus-nephritis", "Reduces")
    }, claims
    # Controls: effective in treating it, or in preventing or treating it, is effective for it.
    claims = last_claims(
        lexicon, "Rituximab is a promising approach for preventing or treating lupus nephritis"
    )
    assert {c[1:4] for c in claims} == {
        ("intervention:rituximab", "disease:lupus-nephritis", "Improves")
    }, claims
    claims = last_claims(lexicon, "Rituximab is effective in treating lupus nephritis")
    assert {c[1:4] for c in claims} == {
        ("intervention:rituximab", "disease:lupus-nephritis", "Improves")
    }, claims
