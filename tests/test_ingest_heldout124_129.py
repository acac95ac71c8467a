"""Errors of sets 124-129 (run once as held-out sets, development documents now), each fixed by
a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from: Nadig SN et al. In vivo prevention of transplant arteriosclerosis by ex
vivo-expanded human regulatory T cells. Nat Med. 2010;16:809 (set 126, source 3); Fathollahi A
et al. Intranasal administration of small extracellular vesicles derived from mesenchymal stem
cells ameliorated the experimental autoimmune encephalomyelitis (set 128, source 3); Culture
medium from TNF-alpha-stimulated mesenchymal stem cells attenuates allergic conjunctivitis
through multiple antiallergic mechanisms (set 129, source 2). See the sets' SOURCES.md. Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import drafted

TA = "Transplant arteriosclerosis (TA) is the leading cause of late graft loss"  # for the test


def test_a_frame_with_an_interjection_before_that_is_not_the_subject(lexicon) -> None:
    # Set 126: "Our results demonstrate, for the first time, that human Treg cells can inhibit
    # TA" left the intervention to the curator: the frame was read as the subject.
    draft, _ = drafted(
        lexicon,
        TA,
        "Our results demonstrate, for the first time, that human Treg cells can inhibit TA by "
        "impairing effector function and graft infiltration",
    )
    subjects = {c.intervention.label for c in draft.statements[1].claims if c.intervention}
    assert subjects == {"human Treg cell"}, subjects


def test_a_frame_without_an_interjection_is_read_as_before(lexicon) -> None:
    # Control.
    draft, _ = drafted(lexicon, TA, "Our results show that human Treg cells can inhibit TA")
    subjects = {c.intervention.label for c in draft.statements[1].claims if c.intervention}
    assert subjects == {"human Treg cell"}, subjects


MSCS = "Mesenchymal stem cells (MSCs) are multipotent stromal cells"  # written for the test


def test_what_an_abbreviation_joined_to_the_cells_names_is_not_the_cells(lexicon) -> None:
    # Set 129: "MSC-CMT", the culture medium of TNF-alpha-stimulated MSCs, was read as the
    # MSCs themselves in ten claims.
    _, tuples = drafted(
        lexicon,
        MSCS,
        "During EAC, MSC-CMT treatment also decreased IgE production, histamine release, "
        "enrichment and activation of MCs, and conjunctival vascular hyperpermeability",
    )
    assert tuples and not any(t[2] == "intervention:mesenchymal-stem-cell" for t in tuples), tuples


def test_cells_named_with_a_hyphenated_word_are_still_the_cells(lexicon) -> None:
    # Control: "MSC-based therapy" is therapy with the cells.
    _, tuples = drafted(lexicon, MSCS, "MSC-based therapy reduced inflammation in mice")
    assert {t[2] for t in tuples} == {"intervention:mesenchymal-stem-cell"}, tuples


def test_a_product_of_cells_read_as_its_source_defines_them(lexicon) -> None:
    # Set 128: with MSC defined two ways in the document, "MSC-SEV" was read as the cells:
    # products were looked for only before each source's reading of MSC was known.
    _, tuples = drafted(
        lexicon,
        "Experimental autoimmune encephalomyelitis (EAE) is a model of multiple sclerosis",
        "Mesenchymal stem/stromal cells (MSCs) display potent immunomodulatory capabilities",
        "The aim of the current study was to evaluate the effect of intranasal administration "
        "of mesenchymal stem cells (MSCs) and small extracellular vesicle (SEV) derived from the "
        "MSC (MSC-SEV) on disease activity and antigen-specific responses in the EAE mouse model",
        "In addition, the intranasal administration of MSC-SEV (10 μg) was used to treat EAE "
        "mice (n = 5) on a daily basis from the 15th to the 27th day after induction of the "
        "disease",
        markers=(1, 2, 3, 3),
    )
    used = {t[2] for t in tuples if t[0] == 4}
    assert used == {"intervention:mesenchymal-stem-cell-derived-small-extracellular-vesicle"}, (
        tuples
    )


def test_a_rise_of_the_bodys_own_response_is_not_an_improvement(lexicon) -> None:
    # Set 128: "an increase in immunomodulatory responses" was drafted as improving them.
    _, tuples = drafted(
        lexicon,
        MSCS,
        "In addition, the decrease in clinical symptoms was associated with an increase in "
        "immunomodulatory responses, including an increase in the frequency of Foxp3+ CD25+ "
        "regulatory T cells",
    )
    assert not any("immunomodulatory-response" in t[3] for t in tuples), tuples


def test_a_rise_of_responses_to_treatment_is_an_improvement(lexicon) -> None:
    # Control.
    _, tuples = drafted(lexicon, "AHSCT led to an increase in complete responses in patients")
    assert any(t[3] == "outcome:complete-response" and t[4] == "Improves" for t in tuples), tuples
