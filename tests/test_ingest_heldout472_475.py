"""Errors of sets 472-475 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentence quoted from (see the set's SOURCES.md): belimumab and biologics in cutaneous lupus
(set 474, source 1). Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims

BELIMUMAB = (
    "Currently belimumab is the only biological therapy approved for SLE and no biologic has "
    "been approved for CLE"
)


def test_an_adverb_before_the_subject_is_no_word_of_its_name(lexicon) -> None:
    # Set 474: "Currently belimumab" was proposed as the intervention.
    claims = last_claims(lexicon, BELIMUMAB)
    assert claims and {c[1] for c in claims} == {"intervention:belimumab"}, claims
    # Control: a name that starts like an adverb but is none stays whole.
    claims = last_claims(lexicon, "Temcell is a mesenchymal stem cell product approved for GVHD")
    assert {c[1] for c in claims} == {"intervention:temcell"}, claims


def test_a_clause_with_a_denied_subject_of_its_own_is_not_the_subjects(lexicon) -> None:
    # Set 474: "... and no biologic has been approved for CLE" drafted "Currently belimumab",
    # read as a proper name by its copula, as not approved for cutaneous lupus; read as
    # belimumab, the clause is left to its own subject.
    claims = last_claims(lexicon, BELIMUMAB)
    assert not [c for c in claims if c[4]], claims
    # Control: a denial of the subject's own, after "and", is still the subject's.
    claims = last_claims(
        lexicon, "Belimumab is approved for SLE and has not been approved for cutaneous lupus"
    )
    assert ("intervention:belimumab", True) in {(c[1], c[4]) for c in claims}, claims
