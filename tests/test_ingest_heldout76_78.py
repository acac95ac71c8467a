"""Errors of set 77 (run once as a held-out set, a development document now), fixed by a general
rule and tested on the published sentence that showed it, with a control.

Sentence quoted from: "CAR T cell therapy rescues adolescent with rapidly progressive lupus
nephritis from haemodialysis", a web article on a letter in The Lancet (see
bench/ingest_heldout77/SOURCES.md, source 2).
"""

from __future__ import annotations

from ingest_testing import drafted

REGIMEN = (
    "Due to the rapidly progressing renal dysfunction, a high-dose methylprednisolone and "
    "cyclophosphamide regimen and plasma separation was initiated, which led to a decrease in "
    "autoantibody levels"
)


def test_a_drug_named_inside_a_regimen_is_not_the_treatment(lexicon) -> None:
    # Set 77: the decrease was drafted as cyclophosphamide's, a part of the regimen given.
    _, tuples = drafted(lexicon, REGIMEN)
    assert not [t for t in tuples if t[2] == "intervention:cyclophosphamide"], tuples


def test_a_drug_named_alone_is_still_the_treatment(lexicon) -> None:
    # Control: cyclophosphamide given alone keeps its claim.
    _, tuples = drafted(lexicon, "Cyclophosphamide led to a decrease in autoantibody levels")
    assert {t[2] for t in tuples} == {"intervention:cyclophosphamide"}, tuples
