"""Errors of sets 356-359 (run once as held-out sets, development documents now) and of
development sets met while fixing them, each fixed by a general rule and tested on the
published sentence that showed it, with a control.

Sentences quoted from (see the set's SOURCES.md): the review of CAR T cells in chronic
autoimmune rheumatic diseases (set 358, source 1) and the CAR-NK trial in Sjögren's syndrome
(set 358, source 5); the autologous transplantation series in systemic vasculitis (set 359,
source 1) and the review of Behçet's-like disease in myelodysplastic syndromes (set 359, source
4); the umbilical cord cells in experimental autoimmune thyroiditis (development set
msc-autoimmune-thyroiditis, source 3) and the dental pulp stem cells in lupus-prone mice
(development set msc-lupus-prone-mice, source 4). Sentences without a source are written for
the test.
"""

from __future__ import annotations

from ingest_testing import drafted, last_claims

from kg.ingest.lexicon import DISEASE
from kg.ingest.nouns import looks_like
from kg.ingest.parse import parse_summary


def test_a_ratio_is_named_by_what_it_is_a_ratio_of(lexicon) -> None:
    # "decreased the ratios of IL-17α/CD25FOXP3 cells and serum IFN-γ/IL-4" proposed the
    # outcome "ratio": a ratio alone names nothing.
    claims = last_claims(
        lexicon,
        "Mesenchymal stem cells significantly alleviated inflammation, reduced serum thyroid "
        "antibody levels, and decreased the ratios of IL-17α/CD25FOXP3 cells and serum "
        "IFN-γ/IL-4 in EAT rats",
    )
    objects = {c[2] for c in claims}
    assert "outcome:ratio" not in objects, claims
    assert any(o.startswith("outcome:ratio-of-il-17") for o in objects), claims
    # Control: the other results of the sentence are kept.
    assert "outcome:inflammation" in objects, claims


def test_a_ratio_named_before_it_is_kept(lexicon) -> None:
    claims = last_claims(lexicon, "Mesenchymal stem cells decreased the CD4/CD8 ratio")
    assert ("intervention:mesenchymal-stem-cell", "outcome:cd4-cd8-ratio", "Reduces") in {
        c[1:4] for c in claims
    }, claims


def test_a_heading_ending_in_a_number_no_bullet_cites_is_a_heading() -> None:
    # Set 359: the heading "Treatments of the Behçet's-like disease of myelodysplastic
    # syndromes with trisomy 8" was read as a statement citing source 8, which shifted every
    # later statement's position.
    text = (
        "From the Research\n"
        "Myelodysplastic syndromes with Behçet-like features\n"
        "- HSCT was successful in 9 of 13 patients 3.\n"
        "Treatments of the Behçet's-like disease of myelodysplastic syndromes with trisomy 8\n"
        "- Azacitidine seems to be the best strategy 4.\n"
    )
    document = parse_summary(text, "t.txt")
    assert [s.text[:12] for s in document.statements] == ["HSCT was suc", "Azacitidine "]
    assert document.statements[1].section.label.endswith("with trisomy 8")
    # Control: a lead sentence ending in a marker the bullets cite is still a statement.
    cited = text.replace("with trisomy 8\n", "with trisomy 4\n")
    assert len(parse_summary(cited, "t.txt").statements) == 3


def test_what_is_discussed_whether_is_no_claim(lexicon) -> None:
    # Set 358: "discuss whether these constructs might yield greater efficacy and be
    # associated with fewer adverse events compared to current treatment strategies" drafted
    # an adverse event associated with a treatment.
    sentence = (
        "Finally, we focus on how HSCT interferes with the pathogenesis of 3 chronic "
        "autoimmune rheumatic diseases and discuss whether it might yield greater efficacy and "
        "be associated with fewer adverse events compared to current treatment strategies"
    )
    assert not last_claims(lexicon, sentence)
    # Control: the same words asserted are a claim.
    assert last_claims(lexicon, "HSCT was associated with adverse events")


def test_what_remains_to_be_learnt_whether_keeps_its_status(lexicon) -> None:
    # Development set msc-lupus-prone-mice: "whether they can ameliorate SLE symptoms as
    # UC-MSCs remains to be elucidated" is the standing of the cells in SLE.
    claims = last_claims(
        lexicon,
        "Although dental pulp stem cells (DPSCs) have been reported to possess immunomodulatory "
        "functions, whether they can ameliorate SLE symptoms as UC-MSCs remains to be elucidated",
    )
    assert {c[0] for c in claims} == {"StatusClaim"}, claims


def test_fewer_harms_are_harms_reduced(lexicon) -> None:
    # "associated with fewer adverse events" drafted the adverse events as associated with
    # the treatment: the opposite of what the sentence says.
    for sentence in (
        "HSCT was associated with fewer adverse events than rituximab",
        "HSCT resulted in fewer infections",
    ):
        claims = {c[:4] for c in last_claims(lexicon, sentence)}
        assert all(c[3] == "Reduces" and c[0] == "EfficacyClaim" for c in claims), claims
        assert claims, sentence
    # Control: more harms, or harms alone, are associated with it.
    for sentence in (
        "HSCT was associated with more adverse events than rituximab",
        "HSCT was associated with infections",
    ):
        claims = last_claims(lexicon, sentence)
        assert {c[3] for c in claims} == {"AssociatedWith"}, claims


def test_what_efficacy_is_defined_as_is_no_result(lexicon) -> None:
    # Set 358: "efficacy is defined as a reduction in the high-risk of lymphoma in pSS
    # patients and at least partial relief of dry mouth and eye symptoms" drafted two results.
    assert not last_claims(
        lexicon,
        "For the purpose of i3+3 design, efficacy is defined as a reduction in the high-risk of "
        "lymphoma in pSS patients and at least partial relief of dry mouth and eye symptoms on "
        "the 30th day after HSCT",
    )
    # Control: a result beside a definition set off by commas is still drafted.
    claims = last_claims(lexicon, "HSCT reduced relapses, defined as new symptoms lasting 24 hours")
    assert ("intervention:hsct", "outcome:relapse", "Reduces") in {c[1:4] for c in claims}


def test_the_patients_disease_is_not_what_an_anaphor_says_was_controlled(lexicon) -> None:
    # Set 359: "the best strategy to control these disorders, even in MDS patients with
    # low-risk disease" drafted azacitidine as improving myelodysplastic syndrome and a
    # proposed disease "low-risk disease"; "these disorders" are another statement's.
    claims = last_claims(
        lexicon,
        "Targeting the underlying clonal disease with specific therapies, such as azacitidine, "
        "seems to be the best strategy to control these disorders, even in myelodysplastic "
        "syndrome patients with low-risk disease",
    )
    assert not claims, claims
    # Control: the disease the verb takes is still the disease treated.
    claims = last_claims(
        lexicon,
        "Azacitidine is the best strategy to control the disease in patients with "
        "myelodysplastic syndrome",
    )
    assert ("intervention:azacitidine", "disease:myelodysplastic-syndrome") in {
        c[1:3] for c in claims
    }, claims


def test_an_abbreviation_defined_as_a_narrower_kind_is_that_kind_from_there_on(lexicon) -> None:
    # Set 359: "employing non-myeloablative autologous hematopoietic stem cell transplantation
    # (HSCT)" and then "All 4 patients tolerated HSCT well without transplant related
    # mortality" drafted the broader HSCT where the author means the autologous one.
    _, tuples = drafted(
        lexicon,
        "HSCT improved survival in MS",
        "We here report our single center experience in treating 4 patients with refractory SV "
        "employing non-myeloablative autologous hematopoietic stem cell transplantation (HSCT)",
        "All 4 patients tolerated HSCT well without transplant related mortality or any "
        "significant toxicity",
        markers=(1, 2, 2),
    )
    assert {t[2] for t in tuples if t[0] == 3} == {"intervention:ahsct"}, tuples
    # Control: before the definition, HSCT is the abbreviation's own meaning.
    assert {t[2] for t in tuples if t[0] == 1} == {"intervention:hsct"}, tuples


def test_how_far_a_disease_has_gone_names_no_disease() -> None:
    # Set 359: "in MDS patients with low-risk disease" proposed the disease "low-risk disease".
    for name in ("low-risk disease", "active disease", "severe refractory disease"):
        assert not looks_like(name, DISEASE), name
    # Control: a disease named by its kind still is one.
    for name in ("coeliac disease", "autoimmune disease", "systemic disease"):
        assert looks_like(name, DISEASE), name
