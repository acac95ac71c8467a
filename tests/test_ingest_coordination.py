"""Errors of sets 22 and 23 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from publications:

- Konitsioti AM et al. Chimeric antigen receptor T-cell therapy for autoimmune diseases of the
  central nervous system: a systematic literature review. J Neurol. 2024;271(10):6526-6542.
  doi:10.1007/s00415-024-12642-4.
- Passweg JR et al. Haematopoietic stem cell transplantation for refractory autoimmune
  cytopenia. Br J Haematol. 2004;(6):749-755.
- Rabusin M et al. Long-Term Outcomes of Hematopoietic Stem Cell Transplantation for Severe
  Treatment-Resistant Autoimmune Cytopenia in Children. 2013.
"""

from __future__ import annotations

from ingest_testing import drafted

DEFINES = (
    "This study describes the outcome of patients receiving haematopoietic stem cell "
    "transplantation (HSCT) to treat severe refractory autoimmune cytopenia"
)
PASSWEG = (
    "Autologous and allogeneic HSCT may induce a response in a subset of patients with "
    "autoimmune cytopenia of long duration albeit at the price of considerable toxicity"
)
RABUSIN = (
    "Based on the limited numbers of subjects in this retrospective analysis, both allogeneic "
    "and autologous HSCT may induce complete and persistent responses in approximately one-half "
    "of pediatric patients with severe refractory autoimmune cytopenia, although "
    "treatment-related toxicity is high"
)


def _interventions(tuples, position: int) -> set[str]:
    return {t[2] for t in tuples if t[0] == position}


def test_coordinated_modifiers_share_the_head_they_qualify(lexicon) -> None:
    # "Autologous and allogeneic HSCT" named only allogeneic HSCT: the first conjunct, one
    # modifier, was dropped. Each is an intervention of its own: the ontology's AHSCT, and
    # allogeneic HSCT, a narrower HSCT the ontology lacks (proposed, never plain HSCT).
    _, tuples = drafted(lexicon, DEFINES, PASSWEG)
    assert _interventions(tuples, 2) == {"intervention:ahsct", "intervention:allogeneic-hsct"}
    assert (2, "EfficacyClaim", "intervention:ahsct", "outcome:response", "Improves", False) in (
        tuples
    )


def test_a_fronted_phrase_does_not_hide_coordinated_subjects(lexicon) -> None:
    _, tuples = drafted(lexicon, DEFINES, RABUSIN)
    assert _interventions(tuples, 2) == {"intervention:ahsct", "intervention:allogeneic-hsct"}


def test_names_in_their_own_right_are_not_merged(lexicon) -> None:
    # Control: a conjunct that is a name by itself is not a modifier of the next one.
    _, tuples = drafted(
        lexicon, "Rituximab and intravenous immunoglobulin improved platelet counts"
    )
    assert not any("rituximab-intravenous" in t[2] for t in tuples), tuples


def test_coordinated_adjectives_share_the_head(lexicon) -> None:
    # "complete and persistent responses" proposed "complete" as an outcome.
    _, tuples = drafted(lexicon, DEFINES, RABUSIN)
    objects = {t[3] for t in tuples if t[0] == 2}
    assert {"outcome:complete-response", "outcome:persistent-response"} <= objects
    assert "outcome:complete" not in objects


def test_an_adverb_before_a_harm_is_not_a_shared_modifier(lexicon) -> None:
    # Control: "However, HSCT-related mortality ..." must not become "however mortality" or a
    # bare "mortality" beside the harm the sentence names.
    _, tuples = drafted(
        lexicon,
        DEFINES,
        "However, HSCT-related mortality in medically complex patients may be high",
    )
    assert {t[3] for t in tuples if t[0] == 2} == {"outcome:hsct-related-mortality"}


def test_what_the_patients_have_is_not_an_outcome(lexicon) -> None:
    # "a response in a subset of patients with autoimmune cytopenia" proposed the disease
    # the patients have as an outcome the transplant improves.
    _, tuples = drafted(lexicon, DEFINES, PASSWEG)
    objects = {t[3] for t in tuples if t[0] == 2}
    assert "outcome:autoimmune-cytopenia" not in objects
    assert "outcome:response" in objects  # control: what changed is still drafted


KONITSIOTI = (
    "CAR T-cell therapy holds promise for addressing other antibody-mediated CNS disorders, "
    "e.g., MOG-associated disease or autoimmune encephalitis"
)


def test_holding_promise_for_a_disease_is_a_hedged_benefit(lexicon) -> None:
    draft, tuples = drafted(lexicon, KONITSIOTI)
    assert {t[3] for t in tuples if t[2] == "intervention:car-t-cell-therapy"} == {
        "disease:antibody-mediated-cns-disorder",
        "disease:mog-associated-disease",
        "disease:autoimmune-encephalitis",
    }
    assert {c.strength for c in draft.statements[0].claims} == {"Promising"}


def test_promise_in_doing_something_names_no_disease(lexicon) -> None:
    # Control: what a treatment holds promise in doing is an outcome, never a disease.
    _, tuples = drafted(lexicon, "CAR T-cell therapy holds promise in inducing drug-free remission")
    assert not any(t[3].startswith("disease:") for t in tuples), tuples
