"""Errors of sets 598-604 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import last_claims


def test_a_latin_participle_in_a_disease_name_is_no_plural(lexicon) -> None:
    # Set 599, statements 9 and 10 (Legal and Misery, Acta Derm Venereol 2020): "acne
    # fulminans" was named in the singular as if it were a plural, "acne fulminan", a disease
    # no one has.
    claims = last_claims(
        lexicon,
        "Acne fulminans is a difficult condition to manage, and there is an absence of "
        "large-scale randomized controlled trials evaluating treatment for this condition",
        "A review of case series, individual reports, and case analyses supports the use of "
        "systemic corticosteroids in combination with isotretinoin for treating acne fulminans",
    )
    diseases = {c[2] for c in claims if c[2].startswith("disease:")}
    assert diseases == {"disease:acne-fulminans"}, claims
    # Control: a plural is still named in the singular.
    claims = last_claims(lexicon, "Rituximab reduced relapses in acne fulminans")
    assert ("intervention:rituximab", "outcome:relapse", "Reduces") in {c[1:4] for c in claims}, (
        claims
    )


def test_the_reason_for_a_recommendation_is_not_whom_it_is_for(lexicon) -> None:
    # Set 604, statement 10 (Cleaver et al., Case Rep Neurol 2019): the diseases in which
    # hydroxychloroquine is effective, given as the reason to consider it in Sneddon syndrome,
    # were drafted as the diseases it is recommended for.
    claims = last_claims(
        lexicon,
        "The medical option of hydroxychloroquine should be considered in all patients in view "
        "of its anti-thrombotic properties and efficacy in diseases such as systemic lupus "
        "erythematosus and antiphospholipid syndrome with the suggestion that SS may be a of "
        "these diseases",
    )
    assert not [c for c in claims if c[0] == "RecommendationClaim"], claims
    # Control: a recommendation for the patients it names.
    claims = last_claims(
        lexicon,
        "Hydroxychloroquine should be considered in patients with systemic lupus erythematosus",
    )
    assert ("RecommendationClaim", "intervention:hydroxychloroquine") in {
        c[:2] for c in claims if c[2].endswith("systemic-lupus-erythematosus")
    }, claims
