"""Errors of set 106 (run once as a held-out set, a development document now) and of sets 61
and 94, each fixed by a general rule and tested on the published sentences that showed it, with
a control.

Sentences quoted from: Ni X et al. Clinical and Basic Research Progress on Treg-Induced Immune
Tolerance in Liver Transplantation (set 106, source 3); Cooley HM et al. Outcome of rheumatoid
arthritis and psoriasis following autologous stem cell transplantation (set 61, source 2); Marsh
RA et al., reduced-intensity conditioning HCT for HLH (set 94, source 1). See the sets'
SOURCES.md.
"""

from __future__ import annotations

from ingest_testing import drafted

TREGS = (
    "Regulatory T cells (Tregs) are a lymphocyte subset with intrinsic immunosuppressive properties"
)


def test_a_disease_cured_is_a_benefit_for_it(lexicon) -> None:
    # Set 106: "infusion of Tregs can also effectively prevent rejection and cure autoimmune
    # diseases without significant side effects" drafted nothing.
    _, tuples = drafted(
        lexicon,
        TREGS,
        "Tregs have been shown to play a pivotal role in the regulation of immune balance, and "
        "infusion of Tregs can also effectively prevent rejection and cure autoimmune diseases "
        "without significant side effects",
    )
    assert (
        2,
        "EfficacyClaim",
        "intervention:regulatory-t-cell",
        "disease:autoimmune-disease",
        "Improves",
        False,
    ) in tuples, tuples


def test_unlikely_to_cure_denies_the_cure(lexicon) -> None:
    # Set 61: "a single autograft with unpurged stem cells is unlikely to cure autoimmune
    # disease" is no cure.
    _, tuples = drafted(
        lexicon,
        "Our experience suggests that a single autograft with unpurged stem cells is unlikely to "
        "cure autoimmune disease, but that other strategies building on this approach are "
        "worthy of investigation",
    )
    assert tuples and all(t[5] for t in tuples if t[3] == "disease:autoimmune-disease"), tuples


def test_what_a_treatment_is_given_to_cure_is_no_result(lexicon) -> None:
    # Control (set 94): "followed by allogeneic haematopoietic cell transplantation (HCT) to cure
    # the underlying defect and prevent relapse of HLH" says what HCT is for, not that it cured.
    _, tuples = drafted(
        lexicon,
        "Haemophagocytic lymphohistiocytosis (HLH) is a life-threatening hyperinflammatory "
        "syndrome",
        "The treatment of HLH consists principally of immune suppression followed by allogeneic "
        "haematopoietic cell transplantation (HCT) to cure the underlying defect and prevent "
        "relapse of HLH",
    )
    assert not [t for t in tuples if t[3] == "disease:hemophagocytic-lymphohistiocytosis"], tuples


def test_cells_that_were_measured_are_not_the_subject(lexicon) -> None:
    # Set 107: "The percentage of regulatory T cells (Tregs) and the Treg/T helper 17 (Th17)
    # cell ratio were significantly increased 4 weeks after infusions" was drafted as a claim
    # of Tregs, the cells measured; the statement does not name what was infused.
    _, tuples = drafted(
        lexicon,
        "The percentage of regulatory T cells (Tregs) and the Treg/T helper 17 (Th17) cell ratio "
        "were significantly increased 4 weeks after infusions; in contrast, the percentage of "
        "Th17 cells showed a decreasing trend",
    )
    assert tuples and {t[2] for t in tuples} == {"-"}, tuples


def test_cells_that_were_given_are_the_subject(lexicon) -> None:
    # Control: "Regulatory T cells (Tregs) significantly reduced the Th17 cell ratio": the cells
    # are the subject.
    _, tuples = drafted(
        lexicon, "Regulatory T cells (Tregs) significantly reduced the Th17 cell ratio"
    )
    assert {t[2] for t in tuples} == {"intervention:regulatory-t-cell"}, tuples
