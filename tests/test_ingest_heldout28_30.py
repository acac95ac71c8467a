"""Wrong drafts of sets 28-30 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentences that showed it, with a control.

Sentences quoted from publications:

- Farge D. Mesenchymal stromal cells in systemic sclerosis. CRC Press (Taylor & Francis).
  doi:10.1201/9781315151366-18.
- Cui J et al. Efficacy and safety of mesenchymal stem cells in the treatment of systemic
  sclerosis: a systematic review and meta-analysis. Stem Cell Res Ther. 2022;13(1):118.
  doi:10.1186/s13287-022-02786-3.
"""

from __future__ import annotations

from ingest_testing import drafted

STROMAL = (
    "The mesenchymal stromal cell (MSC) has been identified as a promising choice for stem cell "
    "therapy in SSc due to its functional properties in vitro, which could address the "
    "pathological features of the disease"
)
STROMAL_RESULT = (
    "Preclinical studies using animal models of SSc have confirmed that MSCs reduce "
    "inflammation, and the degree of skin and lung fibrosis in vivo"
)
STEM = (
    "Herein, a systematic review and meta-analysis was conducted to determine the efficacy and "
    "safety of mesenchymal stem cells (MSCs) in the treatment of SSc"
)
STEM_RESULT = (
    "Overall, MSCs application was safe; a few cases exhibited swelling at the injection site, "
    "diarrhea and arthralgia, which had self-recovery, and no severe adverse events occurred in "
    "the included trials"
)
SSC = "Systemic sclerosis (SSc) is a rare chronic autoimmune disease"


def _interventions(tuples, position: int) -> set[str]:
    return {t[2] for t in tuples if t[0] == position}


def test_an_abbreviation_defined_again_means_its_latest_definition(lexicon) -> None:
    # "MSC" is defined as stromal cells by one source and as stem cells by the next: each
    # source's results were left unresolved, as if the abbreviation could mean either.
    draft, tuples = drafted(
        lexicon, SSC, STROMAL, STROMAL_RESULT, STEM, STEM_RESULT, markers=(1, 1, 1, 2, 2)
    )
    assert _interventions(tuples, 3) == {"intervention:mesenchymal-stromal-cell"}
    assert _interventions(tuples, 5) == {"intervention:mesenchymal-stem-cell"}
    assert any("read here as mesenchymal stem cell" in n for n in draft.statements[4].notes)


def test_before_its_first_definition_an_ambiguous_abbreviation_stays_unresolved(lexicon) -> None:
    # Control: used before either definition, "MSCs" could mean either: nothing is filled in.
    draft, tuples = drafted(lexicon, SSC, STROMAL_RESULT, STROMAL, STEM, markers=(1, 1, 1, 2))
    assert _interventions(tuples, 2) <= {"-"}
    assert draft.statements[1].intervention is None
    assert any("defined in this document as" in n for n in draft.statements[1].notes)
