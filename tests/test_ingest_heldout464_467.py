"""Errors of sets 464-467 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentence quoted from (see the set's SOURCES.md): the ACCELERATE registry of idiopathic
multicentric Castleman disease (set 466, source 2). Sentences without a source are written for
the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_with_or_without_denies_nothing(lexicon) -> None:
    # Set 466: "... treated with siltuximab with/without corticosteroids achieved response"
    # drafted the response as denied.
    claims = last_claims(
        lexicon,
        "Fifty-two percent of patients with iMCD treated with siltuximab with/without "
        "corticosteroids achieved response",
    )
    assert claims and not [c for c in claims if c[4]], claims
    claims = last_claims(
        lexicon,
        "Siltuximab with or without corticosteroids achieved response in patients with iMCD",
    )
    assert claims and not [c for c in claims if c[4]], claims
    # Control: "without" alone still denies what it names.
    claims = last_claims(lexicon, "Siltuximab was well tolerated, without serious adverse events")
    assert ("outcome:serious-adverse-event", True) in {(c[2], c[4]) for c in claims}, claims
