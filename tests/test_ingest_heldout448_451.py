"""Errors of sets 448-451 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentence quoted from (see the set's SOURCES.md): ruxolitinib in murine immune bone marrow
failure (set 451, source 5). Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_what_a_fronted_after_phrase_gave_first_is_not_the_subject(lexicon) -> None:
    # Set 451: the lymph node cells that caused the disease were credited with what
    # ruxolitinib, the subject of the main clause, did to it.
    claims = last_claims(
        lexicon,
        "The Janus kinase (JAK) 1/2 inhibitor ruxolitinib (RUX) suppresses cytokine production",
        "After infusion of lymph node (LN) cells mismatched at the major histocompatibility "
        "complex [C67BL/6 (B6)⇒CByB6F1], RUX, administered as a food additive (Rux-chow), "
        "attenuated bone marrow hypoplasia, ameliorated peripheral blood pancytopenia, "
        "preserved hematopoietic progenitors, and prevented mortality, when used either "
        "prophylactically or therapeutically",
    )
    assert claims and {c[1] for c in claims} == {"intervention:ruxolitinib"}, claims
    # Control: when the main clause names no treatment, the fronted phrase still names it.
    claims = last_claims(
        lexicon,
        "After infusion of mesenchymal stem cells, the patients had less pancytopenia",
    )
    assert {c[1] for c in claims} == {"intervention:mesenchymal-stem-cell"}, claims
    # Control: a name further into the main clause is not its subject.
    claims = last_claims(
        lexicon,
        "After aHSCT, monitoring for infectious complications, especially for CMV "
        "reactivations, is crucial as the reconstitution of the immune system takes longer "
        "than 12 months",
    )
    assert {c[1] for c in claims} == {"intervention:ahsct"}, claims


def test_a_finding_named_by_its_shape_is_an_outcome(lexicon) -> None:
    # Set 451: "RUX ... attenuated bone marrow hypoplasia" gave no claim for the hypoplasia,
    # and set 448's "attenuating glomerular injury" none for the injury.
    claims = last_claims(lexicon, "Ruxolitinib attenuated bone marrow hypoplasia in mice")
    assert ("intervention:ruxolitinib", "outcome:bone-marrow-hypoplasia", "Reduces") in {
        c[1:4] for c in claims
    }, claims
    claims = last_claims(lexicon, "Everolimus was effective in attenuating glomerular injury")
    assert {c[1:4] for c in claims} == {
        ("intervention:everolimus", "outcome:glomerular-injury", "Reduces")
    }, claims
    # Control: a word that only ends like one ("displasia" is no English word, "plasma" no
    # finding) names nothing after the verb.
    claims = last_claims(lexicon, "Ruxolitinib reduced the plasma in mice")
    assert not claims, claims


def test_a_treatment_named_after_a_fronted_comparison_is_the_subject(lexicon) -> None:
    # Set 448: "Compared to BMDSCs, everolimus was significantly effective in attenuating
    # glomerular injury, ..." left every claim without its intervention, because the name the
    # lexicon did not know was read together with the comparison before it.
    claims = last_claims(
        lexicon,
        "We tested whether bone marrow-derived stem cells (BMDSCs) could repair the kidney",
        "Compared to BMDSCs, everolimus was significantly effective in attenuating glomerular "
        "injury, nephrinuria and podocalyxin excretion levels as well as in reducing "
        "inflammatory responses and apoptosis",
    )
    assert claims and {c[1] for c in claims} == {"intervention:everolimus"}, claims
    # Control: a known subject after the comparison, and the comparison's treatment is never
    # the subject.
    claims = last_claims(lexicon, "Compared with cyclophosphamide, AHSCT reduced mortality")
    assert {c[1] for c in claims} == {"intervention:ahsct"}, claims


def test_a_result_read_back_stops_at_the_cue_before_it(lexicon) -> None:
    # Made reachable by the injury outcome above (set 396, a development set): "the alveolar
    # injuries and inflammatory responses were attenuated, and the proportion of M2
    # macrophages was increased" drafted the injuries as increased, a harm.
    claims = last_claims(
        lexicon,
        "After methylprednisolone treatment in DAH mice, the alveolar injuries and "
        "inflammatory responses were attenuated, and the proportion of M2 macrophages was "
        "increased",
    )
    assert not [c for c in claims if c[3] == "Increases"], claims
    # Control: with no cue before it, the result reads back to the clause's start.
    claims = last_claims(lexicon, "After AHSCT, the clinical symptoms of all patients improved")
    assert ("intervention:ahsct", "Improves") in {(c[1], c[3]) for c in claims}, claims


def test_a_suspended_hyphen_borrows_the_last_suffix(lexicon) -> None:
    # Set 394 (a development set): "MSCs significantly reduced ConA- and α-GalCer-mediated
    # liver injury" drafted "ConA" alone as an outcome.
    claims = last_claims(
        lexicon, "MSCs significantly reduced ConA- and α-GalCer-mediated liver injury in mice"
    )
    assert claims and not [c for c in claims if c[2] == "outcome:cona"], claims
    # Control: the common shape keeps both items.
    claims = last_claims(lexicon, "MSCs significantly reduced IL-6- and TNF-driven inflammation")
    assert {c[2] for c in claims} == {
        "outcome:il-6-driven-inflammation",
        "outcome:tnf-driven-inflammation",
    }, claims


def test_what_is_present_in_a_product_is_not_the_product(lexicon) -> None:
    # Set 394: "The presence of 1-methyltryptophan ... in MSC-CM completely abrogated the
    # hepatoprotective effect of MSCs and ... the consequent MSC-dependent attenuation of acute
    # liver injury" credited the conditioned medium with the attenuation.
    claims = last_claims(
        lexicon,
        "The presence of 1-methyltryptophan, a specific inhibitor of indoleamine "
        "2,3-dioxygenase (IDO), in MSC-CM completely abrogated the hepatoprotective effect of "
        "MSCs and significantly decreased the total number of liver-infiltrated regulatory "
        "cells, indicating the crucial importance of MSC-derived IDO for the consequent "
        "MSC-dependent attenuation of acute liver injury",
    )
    assert not [c for c in claims if "conditioned" in c[1]], claims
    # Control: the cells given are still the subject.
    claims = last_claims(lexicon, "Mesenchymal stem cells attenuated acute liver injury in mice")
    assert {c[1] for c in claims} == {"intervention:mesenchymal-stem-cell"}, claims
