"""Recall by sentence structure, not by wording: who a statement is about when it says so by an
anaphor, a fronted phrase or the cells an intervention gives; each on its real sentence, with a
control where the structure is absent.

Sentences: the first source (``data/sources/ahsct-evidence-summary.txt``, statements 5-7, 12,
13, 19) and Nguyen TD et al., Autologous hematopoietic stem cell transplantation to treat
myasthenia gravis: experience of a developing country, Arch Balk Med Union 2023;58(2) (set 13).
"""

from __future__ import annotations

from ingest_testing import drafted

FIRST_12 = (
    "Autologous hematopoietic stem cell transplantation (HSCT) has shown promise in inducing "
    "long-term remission in patients with severe autoimmune diseases refractory to "
    "conventional therapy"
)
FIRST_13 = (
    "The procedure involves collecting stem cells from the patient's bone marrow or peripheral "
    "blood, followed by high-dose immunosuppression and reinfusion of the stem cells"
)
FIRST_19 = (
    "Careful patient selection and risk-benefit assessment are essential to minimize the risks "
    "associated with stem cell transplants"
)
NGUYEN_13 = "After aHSCT, the clinical symptoms of all four patients have remarkably improved"


def test_an_explicit_anaphor_resolves_to_the_subject_before_it_in_its_section(lexicon) -> None:
    draft, tuples = drafted(lexicon, FIRST_12, FIRST_13)
    steps = {t for t in tuples if t[0] == 2}
    assert steps and {t[2] for t in steps} == {"intervention:ahsct"}, tuples
    assert any("check the antecedent" in n for n in draft.statements[1].notes)


def test_an_anaphor_is_never_resolved_across_a_heading_to_another_sections_subject(
    lexicon,
) -> None:
    # Control: the same two statements under different headings, after a first statement
    # that names no intervention, leave "The procedure" to the curator.
    from rdflib import Graph

    from kg.ingest import draft_text
    from kg.ingest.compare import claim_tuples

    text = "\n".join(
        [
            "From the Research",
            "Background",
            "- Patients with refractory disease have few treatment options 1.",
            "Results",
            f"- {FIRST_12} 1.",
            "Procedure",
            f"- {FIRST_13} 1.",
        ]
    )
    _, _, turtle = draft_text(text.encode(), "t", "t.txt", lexicon)
    tuples = claim_tuples(Graph().parse(data=turtle, format="turtle"))
    third = [t for t in tuples if t[0] == 3]
    assert third and all(t[2] == "-" for t in third), tuples


def test_a_fronted_after_phrase_names_the_intervention_of_an_outcome_that_changed(
    lexicon,
) -> None:
    _, tuples = drafted(lexicon, NGUYEN_13)
    assert tuples == {
        (1, "EfficacyClaim", "intervention:ahsct", "outcome:clinical-symptom", "Improves", False)
    }, tuples


def test_an_outcome_that_changed_with_no_fronted_intervention_drafts_nothing(lexicon) -> None:
    # Control: nothing says what the symptoms improved after.
    _, tuples = drafted(lexicon, "The clinical symptoms of all four patients have improved")
    assert tuples == set(), tuples


def test_what_minimises_an_interventions_risks_is_a_risk_mitigation(lexicon) -> None:
    _, tuples = drafted(lexicon, FIRST_19)
    assert tuples == {
        (
            1,
            "RiskMitigationClaim",
            "intervention:stem-cell-transplantation",
            "intervention:patient-selection",
            "Reduces",
            False,
        ),
        (
            1,
            "RiskMitigationClaim",
            "intervention:stem-cell-transplantation",
            "intervention:risk-benefit-assessment",
            "Reduces",
            False,
        ),
    }, tuples


def test_the_cells_an_intervention_gives_stand_for_it_in_its_section(lexicon) -> None:
    # First source, statements 1 and 6 (as a section of their own): "Stem cells work by ..."
    _, tuples = drafted(
        lexicon,
        "Stem cell transplants can be an effective treatment for multiple sclerosis",
        "Stem cells work by releasing cytokines that dampen inflammatory pathways",
    )
    second = {t[2] for t in tuples if t[0] == 2}
    assert second == {"intervention:stem-cell-transplantation"}, tuples


def test_cells_of_another_kind_do_not_stand_for_the_intervention(lexicon) -> None:
    # Control: T cells are not what stem-cell transplantation gives.
    _, tuples = drafted(
        lexicon,
        "Stem cell transplants can be an effective treatment for multiple sclerosis",
        "T cells work by releasing cytokines that dampen inflammatory pathways",
    )
    assert not any(t[2] == "intervention:stem-cell-transplantation" for t in tuples if t[0] == 2)
