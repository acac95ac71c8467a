"""Errors of sets 181-183 (run once as held-out sets, development documents now), each fixed by
a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from: Effects of human umbilical cord blood mononuclear cells on
ovalbumin-induced asthma in mice. J Thorac Dis (set 182, source 2); Safety and Feasibility
Study of Intranasal Mesenchymal Trophic Factor (MTF) for Treatment of Asthma, ClinicalTrials.gov
NCT02192736 (set 182, source 3). See the set's SOURCES.md. Sentences without a source are
written for the test.
"""

from __future__ import annotations

from ingest_testing import drafted

UC_MSC = "Umbilical cord tissue-derived mesenchymal stem cells (UC-MSC) reduce inflammation"


def test_trophic_factors_from_cells_are_not_the_cells(lexicon) -> None:
    # Set 182: "Allogeneic mesenchymal trophic factors (MTF) from human umbilical cord
    # tissue-derived mesenchymal stem cells (UC-MSC) administered intra-nasally ... is a safe
    # and useful procedure for inducing improvements in pulmonary function" was drafted as a
    # claim of the cells.
    _, tuples = drafted(
        lexicon,
        UC_MSC,  # written for the test
        "Allogeneic mesenchymal trophic factors (MTF) from human umbilical cord tissue-derived "
        "mesenchymal stem cells (UC-MSC) administered intra-nasally to 20 patients is a safe "
        "and useful procedure for inducing improvements in pulmonary function and quality of "
        "life in patients with asthma",
    )
    cells = {t[2] for t in tuples if t[0] == 1}
    assert cells and not any(t[0] == 2 and t[2] in cells for t in tuples), tuples


def test_the_cells_themselves_are_still_the_cells(lexicon) -> None:
    # Control.
    _, tuples = drafted(
        lexicon, UC_MSC, "UC-MSC administered intra-nasally improved pulmonary function"
    )
    assert {t[2] for t in tuples if t[0] == 2} == {t[2] for t in tuples if t[0] == 1}, tuples


def test_a_potential_solution_for_treating_a_disease_is_a_hedged_benefit(lexicon) -> None:
    # Set 182: "UCMNCs at appropriate dose may be a potential solution for treating asthma"
    # drafted nothing; once read, "treating asthma" must not be the disease's name.
    _, tuples = drafted(
        lexicon,
        "Umbilical cord blood mononuclear cells (UCMNCs) reduced airway inflammation in mice",
        "UCMNCs at appropriate dose may be a potential solution for treating asthma",
    )
    assert any(t[0] == 2 and t[3] == "disease:asthma" for t in tuples), tuples
    assert not any("treating" in t[3] for t in tuples), tuples
