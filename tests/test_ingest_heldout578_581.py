"""Errors of sets 578-581 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import drafted, last_claims


def test_a_result_not_significant_in_the_present_is_denied(lexicon) -> None:
    # Set 581, statements 17-18 (Ye et al., PLoS ONE 2016): "Whereas, its impact on reducing
    # mortality is not significant" drafted a fall in mortality, the opposite of the sentence.
    claims = last_claims(
        lexicon,
        "Cyclosporine reduced mortality",
        "Whereas, its impact on reducing mortality is not significant",
    )
    assert claims, claims
    assert all(c[4] for c in claims if c[2] == "outcome:mortality"), claims
    # Control: a significant one stays asserted.
    claims = last_claims(lexicon, "Cyclosporine significantly reduced mortality")
    assert ("outcome:mortality", "Reduces", False) in {c[2:5] for c in claims}, claims


def test_with_little_denies_the_harm_that_follows(lexicon) -> None:
    # Set 581, statement 6 (Ng et al., J Inflamm Res 2018): "well tolerated with little adverse
    # effects or increased infection" drafted cyclosporine as increasing infection.
    claims = last_claims(
        lexicon,
        "Cyclosporine was also generally well tolerated with little adverse effects or "
        "increased infection, albeit the patients tended to be critically ill",
    )
    infection = [c for c in claims if c[2] == "outcome:infection"]
    assert infection and all(c[4] for c in infection), claims
    # Control: without "little" the rise is asserted.
    claims = last_claims(lexicon, "Cyclosporine was associated with increased infection")
    assert ("outcome:infection", "Increases", False) in {c[2:5] for c in claims}, claims


def test_effective_in_doing_something_to_patients_is_not_the_disease_treated(lexicon) -> None:
    # Set 578, statement 13 (Gao et al., Front Immunol 2021): "Low-dose lenalidomide plus
    # dexamethasone therapy is effective in reversing skin changes in patients with POEMS
    # syndrome" drafted the treatment as improving POEMS syndrome itself.
    claims = last_claims(
        lexicon,
        "Low-dose lenalidomide plus dexamethasone therapy is effective in reversing skin "
        "changes in patients with POEMS syndrome",
    )
    assert not any(c[2].startswith("disease:") for c in claims), claims
    # Controls: effective in the patients, or in treating them, is effective for the disease.
    for sentence in (
        "Lenalidomide is effective in patients with POEMS syndrome",
        "Lenalidomide is effective in treating patients with POEMS syndrome",
    ):
        claims = last_claims(lexicon, sentence)
        assert ("disease:poems-syndrome", "Improves", False) in {c[2:5] for c in claims}, claims


def test_ineffective_denies_the_effect(lexicon) -> None:
    # Set 580, statement 19 (Worobec et al., Leuk Lymphoma 1996) says "treatment with
    # interferon alpha-2b was found to be ineffective in controlling progression of disease";
    # "ineffective" was read as no cue at all. Written for the test, on a disease:
    claims = last_claims(lexicon, "Rituximab was found to be ineffective in lupus nephritis")
    assert ("intervention:rituximab", "disease:lupus-nephritis", "Improves", True) in {
        c[1:5] for c in claims
    }, claims
    # Control: "effective" is not denied.
    claims = last_claims(lexicon, "Rituximab was found to be effective in lupus nephritis")
    assert ("intervention:rituximab", "disease:lupus-nephritis", "Improves", False) in {
        c[1:5] for c in claims
    }, claims


def test_to_relieve_is_to_reduce(lexicon) -> None:
    # Set 580, statement 16 (Casassus et al., Br J Haematol 2002): "Six months of
    # interferon-alpha may relieve vascular congestion in adults with SM" drafted nothing, as
    # "relieve" was no cue (the vascular congestion is still no outcome the drafter knows the
    # kind of, so that sentence still drafts nothing). Written for the test:
    draft, tuples = drafted(
        lexicon, "Six months of rituximab may relieve fatigue in adults with SLE"
    )
    assert ("intervention:rituximab", "outcome:fatigue", "Reduces", False) in {
        t[2:6] for t in tuples
    }, tuples
    # The hedge is kept.
    relieved = [c for c in draft.statements[-1].claims if "relieve" in c.wording]
    assert relieved and {c.strength for c in relieved} == {"Possible"}, relieved
    # Control: a word that only looks like it ("relief of") makes no such claim of its own.
    claims = last_claims(lexicon, "Rituximab was given for relief of fatigue")
    assert not any(c[3] == "Reduces" for c in claims), claims
