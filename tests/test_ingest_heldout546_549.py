"""Errors of sets 546-549 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import drafted, last_claims

# Set 546, statement 15 (Padmanabhan et al., Chest 2017): makes "anticoagulant" known.
ALTERNATIVE_ANTICOAGULANTS = (
    "Use of alternative anticoagulants in this setting may increase bleeding risks, especially "
    "in patients who have a protracted disease course"
)


def test_a_defined_long_form_is_not_its_last_word(lexicon) -> None:
    # Set 546, statement 12 (Warkentin et al., Blood 2017): with "anticoagulant" known, "Direct
    # oral anticoagulants (DOACs)" was drafted as anticoagulants, a broader class than the
    # sentence names.
    claims = last_claims(
        lexicon,
        ALTERNATIVE_ANTICOAGULANTS,
        "Direct oral anticoagulants (DOACs) are attractive options for treatment of "
        "heparin-induced thrombocytopenia (HIT)",
    )
    assert {c[1] for c in claims} == {"intervention:direct-oral-anticoagulant"}, claims
    # Control: the class named alone is still the class.
    claims = last_claims(
        lexicon,
        ALTERNATIVE_ANTICOAGULANTS,
        "Anticoagulants are attractive options for treatment of heparin-induced "
        "thrombocytopenia (HIT)",
    )
    assert {c[1] for c in claims} == {"intervention:anticoagulant"}, claims


def test_symptoms_are_outcomes(lexicon) -> None:
    # Set 548, statement 19 (Qureshi et al., J Am Acad Dermatol): "reduces pruritus and
    # appearance of lesions" was drafted as nothing: neither symptom could be an outcome.
    claims = last_claims(
        lexicon,
        "Dupilumab reduces pruritus and appearance of lesions and is associated with the fewest "
        "number of side effects",
    )
    assert ("intervention:dupilumab", "outcome:pruritus", "Reduces") in {
        (c[1], c[2], c[3]) for c in claims
    }, claims
    # Control: a person is still no outcome.
    assert not last_claims(lexicon, "Dupilumab improved the neurologist")


def test_a_latin_disease_name_and_approved_as(lexicon) -> None:
    # Set 548, statement 5 (Yosipovitch et al., Nat Med 2023), after a definition written for
    # the test: "prurigo nodularis" was no disease name, and "approved as the first systemic
    # therapy indicated in" no approval.
    claims = last_claims(
        lexicon,
        "Prurigo nodularis (PN) is a chronic skin disease",
        "Recently, dupilumab was approved as the first systemic therapy indicated in PN",
    )
    assert {(c[0], c[1], c[2]) for c in claims} == {
        ("StatusClaim", "intervention:dupilumab", "disease:prurigo-nodularis")
    }, claims
    # Control: a plain word closed by the same letters names no disease.
    claims = last_claims(lexicon, "Dupilumab was approved for the data")
    assert not claims, claims


def test_an_undefined_abbreviation_spells_a_disease_the_document_names(lexicon) -> None:
    # Set 547, statements 16 and 2 (Manti et al., Eur Respir Rev 2022; Agarwal et al., Eur
    # Respir J 2024): "ABPA" is never defined in the document, which names allergic
    # bronchopulmonary aspergillosis in full; the recommendation was drafted for no disease.
    named = (
        "Biologic drugs may represent a therapeutic option in allergic bronchopulmonary "
        "aspergillosis"
    )
    claims = last_claims(
        lexicon,
        named,
        "We recommend oral prednisolone or itraconazole monotherapy for treating acute ABPA "
        "(newly diagnosed or exacerbation), with prednisolone and itraconazole combination only "
        "for treating recurrent ABPA exacerbations",
    )
    assert (
        "RecommendationClaim",
        "intervention:prednisolone",
        "disease:allergic-bronchopulmonary-aspergillosis",
    ) in {c[:3] for c in claims}, claims
    # Control: an abbreviation two named diseases could spell is left unknown.
    claims = last_claims(
        lexicon,
        named,
        "Rituximab may represent a therapeutic option in acute bronchopulmonary aspergillosis",
        "Omalizumab improved ABPA",
    )
    assert not claims, claims
    # Control: a name cut short at a preposition ("conditions in") is spelled by no
    # abbreviation (set 142: "CI", never defined, is a confidence interval).
    _, tuples = drafted(
        lexicon,
        "Mesenchymal stem cells have never been evaluated in real-life conditions in France",
        "The pooled rate was 68.1% at month 6 (95% CI 63.4-72.7)",
    )
    assert not any("conditions" in t[3] for t in tuples), tuples
    # Nor do words of a sentence: set 310's "CAR", never defined alone, is no "cancer for a".
    claims = last_claims(
        lexicon,
        "Chimeric Antigen Receptor T cell (CAR T) therapy has attracted attention in recent years "
        "for its ability to send difficult-to-treat blood cancers into remission—even curing "
        "cancer for a minority",
    )
    assert not any("cancer-for" in c[2] for c in claims), claims


def test_caused_by_names_the_cause_of_the_harm_not_the_treatment(lexicon) -> None:
    # Set 546, statement 4 (Lewis et al., Circulation 2001): "reduced new thrombosis and death
    # caused by thrombosis" was also drafted as argatroban associated with thrombosis, the
    # opposite of the sentence.
    claims = last_claims(
        lexicon,
        "Argatroban therapy, relative to control subjects, also significantly reduced new "
        "thrombosis and death caused by thrombosis (P<0.05)",
    )
    assert claims and not any(c[0] == "SafetyClaim" for c in claims), claims
    # Control: what a treatment caused is still its harm.
    claims = last_claims(lexicon, "Rituximab caused infections")
    assert {(c[0], c[2]) for c in claims} == {("SafetyClaim", "outcome:infection")}, claims


def test_a_disease_before_prophylaxis_is_not_denied(lexicon) -> None:
    # Set 326, statement 5 (read again for this run: GVHD became known to it): "should be
    # considered a new therapeutic option with low toxicity for GVHD prophylaxis" was drafted
    # as a recommendation denied, ConText reading "prophylaxis" as a clinical note's denial.
    claims = last_claims(
        lexicon,
        "Graft-versus-host disease (GVHD) follows transplantation",  # written for the test
        "Orca-T met the primary endpoint of improved survival free from cGVHD compared to "
        "Tac/MTX prophylaxis and should be considered a new therapeutic option with low "
        "toxicity for GVHD prophylaxis",
    )
    recommended = {c for c in claims if c[0] == "RecommendationClaim"}
    assert recommended and not any(c[4] for c in recommended), claims
    # Control: a recommendation denied is still denied.
    claims = last_claims(lexicon, "Rituximab is not recommended for graft-versus-host disease")
    assert claims and all(c[4] for c in claims), claims
