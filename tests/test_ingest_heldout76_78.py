"""Errors of sets 77 and 78 (run once as held-out sets, development documents now), each fixed by
a general rule and tested on the published sentences that showed it, with a control.

Sentences quoted from: "CAR T cell therapy rescues adolescent with rapidly progressive lupus
nephritis from haemodialysis", a web article on a letter in The Lancet (see
bench/ingest_heldout77/SOURCES.md, source 2); Zhang JL et al. [Defectiveness of bone marrow
mesenchymal stem cells in acquired aplastic anemia]. Zhongguo Dang Dai Er Ke Za Zhi.
2015;17(1):100-6 (English abstract).
"""

from __future__ import annotations

from ingest_testing import drafted

REGIMEN = (
    "Due to the rapidly progressing renal dysfunction, a high-dose methylprednisolone and "
    "cyclophosphamide regimen and plasma separation was initiated, which led to a decrease in "
    "autoantibody levels"
)


def test_a_drug_named_inside_a_regimen_is_not_the_treatment(lexicon) -> None:
    # Set 77: the decrease was drafted as cyclophosphamide's, a part of the regimen given.
    _, tuples = drafted(lexicon, REGIMEN)
    assert not [t for t in tuples if t[2] == "intervention:cyclophosphamide"], tuples


def test_a_drug_named_alone_is_still_the_treatment(lexicon) -> None:
    # Control: cyclophosphamide given alone keeps its claim.
    _, tuples = drafted(lexicon, "Cyclophosphamide led to a decrease in autoantibody levels")
    assert {t[2] for t in tuples} == {"intervention:cyclophosphamide"}, tuples


DEFECTIVE = (
    "An increasingly number of laboratory statistics has demonstrated that the defectiveness of "
    "BM-MSCs is more likely to play an important role in the pathogenesis of AA, namely, the "
    "apparently different biological characteristics and gene expression profiles, the decreased "
    "ability of supporting hematopoiesis as well as self-renewal and differentiation"
)


def test_the_cells_role_in_the_disease_is_no_mechanism_of_a_treatment(lexicon) -> None:
    # Set 78: what defective marrow MSCs do in the pathogenesis of aplastic anaemia was drafted
    # as five mechanisms of the cells as a treatment.
    _, tuples = drafted(
        lexicon, "Bone marrow mesenchymal stem cells (BM-MSCs) support haematopoiesis", DEFECTIVE
    )
    assert not [t for t in tuples if t[0] == 2], tuples


def test_a_role_in_repair_is_still_a_mechanism(lexicon) -> None:
    # Control: the cells' role in what they do as a treatment is read.
    _, tuples = drafted(
        lexicon,
        "Bone marrow mesenchymal stem cells (BM-MSCs) support haematopoiesis",
        "BM-MSCs play an important role in endogenous tissue repair",
    )
    assert [t for t in tuples if t[0] == 2 and t[1] == "MechanismClaim"], tuples
