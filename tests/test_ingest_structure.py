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


# The 2025 review and the 2023 review of set 15 (statements 9, 10 and 12) and Bryant et al.
# 2016 (set 13, statements 8 and 10).
REVIEW_EFFICACY = (
    "Autologous CAR-T cells targeting CD19 showed efficacy in SSc, but are a personalized, "
    "expensive and not readily available treatment"
)
OPINION_CASE = (
    "CD19-directed CAR-T have shown promising results in one case report of refractory diffuse "
    "cutaneous SSc patients"
)
REVIEW_HARMS = (
    "In addition, autologous CAR-T cells are a personalized treatment that requires a "
    "specialized setting, is not readily available, is costly, and is associated with serious "
    "adverse effects, including cytokine release syndrome, neurotoxicity, and increased risk of "
    "infection"
)
BRYANT_EFFECTIVE = (
    "Autologous hematopoietic stem cell transplant (HSCT) has been effective in treating other "
    "severe autoimmune neurologic conditions and may have similar application in MG"
)
BRYANT_HARMS = (
    "After autologous HSCT, 3 patients experienced transient viral reactivations and 1 "
    "developed a secondary autoimmune disease; all of these stabilized or resolved with "
    "treatment"
)


def test_an_evaluative_verb_and_its_result_noun_make_an_efficacy_claim(lexicon) -> None:
    _, tuples = drafted(lexicon, REVIEW_EFFICACY, OPINION_CASE)
    assert (
        1,
        "EfficacyClaim",
        "intervention:cd19-car-t-cell-therapy",
        "disease:systemic-sclerosis",
        "Improves",
        False,
    ) in tuples, tuples
    # "diffuse cutaneous SSc" is the ontology's diffuse cutaneous systemic sclerosis, written
    # with its parent's abbreviation.
    assert (
        2,
        "EfficacyClaim",
        "intervention:cd19-car-t-cell-therapy",
        "disease:diffuse-cutaneous-systemic-sclerosis",
        "Improves",
        False,
    ) in tuples, tuples


def test_a_severity_makes_a_narrower_harm_than_the_known_one(lexicon) -> None:
    _, tuples = drafted(lexicon, REVIEW_HARMS)
    objects = {t[3] for t in tuples}
    assert "outcome:serious-adverse-effect" in objects, tuples
    assert "outcome:adverse-effect" not in objects, tuples


def test_plural_harms_are_harms(lexicon) -> None:
    _, tuples = drafted(lexicon, BRYANT_HARMS)
    assert (
        1,
        "SafetyClaim",
        "intervention:ahsct",
        "outcome:transient-viral-reactivation",
        "AssociatedWith",
        False,
    ) in tuples, tuples


def test_a_coordinated_clause_reports_on_the_first_clauses_subject(lexicon) -> None:
    # Written for the test in the shape of set 2, statement 1, with a known intervention.
    _, tuples = drafted(
        lexicon, "AHSCT was well tolerated, and no transplantation-related deaths were observed"
    )
    assert tuples and {t[2] for t in tuples} == {"intervention:ahsct"}, tuples


def test_what_patients_are_with_is_a_condition_whatever_its_head(lexicon) -> None:
    # Beland et al. 2025 (set 13, statement 1) defines MG; Bryant et al. 2016 uses it ("has
    # been effective in treating ... and may have similar application in MG").
    _, tuples = drafted(
        lexicon,
        "Patients with refractory myasthenia gravis (MG) have few treatment options",
        BRYANT_EFFECTIVE,
    )
    assert {t[3] for t in tuples if t[0] == 2} == {
        "disease:myasthenia-gravis",
        "disease:autoimmune-neurologic-condition",
    }, tuples


def test_patients_successfully_treated_with_an_intervention(lexicon) -> None:
    # Nguyen et al. 2023 (set 13, statement 12).
    _, tuples = drafted(
        lexicon,
        "Patients with refractory myasthenia gravis (MG) have few treatment options",
        "Patients with refractory myasthenia gravis (MG) have been successfully treated with "
        "stem cell transplantation in all reported cases worldwide",
    )
    assert {t for t in tuples if t[0] == 2} == {
        (
            2,
            "EfficacyClaim",
            "intervention:stem-cell-transplantation",
            "disease:myasthenia-gravis",
            "Improves",
            False,
        )
    }, tuples


def test_a_participial_apposition_of_the_subject_says_how_it_works(lexicon) -> None:
    # The 2025 review (set 15, statement 7): the cells were tested in patients with SSc (a use),
    # "inducing deep depletion of B cells" is how they work, and what followed ("leading to
    # improvement of ...") is a result of its own.
    from test_ingest_misattribution import REVIEW_TARGETING

    _, tuples = drafted(lexicon, REVIEW_TARGETING)
    car = "intervention:cd19-car-t-cell-therapy"
    assert (1, "EvidenceOfUseClaim", car, "disease:systemic-sclerosis", "-", False) in tuples
    assert (1, "MechanismClaim", car, "process:deep-depletion-of-b-cell", "-", False) in tuples
    assert (1, "EfficacyClaim", car, "outcome:skin-score", "Improves", False) in tuples
    assert not any(
        t[1] == "EvidenceOfUseClaim" and t[3] != "disease:systemic-sclerosis" for t in tuples
    )


def test_an_option_offered_or_an_approach_to_a_diseases_treatment(lexicon) -> None:
    # Set 9, statement 9 (a trial registration) and set 12, statement 8 (a review).
    _, tuples = drafted(
        lexicon,
        "Chimeric antigen receptor (CAR) T cells against BCMA offers another potential "
        "therapeutic option to eliminate plasma cells in patients with AQP4-IgG-seropositive "
        "NMOSD who still suffer recurrent attacks from conventional treatments",
        "Mesenchymal stromal cells (MSCs) represent a novel approach to diabetes treatment",
    )
    assert (
        1,
        "EfficacyClaim",
        "intervention:bcma-car-t-cell-therapy",
        "disease:neuromyelitis-optica-spectrum-disorder",
        "Improves",
        False,
    ) in tuples, tuples
    assert (
        2,
        "EfficacyClaim",
        "intervention:mesenchymal-stromal-cell",
        "disease:diabetes",
        "Improves",
        False,
    ) in tuples, tuples


def test_an_anaphor_after_a_fronted_phrase_resolves_too(lexicon) -> None:
    # Qiu et al. 2017 (set 4, statements 12 and 13).
    _, tuples = drafted(
        lexicon,
        "Autologous HSCT had a high rate of clinical and endoscopic remission in refractory CD",
        "In the case of safety, it had a relatively high incidence rate of transplant-related "
        "mortality (6.4%, 95% CI: 0.028–0.140)",
    )
    assert (
        2,
        "SafetyClaim",
        "intervention:ahsct",
        "outcome:transplant-related-mortality",
        "AssociatedWith",
        False,
    ) in tuples, tuples


def test_a_disease_arising_after_an_intervention_is_one_of_its_harms(lexicon) -> None:
    # Set 3, statement 5 (a review of HSCT in SSc) and Bryant et al. 2016 as reported.
    _, tuples = drafted(
        lexicon,
        "HSCT is also associated with secondary autoimmune diseases and gonadal failure",
        BRYANT_HARMS,
    )
    for position, intervention in ((1, "intervention:hsct"), (2, "intervention:ahsct")):
        assert (
            position,
            "SafetyClaim",
            intervention,
            "outcome:secondary-autoimmune-disease",
            "AssociatedWith",
            False,
        ) in tuples, tuples
    # Control: a disease named without "secondary" or "new" is the patients', not a harm.
    _, plain = drafted(lexicon, "HSCT is associated with remission in autoimmune diseases")
    assert not any(t[3].startswith("outcome:") and "autoimmune" in t[3] for t in plain), plain


def test_what_is_not_known_yet_is_a_needs_research_status(lexicon) -> None:
    # Beland et al. 2025 (set 13, statement 7) and Auth et al. 2024 (set 15, statement 2).
    _, tuples = drafted(
        lexicon,
        "Patients with refractory myasthenia gravis (MG) have few treatment options",
        "Prospective studies investigating the efficacy and safety of HSCT in the treatment of "
        "refractory MG are warranted",
        "The effects of CD19-targeting CAR T cells on organ manifestations in patients with "
        "systemic sclerosis have yet to be characterised",
    )
    assert {t for t in tuples if t[0] > 1} == {
        (2, "StatusClaim", "intervention:hsct", "disease:myasthenia-gravis", "-", False),
        (
            3,
            "StatusClaim",
            "intervention:cd19-car-t-cell-therapy",
            "disease:systemic-sclerosis",
            "-",
            False,
        ),
    }, tuples


def test_a_harm_named_with_the_intervention_in_it_and_its_level(lexicon) -> None:
    # Beland et al. 2025 (set 13, statement 6): "HSCT-related" names the intervention.
    _, tuples = drafted(
        lexicon, "However, HSCT-related mortality in medically complex MG patients may be high"
    )
    assert tuples == {
        (
            1,
            "SafetyClaim",
            "intervention:hsct",
            "outcome:hsct-related-mortality",
            "AssociatedWith",
            False,
        )
    }, tuples
    # Control: "transplant-related" names no intervention; the slot is left to the curator.
    _, plain = drafted(lexicon, "The transplant-related mortality at 100 days was 9.5%")
    assert {t[2] for t in plain} == {"-"}, plain


def test_a_regimen_consists_of_the_treatments_given_in_it(lexicon) -> None:
    # Beland et al. 2025 (set 13, statement 3).
    _, tuples = drafted(
        lexicon,
        "HSCT conditioning consisted of high-dose cytoreductive therapy and anti-thymocyte "
        "globulin",
    )
    assert {t[3] for t in tuples} == {
        "intervention:high-dose-cytoreductive-therapy",
        "intervention:anti-thymocyte-globulin",
    }, tuples
    assert {(t[1], t[2]) for t in tuples} == {("ProcedureStepClaim", "intervention:hsct")}


def test_led_to_a_benefit_is_an_efficacy_claim(lexicon) -> None:
    # Written for the test in the shape of "results in" (set 13, statement 11).
    _, tuples = drafted(lexicon, "AHSCT led to sustained remission in patients with SLE")
    assert tuples == {
        (1, "EfficacyClaim", "intervention:ahsct", "outcome:sustained-remission", "Improves", False)
    }, tuples


def test_a_disease_that_represents_a_novel_indication_for_an_intervention(lexicon) -> None:
    # Set 7, statement 11 (a case report of auto-HSCT in stiff person syndrome).
    _, tuples = drafted(
        lexicon,
        "Autologous hematopoietic stem cell transplantation (auto-HSCT) was performed",
        "Stiff person syndrome represents a novel indication for auto-HSCT",
    )
    assert {t for t in tuples if t[0] == 2} == {
        (2, "StatusClaim", "intervention:ahsct", "disease:stiff-person-syndrome", "-", False)
    }, tuples


def test_what_is_used_for_a_disease_and_a_change_of_what_follows_of(lexicon) -> None:
    # Set 9, statement 1 (a phase 1 trial's background) and set 5, statement 2.
    _, tuples = drafted(
        lexicon,
        "Oral immunosuppressants are used for NMOSD relapse prevention in last decade; however, "
        "25–60% of patients continue to have recurrent attacks",
        "Previous animal and clinical studies suggest that moderate immunosuppression in newly "
        "diagnosed type 1 DM can prevent further loss of insulin production and can reduce "
        "insulin needs",
    )
    assert (
        1,
        "EvidenceOfUseClaim",
        "intervention:oral-immunosuppressant",
        "disease:neuromyelitis-optica-spectrum-disorder",
        "-",
        False,
    ) in tuples, tuples
    assert (
        2,
        "EfficacyClaim",
        "intervention:moderate-immunosuppression",
        "outcome:loss-of-insulin-production",
        "Reduces",
        False,
    ) in tuples, tuples


def test_what_a_comparison_group_went_through_is_not_an_outcome(lexicon) -> None:
    # Set 3, statement 2: "in contrast to a clinical decline in standard of care control groups".
    _, tuples = drafted(
        lexicon,
        "Three randomised controlled trials of haematopoietic stem cell transplantation (HSCT) "
        "in systemic sclerosis (SSc) demonstrated long-term survival benefits, induction of "
        "clinically meaningful, sustained improvement of forced vital capacity with "
        "improvements in skin thickening, vasculopathy and health-related quality of life, in "
        "contrast to a clinical decline in standard of care control groups",
    )
    assert not any("decline" in t[3] for t in tuples), tuples


def _sections(*sections: tuple[str, list[str]]):
    from rdflib import Graph

    from kg.ingest import draft_text
    from kg.ingest.compare import claim_tuples

    lines = ["From the Research"]
    for heading, bullets in sections:
        lines += [heading, *(f"- {b} 1." for b in bullets)]
    return lambda lexicon: claim_tuples(
        Graph().parse(
            data=draft_text("\n".join(lines).encode(), "t", "t.txt", lexicon)[2], format="turtle"
        )
    )


def test_an_anaphor_opening_a_section_is_the_topic_only_while_the_document_keeps_to_it(
    lexicon,
) -> None:
    opening = "The procedure involves stem cell collection and reinfusion of the stem cells"
    kept = _sections(
        ("Background", ["Stem cell transplants can be an effective treatment for lupus"]),
        ("Results", ["AHSCT improved survival in patients with systemic sclerosis"]),
        ("Procedure", [opening]),
    )(lexicon)
    # AHSCT is a kind of stem-cell transplantation: the anaphor is read as the topic.
    assert {t[2] for t in kept if t[0] == 3} == {"intervention:stem-cell-transplantation"}, kept
    moved = _sections(
        ("Background", ["Stem cell transplants can be an effective treatment for lupus"]),
        ("Results", ["Cyclophosphamide improved survival in patients with systemic sclerosis"]),
        ("Procedure", [opening]),
    )(lexicon)
    # The document has also been about cyclophosphamide: "The procedure" is left open.
    assert {t[2] for t in moved if t[0] == 3} == {"-"}, moved


def test_given_to_patients_and_a_fronted_name_the_lexicon_does_not_know(lexicon) -> None:
    # Written for the test in the shapes of set 15 (statement 7) and set 13 (statement 13).
    _, tuples = drafted(
        lexicon,
        "CD19 CAR T-cell therapy was given to eight patients with refractory myositis",
        "After CAR T-cell infusion, creatine kinase levels decreased in all patients",
    )
    assert tuples == {
        (
            1,
            "EvidenceOfUseClaim",
            "intervention:cd19-car-t-cell-therapy",
            "disease:myositis",
            "-",
            False,
        ),
        (
            2,
            "EfficacyClaim",
            "intervention:car-t-cell-therapy",
            "outcome:creatine-kinase-level",
            "Reduces",
            False,
        ),
    }, tuples


def test_performed_in_patients_is_a_use(lexicon) -> None:
    _, tuples = drafted(
        lexicon,
        "Autologous haematopoietic stem cell transplantation (AHSCT) has been performed in "
        "children with severe juvenile idiopathic arthritis (JIA) since 1997",
    )
    assert tuples == {
        (
            1,
            "EvidenceOfUseClaim",
            "intervention:ahsct",
            "disease:juvenile-idiopathic-arthritis",
            "-",
            False,
        )
    }, tuples


def test_a_count_of_patients_as_subject_lets_the_statement_name_the_intervention(lexicon) -> None:
    # Written for the test in the shape of set 9, statement 3 ("Seven patients (58%) developed
    # infections ...").
    _, tuples = drafted(
        lexicon, "Seven of 12 patients developed cytokine release syndrome after AHSCT"
    )
    assert tuples == {
        (
            1,
            "SafetyClaim",
            "intervention:ahsct",
            "outcome:cytokine-release-syndrome",
            "AssociatedWith",
            False,
        )
    }, tuples


def test_a_fronted_phrase_names_what_the_results_came_after(lexicon) -> None:
    # Written for the test in the shapes of set 13 (statements 5, 10 and 13): a fronted
    # "Following X," or a leading "Among N patients treated with X," names the intervention
    # when the subject is only a count of patients; a time ("After 12 months,") names none.
    _, tuples = drafted(
        lexicon,
        "Following CD19 CAR T-cell therapy, all patients achieved drug-free remission",
        "Among 20 patients treated with HSCT, 15 achieved drug-free remission",
        "After 12 months, all patients achieved drug-free remission",
    )
    assert {(t[0], t[2]) for t in tuples} == {
        (1, "intervention:cd19-car-t-cell-therapy"),
        (2, "intervention:hsct"),
        (3, "-"),
    }, tuples


def test_a_claim_filled_by_an_anaphor_says_so_in_the_draft_file(lexicon) -> None:
    # A curator reviewing the draft file, not the report, must still see which interventions
    # were read from another statement; one the statement names itself carries no such note.
    from rdflib import Graph
    from rdflib.namespace import PROV, SKOS

    from kg.ingest import draft_text

    text = f"From the Research\nStatements\n- {FIRST_12} 1.\n- {FIRST_13} 2.\n"
    _, _, turtle = draft_text(text.encode(), "t", "t.txt", lexicon)
    graph = Graph().parse(data=turtle, format="turtle")
    notes_by_statement: dict[str, list[bool]] = {}
    for claim, statement in graph.subject_objects(PROV.wasDerivedFrom):
        noted = any("check the antecedent" in str(n) for n in graph.objects(claim, SKOS.note))
        notes_by_statement.setdefault(str(statement)[-2:], []).append(noted)
    assert notes_by_statement.get("01") and not any(notes_by_statement["01"]), notes_by_statement
    assert notes_by_statement.get("02") and all(notes_by_statement["02"]), notes_by_statement
