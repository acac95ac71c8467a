"""A misattribution and an abbreviation no rule read on sets 43-45 (run once as held-out sets,
development documents now), each fixed by a general rule and tested on the published sentences
that showed it, with a control.

Sentences quoted from publications:

- Penn Medicine news release on chimeric autoantibody receptor T cells in MuSK myasthenia
  gravis, January 2023.
- Wang X et al. Intravenous infusion umbilical cord-derived mesenchymal stem cell in primary
  immune thrombocytopenia: A two-year follow-up. Exp Ther Med. 2017;13(5):2255-2258.
  doi:10.3892/etm.2017.4229.
"""

from __future__ import annotations

from ingest_testing import drafted

from kg.ingest.link import find_definitions

VULNERABLE = (
    "Medications that chronically suppress the immune system leave the body vulnerable to a host "
    "of infections, and prolonged steroid use can lead to weight gain, diabetes, and even bone "
    "thinning"
)


def test_vulnerable_to_infections_is_a_raised_risk(lexicon) -> None:
    # Set 43: drafted as "infection reduced", from the "suppress" of the relative clause.
    _, tuples = drafted(lexicon, VULNERABLE)
    infection = [t for t in tuples if t[3] == "outcome:infection"]
    assert infection and all(t[1] == "SafetyClaim" for t in infection), tuples
    assert ("SafetyClaim", "outcome:infection", "Increases", False) in {
        (t[1], t[3], t[4], t[5]) for t in infection
    }, tuples


def test_a_reduction_of_infections_is_still_a_benefit(lexicon) -> None:
    # Control: without "vulnerable to", fewer infections is what the treatment reduced.
    _, tuples = drafted(lexicon, "AHSCT reduced infections in most patients")
    assert ("EfficacyClaim", "outcome:infection", "Reduces") in {
        (t[1], t[3], t[4]) for t in tuples
    }, tuples


HUC = (
    "Four patients with chronic refractory immune thrombocytopenic purpura (ITP) received human "
    "umbilical cord-derived mesenchymal stem cells (hUC-MSCs)"
)


def test_an_abbreviation_opening_with_one_small_letter_is_defined() -> None:
    # Set 45: "(hUC-MSCs)" was not read as a definition, so "hUC-MSC" later named nothing.
    found = {d.abbreviation: d.long_form for d in find_definitions(HUC)}
    assert found["hUC-MSCs"] == "human umbilical cord-derived mesenchymal stem cells"


def test_the_defined_cells_are_named_by_their_abbreviation_later(lexicon) -> None:
    draft, _ = drafted(lexicon, HUC, "hUC-MSCs were safe in chronic refractory ITP")
    second = {m.text: m.entry.label for m in draft.statements[1].mentions}
    assert second.get("hUC-MSCs") == "human umbilical cord-derived mesenchymal stem cell", second


def test_a_bracketed_small_word_is_no_abbreviation() -> None:
    # Control: a bracket that holds lower-case words, or a count, defines nothing.
    assert find_definitions("in patients with lupus (n = 12) and nephritis (eGFR low)") == []
