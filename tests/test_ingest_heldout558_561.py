"""Errors of sets 557-561 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_a_low_incidence_of_a_harm_is_a_harm_lowered(lexicon) -> None:
    # Set 557, statement 7 (Patella et al.): "was associated with a low incidence of reactions
    # to stings" drafted as a harm of ultrarush.
    claims = last_claims(
        lexicon,
        "Ultrarush was as effective as the rush and slow protocols and was associated with a "
        "low incidence of reactions to stings",
    )
    assert not any(c[0] == "SafetyClaim" for c in claims), claims
    assert any(c[0] == "EfficacyClaim" and c[3] == "Reduces" for c in claims), claims
    # Control: a low count is itself the harm.
    claims = last_claims(lexicon, "Rituximab was associated with low platelet counts")
    assert not any(c[3] == "Reduces" for c in claims), claims


def test_a_relative_clause_after_a_denied_verb_is_not_denied(lexicon) -> None:
    # Set 559, statement 22 (Gerrits et al.): "Platelet activation did not improve in 3 WAS/XLT
    # patients whose platelet count improved on eltrombopag" drafted the platelet count as
    # denied.
    claims = last_claims(
        lexicon,
        "Eltrombopag treatment resulted in an increased platelet count in 5 out of 8 patients",
        "Platelet activation did not improve in 3 WAS/XLT patients whose platelet count "
        "improved on eltrombopag",
    )
    assert claims, claims
    assert not any(c[2] == "outcome:platelet-count" and c[4] for c in claims), claims
    # Control: a denial before the relative clause's own verb still denies what follows.
    claims = last_claims(lexicon, "Rituximab did not improve survival in lupus")
    assert ("outcome:survival", "Improves", True) in {c[2:5] for c in claims}, claims
    claims = last_claims(
        lexicon, "None of the patients whose disease was refractory achieved remission"
    )
    assert all(c[4] for c in claims), claims


def test_a_conditioning_named_for_its_drugs_is_the_subject(lexicon) -> None:
    # Set 558, statement 1 (Aydin et al.): "Reduced-toxicity conditioning based on either
    # treosulfan or reduced-dose busulfan resulted in superior survival ..." credited
    # treosulfan with "superior survival".
    claims = last_claims(
        lexicon,
        "Reduced-toxicity conditioning based on either treosulfan or reduced-dose busulfan "
        "resulted in superior survival compared with fully myeloablative busulfan-based "
        "regimens (97% vs 78%; P = .049)",
    )
    assert {c[1:4] for c in claims} == {
        ("intervention:reduced-toxicity-conditioning", "outcome:survival", "Improves")
    }, claims
    # Control: a generic "treatment" based on drugs leaves the drugs the subject.
    claims = last_claims(
        lexicon, "Standard treatment, based on azathioprine, improved survival in lupus"
    )
    assert "intervention:azathioprine" in {c[1] for c in claims}, claims
    # Control: "superior to" compares; the vena cava is a place.
    claims = last_claims(
        lexicon, "Rituximab was associated with superior vena cava syndrome in lupus"
    )
    assert not any(c[3] == "Improves" for c in claims), claims


def test_a_harm_that_is_the_patients_or_the_diseases_is_no_treatments(lexicon) -> None:
    # Set 558, statement 15 (Zhang and Su): "Their higher mortality and progressive course
    # emphasizes the need to identify AR-HIES patients early, for consideration of potentially
    # curative hematopoietic cell transplantation" drafted transplantation as raising mortality.
    claims = last_claims(
        lexicon,
        "Their higher mortality and progressive course emphasizes the need to identify "
        "AR-HIES patients early, for consideration of potentially curative hematopoietic cell "
        "transplantation",
    )
    assert not any(c[0] == "SafetyClaim" for c in claims), claims
    # Set 558, statement 17 (Albert and Freeman): the reasons a treatment is chosen are the
    # disease's harms; and "DOCK8 deficiency" is a disease.
    claims = last_claims(
        lexicon,
        "HSCT is the treatment of choice for DOCK8 deficiency due to the early mortality and "
        "high incidence of significant infections and malignancy",
    )
    assert not any(c[0] == "SafetyClaim" for c in claims), claims
    assert ("StatusClaim", "disease:dock8-deficiency") in {(c[0], c[2]) for c in claims}, claims
    # Control: a harm of the treatment named before it is still its harm.
    claims = last_claims(
        lexicon, "Rituximab is effective, but their higher rate of infections is a concern"
    )
    assert ("SafetyClaim", "intervention:rituximab", "outcome:infection") in {
        c[:3] for c in claims
    }, claims


def test_patients_compared_in_their_response_to_a_treatment_make_no_claim(lexicon) -> None:
    # Set 560, statement 10 (Jones et al.): "Participants with positive autoantibodies or severe
    # insulin deficiency ... had markedly reduced glycemic response to GLP-1RA therapy" drafted
    # an unnamed treatment as reducing the glycemic response.
    claims = last_claims(
        lexicon,
        "Participants with positive autoantibodies or severe insulin deficiency (fasting "
        "C-peptide ≤0.25 nmol/L) had markedly reduced glycemic response to GLP-1RA therapy",
    )
    assert not claims, claims
    # Control: a response to no named treatment is still drafted, for the curator to fill.
    claims = last_claims(lexicon, "Patients achieved a complete response to treatment")
    assert ("EfficacyClaim", "-", "outcome:complete-response") in {c[:3] for c in claims}, claims


def test_a_disease_named_in_the_plural_is_the_disease_treated(lexicon) -> None:
    # Set 559, statement 18 (Kim et al.): "rituximab is an effective treatment for autoimmune
    # cytopenias in children with immune deficiencies" drafted the children's immune deficiency
    # as what rituximab treats: "cytopenias" was not read as a disease in the plural.
    claims = last_claims(
        lexicon,
        "We conclude that rituximab is an effective treatment for autoimmune cytopenias in "
        "children with immune deficiencies, but repeated courses of treatment may be needed",
    )
    assert {c[1:4] for c in claims} == {
        ("intervention:rituximab", "disease:autoimmune-cytopenia", "Improves")
    }, claims
    # Control: the disease of the children is still not what is treated when one is named.
    claims = last_claims(
        lexicon,
        "Rituximab is an effective treatment for lupus in children with immune deficiencies",
    )
    assert "disease:immune-deficiency" not in {c[2] for c in claims}, claims
