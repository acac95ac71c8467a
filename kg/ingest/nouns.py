"""Noun phrases the ontology does not know: cut them out of a slot and guess what they name.

When a wording rule expects, say, outcomes after "improvement in" and the words there name no
known entity, the noun phrases found there become proposed entities for the curator to review.
Which kind a phrase is comes first from the slot it fills and is checked against its head
noun, so a slot does not turn "between centres" into an outcome.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from kg.ingest.diseases import names_a_disease
from kg.ingest.lexicon import ADVERSE_EVENT, DISEASE, INTERVENTION, OUTCOME, PROCESS, STEP
from kg.ingest.parse import ORDINAL
from kg.ingest.wordclass import (
    adjective_only,
    adverb_only,
    classes,
    modifier,
    noun_lemmas,
    verb_only,
)

# A slash between spaces joins two names ("hyperthyroidism / Grave's disease"); one inside a
# name ("CD19/BCMA", "and/or") does not.
_SPLIT = re.compile(
    r",\s*|;\s*|\s+/\s+|\s+(?:and/or|and|or|as well as|including|such as|like|especially|particularly|"
    r"notably|mainly|plus)\s+|\s+(?:in|for|with|without|among|at|by|to|from|on|after|before|"
    r"during|over|versus|vs\.?|than|through|throughout|until|up\s+to)\s+",
    re.IGNORECASE,
)
_SPLIT_KEEP_OF = re.compile(
    r",\s*|;\s*|\s+/\s+|\s+(?:and/or|and|or|as well as|including|such as|like|especially|particularly|"
    r"notably|mainly|plus)\s+",
    re.IGNORECASE,
)
_TRAILER = re.compile(
    r"\s+(?:that|which|who|whose|when|where|while|before|after|because|since|although|albeit|"
    r"compared|"
    # "fewer glucocorticoid-associated adverse events and, despite complement inhibition, ..."
    r"despite|"
    r"than|versus|outside|related\s+to|attributable\s+to|attributed\s+to|ascribed\s+to|"
    r"due\s+to|owing\s+to|caused\s+by|"
    # "reduced inflammation-associated anemia, indicating that ...": what the result shows
    # is no more of what changed.
    r"indicating|suggesting|implying|demonstrating|confirming|highlighting)\b.*$",
    re.IGNORECASE,
)
_LEADING = {
    "the",
    "a",
    "an",
    "their",
    "its",
    "his",
    "her",
    "this",
    "these",
    "those",
    "some",
    "many",
    "various",
    "several",
    "other",
    "any",
    "all",
    "each",
    "such",
    "both",
    "most",
    "certain",
    "possible",
    "careful",
    # when, not what: "Recent biologic therapies ... have demonstrated efficacy"
    "recent",
    # how strongly, not what: "through their powerful paracrine function"
    "powerful",
    "potent",
    "robust",
    "remarkable",
    # how good, not what: "resulted in ... appropriate healing"
    "appropriate",
    "adequate",
    "satisfactory",
    # how bearable, not what: "associated with manageable side effects"
    "manageable",
    "acceptable",
    "tolerable",
    "specific",
    "further",
    "more",
    "overall",
    "and",
    "or",
    "but",
    "however",
    "moreover",
    "thus",
    "including",
    "include",
    "includes",
    "as",
    "like",
    "especially",
    "particularly",
    "notably",
    "mainly",
    "also",
    "even",
    "very",
    "only",
}
# Words that qualify the patients rather than name the disease ("early" dcSSc, "complex"
# fistulas): dropped from the name of a proposed disease, as curators do.
QUALIFIERS = frozenset(
    {
        "early",
        "late",
        "severe",
        "complex",
        "simple",
        "refractory",
        "active",
        "mild",
        "moderate",
        # "moderate-severe ulcerative colitis", "mild-to-moderate disease"
        "moderate-severe",
        "moderate-to-severe",
        "mild-moderate",
        "mild-to-moderate",
        "advanced",
        "aggressive",
        "selected",
        "established",
        "new-onset",
        "early-onset",
        "recent-onset",
        "treatment-resistant",
        "treatment-refractory",
        "steroid-refractory",
        "steroid-resistant",
        "steroid-dependent",
        "resistant",
        "recalcitrant",
        "intractable",
        "difficult-to-treat",
        "significant",
        "worsening",
        "underlying",
        "poor",
    }
)
_CARE_TAKEN = {
    "caution",
    "care",
    "attention",
    "consideration",
    "vigilance",
    # "careful consideration of safety, efficacy, and implementation is essential": how a
    # therapy comes into use, no step of giving it.
    "implementation",
    "adoption",
    "approval",
    "development",
    "regulation",
}
_RESEARCH = {
    "investigation",
    "investigations",
    "research",
    "study",
    "studies",
    "trial",
    "trials",
    "exploration",
    # "further experience with higher doses ... of canakinumab is needed": more use to learn
    # from, no step of the treatment.
    "experience",
}
# With _GENERIC, words that name no particular disease however they are put together: the
# determiners of an anaphor ("this disorder") and generic heads.
_NO_DISEASE_NAME = {
    "this",
    "these",
    "that",
    "those",
    "the",
    "such",
    "disorder",
    "disorders",
    "syndrome",
}
# Words that say how far or how bad a disease is, never which disease it is.
_DISEASE_STAGES = {
    *("low-risk", "high-risk", "intermediate-risk", "low", "high", "intermediate", "risk"),
    *("active", "inactive", "severe", "advanced", "refractory", "early", "late", "stable"),
    *("residual", "mild", "moderate", "progressive", "aggressive", "underlying", "clonal"),
    *("established", "longstanding", "long-standing", "recent-onset", "new-onset"),
}
_GENERIC = {
    # "no ... differences versus placebo in mean changes": a comparison, no harm
    "difference",
    "differences",
    "treatment",
    "treatments",
    "therapy",
    "therapies",
    "patient",
    "patients",
    "disease",
    "diseases",
    "condition",
    "conditions",
    "study",
    "studies",
    "trial",
    "trials",
    "research",
    "protocol",
    "protocols",
    "evidence",
    "procedure",
    "procedures",
    "option",
    "options",
    "role",
    "use",
    "place",
    "effect",
    "effects",
    "outcome",
    "outcomes",
    "risk",
    "risks",
    "centre",
    "centres",
    "center",
    "centers",
    "people",
    "adults",
    "children",
    "it",
    "they",
    "them",
    "result",
    "results",
    "data",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "test",
    "tests",
}
_DISEASE_HEADS = {
    "disease",
    "diseases",
    "condition",
    "conditions",
    "disorder",
    "disorders",
    "syndrome",
    "syndromes",
    "fistula",
    "fistulas",
    "fistulae",
    "lupus",
    "cancer",
    "carcinoma",
    "lymphoma",
    "leukaemia",
    "leukemia",
    "myeloma",
    "failure",
    "sclerosis",
    "fibrosis",
    "vasculitis",
    "colitis",
    "arthritis",
    "dermatomyositis",
    "myositis",
    "psoriasis",
    "uveitis",
    "diabetes",
    "mellitus",
    # The second, Latin word of a disease's name: "myasthenia gravis", "neuromyelitis optica",
    # "alopecia areata", "lichen planus", "pemphigus vulgaris", "lupus erythematosus".
    "gravis",
    "optica",
    "areata",
    "planus",
    "vulgaris",
    "erythematosus",
    # Diseases named by one word of no telling ending.
    "pemphigus",
    "pemphigoid",
    "asthma",
    "vitiligo",
    "eczema",
    "anaemia",
    "anemia",
    "pneumonia",
    "pneumonias",
    # Graft-versus-host disease by its abbreviation ("steroid-refractory acute GvHD").
    "gvhd",
}
_DISEASE_SUFFIXES = ("itis", "osis", "pathy", "aemia", "emia", "oma", "ism", "penia")
_CIRCUMSTANCES = {
    "real-life",
    "real-world",
    "routine",
    "experimental",
    "laboratory",
    "controlled",
    "culture",
    "optimal",
    "standard",
}
_NOT_DISEASES = {"prognosis", "diagnosis", "aim", "mechanism", "diagnoses", "outcome"}
_OUTCOME_HEADS = {
    "weakness",
    "remission",
    "response",
    "responses",
    "survival",
    "mortality",
    "closure",
    "healing",
    "regeneration",
    "homeostasis",  # "improves immunologic homeostasis"
    "rate",
    "rates",
    "activity",
    "relapse",
    "relapses",
    # "Canakinumab was effective in preventing febrile attacks", "the number of febrile
    # episodes after the treatment decreased"
    "attack",
    "attacks",
    "episode",
    "episodes",
    "recurrence",
    "quality",
    "function",
    "score",
    "scores",
    "progression",
    "event",
    "events",
    "complication",
    "complications",
    "toxicity",
    "pain",
    "control",
    "symptoms",
    "disability",
    "hospitalisation",
    "hospitalization",
    "hospitalisations",
    "hospitalizations",
    "surgery",
    "resolution",
    "inflammation",
    "damage",
    "injury",  # "attenuating glomerular injury"
    "death",
    "deaths",
    "abscess",
    "abscesses",
    "benefit",
    "atrophy",
    # measured quantities: "HbA1c levels", "C-peptide levels", "insulin needs", titres, ratios
    "titer",
    "titers",
    "titre",
    "titres",
    "ratio",
    "ratios",
    "count",
    "counts",
    "level",
    "levels",
    "need",
    "needs",
    "requirement",
    "requirements",
    "independence",
    "production",
    # a change of what follows "of" ("loss of insulin production", "accumulation of
    # disability"): see _CHANGES_OF
    "loss",
    "accumulation",
    "worsening",  # "efficacy in preventing disease worsening"
    # sizes measured on a scan or the body: "lesion volume", "lesion load", "ulcer area",
    # "skin thickness", "6-minute walk distance"
    "volume",
    "volumes",
    "load",
    "size",
    "area",
    "thickness",
    "distance",
    # what a test measures: "cognitive performance", "muscle strength"
    "performance",
    "strength",
    "fatigue",
    # "emicizumab prevents bleeds", "effectively prevents bleeding"
    "bleeding",
    "bleed",
    "bleeds",
    "haemorrhage",
    "hemorrhage",
    "flare",
    "flares",
    # "shorter hospital stays, ... reduced costs"
    "stay",
    "stays",
    "cost",
    "costs",
    # symptoms a treatment relieves: "Dupilumab reduces pruritus", "improvements in itch",
    # "in sleep and quality of life" (not lesions, as often where a change was seen: "in
    # the psoriatic lesion")
    "itch",
    "itching",
    "pruritus",
    "sleep",
    "rash",
    "swelling",
    "cough",
    "dyspnoea",
    "dyspnea",
}
# "Descartes-08", "KYV-101", and with more parts: "TX200-TR101", "MSC-100-IV".
PRODUCT_CODE = re.compile(r"[A-Za-z]{2,}[\-‐]?\d{2,}[A-Za-z]?(?:[\-‐][A-Za-z]{1,4}\d{0,4})*")
_OPENERS = {
    "in",
    "on",
    "despite",
    "after",
    "following",
    "over",
    "among",
    "for",
    "with",
    "at",
    "during",
    "it",
    "however",
    "although",
    "since",
    "by",
    "to",
    "when",
    "while",
    "overall",
    "thus",
    # "Considering biologic therapies, rituximab has shown ...": the topic, not the subject.
    "considering",
    "regarding",
    "concerning",
}
_INTERVENTION_HEADS = {
    "transfer",
    "therapy",
    "therapies",
    "transplantation",
    "transplant",
    "transplants",
    "cell",
    "cells",
    "infusion",
    "injection",
    "treatment",
    "product",
    "products",
    "drug",
    "drugs",
    "agent",
    "agents",
    "regimen",
    "placebo",
    "surgery",
    "inhibitor",
    "inhibitors",
    "antibody",
    "antibodies",
    "vaccine",
    "immunosuppressant",
    "immunosuppressants",
    # treatments named by what they do; singular only, so "the different immunotherapies
    # tested" (a class) is not proposed as one intervention
    "immunosuppression",
    "immunoablation",
    "immunotherapy",
    "chemotherapy",
    "monotherapy",
    "lymphodepletion",
    "plasmapheresis",
    "photopheresis",
    "prophylaxis",  # "secondary antibiotic prophylaxis reduced the risk of progression"
    # procedures: "Fat grafting has been used to treat LoS patients"
    "grafting",
    "micrografting",  # "autologous ADSC-enriched micrografting"
    "implantation",
    "transfusion",
    # drug classes named by their class: "Steroids induced clinical remission"
    "steroid",
    "steroids",
    "corticosteroid",
    "corticosteroids",
    "glucocorticoid",
    "glucocorticoids",
    "immunomodulator",
    "immunomodulators",
    # "Direct oral anticoagulants (DOACs) are attractive options", "second-generation
    # antihistamines were more effective than placebo"
    "anticoagulant",
    "anticoagulants",
    "antihistamine",
    "antihistamines",
    "antifibrotic",
    "antifibrotics",
    # "IV immunoglobulins or therapeutic plasma exchange are the current treatment options"
    "immunoglobulin",
    "immunoglobulins",
    # procedures that take something out: "Whole lung lavage is the current standard therapy",
    # "immunoadsorption", "leukapheresis"
    "lavage",
    "immunoadsorption",
    "apheresis",
    "leukapheresis",
    "blockade",  # "Both SAPHO and CRMO respond to TNF-alpha blockade"
    # "The ketogenic diet (KD), a well-established treatment for childhood epilepsy": a diet
    # given as a treatment; singular only, as "immunotherapy" is.
    "diet",
    # "PUVA phototherapy", "oral desensitization with T/S"
    "phototherapy",
    "radiotherapy",
    "desensitization",
    "desensitisation",
    # "Tumor necrosis factor blocker withdrawal ... induced complete remission": stopping a
    # treatment is given as one.
    "withdrawal",
    "discontinuation",
    "cessation",
}
# An adverse event is named by a harm: its head is one of these, or a word of harm's shape.
_ADVERSE_HEADS = {
    "infection",
    "infections",
    "toxicity",
    "toxicities",
    "mortality",
    "death",
    "deaths",
    "syndrome",
    "syndromes",
    "reaction",
    "reactions",
    "failure",
    "complication",
    "complications",
    "sepsis",
    "bleeding",
    "haemorrhage",
    "hemorrhage",
    "fever",
    "nausea",
    "vomiting",
    "fatigue",
    "alopecia",
    "infertility",
    "malignancy",
    "malignancies",
    "cancer",
    "cancers",
    "reactivation",
    "injury",
    "damage",
    "pain",
    "abscess",
    "abscesses",
    "event",
    "events",
    "effect",
    "effects",
    "disease",
    "disorder",
    "disorders",
    "rash",
    "diarrhoea",
    "diarrhea",
    "neurotoxicity",
    "insufficiency",
    "dysfunction",
    "atrophy",
    "fistula",
    "fistulas",
}
# What cells do, though spelt like a harm or a disease: "by increasing neutrophil apoptosis".
_CELL_PROCESSES = frozenset(
    {"apoptosis", "phagocytosis", "efferocytosis", "endocytosis", "exocytosis", "mitosis"}
)
_ADVERSE_SUFFIXES = (
    "itis",
    "penia",
    "aemia",
    "emia",
    "opathy",
    "algia",
    "osis",
    "plasia",
    "toxicity",
    "rrhoea",
    "rrhea",
)
# Numbers written as words ("Eighteen of the 34 patients"): a count names nothing.
NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
    ]
)
# Words that count or grade rather than name: never part of an adverse event or outcome name.
_NOT_NAMES = NUMBER_WORDS | {
    # "may relieve pain or help improve functional recovery": a verb that leads to another
    "help",
    "single",
    "no",
    "not",  # "a reduction in GM atrophy, not WM atrophy": the denial is no part of the name
    "none",
    "any",
    "all",
    "few",
    "many",
    "several",
    "some",
    "each",
    "every",
    "most",
    "high",
    "low",
    "higher",
    "lower",
    "highest",
    "lowest",
    "greater",
    "fewer",
    "less",
    "more",
    "good",
    "poor",
    "better",
    "worse",
    "best",
    "worst",
    "significant",
    "considerable",
    "substantial",
    "similar",
    "comparable",
    "overall",
    "median",
    "mean",
    "average",
    "least",  # "at least a partial response"
    # "no evident adverse reactions": how plain it was, not what it was
    "evident",
    "apparent",
    "obvious",
    # a comparative before a measure gives its direction, it is not part of the name
    # ("longer colon length" names colon length)
    "longer",
    "shorter",
    "larger",
    "smaller",
    "total",
    "rare",
    "common",
    "frequent",
    "refractory",
    "same",
    "other",
    "others",  # "multiple sclerosis, stiff person syndrome, and others"
    "etc",  # "inhibiting the activity of Th1, Th17, and B cells, etc."
}
# Who is treated or studied, in the plural: "patients showing durable remission" are no
# outcome, and "patients receiving X" say who was given X.
PEOPLE = frozenset(
    {
        "patients",
        "outpatients",
        "inpatients",
        "participants",
        "humans",
        "subjects",
        "individuals",
        "people",
        "children",
        "infants",
        "neonates",
        "newborns",
        "adolescents",
        "adults",
        "men",
        "women",
        "mice",
        "rats",
        "animals",
        "recipients",
    }
)
_TRAILING = {
    "with",
    "of",
    "in",
    "for",
    "by",
    "to",
    "from",
    "on",
    "at",
    "and",
    "or",
    "the",
    "a",
    "an",
    "using",
    "via",
    "after",
    "before",
}
# "bone marrow hypoplasia", "pure red cell aplasia": a finding by its shape too.
_FINDING_SUFFIXES = ("uria", "aemia", "emia", "itis", "osis", "pathy", "penia", "algia", "plasia")
_DRUG_SUFFIXES = (
    "mab",
    "nib",
    "cel",
    "cept",
    "stat",
    "parin",
    "mycin",
    "cycline",
    "lone",
    "sone",
    "prine",
    "mide",
    "ate",
    "ine",
    "cin",
    "vir",
    "zole",
    "pril",
    "sartan",
    # proteasome inhibitors ("bortezomib"), mTOR inhibitors ("sirolimus"), S1P modulators
    # ("fingolimod"), colony-stimulating factors ("filgrastim") and interleukin receptor
    # antagonists ("anakinra")
    "zomib",
    "limus",
    "imod",
    "grastim",
    "kinra",
)
# The stems that name a drug by themselves ("-ine" or "-ate" also end "frontline" and
# "vaccine"): "rituximab therapy" is rituximab.
_DRUG_STEMS = ("mab", "nib", "cept", "zomib", "limus", "imod", "grastim", "kinra", "mycin")
# Dose qualifiers: what they qualify is given, so it is a treatment.
_DOSED = frozenset(
    ["low-dose", "high-dose", "ultra-low-dose", "ultralow-dose", "dose-escalated", "standard-dose"]
)
_STEP_SUFFIXES = ("tion", "sion", "ment", "age", "ance", "ence", "ure", "ing", "sis", "ysis")
_PREPOSITIONS = {"for", "in", "of", "with", "to", "among", "at", "by", "from", "on"}
# Changes that name nothing without what changed: "resolution (of MAS)", "the regeneration
# (of periodontal tissues)".
_CHANGES_ALONE = {
    "resolution",
    "disappearance",
    "clearance",
    "normalisation",
    "normalization",
    "regeneration",
}
# Nouns that name a change of what follows "of": the phrase is one outcome ("loss of insulin
# production").
_CHANGES_OF = {
    "loss",
    "accumulation",
    "progression",
    "deterioration",
    "decline",
    "worsening",
} | _CHANGES_ALONE
# Nouns that name nothing alone, only with what follows "of": "the activity of intrahepatic
# NKT cells", "activities of daily living", "the function of islet β cells", "the size of their
# fistula tract".
# What cells do, named alone: no outcome without whose it is ("Treg cell survival and
# expansion"); nor is it listed beside one.
_OF_SOMETHING = {"expansion", "proliferation", "activation", "differentiation", "migration"}
_INCOMPLETE_BEFORE_OF = {
    *("activity", "activities", "function", "functions", "size", "sizes"),
    *("strength", "performance", "ratio", "ratios", "failure", "failures"),
} | _OF_SOMETHING
# "reduced symptoms of fatigue": symptoms named by what they are of (alone, the disease's).
_NAMED_BY_OF = _INCOMPLETE_BEFORE_OF | {"symptom", "symptoms"}
# Words that point back to something named before ("PSV and related diseases"): a name that
# starts with one refers, it does not name.
REFERRING = frozenset(
    ["related", "similar", "aforementioned", "said", "respective", "corresponding", "such"]
)
_STEP_HEADS = {
    "therapy",
    "globulin",
    "chemotherapy",
    "irradiation",
    "radiotherapy",
    "immunosuppression",
    "immunoablation",
    "lymphodepletion",
}
_CLAUSE_ADVERBS = {"sometimes", "often", "occasionally", "usually", "frequently", "also"}
_STEP_WORDS = {"care", "follow-up", "apheresis", "harvest", "surgery", "examination"}
_ADMINISTRATION = re.compile(
    r"^(?:the\s+|an?\s+)?(?:(?:local|systemic|intravenous|intralesional|subcutaneous|oral|topical|"
    r"perianal|repeated|single|autologous|allogeneic|adoptive|long-term|prolonged|chronic|"
    r"continuous|high|low|short|brief)\s+)*(?:use|injection|infusion|dose|course|"
    # "A single treatment of hUCB-MSCs": how the cells were given, not their name.
    r"transfer|administration|application|delivery|transplantation|implantation|treatment)s?\s+of\s+"
    r"(?:our\s+|their\s+|this\s+|these\s+)?|"
    # "Treatment with UC-MSCs achieved ...": what the treatment was with is the subject, as
    # is what "monotherapy with anakinra" gives alone.
    r"^(?:the\s+)?(?:treatment|therapy|monotherapy)\s+with\s+|"
    # "further clinical studies assessing CiPSC-islet transplantation": studies of it.
    r"^(?:(?:further|larger|more|future|additional|clinical|randomi[sz]ed|controlled|prospective)"
    r"\s+)*(?:studies|trials|research)\s+(?:assessing|evaluating|testing|investigating|of|on)\s+|"
    # "Adoptively transferred CAR Tregs", "Intravenously infused MSCs": a participle of giving.
    r"^(?:the\s+)?(?:[a-z]+ly\s+)?(?:transferred|infused|injected|administered|transplanted|"
    r"delivered|given)\s+(?=\S)",
    re.IGNORECASE,
)


_NO_NAME_HERE = re.compile(
    r"\bin response to\b|\b(?:abilit(?:y|ies)|capacit(?:y|ies))\s+to\s+[^,;]*|"
    # "..., pending further validation": what is still to be done, a hedge, no outcome
    r"\bpending\s+(?:further\s+)?[\w\-]+",
    re.IGNORECASE,
)


def phrases(text: str, kind: str) -> list[tuple[int, int, str]]:
    """Return ``(start, end, name)`` of the noun phrases in ``text`` that may name a ``kind``.

    >>> [p[2] for p in phrases("Crohn's disease, especially for complex perianal fistulas that recur", "disease")]
    ["Crohn's disease", 'perianal fistula']
    >>> [p[2] for p in phrases("response rates , between centres", "outcome")]
    ['response rate']
    """
    # "time to disease progression" is one outcome: its "to" must not split it (same length,
    # so offsets hold).
    text = re.sub(r"\btime to\b", "time-to", mask_brackets(text), flags=re.IGNORECASE)
    # "secretion in response to antigen": a preposition of three words; "with the capacity to
    # suppress autoantigen-specific T-cell responses": what cells are able to do, no result.
    # Both blanked, so offsets hold.
    text = _NO_NAME_HERE.sub(lambda m: " " * len(m.group()), text)
    # "Model for End-Stage Liver Disease scores": a preposition inside a capitalised name is
    # part of it. Its spaces are held apart while the text is split (same length, so offsets
    # hold) and given back in the name.
    text = _TITLED_PREPOSITION.sub(lambda m: m.group().replace(" ", _HELD), text)
    cut = _TRAILER.search(text)
    scope = text[: cut.start()] if cut else text
    splitter = _SPLIT_KEEP_OF if kind in (STEP, PROCESS) else _SPLIT
    found: list[tuple[int, int, str]] = []
    position = 0
    rejected_of, previous_end = False, 0
    pieces = [*splitter.split(scope)]
    for i, piece in enumerate(pieces):
        start = scope.find(piece, position)
        position = start + len(piece)
        after_of = rejected_of
        # A place or a model named after a preposition ("in animal models of X"), which names
        # nothing itself and is followed at once by "and".
        rejected_of = (
            bool(_PREPOSITION_GAP.fullmatch(scope[previous_end:start]))
            and " of " in f" {piece.lower()} "
            and bool(_AND_AFTER.match(scope, start + len(piece)))
            and _name(piece, kind) is None
        )
        previous_end = start + len(piece)
        written = piece
        suspended = _SUSPENDED.search(piece)
        nxt = pieces[i + 1].split() if i + 1 < len(pieces) else []
        if suspended and nxt and "-" in nxt[0]:
            # "long-term symptom- and treatment-free remission": the first item borrows the
            # second one's suffix and head ("long-term symptom-free remission").
            written = f"{piece.rstrip()}{nxt[0].rsplit('-', 1)[1]} {' '.join(nxt[1:])}"
        elif i > 0 and _SUSPENDED.search(pieces[i - 1]) and "-" in (piece.split() or [""])[0]:
            # ... and the second its leading modifiers ("long-term treatment-free remission").
            lead = pieces[i - 1].split()[:-1]
            written = " ".join([*lead, piece.strip()])
        words = piece.split()
        if _GROUP_AFTER.match(scope, start + len(piece)):
            # "between patients from the Control and MSC groups": a group, named by the arm
            # it was given, is who was compared, not what changed.
            continue
        if words and (
            words[0].lower() == "without"
            or (_PURPOSE_BEFORE.search(scope, 0, start) and classes(words[0]) == {"VERB"})
        ):
            # "..., and to reverse disability, without unexpected adverse events": what a
            # treatment is for, and a harm denied, are no names of what it changed.
            continue
        if after_of:
            # "in animal models of inflammatory rheumatisms and human osteoarthritis": what
            # follows "and" after an "of" phrase that names nothing is that phrase's too.
            continue
        name = _name(written, kind)
        if name is None:
            continue
        found.append((start, start + len(piece), name.replace(_HELD, " ")))
    return found


_SUSPENDED = re.compile(r"\w-\s*$")
# How a medicine is given, which does not make it another treatment ("intravenous
# methylprednisolone" is methylprednisolone, "topical tacrolimus" tacrolimus); a dose does
# ("low-dose IL-2"), as does a route before a class ("oral immunosuppressants", "topical
# corticosteroids").
ROUTES = frozenset({"oral", "intravenous", "iv", "subcutaneous", "intramuscular", "topical"})
_CHANGE_VERBS = frozenset(
    {
        "limit",
        "prevent",
        "reduce",
        "decrease",
        "lower",
        "control",
        "improve",
        "increase",
        "halt",
        "slow",
        "stop",
        "delay",
        "minimise",
        "minimize",
    }
)
_AND_AFTER = re.compile(r"[ \t](?:and|or)[ \t]", re.IGNORECASE)
_PREPOSITION_GAP = re.compile(
    r"\s+(?:in|for|with|among|at|by|from|on|during|after|before)\s+", re.IGNORECASE
)
_HELD = "\x01"
_TITLED_PREPOSITION = re.compile(r"\b[A-Z][a-z]+ (?:for|of|on|in) [A-Z][\w\-]* [A-Z]")
_GROUP_AFTER = re.compile(
    r"\s*(?:and|or|vs\.?|versus)\s+(?:[^\s,]+\s+|,+\s*)?(?:groups?|arms?|cohorts?)\b",
    re.IGNORECASE,
)
_PURPOSE_BEFORE = re.compile(r"(?:\band|\bor|,)\s+to\s+$", re.IGNORECASE)


def phrase_end(text: str, start: int) -> int:
    """Where the noun phrase that starts at ``start`` ends: the next comma, conjunction or
    preposition other than "of" ("autoimmune cytopenia of long duration, ...").

    >>> text = "patients with autoimmune cytopenia of long duration at a price"
    >>> text[14 : phrase_end(text, 14)]
    'autoimmune cytopenia of long duration'
    """
    cut = _SPLIT.search(text, start)
    return cut.start() if cut else len(text)


def mask_brackets(text: str) -> str:
    """Blank out what brackets hold, keeping offsets; an unclosed bracket runs to the end.

    Figures in brackets ("[79.4%, 95% CI: 0.550-0.924]") hold commas that would otherwise
    split a list of names.

    >>> mask_brackets("remission [79.4%, CI] in CD (95% CI")
    'remission             in CD        '
    """
    out = list(text)
    depth = 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        if depth:
            out[i] = " "
        if ch in ")]" and depth:
            depth -= 1
    return "".join(out)


_TARGETS = re.compile(
    r"(?P<head>.+?\b(?:therapy|therapies|cells?|treatment))\s+(?:that|which)\s+targets?\s+"
    r"(?P<target>[^(),]{1,40}?)(?:\s*\((?P<abbr>[A-Z0-9][A-Za-z0-9\-]*)\))?"
    r"(?P<rest>\s+(?:have|has|is|are|was|were|can|could|may|might|shows?)\b.*|\s*)$",
    re.IGNORECASE | re.DOTALL,
)


# An antigen a CAR is built against: "CD19", "CD7", "BCMA" (not "CAR" itself).
# The nucleic acid a CAR is made from ("DNA-based", "mRNA-based") is not what it targets.
_ANTIGEN = r"(?:CD\d+[a-z]?|(?!(?:CAR|DNA|RNA)\b)[A-Z]{3,6}\d*)"
# The words that say a CAR is built against it: "CD19-targeting", "CD19-based".
_AIMED = r"(?:targeting|targeted|directed|specific|redirected|based)"
# A target written as a description ("CD19-targeting", "CD19-directed", "CD19.CAR",
# "anti-CD19"): a plain "BCMA CAR T cells" is already the product's written name.
_CAR_BEFORE = re.compile(
    rf"(?:\b[Aa]nti-(?P<anti>{_ANTIGEN})[\s\-]*|(?<![\w\-])(?P<target>{_ANTIGEN})(?:[\s\-]*"
    rf"{_AIMED}[\s\-]*|\.))CAR[\s\-]*(?P<cell>T|NK)\b"
)
_CAR_AFTER = re.compile(
    r"\bCAR[\s\-]*(?P<cell>T|NK)(?:[\s\-]*(?:cells?|cell\s+therap(?:y|ies)|therap(?:y|ies)))?"
    r"\s*,?\s*(?:that\s+targets?|which\s+targets?|targeting|directed\s+(?:against|at|to)|"
    rf"against)\s+(?:[\w\-]+\s+){{0,3}}?(?P<target>{_ANTIGEN})(?![\w\-])"
)


def targeted_car(text: str) -> str | None:
    """The CAR cell therapy a subject names by its target, whatever its written head.

    A CAR product is defined by the antigen it is built against, so "CD19-targeting CAR T
    cells", "CD19.CAR-T cells", "CD19-directed CAR-T" and "Autologous CAR-T cells, targeting
    B cell CD19" all name the CD19 CAR T-cell therapy; without a target the name is left as
    written.

    >>> targeted_car("Autologous chimeric antigen receptor (CAR)-T cells, targeting B cell CD19 and")
    'CD19 CAR T-cell therapy'
    >>> targeted_car("CD19.CAR-T cells"), targeted_car("Off-the-shelf allogeneic CAR-T cells")
    ('CD19 CAR T-cell therapy', None)
    >>> targeted_car("BCMA CAR T cells expanded") is None
    True
    """
    short = _shortened(text)
    match = _CAR_BEFORE.search(short) or _CAR_AFTER.search(short)
    if match is None:
        return None
    target = match.group("target") or match.groupdict().get("anti")
    return f"{target} CAR {match.group('cell')}-cell therapy"


def coordinated_subjects(
    text: str,
    known: Callable[[str], bool] = lambda name: False,
    medicine: Callable[[str], bool] = lambda name: False,
) -> list[str]:
    """The interventions a subject coordinates, each a whole name ("Off-the-shelf allogeneic
    CAR-T cells and CAR-NK cells" names two); [] unless every conjunct is one: a name by its
    shape, or one that ``known`` says the lexicon has. A route before what ``medicine`` says is
    one medicine says how it was given: "oral mycophenolate mofetil" names the medicine.

    >>> coordinated_subjects("Off-the-shelf allogeneic CAR-T cells and CAR-NK cells ")
    ['off-the-shelf allogeneic CAR-T cell', 'CAR-NK cell']
    >>> coordinated_subjects("Careful patient selection and risk-benefit assessment")
    []
    """
    # "Darvadstrocel, a therapy utilizing adipose-derived stem cells, shows": an appositive
    # restates the subject, as in subject_phrase, and is no second one.
    text = _APPOSITIVE.sub(" ", text)
    # "intravenous immunoglobulin (IVIg), corticosteroids, infliximab": an abbreviation after
    # a conjunct restates it.
    text = _ABBREVIATION_AFTER.sub("", text)
    # "Neither tacrolimus nor cyclosporine A yielded ...": both, each denied by the clause.
    text, bounded = re.subn(r"^\s*neither\s+(.+?)\s+nor\s+", r"\1 and ", text, flags=re.IGNORECASE)
    # "B cell maturation antigen (BCMA)-based and CD19-based CAR T cells": each conjunct by
    # the abbreviation defined inside it.
    pieces = _shortened(text).split(",", 1)
    if len(pieces) > 1 and _fronted(pieces[0]):
        text = pieces[1]  # "Based on ..., both allogeneic and autologous HSCT may ..."
    # "Plasma exchange, immunoadsorption, and /or immunosuppressive treatment"
    parts = [
        p
        for p in re.split(
            r"\s*,\s*(?:and\s*/\s*or\s+|and\s+|or\s+)?|\s+(?:and\s*/\s*or|and|or)\s+",
            text.strip(),
        )
        if p
    ]
    if len(parts) < 2:
        return []
    if any(_DESCRIBING.match(p) for p in parts):
        # "Standard treatment, based on steroids and azathioprine,": a phrase describing the
        # subject, not a list of subjects.
        return []
    names = []
    heads = _shared_head(parts)
    for i, part in enumerate(heads):
        split = part.split()
        # "cyclosporine A": a capital letter ending a name is part of it, not an article.
        words = [
            w
            for j, w in enumerate(split)
            if w.lower() not in _LEADING or (j == len(split) - 1 and j > 0 and w == "A")
        ]
        while words and words[-1].lower() in _AUXILIARIES | {"being", "also", "now", "still"}:
            words = words[:-1]
        if (
            len(words) > 1
            and words[0].lower() in ROUTES
            and not known(" ".join(words))  # "intravenous immunoglobulin" is a name of its own
            and medicine(" ".join(words[1:]))
        ):
            words = words[1:]
        # A known name is kept as written: "Tregs" lower-cased is no longer the abbreviation.
        name = " ".join(words) if words and known(" ".join(words)) else subject_phrase(part)
        # Each conjunct must be a name and nothing else: "BCMA CAR T cells expanded, cleared
        # plasma cells in lymphoid tissue" coordinates verb phrases, not interventions.
        # "nor" bounds the last conjunct as well: "nor cyclosporine A yielded a significant"
        # names cyclosporine A, whatever the verb after it.
        last = bounded and i == len(heads) - 1
        if not name or not words or (len(name.split()) != len(words) and not last):
            return []
        names.append(targeted_car(part) or name)
    if len(names) == 2 and _CONDITIONING.match(names[0]) and _TRANSPLANT.search(names[1]):
        return []
    return names


_DESCRIBING = re.compile(
    r"(?:based\s+on|consisting\s+of|composed\s+of|made\s+of|such\s+as)\b", re.IGNORECASE
)
# The first words of a phrase fronted before a subject.
_FRONTED = _OPENERS | {"based", "overall", "together", "collectively", "taken", "thus", "hence"}


def _fronted(piece: str) -> bool:
    """True when ``piece``, cut at a comma, is a phrase fronted before the subject ("In this
    case series", "Based on the limited numbers of subjects"), not the subject itself."""
    words = piece.split()
    # "Moreover, X ...": a sentence adverb alone before the comma links to what came before.
    return bool(words) and (
        words[0].lower() in _FRONTED or (len(words) == 1 and adverb_only(words[0]))
    )


def _shared_head(parts: list[str]) -> list[str]:
    """Conjuncts that are one modifier each take the head of the last conjunct.

    "Autologous and allogeneic HSCT" names autologous HSCT and allogeneic HSCT: a conjunct
    that is a single word written like a classifying adjective ("autologous", "myeloablative",
    "intravenous"), before a last conjunct that starts with another such word, shares that
    conjunct's head. A conjunct that is a name by itself ("rituximab and intravenous
    immunoglobulin") is left whole.

    >>> _shared_head(["both allogeneic", "autologous HSCT may"])
    ['allogeneic HSCT', 'autologous HSCT']
    >>> _shared_head(["Rituximab", "intravenous immunoglobulin"])
    ['Rituximab', 'intravenous immunoglobulin']
    """
    bare = [[w for w in p.split() if w.lower() not in _LEADING] for p in parts]
    *modifiers, last = bare
    while last and last[-1].lower() in _AUXILIARIES:
        last = last[:-1]
    if (
        len(last) == 2
        and last[1].lower() in _ACTING_ON
        and all(len(m) == 1 and _target_symbol(m[0]) for m in [*modifiers, last[:1]])
    ):
        # "JAK and Syk inhibitors", "IL-17A and IL-23 antagonists": each target with the head.
        return [f"{m[0]} {last[1]}" for m in modifiers] + [" ".join(last)]
    if (
        len(last) < 2
        or not all(len(m) == 1 and _modifier(m[0]) for m in modifiers)
        or not _modifier(last[0])
    ):
        return parts
    head = " ".join(last[1:])
    return [f"{m[0]} {head}" for m in modifiers] + [" ".join(last)]


# What a class of drugs does to its target, and the target's shape: a gene or molecule symbol
# ("JAK", "Syk", "IL-17A", "TNF-α", "S1P").
TARGET_ACTIONS = ("inhibitor", "antagonist", "blocker", "modulator", "agonist")
_ACTING_ON = {*TARGET_ACTIONS, *(f"{action}s" for action in TARGET_ACTIONS)}
_TARGET_SHAPE = re.compile(r"(?=[A-Z]\w{0,3}\b|\S*[A-Z0-9]\S*[A-Z0-9])[A-Z][\w\-/α-ω]{1,8}")


def _target_symbol(word: str) -> bool:
    # An English word ("Gold and TNF inhibitors") is no symbol, whatever its shape.
    return bool(_TARGET_SHAPE.fullmatch(word)) and not classes(word)


# How classifying adjectives of the field end: "autologous", "allogeneic", "myeloablative",
# "intravenous", "mesenchymal", "haploidentical".
_CLASSIFYING = re.compile(r"^[a-z][a-z\-]*(?:ous|ic|al|ive|ent|ant|ar|ary)$", re.IGNORECASE)


# A CAR's target written as one modifier: "CD19-based", "BCMA-targeted", "anti-CD19".
_TARGET_WORD = re.compile(rf"^(?:anti-{_ANTIGEN}|{_ANTIGEN}-{_AIMED})$")
# What a CAR is built against, written before its name: the above, a bare or joined antigen
# ("CD19", "BCMA-CD19", "CD19/BCMA"), what is left of "(BCMA)-based" after its bracket, and the
# "compound" or "dual" of a CAR with two targets.
_CAR_TARGET = re.compile(
    rf"^(?:anti-)?{_ANTIGEN}(?:[/\-]{_ANTIGEN})*(?:-{_AIMED})?$|^-{_AIMED}$|"
    r"^(?:compound|dual|bispecific|tandem)$"
)


def classifying_adjective(word: str) -> bool:
    """True for an adjective shaped like one that says what kind of thing follows.

    A word the English lexicon lacks counts by its shape alone ("crescentic").

    >>> [classifying_adjective(w) for w in ("allergic", "juvenile", "like", "crescentic", "asthma")]
    [True, True, False, True, False]
    """
    tags = classes(word)
    return ("ADJ" in tags or not tags) and bool(
        _CLASSIFYING.search(word) or word.lower().endswith("ile")
    )


def _modifier(word: str) -> bool:
    return bool(_CLASSIFYING.search(word) or _TARGET_WORD.match(word))


def car_target(word: str) -> bool:
    """True when ``word``, written before a CAR's name, says what the CAR is built against.

    >>> [car_target(w) for w in ("CD19", "anti-BCMA", "BCMA-CD19", "-based", "DNA-based", "patients")]
    [True, True, True, True, False, False]
    """
    return bool(_CAR_TARGET.match(word))


_ROUTE_PREFIX = re.compile(
    r"^(?:IT|IV|SC|IM|IA|IP|ID)-(?P<name>[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)*)"
    r"(?:\s+(?:treatment|therapy|infusion|injection|administration))?\b"
)


_APPOSITIVE = re.compile(r",\s*(?:an?|the)\s+[^,]*,?")
_ABBREVIATION_AFTER = re.compile(r"\s*\([A-Za-z0-9\-]+\)(?=[\s,]|$)")
# "High-dose immunosuppressive therapy and autologous HSCT": the conditioning and the
# transplant it prepares are one treatment, not two coordinated ones.
_CONDITIONING = re.compile(
    r"(?:high-dose|myeloablative|non-?myeloablative|immunoablative|intense|intensive)\b|"
    r".*\b(?:chemotherapy|immunosuppression|immunoablation|conditioning)$",
    re.IGNORECASE,
)
_TRANSPLANT = re.compile(
    r"\b(?:transplant|transplantation|HSCT|SCT|ASCT|autoPBSCT)$", re.IGNORECASE
)


_SUBJECT_BREAK = re.compile(
    r",\s*|\s*[-\u2013\u2014]\s*(?=(?:such\s+as|including)\s)", re.IGNORECASE
)


def administration_end(text: str, start: int = 0) -> int:
    """Where the words saying how something was given end, from ``start`` (``start`` when
    there are none): "a single local subcutaneous infusion of UCMSCs" names the cells after
    them.

    >>> text = "treated with a single local infusion of UCMSCs around the wound"
    >>> text[administration_end(text, 12) :]
    'UCMSCs around the wound'
    """
    lead = len(text[start:]) - len(text[start:].lstrip())
    given = _ADMINISTRATION.match(text[start + lead :])
    return start + lead + given.end() if given and given.group(0).strip() else start


def leading_adverb(word: str) -> bool:
    """True for an adverb in "-ly" that can open a subject without being part of its name
    ("Currently belimumab is ..."); "Since" or "Temcell" are not."""
    return word.lower().endswith("ly") and adverb_only(word)


def subject_phrase(text: str) -> str | None:
    """Return the intervention a subject noun phrase names, without how it is given.

    >>> subject_phrase("Local injection of darvadstrocel, an allogeneic stem cell product,")
    'darvadstrocel'
    >>> subject_phrase("The procedure") is None
    True
    """
    text = _APPOSITIVE.sub(" ", text)  # an appositive restates the subject
    text = _shortened(text)
    # "CAR T-cell therapy that targets B-cell maturation antigen (BCMA) have ...": the target
    # names the kind of therapy, "BCMA CAR T-cell therapy".
    targeted = _TARGETS.match(text.strip())
    if targeted:
        target = targeted.group("abbr") or targeted.group("target")
        head = targeted.group("head")
        if target.lower() not in head.lower():
            text = f"{target} {head} {targeted.group('rest')}"
    # "Novel cell therapies-such as mesenchymal stem cells, ...-that may ...": a dash that
    # opens examples sets them apart as a comma does.
    pieces = [p for p in _SUBJECT_BREAK.split(text.strip()) if p.strip()]
    if len(pieces) > 1:
        # A fronted phrase ("In this case series, X ...", "Despite ..., X ...") precedes the
        # subject; otherwise the subject comes first ("X expanded, cleared ...").
        text = pieces[1] if _fronted(pieces[0]) else pieces[0]
    given = _ADMINISTRATION.match(text.strip().strip(","))
    if given and re.search(r"\b(?:this|these)\s+$", given.group(0), re.IGNORECASE):
        # "Chronic use of these drugs": what they point back to is not said here.
        return None
    text = _ADMINISTRATION.sub("", text.strip().strip(","))
    route = re.match(r"(?i)(intravenous|subcutaneous)\s", given.group(0)) if given else None
    if route and re.fullmatch(r"(?i)immunoglobulins?", text.split(" ")[0]):
        # "Subcutaneous administration of immunoglobulin": subcutaneous and intravenous
        # immunoglobulin are products of their own, named by their route.
        text = f"{route.group(1)} {text}"
    # "IT-MSC-NP treatment": a route written as a prefix (intrathecal) and the act of giving
    # are how the product is given, not its name.
    routed = _ROUTE_PREFIX.match(text) is not None
    text = _ROUTE_PREFIX.sub(r"\g<name>", text)
    _, words = _words_before(
        text,
        r"does|do|did|remains?|acts?|works?|appeared|appears|seems?|seemed|shows?|"
        r"demonstrates?|offers?|provides?|[a-z]+ed",
    )
    for i, word in enumerate(words[1:], 1):
        before = words[i - 1]
        plural_before = before.endswith("s") and "NOUN" in classes(before)
        if verb_only(word) and (
            re.fullmatch(r"[a-z]+[^s]s", word)
            or (not re.search(r"(?:ed|ing)$", word) and (plural_before or adverb_only(before)))
        ):
            # "Human pancreatic islet transplantation confers a significant improvement",
            # "Anti-CD20 monoclonal antibodies selectively deplete ...": a present-tense verb
            # the lexicon knows only as a verb ends the subject.
            words = words[:i]
            break
    while len(words) > 1 and adverb_only(words[-1]):
        words = words[:-1]  # "X significantly prolonged ...": how it acted, not its name
    while len(words) > 1 and leading_adverb(words[0]):
        words = words[1:]  # "Currently belimumab is ...": when, not a word of its name
    for i, word in enumerate(words[1:], 1):
        if word.lower() in (
            "in",
            "at",
            "with",
            "for",
            "among",
            "from",
            "during",
            "to",
            "after",
            "before",
            # "recommends using infliximab over no treatment": what it is set against
            "over",
            "versus",
            "vs",
            "vs.",
            "than",
            "rather",
            "instead",
            # "corticosteroids as the first-line therapy": the role it was given in
            "as",
            "without",
        ):
            # "Descartes-08 in different dose patterns"; "response rates to standard
            # treatment" are rates, whatever they are rates of response to; "immunosuppressive
            # therapy after life-saving kidney transplantation" is given at that time.
            words = words[:i]
            break
    if not words or len(words) > 7:
        return None
    if all(w.lower() in _GENERIC or w.lower() in ("stem", "cell", "cells") for w in words) and not (
        len(words) > 2 and words[-1].lower() in ("therapy", "transplantation")
    ):
        # "The treatment", "Stem cells": what they point back to is not said; "Stem cell
        # therapy" names a class of treatments, as the source does.
        return None
    if not re.search(r"[A-Za-z]{3}", " ".join(words)) and not PRODUCT_CODE.fullmatch(words[0]):
        return None  # "TX200-TR101", a product's code, names it
    name = " ".join(words)
    if not looks_like(name, INTERVENTION) and not routed:  # given by a route: a product
        return None
    if (
        len(words) == 2
        and words[1].lower() in ("therapy", "treatment")
        and words[0].lower().endswith(_DRUG_STEMS)
        and len(words[0]) > 6
    ):
        # "Use of rituximab therapy": the drug, not a therapy of its own.
        words = words[:1]
    words[-1] = singular(words[-1])  # named in the singular, as every proposal is
    return _lower_initial(" ".join(words))


def listed(text: str, kind: str, anchors: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Return ``(start, end, name)`` of the items coordinated with an anchor in ``text``.

    An anchor is the span of something already known to be a ``kind`` (a linked outcome, say).
    Coordination joins things of one kind, so the other items of its list ("strength,
    independent ambulation, quality of life") are taken as names of that kind when they are
    plain noun phrases: no count, grade, person, place or study word. An item that is not
    coordinated with an anchor is never taken this way.

    >>> [n for *_, n in listed("strength, independent ambulation, quality of life", "outcome", [(34, 49)])]
    ['strength', 'independent ambulation']
    >>> listed("standard of care", "outcome", [])
    []
    """
    text = mask_brackets(text)
    cut = _TRAILER.search(text)
    scope = text[: cut.start()] if cut else text
    items: list[tuple[int, int]] = []
    position = 0
    for match in _COORDINATION.finditer(scope):
        items.append((position, match.start()))
        position = match.end()
    items.append((position, len(scope)))
    # "clinical and biochemical remission, which were ...": the comma before a trailer cut
    # away leaves an empty last item, which is no head to share.
    items = [(start, end) for start, end in items if scope[start:end].strip()]
    items = _coordinated(scope, items, anchors)
    # "clinical laboratory measurements, including serum total bilirubin and ... scores": the
    # item before "including" is the class the others are examples of, no sibling of them.
    examples_of = [
        before
        for before, (start, end) in itertools.pairwise(items)
        if _EXAMPLES.match(scope, start, end)
    ]
    # An item ends at its first preposition other than "of": "remission in most individuals".
    # "significant improvements in quality of life and ...": the item is what changed, after
    # "in"; "In parallel, ...": a phrase, no name.
    items = [
        (start + (change.end() if (change := _CHANGE_OF.match(scope, start, end)) else 0), end)
        for start, end in items
        if not _PREPOSITION.match(scope, start, end)
    ]
    cuts = [_ITEM_END.search(scope[start:end]) for start, end in items]
    # "pliability at the fourth and sixth laser sessions": a phrase cut at its preposition
    # that ends on an ordinal leaves its head to the next item, which goes on that phrase
    # and is no sibling of the list; nor is any item after it.
    for index, ((start, end), cut) in enumerate(zip(items, cuts)):
        if cut and ORDINAL.fullmatch(scope[start:end].split()[-1]):
            items, cuts = items[: index + 1], cuts[: index + 1]
            break
    items = [
        (start, start + (cut.start() if cut else end - start))
        for (start, end), cut in zip(items, cuts)
    ]
    if len(items) < 2 or not any(a < end and start < b for start, end in items for a, b in anchors):
        return []
    # "INCAT and Rankin scores": a head after the last item is shared by a bare first one.
    last = scope[items[-1][0] : items[-1][1]].split()
    shared = last[-1] if last and last[-1].lower() in _SHARED_HEADS else None
    found = []
    for start, end in items:
        if any(a < end and start < b for a, b in anchors) or any(
            a <= start < b for a, b in examples_of
        ):
            continue
        words = scope[start:end].split()
        if not words:
            continue  # "relapses and the decline in ...": an item left empty by its change word
        if (
            _base_verb(words[0])
            and (len(words) > 1 or _ITEM_END.match(scope, end))
            and not looks_like(scope[start:end], kind)
        ):
            # "shown to suppress inflammation, migrate to inflamed sites within the CNS, engraft
            # and differentiate": from the first verb with words after it ("complete and
            # persistent responses" is no verb), the list is of what was done.
            break
        if (
            len(words) == 1
            and "VERB" in classes(words[0].lower())
            and _ITEM_END.match(scope, end)
            and not looks_like(words[0], kind)
        ):
            # "dampen immune responses and aid with alveolar fluid clearance": a word that
            # can be a verb, with its preposition after it, is what was done, not a name.
            continue
        content = [w for w in words if w.lower() not in _LEADING]
        if len(content) == 1 and content[0].lower() in _OF_SOMETHING:
            # "Treg cell survival and expansion", "suppressing the activation and function of
            # reactive effector T-cells": the expansion or activation of what is unsaid.
            continue
        piece = scope[start:end]
        bare = piece.split()
        while len(bare) > 1 and (bare[0].lower() in _LEADING or bare[0].lower() in _NOT_NAMES):
            bare = bare[1:]  # "Total INCAT": a word that counts is not part of the name
        bare = _without_breadth(bare)
        while len(bare) > 2 and bare[0].lower() in _MEASURES and bare[1].lower() == "of":
            bare = bare[2:]  # "a risk of cytomegalovirus": the risk is of the harm
        piece = " ".join(bare)
        item = (start, end)
        # The item starts at its first kept word, so that a dropped "comparable" or "no" stays
        # outside it, where negation looks for its trigger.
        dropped = len(scope[start:end].split()) - len(bare)
        start += re.match(rf"\s*(?:\S+\s+){{{dropped}}}", scope[start:end]).end()
        after = _next_item(scope, items, item)
        if _SUSPENDED.search(piece) and after and "-" in after[0]:
            # "ConA- and α-GalCer-mediated liver injury": the first item borrows the second's
            # suffix and head ("ConA-mediated liver injury"), as in phrases().
            piece = f"{piece.rstrip()}{after[0].rsplit('-', 1)[1]} {' '.join(after[1:])}".strip()
        elif shared and len(piece.split()) == 1 and item != items[-1]:
            piece = f"{piece} {shared}"
        elif (
            len(piece.split()) == 1
            and (nxt := _next_item(scope, items, item))
            and len(nxt) > 1
            and nxt[-1].lower() in _SHARED_HEADS
        ):
            # "mouth and hand functions, Raynaud's symptoms, ...": the head of the item it is
            # joined to, where the list goes on.
            piece = f"{piece} {nxt[-1]}"
        elif (
            len(piece.split()) > 1
            and (nxt := _next_item(scope, items, item))
            and nxt[-1].lower() in _SHARED_HEADS | {"function"}
            and (last_word := piece.split()[-1].lower()) in [w.lower() for w in nxt[:-2]]
        ):
            # "B cell and myeloid cell effector functions": the first item ends where the
            # second's words go on after the same word ("cell"), and takes them.
            at = [w.lower() for w in nxt].index(last_word)
            piece = f"{piece} {' '.join(nxt[at + 1 :])}"
        elif (
            len(piece.split()) == 1
            and (nxt := _next_item(scope, items, item))
            and len(nxt) > 1
            and nxt[-1].lower() in _SHARED_HARMS
            and not looks_like(piece, ADVERSE_EVENT)
            and not looks_like(piece, OUTCOME)
            and not _HARM_ENDING.search(piece.strip())
        ):
            # "cytomegalovirus and Epstein-Barr virus reactivation": a bare cause shares
            # the harm of the item it is joined to; "fatigue and liver infection" does not
            # (fatigue is a harm).
            piece = f"{piece} {nxt[-1]}"
        elif (
            len(piece.split()) == 1
            and item != items[-1]
            and len(last) > 1
            and (
                re.search(
                    r"(?:-free|-related|-term|-like|al|ive|ous|ic)$", piece.strip(), re.IGNORECASE
                )
                or (piece.strip().isalpha() and modifier(piece.strip()))
            )
        ):
            # "relapse-free and treatment free remission", "complete and persistent responses":
            # an adjective (a word the lexicon knows as an adjective or a verb, never as a noun
            # or an adverb) shares the head of the item "and" joins it to ("clinical and
            # radiological remission, improved disability and ..."), else the last head.
            nxt = _next_item(scope, items, item)
            piece = f"{piece} {nxt[-1] if len(nxt) > 1 else last[-1]}"
        name = _listed_name(piece, kind)
        if name is not None:
            found.append((start, end, name))
    return found


def _base_verb(word: str) -> bool:
    """True for a word English uses only as a verb, in its base form: "migrate", "persist"
    (never "forced" or "ascending", which also name: "forced vital capacity")."""
    word = word.lower()
    return classes(word) == {"VERB"} and not word.endswith(("ed", "ing", "en", "s"))


def _coordinated(
    scope: str, items: list[tuple[int, int]], anchors: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The items joined to an anchor through a run of noun phrases.

    An "and" or a comma may join clauses as well as names: in "can cause life-threatening
    side effects and up to 30% of patients do not respond to therapy, new therapeutic
    approaches ... are being tested" the second item has a verb of its own, so it and all
    beyond it are outside the anchor's list.

    >>> text = "side effects and up to 30% of patients do not respond, new approaches are tested"
    >>> [text[a:b] for a, b in _coordinated(text, [(0, 12), (17, 53), (55, 68)], [(0, 12)])]
    ['side effects']
    """
    touching = [any(a < end and start < b for a, b in anchors) for start, end in items]
    clause = [
        any(
            w in _AUXILIARIES or w in _CLAUSE_WORDS
            for w in re.findall(r"[a-z']+", scope[a:b].lower())
        )
        for a, b in items
    ]
    keep = [False] * len(items)
    for i, touches in enumerate(touching):
        if not touches:
            continue
        keep[i] = True
        start, end = items[i]
        # The anchor must stand where the item meets its neighbour: in "the overall survival
        # did not differ between patients treated with immunosuppressive therapy or bone marrow
        # transplantation", the "or" joins the two treatments, not the survival.
        at_end = any(scope[b:end].strip(" .") == "" for a, b in anchors if start <= a < end)
        at_start = any(scope[start:a].strip() == "" for a, b in anchors if start <= a < end)
        for step, joined in ((-1, at_start), (1, at_end)):
            j = i + step
            while joined and 0 <= j < len(items) and not clause[j]:
                keep[j] = True
                j += step
    return [item for item, kept in zip(items, keep) if kept]


def _next_item(scope: str, items: list[tuple[int, int]], item: tuple[int, int]) -> list[str]:
    # The words of the item joined to ``item`` by "and" or "or", if any.
    index = items.index(item)
    if index + 1 >= len(items):
        return []
    start, end = items[index + 1]
    if not re.fullmatch(r"\s*(?:and|or)\s*", scope[item[1] : start], re.IGNORECASE):
        return []
    return scope[start:end].split()


_CHANGE_OF = re.compile(
    r"\W*(?:(?:a|an|the|significant|marked|major|clear)\s+)*(?:improvements?|increases?|"
    r"decreases?|reductions?|changes?|declines?)\s+(?:in|of)\s+",
    re.IGNORECASE,
)
# "..., including A and B", "such as A": the item these open gives examples of the one before.
_EXAMPLES = re.compile(
    r"\s*(?:including|such\s+as|like|e\.g\.,?|especially|notably)\s+", re.IGNORECASE
)
# An item opening with a preposition, or with "to" or "without" ("and to reverse disability,
# without unexpected adverse events"), is a phrase, no name.
_PREPOSITION = re.compile(
    r"\W*(?:in|at|on|by|for|with|without|to|from|during|after|before)\s", re.IGNORECASE
)
_ITEM_END = re.compile(
    r"\s+(?:in|for|with|without|among|at|after|before|during|compared|versus|vs|than|from|to|by|on)\b",
    re.IGNORECASE,
)
_SHARED_HARMS = {"reactivation", "reactivations", "infection", "infections"}
# "constipation and urinary tract infection": a word whose ending makes it a harm or a process
# of its own is one more item, never a cause that borrows the next item's harm.
_HARM_ENDING = re.compile(
    r"(?:tion|sion|itis|osis|algia|a?emia|pathy|rrh?o?ea|ache|plegia)$", re.IGNORECASE
)
# A plural head after the last item is shared by a bare first one: "graft and recipient
# survivals" are graft survival and recipient survival.
_SHARED_HEADS = {
    "functions",  # "mouth and hand functions"
    "scores",
    "survivals",
    "outcomes",
    "levels",
    "rates",
    "counts",
    "values",
    "concentrations",
    "titres",
    "titers",
}
_COORDINATION = re.compile(
    r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and/or|and|or|as well as)\s+", re.IGNORECASE
)
# Words that make an item of a list something other than an outcome or an event.
_NOT_LISTED = {
    "neurologist",
    "neurologists",
    "physician",
    "physicians",
    "specialist",
    "specialists",
    "standard",
    "care",
    "group",
    "groups",
    "report",
    "reports",
    "model",
    "models",
    "mice",
    "individuals",
    "subjects",
    "participants",
    "infusion",
    "infusions",
    "cycle",
    "cycles",
    "dose",
    "doses",
    "follow-up",
    "day",
    "days",
    "time",
    "period",
    "centre",
    "centres",
    "center",
    "centers",
    "country",
    "countries",
    "cohort",
    "cohorts",
    "analysis",
    "survey",
    "line",
    "lines",
    "need",
    "needs",
    "basis",
    "setting",
    "settings",
    "aim",
    "respectively",
    # "a return to premorbid functioning": an event word whose object is cut off names nothing
    "return",
    "trend",
}


# Organs and tissues: where a change happens ("inflammatory changes in heart and lungs"),
# never an outcome or a harm by themselves.
_ORGANS = {
    "heart",
    "lung",
    "kidney",
    "liver",
    "brain",
    "skin",
    "colon",
    "bowel",
    "intestine",
    "gut",
    "stomach",
    "pancreas",
    "spleen",
    "thymus",
    "marrow",
    "bone",
    "joint",
    "muscle",
    "nerve",
    "eye",
    "mucosa",
    "tissue",
    "organ",
    "cord",
    "spinal",
}


def is_organ(name: str) -> bool:
    """True when ``name`` is an organ or a tissue by its head: "lungs", "bone marrow"."""
    words = name.lower().split()
    return bool(words) and singular(_head(words)) in _ORGANS


def strip_counts(text: str) -> str:
    """Drop leading words that count or grade: "Total INCAT" is written "INCAT"."""
    words = text.split()
    while len(words) > 1 and (words[0].lower() in _LEADING or words[0].lower() in _NOT_NAMES):
        words = words[1:]
    return " ".join(words)


_CASES = ("case", "cases")


def _listed_name(piece: str, kind: str) -> str | None:
    words = re.findall(r"[\w'’\-]+", piece)
    if not words or not re.fullmatch(r"[\s\w'’\-]+", piece.strip()):
        return None  # brackets, figures or punctuation: not a plain name
    if _NO_NAME_HERE.match(piece.strip()):
        return None  # "..., pending further validation"
    while words and (
        words[0].lower() in _LEADING
        or words[0].lower() in _NOT_NAMES
        or adverb_only(words[0])  # "or rarely non-response": how often, not what
    ):
        words = words[1:]
    if (
        len(words) > 2
        and words[0].lower() in (*_CASES, "episode", "episodes", "instance", "instances")
        and words[1].lower() == "of"
    ):
        words = words[2:]  # "one case of fatal pneumococcal meningitis": the harm is the name
    if not words or len(words) > 5:
        return None
    if _acts_on_object(words):
        return None  # "further amplify the suppressive function": what was done, no name
    lower = [w.lower() for w in words]
    if len(lower) == 1 and lower[0] in _GRADES:
        return None  # "acute or late adverse effects": "acute" grades, it names nothing
    if adverb_only(lower[-1]):
        return None  # "both clinically and histologically": how it was seen, not what
    if len(lower) == 1 and kind in (OUTCOME, ADVERSE_EVENT) and lower[0].endswith(_DRUG_SUFFIXES):
        return None  # "belimumab" in a list of harms is a drug given, not a harm
    if kind in (OUTCOME, ADVERSE_EVENT) and any(w in PEOPLE for w in lower):
        return None  # "in both animals and humans": in whom, not what improved
    if kind in (OUTCOME, ADVERSE_EVENT) and _treatment_named(lower):
        # "by conventional therapies, including immunosuppressive drugs and B-cell-depleting
        # antibodies": treatments given, not what changed.
        return None
    if kind == ADVERSE_EVENT and singular(lower[-1]) in _INTERVENTION_HEADS:
        # "without severe adverse events, and steroids and immunosuppressive medicines could
        # be tapered": a treatment listed after a harm is no harm.
        return None
    if len(lower) == 1 and "ADJ" in classes(lower[0]) and singular(lower[0]) not in _OUTCOME_HEADS:
        return None  # "inducing rapid and sustained remission": "rapid" says how, names nothing
    if any(
        _COUNT.fullmatch(w)
        or w in _NOT_NAMES
        or singular(w) in NUMBER_WORDS  # "the ones with ...": a pronoun, not a name
        or w in _NOT_LISTED
        or (w in _TRAILING and not (w == "of" and 0 < i < len(lower) - 1))
        or w in _AUXILIARIES
        or (w.endswith("ed") and w not in ("sustained",))
        for i, w in enumerate(lower)
    ):
        return None
    if lower[-1] in _GENERIC or not lower[-1].isalpha() and "-" not in lower[-1]:
        return None
    if is_organ(" ".join(lower)):
        return None
    if kind == ADVERSE_EVENT and singular(lower[-1]) in _ECONOMIC:
        return None  # "associated with high costs and considerable toxicity": no harm to a patient
    words[-1] = singular(words[-1])
    return _lower_initial(" ".join(words))


_TREATMENT_HEADS = frozenset(
    {"drug", "therapy", "treatment", "agent", "medication", "inhibitor", "regimen"}
)


def _treatment_named(words: list[str]) -> bool:
    """True when ``words`` (lower case) name a treatment: a drug, a therapy, or an antibody
    given as one ("B-cell-depleting antibodies", not "anti-dsDNA antibodies").

    >>> _treatment_named(["immunosuppressive", "drugs"]), _treatment_named(["anti-dsdna", "antibody"])
    (True, False)
    >>> _treatment_named(["dosage", "of", "steroid", "drugs"])
    False
    """
    i = _head_index(words)
    head = singular(words[i])
    if head in _TREATMENT_HEADS:
        return True
    return (
        head == "antibody"
        and i > 0
        and bool(
            re.search(r"(?:depleting|monoclonal|therapeutic|blocking|targeting)$", words[i - 1])
        )
    )


_ECONOMIC = frozenset({"cost", "price", "expense", "expenditure", "charge", "burden"})


# A count or a figure ("12", "5%", "2-6"), not a name with a digit in it ("HbA1c", "CD19").
_COUNT = re.compile(r"[\d.,%<>≥≤~+\-–/]+|\d+[\-–](?:year|month|week|day|h)s?", re.IGNORECASE)
# Heads that name nothing without what they measure: "levels" alone is not an outcome.
# How much of a substance is measured: "the serum levels of TNF-alpha", "titers of
# autoantibodies" name the substance.
_SUBSTANCE_MEASURES = {
    "level",
    "levels",
    "concentration",
    "concentrations",
    "titer",
    "titers",
    "titre",
    "titres",
}
_BARE_MEASURES = {
    "rate",
    "rates",
    "incidence",  # "the incidence rate of (a harm named before)"
    "incidences",
    "score",
    "scores",
    "event",
    "events",
    "need",
    "needs",
    "requirement",
    "requirements",
    "production",
} | _SUBSTANCE_MEASURES
_SAMPLES = {"serum", "plasma", "blood", "csf", "urinary", "urine"}
_REFERENCE_POINTS = {
    "normal",
    # "at a population level": the scale a result is seen at
    "population",
    "individual",
    "baseline",
    "pre-treatment",
    "pretreatment",
    "pre-transplant",
    "pretransplant",
    "previous",
    "initial",
    "original",
    "usual",
    "their",
    "its",
    "the",
}
# Words that measure how often something happens; "X of Y" then names Y.
_MEASURES = {
    "incidence",
    "rate",
    "rates",
    "risk",
    "risks",
    "frequency",
    "occurrence",
    "episodes",
    "number",  # "reduced the number of complications"
    "proportion",  # "reduced the proportion of solid component lesion volume"
    "proportions",
    "percentage",
    "percentages",
}
# "the wide spectrum of cellular and humoral responses", "a broad range of cytokines": how many
# kinds there are, not what; "X of Y" then names Y.
_BREADTH = {"spectrum", "range", "variety", "array", "multitude", "plethora"}
_BROAD = {"wide", "broad", "whole", "full", "large", "diverse", "great", "vast"}


def _without_breadth(words: list[str]) -> list[str]:
    at = 1 if words and words[0].lower() in _BROAD else 0
    if len(words) > at + 2 and words[at].lower() in _BREADTH and words[at + 1].lower() == "of":
        return words[at + 2 :]
    return words


# Words that grade or time a harm or an outcome; alone in a list item they name nothing.
_GRADES = {
    "acute",
    "late",
    "early",
    "chronic",
    "severe",
    "mild",
    "moderate",
    "serious",
    "minor",
    "major",
    "short-term",
    "long-term",
    "transient",
    "persistent",
}
# Finite verbs of a clause that the auxiliaries above do not cover ("patients do not respond").
_CLAUSE_WORDS = {"do", "does", "did", "must", "shall"}
_AUXILIARIES = {
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "can",
    "could",
    "may",
    "might",
    "will",
    "would",
    "should",
    "not",
    "that",
    "which",
    "who",
}


def _shortened(text: str) -> str:
    """Put an abbreviation defined inside a name in place of what it abbreviates.

    >>> _shortened("CD19 chimeric antigen receptor (CD19 CAR) T cell therapy has")
    'CD19 CAR T cell therapy has'
    >>> _shortened("autologous HSCT (aHSCT) is")
    'autologous HSCT is'
    """
    from kg.ingest.link import _spells

    def replace(match: re.Match[str]) -> str:
        before, abbr = match.group(1).split(), match.group(2).split()
        if not abbr:
            return match.group(0)  # "The group ()": a copy that lost what the brackets held
        tail = abbr[-1]
        for k in range(1, min(len(before), len(tail) + 1) + 1):
            rest = before[: len(before) - k]
            if _spells(tail, before[len(before) - k :]) and [
                w.lower() for w in rest[len(rest) - len(abbr) + 1 :]
            ] == [w.lower() for w in abbr[:-1]]:
                keep = rest[: len(rest) - len(abbr) + 1]
                # the space before a second definition stays: "CAR T-cell ... BCMA"
                lead = match.group(1)[: len(match.group(1)) - len(match.group(1).lstrip())]
                return lead + " ".join([*keep, *abbr])
        return match.group(1)

    return re.sub(r"([^()]*?)\s*\(([^()]*)\)", replace, text)


def _words_before(text: str, verbs: str) -> tuple[str, list[str]]:
    """The text before its first auxiliary or one of ``verbs`` (a regex alternation), and its
    words with leading determiners dropped: the subject of a statement's first clause."""
    text = re.split(
        r"\s+(?:is|are|was|were|has|have|had|can|may|might|could|should|will|would|"
        + verbs
        + r")\b",
        text,
        maxsplit=1,
    )[0]
    words = text.split()
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    return text, words


_DISEASE_ASIDE = re.compile(
    r",\s*(?:particularly|especially|notably|mainly|typically)\b[^,]*,?|"
    r"\s+(?:treated|managed)\s+(?:with|by)\b.*$",
    re.IGNORECASE,
)


def disease_subject(text: str) -> bool:
    """True when the words before a statement's first cue are a disease's name, as in
    "Steroid-refractory acute graft-versus-host disease (aGVHD) remains a major cause of ...".

    >>> disease_subject("Lupus nephritis (LN) results")
    True
    >>> disease_subject("In patients with lupus nephritis, MSCT")
    False
    """
    text = re.sub(r"\s*\([^()]*\)", "", text).strip()
    # "Vaso-occlusive disease, particularly in the presence of antiphospholipid antibodies,":
    # an aside saying when; "The inflammatory skin diseases treated with PDL": which ones.
    text = _DISEASE_ASIDE.sub("", text).strip()
    pieces = text.split(",")
    if len(pieces) == 2 and pieces[0].split() and pieces[0].split()[0].lower() in _OPENERS:
        # "On multivariate analysis, perianal disease was associated with ...": the fronted
        # phrase is not the subject.
        text = pieces[1].strip()
    text, words = _words_before(text, r"remains?|results?|causes?|leads?")
    if not words or len(words) > 8 or "," in text or words[0].lower() in _OPENERS:
        return False
    return looks_like(" ".join(words), DISEASE)


_DISEASE_PROCESSES = {
    "pathogenesis",
    "aetiology",
    "etiology",
    "pathophysiology",
    "aetiopathogenesis",
}


# Endings of the Latin adjectives that close many disease names ("prurigo nodularis",
# "hidradenitis suppurativa", "polymyalgia rheumatica").
_LATIN_ENDINGS = (
    "aris",
    "alis",
    "osa",
    "osum",
    "ata",
    "atum",
    "ica",
    "icum",
    "ans",
    "ensis",
    "iva",
    "ina",
    # "lupus erythematosus tumidus", "lichen planus pigmentosus"
    "idus",
    "osus",
)


def latin_adjective(word: str) -> bool:
    """True for a word of a Latin adjective's shape that English does not know.

    >>> latin_adjective("nodularis"), latin_adjective("tumidus"), latin_adjective("patients")
    (True, True, False)
    """
    return word.endswith(_LATIN_ENDINGS) and not classes(word)


def _latin_name(words: list[str]) -> bool:
    """True for a two- or three-word name closed by a Latin adjective English does not know.

    >>> _latin_name(["prurigo", "nodularis"]), _latin_name(["the", "data"])
    (True, False)
    """
    return 2 <= len(words) <= 3 and latin_adjective(words[-1])


def names_cell_process(name: str) -> bool:
    """True when ``name`` is headed by what cells do ("T-cell apoptosis").

    >>> names_cell_process("T-cell apoptosis"), names_cell_process("osteonecrosis")
    (True, False)
    """
    words = name.lower().split()
    return bool(words) and _head(words) in _CELL_PROCESSES


def looks_like(name: str, kind: str) -> bool:
    """True when the head noun of ``name`` fits ``kind``."""
    words = name.lower().split()
    if not words:
        return False
    head = _head(words)
    if kind == DISEASE:
        if all(w in _GENERIC or w in _NO_DISEASE_NAME for w in words):
            return False  # "this disorder", "the disease": what they point back to is not said
        if singular(head) in ("disease", "disorder", "illness") and all(
            w in _GENERIC or w in _NO_DISEASE_NAME or w in _DISEASE_STAGES for w in words[:-1]
        ):
            return False  # "in MDS patients with low-risk disease": how far, not which disease
        if singular(head) == "condition" and any(w in _CIRCUMSTANCES for w in words):
            return False  # "evaluated in 'real-life' conditions": where, not what disease
        return (
            head not in _NOT_DISEASES
            and head not in _CELL_PROCESSES
            and (
                head in _DISEASE_HEADS
                or singular(head).endswith(_DISEASE_SUFFIXES)
                or _latin_name(words)
                # "DOCK8 deficiency": the lack of a named molecule is an inborn disease (a bare
                # "immunodeficiency" is as often a feature of one, and left to the lexicon).
                or (singular(head) == "deficiency" and len(words) > 1)
                # "paroxysmal nocturnal hemoglobinuria": a disease whose head says nothing of
                # it is known by its whole name.
                or names_a_disease(name)
                # "generalized bullous fixed drug eruption": a known disease with adjectives
                # that say which form of it.
                or any(
                    names_a_disease(" ".join(words[i:])) and all(map(modifier, words[:i]))
                    for i in range(1, len(words) - 1)
                )
            )
        )
    if kind in (OUTCOME, ADVERSE_EVENT) and singular(head) in _ORGANS:
        return False
    if kind == ADVERSE_EVENT and head in _CELL_PROCESSES:
        return False
    if kind in (OUTCOME, ADVERSE_EVENT) and any(w in PEOPLE for w in words):
        # "treatment-refractory patients showing durable drug-free remission": who showed a
        # result is no part of its name ("patient satisfaction", in the singular, is).
        return False
    if kind == OUTCOME:
        if any(w in _NOT_NAMES or _COUNT.fullmatch(w) for w in words):
            return False
        if "unmet" in words:
            return False  # "the pandemic's unmet medical needs": a gap in care, not a result
        if head == "controls" or words == ["control"]:
            # "were not significantly different from controls": the people compared with;
            # "disease control" names a result.
            return False
        if head in _BARE_MEASURES and all(w in _REFERENCE_POINTS for w in words[:-1]):
            # "returned to their normal levels", "pre-treatment levels": a level or a score
            # named only by the point it is measured against is no outcome.
            return False
        # A closed list of outcome heads, or a clinical finding by its shape ("proteinuria"):
        # any content noun would let "neurologist" or "supportive care" become outcomes.
        return (
            head in _OUTCOME_HEADS
            or singular(head) in _OUTCOME_HEADS
            or head.endswith(_FINDING_SUFFIXES)
        )
    if kind == ADVERSE_EVENT:
        if words[0] == "grade" and len(words) > 2 and _COUNT.fullmatch(words[1]):
            words = words[2:]  # a graded harm is named by its harm
            head = _head(words)
        if any(w in _NOT_NAMES or re.search(r"\d", w) for w in words) or len(words) > 4:
            return False
        if head in ("event", "events", "effect", "effects"):
            return any(w in ("adverse", "side", "serious", "toxic") for w in words)
        return (
            head in _ADVERSE_HEADS
            or singular(head) in _ADVERSE_HEADS
            or head.endswith(_ADVERSE_SUFFIXES)
            # A gland working too little or too much: "hypothyroidism", "hypogonadism".
            or (head.startswith(("hypo", "hyper")) and head.endswith("ism"))
        )
    if kind == INTERVENTION:
        if len(words) == 2 and len(words[1]) == 1 and words[1].isalpha():
            # "cyclosporine A": a letter after a drug's name says which of its kind; after a
            # class ("immunoglobulin E") it names a molecule, not a treatment.
            return words[0].endswith(_DRUG_SUFFIXES)
        if words[0] in ("no", "any", "every", "each", "neither", "none", "without"):
            # "no therapy seems to be curative": a quantifier names no treatment; "Without
            # maintenance therapy, ...": nor does what was not given.
            return False
        if (
            words[0] in _DOSED
            and 1 < len(words) <= 3
            and not any(w in _TRAILING for w in words)  # "High-dose CYC and ...": cut short
            and head not in _GENERIC
            and head not in PEOPLE
            and head not in ("group", "groups", "arm", "arms", "cohort", "cohorts", "regimen")
        ):
            # "Low-dose IL-2 is safe and effective": only what is given comes in a dose.
            return True
        return (
            head in _INTERVENTION_HEADS
            # "plasma exchange"; a surgical removal, "thymectomy", "splenectomy".
            or (head == "exchange" and "plasma" in words)
            # "Reduced-toxicity conditioning ... resulted in superior survival": a conditioning
            # of a named kind is given and compared as a treatment (bare "conditioning" stays a
            # step of the transplant).
            or (head == "conditioning" and len(words) > 1)
            # "755-nm alexandrite laser", "CO2 laser": a laser of a named kind is a treatment
            # given (a bare "laser" may be the device).
            or (head == "laser" and len(words) > 1)
            or (len(head) > 7 and head.endswith("ectomy"))
            # "remestemcel-L": a letter after the stem says which product of that name
            or (len(words) == 1 and re.sub(r"[\-‐][A-Za-z]$", "", head).endswith(_DRUG_SUFFIXES))
            # A development code names a product: "Descartes-08", "KYV-101".
            or (len(words) == 1 and bool(PRODUCT_CODE.fullmatch(name)))
            # So does a capitalised word English does not have: "Rheumavax", "Alofisel".
            or (len(words) == 1 and brand_name(name))
        )
    if kind == STEP:
        first = words[0]
        if first in _RESEARCH or head in _RESEARCH or first in _CARE_TAKEN:
            # "Further investigation ... is needed": research on a treatment is none of its
            # steps, nor is the care it calls for ("requires caution due to ... side effects").
            return False
        if first in _CLAUSE_ADVERBS or leading_adverb(first):
            # "Immunoglobulins and plasmapheresis are reported as successful treatments,
            # sometimes immunosuppressive therapy is needed": an adverb opens a clause of its
            # own, whose subject is no step of the treatments before it.
            return False
        return (
            first in _STEP_WORDS
            or (first.endswith(_STEP_SUFFIXES) and len(first) > 5)
            # "HSCT conditioning consisted of high-dose cytoreductive therapy and
            # anti-thymocyte globulin": a regimen's steps are the treatments given in it.
            or (len(words) > 1 and head in _STEP_HEADS)
        )
    if kind == PROCESS:
        # "play an important role in SS pathogenesis": how a disease arises is not how a
        # treatment acts.
        return (
            len(words) <= 6
            and head not in _GENERIC
            # "other T cells", "a cell-extrinsic [mechanism]": cells, and a word that
            # qualifies a mechanism, name no process.
            and singular(head) != "cell"
            and not head.endswith(("-extrinsic", "-intrinsic"))
            # "immunomodulatory and anti-fibrotic effects": an adjective that lends its noun
            # to the next conjunct names no process alone.
            and not (len(words) == 1 and (_adjective_only(head) or singular(head) == "property"))
            and words[0] not in ("through", "via")
            and not any(w in _DISEASE_PROCESSES for w in words)
        )
    return False


def _adjective_only(word: str) -> bool:
    # A word the English lexicon lacks ("immunomodulatory") counts by its ending.
    if classes(word):
        return adjective_only(word)
    return word.endswith(("ory", "ive", "ic", "ous"))


def brand_name(word: str) -> bool:
    """True for a capitalised word the English lexicon does not know: a product's name.

    A route ("Intratracheal, but not i.v., administration of ...") is how a product is given,
    whatever the English lexicon lacks.

    >>> [brand_name(w) for w in ("Rheumavax", "Patients", "rheumavax", "SSc", "Treatment")]
    [True, False, False, False, False]
    >>> [brand_name(w) for w in ("Intratracheal", "Intraperitoneal", "Prochymal")]
    [False, False, True]
    """
    return (
        bool(re.fullmatch(r"[A-Z][a-z]{3,}", word))
        and not classes(word)
        and not _ROUTE_ADJECTIVE.fullmatch(word)
    )


_ROUTE_ADJECTIVE = re.compile(
    r"(?i)(?:intra|inter|sub|peri|trans|epi|endo|retro)[a-z]+(?:al|ar|ous|ic|eal)"
)


# Nouns that end in -s in the singular: "type 1 diabetes" is not "type 1 diabete".
_SINGULAR_IN_S = {
    "diabetes",
    "herpes",
    "rabies",
    "scabies",
    "measles",
    "mumps",
    "series",
    "species",
    "ascites",
    "caries",
    "faeces",
    "feces",
}


# Heads of an outcome that is the disease getting worse or coming back.
_WORSENING = {
    "relapse",
    "recurrence",
    "progression",
    "flare",
    "exacerbation",
    "deterioration",
    "worsening",
}


def worsening(name: str) -> bool:
    """True when ``name`` is the disease getting worse or coming back, by its head.

    >>> worsening("recurrence"), worsening("disease progression"), worsening("relapse-free survival")
    (True, True, False)
    """
    words = name.lower().split()
    return bool(words) and singular(_head(words)) in _WORSENING


# Tissue processes that are themselves the disease at work: more of them is never better.
_PATHOLOGICAL = {
    "inflammation",
    "infiltration",
    "fibrosis",
    "damage",
    "injury",
    "necrosis",
    "hyperresponsiveness",
    "remodeling",
    "remodelling",
}


def pathological(name: str) -> bool:
    """True when ``name`` is, by its head, a tissue process of the disease itself.

    >>> pathological("eosinophilic airway inflammation"), pathological("lung function")
    (True, False)
    """
    words = name.lower().split()
    return bool(words) and singular(_head(words)) in _PATHOLOGICAL


def singular(word: str) -> str:
    """Return the singular of an English noun (good enough for names).

    >>> singular("fistulas"), singular("rates"), singular("abscesses"), singular("disease")
    ('fistula', 'rate', 'abscess', 'disease')
    >>> singular("pancreas"), singular("Indices"), singular("analyses"), singular("fistulae")
    ('pancreas', 'Index', 'analysis', 'fistula')
    >>> singular("side-effects"), singular("T-cells"), singular("anti-CD19")
    ('side-effect', 'T-cell', 'anti-CD19')
    >>> singular("fulminans"), singular("lichenoides"), singular("antigens"), singular("humans")
    ('fulminans', 'lichenoides', 'antigen', 'human')
    """
    lower = word.lower()
    head, hyphen, last = word.rpartition("-")
    if hyphen and head and last.isalpha():
        # "side-effects", "T-cells": the last part is the noun.
        return f"{head}-{singular(last)}"
    if not word.isalpha() or len(word) < 4 or word.isupper() or lower in _SINGULAR_IN_S:
        return word
    # The English lexicon first ("pancreas", "indices", "analyses"); the endings below for
    # words it does not know ("fistulas", "lymphocytes").
    known = noun_lemmas(lower)
    if known:
        return word[0] + known[0][1:] if known[0][:1] == lower[:1] else known[0]
    if lower.endswith("ae"):
        return word[:-1]  # a Latin plural: "fistulae", "sequelae"
    if lower.endswith("ies"):
        return word[:-3] + "y"
    if lower.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if lower.endswith(("ss", "us", "is", "sis")):
        return word
    if lower.endswith(("ans", "ens", "oides")) and not noun_lemmas(lower[:-1]):
        # A Latin participle or likeness in a disease's name ("acne fulminans", "erythema
        # migrans", "pityriasis lichenoides") is no plural.
        return word
    if lower.endswith("s"):
        return word[:-1]
    return word


# Words that open a verb's object: "promoted the rapid remission", "amplify the suppressive
# function".
_OBJECT_OPENERS = frozenset({"the", "a", "an", "their", "its", "this", "these"})


def _acts_on_object(words: list[str]) -> bool:
    """True for a verb and its object ("further amplify the suppressive function"), no name."""
    return len(words) > 2 and _base_verb(words[0]) and words[1].lower() in _OBJECT_OPENERS


def _name(piece: str, kind: str) -> str | None:
    # What brackets hold restates or qualifies the name ("disease (SR-aGVHD)", "infectious
    # complications [cytomegalovirus disease]"): it is not part of it.
    piece = re.sub(r"\s*[\(\[][^\)\]]*[\)\]]", "", piece)
    words = re.findall(rf"[\w'’\-{_HELD}]+", piece)
    # "Thalidomide’s clinical response": what the masked name owns, not a name of its own.
    if words and words[0].lower() in ("’s", "'s"):
        words = words[1:]
    while words and (words[0].lower() in _LEADING or words[0].lower() in _PREPOSITIONS):
        words = words[1:]  # "for primary progressive MS" after a masked name names the disease
    if kind == DISEASE:
        # "Patients with lupus nephritis were started on rituximab": a verb ends the name.
        verb = next((i for i, w in enumerate(words) if i and w.lower() in _AUXILIARIES), None)
        words = words[:verb] if verb is not None else words
    # "a case of LPP that was successfully treated", "We describe a case of ...", "Here we
    # report two cases of ...": the disease is what the case is of, not the report of it.
    case = next(
        (
            i
            for i, w in enumerate(words[:6])
            if w.lower() in _CASES and words[i + 1 : i + 2] == ["of"]
        ),
        None,
    )
    if kind == DISEASE and case is not None and len(words) > case + 2:
        words = words[case + 2 :]
    if kind == DISEASE:
        # "controlling otherwise treatment-resistant Crohn's disease": a verb and an adverb
        # before the name are not part of it, nor are the patients' qualifiers.
        while words and (
            words[0].lower() in QUALIFIERS
            or words[0].lower() in _LEADING
            # ("relapsing multiple sclerosis" is a course of the disease, named with it)
            or (
                len(words) > 2
                and re.fullmatch(r"[a-z]+(?:ing|ly)|otherwise", words[0])
                and words[0] not in _COURSES
            )
            # "novel strategies to cure asthma", "therapeutic potential for healing fistulae":
            # what the strategy is to do
            or (
                len(words) > 1
                and words[0].lower()
                in (
                    *("cure", "curing", "treat", "treating", "manage", "managing", "heal"),
                    *("healing", "prevent", "preventing", "control", "controlling"),
                )
            )
        ):
            words = words[1:]
    while words and words[-1].lower() in _TRAILING:
        words = words[:-1]  # "lymphodepletion with" names "lymphodepletion"
    if kind == DISEASE:
        # "a novel approach to diabetes treatment": the treatment is of the disease named.
        while len(words) > 1 and words[-1].lower() in ("treatment", "therapy", "management"):
            words = words[:-1]
    if not words or len(words) > 6 or words[0].startswith(("-", "‐")):
        return None  # "DAS-28-defined remission" cut after a known name: a fragment
    if (
        len(words) > 1
        and words[0].lower().endswith("ed")
        and verb_only(words[0].lower())
        and words[1].lower() in _OBJECT_OPENERS
    ):
        return None  # "promoted the rapid remission": a verb and its object, no name
    if _acts_on_object(words):
        return None  # "further amplify the suppressive function": what was done, no name
    if kind in (OUTCOME, ADVERSE_EVENT):
        # Counts and grades are not part of the name: "one death" names death, "significant
        # toxicity" toxicity; "high rate" then names nothing.
        grade: list[str] = []
        if len(words) > 2 and words[0].lower() == "grade" and _COUNT.fullmatch(words[1]):
            grade, words = words[:2], words[2:]  # "grade 4 infections" is a harm of its own
        while words and (
            words[0].lower() in _NOT_NAMES
            or _COUNT.fullmatch(words[0])
            or (words[0].lower() in _LEADING and len(words) > 1)
            # "prevent or limit end-organ damage": the second verb of the cue, not the name
            or (words[0].lower() in _CHANGE_VERBS and len(words) > 1)
        ):
            words = words[1:]
        words = [*grade, *_without_breadth(words)]
        if words and words[0].lower() in ("serum", "plasma", "blood", "csf", "urinary"):
            measured = words[1:]
        else:
            measured = words
        substance = (
            len(measured) > 2
            and measured[0].lower() in _SUBSTANCE_MEASURES
            and measured[1].lower() == "of"
        )
        words = measured if substance else words
        if substance:
            # "the serum levels of tumor necrosis factor-alpha": what is measured is named.
            if len(words) > 7:
                return None
            named = words[2:]
            head = _head_index([w.lower() for w in named])
            named[head] = singular(named[head])  # named in the singular, as every proposal is
            return _lower_initial(" ".join(named))
        # "the incidence rate of treatment-related adverse events": one measure in two words.
        while len(words) > 3 and words[0].lower() in _MEASURES and words[1].lower() in _MEASURES:
            words = words[1:]
        # "the incidence of febrile neutropenia", "rate of relapse": what is counted is named.
        if (
            len(words) > 2
            and words[0].lower() in _MEASURES
            and words[1].lower() == "of"
            and (
                looks_like(" ".join(words[2:]), ADVERSE_EVENT)
                or looks_like(" ".join(words[2:]), OUTCOME)
            )
        ):
            words = words[2:]  # but "the frequency of attacks" is the outcome itself
        # An outcome is named by the words before its first preposition: "combined remission
        # (of perianal fistulas)".
        for i, word in enumerate(words):
            if word.lower() == "of" and [w.lower() for w in words[i + 1 : i + 2]] == ["life"]:
                continue  # "quality of life" is one name
            if word.lower() == "of" and i > 0 and words[i - 1].lower() in _CHANGES_OF:
                continue  # "loss of insulin production" is what is prevented, not "loss"
            if word.lower() == "of" and i == 1 and words[0].lower() in _NAMED_BY_OF:
                continue
            if word.lower() in (
                *("of", "in", "with", "for", "at", "between", "after", "among"),
                *("following", "during", "within", "until", "since"),
            ):
                words = words[:i]
                break
    if not words or all(w.lower() in _GENERIC for w in words):
        return None
    if kind == DISEASE and all(
        w.lower() in _GENERIC or w.lower() in QUALIFIERS or w.lower() in _COURSES for w in words
    ):
        return None  # "should be considered in recurrent disease": which patients, no name
    if (
        kind in (OUTCOME, ADVERSE_EVENT)
        and len(words) == 1
        and (words[0].lower() in _INCOMPLETE_BEFORE_OF or words[0].lower() in _CHANGES_ALONE)
    ):
        return None  # "impaired Treg functions", the cells masked: whose function is unsaid
    if kind in (OUTCOME, ADVERSE_EVENT) and all(
        w.lower() in _BARE_MEASURES or w.lower() in _SAMPLES for w in words
    ):
        return None  # "serum levels (of ...)": what was measured is named elsewhere
    if re.fullmatch(r"[\d\W]+", " ".join(words)):
        return None
    # "the size of their fistula tract": whose it is, is not part of the name.
    words = [
        w
        for i, w in enumerate(words)
        if not (i and w.lower() in ("their", "its") and words[i - 1].lower() == "of")
    ]
    name = " ".join(words)
    if not looks_like(name, kind):
        return None
    head_index = _head_index([w.lower() for w in words])
    words[head_index] = singular(words[head_index])
    if head_index < len(words) - 2 and words[head_index + 1].lower() == "of":
        # "activity of intrahepatic NKT cells": what it is of is named in the singular too.
        words[-1] = singular(words[-1])
    return _lower_initial(" ".join(words))


def singular_name(words: list[str]) -> list[str]:
    """The words of a name with its head in the singular: the last word, or the word before a
    preposition, whose object keeps its number ("multisystem inflammatory syndrome in children"
    keeps its children, "activities of daily living" is an activity of daily living).

    >>> singular_name("regulatory T cells".split()), singular_name("syndrome in children".split())
    (['regulatory', 'T', 'cell'], ['syndrome', 'in', 'children'])
    >>> singular_name("activities of daily living".split())
    ['activity', 'of', 'daily', 'living']
    >>> singular_name("acne keloidalis nuchae".split()), singular_name("perianal fistulae".split())
    (['acne', 'keloidalis', 'nuchae'], ['perianal', 'fistula'])
    """
    if not words:
        return words
    head = _head_index(words)
    if head > 0 and words[head].lower().endswith("ae") and latin_adjective(words[head - 1].lower()):
        return words  # "acne keloidalis nuchae": a Latin genitive after a Latin word
    return [*words[:head], singular(words[head]), *words[head + 1 :]]


_COURSES = frozenset({"recurrent", "relapsing", "chronic", "acute", "persistent", "progressive"})


def _head_index(words: list[str]) -> int:
    for i, word in enumerate(words):
        if word in ("of", "under", "with", "in", "for", "from") and i > 0:
            return i - 1
    return len(words) - 1


def _head(words: list[str]) -> str:
    return words[_head_index(words)]


def _lower_initial(name: str) -> str:
    """A sentence's capital comes off a name; a titled name keeps its capitals.

    >>> _lower_initial("Stem cell therapy"), _lower_initial("Disease Activity Score")
    ('stem cell therapy', 'Disease Activity Score')
    """
    words = name.split()
    first = words[0] if words else ""
    titled = [w for w in words[1:] if w[:1].isupper() and w[1:].islower()]
    if titled and len(titled) == len([w for w in words[1:] if w.lower() not in _TITLE_SMALL]):
        # "Myasthenia Gravis Activities of Daily Living": every content word is capitalised,
        # the name of a scale or a body, not a sentence's first word.
        return name
    if first[:1].isupper() and first[1:].islower() and "'" not in first and "’" not in first:
        return name[0].lower() + name[1:]
    return name


_TITLE_SMALL = frozenset({"of", "and", "for", "in", "on", "the", "a", "an", "to", "with"})
