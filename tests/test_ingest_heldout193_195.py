"""Errors of sets 193-195 (run once as held-out sets, development documents now), each fixed by
a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from (see each set's SOURCES.md): Muraro et al., on thymic output after
autologous stem cell transplantation in multiple sclerosis (set 193, source 1); Harris et al.,
on intrathecal T cell renewal after haematopoietic transplantation for multiple sclerosis (set
193, source 3); the Arthritis Research report on juvenile and tolerant immune systems after
immunoablation and autologous stem cell therapy (set 194, source 2); Delemarre et al. (set
195, source 2) and Wulffraat et al. (set 195, source 3), on autologous stem cell
transplantation in juvenile idiopathic arthritis. Sentences without a source are written for
the test.
"""

from __future__ import annotations

from ingest_testing import last_claims

_ASCT = "Autologous stem cell transplantation (ASCT) is used in severe autoimmune disease"


def test_the_activity_of_a_disease_is_an_outcome_not_the_disease(lexicon) -> None:
    # Set 193: "... (HSCT) can persistently suppress inflammatory disease activity in a subset
    # of patients with severe multiple sclerosis (MS), ..." linked "inflammatory disease" as a
    # disease and drafted nothing.
    claims = last_claims(
        lexicon,
        "Clinical trials have indicated that autologous hematopoietic stem cell transplantation "
        "(HSCT) can persistently suppress inflammatory disease activity in a subset of patients "
        "with severe multiple sclerosis (MS), but the mechanism has remained unclear",
    )
    assert ("outcome:inflammatory-disease-activity", "Reduces") in {(c[2], c[3]) for c in claims}
    assert not any(c[2] == "disease:immune-mediated-inflammatory-disease" for c in claims)


def test_a_disease_named_alone_is_still_the_disease(lexicon) -> None:
    # Control.
    claims = last_claims(lexicon, "Autologous HSCT improved multiple sclerosis in most patients")
    assert "disease:multiple-sclerosis" in {c[2] for c in claims}, claims


def test_efficacy_in_preventing_worsening_reduces_it(lexicon) -> None:
    # Set 193: "A recent study of autologous hematopoietic stem cell transplantation (AHSCT)
    # for active relapsing-remitting multiple sclerosis (RRMS) showed efficacy in preventing
    # disease worsening" drafted nothing: worsening was no outcome.
    claims = last_claims(
        lexicon,
        "A recent study of autologous hematopoietic stem cell transplantation (AHSCT) for "
        "active relapsing-remitting multiple sclerosis (RRMS) showed efficacy in preventing "
        "disease worsening",
    )
    assert (
        "EfficacyClaim",
        "intervention:ahsct",
        "outcome:disease-worsening",
        "Reduces",
        False,
    ) in claims, claims


def test_titers_of_a_substance_name_the_substance(lexicon) -> None:
    # Set 194: "Titers of disease-specific autoantibodies decreased after ASCT with the
    # half-life of secreted antibodies, and did not reappear" proposed "titer" as an outcome.
    claims = last_claims(
        lexicon,
        _ASCT,
        "Titers of disease-specific autoantibodies decreased after ASCT with the half-life of "
        "secreted antibodies, and did not reappear",
    )
    assert {c[2] for c in claims} == {"outcome:disease-specific-autoantibody"}, claims


def test_a_titer_named_by_its_substance_before_it_is_kept(lexicon) -> None:
    # Control.
    claims = last_claims(lexicon, _ASCT, "Autoantibody titers decreased after ASCT")
    assert {c[2] for c in claims} == {"outcome:autoantibody-titer"}, claims


def test_a_mechanism_involving_a_process_names_it(lexicon) -> None:
    # Set 195: "In this disease, ASCT restores self-tolerance both through a cell-intrinsic
    # mechanism, involving the reprogramming of autoreactive T cells, and through a
    # cell-extrinsic mechanism, ..." drafted no mechanism.
    claims = last_claims(
        lexicon,
        _ASCT,
        "In this disease, ASCT restores self-tolerance both through a cell-intrinsic mechanism, "
        "involving the reprogramming of autoreactive T cells, and through a cell-extrinsic "
        "mechanism, involving a renewal of the immune balance between CD4+CD25+ regulatory T "
        "cells and other T cells",
    )
    assert {c[0] for c in claims} == {"MechanismClaim"}, claims
    processes = {c[2] for c in claims}
    assert "process:reprogramming-of-autoreactive-t-cell" in processes, claims
    assert not any("cell-extrinsic" in p or p == "process:t-cell" for p in processes), claims


def test_what_a_benefit_involves_is_its_mechanism_with_the_cells_in_it(lexicon) -> None:
    # Set 195: "These data indicate that HSCT-mediated amelioration of autoimmune disease
    # involves renewal of the Treg pool" drafted nothing.
    claims = last_claims(
        lexicon,
        "These data indicate that HSCT-mediated amelioration of autoimmune disease involves "
        "renewal of the Treg pool",
    )
    assert {c[2] for c in claims} == {"process:renewal-of-treg-pool"}, claims


def test_a_procedure_still_involves_its_steps(lexicon) -> None:
    # Control: "involves" without a mechanism or a benefit before it names a step.
    claims = last_claims(lexicon, "Autologous HSCT involves mobilisation of stem cells")
    assert {c[0] for c in claims} == {"ProcedureStepClaim"}, claims
