"""Misattributions and wrong drafts of sets 37-39 (run once as held-out sets, development documents
now), each fixed by a general rule and tested on the published sentences that showed it, with a
control.

Sentences quoted from publications:

- Deng D, Zhang P, Guo Y, Lim TO. A randomised double-blind, placebo-controlled trial of
  allogeneic umbilical cord-derived mesenchymal stem cell for lupus nephritis. Ann Rheum Dis.
  2017;76(8):1436-1439. doi:10.1136/annrheumdis-2017-211073.
- Leung PSC et al. Stem Cell Therapy in the Treatment of Rheumatic Diseases and Application in the
  Treatment of Systemic Lupus Erythematosus. 2016. doi:10.1007/978-3-319-42252-7_9.
- Mariottini A et al. Hematopoietic Stem Cell Transplantation for the Treatment of Autoimmune
  Neurological Diseases: An Update. Bioengineering. 2023;10(2):176.
  doi:10.3390/bioengineering10020176.
"""

from __future__ import annotations

from ingest_testing import drafted

HUC_MSC = (
    "Human umbilical cord-derived mesenchymal stem cells (hUC-MSC) were given to patients with "
    "lupus nephritis"
)
SIMILAR = "A similar proportion of patients on hUC-MSC and placebo achieved complete remission"


def test_a_similar_proportion_on_treatment_and_placebo_is_a_null_result(lexicon) -> None:
    # Set 38: drafted as complete remission improved, not negated.
    _, tuples = drafted(lexicon, HUC_MSC, SIMILAR)
    second = [t for t in tuples if t[0] == 2 and t[3] == "outcome:complete-remission"]
    assert second and all(t[5] for t in second), tuples


def test_a_higher_proportion_is_still_a_benefit(lexicon) -> None:
    # Control: a difference between the arms is a result, not a null one.
    _, tuples = drafted(
        lexicon,
        HUC_MSC,
        "A higher proportion of patients on hUC-MSC than on placebo achieved complete remission",
    )
    second = [t for t in tuples if t[0] == 2 and t[3] == "outcome:complete-remission"]
    assert second and not any(t[5] for t in second), tuples


EXPLORED = (
    "Over the last two decades, haematopoietic stem cell transplantation (HSCT) has been explored "
    "as a potential therapeutic strategy for autoimmune diseases refractory to conventional "
    "treatments, including neurological disorders"
)


def test_explored_as_a_potential_strategy_is_under_investigation(lexicon) -> None:
    # Set 39: drafted as "HSCT improves autoimmune disease" and "... neurological disorder".
    _, tuples = drafted(lexicon, EXPLORED)
    assert not [t for t in tuples if t[1] == "EfficacyClaim"], tuples
    assert ("StatusClaim", "intervention:hsct", "disease:autoimmune-disease") in {
        t[1:4] for t in tuples
    }, tuples


def test_a_potential_strategy_is_still_an_option_for_the_disease(lexicon) -> None:
    # Control: without "explored as", the same words state an option for the disease.
    _, tuples = drafted(
        lexicon,
        "Haematopoietic stem cell transplantation (HSCT) is a potential therapeutic strategy for "
        "autoimmune diseases refractory to conventional treatments",
    )
    assert ("EfficacyClaim", "intervention:hsct", "disease:autoimmune-disease") in {
        t[1:4] for t in tuples
    }, tuples


ENSURE = (
    "Further research on stem cell biology is required to ensure that therapeutic safety and "
    "efficacy, as observed in animal models, can be successfully translated in clinical trials"
)


def test_a_word_known_only_as_a_verb_is_no_step(lexicon) -> None:
    # Set 38: "ensure" was proposed as a procedure step.
    draft, tuples = drafted(lexicon, ENSURE)
    assert not [p for p in draft.proposals if p.entry.label == "ensure"]
    assert not [t for t in tuples if t[1] == "ProcedureStepClaim"], tuples


def test_a_step_named_by_a_noun_is_still_proposed(lexicon) -> None:
    # Control: "requires leukapheresis" names a step the ontology lacks.
    draft, _ = drafted(lexicon, "Autologous HSCT requires leukapheresis")
    assert [p for p in draft.proposals if p.entry.label == "leukapheresis"], draft.proposals
