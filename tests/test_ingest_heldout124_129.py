"""Errors of sets 124-129 (run once as held-out sets, development documents now), each fixed by
a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from: Nadig SN et al. In vivo prevention of transplant arteriosclerosis by ex
vivo-expanded human regulatory T cells. Nat Med. 2010;16:809 (set 126, source 3). See the sets'
SOURCES.md. Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import drafted

TA = "Transplant arteriosclerosis (TA) is the leading cause of late graft loss"  # for the test


def test_a_frame_with_an_interjection_before_that_is_not_the_subject(lexicon) -> None:
    # Set 126: "Our results demonstrate, for the first time, that human Treg cells can inhibit
    # TA" left the intervention to the curator: the frame was read as the subject.
    draft, _ = drafted(
        lexicon,
        TA,
        "Our results demonstrate, for the first time, that human Treg cells can inhibit TA by "
        "impairing effector function and graft infiltration",
    )
    subjects = {c.intervention.label for c in draft.statements[1].claims if c.intervention}
    assert subjects == {"human Treg cell"}, subjects


def test_a_frame_without_an_interjection_is_read_as_before(lexicon) -> None:
    # Control.
    draft, _ = drafted(lexicon, TA, "Our results show that human Treg cells can inhibit TA")
    subjects = {c.intervention.label for c in draft.statements[1].claims if c.intervention}
    assert subjects == {"human Treg cell"}, subjects
