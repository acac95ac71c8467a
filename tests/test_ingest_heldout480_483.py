"""Errors of sets 480-483 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentence that showed it, with a control.

Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import drafted, last_claims

from kg.ingest.drugs import find_drugs


def test_a_drug_class_with_an_abbreviation_defined_inside_is_named_written_out(lexicon) -> None:
    # Set 480, statements 7 and 8 (Vanderver et al., N Engl J Med 2020): "Janus kinase (JAK)
    # inhibitors" was named "JAK inhibitor", and so was the later "JAK inhibitors".
    _, tuples = drafted(
        lexicon,
        "Janus kinase (JAK) inhibitors may be effective in blocking interferon activation in "
        "patients with the Aicardi–Goutières syndrome",
        "JAK inhibitors are associated with infection, anemia, lymphopenia, and thrombosis",
    )
    assert {t[2] for t in tuples} == {"intervention:janus-kinase-inhibitor"}, tuples
    assert (2, "outcome:thrombosis") in {(t[0], t[3]) for t in tuples}, tuples
    # Control: a cell therapy keeps the short form the text defines inside its name.
    claims = last_claims(
        lexicon, "Chimeric antigen receptor (CAR) T cells induced remission of lupus nephritis"
    )
    assert {c[1] for c in claims} == {"intervention:car-t-cell"}, claims


def test_what_improves_upon_treatment_with_a_drug_is_the_drugs_result(lexicon) -> None:
    # Set 480, statement 6 (Montealegre Sanchez et al., J Clin Invest 2018): nothing drafted.
    claims = last_claims(lexicon, "Clinical symptoms improve upon treatment with baricitinib")
    assert ("intervention:baricitinib", "outcome:clinical-symptom", "Improves") in {
        c[1:4] for c in claims
    }, claims
    # Control: a time after which scores changed names no treatment.
    claims = last_claims(lexicon, "Pain scores improved after six months of follow-up")
    assert not [c for c in claims if c[1] != "-"], claims


def test_a_fronted_considering_phrase_is_the_topic_not_a_subject(lexicon) -> None:
    # Set 481, statement 4 (Traineau et al., J Am Acad Dermatol 2020): "Considering biologic
    # therapies" was drafted as a treatment that improved dermatomyositis.
    claims = last_claims(
        lexicon,
        "Considering biologic therapies, rituximab has shown promising results in treating "
        "both dermatomyositis and systemic sclerosis",
    )
    assert {c[1] for c in claims} == {"intervention:rituximab"}, claims
    assert {c[2] for c in claims} == {"disease:dermatomyositis", "disease:systemic-sclerosis"}
    # Control: a subject that starts with a word like it is still read.
    claims = last_claims(lexicon, "Regarding safety, rituximab was associated with infections")
    assert ("intervention:rituximab", "outcome:infection") in {c[1:3] for c in claims}, claims


def test_a_disease_that_responded_to_a_drug_was_improved_by_it(lexicon) -> None:
    # Set 481, statement 17 (two patients on tofacitinib, J Autoimmun 2019): the semicolon
    # inside the brackets ended the clause, and a plain "responded to" was no result.
    claims = last_claims(
        lexicon,
        "Dermatomyositis (DM) can be complicated by calcinosis and interstitial lung disease (ILD)",
        "Furthermore, concomitant life-threatening DM-associated ILD (acute fibrinous and "
        "organizing pneumonia; AFOP) in one patient rapidly responded to tofacitinib "
        "monotherapy",
    )
    # Named as the document writes it ("tofacitinib monotherapy"), as the other sets name
    # a drug before the word for how it was given.
    assert {c[1:4] for c in claims} == {
        ("intervention:tofacitinib-monotherapy", "disease:interstitial-lung-disease", "Improves")
    }, claims
    # Control: the patients a relative clause picks out by their response are no result.
    claims = last_claims(
        lexicon, "Patients with lupus nephritis who responded to rituximab were older"
    )
    assert not [c for c in claims if c[0] == "EfficacyClaim"], claims


def test_medicines_the_ontology_lacks_are_found_by_the_drug_dictionary(lexicon) -> None:
    # Set 482, statement 13 (Trindade et al., Paediatr Drugs 2021): "Antimalarials and
    # glucocorticoids" named nothing the lexicon knew, so nothing was drafted.
    _, tuples = drafted(
        lexicon,
        "Antimalarials and glucocorticoids are still the most common drugs used to treat lupus "
        "nephritis",
    )
    assert {(t[2], t[3]) for t in tuples} == {
        ("intervention:antimalarial", "disease:lupus-nephritis"),
        ("intervention:glucocorticoid", "disease:lupus-nephritis"),
    }, tuples
    # Control: what the dictionary also holds, but no treatment names where a summary uses it.
    text = (
        "C-peptide and IL-10 rose in quality-of-life indicators; patients receiving concomitant "
        "immunosuppressants could stop prednisone; BCNU+Etoposide+Ara-C+Melphalan; tacrolimus "
        "monotherapy; immunosuppressive therapy (prednisone and mycophenolate mofetil)"
    )
    assert find_drugs(text) == [], find_drugs(text)


def test_a_p_value_inside_brackets_with_a_semicolon_keeps_two_active_arms_asserted(
    lexicon,
) -> None:
    # Sets 23 and 278 (development): once brackets no longer ended a clause at their
    # semicolon, the p-value comparing two transplant groups denied that either had the harm.
    claims = last_claims(
        lexicon, "Treatment-related mortality was high in both HSCT groups (29% and 16%; P = .09)"
    )
    assert ("intervention:hsct", "outcome:treatment-related-mortality", False) in {
        (c[1], c[2], c[4]) for c in claims
    }, claims
    # Control: a difference from placebo that the p-value calls not significant is denied.
    claims = last_claims(
        lexicon,
        "Rituximab improved the haemoglobin response versus placebo (29% and 16%; P = .09)",
    )
    assert claims and all(c[4] for c in claims), claims


def test_a_combination_of_an_earlier_clause_is_not_the_next_clauses_subject(lexicon) -> None:
    # Set 482, statement 16 (Trindade et al., Paediatr Drugs 2021): belimumab's approval was
    # credited to rituximab, as if belimumab were a part of rituximab's combination.
    claims = last_claims(
        lexicon,
        "Childhood-onset SLE (cSLE) is rare",
        "Regarding B-cell-targeting biologic agents, rituximab may be used for refractory "
        "lupus nephritis patients in combination with another DMARD, and belimumab was "
        "recently approved by the US Food and Drug Administration for cSLE treatment in "
        "children aged > 5 years",
    )
    assert ("StatusClaim", "intervention:belimumab") in {c[:2] for c in claims}, claims
    assert "intervention:rituximab" not in {c[1] for c in claims}, claims
    # Control: a part named after "in combination with" in the same clause is still a part.
    claims = last_claims(
        lexicon, "Rituximab in combination with belimumab was approved for lupus nephritis"
    )
    assert "intervention:belimumab" not in {c[1] for c in claims}, claims
