"""Proper names of interventions that the sentence itself says are interventions.

A brand or product name ("Ryoncil", "Temcell") looks like no kind of thing by its shape; what
tells a reader it is a therapy is the sentence's own structure:

- a copula whose complement is headed by an intervention noun: "Temcell is a mesenchymal stem
  cell (MSC) product approved for ...";
- an apposition after such a noun: "The allogeneic ... mesenchymal stromal cell (MSC) therapy
  Ryoncil (remestemcel-L-rknd) has been approved for ...", "the JAK1/2 inhibitor ruxolitinib".

In both the name, not the class noun phrase around it, is the subject: the claim is about
Ryoncil, not about mesenchymal stromal cells in general (which would put the claim in the wrong
mouth). Only the statement's own subject is read this way; nothing is carried over from another
statement. Pure functions over a statement's text.
"""

from __future__ import annotations

import re

from kg.ingest.lexicon import INTERVENTION
from kg.ingest.nouns import leading_adverb, looks_like

# "X is a ...", "X was the ...": the copula ending a subject noun phrase.
_COPULA = re.compile(r"\s+(?:is|are|was|were)\s+(?:an?|the)\s+", re.IGNORECASE)
# A proper name: capitalised, or a lower-case drug name with a hyphenated code ("remestemcel-L").
_PROPER = r"[A-Z][A-Za-z0-9]+(?:-[A-Za-z0-9]+)*"
_APPOSITION = re.compile(
    rf"\b(?P<head>therapy|product|drug|agent|inhibitor|antibody|cells?|medicine|treatment)\s+"
    rf"(?P<name>{_PROPER}|[a-z]+(?:mab|nib|cel|cept|stat))\b(?:\s*[\(\[][^\)\]]*[\)\]])?\s*$"
)
# "... Ryoncil (remestemcel-L-rknd) has been" [approved for]: the verb group is not the subject.
_AUXILIARY_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|been|be|being|is|are|was|were|also|now|recently|already|not))+\s*$",
    re.IGNORECASE,
)
# Words that may start a sentence capitalised without being a name.
_NOT_PROPER = {"the", "this", "these", "that", "those", "such", "it", "its", "their", "a", "an"}


def copula_end(subject: str) -> int | None:
    """Return where a subject ends at its copula ("Temcell is a ... product"), or None.

    >>> copula_end("Temcell is a mesenchymal stem cell (MSC) product")
    7
    >>> copula_end("AHSCT has been") is None
    True
    """
    match = _COPULA.search(subject)
    return match.start() if match else None


def proper_subject(subject: str) -> str | None:
    """Return the proper name the subject gives an intervention, by copula or apposition.

    >>> proper_subject("Temcell is a mesenchymal stem cell (MSC) product")
    'Temcell'
    >>> proper_subject("The allogeneic mesenchymal stromal cell (MSC) therapy Ryoncil (remestemcel-L-rknd)")
    'Ryoncil'
    >>> proper_subject("The procedure is a complex treatment") is None
    True
    """
    subject = _AUXILIARY_TAIL.sub("", subject.strip().rstrip(","))
    end = copula_end(subject)
    if end is not None:
        name, complement = subject[:end].strip(), subject[end:]
        # "Currently belimumab is the only biological therapy": when, not a word of the name.
        first = name.split(maxsplit=1)
        if len(first) == 2 and leading_adverb(first[0]):
            name = first[1]
        complement = re.sub(r"\s*[\(\[][^\)\]]*[\)\]]", "", complement).strip()
        if _is_name(name) and looks_like(_noun_phrase(complement), INTERVENTION):
            return name
        subject = name
    match = _APPOSITION.search(subject)
    if match and match.group("name").lower() not in _NOT_PROPER:
        return match.group("name")
    return None


def _is_name(words: str) -> bool:
    # One or two words, the first a proper name: "Temcell", "Ryoncil", "Descartes-08".
    parts = words.split()
    return (
        0 < len(parts) <= 2
        and re.fullmatch(_PROPER, parts[0]) is not None
        and parts[0].lower() not in _NOT_PROPER
    )


def _noun_phrase(complement: str) -> str:
    # "a mesenchymal stem cell product approved for ...": the noun phrase ends where a
    # participle, a preposition or a clause begins.
    words = re.sub(r"^\W*(?:an?|the)\s+", "", complement, flags=re.IGNORECASE).split()
    kept = []
    for word in words:
        if re.fullmatch(r"[a-z]+ed|for|in|of|with|that|which|to|by|and", word):
            break
        kept.append(word)
    return " ".join(kept)
