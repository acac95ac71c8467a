"""Errors of sets 640 and after (run once as held-out sets, development documents now), each
fixed by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import drafted, last_claims


def test_an_ordinal_cut_from_its_head_keeps_the_rest_of_its_phrase(lexicon) -> None:
    # Set 640, statement 9 (Tawfik et al., Dermatol Surg 2018): "pliability at the fourth and sixth laser
    # sessions" gave "sixth laser session" as an outcome that decreased, beside the real ones.
    claims = last_claims(
        lexicon,
        "There was a significant decrease in the mean papule, pustule count, keloidal plaque "
        "size, and pliability at the fourth and sixth laser sessions when compared with baseline",
    )
    objects = {c[2] for c in claims}
    assert "outcome:pliability" in objects, claims
    assert not any("session" in o for o in objects), claims
    # Control: an item cut at a preposition without an ordinal still has siblings after it.
    claims = last_claims(lexicon, "Rituximab improved pain at rest and quality of life")
    assert {c[2] for c in claims} >= {"outcome:pain", "outcome:quality-of-life"}, claims


def test_treatments_described_for_a_disease_are_its_reported_uses(lexicon) -> None:
    # Set 643, statement 3 (Anderson and Lee, Medicina 2021): "treatments described for GBFDE
    # include ... cyclosporine" drafted nothing. The rule for "include" took only treatments
    # called current or standard; nor was "generalized bullous fixed drug eruption" read as a
    # disease (a known disease, "fixed drug eruption", with words saying which form of it).
    claims = last_claims(
        lexicon,
        "Patients had generalized bullous fixed drug eruption (GBFDE)",
        "While treatments described for GBFDE include supportive care, topical and/or systemic "
        "steroids, and, recently, cyclosporine, the mainstay of management involves identifying "
        "and discontinuing the causative drug",
    )
    assert (
        "EvidenceOfUseClaim",
        "intervention:cyclosporine",
        "disease:generalized-bullous-fixed-drug-eruption",
        "-",
        False,
    ) in claims, claims
    # Control: treatments called current are still said to be established, not only reported.
    claims = last_claims(
        lexicon,
        "Current treatments for multiple sclerosis include rituximab, natalizumab and ocrelizumab",
    )
    assert {c[0] for c in claims} == {"StatusClaim"}, claims
    assert "intervention:natalizumab" in {c[1] for c in claims}, claims


def test_the_aim_of_a_study_reports_what_it_gave_for_which_disease(lexicon) -> None:
    # Set 640, statements 8 and 12 (Tawfik et al., Dermatol Surg 2018; Hagag et al., 2021):
    # a study's aim drafted no claim at all, though it says what was given for which disease.
    # The curators of the development sets write an evidence-of-use claim for 146 of the 173
    # aims they hold (the rest name no treatment).
    claims = last_claims(
        lexicon,
        "To compare the efficacy of 1064-nm Nd : YAG laser and intralesional corticosteroid in "
        "the treatment of acne keloidalis nuchae (AKN)",
        "To evaluate the therapeutic effect and safety of alexandrite laser in the treatment of "
        "different lesions of AKN",
    )
    assert claims == {
        (
            "EvidenceOfUseClaim",
            "intervention:alexandrite-laser",
            "disease:acne-keloidalis-nuchae",
            "-",
            False,
        )
    }, claims
    # Each treatment a study compares was given.
    claims = last_claims(
        lexicon,
        "To compare efficacy and safety of autologous haematopoietic stem cell transplantation "
        "(aHSCT) and alemtuzumab in aggressive multiple sclerosis",
    )
    assert {c[1] for c in claims if c[0] == "EvidenceOfUseClaim"} == {
        "intervention:ahsct",
        "intervention:alemtuzumab",
    }, claims
    # Control: a hypothesis, or a trial still to be run, reports no use.
    assert not last_claims(
        lexicon, "We hypothesized that rituximab will lead to remission in multiple sclerosis"
    )
    assert not last_claims(lexicon, "This study will evaluate rituximab in multiple sclerosis")


def test_what_is_set_apart_before_the_subject_is_not_it(lexicon) -> None:
    # A development set (on acquired haemophilia A): "Apart from standard immunosuppressive
    # treatments, rituximab has been proven to be effective in AHA" made the treatments set
    # apart its subject.
    definition = "Patients had acquired hemophilia A (AHA)"
    claims = last_claims(
        lexicon,
        definition,
        "Apart from standard immunosuppressive treatments, rituximab has been proven to be "
        "effective in AHA",
    )
    assert {c[1] for c in claims} == {"intervention:rituximab"}, claims
    # Control: a treatment set apart after the subject leaves the subject as it is.
    claims = last_claims(
        lexicon,
        definition,
        "Rituximab has been proven to be effective in AHA, apart from cyclophosphamide",
    )
    assert {c[1] for c in claims} == {"intervention:rituximab"}, claims


def test_an_abbreviation_after_a_listed_treatment_leaves_the_list_whole(lexicon) -> None:
    # A development set (on MIS-C): "treated with intravenous immunoglobulin (IVIg),
    # corticosteroids, infliximab, tocilizumab, and anakinra" gave only the first: the
    # abbreviation in brackets broke the list.
    claims = last_claims(
        lexicon,
        "Patients suffering from multiple sclerosis are treated with intravenous immunoglobulin "
        "(IVIg), corticosteroids, infliximab, tocilizumab, and anakinra",
    )
    assert {c[1] for c in claims} >= {
        "intervention:intravenous-immunoglobulin",
        "intervention:infliximab",
        "intervention:anakinra",
    }, claims
    # Control: the conditioning and the transplant it prepares stay one treatment, bracket or
    # not ("High-dose immunosuppressive therapy and autologous HSCT have shown efficacy").
    for transplant in (
        "autologous hematopoietic stem cell transplantation (HSCT)",
        "autologous hematopoietic stem cell transplantation",
    ):
        claims = last_claims(
            lexicon,
            f"High-dose immunosuppressive therapy and {transplant} have shown efficacy in "
            "systemic sclerosis in phase 1 and small phase 2 trials",
        )
        assert {c[1] for c in claims} == {"intervention:ahsct"}, claims


def test_a_latin_adjective_after_a_disease_names_a_form_of_it(lexicon) -> None:
    # Set 650, statement 6 (Kreuter et al., Arch Dermatol 2009): "multifocal lupus
    # erythematosus tumidus" was read as lupus erythematosus, a broader disease.
    aim = (
        "To determine the efficacy of antimalarial drug use in patients with lupus "
        "erythematosus tumidus"
    )
    claims = last_claims(
        lexicon,
        aim,
        "These retrospective study findings demonstrate that antimalarial treatment is highly "
        "effective in multifocal lupus erythematosus tumidus",
    )
    assert {c[2] for c in claims} == {"disease:lupus-erythematosus-tumidus"}, claims
    # Control: the disease named without the adjective is the broader one.
    claims = last_claims(
        lexicon, aim, "Antimalarial treatment is highly effective in lupus erythematosus"
    )
    assert {c[2] for c in claims} == {"disease:lupus-erythematosus"}, claims


def test_what_a_treatment_owns_is_named_without_the_possessive(lexicon) -> None:
    # Set 651, statement 20 (Arasu et al., Australas J Dermatol 2021): "Thalidomide’s clinical
    # response ... highly variable" named the outcome "’s clinical response".
    claims = last_claims(
        lexicon,
        "Thalidomide’s clinical response and side effect profile are highly variable and "
        "difficult to predict",
    )
    assert ("intervention:thalidomide", "outcome:clinical-response", "Varies") in {
        c[1:4] for c in claims
    }, claims
    assert not any("s-clinical" in c[2] for c in claims), claims
    # Control: an outcome named after "of" keeps its words.
    claims = last_claims(lexicon, "The clinical response of thalidomide was highly variable")
    assert ("intervention:thalidomide", "outcome:clinical-response", "Varies") in {
        c[1:4] for c in claims
    }, claims


def test_help_before_a_verb_is_no_outcome(lexicon) -> None:
    # Set 653, statement 8 (van Alfen et al., Cochrane review): "may relieve pain or help
    # improve functional recovery" drafted "help" as an outcome corticosteroids reduce.
    claims = last_claims(
        lexicon,
        "Anecdotal evidence suggests that corticosteroids may relieve pain or help improve "
        "functional recovery",
    )
    assert {c[2] for c in claims if c[0] == "EfficacyClaim"} == {"outcome:pain"}, claims
    # Control: a second outcome coordinated with the first is still read.
    claims = last_claims(lexicon, "Corticosteroids may relieve pain or fatigue")
    assert {c[2] for c in claims} == {"outcome:pain", "outcome:fatigue"}, claims


def test_how_recent_a_treatment_is_is_no_part_of_its_name(lexicon) -> None:
    # Set 656, statement 10 (Breslin et al., OTO Open 2021): "Recent biologic therapies ...
    # have demonstrated efficacy" proposed "recent biologic therapy".
    claims = last_claims(
        lexicon,
        "Recent biologic therapies, specifically those that target interleukin 5 (IL-5), have "
        "demonstrated efficacy in controlling eosinophil-driven asthma, yet their impact on the "
        "treatment of pathologically similar diseases remains unmeasured",
    )
    assert {c[1] for c in claims} == {"intervention:biologic-therapy"}, claims
    # Control: a word that says which therapy stays in its name.
    claims = last_claims(
        lexicon,
        "Targeted biologic therapies have demonstrated efficacy in eosinophil-driven asthma",
    )
    assert {c[1] for c in claims} == {"intervention:targeted-biologic-therapy"}, claims


def test_an_aim_that_names_no_treatment_drafts_nothing(lexicon) -> None:
    # Set 658, statement 4 (Thomas et al., J Rheumatol 2017): an aim to describe "the
    # treatment response" of lupus myocarditis drafted a use with no treatment.
    draft, found = drafted(
        lexicon,
        "The aim of this study was to describe the clinical, biological, and radiological "
        "presentation of lupus myocarditis (LM) as well as the treatment response and longterm "
        "outcomes",
    )
    assert found == set(), found
    assert any("names no treatment" in n for n in draft.statements[0].notes)
    # Control: an aim that names one drafts its use.
    _, found = drafted(
        lexicon, "The aim of this study was to describe rituximab treatment in lupus myocarditis"
    )
    assert {t[2] for t in found} == {"intervention:rituximab"}, found


def test_the_withdrawal_of_a_treatment_is_not_the_treatment(lexicon) -> None:
    # Set 660, statement 13 (Marzano et al., Medicine 2015): "Tumor necrosis factor blocker
    # withdrawal ... induced complete remission" credited the TNF blockers with the remission
    # their withdrawal brought.
    claims = last_claims(
        lexicon,
        "Tumor necrosis factor blocker withdrawal associated with topical and systemic "
        "corticosteroids induced complete remission of APF in all 3 patients",
    )
    assert {c[1] for c in claims} == {"intervention:tumor-necrosis-factor-blocker-withdrawal"}, (
        claims
    )
    # Control: the treatment itself, given, is still the subject.
    claims = last_claims(lexicon, "Infliximab induced complete remission of APF in all 3 patients")
    assert {c[1] for c in claims} == {"intervention:infliximab"}, claims
    claims = last_claims(
        lexicon, "Infliximab withdrawal induced complete remission of APF in all 3 patients"
    )
    assert {c[1] for c in claims} == {"intervention:infliximab-withdrawal"}, claims


def test_likenesses_coordinated_with_a_harm_share_its_head(lexicon) -> None:
    # Set 660, statement 9 (Marzano et al., Medicine 2015): "psoriasis-like, eczema-like, and
    # lichenoid eruptions" named "psoriasis-like" and "eczema-like" as harms of their own.
    claims = last_claims(
        lexicon,
        "The therapy of inflammatory bowel disease, particularly with tumor necrosis factor (TNF) "
        "blockers, may be associated with a number of cutaneous adverse effects, including "
        "psoriasis-like, eczema-like, and lichenoid eruptions",
    )
    harms = {c[2] for c in claims}
    assert {"outcome:psoriasis-like-eruption", "outcome:eczema-like-eruption"} <= harms, claims
    assert "outcome:psoriasis-like" not in harms, claims
    # Control: a harm of its own in the list keeps its name.
    claims = last_claims(
        lexicon,
        "Tumor necrosis factor blockers may be associated with psoriasis, eczema-like eruptions "
        "and infections",
    )
    assert "outcome:eczema-like-eruption" in {c[2] for c in claims}, claims
