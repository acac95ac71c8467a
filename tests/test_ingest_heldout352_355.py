"""Errors of sets 352, 354 and 355 (run once as held-out sets, development documents now),
each fixed by a general rule and tested on the published sentence that showed it, with a
control.

Sentences quoted from (see the set's SOURCES.md): the photopheresis series in pemphigus (set
355, source 1). Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import drafted, last_claims


def test_what_a_treatment_resulted_in_after_a_comma_is_its_result(lexicon) -> None:
    # Set 355: "In a recent case series, eight patients with pemphigus were treated with two to
    # six cycles of extracorporeal photopheresis, resulting in complete remission in all but
    # one case" drafted the use only ("resulting in" was no cue); the lexicon's AHSCT stands in
    # for photopheresis here.
    claims = last_claims(
        lexicon,
        "In a recent case series, eight patients with pemphigus were treated with two to six "
        "cycles of AHSCT, resulting in complete remission in all but one case",
    )
    assert ("intervention:ahsct", "outcome:complete-remission", "Improves") in {
        c[1:4] for c in claims
    }, claims


def test_what_the_disease_resulted_in_is_suggested_to_no_treatment(lexicon) -> None:
    # "Disease progression resulted in death", after a statement of the same source naming
    # HSCT, suggested HSCT as what caused the death; with "resulting in" read, "The disease
    # progressed, resulting in death" would have done the same.
    for sentence in (
        "Disease progression resulted in death",
        "The disease progressed, resulting in death",
    ):
        draft, tuples = drafted(
            lexicon, "HSCT improved survival in patients with MS", sentence, markers=(1, 1)
        )
        assert draft.statements[-1].suggestion is None, (sentence, draft.statements[-1].notes)
        assert not [t for t in tuples if t[0] == 2 and t[2] != "-"], tuples


def test_a_harm_with_no_cause_named_still_gets_the_suggestion(lexicon) -> None:
    # Control: a harm whose cause the statement does not name is still suggested the treatment
    # its source named before.
    draft, _ = drafted(
        lexicon,
        "HSCT improved survival in patients with MS",
        "Two patients died of infections",
        markers=(1, 1),
    )
    assert draft.statements[-1].suggestion is not None, draft.statements[-1].notes
