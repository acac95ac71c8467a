"""Wrong drafts of sets 28-30 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentences that showed it, with a control.

Sentences quoted from publications:

- Farge D. Mesenchymal stromal cells in systemic sclerosis. CRC Press (Taylor & Francis).
  doi:10.1201/9781315151366-18.
- Cui J et al. Efficacy and safety of mesenchymal stem cells in the treatment of systemic
  sclerosis: a systematic review and meta-analysis. Stem Cell Res Ther. 2022;13(1):118.
  doi:10.1186/s13287-022-02786-3.
- Benham H et al. Citrullinated peptide dendritic cell immunotherapy in HLA risk
  genotype-positive rheumatoid arthritis patients. Sci Transl Med. 2015;7(290):290ra87.
  doi:10.1126/scitranslmed.aaa9301.
"""

from __future__ import annotations

from ingest_testing import drafted

from kg.ingest.context import assess

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


GLUCOCORTICOID = (
    "Glucocorticoid and immunosuppressive agents fail to shorten the course of the disease and "
    "improve prognosis, and patients might suffer adverse reactions from the drugs"
)
NO_SUPERIORITY = (
    "This study showed an improvement of hand function in both groups over time, with no "
    "superiority of the AD-SVF"
)


def _drafted_objects(tuples, position: int) -> dict[str, bool]:
    return {t[3]: t[5] for t in tuples if t[0] == position}


def test_fail_to_denies_what_follows(lexicon) -> None:
    # "agents fail to ... improve prognosis" was drafted as an improvement of prognosis.
    _, tuples = drafted(lexicon, SSC, GLUCOCORTICOID)
    assert _drafted_objects(tuples, 2).get("outcome:prognosis") is True


def test_a_change_without_superiority_over_placebo_is_denied(lexicon) -> None:
    # "an improvement of hand function in both groups, with no superiority of the AD-SVF" was
    # drafted as an improvement of hand function.
    _, tuples = drafted(lexicon, SSC, NO_SUPERIORITY)
    assert _drafted_objects(tuples, 2).get("outcome:hand-function") is True


def test_without_the_trigger_the_change_stands() -> None:
    # Control: the same sentences without "fail to" and "with no superiority".
    for text in (
        GLUCOCORTICOID.replace("fail to ", "").split(",")[0],
        NO_SUPERIORITY.split(",")[0],
    ):
        target = "prognosis" if "prognosis" in text else "hand function"
        start = text.index(target)
        (assessment,) = assess(text, ((start, start + len(target)),))
        assert not assessment.negated


RHEUMAVAX = (
    "Rheumavax was administered once intradermally at two progressive dose levels to 18 human "
    "leukocyte antigen (HLA) risk genotype–positive RA patients with citrullinated "
    "peptide–specific autoimmunity"
)
RA = "Rheumatoid arthritis (RA) is a chronic autoimmune disease"


def test_a_product_name_given_to_patients_is_evidence_of_use(lexicon) -> None:
    # A capitalised word English does not have names a product, and how and how much it was
    # given may stand between "was administered" and the patients it was given to.
    _, tuples = drafted(lexicon, RA, RHEUMAVAX)
    assert (
        2,
        "EvidenceOfUseClaim",
        "intervention:rheumavax",
        "disease:rheumatoid-arthritis",
        "-",
        False,
    ) in tuples


def test_given_to_no_patients_is_no_evidence_of_use(lexicon) -> None:
    # Control: the dose alone, given to no one the sentence names, is no use for a disease.
    _, tuples = drafted(lexicon, RA, RHEUMAVAX.split(" to 18")[0] + " in the RA clinic")
    assert not [t for t in tuples if t[0] == 2 and t[1] == "EvidenceOfUseClaim"]
