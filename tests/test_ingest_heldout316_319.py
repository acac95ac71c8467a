"""Errors of sets 316-319 (run once as held-out sets, development documents now), each fixed by
a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from (see each set's SOURCES.md): the study of MRI activity after CY-BEAM and
ASCT in multiple sclerosis (set 316, source 1); the perspective on CAR T cells in autoimmune
disease (set 318, source 1); the ten-year follow-up of HDIT and APBSCT in lupus (set 319,
source 1). Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_the_first_step_of_a_named_sequence_is_not_the_sequence(lexicon) -> None:
    # Set 316: "... the therapeutic sequence CY-BEAM-ASCT has the capacity to completely
    # suppress MR-enhancing activity ..." drafted cyclophosphamide (CY) as what suppressed it.
    claims = last_claims(
        lexicon,
        "Cyclophosphamide (CY) was given to mobilise stem cells",
        "These results demonstrate that the therapeutic sequence CY-BEAM-ASCT has the capacity "
        "to completely suppress MR-enhancing activity, an effect that is sustained with time",
    )
    assert claims, claims
    assert "intervention:cyclophosphamide" not in {c[1] for c in claims}, claims


def test_a_drug_named_alone_is_still_the_subject(lexicon) -> None:
    # Control: the abbreviation on its own, or before a word in lower case, names the drug.
    claims = last_claims(
        lexicon,
        "Cyclophosphamide (CY) was given to mobilise stem cells",
        "CY-related toxicity was seen in two patients",
    )
    assert {c[1] for c in claims} == {"intervention:cyclophosphamide"}, claims


def test_a_combination_is_neither_of_its_parts(lexicon) -> None:
    # Set 319: "The combination of HDIT and APBSCT may be an option to improve the survival of
    # severe lupus patients" drafted each part alone improving survival.
    claims = last_claims(
        lexicon,
        "High-dose immunosuppressive therapy (HDIT) followed by autologous peripheral blood "
        "stem cell transplantation (APBSCT) was given to 20 patients",
        "The combination of HDIT and APBSCT may be an option to improve the survival of severe "
        "lupus patients",
    )
    assert claims, claims
    assert {c[1] for c in claims} == {"-"}, claims


def test_two_treatments_named_side_by_side_are_each_a_subject(lexicon) -> None:
    # Control: "A and B" without "the combination of" are two subjects.
    claims = last_claims(lexicon, "Rituximab and AHSCT improved survival in lupus")
    assert "intervention:ahsct" in {c[1] for c in claims}, claims


def test_how_a_therapy_comes_into_use_is_no_step(lexicon) -> None:
    # Set 318: "... careful consideration of safety, efficacy, and implementation is essential
    # as this novel therapeutic approach moves forward" proposed a procedure step
    # "implementation".
    claims = last_claims(
        lexicon,
        "The transformative potential of CAR T-cells in AIDs is undeniable, but careful "
        "consideration of safety, efficacy, and implementation is essential as this novel "
        "therapeutic approach moves forward",
    )
    assert not [c for c in claims if c[0] == "ProcedureStepClaim"], claims


def test_monitoring_is_still_a_step(lexicon) -> None:
    # Control.
    claims = last_claims(lexicon, "Careful monitoring of blood counts is essential after AHSCT")
    assert [c for c in claims if c[0] == "ProcedureStepClaim"], claims
