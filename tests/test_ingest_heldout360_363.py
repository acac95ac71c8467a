"""Errors of sets 360-363 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from (see the set's SOURCES.md): the polymyositis and dermatomyositis after
allogeneic transplantation (set 360, sources 1 and 4); the review of regenerative treatments
for vitiligo (set 363, source 1) and the stromal vascular cells in alopecia areata (set 363,
source 4). Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_a_verb_of_change_before_its_own_noun_changes_that_noun(lexicon) -> None:
    # Set 363: "All patients experienced hair regeneration, increased hair growth and
    # decreased pull test 3 and 6 months after the treatment with ADSVCs" drafted hair
    # regeneration both improved and reduced: "decreased ... after" was read as "X decreased
    # after", X being what came before the verb.
    claims = last_claims(
        lexicon,
        "All patients experienced hair regeneration, increased hair growth and decreased pull "
        "test 3 and 6 months after the treatment with HSCT",
    )
    assert ("outcome:hair-regeneration", "Reduces") not in {c[2:4] for c in claims}, claims
    # Control: what changed after a treatment, named before its verb, is still drafted.
    for sentence, expected in (
        ("Proteinuria declined in all patients following HSCT", "outcome:proteinuria"),
        ("Symptoms improved considerably after HSCT", "outcome:symptom"),
    ):
        assert expected in {c[2] for c in last_claims(lexicon, sentence)}, sentence


def test_a_decrease_a_treatment_resulted_in_is_a_reduction(lexicon) -> None:
    # Set 360: "rituximab was subsequently started for relapse of lymphoma, resulting in a
    # substantial decrease in the level of anti-MDA-5 antibody" drafted the antibody as a harm
    # associated with rituximab.
    claims = last_claims(
        lexicon,
        "For Case 2, rituximab was subsequently started for relapse of lymphoma, resulting in a "
        "substantial decrease in the level of anti-MDA-5 antibody and improvement in rash and "
        "ILD",
    )
    antibody = {c[:4] for c in claims if c[2] == "outcome:anti-mda-5-antibody"}
    assert antibody == {
        ("EfficacyClaim", "intervention:rituximab", "outcome:anti-mda-5-antibody", "Reduces")
    }, claims
    # Control: what a treatment resulted in, with no fall named, is associated with it.
    claims = last_claims(lexicon, "HSCT resulted in infections")
    assert {c[3] for c in claims} == {"AssociatedWith"}, claims


def test_function_after_an_organ_compound_is_that_organs(lexicon) -> None:
    # Set 360: "stabilization or improvement in lung imaging and function" drafted neurological
    # function (the lexicon's "function") improved.
    claims = last_claims(
        lexicon,
        "While a majority of patients experience either stabilization or improvement in lung "
        "imaging and function, fatal progression is still reported in a significant number of "
        "cases",
    )
    assert "outcome:neurological-function" not in {c[2] for c in claims}, claims
    # Control: function alone, as in the first source, is neurological function.
    claims = last_claims(lexicon, "HSCT improved survival and function")
    assert "outcome:neurological-function" in {c[2] for c in claims}, claims


def test_failure_alone_names_no_harm(lexicon) -> None:
    # Set 363: "the progressive loss of functional melanocytes associated with failure to
    # spontaneously recover pigmentation" proposed the harm "failure".
    claims = last_claims(
        lexicon,
        "Recently, due to the progressive loss of functional melanocytes associated with "
        "failure to spontaneously recover pigmentation, several different cell-based and "
        "cell-free regenerative approaches have been suggested to treat vitiligo",
    )
    assert "outcome:failure" not in {c[2] for c in claims}, claims
    # Control: a failure named by what failed is a harm.
    claims = last_claims(lexicon, "HSCT was associated with graft failure")
    assert "outcome:graft-failure" in {c[2] for c in claims}, claims
