"""Errors of sets 452-455 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from (see each set's SOURCES.md): anakinra in Schnitzler syndrome (set 453,
sources 1 and 2); narsoplimab and transplant-associated thrombotic microangiopathy (set 455,
source 4). Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims

from kg.ingest.context import assess


def test_monotherapy_with_a_drug_is_the_drug(lexicon) -> None:
    # Set 453: "monotherapy" was proposed as the intervention.
    claims = last_claims(
        lexicon,
        "Based on published data, monotherapy with anakinra is currently the most promising "
        "treatment for Schnitzler syndrome, because it is able to induce complete remission of "
        "symptoms",
    )
    assert claims and {c[1] for c in claims} == {"intervention:anakinra"}, claims
    # Control: a drug's monotherapy, named before it, is still proposed whole.
    claims = last_claims(lexicon, "Anakinra monotherapy induced complete remission")
    assert {c[1] for c in claims} == {"intervention:anakinra-monotherapy"}, claims


def test_a_disease_that_opens_the_statement_is_no_treatment(lexicon) -> None:
    # Set 455: "Nephropathy" was proposed as an intervention associated with radiation and
    # drug toxicity.
    claims = last_claims(
        lexicon,
        "Nephropathy is an important complication in hematopoietic stem cell transplantation "
        "(HSCT) wherein multifactorial causes, i.e., radiation, drug toxicity, graft versus host "
        "disease (GVHD), are thought to contribute renal dysfunction",
    )
    assert not [c for c in claims if c[1] == "intervention:nephropathy"], claims
    # Control: an unknown drug that opens the statement is still proposed.
    claims = last_claims(lexicon, "Narsoplimab improved survival in TA-TMA")
    assert {c[1] for c in claims} == {"intervention:narsoplimab"}, claims


def test_without_denies_nothing_past_the_next_clause(lexicon) -> None:
    # Set 453: "... even without monoclonal gammopathy, and started Anakinra ... achieving
    # complete remission" drafted the remission as denied.
    claims = last_claims(
        lexicon,
        "After an extensive diagnostic workout, we suspected SchS even without monoclonal "
        "gammopathy, and started Anakinra 100 mg daily with a dramatic response and achieving "
        "complete remission after 48 h of the beginning of the treatment, so we decided to "
        "confirm SchS diagnosis",
    )
    assert claims and not [c for c in claims if c[4]], claims
    # Control: "without" still denies each item of the list it names.
    text = "Rituximab was given without infusion reactions, infections or neutropenia"
    spans = tuple((text.index(w), text.index(w) + len(w)) for w in ("infusion", "infections"))
    spans += ((text.index("neutropenia"), len(text)),)
    assert [a.negated for a in assess(text, spans)] == [True, True, True]
