"""Errors of sets 428-431 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentence quoted from (see the set's SOURCES.md): immunoglobulin in sporadic inclusion body
myositis (set 428, source 5). Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_a_modified_function_is_not_neurological_function(lexicon) -> None:
    # Set 428: "Improved swallowing function was reported by three IVIG-treated patients, but
    # none of the controls" drafted neurological function as improved: the ontology's
    # neurological function is also written "function", and "swallowing", which the lexicon
    # knows only as a verb, was not read as what names a narrower function.
    claims = last_claims(
        lexicon,
        "Intravenous immunoglobulin (IVIG) was given to patients with inclusion body myositis",
        "Improved swallowing function was reported by three IVIG-treated patients, but none "
        "of the controls",
    )
    assert not [c for c in claims if c[2] == "outcome:neurological-function"], claims
    # Control: function improved by a treatment, with no word naming which, is still the
    # neurological function of the first source ("can stabilize or even improve function").
    claims = last_claims(
        lexicon,
        "AHSCT can stabilize or even improve function in relapsing-remitting multiple sclerosis",
    )
    assert ("EfficacyClaim", "intervention:ahsct", "outcome:neurological-function") in {
        c[:3] for c in claims
    }, claims
