"""Errors of sets 384-387 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from (see the set's SOURCES.md): rituximab in pemphigus (set 384, source 5)
and immune thrombocytopenia after alemtuzumab (set 387, source 4). Sentences without a source
are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_a_harm_in_a_clause_of_its_own_is_no_disease_treated(lexicon) -> None:
    # Set 387: "Alemtuzumab is a highly effective therapy for relapsing-remitting multiple
    # sclerosis (RRMS), and immune thrombocytopenia (ITP) has been identified as a risk"
    # drafted alemtuzumab as improving immune thrombocytopenia, the harm it brings: the
    # abbreviation hid the new clause's subject.
    claims = last_claims(
        lexicon,
        "Alemtuzumab is a highly effective therapy for relapsing-remitting multiple sclerosis "
        "(RRMS), and immune thrombocytopenia (ITP) has been identified as a risk",
    )
    assert not [c for c in claims if "thrombocytopenia" in c[2] and c[3] == "Improves"], claims
    assert ("intervention:alemtuzumab", "disease:relapsing-remitting-multiple-sclerosis") in {
        c[1:3] for c in claims
    }, claims
    # Control: a second disease the same clause lists is still treated.
    claims = last_claims(
        lexicon, "Alemtuzumab is a highly effective therapy for multiple sclerosis (MS) and lupus"
    )
    assert "disease:systemic-lupus-erythematosus" in {c[2] for c in claims}, claims


def test_a_response_to_another_treatment_is_not_the_subjects(lexicon) -> None:
    # Set 387: "Of 1485 alemtuzumab-treated MS patients ..., 33 (2.2%) developed ITP ...; most
    # had a sustained response to first-line ITP therapy with corticosteroids, platelets,
    # and/or intravenous immunoglobulin" drafted a sustained response to alemtuzumab.
    claims = last_claims(
        lexicon,
        "Of 1485 alemtuzumab-treated MS patients in the clinical development program, 33 (2.2%) "
        "developed ITP (alemtuzumab 12 mg, 24 [2.0%]; alemtuzumab 24 mg, 9 [3.3%]) over median "
        "6.1 years of follow-up after the first infusion; most had a sustained response to "
        "first-line ITP therapy with corticosteroids, platelets, and/or intravenous "
        "immunoglobulin",
    )
    assert not [c for c in claims if c[1] == "intervention:alemtuzumab" and c[3] == "Improves"]
    # Control: a response to the subject's own treatment is its result.
    claims = last_claims(
        lexicon,
        "Rituximab induced remission in patients with ITP",
        "Most patients had a sustained response to rituximab therapy",
    )
    assert ("intervention:rituximab", "outcome:sustained-response", "Improves") in {
        c[1:4] for c in claims
    }, claims


def test_neither_denies_only_its_own_clause(lexicon) -> None:
    # Set 384: "Neither protocol produced a sustained clinical remission and both required
    # continued systemic therapy" drafted continued systemic therapy as not required.
    claims = last_claims(
        lexicon,
        "Neither protocol produced a sustained clinical remission and both required continued "
        "systemic therapy",
    )
    assert not [c for c in claims if c[4] and c[0] != "EfficacyClaim"], claims
    # Control: both treatments "neither ... nor" names, and both results, are denied.
    claims = last_claims(
        lexicon, "Neither AHSCT nor cyclophosphamide improved survival and relapse"
    )
    assert len(claims) == 4 and all(c[4] for c in claims), claims
