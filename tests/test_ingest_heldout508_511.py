"""Errors of sets 508-511 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_a_clause_opened_by_an_adverb_is_no_step_of_the_treatments_before(lexicon) -> None:
    # Set 509, statement 11 (Wenninger and Schoser, Klin Neurophysiol 2014): "sometimes
    # immunosuppressive therapy is needed" was drafted as a procedure step of immunoglobulins
    # and of plasmapheresis.
    claims = last_claims(
        lexicon,
        "Immunoglobulins and plasmapheresis are reported as successful treatments, sometimes "
        "immunosuppressive therapy is needed",
    )
    assert not [c for c in claims if c[0] == "ProcedureStepClaim"], claims
    # Control: a step the treatment needs is still one.
    claims = last_claims(
        lexicon, "CAR T-cell therapy requires lymphodepleting chemotherapy before infusion"
    )
    assert [c for c in claims if c[0] == "ProcedureStepClaim"], claims


def test_a_measure_of_failure_and_a_treatment_still_needed_are_no_results(lexicon) -> None:
    # Set 511, statement 15 (Barber et al., J Rheumatol 2013): "The pooled relative risk of
    # failure to achieve remission ... showed no significant benefit of antibiotic treatment on
    # remission" drafted remission both achieved and denied. Set 509, statement 16 (Al-Chalabi
    # et al., J Clin Neuromuscul Dis 2023): "there remains a need for effective management
    # strategies for patients with IS" drafted a benefit.
    claims = last_claims(
        lexicon,
        "The pooled relative risk of failure to achieve remission from a random effects model "
        "showed no significant benefit of antibiotic treatment on remission (7 trials, 375 "
        "participants, RR 0.74, 95% CI 0.49–1.10); however, substantial heterogeneity was "
        "observed (I2 = 76.3%, p < 0.0001)",
    )
    assert claims and all(c[4] is True for c in claims), claims
    claims = last_claims(
        lexicon,
        "Despite its rarity, there remains a need for effective management strategies for "
        "patients with lupus",
    )
    assert not claims, claims
    # Controls: a remission achieved, and an option that is had.
    claims = last_claims(lexicon, "Rituximab helped patients achieve remission")
    assert {c[1:5] for c in claims} == {
        ("intervention:rituximab", "outcome:remission", "Improves", False)
    }, claims
    claims = last_claims(lexicon, "Rituximab remains a therapeutic option for lupus")
    assert {c[1] for c in claims} == {"intervention:rituximab"}, claims
