"""Errors of sets 550-553 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_a_harm_that_went_on_despite_a_treatment_is_not_its_harm(lexicon) -> None:
    # Set 550, statement 7 (Major et al., J Clin Apher 2022): "developed progressive thrombosis
    # and persistent severe thrombocytopenia despite IVIG, rituximab and high-dose steroids"
    # drafted both as harms of intravenous immunoglobulin.
    claims = last_claims(
        lexicon,
        "The patient developed progressive thrombosis and persistent severe thrombocytopenia "
        "despite IVIG, rituximab and high-dose steroids and had persistent anti-PF4 antibodies "
        "over 30 days after his initial presentation",
    )
    assert not any(c[0] == "SafetyClaim" for c in claims), claims
    # Control: a harm that came with the treatment, despite a precaution, is still its harm.
    claims = last_claims(
        lexicon, "Rituximab was associated with infections despite antibiotic prophylaxis"
    )
    assert ("SafetyClaim", "intervention:rituximab", "outcome:infection") in {
        c[:3] for c in claims
    }, claims


def test_a_lower_limb_is_nothing_lowered(lexicon) -> None:
    # Set 550, statement 18 (Roberge et al., Thromb Res 2023): "had a lower limb
    # revascularization surgery" drafted prednisone as reducing the surgery.
    claims = last_claims(
        lexicon,
        "He was treated with prednisone, intravenous immunoglobulin, argatroban and had a lower "
        "limb revascularization surgery",
    )
    assert not any(c[3] == "Reduces" for c in claims), claims
    # Control: what a treatment lowered is still lowered.
    claims = last_claims(lexicon, "Prednisone lowered disease activity")
    assert {(c[2], c[3]) for c in claims} == {("outcome:disease-activity", "Reduces")}, claims


def test_and_or_is_no_part_of_a_name(lexicon) -> None:
    # Set 550, statement 12 (Günther et al., Vaccines 2021): "Plasma exchange, immunoadsorption,
    # and /or immunosuppressive treatment" proposed a treatment named "/or immunosuppressive
    # treatment".
    claims = last_claims(
        lexicon,
        "Plasma exchange, immunoadsorption, and /or immunosuppressive treatment may be "
        "considered in complicated lupus to reduce extraordinarily high levels of anti-PF4-IgG",
    )
    assert "intervention:immunosuppressive-treatment" in {c[1] for c in claims}, claims
    assert not any("or-" in c[1] for c in claims), claims
    # Control: "or" between two treatments still makes two.
    claims = last_claims(lexicon, "Rituximab or azathioprine may be considered in lupus")
    assert {c[1] for c in claims} == {"intervention:rituximab", "intervention:azathioprine"}, claims


def test_a_harm_that_came_with_stopping_a_treatment_is_not_its_harm(lexicon) -> None:
    # Set 555, statement 23 (Ohga et al., Acta Paediatr Jpn 1995; run once as held-out on
    # a681895): "As soon as the IFN therapy was stopped, patient 2
    # developed pneumonia and lymphadenitis" drafted both as harms of the therapy, the opposite
    # of the sentence; and set 518's "Chemotherapy was discontinued after the patient developed
    # normocytic anemia" one the sentence does not say.
    for sentence in (
        (
            "As soon as the IFN therapy was stopped, patient 2 developed pneumonia and "
            "lymphadenitis, which were promptly relieved by readministering the agent"
        ),
        "Chemotherapy was discontinued after the patient developed normocytic anemia",
    ):
        claims = last_claims(lexicon, sentence)
        assert not any(c[0] == "SafetyClaim" for c in claims), (sentence, claims)
    # Control: a harm the treatment caused before it was stopped is still its harm.
    claims = last_claims(lexicon, "Rituximab caused infections and was discontinued")
    assert {(c[0], c[2]) for c in claims} == {("SafetyClaim", "outcome:infection")}, claims
