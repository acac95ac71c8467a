"""Errors of sets 269-272 (run once as held-out sets, development documents now), each fixed by
a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from (see each set's SOURCES.md): the review of mesenchymal stem cells in
inflammatory bowel disease (set 270, source 2); the article on YTS109 in lupus (set 271, source
2); and the comparison of BEAM/ATG with cyclophosphamide/ATG in multiple sclerosis (set 272,
source 1). Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims

_MSC = "Mesenchymal stem cells (MSCs) were given in inflammatory bowel disease (IBD)"


def test_not_only_denies_nothing(lexicon) -> None:
    # Set 270: "... MSCs not only play an important role in regulating immune and tissue
    # homeostasis but also display potent therapeutic effects ..." drafted the mechanisms
    # denied.
    claims = last_claims(
        lexicon,
        _MSC,
        "Due to their potent multipotent differentiation and immunomodulatory capabilities, "
        "mesenchymal stem/stromal cells (MSCs) not only play an important role in regulating "
        "immune and tissue homeostasis but also display potent therapeutic effects on various "
        "inflammatory diseases, including IBDs, in both preclinical and clinical studies",
    )
    assert claims and not any(c[4] for c in claims), claims


def test_not_still_denies(lexicon) -> None:
    # Control.
    claims = last_claims(lexicon, _MSC, "MSCs did not improve tissue homeostasis")
    assert claims and all(c[4] for c in claims), claims


def test_what_is_pending_is_no_outcome(lexicon) -> None:
    # Set 271: "... potentially offering a promising therapy for refractory SLE with severe
    # lupus nephritis, pending further validation" proposed "pending further validation".
    claims = last_claims(
        lexicon,
        "YTS109 is an allogeneic CD19-targeting T-cell therapy given in lupus",
        "These results demonstrate that YTS109 induced immune resetting and clinical remission, "
        "including renal structural restoration, potentially offering a promising therapy for "
        "refractory SLE with severe lupus nephritis, pending further validation",
    )
    assert "outcome:clinical-remission" in {c[2] for c in claims}, claims
    assert not any("pending" in c[2] for c in claims), claims


def test_a_prolonged_harm_is_no_improvement(lexicon) -> None:
    # Set 272: "While both regimens showed similar efficacy, BEAM/ATG was associated with more
    # severe adverse events and prolonged hospitalisation" drafted hospitalisation improved.
    claims = last_claims(
        lexicon,
        "While both regimens showed similar efficacy, BEAM/ATG was associated with more severe "
        "adverse events and prolonged hospitalisation",
    )
    assert not any("hospitalisation" in c[2] and c[3] == "Improves" for c in claims), claims


def test_a_prolonged_time_to_progression_is_an_improvement(lexicon) -> None:
    # Control: the first held-out set's "... resulted in a significantly prolonged time to
    # disease progression (hazard ratio, 0.07)".
    claims = last_claims(
        lexicon,
        "In this randomized clinical trial that included 110 patients with relapsing-remitting "
        "MS, treatment with nonmyeloablative HSCT compared with disease-modifying therapy "
        "resulted in a significantly prolonged time to disease progression (hazard ratio, 0.07)",
    )
    assert ("outcome:time-to-disease-progression", "Improves") in {c[2:4] for c in claims}, claims
