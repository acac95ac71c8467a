"""Wordings of trial abstracts and regulatory news, drafted without borrowing anyone's words.

Each case is a published sentence of the development sets (``bench/ingest_heldout4..6``, which
were held out once and scored before these rules were written; the sources are cited in each
folder's ``SOURCES.md``):

- ``ahsct-crohns.txt``: the EBMT position statement, the ECCO/EBMT review, Brierley et al.'s
  EBMT registry survey, and Qiu et al.'s meta-analysis of AHSCT in Crohn's disease.
- ``ahsct-type1-diabetes.txt``: Xiang et al., Snarski et al., and an outpatient protocol.
- ``msc-gvhd.txt``: the FDA's approval of Ryoncil, the Temcell approval in Japan, reviews of
  mesenchymal stromal cells in graft-versus-host disease.
- ``ahsct-ms.txt`` (set 1) and ``ahsct-cidp.txt`` (set 2), one sentence each.
"""

from __future__ import annotations

from ingest_testing import drafted

RYONCIL = (
    "The allogeneic bone marrow-derived mesenchymal stromal cell (MSC) therapy Ryoncil "
    "(remestemcel-L-rknd) has been approved for treatment for steroid-refractory acute "
    "graft-versus-host disease (SR-aGVHD) in pediatric patients aged 2 months or older, "
    "according to a press release from the U.S. Food and Drug Administration"
)
RYONCIL_HARMS = (
    "Infections, fever, hemorrhage, edema, abdominal pain, and hypertension were the most "
    "common adverse reactions among participants receiving Ryoncil"
)
TEMCELL = (
    "Temcell is a mesenchymal stem cell (MSC) product approved for steroid-refractory acute "
    "graft-versus-host disease (SR-aGVHD) in Japan"
)
MSC_SAFE = (
    "MSC was safe without acute or late adverse effects in 76 patients receiving over 190 infusions"
)
ACCEPTED = (
    "Autologous haematopoietic stem cell transplantation (AHSCT) is an accepted treatment in "
    "refractory Crohn's disease (CD)"
)
HIGH_RATE = (
    "Autologous HSCT had a high rate of clinical and endoscopic remission in refractory CD "
    "[79.4%, 95% confidence interval (95% CI): 0.550–0.924; 81.9%, 95% CI: 0.603–0.931, "
    "respectively]"
)
HIGH_TRM = (
    "In the case of safety, it had a relatively high incidence rate of transplant-related "
    "mortality (6.4%, 95% CI: 0.028–0.140)"
)
EXPERIENCED = (
    "Following AHSCT, 53/78 [68%] experienced complete remission or significant improvement in "
    "symptoms at a median follow-up of 41 months [range 6–174]"
)
ASSOCIATION = (
    "A significant association was observed between autologous HSCT and the incidence of "
    "febrile neutropenia (83.2%, 95% CI: 0.632–0.934)"
)
DIED = "One patient died due to infectious complications [cytomegalovirus disease] at Day +56"
PERIANAL = (
    "On multivariate analysis, perianal disease was associated with adverse treatment-free "
    "survival (hazard ratio 2.34, 95% confidence interval [CI] 1.14–4.83, p = 0.02)"
)
SIMPLIFIED = (
    "Simplified AHSCT in an outpatient setting is a feasible, safe and potentially therapeutic "
    "intervention for early-onset type 1 diabetes"
)
TIME_TO = (
    "In this randomized clinical trial that included 110 patients with relapsing-remitting MS, "
    "treatment with nonmyeloablative HSCT compared with disease-modifying therapy resulted in a "
    "significantly prolonged time to disease progression (hazard ratio, 0.07)"
)
CMV = (
    "AHSCT was safe but on the short term associated with a risk of cytomegalovirus (CMV) and "
    "Epstein-Barr virus reactivation, CMV disease, haemorrhagic cystitis and pancreatitis"
)


def test_a_brand_name_in_apposition_is_the_subject_not_its_class(lexicon) -> None:
    draft, found = drafted(lexicon, RYONCIL)
    assert found == {
        (
            1,
            "StatusClaim",
            "intervention:ryoncil",
            "disease:acute-graft-versus-host-disease",
            "-",
            False,
        )
    }
    claim = draft.statements[0].claims[0]
    assert claim.status == "Approved" and claim.predicate == "approvedFor"
    assert "intervention:ryoncil" in {
        f"intervention:{str(p.entry.iri).rsplit('/', 1)[-1]}" for p in draft.proposals
    }


def test_a_brand_name_before_a_copula_is_the_subject(lexicon) -> None:
    _, found = drafted(lexicon, TEMCELL)
    assert {t[2] for t in found} == {"intervention:temcell"}
    assert {t[3] for t in found} == {"disease:acute-graft-versus-host-disease"}


def test_harms_before_the_cue_belong_to_the_intervention_received(lexicon) -> None:
    _, found = drafted(lexicon, RYONCIL, RYONCIL_HARMS)
    harms = {t[3] for t in found if t[0] == 2}
    assert harms == {
        "outcome:infection",
        "outcome:fever",
        "outcome:hemorrhage",
        "outcome:edema",
        "outcome:abdominal-pain",
        "outcome:hypertension",
    }
    assert {t[1:3] + t[4:] for t in found if t[0] == 2} == {
        ("SafetyClaim", "intervention:ryoncil", "AssociatedWith", False)
    }


def test_harms_of_an_unnamed_receiver_stay_unresolved(lexicon) -> None:
    # Alone, "Ryoncil" is no intervention the statement says it is: nothing is filled in.
    _, found = drafted(lexicon, RYONCIL_HARMS)
    assert found and {t[2] for t in found} == {"-"}


def test_safe_without_denies_the_harm_and_a_grade_is_no_harm(lexicon) -> None:
    draft, found = drafted(lexicon, MSC_SAFE)
    assert {(t[3], t[4], t[5]) for t in found} == {
        ("outcome:adverse-effect", "AssociatedWith", True)
    }
    assert not any(p.entry.label == "acute" for p in draft.proposals)


def test_an_accepted_treatment_is_a_status_not_an_efficacy_claim(lexicon) -> None:
    draft, found = drafted(lexicon, ACCEPTED)
    assert found == {(1, "StatusClaim", "intervention:ahsct", "disease:crohns-disease", "-", False)}
    assert draft.statements[0].claims[0].status == "Established"


def test_a_high_rate_of_two_remissions_sharing_a_head(lexicon) -> None:
    _, found = drafted(lexicon, HIGH_RATE)
    assert {(t[2], t[3], t[4]) for t in found} == {
        ("intervention:ahsct", "outcome:clinical-remission", "Improves"),
        ("intervention:ahsct", "outcome:endoscopic-remission", "Improves"),
    }


def test_a_high_rate_of_a_harm_is_never_an_improvement(lexicon) -> None:
    # "it" points at a statement before this one: the intervention is left to the curator.
    _, found = drafted(lexicon, HIGH_TRM)
    assert found == {
        (
            1,
            "SafetyClaim",
            "-",
            "outcome:transplant-related-mortality",
            "AssociatedWith",
            False,
        )
    }


def test_experienced_names_the_results_of_the_intervention_named_first(lexicon) -> None:
    _, found = drafted(lexicon, EXPERIENCED)
    assert {(t[2], t[3]) for t in found} == {
        ("intervention:ahsct", "outcome:complete-remission"),
        ("intervention:ahsct", "outcome:symptom"),
    }


def test_an_association_between_an_intervention_and_a_harm(lexicon) -> None:
    _, found = drafted(lexicon, ASSOCIATION)
    assert found == {
        (
            1,
            "SafetyClaim",
            "intervention:ahsct",
            "outcome:febrile-neutropenia",
            "AssociatedWith",
            False,
        )
    }


def test_a_death_from_a_harm_with_the_intervention_left_unresolved(lexicon) -> None:
    draft, found = drafted(lexicon, DIED)
    assert found == {
        (1, "SafetyClaim", "-", "outcome:infectious-complication", "AssociatedWith", False)
    }
    assert any("unresolved" in n for n in draft.statements[0].notes)


def test_a_disease_after_a_fronted_phrase_is_a_subject_that_drafts_nothing(lexicon) -> None:
    _, found = drafted(lexicon, PERIANAL)
    assert found == set()


def test_a_modified_procedure_is_not_the_one_it_modifies(lexicon) -> None:
    _, found = drafted(lexicon, SIMPLIFIED)
    assert {t[2] for t in found} == {"intervention:simplified-ahsct"}
    assert {t[3] for t in found} == {"disease:type-1-diabetes"}  # not "diabete"


def test_time_to_progression_is_one_outcome(lexicon) -> None:
    _, found = drafted(lexicon, TIME_TO)
    assert "outcome:disease-progression" not in {t[3] for t in found}


def test_a_bare_virus_shares_the_reactivation_it_is_joined_to(lexicon) -> None:
    _, found = drafted(lexicon, CMV)
    objects = {t[3] for t in found}
    assert "outcome:cytomegalovirus-reactivation" in objects
    assert "outcome:cytomegalovirus" not in objects


CURLY = (
    "In this multicentre retrospective analysis of European centres, AHSCT was relatively safe "
    "and appeared to be effective in controlling otherwise treatment-resistant Crohn’s disease"
)
ROLE = (
    "Human mesenchymal stromal cells (MSCs) play an important role in endogenous tissue repair "
    "and possess strong immune-modulatory properties making them a promising tool for the "
    "treatment of steroid-refractory GvHD"
)
RESPONSE = (
    "Overall, 30 percent of participants had a complete response to treatment 28 days after "
    "initiation and 41 percent had a partial response"
)
CAUSES = "The most common causes of death were AID progression, infections, and organ failure"


def test_a_typographic_apostrophe_links_the_name_with_a_straight_one(lexicon) -> None:
    _, found = drafted(lexicon, ACCEPTED, CURLY)
    assert (
        2,
        "EfficacyClaim",
        "intervention:ahsct",
        "disease:crohns-disease",
        "Improves",
        False,
    ) in found


def test_a_role_in_a_process_is_a_mechanism_and_what_follows_is_not(lexicon) -> None:
    _, found = drafted(lexicon, ROLE)
    mechanisms = {t[3] for t in found if t[1] == "MechanismClaim"}
    assert mechanisms == {"process:endogenous-tissue-repair"}


def test_responses_of_participants_are_drafted_with_no_intervention(lexicon) -> None:
    # The participants received something another statement names: left to the curator.
    _, found = drafted(lexicon, RESPONSE)
    assert {(t[2], t[3]) for t in found} == {
        ("-", "outcome:complete-response"),
        ("-", "outcome:partial-response"),
    }


def test_causes_of_death_are_harms_of_an_unnamed_intervention(lexicon) -> None:
    _, found = drafted(lexicon, CAUSES)
    assert {"outcome:infection", "outcome:organ-failure"} <= {t[3] for t in found}
    assert {t[2] for t in found} == {"-"} and {t[4] for t in found} == {"AssociatedWith"}


HCT = (
    "Hematopoietic cell transplantation (HCT) is an emerging therapy for patients with severe "
    "autoimmune diseases (AID)"
)
CAR_T_TRANSFER = (
    "In this case series, CD19 CAR T-cell transfer appeared to be feasible, safe, and "
    "efficacious in three different autoimmune diseases, providing rationale for further "
    "controlled clinical trials"
)
CAR_T_THERAPY = (
    "CD19 chimeric antigen receptor (CD19 CAR) T cell therapy has been shown to induce stable "
    "drug-free remission in patients with refractory autoimmune disease"
)
OPTION = (
    "AHSCT is now a treatment option in very carefully selected patients with severe, "
    "treatment-resistant RRMS"
)


def test_haematopoietic_cell_transplantation_is_hsct_and_emerging_is_a_status(lexicon) -> None:
    _, found = drafted(lexicon, HCT)
    assert found == {
        (1, "StatusClaim", "intervention:hsct", "disease:autoimmune-disease", "-", False)
    }


def test_a_cell_transfer_and_a_cell_therapy_are_one_proposed_intervention(lexicon) -> None:
    draft, found = drafted(lexicon, CAR_T_TRANSFER, CAR_T_THERAPY)
    assert {t[2] for t in found} == {"intervention:cd19-car-t-cell-therapy"}
    assert (1, "EfficacyClaim", "intervention:cd19-car-t-cell-therapy") in {t[:3] for t in found}
    names = [p.entry.label for p in draft.proposals if p.entry.kind == "intervention"]
    assert len(names) == 1


def test_a_treatment_option_in_patients_with_a_disease(lexicon) -> None:
    _, found = drafted(lexicon, OPTION)
    assert {(t[1], t[2], t[3]) for t in found} == {
        ("EfficacyClaim", "intervention:ahsct", "disease:relapsing-remitting-multiple-sclerosis")
    }


IMMUNOSUPPRESSION = (
    "Previous animal and clinical studies suggest that moderate immunosuppression in newly "
    "diagnosed type 1 DM can prevent further loss of insulin production and can reduce insulin "
    "needs"
)
LEVELS = (
    "All treated subjects showed a decrease in HbA1c levels and an increase in C-peptide levels "
    "compared with pretreatment"
)
BCMA = (
    "BCMA CAR T cells expanded, cleared plasma cells in lymphoid tissue, reduced autoantibody "
    "levels and re-induced stable drug-free remission"
)
T1DM = (
    "The activity of the autoimmune mechanism underlying type 1 diabetes mellitus (T1DM) can be "
    "suppressed when immunoablation and autologous hematopoietic stem cell transplantation "
    "(AHSCT) are applied early in the course of the disease"
)
# Written for these tests, in the wording of trial abstracts.
WRITTEN_PASSIVE = "Complete remission was achieved in 12 of 15 patients after AHSCT"
WRITTEN_FREQUENT = (
    "The most frequent adverse events were neutropenia, febrile neutropenia and infection"
)
WRITTEN_NONE = "No treatment-related deaths occurred"


def test_a_treatment_named_by_what_it_does_is_proposed_as_the_subject(lexicon) -> None:
    _, found = drafted(lexicon, IMMUNOSUPPRESSION)
    assert ("intervention:moderate-immunosuppression", "outcome:insulin-need", "Reduces") in {
        (t[2], t[3], t[4]) for t in found
    }


def test_a_level_that_falls_is_reduced_and_one_that_rises_is_left_to_the_curator(lexicon):
    draft, found = drafted(lexicon, LEVELS)
    assert {(t[3], t[4]) for t in found} == {("outcome:hba1c-level", "Reduces")}
    assert any("c-peptide level" in n.lower() for n in draft.statements[0].notes)


def test_a_prefixed_cue_ends_the_scope_of_the_one_before(lexicon) -> None:
    _, found = drafted(lexicon, BCMA)
    pairs = {(t[3], t[4]) for t in found}
    assert ("outcome:autoantibody-level", "Reduces") in pairs
    assert ("outcome:stable-drug-free-remission", "Reduces") not in pairs


def test_diabetes_mellitus_is_also_written_diabetes(lexicon) -> None:
    _, found = drafted(lexicon, T1DM, SIMPLIFIED)
    assert (2, "intervention:simplified-ahsct", "disease:type-1-diabetes-mellitus") in {
        (t[0], t[2], t[3]) for t in found
    }


def test_passive_results_frequent_harms_and_none_occurring(lexicon) -> None:
    _, found = drafted(lexicon, WRITTEN_PASSIVE, WRITTEN_FREQUENT, WRITTEN_NONE)
    assert (
        1,
        "EfficacyClaim",
        "intervention:ahsct",
        "outcome:complete-remission",
        "Improves",
        False,
    ) in found
    assert {t[3] for t in found if t[0] == 2} == {
        "outcome:neutropenia",
        "outcome:febrile-neutropenia",
        "outcome:infection",
    }
    assert {(t[2], t[4], t[5]) for t in found if t[0] in (2, 3)} <= {
        ("-", "AssociatedWith", False),
        ("-", "AssociatedWith", True),
    }
    assert {(t[3], t[5]) for t in found if t[0] == 3} == {("outcome:treatment-related-death", True)}


# Held-out sets 7-9, after their one scored run (development documents since): the sentences
# behind its three misattributions and its largest misses. Sources in each SOURCES.md.
COMBINATION = (
    "UC-MSC cells plus DMARDs therapy can be a safe, effective and feasible therapeutic option "
    "for RA patients"
)
DMARDS = (
    "The traditional anti-inflammation disease-modifying anti-rheumatic drugs (DMARDs) have "
    "limited therapeutic effects in rheumatoid arthritis (RA) patients"
)
GRADE = "Seven patients (58%) developed infections, but no grade 4 infections occurred"
DESPITE = (
    "Despite their significantly reduced performance status, all patients tolerated the "
    "procedure with no unexpected toxicities"
)
AUTO_DEFINED = (
    "Autologous hematopoietic stem cell transplantation (auto-HSCT) has been used successfully "
    "to remit autoimmune-mediated neurological diseases"
)
SPS = (
    "Stiff Person Syndrome (SPS) is a rare immune-mediated disabling neurological disorder "
    "characterised by muscle spasms and high GAD antibodies"
)
AUTO_USED = (
    "Auto-HSCT is an intensive but well tolerated and effective treatment option for patients "
    "with SPS refractory to conventional immunotherapy"
)


def test_a_name_inside_a_combination_is_not_the_subject(lexicon) -> None:
    _, found = drafted(lexicon, DMARDS, COMBINATION)
    assert {t[2] for t in found if t[0] == 2} == {"intervention:uc-msc-cells-plus-dmards-therapy"}


def test_a_graded_harm_is_not_the_harm_it_grades(lexicon) -> None:
    _, found = drafted(lexicon, GRADE)
    assert {(t[3], t[5]) for t in found} == {
        ("outcome:infection", False),
        ("outcome:grade-4-infection", True),
    }


def test_a_fronted_concession_asserts_nothing(lexicon) -> None:
    _, found = drafted(lexicon, DESPITE)
    assert found == {(1, "SafetyClaim", "-", "outcome:unexpected-toxicity", "AssociatedWith", True)}


def test_an_abbreviation_defined_for_a_known_name_is_learnt(lexicon) -> None:
    _, found = drafted(lexicon, SPS, AUTO_DEFINED, AUTO_USED)
    assert (
        2,
        "EvidenceOfUseClaim",
        "intervention:ahsct",
        "disease:autoimmune-mediated-neurological-disease",
        "-",
        False,
    ) in found
    assert (
        3,
        "EfficacyClaim",
        "intervention:ahsct",
        "disease:stiff-person-syndrome",
        "Improves",
        False,
    ) in found


SERUM = (
    "The serum levels of tumor necrosis factor-alpha and interleukin-6 decreased after the first "
    "UC-MSCs treatment (P<0.05)"
)
CRS = "Cytokine release syndrome was reported in all patients with only events of grade 1 or 2 observed"
NO_RELAPSE = (
    "During the follow-up of a median 5.5 months, 11 patients had no relapse; all patients "
    "generally reported improvement in disabilities and quality-of-life outcomes; 11 patients' "
    "AQP-4 antibodies in serum showed a downward trend by the cutoff date"
)
POTENTIALS = (
    "In summary, CAR T-cell therapy shows a manageable safety profile and therapeutic potentials "
    "for patients with relapsed/refractory AQP4-IgG seropositive NMOSD"
)
CT103A = (
    "In the current study, the safety and efficacy of a novel CAR-T cell therapy using CT103A "
    "cells, are evaluated in patients with relapsed/refractory NMOSD"
)


def test_the_substances_measured_are_the_outcomes(lexicon) -> None:
    _, found = drafted(lexicon, SERUM)
    assert {(t[3], t[4]) for t in found} == {
        ("outcome:tumor-necrosis-factor-alpha", "Reduces"),
        ("outcome:interleukin-6", "Reduces"),
    }


def test_a_syndrome_reported_in_patients_is_a_harm_not_the_subject(lexicon) -> None:
    _, found = drafted(lexicon, CRS)
    assert found == {
        (1, "SafetyClaim", "-", "outcome:cytokine-release-syndrome", "AssociatedWith", False)
    }


def test_no_relapse_is_a_reduction_not_a_denial(lexicon) -> None:
    _, found = drafted(lexicon, NO_RELAPSE)
    assert ("outcome:relapse", "Reduces", False) in {(t[3], t[4], t[5]) for t in found}


def test_therapeutic_potentials_and_a_product_a_therapy_uses(lexicon) -> None:
    _, found = drafted(lexicon, POTENTIALS, CT103A)
    assert (1, "EfficacyClaim", "intervention:car-t-cell-therapy") in {t[:3] for t in found}
    assert {t[1:4] for t in found if t[0] == 2} == {
        ("StatusClaim", "intervention:ct103a", "disease:neuromyelitis-optica-spectrum-disorder")
    }


TARGETS = (
    "Chimeric antigen receptor (CAR) T-cell therapy that targets B-cell maturation antigen (BCMA) "
    "have great potentials in autoimmune diseases and could be novel therapeutics for "
    "relapsed/refractory neuromyelitis optica spectrum disorder (NMOSD)"
)


def test_what_a_therapy_targets_names_its_kind(lexicon) -> None:
    _, found = drafted(lexicon, TARGETS)
    assert {(t[2], t[3]) for t in found} == {
        ("intervention:bcma-car-t-cell-therapy", "disease:autoimmune-disease"),
        ("intervention:bcma-car-t-cell-therapy", "disease:neuromyelitis-optica-spectrum-disorder"),
    }


# Held-out sets 10-12, after their one scored run (development documents since).
ASCT = (
    "Autologous hematopoietic stem cell transplantation (ASCT) is an increasingly accepted "
    "treatment for refractory autoimmune diseases"
)
AUTO_SCT = (
    "Autologous hematopoietic SCT (auto-SCT) has been effective therapy for refractory disease, "
    "in both malignancies and severe autoimmune diseases"
)
IT_MSC_NP = (
    "IT-MSC-NP treatment was also associated with improved bladder function and reduced rate of "
    "grey matter atrophy on brain MRI"
)
NO_CHANGES = (
    "One year postinfusion, no changes were observed in autoantibody titers, regulatory T-cell "
    "numbers, CD4-to-CD8 ratio, or other T-cell phenotypes"
)
GREATER_RISKS = (
    "Compared with standard treatments for autoimmune diseases, HSCT is associated with greater "
    "short-term risks, including a risk of treatment-related mortality and long-term "
    "complications"
)


def test_an_increasingly_accepted_treatment_and_sct(lexicon) -> None:
    _, found = drafted(lexicon, ASCT, AUTO_SCT)
    assert (
        1,
        "StatusClaim",
        "intervention:ahsct",
        "disease:autoimmune-disease",
        "-",
        False,
    ) in found
    assert (2, "EfficacyClaim", "intervention:ahsct", "disease:autoimmune-disease") in {
        t[:4] for t in found
    }


def test_results_after_associated_with_keep_their_own_direction(lexicon) -> None:
    # and "bladder function" is not the lexicon's "function" (neurological function); "IT-" is
    # a route (intrathecal), not the pronoun "it": the product is MSC-NP.
    _, found = drafted(lexicon, IT_MSC_NP)
    assert {(t[2], t[3], t[4]) for t in found} == {
        ("intervention:msc-np", "outcome:bladder-function", "Improves"),
        ("intervention:msc-np", "outcome:grey-matter-atrophy", "Reduces"),
    }


def test_no_changes_observed_is_a_denied_improvement(lexicon) -> None:
    _, found = drafted(lexicon, NO_CHANGES)
    assert {"outcome:autoantibody-titer", "outcome:cd4-to-cd8-ratio"} <= {t[3] for t in found}
    assert {(t[1], t[4], t[5]) for t in found} == {("EfficacyClaim", "Improves", True)}


def test_a_harm_after_greater_is_increased_never_improved(lexicon) -> None:
    _, found = drafted(lexicon, GREATER_RISKS)
    harms = {(t[3], t[4]) for t in found}
    assert ("outcome:long-term-complication", "Increases") in harms
    assert not any(direction == "Improves" for _, direction in harms)


def test_an_approval_is_drafted_with_a_status_of_the_ontology(lexicon) -> None:
    draft, _ = drafted(lexicon, TEMCELL)
    (claim,) = draft.statements[0].claims
    assert (claim.status, claim.predicate) == ("Approved", "approvedFor")
    assert not any("status scheme" in n for n in claim.notes)
