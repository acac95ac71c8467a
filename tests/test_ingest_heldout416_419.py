"""Errors of sets 416-419 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from (see the set's SOURCES.md): rituximab and avacopan in ANCA-associated
vasculitis (set 416, sources 3 and 5); CAR T cells in Graves' disease and cell therapy in
antiphospholipid syndrome (development sets read beside them, see their SOURCES.md). Sentences
without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_a_denied_infection_keeps_its_organism_and_despite_ends_a_list(lexicon) -> None:
    # Set 416: "Patients in the avacopan group also had fewer glucocorticoid-associated adverse
    # events and, despite complement inhibition, there were no cases of Neisseria meningitidis
    # infection reported in either group" denied every infection (more than the sentence)
    # and proposed "despite complement inhibition" as an outcome reduced.
    claims = last_claims(
        lexicon,
        "Patients in the AHSCT group also had fewer glucocorticoid-associated adverse events "
        "and, despite complement inhibition, there were no cases of Neisseria meningitidis "
        "infection reported in either group",
    )
    objects = {c[2] for c in claims}
    assert "outcome:infection" not in objects, claims
    assert "outcome:neisseria-meningitidis-infection" in objects, claims
    assert not [o for o in objects if "despite" in o], claims
    # Control: an infection denied without an organism is still infection, and a kind named by
    # an adjective is still that kind.
    claims = last_claims(lexicon, "No infections were reported after AHSCT")
    assert {c[2] for c in claims} == {"outcome:infection"}, claims
    claims = last_claims(lexicon, "No serious infections were reported after AHSCT")
    assert {c[2] for c in claims} == {"outcome:serious-infection"}, claims


def test_a_role_in_induction_therapy_is_no_mechanism(lexicon) -> None:
    # Set 416: "In conclusion, RTX now plays an important role in the induction and maintenance
    # therapy of AAV" drafted "induction" as a process rituximab works through.
    claims = last_claims(
        lexicon,
        "Rituximab reduced relapses",
        "In conclusion, rituximab now plays an important role in the induction and maintenance "
        "therapy of AAV",
    )
    assert not [c for c in claims if c[0] == "MechanismClaim"], claims
    # Control: a role in a process is still how it works.
    claims = last_claims(lexicon, "AHSCT plays an important role in immune reconstitution")
    assert ("MechanismClaim", "intervention:ahsct") in {c[:2] for c in claims}, claims


def test_what_happened_despite_a_treatment_is_not_of_it(lexicon) -> None:
    # Development sets, once "despite" ended a name: "A subset of patients develop refractory
    # disease, failing to achieve durable remission despite prolonged antithyroid therapy"
    # drafted the remission as achieved, and "She developed progressive myocardial necrosis
    # despite treatment with corticosteroids, ..." the necrosis as a harm.
    claims = last_claims(
        lexicon,
        "A subset of patients develop refractory disease, failing to achieve durable remission "
        "despite prolonged antithyroid therapy",
    )
    # Never the remission achieved; since the errors of set 529, what a subset of patients
    # failed to achieve is drafted as a varying result rather than one denied outright.
    assert claims and not any(c[3] == "Improves" and not c[4] for c in claims), claims
    claims = last_claims(
        lexicon,
        "She developed progressive myocardial necrosis despite treatment with corticosteroids, "
        "cyclophosphamide (CYC), cyclosporine, and immunopheresis",
    )
    assert not [c for c in claims if c[0] == "SafetyClaim"], claims
    # "associated with infections despite prophylaxis" was drafted as infections denied
    # (ConText reads a bare "prophylaxis" as denying what comes before it).
    claims = last_claims(lexicon, "AHSCT was associated with infections despite prophylaxis")
    assert claims == {
        ("SafetyClaim", "intervention:ahsct", "outcome:infection", "AssociatedWith", False)
    }, claims
    # Control: a harm named without "despite" is still a harm.
    claims = last_claims(lexicon, "AHSCT was associated with infections")
    assert ("SafetyClaim", "outcome:infection") in {(c[0], c[2]) for c in claims}, claims


def test_a_treatment_given_after_another_is_the_subject(lexicon) -> None:
    # "Antiviral prophylaxis after AHSCT prevented infections" credited AHSCT.
    claims = last_claims(lexicon, "Antiviral prophylaxis after AHSCT prevented infections")
    assert "intervention:ahsct" not in {c[1] for c in claims}, claims
    # Control: the patients after a treatment had its results.
    claims = last_claims(lexicon, "Patients after AHSCT had fewer relapses")
    assert ("intervention:ahsct", "outcome:relapse") in {c[1:3] for c in claims}, claims
