"""Misattributions of sets 49 and 54 (run once as held-out sets, development documents now), each
fixed by a general rule and tested on the published sentences that showed it, with a control.

Sentences quoted from publications:

- Barzaghi F et al. Long-term follow-up of IPEX syndrome patients after different therapeutic
  strategies: an international multicenter retrospective study. J Allergy Clin Immunol.
  2018;141(3):1036-1049.e5. doi:10.1016/j.jaci.2017.10.041.
- Submyeloablative cord blood transplant corrects ... Meeting abstract, Blood. 108(11):5414.
"""

from __future__ import annotations

from ingest_testing import drafted

INDEPENDENT = (
    "When performed in patients with a low OI score, HSCT resulted in disease resolution with "
    "better quality of life, independent of age, donor source, or conditioning regimen"
)


def test_what_a_result_is_independent_of_is_no_outcome(lexicon) -> None:
    # Set 49: "independent of age", "donor source" and "conditioning regimen" were drafted as
    # outcomes HSCT improves.
    draft, tuples = drafted(lexicon, INDEPENDENT)
    objects = {t[3] for t in tuples}
    assert "outcome:quality-of-life" in objects, tuples
    assert not [o for o in objects if "age" in o or "donor" in o or "regimen" in o], tuples
    labels = [p.entry.label for p in draft.proposals]
    assert not [label for label in labels if "age" in label or "regimen" in label], labels


def test_a_list_of_outcomes_after_a_result_is_still_read(lexicon) -> None:
    # Control: the same list without "independent of" is a list of outcomes.
    _, tuples = drafted(lexicon, "HSCT resulted in better quality of life and less fatigue")
    assert "outcome:quality-of-life" in {t[3] for t in tuples}, tuples


THIS_DISORDER = (
    "Allogeneic stem cell transplant (SCT) can be curative for this disorder, but pre-transplant "
    "disease-related complications may preclude a full myeloablative conditioning regimen"
)


def test_this_disorder_names_no_disease(lexicon) -> None:
    # Set 49: "disorder" was proposed as a disease the transplant improves.
    draft, tuples = drafted(lexicon, THIS_DISORDER)
    assert not [
        p for p in draft.proposals if p.entry.label.lower() in ("disorder", "this disorder")
    ]
    assert "disease:disorder" not in {t[3] for t in tuples}, tuples


def test_a_named_disorder_is_still_a_disease(lexicon) -> None:
    # Control: a disorder with its own name is proposed.
    draft, _ = drafted(lexicon, "Allogeneic stem cell transplant can be curative for IPEX syndrome")
    assert "IPEX syndrome" in [p.entry.label for p in draft.proposals], draft.proposals


# Transplanted mesenchymal stem cells accelerate glomerular healing in experimental
# glomerulonephritis (abstract; held-out set 54, run once, a development document now).
REDUCTION = (
    "Again, MSC led to more rapid recovery from mesangiolysis, increased glomerular cell "
    "proliferation, and reduction of proteinuria by 28%"
)


def test_a_listed_reduction_keeps_its_direction(lexicon) -> None:
    # Set 54: drafted as "MSC improves proteinuria", the opposite of the sentence.
    _, tuples = drafted(
        lexicon, "Mesenchymal stem cells (MSC) reduced proteinuria in rats", REDUCTION
    )
    proteinuria = {t[4] for t in tuples if t[0] == 2 and t[3] == "outcome:proteinuria"}
    assert proteinuria == {"Reduces"}, tuples


def test_a_listed_improvement_still_improves(lexicon) -> None:
    # Control: an item without its own falling word takes the cue's direction.
    _, tuples = drafted(lexicon, "AHSCT led to a remission and improved quality of life")
    assert ("outcome:quality-of-life", "Improves") in {(t[3], t[4]) for t in tuples}, tuples
