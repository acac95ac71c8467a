"""Errors of sets 562-565 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_a_bare_drug_points_back_and_names_no_treatment(lexicon) -> None:
    # Set 565, statement 21 (Potestio et al., Life 2024): "all these drugs are approved for
    # moderate-to-severe plaque psoriasis" proposed a treatment called "drug".
    claims = last_claims(
        lexicon,
        "Recent cases in the literature have highlighted the use of several promising drugs: "
        "IL-17 inhibitors, IL-23 inhibitors, and the IL-12/23p40 inhibitor ustekinumab",
        "However, it should be noted that all these drugs are approved for moderate-to-severe "
        "plaque psoriasis and their use in PRP is off label",
    )
    assert not any(c[1] == "intervention:drug" for c in claims), claims
    assert ("StatusClaim", "-", "disease:moderate-to-severe-plaque-psoriasis") in {
        c[:3] for c in claims
    } or ("StatusClaim", "-") in {c[:2] for c in claims}, claims
    # Control: a named kind of drug is still proposed.
    claims = last_claims(lexicon, "Antifibrotic drugs are approved for systemic sclerosis")
    assert ("StatusClaim", "intervention:antifibrotic-drug") in {c[:2] for c in claims}, claims


def test_what_cells_do_is_no_harm(lexicon) -> None:
    # Set 564, statement 8 (Torene et al., Ann Rheum Dis 2017): "canakinumab produces clinical
    # benefit in TRAPS by increasing neutrophil apoptosis" drafted apoptosis as a harm.
    claims = last_claims(
        lexicon,
        "These gene expression data support a model in which canakinumab produces clinical "
        "benefit in TRAPS by increasing neutrophil apoptosis and reducing pro-inflammatory "
        "signals resulting from the inhibition of IL-1β",
    )
    assert not any(c[0] == "SafetyClaim" for c in claims), claims
    # Set 53, statement 17: "while inducing T-cell apoptosis" was a harm, and is no benefit
    # either: more of what cells do is neither better nor worse by itself.
    claims = last_claims(
        lexicon,
        "MSCs can suppress the proliferation of CD8+T via the NKG2D pathway while inducing "
        "T-cell apoptosis",
    )
    assert not any("apoptosis" in c[2] for c in claims), claims
    # Control: a harm spelt the same way is still a harm.
    claims = last_claims(lexicon, "Cyclophosphamide was associated with osteonecrosis")
    assert ("SafetyClaim", "intervention:cyclophosphamide", "outcome:osteonecrosis") in {
        c[:3] for c in claims
    }, claims


def test_a_conditioning_before_a_transplant_names_which_transplant(lexicon) -> None:
    # Control for the conditioning now read as a treatment (set 558): set 404, statement 4,
    # "Reduced-intensity conditioning (RIC) HSCT is associated with improved survival" is the
    # transplant so conditioned, not the conditioning alone.
    claims = last_claims(
        lexicon,
        "Reduced-intensity conditioning (RIC) HSCT is associated with improved survival but "
        "higher incidences of mixed chimerism and secondary graft failure",
    )
    subjects = {c[1] for c in claims}
    assert "intervention:reduced-intensity-conditioning" not in subjects, claims
    assert any("transplant" in s or s.endswith("-hsct") for s in subjects), claims


def test_a_pronoun_after_a_comma_opens_a_clause_of_its_own(lexicon) -> None:
    # Development set 467, statement 19, once plural disease names were read (set 559):
    # "While ICIs have proven to be effective in the treatment of certain cancers, they also
    # cause immune-mediated endocrinopathies" drafted the endocrinopathies as treated.
    claims = last_claims(
        lexicon,
        "While ICIs have proven to be effective in the treatment of certain cancers, they also "
        "cause immune-mediated endocrinopathies",
    )
    assert not any(c[0] == "EfficacyClaim" and "endocrinopath" in c[2] for c in claims), claims
    # Control: a list of diseases after "effective in the treatment of" is still treated.
    claims = last_claims(
        lexicon, "Rituximab is effective in the treatment of multiple sclerosis, and it is safe"
    )
    assert ("EfficacyClaim", "intervention:rituximab") in {c[:2] for c in claims}, claims
