"""Errors of sets 245-248 (run once as held-out sets, development documents now) and of earlier
development sets, each fixed by a general rule and tested on the published sentence that showed
it, with a control.

Sentences quoted from (see each set's SOURCES.md): the study of bone marrow mesenchymal stem
cells in immune-mediated liver injury (set 81, source 2). Sentences without a source are written
for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims

_BMMSC = "Bone marrow-derived mesenchymal stem cells (BMMSCs) were given to mice with liver injury"


def test_what_an_outcome_is_of_is_named_in_the_singular(lexicon) -> None:
    # Set 81: "... suppressed the activity of intrahepatic NKT cells" was named
    # activity-of-intrahepatic-nkt-cells, where every name is singular.
    claims = last_claims(
        lexicon,
        _BMMSC,
        "Transplanted BMMSCs also suppressed the activity of intrahepatic NKT cells, not only in "
        "the liver but throughout the body",
    )
    assert "outcome:activity-of-intrahepatic-nkt-cell" in {c[2] for c in claims}, claims


def test_an_outcome_of_one_word_keeps_its_name(lexicon) -> None:
    # Control: "quality of life" is one name; the singular of "life" is not asked for.
    claims = last_claims(lexicon, _BMMSC, "BMMSCs improved the quality of life of the mice")
    assert "outcome:quality-of-life" in {c[2] for c in claims}, claims
