"""Errors of sets 705-712 (run once as held-out sets, development documents now), each fixed by
a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import drafted, last_claims

from kg.ingest.parse import parse_summary


def test_a_heading_numbering_a_trial_is_no_statement() -> None:
    # Set 705 (tralokinumab): the headings "Tralokinumab monotherapy in ECZTRA 1 and ECZTRA 2"
    # and "The United States patients of ECZTRA 3" were read as statements citing sources 2
    # and 3, which moved every later statement off its place.
    doc = parse_summary(
        "From the Research\n"
        "Tralokinumab monotherapy in ECZTRA 1 and ECZTRA 2\n"
        "- Tralokinumab improved itch 1.\n"
        "Tralokinumab in the phase 3\n"
        "- Tralokinumab improved sleep 2.\n"
        "- It was well tolerated 3.\n"
    )
    assert [s.text for s in doc.statements] == [
        "Tralokinumab improved itch 1.",
        "Tralokinumab improved sleep 2.",
        "It was well tolerated 3.",
    ]
    assert [s.path for s in doc.sections][1:] == [
        "From the Research / Tralokinumab monotherapy in ECZTRA 1 and ECZTRA 2",
        "From the Research / Tralokinumab in the phase 3",
    ]
    # Control: a lead sentence ending in a marker the bullets cite is still a statement.
    doc = parse_summary(
        "From the Research\n"
        "Bone marrow mesenchymal stem cells improved a rat model of glomerulosclerosis 1\n"
        "- MSCs reduced proteinuria 1.\n"
    )
    assert len(doc.statements) == 2


def test_an_ability_that_falls_is_not_the_thing_it_fights(lexicon) -> None:
    # Set 706, statement 18 (deuruxolitinib): "may decrease your ability to fight infection"
    # was drafted as deuruxolitinib reducing infection, the opposite of the warning.
    claims = last_claims(
        lexicon,
        "In alopecia areata, taking deuruxolitinib may decrease your ability to fight infection "
        "and increase the risk that you will get a serious infection",
    )
    assert not any(c[0] == "EfficacyClaim" and c[2] == "outcome:infection" for c in claims)
    # Control: an infection reduced by the drug is drafted.
    claims = last_claims(lexicon, "In alopecia areata, deuruxolitinib reduced infection")
    assert claims == {
        ("EfficacyClaim", "intervention:deuruxolitinib", "outcome:infection", "Reduces", False)
    }


def test_a_harm_that_did_not_come_is_no_failed_reduction(lexicon) -> None:
    # Set 711, statement 17 (BION-1301): "reduced serum levels of IgA, IgM, and IgG with no
    # drug-related toxicity" was drafted as BION-1301 not reducing drug-related toxicity.
    claims = last_claims(
        lexicon,
        "In lupus, BION-1301 reduced serum levels of IgA, IgM, and IgG with no drug-related toxicity",
    )
    assert not any("toxicity" in c[2] for c in claims), claims
    assert ("EfficacyClaim", "intervention:bion-1301", "outcome:igm", "Reduces", False) in claims
    # Control: a toxicity the drug is said to reduce is still its result.
    claims = last_claims(lexicon, "In lupus, BION-1301 reduced drug-related toxicity")
    assert (
        "EfficacyClaim",
        "intervention:bion-1301",
        "outcome:drug-related-toxicity",
        "Reduces",
        False,
    ) in claims


def test_another_member_of_a_class_is_not_the_class(lexicon) -> None:
    # Set 706, statement 14 (deuruxolitinib): "Higher rate of all-cause mortality ... was
    # observed with another Janus kinase (JAK) inhibitor versus TNF blockers" gave the harms to
    # the JAK inhibitor class.
    claims = last_claims(
        lexicon,
        "Higher rate of all-cause mortality, including sudden cardiovascular death, was observed "
        "with another Janus kinase (JAK) inhibitor versus TNF blockers in rheumatoid arthritis "
        "(RA) patients",
    )
    assert not [c for c in claims if c[1] != "-"], claims
    # Control: the class named as such keeps the harm.
    claims = last_claims(
        lexicon,
        "In rheumatoid arthritis, JAK inhibitors were associated with a higher rate of "
        "all-cause mortality than TNF blockers",
    )
    assert {c[1] for c in claims} == {"intervention:jak-inhibitor"}, claims


def test_what_a_mechanism_involves_is_no_procedure_step(lexicon) -> None:
    # Set 711, statement 6 (sibeprenlimab): "The mechanism of action for sibeprenlimab involves
    # binding to and inhibiting APRIL" drafted "binding" as a step of giving it.
    claims = last_claims(
        lexicon,
        "The mechanism of action for sibeprenlimab involves binding to and inhibiting APRIL, "
        "thereby reducing levels of immunoglobulin A (IgA)",
    )
    assert not any(c[0] == "ProcedureStepClaim" for c in claims), claims
    # Control: what a procedure involves is its steps.
    claims = last_claims(lexicon, "AHSCT requires conditioning chemotherapy")
    assert ("ProcedureStepClaim", "intervention:ahsct") in {c[:2] for c in claims}, claims


def test_two_cell_types_share_the_words_after_cell(lexicon) -> None:
    # Set 710, statement 12 (orelabrutinib): "inhibiting B cell and myeloid cell effector
    # functions" proposed "B cell" as what fell.
    claims = last_claims(
        lexicon,
        "In multiple sclerosis, orelabrutinib inhibited B cell and myeloid cell effector functions",
    )
    assert {c[2] for c in claims} == {
        "outcome:b-cell-effector-function",
        "outcome:myeloid-cell-effector-function",
    }, claims
    # Control: one-word items still take the plural head.
    claims = last_claims(lexicon, "In lupus, rituximab improved mouth and hand functions")
    assert {c[2] for c in claims} == {"outcome:mouth-function", "outcome:hand-function"}, claims


def test_how_bearable_a_harm_is_is_no_part_of_its_name(lexicon) -> None:
    # Set 706, statement 9 (deuruxolitinib): "was associated with manageable side effects,
    # including headaches and acne" proposed "manageable side effect".
    claims = last_claims(
        lexicon,
        "In alopecia areata, deuruxolitinib was associated with manageable side effects, "
        "including headaches and acne, and did not present significant cardiovascular risks",
    )
    harms = {c[2] for c in claims}
    assert "outcome:side-effect" in harms and "outcome:manageable-side-effect" not in harms, claims
    assert {"outcome:headache", "outcome:acne"} <= harms, claims


def test_inhibitors_of_a_target_are_the_target_inhibitor_class(lexicon) -> None:
    # Set 706, statement 4 (deuruxolitinib): "Inhibitors of JAK kinases have been used to
    # treat ... alopecia areata" proposed "inhibitors of JAK kinase".
    _, tuples = drafted(
        lexicon,
        "Inhibitors of JAK kinases have been used to treat several autoimmune diseases "
        "including alopecia areata",
    )
    assert {t[2] for t in tuples} == {"intervention:jak-kinase-inhibitor"}, tuples
    # Control: the class written the usual way is named the same.
    claims = last_claims(lexicon, "JAK kinase inhibitors have been used to treat alopecia areata")
    assert {c[1] for c in claims} == {"intervention:jak-kinase-inhibitor"}, claims
