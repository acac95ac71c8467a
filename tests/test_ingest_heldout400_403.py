"""Errors of sets 400-403 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from (see the set's SOURCES.md): treatment of severe aplastic anaemia (set
400, source 3), allogeneic MSCs in NZB/W F1 mice (set 401, source 5) and immunosuppression
after organ transplantation (set 403, source 5). Sentences without a source are written for
the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_harms_after_yet_are_not_reduced(lexicon) -> None:
    # Set 403: "Immunosuppressive therapies are crucial in reducing risk of rejection yet are
    # accompanied by several significant side effects, including infection, malignancy,
    # cardiovascular diseases, and nephrotoxicity" drafted the side effects as reduced.
    claims = last_claims(
        lexicon,
        "Immunosuppressive therapies are crucial in reducing risk of rejection yet are "
        "accompanied by several significant side effects, including infection, malignancy, "
        "cardiovascular diseases, and nephrotoxicity",
    )
    assert not [c for c in claims if c[3] == "Reduces" and c[2] != "disease:rejection"], claims
    # Control: what the clause itself reduces, before "yet", is still reduced.
    claims = last_claims(lexicon, "HSCT reduced relapses and infections yet was costly")
    assert {c[2] for c in claims if c[3] == "Reduces"} == {"outcome:relapse", "outcome:infection"}


def test_what_the_patients_lack_is_denied_not_what_the_therapy_involves(lexicon) -> None:
    # Set 400: "Frontline therapy in older adult patients and in all patients lacking a matched
    # sibling donor involves immunosuppressive therapy (IST) with horse antithymocyte globulin
    # and cyclosporine A" drafted the globulin as denied.
    claims = last_claims(
        lexicon,
        "Frontline therapy in older adult patients and in all patients lacking a matched sibling "
        "donor involves immunosuppressive therapy (IST) with horse antithymocyte globulin and "
        "cyclosporine A",
    )
    assert claims and not [c for c in claims if c[4]], claims
    # Control: what a treatment is given without is still denied.
    claims = last_claims(lexicon, "HSCT improved survival without relapse")
    assert ("outcome:survival", False) in {(c[2], c[4]) for c in claims}, claims


def test_autoantibodies_that_rise_are_a_harm(lexicon) -> None:
    # Set 401: "Systemic MSC administration worsened disease and enhanced anti-double-stranded
    # DNA (dsDNA) autoantibody production" drafted the autoantibody production as improved.
    claims = last_claims(
        lexicon,
        "Systemic MSC administration worsened disease and enhanced anti-double-stranded DNA "
        "(dsDNA) autoantibody production",
    )
    assert claims and not [c for c in claims if c[3] == "Improves"], claims
    # Controls: greater conversion rates for autoantibodies raise no autoantibody (set 362);
    # autoantibodies that fall are still a benefit.
    claims = last_claims(
        lexicon,
        "Belimumab-treated patients experienced significant sustained reductions in IgG and "
        "autoantibodies and improvement in C3/C4 levels, resulting in greater positive-to-negative "
        "conversion rates for IgG anti-double-stranded DNA (anti-dsDNA), anti-Sm, anticardiolipin, "
        "and anti-ribosomal P autoantibodies and normalization of hypergammaglobulinemia and low "
        "C3/C4 levels",
    )
    assert not [c for c in claims if c[0] == "SafetyClaim"], claims
    claims = last_claims(lexicon, "Rituximab reduced anti-dsDNA autoantibody levels")
    assert {c[3] for c in claims} == {"Reduces"}, claims
