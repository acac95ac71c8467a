"""Errors of sets 175-177 (run once as held-out sets, development documents now), each fixed by
a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from: Autologous hematopoietic stem cell transplantation for severe lupus
nephritis. Chinese Journal of Nephrology, Dialysis & Transplantation. 2014;23(6):501-506 (set
176, source 2); Autologous Hematopoietic Stem Cell Transplantation for Refractory Lupus
Nephritis. Clin J Am Soc Nephrol. 2019 (set 176, source 3); Long-term follow-up of autologous
peripheral blood hematopoietic stem cell transplantation for refractory lupus nephritis (set
176, source 4). See the set's SOURCES.md. Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import drafted


def test_the_major_complications_of_a_treatment_are_its_harms(lexicon) -> None:
    # Set 176: "The major complications of stem cell transplantation were fever and
    # gastrointestinal tract symptoms" drafted nothing.
    _, tuples = drafted(
        lexicon,
        "The major complications of stem cell transplantation were fever and gastrointestinal "
        "tract symptoms",
    )
    harms = {(t[2], t[3]) for t in tuples if t[1] == "SafetyClaim"}
    assert ("intervention:stem-cell-transplantation", "outcome:fever") in harms, tuples


def test_the_major_findings_are_no_harms(lexicon) -> None:
    # Control: "major" alone, without a harm noun, names no harm.
    _, tuples = drafted(lexicon, "The major findings of AHSCT studies were remission and fever")
    assert not any(t[1] == "SafetyClaim" for t in tuples), tuples


def test_homeostasis_improved_is_an_outcome(lexicon) -> None:
    # Set 176: "Autologous hematopoietic cell transplantation (ASCT) improves immunologic
    # homeostasis in autoimmune diseases" drafted nothing: "homeostasis" was no outcome's head.
    _, tuples = drafted(
        lexicon,
        "Autologous hematopoietic cell transplantation (ASCT) improves immunologic homeostasis "
        "in autoimmune diseases",
    )
    assert (
        1,
        "EfficacyClaim",
        "intervention:ahsct",
        "outcome:immunologic-homeostasis",
        "Improves",
        False,
    ) in tuples, tuples
