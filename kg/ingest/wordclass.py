"""What a word can be, from the word classes of the NLM SPECIALIST Lexicon (via lemminflect).

A proposed outcome, harm, disease or intervention is named by a noun; a word the lexicon
knows only as an adjective or an adverb ("profound", "manageable", "markedly") cannot be
the head of such a name, however a wording rule came to cut it out. Words the lexicon does
not know (most drug, cell and disease names: "proteinuria", "ICANS", "wellbeing") are left to
the other checks, since unknown is not evidence of a non-noun.
"""

from __future__ import annotations

from functools import lru_cache

from lemminflect import getAllLemmas


@lru_cache(maxsize=4096)
def classes(word: str) -> frozenset[str]:
    """The universal POS tags the lexicon gives ``word`` (empty when it does not know it).

    >>> sorted(classes("profound")), sorted(classes("infections")), sorted(classes("autologous"))
    (['ADJ'], ['NOUN'], ['ADJ'])
    """
    known = frozenset(getAllLemmas(word.lower()))
    if not known and len(word) > 5:
        # Endings that make only one class of a word the lexicon lacks: "-ically" adverbs
        # ("histologically") and "-ous" adjectives ("autologous", "allogeneous").
        if word.lower().endswith("ically"):
            return frozenset({"ADV"})
        # "-ly" after an adjective the lexicon knows ("adoptively", from "adoptive").
        if word.lower().endswith("ly") and "ADJ" in classes(word[:-2]):
            return frozenset({"ADV"})
        if word.lower().endswith("ous"):
            return frozenset({"ADJ"})
    return known


def can_head_a_name(word: str) -> bool:
    """False when the lexicon knows ``word`` only as an adjective or an adverb.

    Verbs are let through: the lemma tables list some nouns ("abscess") only as verbs.

    >>> [can_head_a_name(w) for w in ("profound", "markedly", "remission", "wellbeing", "abscess")]
    [False, False, True, True, True]
    """
    known = classes(word)
    return not known or not known <= {"ADJ", "ADV"}


def adjective_only(word: str) -> bool:
    """True when the lexicon knows ``word`` only as an adjective ("viral", "severe").

    >>> [adjective_only(w) for w in ("viral", "joint", "bladder", "HSCT")]
    [True, False, False, False]
    """
    return classes(word) == frozenset({"ADJ"})


def auxiliary(word: str) -> bool:
    """True when the lexicon knows ``word`` as an auxiliary or modal, never as a noun.

    "needs" and "will" are nouns too ("insulin needs"), so they are not taken.

    >>> [auxiliary(w) for w in ("may", "were", "needs", "treatment", "novel")]
    [True, True, False, False, False]
    """
    known = classes(word)
    return "AUX" in known and "NOUN" not in known


def modifier(word: str) -> bool:
    """True when the lexicon knows ``word`` as an adjective or a verb (a participle), never as
    a noun or an adverb: "complete and persistent responses" share their head.

    >>> [modifier(w) for w in ("complete", "persistent", "fatigue", "However", "HSCT")]
    [True, True, False, False, False]
    """
    known = classes(word)
    return bool(known & {"ADJ", "VERB"}) and not known & {"NOUN", "ADV"}


def adverb_only(word: str) -> bool:
    """True when the lexicon knows ``word`` only as an adverb ("rarely", "markedly").

    An adverb the lexicon lacks is known by its ending: "-ically" ("histologically",
    "radiologically") makes adverbs of adjectives and nothing else.

    >>> [adverb_only(w) for w in ("rarely", "response", "well", "histologically", "anomaly")]
    [True, False, False, True, False]
    >>> adverb_only("adoptively"), adverb_only("Adoptively")
    (True, True)
    """
    return classes(word) == frozenset({"ADV"})


def verb_only(word: str) -> bool:
    """True when the lexicon knows ``word`` only as a verb ("showing", not "bleeding").

    >>> [verb_only(w) for w in ("showing", "bleeding", "remission")]
    [True, False, False]
    """
    return classes(word) == frozenset({"VERB"})


@lru_cache(maxsize=4096)
def noun_lemmas(word: str) -> tuple[str, ...]:
    """The lexicon's singular forms of ``word`` as a noun (empty when it does not know it so).

    >>> noun_lemmas("pancreas"), noun_lemmas("indices"), noun_lemmas("fistulas")
    (('pancreas',), ('index',), ())
    """
    return tuple(getAllLemmas(word.lower()).get("NOUN", ()))
