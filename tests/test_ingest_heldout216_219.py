"""Errors of sets 216 and 219 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from (see each set's SOURCES.md): Li et al. (set 216, source 1);
Penaforte-Saboia et al. (set 216, source 3); the meta-analysis of autologous haematopoietic stem
cell transplantation in new-onset type 1 diabetes (set 216, source 4); and Murata et al. (set
219, source 3). Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims

_AHSCT = "Autologous haematopoietic stem cell transplantation (AHSCT) is used in type 1 diabetes"
_MSC = "Mesenchymal stem cell (MSC) therapy is used in steroid-refractory acute GVHD"


def test_none_of_the_patients_developing_a_harm_denies_it(lexicon) -> None:
    # Set 216: "none of the AHST-treated patients (n = 24) developed microvascular
    # complications, while 21.5% ... had at least one" drafted AHSCT associated with them.
    claims = last_claims(
        lexicon,
        _AHSCT,
        "After a median of 8 years of diagnosis, none of the AHSCT-treated patients (n = 24) "
        "developed microvascular complications, while 21.5% (31/144) had at least one "
        "(p < 0.005) complication in the CT group (n = 144)",
    )
    harms = {(c[2], c[4]) for c in claims if "microvascular" in c[2]}
    assert harms == {("outcome:microvascular-complication", True)}, claims


def test_patients_developing_a_harm_are_still_a_harm(lexicon) -> None:
    # Control.
    claims = last_claims(lexicon, _AHSCT, "Two of the AHSCT-treated patients developed infections")
    assert ("outcome:infection", False) in {(c[2], c[4]) for c in claims}, claims


def test_elevate_is_a_rise_not_the_fall_before_it(lexicon) -> None:
    # Set 216: "... can decrease patients' glycosylated hemoglobin, elevate their fasting
    # C-peptide levels, and ..." drafted the C-peptide levels decreased, the opposite.
    claims = last_claims(
        lexicon,
        "After AHSCT, 11 of 13 patients required significantly reduced doses of insulin for "
        "adequate glycemic control, accompanied by reduced levels of glycosylated hemoglobin but "
        "increased C-peptide concentrations",
        "To a certain extent, autologous hematopoietic stem cell transplantation therapy for type "
        "1 diabetes mellitus can decrease patients′ glycosylated hemoglobin, elevate their fasting "
        "C-peptide levels, and make patients become free of the need of insulin therapy for "
        "different durations",
    )
    assert not any("c-peptide" in c[2] and c[3] == "Reduces" for c in claims), claims
    assert ("outcome:glycosylated-hemoglobin", "Reduces") in {(c[2], c[3]) for c in claims}


def test_elevated_before_a_measure_is_no_cue(lexicon) -> None:
    # Control: the participle describes the levels; the verb after it says what changed.
    claims = last_claims(lexicon, _AHSCT, "Elevated HbA1c levels were reduced after AHSCT")
    assert claims, "the reduction is drafted"
    assert {c[3] for c in claims} == {"Reduces"}, claims


def test_a_treatment_that_dates_the_subject_is_not_the_subject(lexicon) -> None:
    # Set 219: "... and a number of GVHD therapies before MSC therapy were associated with
    # nonrelapse mortality" drafted MSC therapy associated with nonrelapse mortality.
    claims = last_claims(
        lexicon,
        _MSC,
        "Day 28 ORR, patient age, GVHD grade, GVHD organ involvement, and a number of GVHD "
        "therapies before MSC therapy were associated with nonrelapse mortality",
    )
    assert all(c[1] == "-" for c in claims), claims


def test_a_value_before_and_after_a_treatment_is_its_result(lexicon) -> None:
    # Control: "before ... after" compares with the treatment given.
    claims = last_claims(
        lexicon,
        _AHSCT,
        "The average HbA1c level of patients before AHSCT was 9.2, reduced significantly after "
        "AHSCT",
    )
    assert {c[1] for c in claims} == {"intervention:ahsct"}, claims


def test_what_holds_until_another_treatment_comes_is_not_its_result(lexicon) -> None:
    # Set 219: "... until a new treatment with survival benefit is developed" drafted Temcell
    # improving survival.
    claims = last_claims(
        lexicon,
        "Temcell is a mesenchymal stem cell product approved for steroid-refractory acute "
        "graft-versus-host disease (GVHD) in Japan",
        "This study suggests that Temcell is one of the treatment options for steroid-refractory "
        "acute GVHD until a new treatment with survival benefit is developed",
    )
    assert not any("survival" in c[2] for c in claims), claims
    assert claims, "the treatment option before 'until' is still drafted"


def test_what_a_dose_is_enough_for_is_not_reduced(lexicon) -> None:
    # Set 216: "11 of 13 patients required significantly reduced doses of insulin for adequate
    # glycemic control" drafted glycemic control reduced.
    claims = last_claims(
        lexicon,
        "After AHSCT, 11 of 13 patients required significantly reduced doses of insulin for "
        "adequate glycemic control, accompanied by reduced levels of glycosylated hemoglobin but "
        "increased C-peptide concentrations",
    )
    assert not any("glycemic" in c[2] for c in claims), claims
    assert ("outcome:glycosylated-hemoglobin", "Reduces") in {(c[2], c[3]) for c in claims}


def test_glycemic_control_improved_is_still_drafted(lexicon) -> None:
    # Control.
    claims = last_claims(lexicon, _AHSCT, "AHSCT improved glycemic control in type 1 diabetes")
    assert ("outcome:glycemic-control", "Improves") in {(c[2], c[3]) for c in claims}, claims
