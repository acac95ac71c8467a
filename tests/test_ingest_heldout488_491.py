"""Errors of sets 488-491 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_a_treatment_named_in_a_disease_adjective_is_not_given(lexicon) -> None:
    # Set 490, statement 9 (Kondramashin et al., Cureus 2021): "steroid-responsive
    # encephalopathy" drafted steroids as associated with thyroiditis.
    claims = last_claims(
        lexicon,
        "Steroids improved encephalopathy",
        "Hashimoto's encephalopathy (HE), also known as steroid-responsive encephalopathy, is "
        "associated with autoimmune-mediated thyroiditis",
    )
    assert "intervention:steroid" not in {c[1] for c in claims}, claims
    # Control: the steroids given are still the subject.
    claims = last_claims(lexicon, "Steroids improved encephalopathy")
    assert {c[1] for c in claims} == {"intervention:steroid"}, claims


def test_what_accompanies_a_disease_is_no_treatment(lexicon) -> None:
    # Set 490, statement 6 (Gklinos et al., Antibodies 2024): "accompanying anti-NMDA-r
    # antibodies" was proposed as a treatment.
    claims = last_claims(
        lexicon,
        "In particular, accompanying anti-NMDA-r antibodies, anti-AQP4 antibodies, or "
        "concomitant malignancy are associated with poorer response to steroids, higher relapse "
        "rates, and poorer long-term prognosis",
    )
    assert not [c for c in claims if c[1] != "-"], claims
    # Control: antibodies given as a treatment are one.
    claims = last_claims(lexicon, "Anti-CD20 antibodies are associated with infections")
    assert ("intervention:anti-cd20-antibody", "outcome:infection") in {c[1:3] for c in claims}


def test_what_a_statement_says_is_a_disease_is_not_its_treatment(lexicon) -> None:
    # Set 491, statement 13 (Lacy et al., Arch Dermatol 2005): "Scleromyxedema", a name English
    # lacks, was proposed as a treatment with mortality as its harm.
    claims = last_claims(
        lexicon,
        "Scleromyxedema is a rare chronic fibromucinous disorder that can have devastating "
        "clinical manifestations, including sclerosis of the skin with progressive pharyngeal "
        "and upper airway involvement, resulting in high mortality due to respiratory "
        "complications",
    )
    assert not [c for c in claims if c[1] != "-"], claims
    # Control: a capitalised name English lacks, said to be given, is still a treatment.
    claims = last_claims(lexicon, "Rheumavax reduced disease activity in rheumatoid arthritis")
    assert "intervention:rheumavax" in {c[1] for c in claims}, claims


def test_setting_out_to_determine_if_a_regimen_improves_is_no_result(lexicon) -> None:
    # Set 488, statement 6 (a Medical College of Wisconsin release on Verbsky et al.): what
    # the team "set out to determine if" the regimen could improve was drafted as found.
    claims = last_claims(
        lexicon,
        "Dr. Routes and his team of researchers set out to determine if an immunosuppressive "
        "regimen of the drugs rituximab, azathioprine or mycophenolate mofetil could improve "
        "high-resolution CT scans and pulmonary function in patients with CVID and GLILD",
    )
    assert "EfficacyClaim" not in {c[0] for c in claims}, claims
    # Control: what the regimen was found to improve is a result.
    claims = last_claims(lexicon, "Rituximab improved pulmonary function")
    assert ("intervention:rituximab", "outcome:pulmonary-function") in {c[1:3] for c in claims}


def test_sooner_rather_than_later_denies_nothing(lexicon) -> None:
    # Set 488, statement 17 (allogeneic transplantation in primary immunodeficiency, Bone
    # Marrow Transplant 2022): "sooner rather than later to prevent organ damage" denied the
    # prevention.
    claims = last_claims(
        lexicon,
        "Allogeneic HSCT should be performed sooner rather than later to prevent organ damage "
        "from repeated or severe infections",
    )
    assert ("outcome:organ-damage", "Reduces", False) in {c[2:5] for c in claims}, claims
    # Control: a prevention the sentence denies stays denied.
    claims = last_claims(lexicon, "Allogeneic HSCT did not prevent organ damage")
    assert ("outcome:organ-damage", True) in {(c[2], c[4]) for c in claims}, claims
