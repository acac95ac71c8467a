"""Errors of sets 67, 69 and 71 (run once as held-out sets, development documents now), each
fixed by a general rule and tested on the published sentences that showed it, with a control.

Sentences quoted from publications:

- Koga H et al. Epidermolysis Bullosa Acquisita: The 2019 Update. Front Med. 2019.
  doi:10.3389/fmed.2018.00362.
- Bieber K et al. Regulatory T Cells Suppress Inflammation and Blistering in Pemphigoid
  Diseases. Front Immunol. 2017. doi:10.3389/fimmu.2017.01628.
- A review of regulatory T cell therapy in type 1 diabetes and lupus (development set 37, whose
  SOURCES.md cites it).
- Uchimura R et al. Adipose tissue-derived stem cells suppress coronary arteritis of Kawasaki
  disease in vivo. Pediatr Int. 2020;62(1):14-21.
- du Pré MF et al. Tolerance to ingested deamidated gliadin in mice is maintained by splenic,
  type 1 regulatory T cells. Gastroenterology. 2011;141(2). doi:10.1053/j.gastro.2011.04.048.
"""

from __future__ import annotations

from ingest_testing import drafted

RELY = (
    "Current treatment options rely on non-specific immunosuppression, which in many cases, does "
    "not lead to a remission of treatment"
)
DEPLETION = (
    "Depletion of Tregs induced excessive inflammation and blistering both clinically and "
    "histologically in two different PD mouse models"
)
GLIADIN = (
    "Despite their effector-like phenotype, gliadin-reactive T cells had regulatory functions, "
    "because transfer of the cells suppressed a gliadin-induced, delayed-type hypersensitivity "
    "response"
)


def test_a_clause_is_not_proposed_as_a_treatment(lexicon) -> None:
    # Set 67: "current treatment options rely on non-specific immunosuppression" was proposed as
    # an intervention and its claim drafted with it.
    draft, tuples = drafted(lexicon, RELY)
    assert not [p for p in draft.proposals if "rely" in p.entry.label], draft.proposals
    assert not [t for t in tuples if "rely" in t[2]], tuples


def test_how_a_result_was_seen_is_not_an_outcome(lexicon) -> None:
    # Set 67: "histologically" was proposed as an outcome the depletion increased.
    draft, tuples = drafted(lexicon, DEPLETION)
    assert "histologically" not in {p.entry.label for p in draft.proposals}
    assert "outcome:excessive-inflammation" in {t[3] for t in tuples}, tuples


def test_a_cause_joined_by_a_hyphen_is_not_the_verb(lexicon) -> None:
    # Set 69: "suppressed a gliadin-induced, delayed-type hypersensitivity response" was drafted
    # as an improvement: the "induced" of the compound was read as the verb.
    _, tuples = drafted(lexicon, GLIADIN)
    response = [t for t in tuples if "hypersensitivity" in t[3]]
    assert response and {t[4] for t in response} == {"Reduces"}, tuples


def test_an_induced_outcome_after_a_real_verb_keeps_its_direction(lexicon) -> None:
    # Control: "induced" as the verb is still read.
    _, tuples = drafted(lexicon, "AHSCT induced durable remission in most patients")
    assert ("EfficacyClaim", "intervention:ahsct", "outcome:durable-remission", "Improves") in {
        t[1:5] for t in tuples
    } or ("EfficacyClaim", "intervention:ahsct", "outcome:remission", "Improves") in {
        t[1:5] for t in tuples
    }, tuples


def test_ameliorating_a_good_raises_it(lexicon) -> None:
    # Set 67: "ameliorate the quality of life" was drafted as reducing it.
    _, tuples = drafted(
        lexicon,
        "Hence, other adjuvant therapies are mandatory to minimize the potential harm and "
        "ameliorate the quality of life",
    )
    life = [t for t in tuples if t[3] == "outcome:quality-of-life"]
    assert life and {t[4] for t in life} == {"Improves"}, tuples


def test_ameliorating_a_harm_lowers_it(lexicon) -> None:
    # Control: a symptom ameliorated is reduced.
    _, tuples = drafted(lexicon, "AHSCT ameliorated fatigue and pain")
    assert {t[4] for t in tuples if t[3] in ("outcome:fatigue", "outcome:pain")} == {"Reduces"}, (
        tuples
    )


TREGS = (
    "Regulatory T cells (Tregs) are well known for their modulatory functions in adaptive immunity"
)
CURB = (
    "Through regulation of T cell functions, Tregs have also been demonstrated to indirectly curb "
    "myeloid cell-driven inflammation"
)


def test_an_abbreviation_made_of_word_beginnings_names_its_cells(lexicon) -> None:
    # Set 67 (and sets 27, 37, 48, 63, 72): "Regulatory T cells (Tregs)" defined nothing, as
    # "Treg" is not spelt by the words' initials, so every later "Tregs" was unknown.
    _, tuples = drafted(lexicon, TREGS, CURB)
    assert ("EfficacyClaim", "intervention:regulatory-t-cell", "Reduces") in {
        (t[1], t[2], t[4]) for t in tuples if t[0] == 2
    }, tuples


def test_the_same_words_in_another_order_are_one_entity(lexicon) -> None:
    # Set 37: "T regulatory cells (Tregs)" after "Regulatory T cell (Treg)" was proposed as a
    # second entity, t-regulatory-cell.
    draft, tuples = drafted(
        lexicon,
        "Regulatory T cell (Treg) adoptive cell therapy has great potential to treat autoimmune "
        "disease",
        "Recent studies suggest that immunotherapy using T regulatory cells (Tregs) prolongs "
        "remission in type 1 diabetes (T1DM)",
    )
    names = {p.entry.label.lower() for p in draft.proposals if p.entry.kind == "intervention"}
    assert "t regulatory cell" not in names, names
    assert "intervention:t-regulatory-cell" not in {t[2] for t in tuples}, tuples


def test_what_was_taken_away_is_neither_the_treatment_nor_suggested(lexicon) -> None:
    # Set 67: "Depletion of Tregs induced excessive inflammation" was drafted as the cells
    # raising inflammation, and the cells were then suggested for the slot.
    draft, tuples = drafted(lexicon, TREGS, DEPLETION, markers=(5, 5))
    assert [t for t in tuples if t[0] == 2] and {t[2] for t in tuples if t[0] == 2} == {"-"}, tuples
    assert draft.statements[1].suggestion is None
    assert not [n for n in draft.statements[1].notes if n.startswith("suggested intervention")]


def test_the_cells_given_are_still_the_treatment(lexicon) -> None:
    # Control: the transfer of the same cells is drafted with them.
    _, tuples = drafted(lexicon, TREGS, "Transfer of Tregs reduced inflammation and blistering")
    assert {t[2] for t in tuples if t[0] == 2} == {"intervention:regulatory-t-cell"}, tuples


AIMED = (
    "The present study aimed to elucidate whether the administration of ADSCs can suppress "
    "KD\u2010associated vasculitis in vivo"
)


def test_what_a_study_aimed_to_learn_is_no_result(lexicon) -> None:
    # Set 71: the aim was drafted as ADSCs improving Kawasaki disease (from "suppress KD" of
    # "KD-associated", its hyphen a typographic one) and reducing vasculitis.
    draft, tuples = drafted(lexicon, "Kawasaki disease (KD) is a vasculitis of childhood", AIMED)
    assert not [t for t in tuples if t[0] == 2], tuples
    assert any("set out to learn" in n for n in draft.statements[1].notes)


def test_a_disease_named_inside_a_compound_is_not_the_object(lexicon) -> None:
    # The same words as a result: the vasculitis is reduced, Kawasaki disease is not "improved"
    # by a verb whose object is "KD-associated vasculitis".
    _, tuples = drafted(
        lexicon,
        "Kawasaki disease (KD) is a vasculitis of childhood",
        "Rituximab suppressed KD\u2010associated vasculitis in vivo",
    )
    later = [t for t in tuples if t[0] == 2]
    assert later and not [t for t in later if t[3].startswith("disease:")], tuples
