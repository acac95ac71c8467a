"""Errors of sets 516-519 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import drafted, last_claims


def test_less_likely_than_placebo_to_be_associated_with_a_harm_reduces_it(lexicon) -> None:
    # Set 517, statement 9 (Feagan et al., J Crohns Colitis 2019): the comparison was drafted
    # as arthritis/arthralgia the treatment is associated with, the opposite of the finding.
    claims = last_claims(
        lexicon,
        "In Crohn’s disease [CD] patients, vedolizumab was significantly less likely than "
        "placebo to be associated with new/worsening arthritis/arthralgia (hazard ratio [HR], "
        "0.63; 95% confidence interval [CI], 0.44–0.89)",
    )
    assert claims, claims
    assert {(c[0], c[1], c[3], c[4]) for c in claims} == {
        ("EfficacyClaim", "intervention:vedolizumab", "Reduces", False)
    }, claims
    # Control: a plain association is still a harm.
    claims = last_claims(lexicon, "Rituximab was associated with infections")
    assert claims == {
        ("SafetyClaim", "intervention:rituximab", "outcome:infection", "AssociatedWith", False)
    }, claims


def test_a_treatment_past_a_semicolon_is_not_the_subject_of_the_clause_before(lexicon) -> None:
    # Set 517, statement 11 (Feagan et al., J Crohns Colitis 2019): what a decrease in the
    # corticosteroid dose did was credited to vedolizumab, named only in the next clause.
    claims = last_claims(
        lexicon,
        "In CD patients on corticosteroids at baseline, a decrease in corticosteroid dose "
        "increased the risk of new/worsening arthritis/arthralgia (odds ratio [OR], 7.49; 95% "
        "CI, 3.50–15.97) regardless of treatment; and in those achieving corticosteroid-free "
        "status, arthritis/arthralgia was less likely with vedolizumab than with placebo [HR, "
        "0.14; 95% CI, 0.05–0.35]",
    )
    assert not any(c[0] == "SafetyClaim" and c[1] != "-" for c in claims), claims
    claims = last_claims(
        lexicon, "After transplantation, relapses were less frequent; rituximab was given to 3"
    )
    assert not any(c[1] == "intervention:rituximab" for c in claims), claims
    # Control: a treatment named after the cue in the same clause is still its subject.
    claims = last_claims(lexicon, "Patients had fewer relapses with rituximab")
    assert claims == {
        ("EfficacyClaim", "intervention:rituximab", "outcome:relapse", "Reduces", False)
    }, claims


def test_an_association_inside_a_when_clause_is_the_condition_not_a_harm(lexicon) -> None:
    # Set 517, statement 4 (Peluso et al., Ther Adv Chronic Dis 2015): the polyarthritis the
    # bowel disease comes with was drafted as a harm of TNF-α inhibitors.
    claims = last_claims(
        lexicon,
        "TNF-α inhibitors should be considered the first-line therapeutic approach when "
        "moderate-to-severe luminal Crohn’s disease or ulcerative colitis is associated with "
        "polyarthritis",
    )
    assert not any(c[0] == "SafetyClaim" for c in claims), claims
    # Controls: the treatment's own association, also in a "when" clause that points back
    # to it.
    for sentence in (
        "Rituximab for neuromyelitis optica is associated with infections",
        "HSCT is effective, but when given late it is associated with infections",
    ):
        claims = last_claims(lexicon, sentence)
        assert {(c[0], c[2], c[3]) for c in claims} == {
            ("SafetyClaim", "outcome:infection", "AssociatedWith")
        }, (sentence, claims)


def test_the_treatment_set_apart_by_but_not_is_denied_the_result(lexicon) -> None:
    # Set 516, statement 17 (Lecendreux et al., J Clin Sleep Med 2017): "high baseline UNS,
    # but not IVIg treatment, was associated with a reduction in narcolepsy symptoms" was
    # drafted as a reduction asserted, of no treatment.
    claims = last_claims(
        lexicon,
        "Intravenous immunoglobulin (IVIg) was given to 24 children with narcolepsy",
        "In multivariate-adjusted linear mixed-effects analyses of change from baseline in "
        "Ullanlinna Narcolepsy Scale (UNS) scores, high baseline UNS, but not IVIg treatment, "
        "was associated with a reduction in narcolepsy symptoms",
    )
    assert claims == {
        (
            "EfficacyClaim",
            "intervention:intravenous-immunoglobulin",
            "outcome:narcolepsy-symptom",
            "Reduces",
            True,
        )
    }, claims
    # Control: where the subject names a treatment, the excluded one is still no subject.
    claims = last_claims(lexicon, "AHSCT, but not cyclophosphamide, improved survival")
    assert {(c[1], c[4]) for c in claims} == {("intervention:ahsct", False)}, claims


def test_what_a_patient_is_diagnosed_with_is_a_disease_and_a_drug_treatment_the_drug(
    lexicon,
) -> None:
    # Set 518, statements 3 and 8 (van der Marel et al.; Kono et al., Thorac Cancer 2025):
    # "pure red cell aplasia (PRCA)" was proposed as an outcome and "Cyclosporine treatment"
    # as a treatment of its own, not cyclosporine.
    _, tuples = drafted(
        lexicon,
        "He had also been diagnosed with pure red cell aplasia (PRCA), hemoglobin "
        "concentration 4.7 mmol/l, for which he was treated with corticosteroids (prednisone "
        "1 mg/kg/day) for 1 year and blood transfusions",
        "Cyclosporine treatment led to improvement in PRCA; however, the patient died 3 years "
        "later from an invasive pneumococcal infection",
    )
    assert (
        2,
        "EfficacyClaim",
        "intervention:cyclosporine",
        "disease:pure-red-cell-aplasia",
        "Improves",
        False,
    ) in tuples, tuples
    # Controls: a treatment named by no medicine keeps its own name, and "improvement in"
    # a disease's patients names who improved, not the disease.
    claims = last_claims(lexicon, "Immunosuppressive treatment improved lupus")
    assert {c[1] for c in claims} == {"intervention:immunosuppressive-treatment"}, claims
    claims = last_claims(lexicon, "Rituximab led to improvement in lupus patients")
    assert not any(c[2].startswith("disease:") for c in claims), claims
    claims = last_claims(lexicon, "Rituximab showed improvement in lupus")
    assert {(c[1], c[2]) for c in claims} == {
        ("intervention:rituximab", "disease:systemic-lupus-erythematosus")
    }, claims
