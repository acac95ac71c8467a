"""Errors of sets 172-174 (run once as held-out sets, development documents now), each fixed by
a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from: Silfverberg T et al. Haematopoietic stem cell transplantation for
treatment of relapsing-remitting multiple sclerosis in Sweden (set 173, source 1); a comparison
of bone marrow transplantation from an HLA-matched family donor and immunosuppressive therapy
as first-line treatment in 599 children with acquired severe aplastic anemia (set 174, source
3); Kudo K et al. Second allogeneic hematopoietic stem cell transplantation in children with
severe aplastic anemia. Bone Marrow Transplant (set 174, source 5). See the sets' SOURCES.md.
Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import drafted


def test_a_growing_evidence_base_is_no_subject(lexicon) -> None:
    # Set 173: "A growing evidence base supports the use of ... (aHSCT) for treatment of
    # relapsing-remitting multiple sclerosis" left the intervention unresolved, the evidence
    # base read as a subject the lexicon does not know.
    _, tuples = drafted(
        lexicon,
        "A growing evidence base supports the use of autologous haematopoietic stem cell "
        "transplantation (aHSCT) for treatment of relapsing-remitting multiple sclerosis "
        "(RRMS), but it has not yet been integrated into most national clinical guidelines",
    )
    assert any(
        t[2] == "intervention:ahsct" and t[3] == "disease:relapsing-remitting-multiple-sclerosis"
        for t in tuples
    ), tuples


def test_a_named_subject_is_still_unknown(lexicon) -> None:
    # Control: a subject the lexicon does not know is not replaced by a name after the cue.
    _, tuples = drafted(
        lexicon,
        "Interferon beta supports the use of AHSCT in relapsing-remitting multiple sclerosis",
    )
    assert not any(t[2] == "intervention:ahsct" for t in tuples), tuples


def test_treatments_joined_inside_a_population_are_not_outcomes(lexicon) -> None:
    # Set 174: "the overall survival did not differ between patients treated with
    # immunosuppressive therapy or bone marrow transplantation" drafted bone marrow
    # transplantation as an outcome that varied: the "or" was read as joining it to the
    # survival.
    _, tuples = drafted(
        lexicon,
        "While the overall survival did not differ between patients treated with "
        "immunosuppressive therapy or bone marrow transplantation [88% (95% confidence "
        "interval: 86–90) versus 92% (90–94)], failure-free survival was significantly inferior "
        "in patients receiving immunosuppressive therapy than in those undergoing bone marrow "
        "transplantation [56% (54–59) versus 87% (85–90); P<0.0001]",
    )
    assert not any(t[3] == "outcome:bone-marrow-transplantation" for t in tuples), tuples


def test_outcomes_joined_to_an_outcome_are_still_listed(lexicon) -> None:
    # Control.
    _, tuples = drafted(
        lexicon, "AHSCT improved strength, independent ambulation and quality of life"
    )
    assert "outcome:independent-ambulation" in {t[3] for t in tuples}, tuples


def test_what_patients_have_been_through_says_who_they_are(lexicon) -> None:
    # Set 174: "the recommendation of a second HSCT for children with SAA who have experienced
    # graft failure after first HSCT" was drafted as HSCT associated with graft failure.
    _, tuples = drafted(
        lexicon,
        "These findings justify the recommendation of a second HSCT for children with SAA who "
        "have experienced graft failure after first HSCT",
    )
    assert not any(t[3] == "outcome:graft-failure" for t in tuples), tuples


def test_a_harm_patients_experienced_after_a_treatment_is_still_a_harm(lexicon) -> None:
    # Control.
    _, tuples = drafted(lexicon, "After HSCT, two children experienced graft failure")
    assert any(t[3] == "outcome:graft-failure" for t in tuples), tuples
