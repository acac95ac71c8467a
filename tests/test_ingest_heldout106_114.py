"""Errors of sets 106-114 (run once as held-out sets, development documents now) and of sets 61
and 94, each fixed by a general rule and tested on the published sentences that showed it, with
a control.

Sentences quoted from: Ni X et al. Clinical and Basic Research Progress on Treg-Induced Immune
Tolerance in Liver Transplantation (set 106, source 3); Cooley HM et al. Outcome of rheumatoid
arthritis and psoriasis following autologous stem cell transplantation (set 61, source 2); Marsh
RA et al., reduced-intensity conditioning HCT for HLH (set 94, source 1); Epstein-Barr
virus-specific adoptive immunotherapy for progressive multiple sclerosis, 2014 (set 110, source
1); an article on allogeneic haematopoietic stem cell transplantation in VEXAS syndrome (set
109, source 2); an observational cohort comparing AHSCT with alemtuzumab (set 111, source 2); a report of the
MSBase comparison of AHSCT with fingolimod (set 111, source 5); a case report on mevalonate
kinase deficiency, BMC Pediatrics 2019 (set 114, source 3); Thonhoff JR, Berry JD, et al.,
regulatory T lymphocytes in amyotrophic lateral sclerosis (set 113, source 2). See the sets'
SOURCES.md.
"""

from __future__ import annotations

from ingest_testing import drafted

TREGS = (
    "Regulatory T cells (Tregs) are a lymphocyte subset with intrinsic immunosuppressive properties"
)


def test_a_disease_cured_is_a_benefit_for_it(lexicon) -> None:
    # Set 106: "infusion of Tregs can also effectively prevent rejection and cure autoimmune
    # diseases without significant side effects" drafted nothing.
    _, tuples = drafted(
        lexicon,
        TREGS,
        "Tregs have been shown to play a pivotal role in the regulation of immune balance, and "
        "infusion of Tregs can also effectively prevent rejection and cure autoimmune diseases "
        "without significant side effects",
    )
    assert (
        2,
        "EfficacyClaim",
        "intervention:regulatory-t-cell",
        "disease:autoimmune-disease",
        "Improves",
        False,
    ) in tuples, tuples


def test_unlikely_to_cure_denies_the_cure(lexicon) -> None:
    # Set 61: "a single autograft with unpurged stem cells is unlikely to cure autoimmune
    # disease" is no cure.
    _, tuples = drafted(
        lexicon,
        "Our experience suggests that a single autograft with unpurged stem cells is unlikely to "
        "cure autoimmune disease, but that other strategies building on this approach are "
        "worthy of investigation",
    )
    assert tuples and all(t[5] for t in tuples if t[3] == "disease:autoimmune-disease"), tuples


def test_what_a_treatment_is_given_to_cure_is_no_result(lexicon) -> None:
    # Control (set 94): "followed by allogeneic haematopoietic cell transplantation (HCT) to cure
    # the underlying defect and prevent relapse of HLH" says what HCT is for, not that it cured.
    _, tuples = drafted(
        lexicon,
        "Haemophagocytic lymphohistiocytosis (HLH) is a life-threatening hyperinflammatory "
        "syndrome",
        "The treatment of HLH consists principally of immune suppression followed by allogeneic "
        "haematopoietic cell transplantation (HCT) to cure the underlying defect and prevent "
        "relapse of HLH",
    )
    assert not [t for t in tuples if t[3] == "disease:hemophagocytic-lymphohistiocytosis"], tuples


def test_cells_that_were_measured_are_not_the_subject(lexicon) -> None:
    # Set 107: "The percentage of regulatory T cells (Tregs) and the Treg/T helper 17 (Th17)
    # cell ratio were significantly increased 4 weeks after infusions" was drafted as a claim
    # of Tregs, the cells measured; the statement does not name what was infused.
    draft, tuples = drafted(
        lexicon,
        "The percentage of regulatory T cells (Tregs) and the Treg/T helper 17 (Th17) cell ratio "
        "were significantly increased 4 weeks after infusions; in contrast, the percentage of "
        "Th17 cells showed a decreasing trend",
    )
    # The rise was read (and, a ratio, left to the curator), with no intervention named.
    assert all(t[2] == "-" for t in tuples), tuples
    assert any("intervention unresolved" in n for n in draft.statements[0].notes)


def test_cells_that_were_given_are_the_subject(lexicon) -> None:
    # Control: "Regulatory T cells (Tregs) significantly reduced the Th17 cell ratio": the cells
    # are the subject.
    _, tuples = drafted(
        lexicon, "Regulatory T cells (Tregs) significantly reduced the Th17 cell ratio"
    )
    assert {t[2] for t in tuples} == {"intervention:regulatory-t-cell"}, tuples


def test_a_denial_ends_where_the_patients_clause_begins(lexicon) -> None:
    # Set 110: "had no adverse effects and the patient showed clinical improvement with reduced
    # disease activity" denied the reductions too.
    _, tuples = drafted(
        lexicon,
        "This adoptive immunotherapy had no adverse effects and the patient showed clinical "
        "improvement with reduced disease activity on magnetic resonance imaging and decreased "
        "intrathecal immunoglobulin production",
    )
    reductions = [t for t in tuples if t[4] == "Reduces"]
    assert reductions and not any(t[5] for t in reductions), tuples


def test_a_denial_covers_what_it_lists(lexicon) -> None:
    # Control: "no infections and no relapses" deny both; "and" alone ends nothing.
    _, tuples = drafted(lexicon, "AHSCT led to no infections and relapses")
    assert tuples and all(t[5] for t in tuples), tuples


def test_fewer_events_experienced_are_a_reduction(lexicon) -> None:
    # Set 111: "patients with AHSCT experienced less relapses" was drafted as relapses
    # associated with AHSCT, a harm.
    _, tuples = drafted(
        lexicon,
        "Compared with 612 fingolimod users, 120 matched patients with AHSCT experienced less "
        "relapses (mean ARR 0.20 vs 0.11; HR, 0.55; 95% CI, 0.37-0.91)",
    )
    assert (1, "EfficacyClaim", "intervention:ahsct", "outcome:relapse", "Reduces", False) in (
        tuples
    ), tuples


def test_events_experienced_are_still_a_result(lexicon) -> None:
    # Control: "experienced complete remission" is a result had.
    _, tuples = drafted(lexicon, "Patients treated with AHSCT experienced complete remission")
    assert {(t[3], t[4]) for t in tuples} == {("outcome:complete-remission", "Improves")}, tuples


def test_no_evidence_of_disease_activity_is_an_endpoint_not_a_denial(lexicon) -> None:
    # Set 111: "a higher likelihood of maintaining 'no evidence of disease activity'" was drafted
    # as AHSCT not improving disease activity, the opposite of the finding.
    _, tuples = drafted(
        lexicon,
        "In this observational cohort study, treatment with AHSCT was associated with a higher "
        "likelihood of maintaining 'no evidence of disease activity'",
    )
    assert tuples and not any(t[5] for t in tuples), tuples


def test_a_participle_clause_names_no_step(lexicon) -> None:
    # Set 109: "Considering the complications and side effects of the procedure ..." was
    # proposed as a procedure step, "considering the complication".
    draft, _ = drafted(
        lexicon,
        "Considering the complications and side effects of the procedure as well as the existence "
        "of other potential treatment, clinical trials are needed to define the subgroup of "
        "patients who will benefit from this strategy and its place in the therapeutic arsenal "
        "against VEXAS syndrome",
    )
    steps = {p.entry.label.lower() for p in draft.proposals if p.entry.kind == "step"}
    assert not any(s.startswith("considering") for s in steps), steps


def test_a_step_written_as_a_gerund_is_still_a_step(lexicon) -> None:
    # Control (the first source): "involves collecting stem cells ..." keeps its steps.
    _, tuples = drafted(
        lexicon,
        "AHSCT involves collecting stem cells from the patient's bone marrow or peripheral blood, "
        "followed by high-dose immunosuppression and reinfusion of the stem cells",
    )
    assert (
        1,
        "ProcedureStepClaim",
        "intervention:ahsct",
        "intervention:stem-cell-collection",
        "-",
        False,
    ) in tuples, tuples


def test_a_gerund_conjunct_is_an_action_of_its_own(lexicon) -> None:
    # Set 114: "reducing frequency and severity of attacks, and producing long term remission"
    # was drafted as long-term remission reduced.
    _, tuples = drafted(
        lexicon,
        "Treatment with monoclonal antibodies targeting cytokines are highly effective, reducing "
        "frequency and severity of attacks, and producing long term remission in many [1]",
    )
    assert not [t for t in tuples if t[3] == "outcome:long-term-remission" and t[4] == "Reduces"]


def test_a_reduction_still_covers_its_list(lexicon) -> None:
    # Control: "reducing relapses and disease activity" reduces both.
    _, tuples = drafted(
        lexicon, "AHSCT is highly effective, reducing relapses and disease activity"
    )
    assert {t[3] for t in tuples if t[4] == "Reduces"} == {
        "outcome:relapse",
        "outcome:disease-activity",
    }, tuples


def test_a_clause_of_its_own_after_and_is_not_the_cues(lexicon) -> None:
    # Set 113: "Treg suppressive function increased and disease progression stabilized during
    # the study" was drafted as disease progression increased, a harm.
    _, tuples = drafted(
        lexicon,
        "Treg suppressive function increased and disease progression stabilized during the study",
    )
    assert not [t for t in tuples if t[3] == "outcome:disease-progression" and t[4] == "Increases"]


def test_a_rise_still_covers_its_list(lexicon) -> None:
    # Control: "increased remission and survival" raises both.
    _, tuples = drafted(lexicon, "AHSCT increased remission and survival")
    assert {t[3] for t in tuples if t[4] == "Improves"} == {
        "outcome:remission",
        "outcome:survival",
    }, tuples
