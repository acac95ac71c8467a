"""Errors of sets 611-638 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import drafted, last_claims


def test_what_a_high_incidence_names_is_a_harm(lexicon) -> None:
    # Set 614, statement 10 (DeRosa et al., J Am Osteopath Assoc 2015): "a high
    # incidence of adverse effects, particularly tamoxifen's effect on menopausal symptoms" was
    # drafted as an improvement of menopausal symptoms.
    claims = last_claims(
        lexicon,
        "The latter 2 methods have a high incidence of adverse effects, particularly tamoxifen’s "
        "effect on menopausal symptoms and danazol’s antiestrogenic effect on bone metabolism",
    )
    symptom = {c[:4] for c in claims if c[2] == "outcome:menopausal-symptom"}
    assert symptom == {("SafetyClaim", "-", "outcome:menopausal-symptom", "AssociatedWith")}, claims
    # Control: a benefit that is frequent is still a benefit.
    claims = last_claims(lexicon, "Rituximab had a high incidence of complete remission")
    assert (
        "EfficacyClaim",
        "intervention:rituximab",
        "outcome:complete-remission",
        "Improves",
    ) in {c[:4] for c in claims}, claims


def test_a_case_that_was_successfully_treated_names_its_treatment(lexicon) -> None:
    # Set 611, statement 8 (Ch'en and Song, JAAD Case Rep 2022): "a case of LPP that
    # was successfully treated with dupilumab therapy" drafted nothing: the relative clause was
    # read as about something other than the treatment named after it.
    definition = "Patients had lichen planus pemphigoides (LPP)"
    claims = last_claims(
        lexicon,
        definition,
        "Herein, we report a case of LPP that was successfully treated with dupilumab therapy",
    )
    assert {c[1:] for c in claims} == {
        ("intervention:dupilumab", "disease:lichen-planus-pemphigoides", "Improves", False)
    }, claims
    # "who was", and a disease the ontology lacks after "a case of".
    claims = last_claims(
        lexicon,
        definition,
        "We describe a patient with LPP who was successfully treated with dupilumab",
    )
    assert ("intervention:dupilumab", "disease:lichen-planus-pemphigoides", "Improves") in {
        c[1:4] for c in claims
    }, claims
    claims = last_claims(
        lexicon, "A case of bullous pemphigoid was successfully treated with rituximab"
    )
    assert ("intervention:rituximab", "disease:bullous-pemphigoid", "Improves") in {
        c[1:4] for c in claims
    }, claims
    # Controls: who the patients were is no result, and a relative clause about another
    # treatment is not the subject's.
    claims = last_claims(
        lexicon,
        "Children with severe aplastic anaemia who were treated with eltrombopag were excluded",
    )
    assert not [c for c in claims if c[0] == "EfficacyClaim"], claims


def test_without_experiencing_any_side_effects_denies_the_harm(lexicon) -> None:
    # Set 612, statement 16 (Konstantinou and Voukelatou, Front Allergy 2023): "He
    # continued benralizumab ... for 12 months without experiencing any side effects" drafted
    # nothing.
    claims = last_claims(
        lexicon,
        "He continued benralizumab 30 mg Q4-weeks for 12 months without experiencing any side "
        "effects",
    )
    assert {c[:5] for c in claims} == {
        ("SafetyClaim", "intervention:benralizumab", "outcome:side-effect", "AssociatedWith", True)
    }, claims
    # Control: the result beside it is kept, and is not denied.
    claims = last_claims(
        lexicon, "Rituximab improved quality of life without any serious adverse events"
    )
    assert (
        "EfficacyClaim",
        "intervention:rituximab",
        "outcome:quality-of-life",
        "Improves",
        False,
    ) in {c[:5] for c in claims}, claims
    assert ("SafetyClaim", "intervention:rituximab", "AssociatedWith", True) in {
        (c[0], c[1], c[3], c[4]) for c in claims
    }, claims


def test_a_treatment_listed_after_a_harm_is_no_harm(lexicon) -> None:
    # Set 444, statement 11 (Yamazaki et al.), once harms denied by "without" were read: in
    # "without severe adverse events, and steroids and immunosuppressive medicines could be
    # tapered" the steroids were listed as a harm denied.
    claims = last_claims(
        lexicon,
        "Except for one case of herpes simplex meningitis, the other cases, including ours, had "
        "improved disease activity without severe adverse events, and steroids and "
        "immunosuppressive medicines could be tapered",
    )
    harms = {c[2] for c in claims if c[0] == "SafetyClaim"}
    assert harms == {"outcome:severe-adverse-event"}, claims
    # Control: the other items of a list of harms are still harms.
    claims = last_claims(
        lexicon, "Rituximab was associated with infusion reactions, neutropenia and infections"
    )
    assert {"outcome:infusion-reaction", "outcome:neutropenia", "outcome:infection"} <= {
        c[2] for c in claims if c[0] == "SafetyClaim"
    }, claims


def test_a_diet_given_as_a_treatment_is_an_intervention(lexicon) -> None:
    # Set 623, statement 11 (Daneshpazhooh et al., Adv Biomed Res 2022): "The ketogenic diet
    # (KD), a well-established treatment for childhood epilepsy has been increasingly used for
    # the management of obesity and diabetes mellitus" left its use's intervention unresolved.
    claims = last_claims(
        lexicon,
        "The ketogenic diet (KD), a well-established treatment for childhood epilepsy has been "
        "increasingly used for the management of obesity and diabetes mellitus",
    )
    assert ("EvidenceOfUseClaim", "intervention:ketogenic-diet", "disease:diabetes-mellitus") in {
        c[:3] for c in claims
    }, claims
    # Control: diets in the plural name no one treatment.
    claims = last_claims(lexicon, "Various diets have been used for the management of obesity")
    assert not [c for c in claims if c[1] != "-"], claims


def test_a_disease_that_improved_with_a_treatment_is_helped_by_it(lexicon) -> None:
    # Set 625, statement 13 (Washington et al., J Drugs Dermatol 2022): "two patients with
    # refractory PTM that improved following treatment with teprotumumab" drafted no benefit
    # for PTM: what improved "with" or "after" a treatment was read only as an outcome, and
    # the relative clause as about something other than the treatment.
    claims = last_claims(
        lexicon,
        # Statements 4 and 12 of the set: the abbreviation, and the disease of patients.
        "Pretibial myxedema (PTM) is an uncommon dermopathy associated with autoimmune thyroid "
        "diseases",
        "Effective treatments for patients with PTM are lacking",
        "We present two patients with refractory PTM that improved following treatment with "
        "teprotumumab, an IGF-1 receptor inhibitor approved for use in TAO",
    )
    assert (
        "EfficacyClaim",
        "intervention:teprotumumab",
        "disease:pretibial-myxedema",
        "Improves",
        False,
    ) in claims, claims
    claims = last_claims(lexicon, "Multiple sclerosis improved significantly with rituximab")
    assert {c[:4] for c in claims} == {
        ("EfficacyClaim", "intervention:rituximab", "disease:multiple-sclerosis", "Improves")
    }, claims
    # Controls: an outcome that improved with a treatment is still the outcome, and a disease
    # that only says who the patients were is not what improved.
    claims = last_claims(lexicon, "Proteinuria decreased with rituximab")
    assert {c[1:4] for c in claims} == {
        ("intervention:rituximab", "outcome:proteinuria", "Reduces")
    }, claims
    claims = last_claims(
        lexicon, "Patients with multiple sclerosis showed fatigue that improved with rituximab"
    )
    assert not [c for c in claims if c[2] == "disease:multiple-sclerosis"], claims


def test_recommending_considering_a_treatment_recommends_the_treatment(lexicon) -> None:
    # Set 634, statement 24 (Alsantali et al., Clin Case Rep 2023): "We recommend considering
    # treatment with biologics ..." was drafted as a recommendation of "considering treatment"
    # (the document's title names the disease FD stands for).
    _, tuples = drafted(
        lexicon,
        "We recommend considering treatment with biologics to preserve and stabilize the "
        "ongoing inflammatory process in moderate to severe FD",
        part="Folliculitis decalvans: treatments\nFrom the Research",
    )
    assert tuples, tuples
    assert not [t for t in tuples if "considering" in t[2]], tuples
    # Controls: what is recommended is still named after "considering" or "using".
    for wording in ("considering treatment with", "using"):
        claims = last_claims(lexicon, f"We recommend {wording} rituximab in severe pemphigus")
        assert {c[:4] for c in claims} == {
            ("RecommendationClaim", "intervention:rituximab", "disease:pemphigus", "InFavour")
        }, claims
