"""Wrong drafts of sets 31-36 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentences that showed it, with a control.

Sentences quoted from publications:

- Samadzadeh S et al. CAR T cells as novel therapeutic strategy for multiple sclerosis and other
  neuroimmune disorders. J Neuroinflammation. 2025. doi:10.1186/s12974-025-03668-0.
- Kyverna CAR-T cleared for stiff-person syndrome trial. CGTLive (news article).
- Effects of Anti-CD19 CAR-T Cells in a Murine Model of IgG4-Related Disease. Preprint,
  Research Square. doi:10.21203/rs.3.rs-7951070/v1.
- Puyade M et al. Autologous Hematopoietic Stem Cell Transplantation for Behçet's Disease.
  Front Immunol. 2021;12:638709. doi:10.3389/fimmu.2021.638709.
"""

from __future__ import annotations

from ingest_testing import drafted

DEVELOPED_FOR = (
    "Recent advances in CD19- and BCMA-directed CAR T-cell therapy, initially developed for "
    "hematologic malignancies, demonstrate the potential to achieve targeted, durable B-cell "
    "depletion and immune reprogramming in autoimmune diseases"
)
WHILE = (
    "While current immunomodulatory therapies have improved clinical outcomes, they often "
    "require lifelong administration and fail to effectively eliminate compartmentalized "
    "inflammation within the central nervous system"
)
SPS = "Stiff-person syndrome (SPS) is a rare autoimmune neurological disorder"
TREATED_SPS = (
    "The patient, a 59-year-old woman whose first symptoms of SPS appeared in 2014, was treated "
    "with a single dose of 1x108 CAR T-cells on Day 0 of the study, after having undergone a "
    "lymphodepletion regimen with fludarabine and cyclophosphamide"
)
BD = "Behçet's disease (BD) is a systemic vasculitis"
TREATED_BD = "Some patients with BD have been treated with aHSCT based on compassionate use"


def test_what_a_product_was_developed_for_is_no_harm(lexicon) -> None:
    # Drafted as "BCMA CAR T-cell therapy is associated with hematologic malignancy".
    _, tuples = drafted(lexicon, DEVELOPED_FOR)
    assert not [t for t in tuples if t[1] == "SafetyClaim"], tuples


def test_patients_who_developed_a_harm_still_draft_it(lexicon) -> None:
    # Control: "developed" of patients is still a result that names a harm.
    _, tuples = drafted(lexicon, "After AHSCT, two patients developed infections")
    assert any(t[3] == "outcome:infection" for t in tuples), tuples


def test_a_clause_opened_by_while_is_no_name(lexicon) -> None:
    draft, _ = drafted(lexicon, WHILE)
    assert not [p for p in draft.proposals if p.entry.label.lower().startswith("while")]


def test_treated_with_reports_a_use_of_what_follows(lexicon) -> None:
    _, tuples = drafted(lexicon, BD, TREATED_BD)
    assert (2, "EvidenceOfUseClaim", "intervention:ahsct") in {t[:3] for t in tuples}, tuples


def test_treated_with_never_takes_a_name_from_further_on(lexicon) -> None:
    # The cells given are not a name the lexicon knows; the cyclophosphamide of the
    # conditioning, further on, is not what the patient was treated with.
    _, tuples = drafted(lexicon, SPS, TREATED_SPS)
    second = [t for t in tuples if t[0] == 2]
    assert second and {t[2] for t in second} == {"-"}, second
    assert all(t[3] == "disease:stiff-person-syndrome" for t in second), second


IGG4 = "IgG4-related disease (IgG4-RD) is an immune-mediated fibroinflammatory disease"
SHOWING = (
    "Our findings demonstrate that anti-CD19 CAR-T therapy effectively alleviates the "
    "progression of IgG4-RD, showing superior efficacy compared to anti-CD20 mAb in this "
    "preclinical model"
)


def test_a_participle_clause_is_no_outcome(lexicon) -> None:
    # Set 34: "showing superior efficacy" was proposed as an outcome the therapy reduces.
    draft, tuples = drafted(lexicon, IGG4, SHOWING)
    assert not [p for p in draft.proposals if p.entry.label.lower().startswith("showing")]
    assert all("showing" not in t[3] for t in tuples), tuples


def test_a_participle_that_is_also_a_noun_still_names_a_harm(lexicon) -> None:
    # Control: "bleeding complications" opens with a participle the lexicon also knows as a
    # noun.
    _, tuples = drafted(lexicon, "AHSCT was associated with bleeding complications")
    assert any("bleeding" in t[3] for t in tuples), tuples
