"""Errors of sets 468-471 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentence quoted from (see the set's SOURCES.md): corticosteroids for acute and recurrent
idiopathic pericarditis (set 468, source 4). Sentences without a source are written for the
test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_what_follows_from_a_denial_is_not_denied(lexicon) -> None:
    # Set 468: "Steroids at low dose, did not act, surprisingly, as an independent risk factor
    # for recurrences and therefore may be considered a successful and safe treatment" drafted
    # the recommendation as denied.
    claims = last_claims(
        lexicon,
        "Steroids at low dose, did not act, surprisingly, as an independent risk factor for "
        "recurrences and therefore may be considered a successful and safe treatment for acute "
        "and recurrent idiopathic pericarditis",
    )
    assert claims and not [c for c in claims if c[4]], claims
    # Control: a denial in the same clause still denies.
    claims = last_claims(
        lexicon, "Steroids at low dose did not reduce recurrences of idiopathic pericarditis"
    )
    assert claims and all(c[4] for c in claims), claims
