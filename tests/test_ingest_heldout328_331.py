"""Errors of sets 328-331 (run once as held-out sets, development documents now), each fixed by
a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from (see each set's SOURCES.md): the Uppsala trial record of MSCs in type 1
diabetes (set 329, source 3); the European Dermatology Forum guideline on photopheresis (set
331, source 2). Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_a_hypothesis_to_be_tested_asserts_nothing(lexicon) -> None:
    # Set 329: "The hypothesis to be tested is that an increased number of circulating
    # mesenchymal stem cells will ... stop the immune process in islets causing progressive
    # beta-cell death" drafted an asserted result.
    claims = last_claims(
        lexicon,
        "The hypothesis to be tested is that an increased number of circulating mesenchymal stem "
        "cells will provide immune modulatory properties, and thereby stop the immune process in "
        "islets causing progressive beta-cell death",
    )
    assert not claims, claims


def test_a_hypothesis_confirmed_is_a_result(lexicon) -> None:
    # Control: what was found is drafted.
    claims = last_claims(lexicon, "AHSCT stopped disease progression in patients with MS")
    assert claims, claims


def test_what_is_decelerated_is_reduced(lexicon) -> None:
    # Set 331: "... attenuate fibrotic processes, thus decelerate the disease progression"
    # proposed an outcome "decelerate the disease progression".
    claims = last_claims(
        lexicon,
        "ECP treatments contribute to the restoration of disproportional autoimmune responses "
        "and attenuate fibrotic processes, thus decelerate the disease progression",
    )
    assert claims, claims
    assert all("decelerate" not in c[2] for c in claims), claims
    assert ("outcome:disease-progression", "Reduces") in {(c[2], c[3]) for c in claims}, claims
