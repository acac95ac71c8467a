"""Errors of sets 380-383 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from (see the set's SOURCES.md): bortezomib in anti-NMDA receptor
encephalitis (set 380, source 4) and the AGA guideline on ulcerative colitis (set 382, source
5). Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims

from kg.ingest.compare import misattributed_tuple

UC = "Ulcerative colitis (UC) is a chronic inflammatory bowel disease"


def test_a_proteasome_inhibitor_is_named_by_its_stem(lexicon) -> None:
    # Set 380: "This retrospective case series provides Class IV evidence that bortezomib
    # reduces antibody titers and improves the clinical course of patients with severe
    # anti-NMDAR encephalitis" left bortezomib unresolved: "-zomib" was no drug stem.
    claims = last_claims(
        lexicon,
        "This retrospective case series provides Class IV evidence that bortezomib reduces "
        "antibody titers and improves the clinical course of patients with severe anti-NMDAR "
        "encephalitis",
    )
    assert ("EfficacyClaim", "intervention:bortezomib", "outcome:antibody-titer", "Reduces") in {
        c[:4] for c in claims
    }, claims
    # Control: an ordinary word with the same ending in a subject is still no drug.
    claims = last_claims(lexicon, "The model reduced antibody titers in mice")
    assert {c[1] for c in claims} <= {"-"}, claims


def test_a_guideline_recommends_each_listed_treatment_for_the_patients_named_first(
    lexicon,
) -> None:
    # Set 382: "In adult outpatients with moderate-severe ulcerative colitis, the AGA recommends
    # using infliximab, adalimumab, golimumab, vedolizumab, tofacitinib or ustekinumab over no
    # treatment" got no claim: the disease stood in the patients before the subject, and the
    # list ended with what it was set against.
    claims = last_claims(
        lexicon,
        UC,
        "In adult outpatients with moderate-severe ulcerative colitis, the AGA recommends using "
        "infliximab, adalimumab, golimumab, vedolizumab, tofacitinib or ustekinumab over no "
        "treatment",
    )
    drugs = ("infliximab", "adalimumab", "golimumab", "vedolizumab", "tofacitinib", "ustekinumab")
    assert {c[:5] for c in claims} == {
        (
            "RecommendationClaim",
            f"intervention:{d}",
            "disease:ulcerative-colitis",
            "InFavour",
            False,
        )
        for d in drugs
    }, claims
    # Control: a disease in a clause about why is no population the recommendation is for.
    claims = last_claims(
        lexicon,
        "Because the defect in patients with IL-10 deficiency resides in hematopoietic cells and "
        "their colitis is resistant to immunosuppressive therapy, HSCT should be considered early "
        "as a potentially curative therapeutic option",
    )
    assert not [c for c in claims if c[0] == "RecommendationClaim"], claims


def test_a_body_by_its_acronym_recommends_against_what_it_names(lexicon) -> None:
    # Set 382's "the AGA suggests against using thiopurine monotherapy" (a conditional
    # recommendation, left undrafted) showed that "the AGA recommends against using ..." left
    # its treatment unresolved.
    claims = last_claims(
        lexicon,
        UC,
        "In adult outpatients with active UC, the AGA recommends against using thiopurine "
        "monotherapy for induction of remission",
    )
    assert {c[:5] for c in claims} == {
        (
            "RecommendationClaim",
            "intervention:thiopurine-monotherapy",
            "disease:ulcerative-colitis",
            "Against",
            True,
        )
    }, claims
    # Control: an acronym the sentence does not set up as a body ("the HSCT group") stays a
    # treatment.
    claims = last_claims(lexicon, "HSCT is recommended for patients with ulcerative colitis")
    assert {c[1] for c in claims} == {"intervention:hsct"}, claims


def test_a_result_seen_in_another_arm_is_not_the_subjects(lexicon) -> None:
    # Set 383's "Two studies reported higher rates of thrombocytopenia in the low-dose rIL-2
    # arm" named no treatment but its arm: an arm that another clause sets against the
    # subject was read as the subject's.
    claims = last_claims(
        lexicon, "HSCT reduced relapses, and infections were higher in the placebo group"
    )
    assert {c[:3] for c in claims} == {("EfficacyClaim", "intervention:hsct", "outcome:relapse")}
    # Controls: an arm named by the subject, or by no treatment, keeps it; an arm named by a
    # known treatment names the subject of a statement that has none.
    claims = last_claims(
        lexicon, "HSCT reduced relapses, and infections were higher in the HSCT group"
    )
    assert ("SafetyClaim", "intervention:hsct", "outcome:infection") in {c[:3] for c in claims}
    claims = last_claims(lexicon, "HSCT reduced relapses in the treated group")
    assert {c[1] for c in claims} == {"intervention:hsct"}, claims
    claims = last_claims(lexicon, "Two studies reported higher rates of infection in the AHSCT arm")
    assert {c[1] for c in claims} == {"intervention:ahsct"}, claims


def test_a_later_cue_that_names_its_own_treatment_is_about_that_one(lexicon) -> None:
    # Found while reading set 383: a recommendation in a second clause took the first
    # clause's treatment.
    claims = last_claims(
        lexicon,
        "In patients with multiple sclerosis, HSCT reduced relapses, and we recommend rituximab "
        "for lupus",
    )
    assert not [c for c in claims if c[1] == "intervention:hsct" and c[0] != "EfficacyClaim"]
    # Control: a later cue about the same treatment keeps it.
    claims = last_claims(
        lexicon, "HSCT reduced relapses in patients with MS and was recommended for MS"
    )
    assert ("RecommendationClaim", "intervention:hsct") in {c[:2] for c in claims}, claims


def test_one_of_several_treatments_expected_for_an_object_is_not_another() -> None:
    # Scoring (set 382): each of six recommendations drafted for ulcerative colitis was counted
    # as misattributed only because the other five drugs are expected for the same disease.
    expected = {
        (15, "StatusClaim", f"intervention:{d}", "disease:uc", "-", False)
        for d in ("infliximab", "adalimumab")
    }
    found = (15, "RecommendationClaim", "intervention:infliximab", "disease:uc", "InFavour", False)
    assert not misattributed_tuple(found, expected)
    # Controls: a drug none of them is, or one of them denied, still is misattributed; so is a
    # harm left unresolved beside expected claims that all read it the other way.
    assert misattributed_tuple((*found[:2], "intervention:rituximab", *found[3:]), expected)
    assert misattributed_tuple((*found[:4], "Against", True), expected)
    ptld = {
        (10, "SafetyClaim", "intervention:allo-hsct", "outcome:ptld", "AssociatedWith", False),
        (10, "EfficacyClaim", "intervention:rituximab", "outcome:ptld", "Reduces", False),
    }
    assert not misattributed_tuple(
        (10, "SafetyClaim", "-", "outcome:ptld", "AssociatedWith", False), ptld
    )
    assert misattributed_tuple((10, "SafetyClaim", "-", "outcome:ptld", "Increases", True), ptld)
