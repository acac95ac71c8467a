"""Errors of sets 320-323 (run once as held-out sets, development documents now), each fixed by
a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from (see each set's SOURCES.md): the case report of MSCs in ANCA-negative
pauci-immune glomerulonephritis (set 321, source 3); the review of CAR T cells in
juvenile-onset autoimmune disease (set 322, source 4); the review of AHSCT as a first-line
therapy in aggressive MS and the study of HDIT with AHSCT (set 323, sources 2 and 3). Sentences
without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_what_the_authors_presented_is_no_harm(lexicon) -> None:
    # Set 321: "In our study we presented a case report of a patient with ANCA-negative
    # pauci-immune glomerulonephritis ..." drafted the glomerulonephritis as a harm.
    claims = last_claims(
        lexicon,
        "In our study we presented a case report of a patient with ANCA-negative pauci-immune "
        "glomerulonephritis in order to underlie the growing need of an alternative therapy for "
        "glomerular diseases",
    )
    assert not [c for c in claims if c[0] == "SafetyClaim"], claims


def test_what_patients_presented_is_still_a_harm(lexicon) -> None:
    # Control, from an earlier set's sentence.
    claims = last_claims(lexicon, "None of the patients presented severe side effects after AHSCT")
    assert [c for c in claims if c[0] == "SafetyClaim" and c[4]], claims


def test_treatments_listed_are_no_outcomes(lexicon) -> None:
    # Set 322: "... is only reached in 60% of patients by conventional therapies, including
    # immunosuppressive drugs and B-cell-depleting antibodies, ..." proposed the drugs and the
    # antibodies as outcomes improved.
    claims = last_claims(
        lexicon,
        "The therapeutic goal of complete remission of lupus nephritis is only reached in 60% of "
        "patients by conventional therapies, including immunosuppressive drugs and "
        "B-cell-depleting antibodies, and two-thirds of adults with juvenile-onset systemic "
        "lupus erythematosus develop organ damage and impaired health-related quality of life "
        "without reaching drug-free remission",
    )
    assert not [c for c in claims if c[2].endswith(("-drug", "-antibody"))], claims


def test_an_adjective_shares_the_noun_it_is_listed_with(lexicon) -> None:
    # Set 323: "AHSCT is safe and effective as a first-line DMT in inducing rapid and sustained
    # remission ..." proposed an outcome "rapid".
    claims = last_claims(
        lexicon,
        "AHSCT is safe and effective as a first-line DMT in inducing rapid and sustained "
        "remission in patients with ‘aggressive’ MS",
    )
    assert "outcome:rapid" not in {c[2] for c in claims}, claims
    assert "outcome:sustained-remission" in {c[2] for c in claims}, claims


def test_a_harm_listed_alone_is_still_a_harm(lexicon) -> None:
    # Control: one-word harms listed together are still harms.
    claims = last_claims(lexicon, "AHSCT was associated with fever, fatigue and alopecia")
    assert {"outcome:fever", "outcome:fatigue"} <= {c[2] for c in claims}, claims


def test_conditioning_with_a_transplant_is_the_transplant(lexicon) -> None:
    # Set 323: "High-dose immunosuppressive therapy (HDIT) with autologous hematopoietic stem
    # cell transplantation (AHSCT) is a promising approach ..." drafted HDIT alone.
    claims = last_claims(
        lexicon,
        "High-dose immunosuppressive therapy (HDIT) with autologous hematopoietic stem cell "
        "transplantation (AHSCT) is a promising approach to treatment of multiple sclerosis "
        "(MS) patients",
    )
    assert {c[1] for c in claims} == {"intervention:ahsct"}, claims


def test_cells_with_a_transplant_are_not_the_transplant(lexicon) -> None:
    # Control: only what conditions a transplant is part of it.
    claims = last_claims(
        lexicon,
        "Mesenchymal stem cells (MSCs) with HSCT reduced graft-versus-host disease",
    )
    assert "intervention:hsct" not in {c[1] for c in claims}, claims
