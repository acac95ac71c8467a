"""Find entity mentions in a statement, and abbreviations a document defines.

Matching is longest-first: "non-myeloablative selective HSCT" wins over the "HSCT" inside it,
and an organisation's full name wins over the disease named in it. Names match regardless of
case, and of hyphens, spaces or dashes between words; abbreviations match case-sensitively. An
abbreviation in brackets right after a mention ("... transplantation (HSCT)") restates that
mention and is not a second one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from kg.ingest.lexicon import Entry, Lexicon
from kg.ingest.nouns import (
    PRODUCT_CODE,
    QUALIFIERS,
    car_target,
    classifying_adjective,
    is_organ,
    latin_adjective,
)
from kg.ingest.wordclass import adjective_only, classes

_SEPARATOR = r"[\s\-‐‑–]+"
# "(HSCT)", "(MSCs)", with a lower-case prefix word "(auto-HSCT)", "(allo-HCT)", or with one
# lower-case letter before the capitals "(hUC-MSCs)", "(aHSCT)" (human, autologous); and a
# capitalised short form made of the beginnings of words, "(Tregs)", read only by the
# syllables of its long form (_by_syllables).
# "MSCs", "hUC-MSCs", "aHSCT", and a syllable before the capitals ("tolDCs", "tol-DCs").
_INITIALISM = r"(?:[a-z]{1,5}-?)?[A-Z][A-Za-z0-9\-]*[A-Z0-9][a-z]?"
# Given in round brackets, or in square ones as some journals print them ("[tolDCs]").
# "(hMSCs, 3x10(6))", "(hiPSCs, iMSCs)": the abbreviation may open a longer parenthesis.
_ABBREVIATION = re.compile(
    rf"\((?P<round>{_INITIALISM}|[A-Z][a-z]{{2,4}}s?)(?:\)|[,;]\s)|\[(?P<square>{_INITIALISM})\]"
)


@dataclass(frozen=True)
class Mention:
    """An entity named in a text at ``[start, end)``."""

    start: int
    end: int
    text: str
    entry: Entry
    # A word before the name that makes it a narrower thing the lexicon does not know
    # ("nonmyeloablative HSCT"): the mention must not be read as the broader entry.
    qualifier: str | None = None


# Words that, put before an intervention's name, name a narrower intervention.
SPECIALISERS = frozenset(
    {
        "autologous",
        "allogeneic",
        "allogenic",
        "syngeneic",
        "haploidentical",
        "nonmyeloablative",
        "non-myeloablative",
        "myeloablative",
        "reduced-intensity",
        "selective",
        "unselected",
        "cd34-selected",
        "cd34+",
        "intensive",
        "low-intensity",
        "high-intensity",
        "umbilical",
        "adipose-derived",
        "bone-marrow-derived",
        "cord-derived",
        # The graft's source: "autologous peripheral blood stem cell transplantation" and
        # "bone marrow transplantation" are kinds of their own, never the broader class.
        "peripheral",
        "blood",
        "bone",
        "marrow",
        "cord",
        "peripheral-blood",
        "bone-marrow",
        # A regimen of its own: "high-dose cyclophosphamide", "post-transplant cyclophosphamide"
        # and "low-dose IL-2" are not every use of the drug.
        "high-dose",
        "low-dose",
        "ultra-low-dose",
        "standard-dose",
        "post-transplant",
        "posttransplant",
        "post-transplantation",
        "posttransplantation",
        # A changed way of giving it: "Simplified AHSCT in an outpatient setting" is not the
        # AHSCT of the guidelines.
        "simplified",
        "modified",
        "outpatient",
        "intensified",
        # What the graft holds or lacks: "T-cell replete HSCT", "stem cell enriched
        # lipotransfer".
        "replete",
        "depleted",
        "enriched",
        # Cells made to act otherwise: "engineered Tregs", "polyclonal Tregs", "tolerogenic
        # DCs", "semimature dendritic cells": never the class of every such cell.
        "tolerogenic",
        "semimature",
        "semi-mature",
        "mature",
        "immature",
        "unpulsed",
        "engineered",
        "polyclonal",
        "transduced",
        "gene-modified",
        "genetically-modified",
        # Cells given a receptor: "CAR Tregs" are not the Tregs the lexicon knows.
        "car",
        "caar",
        # How the receptor is made: "mRNA CAR-T administration does not require
        # preconditioning chemotherapy" holds for mRNA CAR T cells, not for every CAR T-cell
        # therapy.
        "mrna",
        "rna",
        "dna-based",
        "mrna-based",
        "rna-based",
        "lentiviral",
        "retroviral",
        "universal",
        "off-the-shelf",
        # Another kind of stem cell: "mesenchymal stem cell (MSC) transplantation" is not the
        # haematopoietic stem-cell transplantation of the ontology.
        "mesenchymal",
        "stromal",
        "placental",
        "amniotic",
        "adipose",
        "limbal",
    }
)


@dataclass(frozen=True)
class Definition:
    """An abbreviation a text defines: ``long form (ABBR)``."""

    start: int
    end: int
    long_form: str
    abbreviation: str


_INNER_ABBREVIATION = re.compile(
    # "anti-neutrophil cytoplasmic antibody (ANCA)-associated vasculitis" too (a product
    # "mesenchymal stem cell (MSC)-derived exosomes" keeps its own reading).
    r"(?<=\w)\s+(?:\([A-Za-z0-9\-]{1,10}\)|\[[A-Za-z0-9\-]{1,10}\])"
    r"(?=\s+\w|-(?:associated|related|mediated|induced|positive|negative)\b)"
)


_REGIMEN_PART_AFTER = re.compile(r"[\-‐][A-Z][A-Z0-9]{1,}[\-‐][A-Z][A-Za-z0-9]*\b")


def find_mentions(text: str, lexicon: Lexicon) -> list[Mention]:
    """Return the entity mentions of ``text``, left to right, none overlapping.

    >>> from kg.ingest.lexicon import Entry, Lexicon
    >>> from rdflib import URIRef
    >>> lex = Lexicon()
    >>> lex.add(Entry(URIRef("urn:hsct"), "intervention", "HSCT"), ["haematopoietic stem cell transplantation"], ["HSCT"])
    >>> lex.add(Entry(URIRef("urn:sel"), "intervention", "selective HSCT"), ["selective HSCT"])
    >>> [(m.text, str(m.entry.iri)) for m in find_mentions("Selective HSCT (HSCT) and hsct", lex)]
    [('Selective HSCT', 'urn:sel')]
    """
    candidates: list[tuple[int, int, Entry, bool]] = []
    # "Hematopoietic stem cell (HSC) transplantation", "chimeric antigen receptor (CAR) T
    # cells": an abbreviation defined inside a name leaves the name whole, so the name is also
    # looked for with the bracketed abbreviation read as a space.
    inner = [m.span() for m in _INNER_ABBREVIATION.finditer(text)]
    seen_through = text
    for start, end in inner:
        seen_through = seen_through[:start] + " " * (end - start) + seen_through[end:]
    for surface in lexicon.surfaces:
        pattern = _compiled(surface.form, surface.case_sensitive)
        for match in pattern.finditer(text):
            code = PRODUCT_CODE.match(text, match.start()) if surface.case_sensitive else None
            if code is not None and code.end() > match.end():
                continue  # "MSC-100-IV": a product's code, not the cells it is made of
            if surface.case_sensitive and _REGIMEN_PART_AFTER.match(text, match.end()):
                # "the therapeutic sequence CY-BEAM-ASCT": the first step of a sequence named
                # by its parts is not the sequence (left for the curator to name).
                continue
            candidates.append((match.start(), match.end(), surface.entry, surface.case_sensitive))
        if inner:
            for match in pattern.finditer(seen_through):
                if any(
                    match.start() < start
                    and end < match.end()
                    # "Type 1 regulatory T (Tr1) cells": an abbreviation the words before it
                    # in the name do not spell abbreviates a longer name, a narrower thing.
                    and find_definitions(text[match.start() : end])
                    for start, end in inner
                ):
                    candidates.append(
                        (match.start(), match.end(), surface.entry, surface.case_sensitive)
                    )
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int, Entry, bool]] = []
    for cand in candidates:
        if all(cand[1] <= t[0] or cand[0] >= t[1] for t in taken):
            taken.append(cand)
    taken.sort(key=lambda c: c[0])
    mentions: list[Mention] = []
    ends = {t[1] for t in taken}
    defined = find_definitions(text) if "(" in text else []
    for start, end, entry, is_abbreviation in taken:
        if entry.kind == "intervention" and _narrowed_by_definition(text, defined, start, end):
            # "Direct oral anticoagulants (DOACs)": the long form of an abbreviation the
            # sentence defines names a narrower kind than the known name it ends with.
            continue
        if _VERSUS_AFTER.match(text, end):
            continue  # "graft-vs-host disease": the first word of a name, not a graft
        if entry.kind == "intervention" and _STOPPED_AFTER.match(text, end):
            # "Tumor necrosis factor blocker withdrawal ... induced complete remission": the
            # stopping of a treatment is not the treatment; the name it ends is proposed whole.
            continue
        if entry.kind == "intervention" and _ANOTHER_BEFORE.search(text, 0, start):
            # "was observed with another Janus kinase (JAK) inhibitor": an unnamed member of
            # the class, never the class itself.
            continue
        if _FREE_AFTER.match(text, end):
            # "relapse free survival", "drug-free remission": what is absent is not what
            # happened or what was given; the name it starts is proposed whole.
            continue
        if entry.kind == "outcome" and _DEFINES_AFTER.match(text, end):
            continue  # "DAS-28-defined remission": the measure defines another outcome
        if entry.kind in ("process", "outcome") and _MODIFIES.match(text, end):
            # "cytokine release syndrome" names a syndrome, not the process it starts with.
            continue
        if entry.kind in ("process", "outcome", "adverse-event") and _COMPOUND_AFTER.match(
            text, end
        ):
            # "reduced inflammation-associated anemia", "infection-related death": the anaemia
            # and the death are what changed, not the inflammation or the infection that
            # qualify them. The name it starts is proposed whole.
            continue
        if entry.kind == "disease" and (
            _DISEASE_AFTER.match(text, end)
            or _COMPOUND_AFTER.match(text, end)
            or _INSTRUMENT_AFTER.match(text, end)
            or _latin_after(text, end)
        ):
            # "lupus nephritis", "lupus-related depression": a disease of its own, not lupus;
            # "inflammatory bowel disease questionnaire score", "CD activity index": an
            # instrument named after the disease. The name it starts is proposed whole.
            continue
        if entry.kind == "disease" and _SUBTYPE_BEFORE.search(text, 0, start):
            # "primary progressive multiple sclerosis" is a narrower disease than multiple
            # sclerosis: never read as the broader one.
            continue
        if entry.kind == "adverse-event" and _SEVERITY_BEFORE.search(text, 0, start):
            # "serious adverse effects" is a narrower harm than the adverse effect the
            # lexicon knows, as a grade makes one; left to be proposed with its severity.
            continue
        if entry.kind == "disease" and _classified(
            text, start, end, _PATIENTS_NOT_DISEASE, classifying_adjective
        ):
            # "allergic asthma", "crescentic GN": an adjective that classifies a one-word
            # disease names a narrower one, left to be proposed whole; "severe", "pediatric"
            # or "positive" says which patients, not which disease.
            continue
        if entry.kind == "adverse-event" and (
            _classified(text, start, end)
            or (
                " " not in text[start:end].strip()
                and (
                    _ORGAN_BEFORE.search(text, 0, start) or _PATHOGEN_BEFORE.search(text, 0, start)
                )
            )
        ):
            # "viral infections", "organ infections", "cytomegalovirus infection" are narrower
            # harms than infection: left to be proposed with the word that classifies them,
            # never linked to the broader one.
            continue
        if entry.kind in ("outcome", "adverse-event") and _GRADE_BEFORE.search(text, 0, start):
            # "no grade 4 infections occurred" denies a narrower harm than infection; left
            # to be proposed with its grade.
            continue
        if (
            entry.kind == "outcome"
            and " " not in text[start:end].strip()
            and (
                _NOUN_BEFORE.search(text, 0, start)
                or _gerund_noun_before(text, start)
                # "GM atrophy", "whole-brain (WB) atrophy": an abbreviation, or a modifier
                # before the abbreviation defined for it, names a narrower outcome.
                or _ABBREVIATION_BEFORE.search(text, 0, start)
                or _HYPHENATED_BEFORE.search(text, 0, _before_brackets(text, start))
                or _COMPLEMENT_AFTER.match(text, end)
                or _OWNED_COORDINATE_BEFORE.search(text, 0, start)
                or (
                    (organ := _ORGAN_COMPOUND_BEFORE.search(text, 0, start)) is not None
                    and is_organ(organ.group(1))
                )
                # "these cells naturally function to maintain immune homeostasis": a verb
                or _VERB_USE_AFTER.match(text, end)
                or len(text[:start].rstrip(" \t")) in ends
            )
        ):
            # "bladder function", "β-Cell function", "the function of islet β cells", "Treg
            # functions": a one-word other name with a modifier or a complement of its own
            # names something narrower than the "function" the lexicon knows as neurological
            # function.
            continue
        if _IN_BEFORE.search(text, 0, start) and _RESPONSE_TO.match(text, start):
            continue  # "secretion in response to antigen": a preposition, no outcome
        if entry.kind == "intervention" and _HOW_IT_ANSWERS.match(text, end):
            # "steroid-responsive encephalopathy", "rituximab-refractory", "steroid-sparing":
            # a treatment named to say how a disease or a patient answers to it, not one given.
            continue
        if entry.kind == "outcome" and _COMPOUND_BEFORE.search(text, 0, start):
            # "long-term survival", "health-related quality of life": a compound modifier
            # makes a narrower outcome than the one the lexicon knows; left to be proposed.
            continue
        if is_abbreviation and mentions and _restates(text, mentions[-1].end, start, end):
            previous = mentions[-1]
            if previous.entry.iri in entry.parents:
                # "haematopoietic stem cell transplant (HSCT)": the long form matched only a
                # broader class; the author's abbreviation names the specific one.
                mentions[-1] = Mention(previous.start, previous.end, previous.text, entry)
            continue
        mentions.append(_qualified(text, Mention(start, end, text[start:end], entry), lexicon))
    return mentions


_HOW_IT_ANSWERS = re.compile(
    r"[\s\-‐]+(?:responsive|resistant|refractory|dependent|sensitive|naive|naïve|"
    r"intolerant|sparing|free)\b",
    re.IGNORECASE,
)
# Adjectives that say how often, how many or how much a harm was noted, not which harm it is.
_NOT_CLASSIFYING = frozenset(
    [
        "common",
        "frequent",
        "infrequent",
        "rare",
        "other",
        "possible",
        "potential",
        "additional",
        "further",
        "total",
        "overall",
        "significant",
        "relevant",
        "notable",
        "important",
        "similar",
        "various",
        "numerous",
        "previous",
        "such",
        "same",
        "different",
        "main",
        "principal",
        "typical",
        "usual",
        "reported",
        "observed",
        "documented",
    ]
)


def _classified(
    text: str,
    start: int,
    end: int,
    also_not: frozenset[str] = frozenset(),
    adjective: Callable[[str], bool] = adjective_only,
) -> bool:
    # A one-word name after an adjective that classifies it ("viral", "fungal",
    # "opportunistic"): the SPECIALIST Lexicon knows the word only as an adjective.
    if " " in text[start:end].strip():
        return False
    before = re.search(r"(?<![\w\-])([a-z]+)[ \t]+$", text[:start])
    if before is None:
        return False
    word = before.group(1)
    return word not in _NOT_CLASSIFYING and word not in also_not and adjective(word)


_COMPOUND_BEFORE = re.compile(
    r"(?<![\w\-])[A-Za-z]+-(?:free|related|term|specific|adjusted|limiting)[ \t]+$", re.IGNORECASE
)
# A lower-case word that modifies the next one as a noun would ("bladder", "joint"): not a
# determiner, a participle ("improved"), an adverb ("-ly") or a grading adjective.
_NOUN_BEFORE = re.compile(
    r"(?<![\w\-])(?!(?:the|a|an|of|in|and|or|to|with|their|its|his|her|overall|normal|better|"
    r"worse|good|poor|general|global|physical|neurological|neurologic|clinical|motor|"
    r"cognitive|even|also|further|still|both|not|no|more|less|improve|improves|stabilise|"
    r"stabilize|stabilises|stabilizes|restore|restores|preserve|preserves|maintain|maintains|"
    r"affect|affects|impair|impairs|protect|protects|reduce|reduces|worsen|worsens|"
    r"enhance|enhances)\b)[a-z]+(?<!ed)(?<!ing)(?<!ly)[ \t]+$",
    # "Renal function improved ...": a modifier opening the sentence is one too.
    re.IGNORECASE,
)


def _gerund_noun_before(text: str, start: int) -> bool:
    # "hearing function", "swallowing function": an "-ing" word the lexicon knows as a noun
    # modifies the next one as a noun would ("improving function" is a verb and its object).
    before = re.search(r"(?<![\w\-])([a-z]+ing)[ \t]+$", text[:start])
    if before is None:
        return False
    # "Improved swallowing function", "the swallowing function": after a participle or a
    # determiner the "-ing" word modifies a noun, whatever else the lexicon knows it as.
    modified = re.search(r"(?<![\w\-])([A-Za-z]+)[ \t]+$", text[: before.start(1)])
    return "NOUN" in classes(before.group(1)) or (
        modified is not None
        and (
            modified.group(1).lower() in ("the", "a", "an", "their", "its", "his", "her")
            or modified.group(1).lower().endswith("ed")
        )
    )


def _before_brackets(text: str, start: int) -> int:
    # Where the text before ``start`` ends once a bracketed abbreviation there is left out.
    bracket = re.search(r"\s*\([^()]{1,12}\)[ \t]*$", text[:start])
    return bracket.start() + 1 if bracket else start


# Where a harm is: "organ infections", "lung infections", "skin toxicity".
_ORGAN_BEFORE = re.compile(
    r"(?<![\w\-])(?:organ|lung|skin|liver|kidney|renal|cardiac|urinary[ \t]+tract|bloodstream|"
    r"respiratory[ \t]+tract|soft[ \t]+tissue|throat|chest|ear|sinus|wound|joint|bone|"
    r"gastrointestinal)[ \t]+$",
    re.IGNORECASE,
)
_PATHOGEN_BEFORE = re.compile(
    r"(?<![\w\-])(?:[a-z]*virus|[a-z]*viral|[a-z]*cocc(?:al|us)|[a-z]*bacter(?:ial|ium)|"
    r"fungal|herpes|zoster|varicella|candida|aspergillus|pneumocystis)[ \t]+$",
    re.IGNORECASE,
)
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w\-])[A-Z][A-Z0-9]{1,6}[ \t]+$")
_HYPHENATED_BEFORE = re.compile(r"(?<![\w\-])\w+-\w+[ \t]+$")
_COMPLEMENT_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[\w\-]")
_VERB_USE_AFTER = re.compile(r"\s+(?:to\s+(?!the\b|a\b|an\b|normal\b|baseline\b)[a-z]+|as\s+an?\b)")
# "edited T cells maintain their in vitro phenotype and function": the owner of the first
# coordinate (cells, here) owns the second.
_OWNED_COORDINATE_BEFORE = re.compile(
    r"\b(?:their|its)\s+(?:[\w\-]+\s+){1,3}(?:and|or)\s+$", re.IGNORECASE
)
# "improvement in lung imaging and function": an organ before a compound is the coordinate's
# too (lung function).
_ORGAN_COMPOUND_BEFORE = re.compile(r"\b([a-z]+)\s+[a-z][\w\-]+\s+(?:and|or)\s+$", re.IGNORECASE)
_GRADE_BEFORE = re.compile(
    r"\bgrade\s*[≥>]?\s*(?:\d|[IV]{1,3})(?:\s*(?:or|to|-|–)\s*(?:\d|[IV]{1,3}))?[ \t]+$",
    re.IGNORECASE,
)
_ANOTHER_BEFORE = re.compile(r"\banother[ \t]+$", re.IGNORECASE)
_SUBTYPE_BEFORE = re.compile(
    r"(?<![\w\-])(?:(?:primary|secondary)[ \t\-]+)?(?:progressive|relapsing)[ \t\-]+$",
    re.IGNORECASE,
)
_INSTRUMENT_AFTER = re.compile(
    r"[ \t]+(?:questionnaires?|endoscopic[ \t]+ind(?:ex|ices)|"
    # "suppress inflammatory disease activity": the activity of the disease is what changed
    r"activity(?:[ \t]+(?:ind(?:ex|ices)|scores?))?)\b",
    re.IGNORECASE,
)
_VERSUS_AFTER = re.compile(r"[\-‐](?:vs|versus)[\-‐]", re.IGNORECASE)
_STOPPED_AFTER = re.compile(
    r"[ \t]+(?:withdrawal|discontinuation|cessation|interruption)\b", re.IGNORECASE
)
_FREE_AFTER = re.compile(r"[ \t]*[\-‐ ]free\b", re.IGNORECASE)
_DEFINES_AFTER = re.compile(r"[\-‐](?:defined|based|guided|adjusted)\b", re.IGNORECASE)
_COMPOUND_AFTER = re.compile(r"[\-‐](?:related|associated|induced|mediated)\b", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[ \t]+([a-z]{6,})\b")


def _latin_after(text: str, end: int) -> bool:
    """True when a Latin adjective English does not know follows a disease's name: "lupus
    erythematosus tumidus" is a form of lupus, named whole.

    >>> _latin_after("lupus erythematosus tumidus", 19), _latin_after("lupus erythematosus patients", 19)
    (True, False)
    """
    word = _WORD_AFTER.match(text, end)
    return bool(word and latin_adjective(word.group(1)))


_DISEASE_AFTER = re.compile(
    r"[ \t]+[a-z]+(?:itis|pathy|osis)\b|"
    # "RCD-II", "RCD type I", "refractory celiac disease type 2": a type of the disease, a
    # narrower one (a bare number after a name is the statement's source marker).
    r"(?:[ \t]*-[ \t]*|[ \t]+)(?:(?:sub)?type[ \t]+(?:[1-4]|[A-D])\b|(?:(?:sub)?type[ \t]+)?"
    r"(?:I{1,3}|IV)\b(?![\-/]))"
)
# "secondary AD" is a disease arising after a treatment, drafted as a harm (claims._ARISING).
_PATIENTS_NOT_DISEASE = QUALIFIERS | {
    "primary",
    "secondary",
    "pediatric",
    "paediatric",
    "adult",
    "elderly",
    "childhood",
    "positive",
    "negative",
    "seropositive",
    "seronegative",
}
_IN_BEFORE = re.compile(r"(?<![\w\-])in[ \t]+$", re.IGNORECASE)
_RESPONSE_TO = re.compile(r"responses?[ \t]+to\b", re.IGNORECASE)
_SEVERITY_BEFORE = re.compile(
    r"(?<![\w\-])(?:serious|severe|major|life-threatening|fatal)[ \t]+$", re.IGNORECASE
)
# "cytokine release syndrome"; "Crohn's Disease Activity Index", "IBD-Q quality of life
# index": an instrument named after what it measures.
_MODIFIES = re.compile(
    r"[ \t\-]+(?:syndromes?|reactions?|toxicit(?:y|ies)|disorders?|ind(?:ex|ices)|scales?)\b",
    re.IGNORECASE,
)


def derived_from_end(text: str, end: int) -> int | None:
    """Where "derived from <tissue>" written right after a name ending at ``end`` ends.

    >>> text = "Mesenchymal stromal cells (MSCs) derived from adipose tissue have effects"
    >>> text[: derived_from_end(text, 25)]
    'Mesenchymal stromal cells (MSCs) derived from adipose'
    """
    source = _DERIVED_FROM.match(text, end)
    return source.end() if source is not None else None


def _qualified(text: str, mention: Mention, lexicon: Lexicon) -> Mention:
    # "Autologous HSCT": a specialising word before an intervention's name. When the lexicon
    # knows the narrower intervention by that word and one of the broader one's names
    # ("autologous haematopoietic stem cell transplantation"), the mention is of it; otherwise
    # the mention carries the word as a qualifier and is not taken for the broader entry.
    if mention.entry.kind not in ("intervention", "step"):
        return mention
    before = re.search(r"([\w+\-]+)[ \t]+$", text[: mention.start])
    if before is not None and _CAR.search(mention.text) and car_target(before.group(1)):
        # "CD19-targeted CAR T cells", "BCMA-CD19 compound CAR T cells": a CAR is the kind
        # its target makes it, never the class of every CAR.
        word = before.group(1)
        bracketed = re.search(r"\(([A-Za-z0-9]+)\)$", text[: before.start(1)])
        if word.startswith("-") and bracketed is not None:
            word = bracketed.group(1) + word  # "B cell maturation antigen (BCMA)-based"
        return Mention(mention.start, mention.end, mention.text, mention.entry, word)
    conditioning = _CONDITIONING_BEFORE.search(text, 0, mention.start)
    if conditioning is not None:
        # "Reduced-intensity conditioning (RIC) HSCT": a transplant of its own regimen, whose
        # results are not those of every transplant.
        word = f"{conditioning.group(1).lower()} conditioning"
        return Mention(mention.start, mention.end, mention.text, mention.entry, qualifier=word)
    source = _DERIVED_FROM.match(text, mention.end)
    if source is not None and (before is None or before.group(1).lower() not in SPECIALISERS):
        # "Mesenchymal stromal cells (MSCs) derived from adipose tissue": the tissue the cells
        # come from makes them a narrower kind, as "adipose-derived" before them would.
        word = f"{source.group('tissue').lower().replace(' ', '-')}-derived"
        return Mention(mention.start, mention.end, mention.text, mention.entry, qualifier=word)
    if before is None or not (
        before.group(1).lower() in SPECIALISERS
        or _MADE_OTHERWISE.match(before.group(1))
        or _POTENCY.match(before.group(1))
    ):
        return mention
    word = before.group(1)
    names = {
        s.form
        for s in lexicon.surfaces
        if s.entry.iri == mention.entry.iri and not s.case_sensitive
    }
    if any(_normal(name).split(" ", 1)[0] == word.lower() for name in names):
        # The entry is already that kind ("autologous HSCT" where the document defines HSCT
        # as autologous HSCT): the word restates it, it does not narrow it.
        start = before.start(1)
        return Mention(start, mention.end, text[start : mention.end], mention.entry)
    known = _names_index(lexicon)
    for name in sorted(names):
        narrower = known.get(_normal(f"{word} {name}"))
        if narrower is not None and narrower.iri != mention.entry.iri:
            start = before.start(1)
            return Mention(start, mention.end, text[start : mention.end], narrower)
    return Mention(mention.start, mention.end, mention.text, mention.entry, qualifier=word)


# "a high-efficacy disease-modifying therapy": a narrower class than every such therapy, whose
# results are not those of the class.
_POTENCY = re.compile(r"^(?:high|higher|moderate|low|lower)-(?:efficacy|potency)$", re.IGNORECASE)

# Cells changed or chosen to act otherwise: "CNS-targeting Tregs", "CAR-transduced Tregs",
# "antigen-specific Tregs" are narrower cells than the Tregs the lexicon knows.
_MADE_OTHERWISE = re.compile(
    r"^\w[\w+\-]*-(?:targeting|targeted|specific|transduced|engineered|modified|directed|loaded|"
    # "CR-bearing Tregs", "CAR-expressing Tregs": cells carrying what they were given.
    r"pulsed|primed|expanded|bearing|expressing|redirected|armed)$",
    re.IGNORECASE,
)
_CAR = re.compile(r"\bCAR\b|chimeric antigen receptor", re.IGNORECASE)
_CONDITIONING_BEFORE = re.compile(
    r"\b((?:reduced|low|high|full|minimal)[\-\s]intensity|reduced[\-\s]toxicity|"
    r"(?:non-?)?myeloablative)\s+conditioning(?:\s*\([^()]{1,10}\))?[ \t]+$",
    re.IGNORECASE,
)
_DERIVED_FROM = re.compile(
    r"(?:\s*\([^()]{1,15}\))?\s+(?:derived|isolated|obtained)\s+from\s+(?:(?:the|human)\s+)?"
    r"(?P<tissue>adipose|bone\s+marrow|umbilical\s+cord|cord\s+blood|placenta|amnion|dental\s+pulp|"
    r"gingiva|menstrual\s+blood|tonsils?|synovium|decidua)\b"
    # "derived from bone marrow or other adult tissues" says where such cells come from, not
    # which ones these are.
    r"(?!(?:\s+tissues?)?\s*(?:,|\bor\b|\band\b))",
    re.IGNORECASE,
)


def _normal(name: str) -> str:
    return re.sub(r"[\s\-‐‑–]+", " ", name.lower()).strip()


def _names_index(lexicon: Lexicon) -> dict[str, Entry]:
    key = (id(lexicon), len(lexicon.surfaces))
    cached = _INDEXES.get(key)
    if cached is None:
        cached = {_normal(s.form): s.entry for s in lexicon.surfaces if not s.case_sensitive}
        _INDEXES.clear()
        _INDEXES[key] = cached
    return cached


_INDEXES: dict[tuple[int, int], dict[str, Entry]] = {}


def _narrowed_by_definition(text: str, defined: list[Definition], start: int, end: int) -> bool:
    """True when ``text[start:end]`` ends the long form of a definition in ``defined`` that
    has words before it other than those that say which kind (``SPECIALISERS``: "autologous
    HSCT (aHSCT)" is read through the name it narrows).

    >>> text = "Direct oral anticoagulants (DOACs) and autologous HSCT (aHSCT)"
    >>> defined = find_definitions(text)
    >>> _narrowed_by_definition(text, defined, 12, 26), _narrowed_by_definition(text, defined, 50, 54)
    (True, False)
    """
    return any(
        d.start < start
        and d.end == end
        and any(w.lower() not in SPECIALISERS for w in text[d.start : start].split())
        for d in defined
    )


def find_definitions(text: str) -> list[Definition]:
    """Return the abbreviations ``text`` defines as ``long form (ABBR)``.

    The long form is the shortest run of preceding words whose initials spell the abbreviation
    (after Schwartz and Hearst, 2003), so only real definitions are found.

    >>> [(d.long_form, d.abbreviation) for d in find_definitions(
    ...     "by the European Crohn's and Colitis Organisation (ECCO) and mesenchymal stem cells (MSCs)")]
    [("European Crohn's and Colitis Organisation", 'ECCO'), ('mesenchymal stem cells', 'MSCs')]
    >>> [d.long_form for d in find_definitions("Autologous hematopoietic stem cell transplantation (auto-HSCT)")]
    ['Autologous hematopoietic stem cell transplantation']
    >>> [d.long_form for d in find_definitions("Autologous hematopoietic stem cell transplantation (Auto-HSCT)")]
    ['Autologous hematopoietic stem cell transplantation']
    >>> [d.long_form for d in find_definitions("allogeneic hematopoietic stem cell transplantation (alloHSCT)")]
    ['allogeneic hematopoietic stem cell transplantation']
    >>> [d.long_form for d in find_definitions("This study will evaluate a cell-based therapy (ECP) in")]
    []
    >>> [(d.long_form, d.abbreviation) for d in find_definitions("Hematopoietic stem cell (HSC) transplantation (HSCT)")]
    [('Hematopoietic stem cell', 'HSC'), ('Hematopoietic stem cell transplantation', 'HSCT')]
    >>> [d.long_form for d in find_definitions("Alopecia areata (AA) is common")]
    ['Alopecia areata']
    >>> [d.long_form for d in find_definitions("likelihood of CR (odds ratio [OR] 2.08)")]
    ['odds ratio']
    >>> [d.long_form for d in find_definitions("BCMA-CD19 compound chimeric antigen receptor T cells (cCAR)")]
    ['compound chimeric antigen receptor T cells']
    >>> [d.long_form for d in find_definitions("chimeric antigen receptor (CAR) T cell therapy (CTCT)")]
    ['chimeric antigen receptor', 'chimeric antigen receptor T cell therapy']
    >>> [d.long_form for d in find_definitions("given either human MSCs (hMSCs, 3x10(6)) or vehicle")]
    ['human MSCs']
    >>> [d.long_form for d in find_definitions("antibody-positive Stiff Person Syndrome Spectrum Disorder (SPSD)")]
    ['Stiff Person Syndrome Spectrum Disorder']
    """
    found: list[Definition] = []
    for match in _ABBREVIATION.finditer(text):
        abbr = match.group("round") or match.group("square")
        letters = singular_abbreviation(abbr)
        prefix = re.match(r"([A-Za-z][a-z]{1,4})-(?=[A-Z])|(auto|allo)(?=[A-Z]{2})", letters)
        if prefix:
            # "auto-HSCT", "Auto-HSCT", "autoHSCT": the prefix abbreviates one word
            # ("autologous") by its first letter.
            letters = (prefix.group(1) or prefix.group(2))[0] + letters[prefix.end() :]
        letters = re.sub(r"[^A-Za-z0-9]", "", letters)
        before = text[: match.start()].rstrip()
        # A word inside brackets ("stem cell (HSC) transplantation") is another abbreviation,
        # never the start of this one's long form; the words it abbreviates count as it does
        # ("chimeric antigen receptor (CAR) T cell therapy (CTCT)": CAR, T, cell, therapy).
        # Given inside a parenthesis ("(odds ratio [OR] 2.08"), its words are the
        # parenthesis's own, never those before it.
        opened = before.rfind("(")
        first = opened + 1 if opened > before.rfind(")") else 0
        words: list[tuple[int, str]] = []
        for w in re.finditer(r"[\w'’\-]+", before):
            if w.start() < first:
                continue
            inner = next((d for d in found if d.start <= w.start() < d.end), None)
            if inner is not None:
                if not words or words[-1][0] != inner.start:
                    words.append((inner.start, inner.abbreviation))
            elif not _bracketed(before[first:], w.start() - first):
                words.append((w.start(), w.group(0)))
        limit = min(len(letters) + 5, len(letters) * 2)
        spans = [words[-count:] for count in range(1, min(limit, len(words)) + 1)]
        # "mesenchymal stem cells (MSCs) and small extracellular vesicle (SEV) derived from the
        # MSC (MSC-SEV)": a run joining a name already defined to another by "and" is a list
        # of two things, never one name.
        defined = {d.start for d in found}
        spans = [
            span
            for span in spans
            if not any(
                w.lower() in ("and", "or") and previous in defined
                for (previous, _), (_, w) in itertools.pairwise(span)
            )
        ]
        spelt = [
            span
            for span in spans
            if _spells(letters, [w for _, w in span], inner=True)
            and _parts_start_words(abbr, span)
            # "This study will evaluate a cell-based therapy (ECP)": a name never opens with
            # the verb of a clause.
            and not _VERB_BEFORE.search(before, 0, span[0][0])
        ]
        span = None
        if not re.fullmatch(_INITIALISM, abbr):
            span = _by_syllables(abbr, words)  # "(Tregs)": never spelt letter by letter
        elif spelt:
            # The shortest run that spells it, unless a longer one spells it by its words'
            # initials: "Alopecia areata (AA)" is both words, not "areata" (a...a), and
            # "compound chimeric antigen receptor T cells (cCAR)" starts at "compound", not at
            # the c inside "chimeric".
            by_initials = [
                sp
                for sp in spans
                if _initials(sp).startswith(letters.lower())
                and len(_initials(sp)) <= len(letters) + 2
                and _parts_start_words(abbr, sp)
            ]
            # "Stiff Person Syndrome Spectrum Disorder (SPSD)": a run of capitalised words
            # whose initials hold the letters in order, one word left unspelt, is the name,
            # never its last words spelt letter by letter.
            titled = [
                sp
                for sp in spans
                if all(w[:1].isupper() for _, w in sp)
                and _initials(sp)[:1] == letters[:1].lower()
                and _initials(sp)[-1:] == letters[-1:].lower()
                and len(_initials(sp)) == len(letters) + 1
                and _subsequence(letters.lower(), _initials(sp))
            ]
            span = next(
                (sp for sp in spelt if _initials(sp) == letters.lower()),
                by_initials[0] if by_initials else titled[0] if titled else spelt[0],
            )
        if span is not None:
            start = span[0][0]
            # The name without an abbreviation defined inside it: "Hematopoietic stem
            # cell (HSC) transplantation" names hematopoietic stem cell transplantation.
            name = _INNER_ABBREVIATION.sub("", before[start:])
            found.append(Definition(start, len(before), name, abbr))
    return found


_VERB_BEFORE = re.compile(r"\b(?:will|would|can|could|may|might|shall|should|must)\s+$")


def _subsequence(letters: str, initials: str) -> bool:
    rest = iter(initials)
    return all(letter in rest for letter in letters)


def _by_syllables(abbr: str, words: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """The shortest run of words ending where the abbreviation is given whose beginnings it
    joins, in any order, if any.

    "Regulatory T cells (Tregs)": "Treg" is the T of "T" and the "reg" of "regulatory", each
    the start of a word (or of a hyphenated part) of its own, as in "T regulatory cells
    (Tregs)" and "CD4+ CD25+ T-regulatory (Treg)". At least two give a piece.

    >>> [w for _, w in _by_syllables("Tregs", list(enumerate("human Regulatory T cells".split())))]
    ['Regulatory', 'T', 'cells']
    >>> [w for _, w in _by_syllables("Treg", list(enumerate("that CD25+ T-regulatory".split())))]
    ['T-regulatory']
    >>> _by_syllables("Treg", list(enumerate("a regimen".split()))) is None
    True

    One word clipped to its start is its own abbreviation: "exosomes (Exos)", never "of
    exosomes" for the o of "of".

    >>> [w for _, w in _by_syllables("Exos", list(enumerate("the function of exosomes".split())))]
    ['exosomes']
    """
    core = abbr[:-1] if abbr.endswith("s") and len(abbr) > 3 else abbr
    core = re.sub(r"[^A-Za-z0-9]", "", core).lower()
    if words and len(core) >= 3 and words[-1][1].lower().startswith(core):
        return words[-1:]

    def cover(rest: str, parts: list[str], used: frozenset[int]) -> bool:
        if not rest:
            return len(used) >= 2
        return any(
            part.startswith(rest[:n]) and cover(rest[n:], parts, used | {i})
            for i, part in enumerate(parts)
            if i not in used
            for n in range(min(len(rest), len(part)), 0, -1)
        )

    for count in range(1, min(len(words), len(core) + 2) + 1):
        span = words[-count:]
        parts = [part.lower() for _, w in span for part in w.split("-") if part]
        if cover(core, parts, frozenset()):
            return span
    return None


def _initials(span: list[tuple[int, str]]) -> str:
    return "".join(w[0].lower() for _, w in span if w.lower() not in _SMALL_WORDS)


def singular_abbreviation(abbreviation: str) -> str:
    """The abbreviation without a plural "s" after its capitals.

    >>> [singular_abbreviation(a) for a in ("MSCs", "hUC-MSCs", "ADs", "CNS", "Tregs", "Abs")]
    ['MSC', 'hUC-MSC', 'AD', 'CNS', 'Treg', 'Abs']
    """
    if len(abbreviation) > 2 and abbreviation.endswith("s") and abbreviation[-2].isupper():
        return abbreviation[:-1]
    if re.fullmatch(r"[A-Z][a-z]{2,4}s", abbreviation):
        return abbreviation[:-1]  # "Tregs", made of the beginnings of words
    return abbreviation


def _parts_start_words(abbreviation: str, span: list[tuple[int, str]]) -> bool:
    # "CAR-T" after "chimeric antigen receptor" borrows its T from inside "receptor": a part
    # after a hyphen stands for a word of its own ("chimeric antigen receptor T-cell (CAR-T)").
    initials = "".join(w[0].lower() for _, w in span) + "".join(
        part[0].lower() for _, w in span for part in w.split("-")[1:] if part
    )
    return all(
        part[0].lower() in initials for part in abbreviation.split("-")[1:] if part[:1].isupper()
    )


def _bracketed(text: str, position: int) -> bool:
    return text.rfind("(", 0, position) > text.rfind(")", 0, position) or text.rfind(
        "[", 0, position
    ) > text.rfind("]", 0, position)


_SMALL_WORDS = frozenset({"and", "of", "for", "the", "in", "on"})


def _spells(letters: str, words: list[str], inner: bool = False) -> bool:
    # Every letter of the abbreviation in order in the words, the first at the start of the
    # first word, and each word-initial letter consumed by a letter (small words may be skipped).
    if not words or words[0][0].lower() != letters[0].lower():
        return False
    text = " ".join(words).lower()
    position = 0
    for ch in letters.lower():
        found = text.find(ch, position)
        if found < 0:
            return False
        position = found + 1
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    # With ``inner``, an abbreviation among the words gives all its letters ("acute GvHD
    # (aGvHD)"); a name is otherwise put in place of its abbreviation only when written out.
    weight = sum(len(w) if inner and abbreviation_like(w) else 1 for w in significant)
    return len(significant) <= len(letters) + 1 and weight >= max(1, len(letters) - 2)


def abbreviation_like(word: str) -> bool:
    """True when ``word`` is written with two capitals or more, as abbreviations are.

    >>> [abbreviation_like(w) for w in ("GvHD", "HSCT", "Tregs", "cells")]
    [True, True, False, False]
    """
    return sum(c.isupper() for c in word) >= 2


def _restates(text: str, previous_end: int, start: int, end: int) -> bool:
    between = text[previous_end:start].strip()
    return (between, text[end : end + 1]) in (("(", ")"), ("[", "]"))


@lru_cache(maxsize=4096)
def _compiled(form: str, case_sensitive: bool) -> re.Pattern[str]:
    # A straight and a typographic apostrophe are one letter: "Crohn’s disease" is the
    # "Crohn's disease" the lexicon knows.
    words = [re.sub("['’]", "['’]", re.escape(w)) for w in re.split(r"[\s\-‐‑–]+", form) if w]
    body = _SEPARATOR.join(words)
    if case_sensitive and form[:1].islower():
        # "allo-HSCT" opening a sentence is written "Allo-HSCT".
        body = f"[{form[0]}{form[0].upper()}]{body[1:]}"
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(rf"(?<![\w\-‐‑–]){body}(?![\w])", flags)
