"""Errors of sets 85 and 86 (run once as held-out sets, development documents now), each fixed
by a general rule and tested on the published sentences that showed it, with a control.

Sentences quoted from: Pan GH et al. Low-dose tacrolimus combined with donor-derived
mesenchymal stem cells after renal transplantation (set 85, source 3); A Phase I Clinical Trial
with Ex Vivo Expanded Recipient Regulatory T cells in Living Donor Kidney Transplants. Sci Rep.
2018;8(1):7428 (set 86, source 2); see bench/ingest_heldout85/SOURCES.md and
bench/ingest_heldout86/SOURCES.md.
"""

from __future__ import annotations

from ingest_testing import drafted

TREGS = "Regulatory T cells (Tregs) were expanded ex vivo"
HYPOTHESIS = (
    "Our hypothesis is that infusion(s) of Tregs may induce transplant tolerance thus avoiding "
    "long-term use of toxic immunosuppressive agents that cause increased morbidity/mortality"
)


def test_what_a_relative_clause_says_of_another_thing_is_not_the_subjects(lexicon) -> None:
    # Set 86: the morbidity the immunosuppressive agents cause was drafted as a harm of Tregs.
    _, tuples = drafted(lexicon, TREGS, HYPOTHESIS)
    assert not [t for t in tuples if t[0] == 2 and t[1] == "SafetyClaim"], tuples


def test_a_relative_clause_about_the_subject_is_still_read(lexicon) -> None:
    # Control: "Tregs, which reduced inflammation": the clause is the Tregs'.
    _, tuples = drafted(lexicon, TREGS, "We infused Tregs, which reduced inflammation in mice")
    assert ("intervention:regulatory-t-cell", "outcome:inflammation", "Reduces") in {
        (t[2], t[3], t[4]) for t in tuples if t[0] == 2
    }, tuples


def test_a_particle_before_to_ends_no_name(lexicon) -> None:
    # Set 86: "rejection events up to two years post-transplant" proposed "rejection events up".
    _, tuples = drafted(
        lexicon,
        TREGS,
        "Clinically, all doses of Treg therapy tested were safe with no adverse infusion "
        "related side effects, infections or rejection events up to two years post-transplant",
    )
    objects = {t[3] for t in tuples if t[0] == 2}
    assert "adverse-event:rejection-event" in objects or "outcome:rejection-event" in objects, (
        tuples
    )
    assert not [o for o in objects if o.endswith("-up")], tuples


def test_a_noun_before_a_one_word_outcome_names_a_narrower_outcome(lexicon) -> None:
    # Set 85: "maintaining graft survival" was drafted as survival.
    _, tuples = drafted(
        lexicon,
        "Mesenchymal stem cells (MSCs) were given with low-dose tacrolimus",
        "The combination of low-dose tacrolimus and MSCs was as effective as standard dose "
        "tacrolimus in maintaining graft survival at least 2 years after transplantation",
    )
    assert "outcome:survival" not in {t[3] for t in tuples}, tuples
    # Control: survival itself is still survival.
    _, tuples = drafted(
        lexicon,
        "Mesenchymal stem cells (MSCs) were given with low-dose tacrolimus",
        "MSCs improved survival at 2 years",
    )
    assert "outcome:survival" in {t[3] for t in tuples}, tuples


# Found in the development sets after the run, among the statements that got no claim: Wang L
# et al. on umbilical cord MSCs in primary biliary cholangitis (set 24, source 2) and Kirgizov KI
# et al. on AHSCT in paediatric multiple sclerosis (set 36, source 3): "found" reports a harm as
# "observed" does, and a treatment "of choice" is the established one.


def test_no_harm_found_is_a_denied_harm(lexicon) -> None:
    _, tuples = drafted(
        lexicon,
        "Umbilical cord mesenchymal stem cells (UC-MSCs) were given",
        "No side effects were found in the patients treated with UC-MSCs",
    )
    assert [t for t in tuples if t[0] == 2 and t[1] == "SafetyClaim" and t[5]], tuples


def test_the_method_of_choice_is_an_established_treatment(lexicon) -> None:
    _, tuples = drafted(
        lexicon,
        "Autologous hematopoietic stem cell transplantation (Auto-HSCT) is the method of choice "
        "for patients with refractory multiple sclerosis (MS)",
    )
    assert ("StatusClaim", "disease:multiple-sclerosis") in {(t[1], t[3]) for t in tuples}, tuples


# Among the development sets' misattributions after the run: "Human Mesenchymal Stem
# Cell-Derived Exosomes Promote the Proliferation and Melanogenesis of ..." (set 53, source 5).
CELLS = (
    "Mesenchymal stem cells are considered an ideal type of cells for the treatment of "
    "vitiligo owing to their low immunogenicity, lower rates of transplant rejection, and "
    "ability to secrete numerous growth factors, exosomes, and cytokines in vivo"
)
EXOSOMES = "Mesenchymal stem cell-derived exosomes (MSC-Exo) have therapeutic potential"
PRETREATMENT = (
    "Pretreatment with lower doses of MSC-Exo protected human primary melanocytes from the "
    "H2O2-triggered apoptosis, while pretreatment with higher doses of MSC-Exo enhanced the "
    "H2O2-induced melanocyte apoptosis"
)


def test_pretreatment_names_no_treatment_and_lower_doses_lower_nothing(lexicon) -> None:
    # Set 53: "Pretreatment" was proposed as the intervention, "lower" read as a reduction, and
    # "protected ... from" not read at all.
    _, tuples = drafted(lexicon, CELLS, EXOSOMES, PRETREATMENT)
    assert "intervention:pretreatment" not in {t[2] for t in tuples}, tuples
    assert (
        3,
        "EfficacyClaim",
        "intervention:mesenchymal-stem-cell-derived-exosome",
        "outcome:h2o2-triggered-apoptosis",
        "Reduces",
        False,
    ) in tuples


def test_lower_before_what_is_lowered_is_still_a_reduction(lexicon) -> None:
    # Control: "had a lower 1-year infection rate" (set 85, source 6).
    _, tuples = drafted(
        lexicon,
        "Mesenchymal stromal cells (MSCs) were given as induction therapy",
        "The pooled results revealed that MSC therapy had a lower 1-year infection rate than did "
        "the traditional therapies",
    )
    assert [t for t in tuples if t[0] == 2 and t[4] == "Reduces"], tuples


def test_a_therapy_of_cells_is_named_as_written(lexicon) -> None:
    # Set 86: "Treg therapy ... was safe with no ... infections" was drafted with the cells;
    # the sentence names the therapy given with them.
    _, tuples = drafted(
        lexicon,
        TREGS,
        "Clinically, all doses of Treg therapy tested were safe with no adverse infusion "
        "related side effects, infections or rejection events up to two years post-transplant",
    )
    assert {t[2] for t in tuples if t[0] == 2} == {"intervention:regulatory-t-cell-therapy"}
    # Control: the cells, where the sentence names the cells.
    _, tuples = drafted(lexicon, TREGS, "Tregs were safe with no infections up to two years")
    assert {t[2] for t in tuples if t[0] == 2} == {"intervention:regulatory-t-cell"}, tuples


def test_a_participle_after_the_describes_its_noun(lexicon) -> None:
    # Set 90 (Dai YY et al., Stem cells from human exfoliated deciduous teeth ..., source 4):
    # "the increased IL-4 ... levels" was read as a rise of the IgE named before it.
    _, tuples = drafted(
        lexicon,
        "Stem cells from human exfoliated deciduous teeth (SHED) were given to mice",
        "The OVA-specific IgE and IgG1 levels in serum were significantly decreased, and the "
        "increased IL-4, IL-5, IL-13, and IL-17A levels in the spleen after OVA challenge were "
        "markedly downregulated, while the level of IFN-γ was upregulated by SHED administration",
    )
    ige = {t[4] for t in tuples if t[0] == 2 and "ova-specific" in t[3]}
    assert ige == {"Reduces"}, tuples


def test_what_a_car_is_made_from_is_not_its_target_nor_the_subject(lexicon) -> None:
    # Set 92 (source 4): the comparator "as opposed to DNA-based CAR T-cell therapy" was taken
    # for the subject and named "DNA CAR T-cell therapy", as if DNA were its target.
    _, tuples = drafted(
        lexicon,
        "Descartes-08 is an mRNA-based CAR T-cell therapy that uses immune cells harvested from "
        "the patient's own blood",
        "The mRNA-based therapy, as opposed to DNA-based CAR T-cell therapy, does not modify the "
        "patient's genetic material and so far has not been associated with serious side effects",
    )
    assert not [t for t in tuples if "dna" in t[2]], tuples
