"""Wrong drafts of sets 25 and 27 (run once as held-out sets, development documents now), each
fixed by a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from publications:

- Wang W, Wang R, Li C. Hematopoietic stem cell translation for relapse of psoriasis.
  Systematic review. Arch Dermatol Res. 2025;317(1):740. doi:10.1007/s00403-025-04191-1.
- Kaffenberger BH et al. Remission of psoriasis after allogeneic, but not autologous,
  hematopoietic stem-cell transplantation. J Am Acad Dermatol. 2013;68(3):489-492.
  doi:10.1016/j.jaad.2012.08.021.
- Arvaniti P et al. Second- and third-line treatment agents in autoimmune hepatitis (AIH): Where
  do we stand? Explor Dig Dis. 2024;3:92-106. doi:10.37349/edd.2024.00042.
"""

from __future__ import annotations

from ingest_testing import drafted

HSCT = "Hematopoietic stem cell transplantation (HSCT) has been used in patients with psoriasis"
WANG = (
    "Several clinical cases have found that psoriasis in patients with hematological tumor was "
    "effectively controlled after HSCT and did not have experienced recurrence during follow-up"
)
AZA = "Azathioprine (AZA) is used in autoimmune hepatitis"
ARVANITI = (
    "However, response rates to standard treatment vary widely as approximately 10–25% of cases "
    "develop intolerance, insufficient response, or rarely non-response to AZA"
)


def test_no_recurrence_is_a_harm_denied_not_an_improvement_denied(lexicon) -> None:
    # Drafted as "HSCT does NOT improve recurrence": the sentence denies a harm.
    _, tuples = drafted(lexicon, HSCT, WANG)
    assert (
        2,
        "SafetyClaim",
        "intervention:hsct",
        "outcome:recurrence",
        "AssociatedWith",
        True,
    ) in (tuples)
    assert not any(t[3] == "outcome:recurrence" and t[4] == "Improves" for t in tuples), tuples


def test_a_recurrence_developed_is_a_harm(lexicon) -> None:
    # The same rule, asserted: "5 of 6 developed a recurrence" (Kaffenberger, after autologous
    # HSCT) reports a harm, never an improvement.
    _, tuples = drafted(
        lexicon, HSCT, "Of these, 5 of 6 developed a recurrence of their psoriasis within 2 years"
    )
    # The statement names no intervention, so the harm is drafted with the slot left open.
    assert {(t[1], t[4]) for t in tuples if t[3] == "outcome:recurrence"} == {
        ("SafetyClaim", "AssociatedWith")
    }, tuples


def test_a_reduction_of_relapse_keeps_its_direction(lexicon) -> None:
    # Control: a cue that says which way the harm went is left alone.
    _, tuples = drafted(lexicon, HSCT, "HSCT reduced relapse in patients with psoriasis")
    assert (2, "EfficacyClaim", "intervention:hsct", "outcome:relapse", "Reduces", False) in tuples


def test_rates_of_response_to_a_treatment_are_no_intervention(lexicon) -> None:
    # "response rates to standard treatment" was proposed as an intervention that "varies".
    draft, tuples = drafted(lexicon, AZA, ARVANITI)
    assert not any("response-rate" in t[2] for t in tuples), tuples
    assert not any(
        p.entry.kind == "intervention" and "response" in p.entry.label for p in draft.proposals
    ), draft.proposals


def test_how_often_is_not_part_of_an_outcome(lexicon) -> None:
    # "or rarely non-response" proposed "rarely non-response"; the outcome is non-response.
    _, tuples = drafted(lexicon, AZA, ARVANITI)
    objects = {t[3] for t in tuples if t[0] == 2}
    assert "outcome:rarely-non-response" not in objects
    assert {"outcome:non-response", "outcome:insufficient-response"} <= objects  # control


NAIK = (
    "Stem cell therapy, including regulatory T-cells, hematopoietic stem cell transplantation, "
    "and mesenchymal stromal cells, has been used in patients with recalcitrant psoriasis"
)
KAFFENBERGER_EMERGED = (
    "Hematopoietic stem-cell transplantation (HSCT) has emerged as an effective immunotherapy "
    "for several severe autoimmune diseases"
)
KAFFENBERGER_CURATIVE = (
    "Allogeneic HSCT is potentially curative for autoimmune diseases, but is associated with "
    "higher rates of transplantation-related mortality than autologous HSCT"
)


def test_an_effective_immunotherapy_for_a_disease_is_a_benefit(lexicon) -> None:
    _, tuples = drafted(lexicon, KAFFENBERGER_EMERGED)
    assert (
        1,
        "EfficacyClaim",
        "intervention:hsct",
        "disease:autoimmune-disease",
        "Improves",
        False,
    ) in tuples


def test_potentially_curative_is_a_benefit_that_keeps_its_hedge(lexicon) -> None:
    draft, tuples = drafted(lexicon, KAFFENBERGER_EMERGED, KAFFENBERGER_CURATIVE)
    cured = [c for c in draft.statements[1].claims if str(c.predicate).endswith("effectiveFor")]
    assert cured and {c.strength for c in cured} == {"Possible"}, draft.statements[1].claims
    assert {t[2] for t in tuples if t[0] == 2 and t[3] == "disease:autoimmune-disease"} == {
        "intervention:allogeneic-hsct"
    }


def test_recalcitrant_qualifies_the_patients_not_the_disease(lexicon) -> None:
    # "recalcitrant psoriasis" was proposed as a disease of its own; like "refractory", the
    # word says which patients, and the disease is psoriasis.
    _, tuples = drafted(lexicon, NAIK)
    assert "disease:psoriasis" in {t[3] for t in tuples}
    assert not any("recalcitrant" in t[3] for t in tuples), tuples
