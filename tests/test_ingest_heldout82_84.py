"""Errors of sets 82 and 83 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentences that showed it, with a control.

Sentences quoted from: Qiu Y, Li C, Sheng S. Efficacy and safety of stem cell therapy for
Crohn's disease: a meta-analysis of randomized controlled trials. Stem Cell Res Ther.
2024;15:28; Intraperitoneal Administration of Autologous Tolerogenic Dendritic Cells for
Refractory Crohn's Disease: A Phase I Study. J Crohns Colitis, 2015; Fransson M et al.
CAR/FoxP3-engineered T regulatory cells target the CNS and suppress EAE upon intranasal delivery;
De Paula Pohl A et al. Engineered regulatory T cells expressing myelin-specific chimeric antigen
receptors suppress EAE progression (see bench/ingest_heldout82/SOURCES.md and
bench/ingest_heldout83/SOURCES.md).
"""

from __future__ import annotations

from ingest_testing import drafted

from kg.ingest.context import assess
from kg.ingest.link import find_definitions
from kg.ingest.wordclass import can_head_a_name

SCT_DEFINED = (
    "Small-scale clinical trials have provided evidence suggesting the effectiveness of "
    "stem-cell therapy (SCT) for patients diagnosed with Crohn's disease (CD)"
)
SCT_SEARCH = (
    "A search was conducted in Medline (PubMed), CENTER (Cochrane Library), and Embase (Ovid) to "
    "find randomized controlled trials (RCTs) that assessed the impact of SCT on the occurrence "
    "of clinical remission (CR) and severe adverse events (SAE) among patients diagnosed with CD"
)
SCT_RESULT = (
    "In comparison with placebo or no treatment, SCT showed a greater likelihood of CR (odds "
    "ratio [OR] 2.08, 95% CI 1.39–3.12, p < 0.001) without any notable heterogeneity (I2 = 0%)"
)


def test_the_documents_own_definition_of_an_abbreviation_wins(lexicon) -> None:
    # Set 82: the lexicon reads SCT as stem-cell transplantation; the document defines it as
    # stem-cell therapy, and the result was drafted as the transplantation's.
    _, tuples = drafted(lexicon, SCT_DEFINED, SCT_SEARCH, SCT_RESULT)
    assert {t[2] for t in tuples if t[0] == 3} == {"intervention:stem-cell-therapy"}, tuples
    assert not [t for t in tuples if t[5]], tuples  # "placebo or no treatment" denies nothing
    # "(odds ratio [OR] 2.08": a statistic the result is given in, not an outcome.
    assert not [t for t in tuples if "ratio" in t[3]], tuples
    assert (3, "EfficacyClaim", "intervention:stem-cell-therapy") in {t[:3] for t in tuples}


def test_an_abbreviation_of_the_same_thing_keeps_the_lexicons_meaning(lexicon) -> None:
    # Control: a definition that only spells the known name otherwise keeps it.
    _, tuples = drafted(
        lexicon,
        "Autologous stem cell transplant (SCT) was studied in Crohn's disease",
        SCT_SEARCH,
        SCT_RESULT,
    )
    assert {t[2] for t in tuples if t[0] == 3} == {"intervention:stem-cell-transplantation"}


def test_no_treatment_as_a_comparator_denies_nothing() -> None:
    # Set 82: "placebo or no treatment" made the greater likelihood of remission negated.
    at = SCT_RESULT.index("CR (")
    assert not assess(SCT_RESULT, ((at, at + 2),))[0].negated
    # Control: a denial still denies.
    text = "SCT showed no greater likelihood of CR"
    at = text.index("CR")
    assert assess(text, ((at, at + 2),))[0].negated


def test_abbreviations_in_square_brackets_and_with_a_syllable_are_defined() -> None:
    # Set 82: "[tolDCs]", "[CD]" and "[CDEIS]" were never read as definitions.
    found = [
        (d.long_form, d.abbreviation)
        for text in (
            (
                "Ex vivo-generated autologous tolerogenic dendritic cells [tolDCs] can restore "
                "immune tolerance in experimental colitis"
            ),
            (
                "Crohn's Disease Endoscopic Index of Severity [CDEIS] decreased from 18 [5] to "
                "13 [8] [p = 0.4]"
            ),
        )
        for d in find_definitions(text)
    ]
    assert found == [
        ("tolerogenic dendritic cells", "tolDCs"),
        ("Crohn's Disease Endoscopic Index of Severity", "CDEIS"),
    ]


def test_an_adjective_the_word_lists_lack_heads_no_name() -> None:
    # Set 82 (and set 30 before it): "autologous" was proposed as an outcome.
    assert not can_head_a_name("autologous")
    assert can_head_a_name("tolDCs") and can_head_a_name("fibrosis")


TREGS = (
    (
        "In the murine experimental autoimmune encephalomyelitis (EAE) model of MS, T regulatory "
        "(Treg) cell therapy has proved to be beneficial, but generation of stable CNS-targeting "
        "Tregs needs further development"
    ),
    (
        "The expansion of polyclonal T regulatory cells (Tregs) offers great promise for the "
        "treatment of immune-mediated diseases, such as multiple sclerosis (MS)"
    ),
    (
        "The adoptive transfer of regulatory T cells (Tregs) offers a promising strategy to "
        "combat graft rejection"
    ),
)


def test_one_abbreviation_given_three_ways_for_the_same_cells_is_not_ambiguous(lexicon) -> None:
    # Set 83: "T regulatory (Treg) cell", "T regulatory cells (Tregs)" and "regulatory T cells
    # (Tregs)" were three meanings, so no later "Tregs" was linked.
    draft, _ = drafted(lexicon, *TREGS, "Tregs reduced inflammation")
    notes = [n for sd in draft.statements for n in sd.notes]
    assert not [n for n in notes if "defined in this document as" in n], notes
    last = draft.statements[-1]
    assert [m.entry.label for m in last.mentions if m.entry.kind == "intervention"] == [
        "T regulatory cell"
    ], last.mentions


def test_engineered_tregs_are_not_the_tregs(lexicon) -> None:
    # Set 83: "the engineered Tregs suppressed ongoing encephalomyelitis" would be drafted as
    # Tregs in general once Tregs are known.
    engineered = (
        "CNS-targeting Tregs delivered i.n. localized to the CNS and efficiently suppressed "
        "ongoing inflammation leading to diminished disease symptoms"
    )
    _, tuples = drafted(lexicon, *TREGS, engineered, "Engineered Tregs reduced disease symptoms")
    late = {t[2] for t in tuples if t[0] >= 4}
    assert late and not late & {"intervention:t-regulatory-cell", "intervention:regulatory-t-cell"}
    # Control: the Tregs themselves are still the Tregs.
    _, tuples = drafted(lexicon, *TREGS, "Tregs reduced disease symptoms")
    assert {t[2] for t in tuples if t[0] == 4} == {"intervention:t-regulatory-cell"}, tuples


# Found in the development sets after the run, by the statements that got no claim: Keklik M
# et al., Safety and efficacy of mesenchymal stromal cell therapy ... (set 6, source 4); Kotani
# T et al., Anti-inflammatory and anti-fibrotic effects of ... adipose-derived stem cells
# (set 56, source 2); the abstract on bone marrow mesenchymal stem cells in focal segmental
# glomerulosclerosis (set 73, source 1); the chronic GVHD set (set 84, sources 2 and 3).


def test_an_abbreviation_inside_a_long_form_gives_all_its_letters() -> None:
    text = (
        "A growing literature supports successful applications of mesenchymal stromal cells "
        "(MSCs) for the treatment of steroid-refractory acute GvHD (aGvHD)"
    )
    assert [(d.long_form, d.abbreviation) for d in find_definitions(text)] == [
        ("mesenchymal stromal cells", "MSCs"),
        ("acute GvHD", "aGvHD"),
    ]


def test_an_abbreviation_defined_short_and_written_out_is_one_meaning(lexicon) -> None:
    draft, tuples = drafted(
        lexicon,
        "Refractory chronic GVHD (cGVHD) is an important complication after allogeneic "
        "hematopoietic SCT and is prognostic of poor outcome",
        "Although mesenchymal stromal cells (MSCs) possess immunomodulatory properties and "
        "exhibit promising efficacy against chronic graft-versus-host disease (cGVHD), little "
        "is known about their efficacy in prophylaxis",
        "MSCs might be a safe and effective salvage therapy for patients with cGVHD",
    )
    notes = [n for sd in draft.statements for n in sd.notes]
    assert not [n for n in notes if "cGVHD" in n and "defined" in n], notes
    assert (
        "intervention:mesenchymal-stromal-cell",
        "disease:chronic-graft-versus-host-disease",
    ) in {(t[2], t[3]) for t in tuples if t[0] == 3}, tuples


def test_downregulated_is_a_reduction(lexicon) -> None:
    _, tuples = drafted(
        lexicon,
        "Bone marrow mesenchymal stem cells (BMSCs) were given to rats with proteinuria",
        "Moreover, BMSC transplantation also downregulated proteinuria",
    )
    assert {(t[3], t[4]) for t in tuples if t[0] == 2} == {("outcome:proteinuria", "Reduces")}


def test_a_pneumonia_is_a_disease_a_treatment_is_for(lexicon) -> None:
    _, tuples = drafted(
        lexicon,
        "Adipose-derived stem cells (AdSCs) were given intravenously",
        "These findings suggest that intravenous AdSCs could be a promising treatment for "
        "patients with interstitial pneumonia",
    )
    assert "disease:interstitial-pneumonia" in {t[3] for t in tuples if t[0] == 2}, tuples
