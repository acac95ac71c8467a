"""Errors of set 58 (run once as a held-out set, a development document now), each fixed by a
general rule and tested on the published sentences that showed it, with a control.

Sentences quoted from publications:

- Shin JW et al. Mesenchymal Stem Cells Suppress Severe Asthma by Directly Regulating Th2 Cells
  and Type 2 Innate Lymphoid Cells. Mol Cells. 2021;44(8):580-590.
  doi:10.14348/molcells.2021.0101.
- A mouse study of human adipose-derived and bone marrow-derived mesenchymal stem cells in
  experimental allergic asthma, J Korean Med Sci. 2020;35(23):e188. doi:10.3346/jkms.2020.35.e188.
"""

from __future__ import annotations

from ingest_testing import drafted

from kg.ingest.compare import names_alike

DEFINED = (
    "Both double and single human mesenchymal stem cell (hMSC) treatments significantly "
    "decreased AHR and bronchoalveolar lavage fluid counts"
)
INDUCES = (
    "However, double hMSC treatment significantly induces eosinophilic airway inflammation and "
    "lung histological changes"
)
INCREASED = (
    "However, double treatment with hMSCs during OVA -sensitization and -challenge further "
    "increased inflammatory cell infiltration, and TH2 cytokine levels"
)


def test_inflammation_a_treatment_induces_is_a_harm(lexicon) -> None:
    # Set 58: "induces eosinophilic airway inflammation" and "further increased inflammatory
    # cell infiltration" were drafted as the cells *improving* them: a harm read as a benefit.
    _, tuples = drafted(lexicon, DEFINED, INDUCES, INCREASED)
    later = [t for t in tuples if t[0] in (2, 3)]
    assert later, tuples
    assert not [t for t in later if t[4] == "Improves"], later
    assert {(t[1], t[4]) for t in later if "inflammation" in t[3] or "infiltration" in t[3]} == {
        ("SafetyClaim", "Increases")
    }, later


def test_inflammation_a_treatment_reduces_is_still_a_benefit(lexicon) -> None:
    # Control: the same outcome lowered is an efficacy claim.
    _, tuples = drafted(lexicon, DEFINED, INDUCES.replace("induces", "reduces"))
    assert ("EfficacyClaim", "Reduces") in {(t[1], t[4]) for t in tuples if t[0] == 2}, tuples


def test_an_abbreviation_inside_a_written_out_one_is_written_out() -> None:
    # Scoring (set 58): "hUC-MSC treatment", which the document defines as "human umbilical cord
    # blood-derived MSCs", was counted as another intervention than the expected
    # human-umbilical-cord-blood-derived-mesenchymal-stem-cell-treatment.
    name = names_alike(
        set(),
        {
            "huc-msc": "human-umbilical-cord-blood-derived-mscs",
            "mscs": "mesenchymal-stem-cell",
            "msc": "mesenchymal-stem-cell",
        },
    )
    expected = "intervention:human-umbilical-cord-blood-derived-mesenchymal-stem-cell-treatment"
    assert name("intervention:huc-msc-treatment") == name(expected)
    # A different intervention still differs.
    assert name("intervention:huc-msc-derived-exosome") != name(expected)
