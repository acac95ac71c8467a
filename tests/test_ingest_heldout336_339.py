"""Errors of sets 336-339 (run once as held-out sets, development documents now), each fixed by
a general rule and tested on the published sentence that showed it, with a control.

Sentences quoted from (see each set's SOURCES.md): the position paper on HSCT in multiple
sclerosis of 1995 onwards (set 336, source 5); the EBMT review of HSCT in children with
autoimmune disease (set 337, source 1); the review of autoimmune disease after HSCT (set 338,
source 1); the abstract of the trial of Tregs followed by low-dose IL-2 (set 339, source 5).
Sentences without a source are written for the test.
"""

from __future__ import annotations

from ingest_testing import drafted, last_claims


def test_coordinated_kinds_of_a_transplant_define_the_shared_name(lexicon) -> None:
    # Sets 337 and 338: "Autologous and allogeneic haematopoietic stem cell transplantation
    # (HSCT) ..." defined HSCT as allogeneic HSCT for the whole document, and drafted the
    # statement's claims for allogeneic HSCT alone.
    _, tuples = drafted(
        lexicon,
        "Autologous and allogeneic haematopoietic stem cell transplantation (HSCT) is an option "
        "for the treatment of malignant and non-malignant diseases, including the severe "
        "autoimmune diseases",
        "Further research is warranted to establish the position of HSCT in paediatric "
        "autoimmune diseases via registries and prospective clinical studies",
    )
    first = {t[2] for t in tuples if t[0] == 1}
    assert {"intervention:ahsct"} <= first, tuples
    assert any("allogeneic" in i for i in first), tuples
    later = {t[2] for t in tuples if t[0] == 2}
    assert later and not any("allogeneic" in i for i in later), tuples


def test_one_kind_of_a_transplant_defines_that_kind(lexicon) -> None:
    # Control: "Autologous haematopoietic stem cell transplantation (HSCT)" still defines HSCT
    # as autologous HSCT for the document.
    _, tuples = drafted(
        lexicon,
        "Autologous haematopoietic stem cell transplantation (HSCT) induced remission in MS",
        "HSCT reduced relapses",
    )
    assert {t[2] for t in tuples if t[0] == 2} == {"intervention:ahsct"}, tuples


def test_results_named_as_a_noun_are_no_harm(lexicon) -> None:
    # Set 336: "HSCT was proposed as a treatment for multiple sclerosis (MS) in 1995 based on
    # favorable results in animal models including experimental autoimmune encephalomyelitis"
    # drafted the animal disease as a harm of HSCT ("results in" read as the verb).
    claims = last_claims(
        lexicon,
        "Hematopoietic stem cell transplantation (HSCT) was proposed as a treatment for multiple "
        "sclerosis (MS) in 1995 based on favorable results in animal models including "
        "experimental autoimmune encephalomyelitis",
    )
    assert not [c for c in claims if c[0] == "SafetyClaim"], claims


def test_what_a_treatment_results_in_is_its_harm(lexicon) -> None:
    # Control: the verb "results in" after the treatment is kept.
    claims = last_claims(lexicon, "HSCT results in infections in most patients")
    assert ("SafetyClaim", "intervention:hsct", "outcome:infection") in {c[:3] for c in claims}


def test_an_expansion_of_nothing_named_is_no_outcome(lexicon) -> None:
    # Set 339: "... has been shown to enhance human Treg cell survival and expansion at low
    # doses in vivo" proposed "expansion" as an outcome.
    claims = last_claims(
        lexicon,
        "Interleukin-2 (IL-2) is a well-characterized cytokine that has been shown to enhance "
        "human Treg cell survival and expansion at low doses in vivo",
    )
    assert claims and not [c for c in claims if c[2] == "outcome:expansion"], claims


def test_a_named_item_of_the_list_is_still_an_outcome(lexicon) -> None:
    # Control: a plain second item with a name of its own is listed.
    claims = last_claims(lexicon, "AHSCT improved survival and mobility in patients with MS")
    assert "outcome:mobility" in {c[2] for c in claims}, claims


def test_an_injury_a_treatment_enhanced_is_its_harm(lexicon) -> None:
    # Development set "msc-vitiligo": "... while pretreatment with higher doses of MSC-Exo
    # enhanced the H2O2-induced melanocyte apoptosis" drafted the apoptosis as improved (here
    # with AHSCT, a name the lexicon knows, in place of MSC-Exo).
    claims = last_claims(
        lexicon,
        "Pretreatment with lower doses of AHSCT protected human primary melanocytes from the "
        "H2O2-triggered apoptosis, while pretreatment with higher doses of AHSCT enhanced the "
        "H2O2-induced melanocyte apoptosis",
    )
    assert [c for c in claims if "melanocyte-apoptosis" in c[2]] == [
        c for c in claims if c[0] == "SafetyClaim" and c[3] == "Increases"
    ], claims
    assert not [c for c in claims if "melanocyte-apoptosis" in c[2] and c[3] == "Improves"]


def test_what_a_treatment_enhanced_is_still_its_benefit(lexicon) -> None:
    # Control: a good thing enhanced is improved.
    claims = last_claims(lexicon, "AHSCT enhanced quality of life in patients with MS")
    assert ("outcome:quality-of-life", "Improves") in {(c[2], c[3]) for c in claims}, claims
