"""Errors of sets 184-186 (run once as held-out sets, development documents now), each fixed by
a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from: Autologous Hematopoietic Cell Transplant for Patients with Multiple
Sclerosis, a review of clinical effectiveness and guidelines (set 184, source 1; see its
SOURCES.md). Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import drafted


def test_where_a_harm_is_names_a_narrower_harm(lexicon) -> None:
    # Set 184: "expected short-term adverse events including febrile neutropenia, organ
    # infections, sepsis, and viral reactivations" linked "organ infections" to infection.
    _, tuples = drafted(
        lexicon,
        "However, autologous hematopoietic stem cell transplantation was associated with "
        "expected short-term adverse events including febrile neutropenia, organ infections, "
        "sepsis, and viral reactivations; and long-term adverse events including the "
        "development of new autoimmune diseases, mainly thyroid disease",
    )
    harms = {t[3] for t in tuples if t[1] == "SafetyClaim"}
    assert "outcome:organ-infection" in harms and "outcome:infection" not in harms, tuples


def test_infections_alone_are_infection(lexicon) -> None:
    # Control.
    _, tuples = drafted(lexicon, "AHSCT was associated with infections and febrile neutropenia")
    assert "outcome:infection" in {t[3] for t in tuples}, tuples
