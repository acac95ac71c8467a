"""Errors of sets 605-610 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_experienced_no_further_symptoms_is_a_fall(lexicon) -> None:
    # Set 608, statement 2 (Xie et al., Am J Med 2015): "experienced no further symptoms while
    # taking intravenous immunoglobulin therapy" was drafted as an improvement of symptoms
    # denied, the opposite of the sentence: "experienced" was read as a result had, and "no"
    # denied it; "had no relapse" was already a fall.
    claims = last_claims(
        lexicon,
        "A total of 15 of 18 subjects with a history of 1 or more acute systemic capillary leak "
        "syndrome episodes experienced no further symptoms while taking intravenous "
        "immunoglobulin therapy",
    )
    symptom = {c[3:] for c in claims if c[2] == "outcome:symptom"}
    assert symptom == {("Reduces", False)}, claims
    claims = last_claims(lexicon, "Patients treated with rituximab experienced no further relapses")
    assert {c[1:] for c in claims} == {
        ("intervention:rituximab", "outcome:relapse", "Reduces", False)
    }, claims
    # Controls: what patients experienced is still a result had, or a harm that came with it.
    claims = last_claims(lexicon, "Patients treated with rituximab experienced complete remission")
    assert ("intervention:rituximab", "outcome:complete-remission", "Improves") in {
        c[1:4] for c in claims
    }, claims
    claims = last_claims(lexicon, "Patients treated with rituximab experienced infections")
    assert ("SafetyClaim", "intervention:rituximab", "outcome:infection", "AssociatedWith") in {
        c[:4] for c in claims
    }, claims


def test_of_some_benefit_in_patients_with_a_disease_is_a_benefit_for_it(lexicon) -> None:
    # Set 607, statement 25 (Mang et al., Photodermatol Photoimmunol Photomed 2002):
    # "Photopheresis might be of some benefit in selected patients with otherwise intractable
    # solar urticaria" drafted nothing, though "is beneficial in" is a benefit for the disease.
    claims = last_claims(
        lexicon,
        "Photopheresis might be of some benefit in selected patients with otherwise intractable "
        "solar urticaria",
    )
    assert {c[1:] for c in claims} == {
        ("intervention:photopheresis", "disease:solar-urticaria", "Improves", False)
    }, claims
    # Control: "of no benefit" is no benefit.
    claims = last_claims(lexicon, "Photopheresis was of no benefit in solar urticaria")
    assert not [c for c in claims if c[3] == "Improves" and not c[4]], claims
