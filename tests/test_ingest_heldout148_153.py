"""Errors of sets 148-153 (run once as held-out sets, development documents now), each fixed by
a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from: Multidrug-Resistant Ulcerative Colitis: Response to CD19 CAR T-Cell
Therapy in a Single Case, The ASCO Post, 10 November 2025, quoting the investigators' letter
(set 149, source 1). See the sets' SOURCES.md. Sentences without a source are written for the
test.
"""

from __future__ import annotations

from ingest_testing import drafted

ASCO = (
    "“The data suggest the possibility that CD19 CAR T-cell therapy can induce rapid drug-free "
    "remission in refractory ulcerative colitis, a disease that was previously thought to be "
    "largely B-cell–independent, given that rituximab treatment showed no efficacy,” the "
    "investigators remarked"
)


def test_the_disease_a_remission_is_reached_in_is_not_induced(lexicon) -> None:
    # Set 149: "can induce rapid drug-free remission in refractory ulcerative colitis" was
    # also drafted as CD19 CAR T-cell therapy increasing ulcerative colitis, a harm.
    _, tuples = drafted(lexicon, ASCO)
    assert not any(t[1] == "SafetyClaim" for t in tuples), tuples
    assert any("remission" in t[3] and t[4] == "Improves" for t in tuples), tuples


def test_a_disease_a_treatment_induces_is_still_a_harm(lexicon) -> None:
    # Control.
    _, tuples = drafted(lexicon, "AHSCT can induce ulcerative colitis")
    assert any(t[1] == "SafetyClaim" and "ulcerative-colitis" in t[3] for t in tuples), tuples
