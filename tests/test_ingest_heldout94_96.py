"""Errors of sets 94 and 96 (run once as held-out sets, development documents now) and of set
85, each fixed by a general rule and tested on the published sentences that showed it, with a
control.

Sentences quoted from: Marsh RA, Jordan MB, Filipovich AH. Reduced-Intensity Conditioning
Haematopoietic Cell Transplantation for Haemophagocytic Lymphohistiocytosis (set 94, source 1);
a conference abstract on stem cell enriched lipotransfer in vulval lichen sclerosus (set 96,
source 5); Allogeneic mesenchymal stem cells as induction therapy are safe and feasible in renal
allografts (set 85, source 4). See the sets' SOURCES.md.
"""

from __future__ import annotations

from ingest_testing import drafted

HLH = (
    "The treatment of HLH consists principally of immune suppression followed by allogeneic "
    "haematopoietic cell transplantation (HCT) to cure the underlying defect and prevent relapse "
    "of HLH"
)


def test_a_narrower_kind_is_named_by_the_known_label_whatever_synonym_was_written(
    lexicon,
) -> None:
    # Set 94: "allogeneic haematopoietic cell transplantation" was proposed under that synonym,
    # beside the allogeneic HSCT the other sentences name: one transplant, two entities.
    draft, _ = drafted(
        lexicon,
        "Haemophagocytic lymphohistiocytosis (HLH) is a life-threatening hyperinflammatory "
        "syndrome",
        HLH,
    )
    names = {p.entry.label for p in draft.proposals if p.entry.kind == "intervention"}
    assert "allogeneic haematopoietic stem-cell transplantation" in names, names
    assert "allogeneic haematopoietic cell transplantation" not in names, names


def test_the_written_narrower_name_is_still_found(lexicon) -> None:
    # Control (set 2): "an autologous nonmyeloablative HSCT may be a potential treatment" keeps
    # its claim, the proposal found again as written.
    _, tuples = drafted(
        lexicon,
        "The results of this study suggest that an autologous nonmyeloablative HSCT may be a "
        "potential treatment for individuals with neuromyelitis optica spectrum disorder",
    )
    assert {t[2] for t in tuples} == {"intervention:autologous-nonmyeloablative-hsct"}, tuples


def test_what_a_graft_is_enriched_with_names_a_narrower_treatment(lexicon) -> None:
    # Set 96: "Stem cell enriched lipotransfer improved signs ..." was drafted as lipotransfer.
    _, tuples = drafted(
        lexicon,
        "Lipotransfer also resulted in better sexual function",
        "Stem cell enriched lipotransfer improved signs, symptoms and quality of life of VLS "
        "patients in this cohort",
    )
    assert {t[2] for t in tuples if t[0] == 2} == {
        "intervention:stem-cell-enriched-lipotransfer"
    }, tuples
    assert {t[2] for t in tuples if t[0] == 1} == {"intervention:lipotransfer"}, tuples


def test_a_study_that_aimed_to_assess_found_nothing_yet(lexicon) -> None:
    # Set 85: "this prospective multicenter paired study aimed to assess ..." was read as a
    # reduction of delayed graft function and rejection.
    _, tuples = drafted(
        lexicon,
        "Mesenchymal stem cells (MSCs) are considered a candidate to prevent DGF",
        "Thus, this prospective multicenter paired study aimed to assess the clinical value of "
        "allogeneic MSCs as induction therapy to prevent both DGF and acute rejection in "
        "deceased donor renal transplantation",
    )
    assert not [t for t in tuples if t[0] == 2], tuples


# Set 91 (sources 3 and 7): one abbreviation defined as autologous HSCT by one source and as
# HSCT by another is read as each source defined it.
SSC_AUTOLOGOUS = (
    "Autologous haematopoietic stem cell transplantation (HSCT) improves survival in systemic "
    "sclerosis (SSc) with poor prognosis, but is hampered by treatment-related mortality (TRM)"
)
SSC_RESULT = (
    "Our data confirm long-term efficacy of HSCT in improving survival, skin and lung "
    "involvement in SSc"
)
SSC_GENERAL = (
    "Hematopoietic stem cell transplantation (HSCT) has evolved for >20 years as a specific "
    "treatment of patients with autoimmune disease (AD)"
)


def test_an_abbreviation_defined_two_ways_is_read_as_its_source_defined_it(lexicon) -> None:
    # Set 91: the result of the source that defined HSCT as autologous HSCT was drafted with
    # the broad class.
    _, tuples = drafted(lexicon, SSC_AUTOLOGOUS, SSC_RESULT, SSC_GENERAL, markers=(3, 3, 7))
    assert {t[2] for t in tuples if t[0] == 2} == {"intervention:ahsct"}, tuples


def test_before_any_definition_it_is_the_meaning_both_share(lexicon) -> None:
    # Control: used before either definition, HSCT is the broad class, true of both.
    _, tuples = drafted(lexicon, SSC_RESULT, SSC_AUTOLOGOUS, SSC_GENERAL, markers=(3, 3, 7))
    assert {t[2] for t in tuples if t[0] == 1} == {"intervention:hsct"}, tuples


UC_MSCS = "Umbilical cord mesenchymal stem cells (UC-MSCs) were given at induction"


def test_results_comparable_with_the_comparator_are_a_null_result(lexicon) -> None:
    # Set 85: "achieved comparable graft and recipient survivals with non-MSC treatment" was
    # drafted as a benefit, one outcome named "comparable graft", the treatment unresolved.
    _, tuples = drafted(
        lexicon,
        UC_MSCS,
        "Treatment with UC-MSCs achieved comparable graft and recipient survivals with non-MSC "
        "treatment (P = 0.97 and 0.15, respectively)",
    )
    cells = "intervention:umbilical-cord-mesenchymal-stem-cell"
    assert {t for t in tuples if t[0] == 2} == {
        (2, "EfficacyClaim", cells, "outcome:graft-survival", "Improves", True),
        (2, "EfficacyClaim", cells, "outcome:recipient-survival", "Improves", True),
    }, tuples


def test_better_results_than_the_comparator_are_a_benefit(lexicon) -> None:
    # Control: the same sentence with a difference keeps both benefits, undenied.
    _, tuples = drafted(
        lexicon,
        UC_MSCS,
        "Treatment with UC-MSCs achieved better graft and recipient survivals than non-MSC "
        "treatment",
    )
    assert {(t[3], t[5]) for t in tuples if t[0] == 2} == {
        ("outcome:graft-survival", False),
        ("outcome:recipient-survival", False),
    }, tuples
