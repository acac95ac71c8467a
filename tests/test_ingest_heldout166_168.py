"""Errors of sets 166-168 (run once as held-out sets, development documents now), each fixed by
a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from: Rocca MA et al. A three-year study of brain atrophy after autologous
hematopoietic stem cell transplantation in rapidly evolving secondary progressive multiple
sclerosis. AJNR (set 166, source 1); an abstract on grey and white matter volume after
immunoablation and autologous haematopoietic stem cell transplantation (set 166, source 3);
Hawkey C, on behalf of The ASTIC Trialists. OC-007 Haemopoetic Stem Cell Transplantation For
Crohn's Disease (set 168, source 6); and a sentence on the ASTIC trial (set 168, source 3). See
the sets' SOURCES.md. Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import drafted


def test_a_suppression_induced_is_a_reduction(lexicon) -> None:
    # Set 166: "induces a profound suppression of clinical activity and MR imaging-detectable
    # inflammation" was drafted as harms the transplant increased.
    _, tuples = drafted(
        lexicon,
        "In multiple sclerosis (MS), autologous hematopoietic stem cell transplantation (AHSCT) "
        "induces a profound suppression of clinical activity and MR imaging-detectable "
        "inflammation, but it may be associated with a rapid brain volume loss in the months "
        "subsequent to treatment",
    )
    inflammation = [t for t in tuples if t[3] == "outcome:mr-imaging-detectable-inflammation"]
    assert inflammation and {t[4] for t in inflammation} == {"Reduces"}, tuples
    assert any(t[3] == "outcome:clinical-activity" and t[4] == "Reduces" for t in tuples), tuples


def test_a_remission_induced_is_still_an_improvement(lexicon) -> None:
    # Control.
    _, tuples = drafted(lexicon, "AHSCT induces a durable remission in most patients")
    assert any("remission" in t[3] and t[4] == "Improves" for t in tuples), tuples


def test_an_abbreviation_before_a_one_word_outcome_names_a_narrower_one(lexicon) -> None:
    # Set 166: "a significant reduction in GM atrophy, not WM atrophy" was drafted as atrophy
    # reduced and not reduced; written apart, "not WM atrophy" lost its denial.
    _, tuples = drafted(
        lexicon,
        "After AHSCT, a significant reduction in GM atrophy, not WM atrophy, was found",
    )
    assert ("outcome:gm-atrophy", False) in {(t[3], t[5]) for t in tuples}, tuples
    assert ("outcome:wm-atrophy", True) in {(t[3], t[5]) for t in tuples}, tuples
    assert "outcome:atrophy" not in {t[3] for t in tuples}, tuples


def test_a_modifier_before_an_abbreviation_names_a_narrower_outcome(lexicon) -> None:
    # Set 166: "pathological whole-brain (WB) atrophy" was linked to atrophy.
    _, tuples = drafted(
        lexicon,
        "Immunoablation and autologous hematopoietic stem cell transplantation (IA/aHSCT) halts "
        "relapses, white matter (WM) lesion formation, and pathological whole-brain (WB) "
        "atrophy in multiple sclerosis (MS) patients",
    )
    assert "outcome:atrophy" not in {t[3] for t in tuples}, tuples


def test_atrophy_alone_is_atrophy(lexicon) -> None:
    # Control.
    _, tuples = drafted(lexicon, "AHSCT reduced atrophy in patients with MS")
    assert any(t[3] == "outcome:atrophy" for t in tuples), tuples


def test_an_old_spelling_without_its_i_is_the_same_transplant(lexicon) -> None:
    # Set 168: "haemopoetic stem cell transplantation", as the source prints it, was proposed
    # as an intervention apart from HSCT, and a later "HSCT" read as it.
    _, tuples = drafted(
        lexicon,
        "Haemopoetic stem cell transplantation was effective in Crohn's disease",
    )
    assert {t[2] for t in tuples} == {"intervention:hsct"}, tuples


def test_the_usual_spelling_is_the_same_transplant(lexicon) -> None:
    # Control.
    _, tuples = drafted(
        lexicon,
        "Haematopoietic stem cell transplantation was effective in Crohn's disease",
    )
    assert {t[2] for t in tuples} == {"intervention:hsct"}, tuples


def test_an_index_named_after_what_it_measures_is_the_index(lexicon) -> None:
    # Set 168: "the IBD-Q quality of life index improved" was drafted as quality of life.
    _, tuples = drafted(
        lexicon,
        "Scores for the IBD-Q quality of life index improved from 123 to 165 following AHSCT",
    )
    assert {t[3] for t in tuples} == {"outcome:ibd-q-quality-of-life-index"}, tuples


def test_quality_of_life_alone_is_quality_of_life(lexicon) -> None:
    # Control.
    _, tuples = drafted(lexicon, "Quality of life improved following AHSCT")
    assert {t[3] for t in tuples} == {"outcome:quality-of-life"}, tuples


def test_what_a_trial_asked_is_an_aim(lexicon) -> None:
    # Set 168: "The ASTIC trial asked whether HSCT could cure CD" was drafted as a hedged
    # benefit ("CD" written out for the test).
    _, tuples = drafted(lexicon, "The ASTIC trial asked whether HSCT could cure Crohn's disease")
    assert not tuples, tuples


def test_what_a_trial_showed_is_a_result(lexicon) -> None:
    # Control.
    _, tuples = drafted(lexicon, "The ASTIC trial showed that HSCT could cure Crohn's disease")
    assert tuples, tuples
