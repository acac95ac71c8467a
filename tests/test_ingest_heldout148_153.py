"""Errors of sets 148-153 (run once as held-out sets, development documents now), each fixed by
a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from: Multidrug-Resistant Ulcerative Colitis: Response to CD19 CAR T-Cell
Therapy in a Single Case, The ASCO Post, 10 November 2025, quoting the investigators' letter
(set 149, source 1); Haller MJ et al. Autologous umbilical cord blood infusion followed by oral
docosahexaenoic acid and vitamin D supplementation for C-peptide preservation in children with
type 1 diabetes (set 151, source 3); Autologous Umbilical Cord Blood Transfusion in Young
Children With Type 1 Diabetes Fails to Preserve C-Peptide. Diabetes Care. 2011;34(12):2567-9
(set 151, source 2); Burt RK et al. Real-world application of autologous
hematopoietic stem cell transplantation in 507 patients with multiple sclerosis. J Neurol. 2021
(set 153, source 2). See the sets' SOURCES.md. Sentences without a source are written for the
test.
"""

from __future__ import annotations

from ingest_testing import drafted

ASCO = (
    "“The data suggest the possibility that CD19 CAR T-cell therapy can induce rapid drug-free "
    "remission in refractory ulcerative colitis, a disease that was previously thought to be "
    "largely B-cell–independent, given that rituximab treatment showed no efficacy,” the "
    "investigators remarked"
)


def test_the_disease_a_remission_is_reached_in_is_not_induced(lexicon) -> None:
    # Set 149: "can induce rapid drug-free remission in refractory ulcerative colitis" was
    # also drafted as CD19 CAR T-cell therapy increasing ulcerative colitis, a harm.
    _, tuples = drafted(lexicon, ASCO)
    assert not any(t[1] == "SafetyClaim" for t in tuples), tuples
    assert any("remission" in t[3] and t[4] == "Improves" for t in tuples), tuples


def test_a_disease_a_treatment_induces_is_still_a_harm(lexicon) -> None:
    # Control.
    _, tuples = drafted(lexicon, "AHSCT can induce ulcerative colitis")
    assert any(t[1] == "SafetyClaim" and "ulcerative-colitis" in t[3] for t in tuples), tuples


def test_cells_a_statement_measures_are_not_its_subject(lexicon) -> None:
    # Set 151: "No changes were seen in regulatory T cell frequency, total CD4 counts, or
    # autoantibody titers" was drafted as claims of the Tregs, which were only measured.
    _, tuples = drafted(
        lexicon,
        "Regulatory T cells (Tregs) are a subset of CD4 T cells",  # written for the test
        "No changes were seen in regulatory T cell frequency, total CD4 counts, or "
        "autoantibody titers",
    )
    assert not any(t[2] == "intervention:regulatory-t-cell" for t in tuples), tuples


def test_cells_given_are_still_the_subject(lexicon) -> None:
    # Control.
    _, tuples = drafted(
        lexicon,
        "Regulatory T cells (Tregs) are a subset of CD4 T cells",
        "Regulatory T cells reduced autoantibody titers in mice",
    )
    assert any(t[2] == "intervention:regulatory-t-cell" for t in tuples), tuples


def test_what_a_harm_came_without_is_denied_not_the_harm(lexicon) -> None:
    # Set 153: "one patient developed neutropenic bacteremia (Klebsiella pneumonia) without
    # sepsis" denied the bacteremia, named with "without sepsis" in it. ("after AHSCT" is
    # added for the test, to name an intervention.)
    _, tuples = drafted(
        lexicon,
        "There was one treatment-related death (0.19%) due to hospital-acquired legionella "
        "pneumonia, and one patient developed neutropenic bacteremia (Klebsiella pneumonia) "
        "without sepsis after AHSCT",
    )
    harms = {t[3]: t[5] for t in tuples if t[1] == "SafetyClaim"}
    assert harms.get("outcome:neutropenic-bacteremia") is False, tuples
    assert harms.get("outcome:sepsis") is True, tuples


def test_a_hyphenated_modifier_names_a_narrower_outcome(lexicon) -> None:
    # Set 151: "β-Cell function declined after UCB infusion" was read as neurological
    # function, the lexicon's "function".
    _, tuples = drafted(lexicon, "β-Cell function declined after UCB infusion")
    assert not any(t[3] == "outcome:neurological-function" for t in tuples), tuples
    assert any(t[3] == "outcome:beta-cell-function" and t[4] == "Reduces" for t in tuples), tuples


def test_the_lexicons_function_is_still_found(lexicon) -> None:
    # Control.
    _, tuples = drafted(lexicon, "Neurological function improved after AHSCT")
    assert any(t[3] == "outcome:neurological-function" for t in tuples), tuples


def test_an_adjective_before_a_trailing_clause_shares_the_head(lexicon) -> None:
    # Set 149: "experienced clinical and biochemical remission, which were both maintained
    # ..." proposed "clinical" alone as an outcome: the comma before the cut "which" clause
    # left an empty last item, so the adjective found no head to share.
    _, tuples = drafted(
        lexicon,
        "Following the CAR T-cell therapy, the patient experienced clinical and biochemical "
        "remission, which were both maintained over the 14-week follow-up period without the "
        "use of concomitant therapy",
    )
    objects = {t[3] for t in tuples}
    assert "outcome:clinical-remission" in objects, tuples
    assert "outcome:clinical" not in objects, tuples


def test_an_adjective_without_a_trailing_clause_shares_the_head(lexicon) -> None:
    # Control: the same list without the clause.
    _, tuples = drafted(
        lexicon,
        "Following CAR T-cell therapy, the patient experienced clinical and biochemical remission",
    )
    assert "outcome:clinical-remission" in {t[3] for t in tuples}, tuples


def test_names_joined_by_a_spaced_slash_are_two_harms(lexicon) -> None:
    # Set 153: "developed hypothyroidism (3.5%) and 15 developed hyperthyroidism / Grave's
    # disease" proposed one harm, "hyperthyroidism Grave's disease", and missed
    # hypothyroidism, whose shape did not look like a harm.
    _, tuples = drafted(
        lexicon,
        "After HSCT, 16 patients developed hypothyroidism (3.5%) and 15 developed "
        "hyperthyroidism / Grave's disease (3.3%)",
    )
    harms = {t[3] for t in tuples if t[1] == "SafetyClaim"}
    assert {"outcome:hypothyroidism", "outcome:hyperthyroidism"} <= harms, tuples
    assert not any("hyperthyroidism-grave" in h for h in harms), tuples


def test_a_slash_inside_a_name_joins_nothing(lexicon) -> None:
    # Control: "CD19/BCMA" is one target.
    _, tuples = drafted(lexicon, "CD19/BCMA CAR T cells induced remission in lupus")
    assert {t[2] for t in tuples} == {"intervention:cd19-bcma-car-t-cell"}, tuples
