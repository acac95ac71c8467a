"""Negation, hedging, hypotheticals and null results decided by medspaCy's ConText.

Published sentences:

- Hawkey CJ et al. Autologous hematopoietic stem cell transplantation for refractory Crohn
  disease: a randomized clinical trial (ASTIC). JAMA. 2015;314(23):2524-34. PMID 26670970.
  Conclusion.
- Kim SH et al. Does interferon beta treatment exacerbate neuromyelitis optica spectrum
  disorder? Mult Scler. 2012;18(10):1480-3. PMID 22354738. Conclusion.

Sentences without a citation are written for the test, in the wording the issue names.
"""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg.ingest import draft_text
from kg.ingest.compare import claim_tuples
from kg.ingest.context import assess
from kg.ingest.lexicon import Lexicon

ASTIC = (
    "In patients with refractory Crohn disease, HSCT compared with conventional therapy did not "
    "result in a statistically significant improvement in sustained disease remission at 1 year "
    "and was associated with significant toxicity"
)
KIM = (
    "In patients with NMOSD, IFN-β treatment is not only ineffective for preventing relapses "
    "but also may even increase relapses significantly"
)


def claims(lexicon: Lexicon, sentence: str):
    text = f"From the Research\nEvidence\n- {sentence} 1.\n"
    _, draft, turtle = draft_text(text.encode(), "c", "c.txt", lexicon)
    return draft.statements[0].claims, claim_tuples(Graph().parse(data=turtle, format="turtle"))


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_denied_result_and_an_asserted_harm_in_one_sentence(lexicon) -> None:
    found, tuples = claims(lexicon, ASTIC)
    by_object = {t[3]: t for t in tuples}
    remission = by_object["outcome:sustained-disease-remission"]
    assert remission[1:] == (
        "EfficacyClaim",
        "intervention:hsct",
        "outcome:sustained-disease-remission",
        "Improves",
        True,
    )
    toxicity = by_object["outcome:toxicity"]
    assert toxicity[1] == "SafetyClaim" and toxicity[5] is False  # "and was" ends the denial
    denied = next(c for c in found if c.negated)
    assert any("did not" in n for n in denied.notes)


def test_no_significant_difference_is_a_negated_claim(lexicon) -> None:
    _, tuples = claims(
        lexicon,
        "There was no significant difference in overall survival "
        "between AHSCT and cyclophosphamide",
    )
    assert tuples == {
        (1, "EfficacyClaim", "intervention:ahsct", "outcome:overall-survival", "Improves", True)
    }


def test_a_hedge_makes_a_possible_claim_not_a_denied_one(lexicon) -> None:
    found, _ = claims(
        lexicon,
        "AHSCT may improve survival in patients with early diffuse cutaneous systemic sclerosis",
    )
    assert [(c.strength, c.negated) for c in found] == [("Possible", False)]


def test_denial_does_not_cross_but() -> None:
    first = KIM.index("relapses")
    second = KIM.index("relapses", first + 1)
    assessed = assess(KIM, ((first, first + 8), (second, second + 8)))
    assert assessed[0].negated and not assessed[1].negated
    assert assessed[1].uncertain  # "may even increase"


@pytest.mark.parametrize(
    "text, words, negated, uncertain, hypothetical",
    [
        ("AHSCT did not significantly improve survival", "survival", True, False, False),
        (
            "There was no improvement in quality of life after AHSCT",
            "quality of life",
            True,
            False,
            False,
        ),
        ("AHSCT could reduce relapses", "relapses", False, True, False),
        ("If relapse occurs, rituximab may be considered", "rituximab", False, True, True),
        ("AHSCT reduced the risks of infection", "infection", False, False, False),
    ],
)
def test_context_table(text, words, negated, uncertain, hypothetical) -> None:
    (a,) = assess(text, (span(text, words),))
    assert (a.negated, a.uncertain, a.hypothetical) == (negated, uncertain, hypothetical), a


# Written for the test: wording of trial abstracts the rules read.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Disease activity scores improved significantly within 6 months after AHSCT",
            ("EfficacyClaim", "intervention:ahsct", "outcome:disease-activity", "Improves", False),
        ),
        (
            "Relapse rates decreased after AHSCT",
            ("EfficacyClaim", "intervention:ahsct", "outcome:relapse-rate", "Reduces", False),
        ),
        (
            "AHSCT was more effective than cyclophosphamide for patients with systemic sclerosis",
            (
                "EfficacyClaim",
                "intervention:ahsct",
                "disease:systemic-sclerosis",
                "Improves",
                False,
            ),
        ),
        (
            "AHSCT was performed to treat a patient with multiple sclerosis",
            ("EvidenceOfUseClaim", "intervention:ahsct", "disease:multiple-sclerosis", "-", False),
        ),
        (
            "AHSCT was well tolerated, and no serious adverse events were observed",
            (
                "SafetyClaim",
                "intervention:ahsct",
                "outcome:serious-adverse-event",
                "AssociatedWith",
                True,
            ),
        ),
        (
            "AHSCT is associated with treatment-free remissions in patients with multiple sclerosis",
            (
                "EfficacyClaim",
                "intervention:ahsct",
                "outcome:treatment-free-remission",
                "Improves",
                False,
            ),
        ),
    ],
)
def test_wording_of_abstracts(lexicon, sentence, expected) -> None:
    _, tuples = claims(lexicon, sentence)
    assert {t[1:] for t in tuples} == {expected}, tuples
