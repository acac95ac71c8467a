"""Medicine names in a statement, found with the drug-named-entity-recognition library, whose
dictionary holds the names and synonyms of MeSH, DrugBank, MedlinePlus and the NHS with their
identifiers.

The dictionary also holds molecules that are no treatment where a summary names them
("C-peptide", "IL-10", "NK cells"), brand names that are common words ("luminal") and
abbreviations ("CAPS"), so only three kinds of match are kept: a class of drugs by what it does
(a MeSH "pharmacologic action", tree D27.505: "glucocorticoids", "TNF inhibitors"), a class by
its chemistry under its MeSH name ("penicillin", "retinoids") and a medicine written under its
own name ("rituximab", "voclosporin").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.ingest.nouns import ROUTES, mask_brackets, singular
from kg.ingest.wordclass import classes

_TOKEN = re.compile(r"\w[\w\-]*|[^\w\s]")
_NEXT_WORD = re.compile(r"\s+([a-z][a-z\-]*)")


@dataclass(frozen=True)
class Drug:
    start: int
    end: int
    text: str
    # Only DrugBank's identifier is kept: the dictionary's MeSH identifiers are at times those
    # of a class the drug belongs to (hydroxychloroquine under D018501, antimalarials).
    drugbank: str | None
    is_class: bool = False  # a class of drugs ("glucocorticoids"), not one medicine


@lru_cache(maxsize=1)
def _library():
    # Imported on first use: loading the dictionary takes a second or two.
    from drug_named_entity_recognition import find_drugs

    return find_drugs


def find_drugs(text: str) -> list[Drug]:
    """The medicines and drug classes ``text`` names, left to right.

    >>> [d.text for d in find_drugs("Rituximab and glucocorticoids; luminal C-peptide and IL-10")]
    ['Rituximab', 'glucocorticoids']
    >>> [d.text for d in find_drugs("its anti-inflammatory effects, and antimalarials")]
    ['antimalarials']
    >>> [d.text for d in find_drugs("Secondary antibiotic prophylaxis reduced progression")]
    ['Secondary antibiotic prophylaxis']
    >>> [d.text for d in find_drugs("mycophenolate mofetil, not glutamic acid")]
    ['mycophenolate mofetil']
    """
    tokens = list(_TOKEN.finditer(text))
    masked = mask_brackets(text)
    found: list[Drug] = []
    for info, first, stop in _library()([t.group(0) for t in tokens], is_ignore_case=True):
        start, end = tokens[first].start(), tokens[stop - 1].end()
        written = text[start:end]
        prophylaxis = _PROPHYLAXIS.match(text, end)
        # "antibiotic prophylaxis": the class word names what is given, not a kind of noun.
        if not _names_a_treatment(info, written, "" if prophylaxis else text[end:]):
            continue
        if prophylaxis and masked[start] == text[start]:
            # "secondary antibiotic prophylaxis", "penicillin prophylaxis": a use of the drug,
            # named whole as the sentence writes it.
            line = _LINE_OF_PREVENTION.search(text, 0, start)
            start = line.start() if line else start
            end = prophylaxis.end()
            found.append(
                Drug(start, end, text[start:end], info.get("drugbank_id"), _is_class(info))
            )
        elif _given_alone(text, masked, start, end, _is_class(info)):
            found.append(Drug(start, end, written, info.get("drugbank_id"), _is_class(info)))
    return sorted(found, key=lambda d: d.start)


def names_a_drug(text: str) -> bool:
    """True when the whole of ``text`` is one medicine or drug class.

    >>> names_a_drug("mycophenolate mofetil"), names_a_drug("cyclosporine treatment")
    (True, False)
    """
    return any(d.start == 0 and d.end == len(text) for d in find_drugs(text))


def names_a_medicine(text: str) -> bool:
    """True when the whole of ``text`` is one medicine, not a class of drugs.

    >>> names_a_medicine("mycophenolate mofetil"), names_a_medicine("glucocorticoids")
    (True, False)
    """
    return any(d.start == 0 and d.end == len(text) and not d.is_class for d in find_drugs(text))


_PROPHYLAXIS = re.compile(r"\s+prophylaxis\b", re.IGNORECASE)
_LINE_OF_PREVENTION = re.compile(r"\b(?:primary|secondary)\s+$", re.IGNORECASE)


def _is_class(info: dict) -> bool:
    """True for a class of drugs (a MeSH pharmacologic action, or a chemical class under its
    plural MeSH name), not one medicine."""
    trees = info.get("mesh_tree", ())
    return any(tree.startswith("D27.505") for tree in trees) or (
        any(tree[:3] in ("D02", "D03", "D04") for tree in trees)
        and info.get("name", "").endswith("s")
    )


def _names_a_treatment(info: dict, written: str, after: str) -> bool:
    last = written.split()[-1]
    # Pharmacologic actions (D27.505), not the other uses of chemicals under D27
    # ("quality-of-life indicators" are no "Indicators and Reagents").
    if any(tree.startswith("D27.505") for tree in info.get("mesh_tree", ())):
        # "anti-inflammatory effects", "immunosuppressive therapy": a class word before a
        # noun describes the noun, it names no drug given.
        following = _NEXT_WORD.match(after)
        return not (
            following is not None
            and not last.lower().endswith("s")
            and "NOUN" in classes(following.group(1))
        )
    # A class of drugs by its chemistry under the class's own MeSH name ("penicillin" for
    # Penicillins, "retinoids"): only a class, whose MeSH name is plural, never one molecule
    # ("ethanol", "cholesterol").
    name = info.get("name", "")
    if (
        any(tree[:3] in ("D02", "D03", "D04") for tree in info.get("mesh_tree", ()))
        and name.endswith("s")
        and _same(written, name)
    ):
        return True
    # A medicine with a consumer monograph (MedlinePlus), or one DrugBank lists under a name of
    # one plain word ("voclosporin"), as the molecules it lists are not ("C-peptide", "IL-10",
    # and "glutamic acid" of "glutamic acid decarboxylase spectrum disorder").
    # A salt or ester form named with its drug counts as one word ("mycophenolate mofetil").
    medicine = info.get("medline_plus_id") or (
        info.get("drugbank_id") and (written.isalpha() or _SALT_FORM.fullmatch(written))
    )
    # Under its own name, in any number and case: not a brand or a synonym that is also a
    # common word ("luminal" for phenobarbital), nor an abbreviation ("CAPS").
    return bool(medicine) and not written.isupper() and _same(written, name)


_SALT_FORM = re.compile(
    r"[A-Za-z]+\s+(?:mofetil|sodium|potassium|calcium|hydrochloride|acetate|phosphate|"
    r"sulfate|sulphate|succinate|mesylate|citrate|bromide|fumarate|maleate|tartrate)",
    re.IGNORECASE,
)


def _given_alone(text: str, masked: str, start: int, end: int, is_class: bool) -> bool:
    """False where the drug is named as part of something else given, or with how it was
    given (left to the sentence's own name for it): inside brackets that say what a treatment
    was made of ("Immunosuppressive therapy (prednisone and mycophenolate mofetil)"), joined
    to other names ("BCNU+Etoposide+Ara-C+Melphalan", "bendamustine-rituximab"), with the
    words for how it was given ("tacrolimus monotherapy", "azithromycin prophylaxis", "oral
    immunosuppressants"), as a medicine given beside the treatment or stopped ("patients
    receiving concomitant immunosuppressants", "could stop prednisone"), or as what cells were
    prepared with ("pretreating LASCs with aspirin"). A route alone before one medicine
    ("intravenous methylprednisolone", "oral prednisolone") only says how it was given: the
    medicine is named; a class keeps its route ("oral immunosuppressants")."""
    how = _HOW_GIVEN_BEFORE.search(text, 0, start)
    return not (
        masked[start] != text[start]
        or text[start - 1 : start] in _JOINS
        or text[end : end + 1] in _JOINS
        or _HOW_GIVEN_AFTER.match(text, end)
        or (how is not None and (is_class or how.group().strip().lower() not in ROUTES))
        or _BESIDE_OR_STOPPED.search(text, 0, start)
    )


_JOINS = ("+", "/", "-", "‐", "‑")
_HOW_GIVEN_AFTER = re.compile(
    r"\s+(?:therapy|therapies|treatment|prophylaxis|monotherapy|regimens?|combination|"
    r"conditioning|protocol)\b",
    re.IGNORECASE,
)
# "Oral immunosuppressants", "low-dose warfarin": named with how they are given, as the
# sentence writes them.
_HOW_GIVEN_BEFORE = re.compile(
    r"\b(?:oral|intravenous|iv|subcutaneous|topical|systemic|inhaled|nebuli[sz]ed|"
    r"intralesional|intrathecal|intramuscular|intra-articular|local|pulse|(?:low|high|"
    r"ultra-low|standard)[\s\-]dose)\s+$",
    re.IGNORECASE,
)
_BESIDE_OR_STOPPED = re.compile(
    r"\b(?:concomitant|concurrent|background|prior|previous|stop|stopped|discontinued?|"
    r"tapered|tapering|withdrawn|off)\s+(?:\w+\s+)?$|"
    # "pretreating LASCs with aspirin or cyclooxygenase-2 inhibitors impaired ...": what the
    # cells were prepared with, not a treatment of the patient.
    r"\b(?:pre-?treat\w*|precondition\w*|prim(?:ed|ing)|pulsed|loaded)\s+(?:[\w\-]+\s+){0,3}"
    r"with\s+(?:[\w\-]+,?\s+(?:and|or)\s+)?$",
    re.IGNORECASE,
)


def _same(written: str, name: str) -> bool:
    return [singular(w) for w in written.lower().split()] == [
        singular(w) for w in name.lower().split()
    ]
