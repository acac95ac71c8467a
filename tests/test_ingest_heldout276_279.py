"""Errors of sets 276-279 (run once as held-out sets, development documents now) and one left
from set 246, each fixed by a general rule and tested on the published sentence that showed it,
with a control.

Sentences quoted from (see each set's SOURCES.md): the phase I trial of adipose-derived stem
cells in Crohn's fistulas (set 246, source 3). Sentences without a source are written for the
test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_a_disease_that_says_which_fistulae_is_not_healed(lexicon) -> None:
    # Set 246: "... therapeutic potential for healing fistulae associated with Crohn's disease"
    # drafted Crohn's disease improved as well as the fistulae.
    claims = last_claims(
        lexicon,
        "In our phase I clinical trial, adipose tissue-derived stem cells (ASCs) demonstrated "
        "their safety and therapeutic potential for healing fistulae associated with Crohn's "
        "disease",
    )
    assert claims, claims
    assert "disease:crohns-disease" not in {c[2] for c in claims}, claims


def test_a_disease_in_a_list_is_still_an_object(lexicon) -> None:
    # Control: a disease listed beside the fistulae is one more thing helped.
    claims = last_claims(
        lexicon,
        "Adipose tissue-derived stem cells are a therapeutic option for perianal fistulae and "
        "Crohn's disease",
    )
    assert "disease:crohns-disease" in {c[2] for c in claims}, claims
