"""Errors of sets 58 and 63 (run once as held-out sets, development documents now), each fixed by a
general rule and tested on the published sentences that showed it, with a control.

Sentences quoted from publications:

- Shin JW et al. Mesenchymal Stem Cells Suppress Severe Asthma by Directly Regulating Th2 Cells
  and Type 2 Innate Lymphoid Cells. Mol Cells. 2021;44(8):580-590.
  doi:10.14348/molcells.2021.0101.
- A mouse study of human adipose-derived and bone marrow-derived mesenchymal stem cells in
  experimental allergic asthma, J Korean Med Sci. 2020;35(23):e188. doi:10.3346/jkms.2020.35.e188.
- Gauckler P et al. Rituximab in Membranous Nephropathy. Kidney Int Rep. 2021.
  doi:10.1016/j.ekir.2020.12.035.
- Scolari F et al. Therapies for Membranous Nephropathy: A Tale From the Old and New Millennia.
  Front Immunol. 2022. doi:10.3389/fimmu.2022.789713.
"""

from __future__ import annotations

from ingest_testing import drafted

from kg.ingest.compare import names_alike

DEFINED = (
    "Both double and single human mesenchymal stem cell (hMSC) treatments significantly "
    "decreased AHR and bronchoalveolar lavage fluid counts"
)
INDUCES = (
    "However, double hMSC treatment significantly induces eosinophilic airway inflammation and "
    "lung histological changes"
)
INCREASED = (
    "However, double treatment with hMSCs during OVA -sensitization and -challenge further "
    "increased inflammatory cell infiltration, and TH2 cytokine levels"
)


def test_inflammation_a_treatment_induces_is_a_harm(lexicon) -> None:
    # Set 58: "induces eosinophilic airway inflammation" and "further increased inflammatory
    # cell infiltration" were drafted as the cells *improving* them: a harm read as a benefit.
    _, tuples = drafted(lexicon, DEFINED, INDUCES, INCREASED)
    later = [t for t in tuples if t[0] in (2, 3)]
    assert later, tuples
    assert not [t for t in later if t[4] == "Improves"], later
    assert {(t[1], t[4]) for t in later if "inflammation" in t[3] or "infiltration" in t[3]} == {
        ("SafetyClaim", "Increases")
    }, later


def test_inflammation_a_treatment_reduces_is_still_a_benefit(lexicon) -> None:
    # Control: the same outcome lowered is an efficacy claim.
    _, tuples = drafted(lexicon, DEFINED, INDUCES.replace("induces", "reduces"))
    assert ("EfficacyClaim", "Reduces") in {(t[1], t[4]) for t in tuples if t[0] == 2}, tuples


def test_an_abbreviation_inside_a_written_out_one_is_written_out() -> None:
    # Scoring (set 58): "hUC-MSC treatment", which the document defines as "human umbilical cord
    # blood-derived MSCs", was counted as another intervention than the expected
    # human-umbilical-cord-blood-derived-mesenchymal-stem-cell-treatment.
    name = names_alike(
        set(),
        {
            "huc-msc": "human-umbilical-cord-blood-derived-mscs",
            "mscs": "mesenchymal-stem-cell",
            "msc": "mesenchymal-stem-cell",
        },
    )
    expected = "intervention:human-umbilical-cord-blood-derived-mesenchymal-stem-cell-treatment"
    assert name("intervention:huc-msc-treatment") == name(expected)
    # A different intervention still differs.
    assert name("intervention:huc-msc-derived-exosome") != name(expected)


# Shim J et al. CD4+ CD25+ regulatory T cells ameliorate Behcet's disease-like symptoms in a
# mouse model. Cytotherapy. 2011;13(7):835-847. doi:10.3109/14653249.2011.571245 (held-out set
# 63, run once, a development document now).
ALTERED = (
    "The transfer of CD4+ CD25+ T cells to BD mice improved the symptoms, and the serum protein "
    "levels of interleukin (IL)-10, IL-6 and IL-17 were significantly altered compared with the "
    "control groups"
)


def test_a_clause_with_its_own_verb_takes_no_direction_from_the_cue(lexicon) -> None:
    # Set 63: "IL-6 ... were significantly altered" was drafted as improved by the treatment,
    # the cue "improved" read across ", and" into a clause whose verb gives no direction.
    _, tuples = drafted(lexicon, ALTERED)
    assert not [t for t in tuples if "interleukin" in t[3] or "il-" in t[3]], tuples
    assert "outcome:symptom" in {t[3] for t in tuples}, tuples


def test_a_list_after_the_cue_is_still_its_objects(lexicon) -> None:
    # Control: the same outcomes listed after the cue share its direction.
    _, tuples = drafted(
        lexicon,
        "The transfer of CD4+ CD25+ T cells to BD mice improved the symptoms and the serum "
        "protein levels of IL-6",
    )
    assert len({t[3] for t in tuples}) >= 2, tuples


RITUXIMAB = (
    "Due to its favorable safety profile, rituximab is now considered a first-line treatment "
    "option for MN, especially in patients at moderate and high risk of deterioration in kidney "
    "function"
)
UNTREATED = (
    "If untreated, PMN can lead to end-stage renal disease; moreover, affected patients are at "
    "increased risk of complications typical of nephrotic syndrome such as fluid overload, deep "
    "vein thrombosis and infection"
)


def test_a_fronted_reason_does_not_hide_the_subject(lexicon) -> None:
    # Set 62: "Due to its favorable safety profile, rituximab is now considered ..." was drafted
    # with no intervention: the fronted reason was read as the subject.
    _, tuples = drafted(lexicon, "Membranous nephropathy (MN) is a kidney disease", RITUXIMAB)
    assert {t[2] for t in tuples if t[0] == 2} == {"intervention:rituximab"}, tuples


def test_a_disease_left_untreated_is_no_treatment_harm(lexicon) -> None:
    # Set 62: what untreated PMN leads to was drafted as harms of an unnamed intervention.
    draft, tuples = drafted(
        lexicon, "Primary membranous nephropathy (PMN) is a kidney disease", UNTREATED
    )
    assert not [t for t in tuples if t[0] == 2], tuples
    assert any("disease" in n for n in draft.statements[1].notes), draft.statements[1].notes


def test_a_treatment_that_leads_to_a_harm_is_still_drafted(lexicon) -> None:
    # Control: with a treatment as the subject, the harm is drafted.
    _, tuples = drafted(lexicon, "Rituximab can lead to infection")
    assert ("SafetyClaim", "intervention:rituximab", "outcome:infection") in {
        t[1:4] for t in tuples
    }, tuples


CLAUSES = (
    "Since immunosuppressive drugs can cause life-threatening side effects and up to 30% of "
    "patients do not respond to therapy, new therapeutic approaches with drugs such as "
    "adrenocorticotropic hormone, belimumab, anti-plasma cell antibodies or complement-guided "
    "drugs are currently being tested"
)
ONES = (
    "In patients not achieving spontaneous remission or in the ones with deteriorating kidney "
    "function and severe nephrotic syndrome, immunosuppression is required to increase the "
    "chances of achieving remission"
)


def test_an_and_that_joins_clauses_lists_no_harms(lexicon) -> None:
    # Set 62: "up", "new therapeutic approach", "belimumab" and "anti-plasma cell antibody"
    # were proposed as harms: "and" joined a clause ("up to 30% of patients do not respond"),
    # and every item after it was read as listed with "life-threatening side effects".
    draft, tuples = drafted(lexicon, CLAUSES)
    objects = {t[3] for t in tuples}
    assert objects == {"outcome:life-threatening-side-effect"}, tuples
    # Belimumab is proposed, as the medicine it is, never as a harm.
    assert {p.entry.label for p in draft.proposals if p.entry.kind != "intervention"} <= {
        "life-threatening side effect"
    }, draft.proposals


def test_harms_listed_together_are_all_drafted(lexicon) -> None:
    # Control: a list of noun phrases after the cue is still read as harms.
    _, tuples = drafted(
        lexicon, "Immunosuppressive drugs can cause infections, neutropenia and fatigue"
    )
    objects = {t[3] for t in tuples}
    assert {"outcome:infection", "outcome:neutropenia", "outcome:fatigue"} <= objects, tuples


def test_a_leading_population_is_who_not_what(lexicon) -> None:
    # Set 62: "the ones with deteriorating kidney function" was proposed as an outcome "one",
    # and "not achieving spontaneous remission", which says which patients, was drafted as
    # claims denying that a treatment improves spontaneous remission.
    draft, tuples = drafted(lexicon, ONES)
    assert not [t for t in tuples if t[3].endswith(":one")], tuples
    assert "one" not in {p.entry.label for p in draft.proposals}
    assert not [t for t in tuples if "spontaneous" in t[3] or t[5]], tuples


def test_a_claim_after_a_leading_population_is_still_drafted(lexicon) -> None:
    # Control: the main clause after the population keeps its claim, and its own negation.
    _, tuples = drafted(
        lexicon,
        "In patients not achieving remission with steroids, rituximab reduced relapses",
        "In patients with NMOSD, rituximab did not reduce disability",
    )
    assert ("EfficacyClaim", "intervention:rituximab", "outcome:relapse", "Reduces", False) in {
        t[1:] for t in tuples if t[0] == 1
    }, tuples
    assert [t[5] for t in tuples if t[0] == 2] == [True], tuples
