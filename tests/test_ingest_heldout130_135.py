"""Errors of sets 130-135 (run once as held-out sets, development documents now), each fixed by
a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from: the registry record of a phase IIa trial of adipose-derived mesenchymal
stem cells in cicatricial conjunctivitis (set 130, source 5); Regional grafting of autologous
adipose tissue is effective in inducing prompt healing of indolent digital ulcers in patients
with systemic sclerosis, Arthritis Res Ther (set 131, source 1). See the sets' SOURCES.md.
Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import drafted


def test_a_trial_named_by_its_aim_makes_no_claim(lexicon) -> None:
    # Set 130: "A phase IIa ... clinical trial to assess the feasibility and safety of ... ASC
    # in the treatment of cicatricial conjunctivitis associated with Lyell's syndrome,
    # Stevens-Johnson's syndrome and mucous membrane pemphigoid" gave the cells three harms:
    # the diseases the conjunctivitis is associated with.
    draft, tuples = drafted(
        lexicon,
        "A phase IIa, open label, non controlled clinical trial to assess the feasibility and "
        "safety of allogeneic adipose-derived mesenchymal stem cells (ASC) in the treatment of "
        "cicatricial conjunctivitis associated with Lyell's syndrome, Stevens-Johnson's syndrome "
        "and mucous membrane pemphigoid with ocular involvement",
    )
    assert not tuples, tuples
    assert any("set out to learn" in n for n in draft.statements[0].notes)


def test_a_trial_that_found_something_still_makes_its_claim(lexicon) -> None:
    # Control: a trial's result.
    _, tuples = drafted(
        lexicon, "A phase II clinical trial showed that AHSCT reduced relapses in patients"
    )
    assert any(t[3] == "outcome:relapse" and t[4] == "Reduces" for t in tuples), tuples


def test_effective_in_an_outcome_of_patients_says_nothing_of_their_disease(lexicon) -> None:
    # Set 131: "effective in inducing ischemic digital ulcer (IDU) healing in patients with
    # systemic sclerosis (SSc)" was drafted as a benefit for systemic sclerosis too.
    for sentence in (
        (
            "A randomized controlled trial (RCT) was performed to confirm preliminary uncontrolled "
            "data indicating that regional adipose tissue (AT) grafting (G) is effective in "
            "inducing ischemic digital ulcer (IDU) healing in patients with systemic sclerosis "
            "(SSc)"
        ),
        "AHSCT is effective in inducing remission in SSc patients",  # written for the test
    ):
        _, tuples = drafted(lexicon, sentence)
        assert not any(t[3] == "disease:systemic-sclerosis" for t in tuples), tuples


def test_effective_in_patients_with_a_disease_is_a_benefit_for_it(lexicon) -> None:
    # Control.
    for sentence in (
        "AHSCT is effective in patients with systemic sclerosis",
        "AHSCT is effective in systemic sclerosis patients",
    ):
        _, tuples = drafted(lexicon, sentence)
        assert any(t[3] == "disease:systemic-sclerosis" and t[4] == "Improves" for t in tuples), (
            tuples
        )
