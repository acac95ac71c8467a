"""Draft the claims a statement asserts from its wording.

Wording rules (cues) find what a clause asserts: "has been recommended" (a recommendation),
"may be considered" (a conditional one), "is not recommended" (a negated one), "can improve",
"improvement in", "has shown promise in" (efficacy), "associated with", "higher risk of"
(safety), "the risk ... is higher in patients with" (a risk factor), "work by" (mechanism),
"requires", "involves", "are essential" (procedure steps), "remains experimental", "trials aim
to evaluate" (status), "have been used to treat" (evidence of use). Each cue takes its objects
from the words it governs, up to the next cue or the end of its clause. The intervention is one
the statement names: the clause's subject, one named later when the subject is only study
words, the agent of a passive or a fronted "After X,"; an explicit anaphor ("The procedure")
is read as the subject of the statement before it in its section (or, opening a section, of
the document's first statement). Otherwise the slot is left unresolved for the curator, never
filled from another statement. Negations ("did not significantly improve", "no improvement
in") make negated claims, never positive ones. Words a cue governs that name no known entity
become proposed entities, listed for review.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from itertools import pairwise

from rdflib import URIRef

from kg.ingest import drugs, names, nouns
from kg.ingest.context import assess
from kg.ingest.lexicon import (
    ADVERSE_EVENT,
    DISEASE,
    INTERVENTION,
    ORGANISATION,
    OUTCOME,
    PROCESS,
    STEP,
    Entry,
    Lexicon,
    Publication,
)
from kg.ingest.link import (
    SPECIALISERS,
    Mention,
    _spells,
    abbreviation_like,
    derived_from_end,
    find_definitions,
    find_mentions,
    singular_abbreviation,
)
from kg.ingest.parse import Document, Statement, slug
from kg.ingest.products import find_products, product_forms
from kg.ingest.wordclass import auxiliary, can_head_a_name, classes, verb_only
from kg.namespaces import RESOURCE_BASE

# Claim kinds (class local names) and the predicate, object slot and kind of object of each cue.
RECOMMENDATION = "RecommendationClaim"
EFFICACY = "EfficacyClaim"
SAFETY = "SafetyClaim"
RISK_FACTOR = "RiskFactorClaim"
RISK_MITIGATION = "RiskMitigationClaim"
MECHANISM = "MechanismClaim"
PROCEDURE_STEP = "ProcedureStepClaim"
STATUS = "StatusClaim"
EVIDENCE_OF_USE = "EvidenceOfUseClaim"

_NAMESPACE_OF = {
    DISEASE: "disease",
    INTERVENTION: "intervention",
    STEP: "intervention",
    OUTCOME: "outcome",
    ADVERSE_EVENT: "outcome",
    PROCESS: "process",
    ORGANISATION: "organisation",
}
UNRESOLVED_INTERVENTION = (
    "unresolved intervention: the statement names none; fill in hkg:intervention"
)
UNRESOLVED_BODY = (
    "unresolved recommending body: the statement names none; fill in hkg:recommendedBy"
)
# The ontology's outcome for "an effective treatment" stated without an endpoint.
EFFECTIVENESS_LABEL = "treatment effectiveness"


@dataclass(frozen=True)
class Rule:
    """A wording rule: a regular expression and what a match asserts."""

    name: str
    pattern: re.Pattern[str]
    kind: str
    predicate: str
    objects: str  # entity kind of the objects
    direction: str | None = None
    strength: str | None = None
    scope: str = "after"  # after | before | adjacent-before | clause
    status: str | None = None
    negated: bool = False
    # For an outcome cue that is not a comparison ("had a high rate of", "experienced"): a
    # harm among its objects is an adverse event the intervention is associated with, not one
    # whose risk it increases.
    harm: str = "Increases"
    # Where the intervention is named when the cue leaves no room for it before: this many
    # characters after the cue ("successfully treated with X", "a novel indication for X"), or
    # anywhere after it with 0.
    subject_after: int | None = None


# "... in the aHSCT group", "... in the MSC transplantation groups", "... in the low-dose
# rIL-2 arm", "... in aHSCT-treated patients": where a comparison names the arm it saw the
# change in.
_ARM = (
    r"\bin\s+(?:the\s+(?P<group>[^;,()]{1,40}?)\b(?:groups?|arms?)\b|"
    r"(?:the\s+)?(?P<treated>[^\s;,()]{1,30}?)-treated\s+(?:patients|subjects|participants|cases)\b)"
)
_IN_GROUP_AHEAD = rf"[^;]{{0,40}}?{_ARM}"
_IN_GROUP = re.compile(_ARM, re.IGNORECASE)


def _rule(name, regex, kind, predicate, objects, **kw) -> Rule:
    return Rule(name, re.compile(regex, re.IGNORECASE), kind, predicate, objects, **kw)


_V = r"(?:e|es|ed|ing)?"
# "is", "was shown to be", "appears", "proved": what a judgement of a treatment is said with.
_IS_OR_SEEMS = r"\b(?:is|are|was|were|be|been|appears?|appeared|seems?|seemed|prove[sdn]?)\s+"
_USUAL_WORDS = ("generally", "usually", "typically", "primarily", "mainly", "mostly")
_USUALLY = rf"(?:{'|'.join(_USUAL_WORDS)})"
# Where a cue may open with one of these words, the cue starts at the word or not after it.
_NOT_AFTER_USUALLY = "".join(rf"(?<!\b{w}\s)" for w in _USUAL_WORDS)
_WHICH_CONSISTS = re.compile(
    rf"\s*(?:treatment|therapy),?\s+which\s+(?:{_USUALLY}\s+)?consists\s+of\s+", re.IGNORECASE
)
# What a patient has or is spared: "had no relapse", "reduced without any relapses".
_EVENTS = (
    r"(?:further\s+|new\s+|clinical\s+)?(?:relapses?|attacks?|disease\s+activity|progression|"
    r"flares?|symptoms?)\b"
)
_WITHOUT = re.compile(r"\bwithout\s+$", re.IGNORECASE)
_EVENT = re.compile(rf"(?:any\s+)?{_EVENTS}", re.IGNORECASE)
_BETWEEN_PATIENTS = (
    r"[^.;]{0,80}?\b(?:between|for|among|across)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:pa?ediatric|adults?|children|ages?|sex(?:es)?|genders?|men|women|males?|females?|"
    r"subgroups?|populations?)\b"
)
# Who recommends, standing where an intervention would: what is recommended follows the verb.
_RECOMMENDERS = (
    r"\b(?:we|guidelines?|recommendations|panels?|experts?|authors?|societ(?:y|ies)|committees?|"
    # "the AGA recommends against using thiopurine monotherapy": a body by its acronym.
    r"(?<=the\s)(?-i:[A-Z]{2,}[A-Za-z]*))"
)
# Words that may follow a verb of change whose subject came before it ("EDSS improved
# significantly after", "decreased from 5 to 2 after"); any other word after it is its object.
_AFTER_CHANGE_WORDS = (
    r"(?:after|following|upon|from|to|in|at|by|on|over|during|within|among|for|with|and|or|but|"
    r"than|as|again|both|all|overall|compared|between|since|until|\w+ly)\b"
)
# Words that give treatments their standing: "Current treatments for MG include ...".
_STANDING = (
    *("current", "standard", r"first[\s\-]line", r"front[\s\-]line", "upfront"),
    *("conventional", "usual"),
)
# Who reports a study, and what its aim does: "We evaluated", "This trial aimed to compare".
_STUDY_SUBJECT = r"(?:we|this\s+(?:present\s+)?(?:study|trial|review|analysis))"
# "We evaluated 15 patients with severe SLE ... who received ...": patients studied, not a
# treatment; what they received is said elsewhere in the sentence, by other words.
_PEOPLE_WORDS = "|".join(sorted(nouns.PEOPLE))
_NOT_PATIENTS = (
    r"(?!\s+(?:(?:\d+|the|all|our|these|consecutive)\s+){0,2}(?:\w+\s+)?"
    rf"(?:{_PEOPLE_WORDS}|cases)\b)"
)
# "To determine if autologous HSCT could be a salvage therapy for NMOSD": a question asked of
# a treatment says nothing of its having been given.
_STUDY_OBJECT = rf"\b{_NOT_PATIENTS}(?!\s+(?:if|whether)\b)"
_STUDY_VERB = (
    r"(?:evaluate|assess|compare|investigate|determine|examine|explore|describe|study|"
    rf"analy[sz]e|test|characteri[sz]e){_STUDY_OBJECT}"
)
RULES: tuple[Rule, ...] = (
    _rule(
        # "We do not recommend AHSCT for ...", "We recommend against ...", "We recommend that
        # AHSCT not be offered ...": the same, denied.
        "we-do-not-recommend",
        _RECOMMENDERS + r"\s+(?:also\s+|strongly\s+)?(?:(?:do|does|did|would)\s+not\s+"
        r"recommend\b(?:\s+that\b)?|recommend(?:s|ed)?\s+(?:against\b|that\s+(?=[^,;.]{1,60}?"
        r"\bnot\s+be\b)))",
        RECOMMENDATION,
        "recommendedFor",
        DISEASE,
        direction="Against",
        strength="Recommended",
        negated=True,
        subject_after=40,
    ),
    _rule(
        "not-recommended",
        r"\b(?:is|are|was|were)\s+not\s+(?:currently\s+)?recommended\b|\bnot\s+recommended\b|"
        r"\brecommend(?:s|ed)?\s+against\b|\bshould\s+not\s+be\s+(?:used|offered|given|considered)\b|"
        r"\b(?:does|do|did)\s+not\s+recommend\b",
        RECOMMENDATION,
        "recommendedFor",
        DISEASE,
        direction="Against",
        strength="Recommended",
        negated=True,
    ),
    _rule(
        # "Both identified guidelines recommend the use of autologous hematopoietic stem cell
        # transplantation as standard of care for ...": who recommends stands first, what is
        # recommended after the cue.
        "recommend-use",
        r"\brecommend(?:s|ed)?\s+(?:the\s+use\s+of|using)\b",
        RECOMMENDATION,
        "recommendedFor",
        DISEASE,
        direction="InFavour",
        strength="Recommended",
        subject_after=60,
    ),
    _rule(
        # "We recommend AHSCT for ...", "Guidelines recommend AHSCT for ...": who recommends
        # names no intervention; what is recommended follows the verb.
        "we-recommend",
        _RECOMMENDERS + r"\s+(?:also\s+|strongly\s+|would\s+|do\s+|now\s+)?recommend(?:s|ed)?\b"
        r"(?:\s+that\b)?(?!\s+(?:against|the\s+use\s+of|using)\b)",
        RECOMMENDATION,
        "recommendedFor",
        DISEASE,
        direction="InFavour",
        strength="Recommended",
        subject_after=40,
    ),
    _rule(
        "recommended",
        r"\b(?:has|have)\s+been\s+(?:strongly\s+|also\s+)?recommended\b|"
        r"\b(?:is|are|was|were)\s+(?:strongly\s+|also\s+)?recommended\b|\brecommends?\b(?!\s+against)|"
        r"\bshould\s+(?:only\s+)?be\s+(?:proposed|offered)\b",
        RECOMMENDATION,
        "recommendedFor",
        DISEASE,
        direction="InFavour",
        strength="Recommended",
    ),
    _rule(
        "may-be-considered",
        r"\b(?:may|should|can|could|might|to)\s+(?:also\s+)?be\s+considered\b"
        r"(?!\s+(?:an?\s+)?experimental)"
        # "AT-MSCs ... may be considered feasible and safe": a study's judgement of the
        # treatment, no recommendation to use it.
        r"(?!\s+(?:(?:as\s+)?(?:very|highly|relatively|generally|both)\s+)?(?:feasible|safe|"
        r"effective|efficacious|promising|useful|beneficial|well[\s\-]tolerated|tolerable|"
        r"acceptable|successful)\b)",
        RECOMMENDATION,
        "recommendedFor",
        DISEASE,
        direction="InFavour",
        strength="MayBeConsidered",
    ),
    _rule(
        # "has been approved for treatment for", "a ... product approved for": a regulatory
        # standing (hkg:Approved).
        "approved-for",
        r"\bapproved\s+(?:by\s+(?:the\s+)?[^,;()]{1,60}?\s+(?:\([A-Z]+\)\s+)?)?"
        # "was approved as the first systemic therapy indicated in PN"
        r"(?:as\s+(?:an?|the)\s+[^,;()]{1,60}?\s+(?:indicated\s+)?)?(?:for|in)"
        r"(?:\s+(?:the\s+)?(?:treatment|use)\s+(?:of|for|in))?\b",
        STATUS,
        "approvedFor",
        DISEASE,
        status="Approved",
        strength="Asserted",
    ),
    _rule(
        # "is an accepted treatment in refractory Crohn's disease": established care, the
        # opposite standing to "experimental" (hkg:Established).
        "accepted-for",
        r"\b(?:is|are|was|were|has\s+become|have\s+become|remains?)\s+(?:now\s+|still\s+)?"
        # "are the current treatment options for patients with severe ... MG"
        # "is the current standard therapy for pulmonary alveolar proteinosis"
        r"(?:an?\s+|the\s+)?(?:\w+ly\s+)?(?:(?:accepted|established|standard(?:-of-care)?|"
        r"current|first-line)\s+){1,2}(?:treatment|therapy|(?:therapeutic\s+|treatment\s+)?"
        r"option|care)s?\s+"
        r"(?:for|in)\b|"
        # "is a standard of care in other autoimmune diseases"
        r"\b(?:is|are|was|were|has\s+become|have\s+become|remains?)\s+(?:now\s+)?"
        r"(?:an?\s+|the\s+)?standard\s+of\s+care\s+(?:for|in)\b|"
        # "is the method of choice for patients with refractory multiple sclerosis"
        r"\b(?:is|are|was|were|has\s+become|have\s+become|remains?)\s+(?:now\s+|still\s+)?"
        r"(?:an?\s+|the\s+)?(?:treatment|therapy|method|procedure|option)\s+of\s+choice\s+"
        r"(?:for|in)\b",
        STATUS,
        "establishedFor",
        DISEASE,
        status="Established",
        strength="Asserted",
    ),
    _rule(
        # "Current treatments for MG include anticholinesterase inhibitors, ...", "Standard
        # treatment of SSc includes cyclophosphamide": the disease stands before "include",
        # the treatments in established use after it.
        "treatments-include",
        # "Upfront treatment of acute TTP includes plasma exchange and corticosteroids"
        rf"\b(?:{'|'.join(_STANDING)})\s+(?:clinical\s+)?"
        r"(?:treatments?|therap(?:y|ies)|treatment\s+options?)\s+(?:for|of|in)\s+[^,;()]{1,60}?\s+"
        # "First line treatment options for cutaneous lupus ... comprise topical corticosteroids"
        r"(?P<cue>(?:mainly\s+|usually\s+|typically\s+)?(?:includes?|comprises?)\b)",
        STATUS,
        "establishedFor",
        DISEASE,
        status="Established",
        strength="Asserted",
        scope="before",
        subject_after=0,
    ),
    _rule(
        # "Treatments for PTP include intravenous immunoglobulin, corticosteroids, and
        # plasmapheresis", "treatments described for GBFDE include supportive care, ...": the
        # treatments reported for a disease, with no word of their standing (compare
        # "treatments-include").
        "treatments-reported-include",
        "".join(rf"(?<!\b{word}\s)" for word in (*_STANDING, "clinical"))
        + r"\b(?:treatments|therapies|treatment\s+options)\s+"
        r"(?:(?:described|used|reported|proposed|tried)\s+)?(?:for|of|in)\s+[^,;()]{1,60}?\s+"
        r"(?P<cue>(?:mainly\s+|usually\s+|typically\s+)?(?:include|comprise)\b)",
        EVIDENCE_OF_USE,
        "usedToTreat",
        DISEASE,
        strength="Reported",
        scope="before",
        subject_after=0,
    ),
    _rule(
        "effective-for",
        r"\b(?:an?\s+)?(?:highly\s+|very\s+|potentially\s+|particularly\s+|rather\s+|quite\s+)?"
        # "is effective and safe treatment for", "appears to be rather safe and effective
        # method for"
        r"(?:(?:safe|feasible|well[\s\-]tolerated),?\s+and\s+)?"
        r"(?:effective|efficacious|beneficial|useful|promising|valuable)\s+"
        r"(?:and\s+(?:safe|feasible|well[\s\-]tolerated)\s+)?"
        # "has emerged as an effective immunotherapy for"
        r"(?:treatment|therapy|therapeutic\s+option|option|(?:treatment\s+)?choice|approach|"
        r"intervention|strategy|tool|"
        r"immunotherap(?:y|ie)|therapeutic|modalit(?:y|ie))s?\s+"
        r"(?:for|in)\b(?:\s+the\s+(?:treatment|management)\s+of\b)?|"
        r"\b(?:(?:safe|feasible)\s+and\s+)?(?:effective|efficacious)\s+(?:and\s+safe\s+)?method\s+"
        r"(?:for|in)\b|"
        # "HSCT is a very effective treatment of inflammatory active MS" ("an effective
        # therapy of HUC-MSCs" names the therapy after "of").
        r"\b(?:is|are|was|were)\s+an?\s+(?:very\s+|highly\s+)?effective\s+treatment\s+of\b|"
        # "is potentially curative for psoriasis"
        r"\b(?:is|are|was|were|be|been)\s+(?:potentially\s+|often\s+|sometimes\s+)?"
        r"curative\s+(?:for|in)\b|"
        # "appears safe and effective in", "appeared to be feasible, safe, and efficacious in",
        # "Omalizumab proved effective in patients with symptomatic dermographism"
        rf"{_IS_OR_SEEMS}"
        # "was not effective in MS": ConText denies it; "is not more effective than X" says
        # only that it is not better.
        r"(?:not\s+(?![^,;]{0,60}\bthan\b))?(?:highly\s+|very\s+|more\s+|also\s+)?"
        # "are potentially efficacious in managing moderate-to-severe HS": a hedge the claim
        # keeps (_HEDGED_CUE).
        r"(?:potentially\s+|possibly\s+)?"
        r"(?:(?:feasible|safe|well\s+tolerated|tolerable),?\s+(?:and\s+)?){0,3}"
        # "might be of some benefit in selected patients with otherwise intractable solar
        # urticaria"
        r"(?:effective|efficacious|beneficial|advantageous|"
        r"of\s+(?:some\s+|great\s+|particular\s+|potential\s+|clinical\s+)?benefit)\b"
        # "have shown to be effective and safe for chronic antibiotic-refractory pouchitis"
        r"(?:,?\s+and\s+(?:safe|feasible|well[\s\-]tolerated)\b)?(?:\s+than\s+[^,;]{1,60}?)?"
        r"(?=[\s,]+(?:especially\s+|particularly\s+)?"
        r"(?:in|for)\b)",
        EFFICACY,
        "effectiveFor",
        DISEASE,
        direction="Improves",
    ),
    _rule(
        # "is a therapeutic option for", "may be a potential treatment for", "could have a
        # role in the treatment of", "have shown efficacy in": an intervention's use for a
        # disease, stated as an option or a role rather than with an endpoint.
        "option-for",
        r"\b(?:is|are|was|were|be|been|represents?|remains?|offers?|provides?)\s+"
        r"(?:now\s+|still\s+|also\s+)?"
        # "has been explored as a potential therapeutic strategy for": under investigation.
        r"(?!(?:explored|investigated|studied|evaluated|tested|assessed)\b)"
        # "has been utilized as a treatment option for MS since 1995": a use, not a result.
        r"(?!(?:used|utili[sz]ed|employed|applied)\s+as\b)"
        # "has been recognized as an option for such patients"
        # "Thymectomy is also considered a treatment option for"
        r"(?:(?:recogni[sz]ed|regarded|considered|seen|proposed)\s+as\s+|considered\s+)?"
        r"(?:an?\s+|the\s+|another\s+)?(?!(?:[\w\-]+\s+){0,3}?(?:experimental|investigational|"
        r"emerging)\b)"
        # "there remains a need for effective management strategies for patients with IS": a
        # treatment still wanted, no option had.
        r"(?!needs?\b)"
        r"(?:(?:[\w\-]+,?\s+){0,4}?(?:therapeutic|salvage)\s+(?:options?|strategy|strategies|"
        r"approach(?:es)?|tools?|modality|therapy|treatment|interventions?)|"
        # "is a viable option in SLE", "a potentially curative immunomodulatory strategy for"
        # "an aggressive, but successful curative modality for patients with AIE"
        r"(?:[\w\-]+,?\s+){0,4}?(?:options?|strategy|strategies|modality|modalities)|"
        # "represent a novel approach to diabetes treatment"
        r"(?:potential|possible|effective|novel|new|promising|salvage)\s+(?:treatment|therapy|"
        r"approach(?:es)?(?=\s+to\b)|solution)|"
        # "an intensive but well tolerated and effective treatment option for"
        r"(?:[\w\-]+,?\s+){0,6}?(?:treatment|therapy)\s+(?:options?|modality|strategy))\s+"
        r"(?:for|in|to)\b|"
        r"\b(?:potential\s+|important\s+)?role\s+in\s+the\s+(?:treatment|therapy|management)\s+"
        r"of\b|"
        # "showed efficacy in SSc", "has shown remarkable outcomes in patients with SLE",
        # "have shown promising results in ... SSc": an evaluative verb and its result noun.
        # "has shown preliminary efficacy in people with relapsing multiple sclerosis"; "shows
        # potential therapeutic effect in SLE" (a hedge the claim keeps, _HEDGED_CUE), never
        # "showed toxic effects in".
        r"\b(?:show(?:s|ed|n)?|demonstrat(?:es|ed)|yield(?:s|ed)?|exhibit(?:s|ed)?)\s+"
        r"(?:an?\s+)?(?:(?:remarkable|promising|preliminary|potential|"
        r"encouraging|good|excellent|favou?rable|significant|clinical|therapeutic|durable|"
        r"impressive|substantial|high)\s+){0,2}(?:efficacy|effectiveness|benefits?|outcomes|"
        r"results|responses|activity|(?<=therapeutic\s)effects?|(?<=beneficial\s)effects?)\s+"
        r"(?:in|for|across)\b|"
        # "have great potentials in autoimmune diseases and could be novel therapeutics for"
        r"\b(?:great|therapeutic|clinical|considerable)\s+potentials?\s+(?:in|for)\b|"
        r"\b(?:novel|new|potential|promising)\s+therapeutics?\s+(?:for|in)\b",
        EFFICACY,
        "effectiveFor",
        DISEASE,
        direction="Improves",
    ),
    _rule(
        "experimental",
        r"\b(?:remains?|is|are|was|were)\s+(?:still\s+)?(?:considered\s+)?(?:to\s+be\s+)?(?:an?\s+)?"
        r"(?:experimental|investigational)\b(?:\s+(?:treatment|therapy|option|approach)s?)?",
        STATUS,
        "experimentalFor",
        DISEASE,
        status="Experimental",
        strength="Asserted",
    ),
    _rule(
        # "HCT is an emerging therapy for patients with severe autoimmune diseases"
        "emerging",
        r"\b(?:is|are|was|were|remains?)\s+(?:still\s+)?(?:an?\s+)?emerging\s+"
        r"(?:treatments?|therapy|therapies|therapeutic\s+options?|options?|approach(?:es)?)\s+"
        r"(?:for|in)\b",
        STATUS,
        "underInvestigationFor",
        DISEASE,
        status="Investigational",
        strength="Asserted",
    ),
    _rule(
        # "Stiff person syndrome represents a novel indication for auto-HSCT": the disease
        # stands first, the intervention after the cue (see _draft_statement).
        "indication-for",
        r"\b(?:is|are|represents?|remains?|has\s+become)\s+(?:an?\s+|the\s+)?(?:novel|new|emerging|"
        r"potential)\s+indications?\s+for\b",
        STATUS,
        "underInvestigationFor",
        DISEASE,
        status="Investigational",
        strength="Asserted",
        scope="before",
        subject_after=60,
    ),
    _rule(
        "under-investigation",
        r"\b(?:trials?|studies)\s+(?:aim|aims|are\s+(?:evaluating|investigating|assessing|testing))\b|"
        r"\b(?:being|been)\s+(?:investigated|evaluated|studied|tested|assessed|explored)\b|"
        r"\b(?:is|are)\s+(?:investigated|evaluated|studied|tested|assessed)\s+in\b|"
        r"\bunder\s+investigation\b",
        STATUS,
        "underInvestigationFor",
        DISEASE,
        status="Investigational",
        strength="Asserted",
    ),
    _rule(
        # "Patients with refractory MG have been successfully treated with stem cell
        # transplantation": the population names the disease, the agent the intervention.
        "successfully-treated",
        # "four case reports of refractory ENL successfully treated with infliximab"
        r"\b(?:(?:(?:has|have|had)\s+been|(?:was|were))\s+)?successfully\s+treated\s+with\b",
        EFFICACY,
        "effectiveFor",
        DISEASE,
        direction="Improves",
        scope="clause",
        subject_after=40,
    ),
    _rule(
        # "MSCs have immunosuppressive effects and can treat AIH", "effectively treats
        # psoriasis": the disease treated is one the treatment helps ("used to treat" is a use,
        # "to treat" a purpose).
        "treats-disease",
        r"(?<!\bto\s)\b(?:(?:can|could|may|might)(?:\s+(?:potentially|possibly|also|"
        r"successfully|effectively))?|successfully|effectively)\s+treat(?:s|ed)?\b"
        r"(?!\s+with\b)",
        EFFICACY,
        "effectiveFor",
        DISEASE,
        direction="Improves",
    ),
    _rule(
        # "Five progressive multiple sclerosis patients were treated with anti-BCMA CAR-T
        # therapy": a report of use; the patients name the disease, the agent the intervention.
        # "DIHS is treated with high doses of corticosteroids": the disease itself, in general.
        "treated-with",
        r"\b(?:(?:has|have|had)\s+been|(?:is|are|was|were))"
        r"(?:\s+(?:commonly|usually|typically|often|generally|mainly|primarily|routinely))?"
        r"\s+treated\s+with\b|"
        # "She was diagnosed to have SLE with LAHPS and treated with ...": the auxiliary of
        # the verb before serves both.
        # (see _DIAGNOSED_BEFORE).
        r"\band\s+(?:then\s+|later\s+|subsequently\s+)?treated\s+with\b|"
        # "She was started on high dose systemic corticosteroids", "the patient was put under
        # oral prednisolone", "placed on corticosteroids": case reports' words for the same.
        r"\b(?:was|were|is|are)\s+(?:then\s+|later\s+|subsequently\s+|initially\s+)?"
        r"(?:started|put|placed|maintained)\s+(?:on|under)\b",
        EVIDENCE_OF_USE,
        "usedToTreat",
        DISEASE,
        strength="Reported",
        scope="clause",
        subject_after=40,
    ),
    _rule(
        # "RCD I seems to respond well to azathioprine/prednisone therapy", "patients with
        # lupus responded well to HSCT": the disease stands first, the treatment after "to".
        "responds-well-to",
        r"(?<!\bnot\s)(?<!\bnever\s)\brespond(?:s|ed|ing)?\s+"
        r"(?:very\s+|particularly\s+|remarkably\s+)?(?:well|favou?rably)\s+to\b|"
        # "ILD in one patient rapidly responded to tofacitinib monotherapy", "Both SAPHO and
        # CRMO respond to TNF-alpha blockade": a response seen, not of those a relative clause
        # picks out ("patients who responded to ...").
        r"(?<!\bnot\s)(?<!\bnever\s)(?<!\bwho\s)(?<!\bthat\s)\bresp(?:onded|ond|onds)\s+"
        r"(?:(?:rapidly|promptly|quickly|completely|dramatically|fully)\s+)?to\b|"
        # "An unpublished case of persistent ENL responsive to infliximab"
        r"(?<!\bnot\s)(?<![\w\-])responsive\s+to\b",
        EFFICACY,
        "effectiveFor",
        DISEASE,
        direction="Improves",
        scope="clause",
        subject_after=40,
    ),
    _rule(
        # "was treated with plasma exchange without improvements", "treated with ...
        # methylprednisolone without benefit": the treatment did not help the disease the
        # clause names.
        "without-improvement",
        r"\bwith(?:out|\s+no)\s+(?:(?:any|significant|clinical|further|obvious|notable)\s+)*"
        r"(?:improvements?|benefit|response)\b(?!\s+(?:in|of|to)\b)",
        EFFICACY,
        "effectiveFor",
        DISEASE,
        direction="Improves",
        negated=True,
        scope="clause",
    ),
    _rule(
        "ineffective",
        # "Rituximab was ineffective in lupus nephritis": "effective", denied in one word.
        rf"{_IS_OR_SEEMS}"
        r"(?:\w+ly\s+)?ineffective\b(?=[\s,]+(?:in|for|as)\b)",
        EFFICACY,
        "effectiveFor",
        DISEASE,
        direction="Improves",
        negated=True,
    ),
    _rule(
        # "did not respond to HSCT", "remained unresponsive to rituximab": the same, denied;
        # but not of those a relative clause picks out ("Omalizumab proved effective in
        # patients with symptomatic dermographism, who did not respond to antihistamines").
        "does-not-respond-to",
        r"(?<!\bwho\s)(?<!\bthat\s)"
        r"\b(?:(?:did|does|do)\s+not|never)\s+respond(?:ed)?\s+(?:well\s+)?to\b|"
        r"\bfailed\s+to\s+respond\s+to\b|"
        r"\b(?:was|were|is|are|remained)\s+(?:non-?responsive|unresponsive)\s+to\b|"
        # "severe retinal vasculitis that was refractory to steroid therapy": said of the
        # disease ("patients who were refractory to ..." picks the patients out).
        r"(?<!\bwho\s)\b(?:was|were|remained|became|proved)\s+(?:\w+ly\s+)?refractory\s+to\b",
        EFFICACY,
        "effectiveFor",
        DISEASE,
        direction="Improves",
        negated=True,
        scope="clause",
        subject_after=40,
    ),
    _rule(
        # "Prospective studies investigating the efficacy and safety of HSCT in the treatment
        # of refractory MG are warranted", "The effects of CD19-targeting CAR T cells on ...
        # systemic sclerosis have yet to be characterised": what is not known yet.
        "needs-research",
        r"\b(?:is|are)\s+(?:still\s+|urgently\s+)?warranted\b|"
        r"(?<=\bresearch\s)is\s+(?:still\s+)?needed\b|(?<=\bstudies\s)are\s+(?:still\s+)?needed\b|"
        r"\b(?:has|have)\s+yet\s+to\s+be\s+(?:characteri[sz]ed|determined|established|defined|"
        r"elucidated|clarified)\b|"
        r"\bremains?\s+to\s+be\s+(?:determined|established|elucidated|clarified)\b",
        STATUS,
        "needsResearchFor",
        DISEASE,
        status="NeedsResearch",
        strength="Asserted",
        scope="clause",
    ),
    _rule(
        "used-to-treat",
        # "has also been increasingly applied for": how often or widely it was used.
        r"\b(?:has|have)\s+(?:also\s+)?been\s+(?:\w+ly\s+)?(?:used|utili[sz]ed|given|administered|"
        r"applied|tried|employed|"
        # "few detailed studies have been performed to investigate ...": the studies' purpose.
        r"performed)(?!\s+to\s+(?:investigate|assess|evaluate|determine|examine|explore|study|"
        r"compare|test)\b)(?:\s+successfully)?(?:\s+(?:to\s+(?:treat|remit|manage|control|cure)|to|in|"
        r"for\s+the\s+treatment\s+of|for|as\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}?(?:treatment|therapy)"
        r"(?:\s+options?)?\s+for))?\b|"
        r"\b(?:used|performed|given|administered)\s+to\s+treat\b|"
        # "only 54 cases detailing the use of cyclosporine for the treatment of DRESS": reports
        # of use.
        r"\b(?:cases|reports|studies|series)\s+(?:detailing|describing|reporting|documenting)"
        r"\s+(?:the\s+)?use\s+of\b|"
        # "is increasingly and successfully applied to patients with treatment-resistant
        # autoimmune diseases"
        r"\b(?:is|are)\s+(?:\w+ly\s+(?:and\s+\w+ly\s+)?)?applied\s+(?:to|in)\b"
        r"(?=\s+(?:[\w\-]+\s+){0,3}?(?:patients|children|adults|people|individuals)\b)|"
        # "Oral immunosuppressants are used for NMOSD relapse prevention"
        r"\b(?:is|are)\s+(?:commonly\s+|widely\s+|currently\s+|routinely\s+)?used\s+"
        r"(?:for|in)\b|"
        # "Extracorporeal photopheresis (ECP) is a commonly used treatment for severe GVHD"
        r"\b(?:is|are)\s+(?:an?\s+)?(?:commonly|widely|frequently|often|routinely)\s+used\s+"
        r"(?:[\w\-]+\s+){0,2}?(?:treatments?|therap(?:y|ies)|options?)\s+(?:for|in)\b|"
        # "is increasingly used as a one-off disease-modifying therapy for aggressive forms of MS"
        r"\b(?:is|are)\s+(?:\w+ly\s+)?used\s+as\s+(?:an?\s+)?(?:[\w\-]+\s+){0,3}?"
        r"(?:treatment|therapy)\s+(?:for|in)\b|"
        # "were tested in a few patients with SSc": a report of use, not a standing (compare
        # "are being evaluated in").
        # "Rheumavax was administered once intradermally at two progressive dose levels to 18
        # ... patients with RA": how and how much it was given may come between.
        r"\b(?:was|were)\s+(?:tested|trialled|trialed|evaluated|studied|used|given|administered)\s+"
        r"(?:[\w\-]+\s+){0,8}?(?:in|to)\b(?=\s+(?:\S+\s+){0,8}?(?:patients|subjects|"
        r"individuals|people|children|adults|cases)\b)|"
        # "Intravitreal bevacizumab (IVB) was administered for macular edema": given for a
        # disease (a time it was given for names none).
        r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:given|administered|used|started|initiated|prescribed)"
        r"\s+for\b",
        EVIDENCE_OF_USE,
        "usedToTreat",
        DISEASE,
        strength="Reported",
    ),
    _rule(
        # "To evaluate the efficacy and safety of extracorporeal photochemotherapy in patients
        # with steroid-dependent Crohn's disease", "The aim of this study was to assess ...",
        # "This study evaluated ...": a study's aim says what it gave for which disease, and
        # nothing of how that went.
        "study-aim",
        rf"^\s*(?:to|{_STUDY_SUBJECT}\s+(?:aimed|sought|was\s+designed)\s+to)\s+{_STUDY_VERB}|"
        rf"^\s*{_STUDY_SUBJECT}\s+(?:evaluated|assessed|investigated|examined|compared|studied|"
        rf"explored|analy[sz]ed){_STUDY_OBJECT}|"
        r"\b(?:the|our)\s+(?:main\s+|primary\s+)?(?:aims?|objectives?|purposes?|goals?)\s+"
        r"(?:of\s+(?:this|the|our)\s+(?:present\s+)?(?:study|trial|review|analysis|work|paper)\s+)?"
        rf"(?:was|were|is|are)\s+to\s+{_STUDY_VERB}",
        EVIDENCE_OF_USE,
        "usedToTreat",
        DISEASE,
        strength="Reported",
        subject_after=0,
    ),
    _rule(
        "mechanism",
        r"\b(?:work|works|worked|act|acts|acted|acting|working)\s+(?:by|through|via)\b|"
        r"\bmechanisms?\s+(?:include|includes|involve|involves)\b|\bmediated\s+by\b|"
        # "restores self-tolerance through a cell-intrinsic mechanism, involving the
        # reprogramming of autoreactive T cells"; "HSCT-mediated amelioration of autoimmune
        # disease involves renewal of the Treg pool": what the benefit comes about through.
        r"\bmechanisms?,?\s+involving\b|"
        r"\b(?:amelioration|improvement|benefits?|efficacy|effects?)\s+of\s+[^,;]{1,60}?\s+"
        r"involves?\b|"
        # "MSCs play an important role in endogenous tissue repair"; "a role in the treatment
        # of" is a use (option-for), not a mechanism.
        r"\bplay(?:s|ed)?\s+(?:an?\s+)?(?:important|key|central|major|crucial|critical)\s+"
        # "play an important role in the pathogenesis of AA" is how the disease arises, as is
        # "in the initiation and maintenance of".
        # "plays an important role in the induction and maintenance therapy of AAV" is a use.
        r"roles?\s+in\b(?!\s+the\s+(?:treatment|management|pathogenesis|development|onset|"
        r"initiation|maintenance|progression|perpetuation|induction|therapy)\b)|"
        # "MSCs can restore tissues by their immunomodulatory function": the means of an
        # action is how the intervention works.
        # "have shown promise due to their immunosuppressive properties", "owing to their
        # immunosuppressive properties": the reason given is how they work. "Its potential
        # immunomodulatory activity" is a hedge this rule's assertion would drop.
        r"\b(?:by|through|via|due\s+to|owing\s+to)\s+(?:their|its)\s+(?!potential\b)"
        r"(?=[\w\-]+\s+(?:[\w\-]+\s+)?"
        r"(?:functions?|effects?|properties|property|activity|activities|actions?|capacity|"
        r"secretion|differentiation|ability)\b)",
        MECHANISM,
        "actsVia",
        PROCESS,
        strength="Asserted",
        scope="clause-after",
    ),
    _rule(
        "requires",
        # "Standard treatments consist of transfusions, corticosteroids, splenectomy, ...": the
        # treatments a disease is given are options, no steps of one procedure.
        r"(?<!\btreatments\s)(?<!\btherapies\s)(?<!\boptions\s)"
        # "responds rapidly to treatment, which primarily consists of corticosteroid therapy":
        # what the treatment is, not a step of it.
        r"(?<!\btreatment,\swhich\s)(?<!\btherapy,\swhich\s)"
        r"(?<!\btreatment\swhich\s)(?<!\btherapy\swhich\s)"
        rf"\b(?:{_USUALLY}\s+|{_NOT_AFTER_USUALLY})"
        r"(?:requires?|required|involves?|involving|"
        r"consist(?:s|ed)?\s+of|comprises?|comprised|entails?)\b"
        # "remain uncertain and require confirmation in larger, controlled trials": research
        # still needed, no step of the treatment.
        r"(?!\s+(?:further\s+|additional\s+)?(?:confirmation|validation|investigation|"
        r"evaluation|research|stud(?:y|ies)|trials?)\b)",
        PROCEDURE_STEP,
        "hasProcedureStep",
        STEP,
        strength="Required",
    ),
    _rule(
        # "Careful patient selection and risk-benefit assessment are essential to minimize
        # the risks associated with stem cell transplants": what lowers an intervention's
        # risks, named before the cue.
        "minimises-risks",
        r"\b(?:is|are)\s+(?:essential|important|necessary|needed|crucial|key|required)\s+to\s+"
        r"(?:minimi[sz]e|reduce|lower|mitigate|limit)\s+(?:the\s+)?risks?\b",
        RISK_MITIGATION,
        "risksMinimisedBy",
        INTERVENTION,
        direction="Reduces",
        strength="Required",
        scope="before",
        subject_after=0,
    ),
    _rule(
        "essential",
        r"\b(?:is|are)\s+(?:essential|required|necessary|needed|crucial|mandatory|important)\b",
        PROCEDURE_STEP,
        "hasProcedureStep",
        STEP,
        strength="Required",
        scope="before",
    ),
    _rule(
        "risk-higher-in",
        r"\brisks?\s+of\b(?=[^.;]*?\b(?:is|are|was|were)\s+(?:higher|increased|greater|elevated)\b)",
        RISK_FACTOR,
        "increasesRiskOf",
        ADVERSE_EVENT,
        direction="Increases",
        strength="Asserted",
        scope="risk",
    ),
    _rule(
        # "There were no deaths and no patients who received HSCT developed ... toxicities".
        "there-were-none",
        r"\bthere\s+(?:were|was|have\s+been|has\s+been)\s+no\b"
        r"(?!\s+(?:statistically\s+)?(?:significant\s+)?(?:differences?|change|improvement))",
        SAFETY,
        "hasAdverseEvent",
        ADVERSE_EVENT,
        direction="AssociatedWith",
        negated=True,
    ),
    _rule(
        "none-observed",
        r"\bno\s+(?!(?:significant\s+)?(?:changes?|differences?)\b)"
        r"(?=(?:[\w\-]+\s+){0,7}?(?:(?:were|was)\s+(?:observed|reported|seen|recorded|"
        r"noted|identified|detected|found)|occurred)\b)",
        SAFETY,
        "hasAdverseEvent",
        ADVERSE_EVENT,
        direction="AssociatedWith",
        negated=True,
    ),
    _rule(
        # "Adverse events were more frequent with AHSCT in the first 100 days": the harms come
        # before the cue, the intervention after it.
        "harm-more-frequent-with",
        r"\b(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:more\s+(?:frequent|common)|higher|increased)\s+"
        r"(?:with|after|following)\b",
        SAFETY,
        # a comparison, as "higher rates of infection" is: more than without it
        "increasesRiskOf",
        ADVERSE_EVENT,
        direction="Increases",
        scope="before",
        subject_after=40,
    ),
    _rule(
        # "He continued benralizumab ... for 12 months without experiencing any side effects":
        # the harms are denied.
        "without-harm",
        r"\bwithout\s+(?:experiencing\s+|developing\s+|having\s+|reporting\s+)?(?:any\s+)?"
        r"(?=(?:(?:serious|significant|major|severe|notable|relevant)\s+)?(?:side[\s\-]effects?|"
        r"adverse\s+(?:events?|effects?|reactions?)|toxicit(?:y|ies)|complications?)\b)",
        SAFETY,
        "hasAdverseEvent",
        ADVERSE_EVENT,
        direction="AssociatedWith",
        negated=True,
    ),
    _rule(
        # "MSC was safe without acute or late adverse effects": the harms are denied.
        "safe-without",
        r"\b(?:safe|tolerated|feasible)\b[\w\s,]{0,40}?\b(?:without|with\s+no)\b",
        SAFETY,
        "hasAdverseEvent",
        ADVERSE_EVENT,
        direction="AssociatedWith",
        negated=True,
    ),
    _rule(
        # "Infections, fever, ... were the most common adverse reactions among participants
        # receiving Ryoncil": the harms come before the cue, the intervention after it.
        "most-common-harms",
        r"\b(?:were|was|are|is)\s+(?:the\s+)?(?:most\s+)?(?:common(?:ly\s+reported)?|frequent"
        r"(?:ly\s+reported)?)\s+(?:\w+\s+)?(?:adverse\s+(?:reactions?|events?|effects?)|"
        r"side\s+effects?|toxicit(?:y|ies)|complications?)\b",
        SAFETY,
        "hasAdverseEvent",
        ADVERSE_EVENT,
        direction="AssociatedWith",
        scope="before",
    ),
    _rule(
        # "The most common causes of death were AID progression, infections, and organ failure"
        "causes-of-death",
        r"\bcauses?\s+of\s+(?:death|mortality)\s+(?:were|was|included?|are|is)\b|"
        # "The most frequent adverse events were neutropenia and infection", "The major
        # complications of ASCT were fever and symptom of gastrointestinal tract"
        r"\b(?:most\s+)?(?:common|frequent|major|main|principal)(?:ly\s+reported)?\s+(?:\w+\s+)?"
        r"(?:adverse\s+(?:reactions?|events?|effects?)|side\s+effects?|toxicit(?:y|ies)|"
        r"complications?)(?:\s+(?:of|after|following)\s+[^,;]{1,60}?)?\s+"
        r"(?:were|was|included?|are|is)\b",
        SAFETY,
        "hasAdverseEvent",
        ADVERSE_EVENT,
        direction="AssociatedWith",
    ),
    _rule(
        # "HSCT-related mortality in medically complex MG patients may be high", "The
        # transplant-related mortality at 100 days was 9.5%": a harm and how often it occurs.
        "harm-level",
        r"\b(?:is|are|was|were|(?:may|might|can|could)\s+be|remains?)\s+(?:(?:very|relatively|"
        r"considerably|still|rather)\s+)?(?:high|low|considerable|substantial|acceptable|"
        r"\d[\d.,]*\s*%)(?![\w%])",
        SAFETY,
        "hasAdverseEvent",
        ADVERSE_EVENT,
        direction="AssociatedWith",
        scope="before",
    ),
    _rule(
        # "One patient died due to infectious complications", "died of pseudomonas sepsis".
        "died-of",
        # "one with transient response died of progressive disease": the disease the treatment
        # failed to stop is no harm it caused.
        r"\b(?:died\s+(?:due\s+to|of|from|because\s+of)|deaths?\s+(?:due\s+to|from))\b"
        r"(?!\s+(?:(?:the|their|his|her)\s+)?(?:progressive\s+disease|(?:underlying\s+)?disease\s+"
        r"progression|(?:the\s+)?underlying\s+disease|relapse)\b)",
        SAFETY,
        "hasAdverseEvent",
        ADVERSE_EVENT,
        direction="AssociatedWith",
    ),
    _rule(
        # "vedolizumab was significantly less likely than placebo to be associated with
        # new/worsening arthritis": a harm made rarer, never one the treatment brings; placed
        # before "associated-with" so that the comparison, not its last words, is the cue.
        "less-likely",
        r"\bless\s+likely\s+(?:than\s+[^,;()]{1,80}?\s+)?to\s+(?:have|experience|develop|"
        r"suffer(?:\s+from)?|be\s+(?:associated\s+with|linked\s+to))\b",
        EFFICACY,
        "reduces",
        OUTCOME,
        direction="Reduces",
    ),
    _rule(
        "higher-risk",
        r"\b(?:higher|increased|greater|elevated|raised)\s+(?:risks?|incidence)\s+of\b|"
        # "leave the body vulnerable to a host of infections"
        r"\b(?:vulnerable|susceptible|prone)\s+to\b",
        SAFETY,
        "increasesRiskOf",
        ADVERSE_EVENT,
        direction="Increases",
    ),
    _rule(
        "associated-with",
        # "death caused by thrombosis" names what caused the death, and "all-cause death" a
        # kind of death: neither is caused by the treatment.
        r"\b(?:associated|linked)\s+(?:with|to)\b|(?<![\-‐])\bcaus(?:e|es|ed)\b(?!\s+by\b)|"
        r"\b(?:lead(?:s)?|led)\s+to\b|"
        r"\bcarr(?:y|ies|ied)\s+(?:\w+\s+)?risks?(?:,?\s+including)?\b|"
        # "were treated with two to six cycles of ECP, resulting in complete remission"
        r"\bresult(?:s|ed|ing)?\s+in\b|"
        # "A significant association was observed between autologous HSCT and ... neutropenia"
        r"\bassociation\s+(?:\w+\s+){0,3}?between\b",
        SAFETY,
        "hasAdverseEvent",
        ADVERSE_EVENT,
        direction="AssociatedWith",
    ),
    _rule(
        "no-difference",
        r"\bno\s+(?:statistically\s+)?(?:significant\s+)?differences?\s+(?:in|on)\b"
        # "No significant differences in responses to ECP for pediatric and adult populations":
        # patients compared with patients, not the treatment with its comparator.
        rf"(?!{_BETWEEN_PATIENTS})|"
        # "no changes were observed in autoantibody titers"
        r"\bno\s+(?:significant\s+)?changes?\s+(?:were|was)\s+(?:observed|seen|found|detected)\s+in\b|"
        r"\bdid\s+not\s+differ\s+(?:in|on)\b",
        EFFICACY,
        "improves",
        OUTCOME,
        direction="Improves",
        negated=True,
        # "no significant differences in the overall number of adverse events": a harm no
        # more frequent is a harm the treatment is not associated with.
        harm="AssociatedWith",
    ),
    _rule(
        # "Complete remission was achieved in 12 of 15 patients after AHSCT": the result is
        # the subject, the intervention is named after it or not at all.
        "passive-result",
        # "complete remissions can be achieved in refractory polychondritis", "Clinical
        # remission has been achieved in all patients with polychondritis" likewise.
        r"\b(?:was|were|(?:can|could|may|might)\s+be|(?:has|have|had)\s+been)\s+"
        r"(?:achieved|attained|observed|seen|reached|induced|reported|noted)\s+(?:in|by)\b",
        EFFICACY,
        "improves",
        OUTCOME,
        direction="Improves",
        scope="before",
        harm="AssociatedWith",
    ),
    # "Inflammation was significantly reduced by MSCs", "on-going EAAU was suppressed by
    # Tregs": what changed comes first, and the agent after "by" is the subject.
    _rule(
        "passive-reduce",
        r"\b(?:was|were|is|are|been)\s+(?:\w+ly\s+)?(?:reduced|decreased|suppressed|"
        r"inhibited|attenuated|ameliorated|alleviated|prevented|diminished|abrogated|dampened|"
        r"mitigated|lowered|down-?regulated)\s+by\b",
        EFFICACY,
        "reduces",
        OUTCOME,
        direction="Reduces",
        scope="before",
    ),
    _rule(
        "passive-improve",
        r"\b(?:was|were|is|are|been)\s+(?:\w+ly\s+)?(?:improved|restored|prolonged|"
        r"enhanced)\s+by\b",
        EFFICACY,
        "improves",
        OUTCOME,
        direction="Improves",
        scope="before",
    ),
    _rule(
        "changed-after",
        # "Clinical symptoms improve upon treatment with baricitinib": in the present too.
        r"\b(?:significantly\s+|markedly\s+)?(?:improved|improves?|decreased|declined|fell|"
        r"increased|reduced|normali[sz]ed)\b(?=[^;]{0,80}?\b(?:after|following|upon)\b)"
        # "experienced hair regeneration, increased hair growth and decreased pull test 3 and
        # 6 months after the treatment": a verb before its own noun says what changed after
        # it, never what came before.
        rf"(?!\s+(?!{_AFTER_CHANGE_WORDS})[a-z][a-z\-]+\b)|"
        # "Oral aphthosis, ... and erythema nodosum improved significantly with colchicine but
        # not with placebo": what it improved with, right after the verb.
        r"\b(?:improved|decreased|declined|normali[sz]ed)(?:\s+\w+ly)?"
        r"(?=\s+with\s+(?!(?:time|age|no|increasing|longer|further|follow-up)\b))",
        EFFICACY,
        "improves",
        OUTCOME,
        direction="Improves",
        scope="before",
    ),
    _rule(
        # "After aHSCT, the clinical symptoms of all four patients have remarkably improved":
        # an outcome that changed, with nothing after the verb; only read when a fronted
        # "After X," names what it changed after (see _draft_statement).
        "changed-fronted",
        r"\b(?:significantly\s+|markedly\s+|remarkably\s+)?(?:improved|decreased|declined|fell|"
        r"increased|reduced|normali[sz]ed)\b(?=[\s,]*(?:significantly|markedly|remarkably)?\s*"
        # "... decreased in all patients": who it changed in, nothing else
        r"(?:in\s+(?:all|most|the\s+majority\s+of|\w+)\s+(?:of\s+the\s+)?(?:patients|participants|"
        r"subjects|children|cases)\b[^;,]*)?$)",
        EFFICACY,
        "improves",
        OUTCOME,
        direction="Improves",
        scope="before",
    ),
    _rule(
        # "Relapse free survival was higher in the aHSCT group", "the rates of biliary
        # complications ... were significantly decreased in the MSC group": what changed comes
        # first; the intervention is the one the group is named by (see _draft_statement).
        "changed-in-group",
        r"\b(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:also\s+)?(?:higher|lower|greater|better|"
        r"improved|decreased|increased|reduced|less\s+frequent|"
        r"more\s+frequent(?:ly\s+(?:observed|achieved|attained|reached|seen))?)"
        rf"\b(?={_IN_GROUP_AHEAD})",
        EFFICACY,
        "improves",
        OUTCOME,
        direction="Improves",
        scope="before",
    ),
    _rule(
        # "holds promise for primary biliary cholangitis": a hedged benefit for a disease (what
        # it holds promise in doing, "in inducing remission", is the rule below).
        "holds-promise",
        # "shows considerable promise in the treatment of psoriasis" likewise.
        r"\b(?:hold(?:s|ing)?|show(?:s|ed|n|ing)?|offer(?:s|ed|ing)?)\s+"
        r"(?:great\s+|considerable\s+|much\s+|significant\s+|some\s+|"
        r"particular\s+|real\s+)?promise\s+(?:for|in)(?:\s+(?:treating|addressing|managing)|"
        r"\s+the\s+(?:treatment|management)\s+of)?\b(?!\s+\w+ing\b)",
        EFFICACY,
        "effectiveFor",
        DISEASE,
        direction="Improves",
        strength="Promising",
    ),
    _rule(
        # "infusion of Tregs can ... cure autoimmune diseases": a disease cured is a benefit for
        # it, never an outcome raised. "HCT to cure the underlying defect" says what it is
        # given for, not what it did ("is unlikely to cure" and "able to cure" still count).
        "cure",
        r"(?:(?<!\bto )|(?<=likely to )|(?<=able to )|(?<=failed to )|(?<=fail to ))"
        r"\bcur(?:e|es|ed|ing)\b(?!\s+rates?\b)",
        EFFICACY,
        "effectiveFor",
        DISEASE,
        direction="Improves",
    ),
    _rule(
        # "CTCT appears to be a promising therapeutic option for patients with severe immune
        # neuromuscular disorders", "MSCs could be a promising therapy for psoriasis": a hedged
        # benefit for a disease, kept as promising.
        "promising-for",
        r"\bpromising\s+(?:[\w\-]+\s+)?(?:treatments?|therap(?:y|ies)|options?|approach(?:es)?|"
        r"strateg(?:y|ies)|tools?|agents?|modalit(?:y|ies)|candidates?|alternatives?)\s+"
        r"(?:for|in)(?:\s+the\s+(?:treatment|therapy|management)\s+of)?\b",
        EFFICACY,
        "effectiveFor",
        DISEASE,
        direction="Improves",
        strength="Promising",
    ),
    _rule(
        "promise",
        # "have shown potential for periodontal regeneration" likewise.
        r"\b(?:(?:has|have)\s+shown|shows?|showed)\s+(?:great\s+|considerable\s+|some\s+)?"
        r"(?:promise|potential)\s+(?:in|for)(?:\s+(?:inducing|achieving|improving|"
        r"increasing|prolonging|maintaining))?\b",
        EFFICACY,
        "improves",
        OUTCOME,
        direction="Improves",
        strength="Promising",
    ),
    _rule(
        # "demonstrated the efficacy of stem cell transplantation for the regeneration of
        # periodontal tissues": what the efficacy is for is the outcome improved.
        "efficacy-for",
        r"\b(?:efficacy|effectiveness)\s+of\s+[^,;]{1,80}?\s+for(?:\s+the)?\b",
        EFFICACY,
        "improves",
        OUTCOME,
        direction="Improves",
    ),
    _rule(
        # "had a high rate of clinical and endoscopic remission", "experienced complete
        # remission": a result, not a comparison, so a harm named here is associated with the
        # intervention ("experienced adverse effects"), not increased by it.
        "high-rate-of",
        r"\b(?:high|good|excellent|favou?rable)\s+(?:\w+\s+)?(?:rates?|incidence|proportion)\s+"
        # "developed for hematologic malignancies" says what a product was made for
        # "experienced less relapses" is a reduction (the rule "fewer"), not a result had.
        # "None of the patients presented severe side effects" ("presented with" is how
        # they came to treatment).
        # "complement inhibitor-experienced patients": who they are, not what they had.
        # "experienced no further relapses" is the rule "had no"'s.
        rf"(?:\w+\s+)?of\b|\b(?:(?<![\-‐])experienced(?!\s+no\s+{_EVENTS})|"
        r"developed(?!\s+(?:for|by|as|at|to|in)\b)|attained|"
        # "we presented a case report of a patient with ..." is what the authors did.
        r"(?<!were\s)(?<!was\s)(?<!\bwe\s)(?<!\bWe\s)presented"
        r"(?!\s+(?:with|at|in|to|as|by|for|a|an|the|our|this|these|here|data|results)\b)|"
        r"reached)\b(?!\s+(?:significantly\s+|markedly\s+)?(?:less|fewer|lower|reduced)\b)|"
        # "30 percent of participants had a complete response"
        r"\bhad\s+(?:an?\s+)?(?=(?:complete|partial|overall|clinical|durable|sustained|major|"
        r"good)\s+(?:responses?|remissions?)\b)",
        EFFICACY,
        "improves",
        OUTCOME,
        direction="Improves",
        harm="AssociatedWith",
    ),
    _rule(
        # "supports successful applications of MSCs for the treatment of aGvHD", "supports
        # its use in a wide range of autoimmune diseases".
        "supports-use",
        r"\bsupports?\s+(?:the\s+|its\s+|their\s+)?(?:successful\s+|clinical\s+)?"
        r"(?:use|applications?)\b(?:\s+of\s+[^,;]{1,80}?)?\s+(?:in|for)"
        r"(?:\s+the\s+(?:treatment|management)\s+of)?\b",
        EFFICACY,
        "effectiveFor",
        DISEASE,
        direction="Improves",
    ),
    _rule(
        "improvement-in",
        r"\b(?:improvements?|benefits?|gains?|increases?)\s+(?:in|on|of)\b|"
        r"\b(?:improvements?|benefits?|gains?)\s+(?:were|was)\s+(?:seen|observed|noted|found|"
        r"reported)\s+(?:in|on)\b|"
        r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)\b(?:higher|greater|increased|better|"
        # "resulted in superior survival" (not "superior to", nor the vena cava)
        r"superior(?!\s+(?:to|vena|efficacy|effectiveness)\b))\s+"
        # "Treg suppressive function increased and disease progression stabilized": a verb
        # after its subject, not an adjective before a name.
        r"(?!(?:in|than|among|for|with|risks?|and|or|but|during|after)\b)"
        # "may serve to better understand the contribution of ...": how well something is
        # known, no outcome.
        r"(?!(?:understand|characteri[sz]e|define|explain|elucidate|describe|identify|predict)"
        # "two cycles with higher daily dose": how much was given, not what rose.
        r"\b)(?!(?:(?:daily|total|cumulative|single)\s+)?(?:doses?|dosing|dosages?|"
        r"concentrations?)\b)(?:rates?\s+of\s+)?",
        EFFICACY,
        "improves",
        OUTCOME,
        direction="Improves",
    ),
    _rule(
        "benefit-after",
        r"(?<![\w\-])(?:benefits?|improvements?|gains?)\b",
        EFFICACY,
        "improves",
        OUTCOME,
        direction="Improves",
        scope="adjacent-before",
    ),
    _rule(
        "reduce",
        # "lower doses of MSC-Exo" says how much was given, not what was lowered.
        # "the lower possible doses able to guarantee an adequate quality of life" likewise.
        # "a lower limb revascularization surgery": where in the body, nothing lowered.
        rf"\b(?:reduc{_V}|decreas{_V}|lower(?:s|ed|ing)?(?!\s+(?:[\w\-]+\s+)?(?:doses?|concentrations?)\b)"
        r"(?!\s+(?:limbs?|extremit(?:y|ies)|legs?|lobes?|lip|eyelids?|back|abdomen|"
        r"gastrointestinal|urinary|respiratory|airways?)\b)"
        # "can be considered, though with a lower level of evidence": how sure, not a result.
        r"(?!\s+(?:levels?|grades?|quality|certainty)\s+of\s+evidence\b)|"
        rf"stop(?:s|ped|ping)?|prevent(?:s|ed|ing)?|"
        rf"suppress(?:es|ed|ing)?|halt(?:s|ed|ing)?|diminish(?:es|ed|ing)?|alleviat{_V}|"
        rf"minimi[sz]{_V}|inhibit(?:s|ed|ing)?|attenuat{_V}|dampen(?:s|ed|ing)?|abrogat{_V}|"
        # "attenuate fibrotic processes, thus decelerate the disease progression"
        rf"mitigat{_V}|ameliorat{_V}|curb(?:s|ed|ing)?|down-?regulat{_V}|decelerat{_V}|"
        # "corticosteroids improved survival and slowed fibrotic progression" (not the
        # adjective: "a slow progression")
        r"slow(?:s|ed|ing)|"
        # "interferon-alpha may relieve vascular congestion"
        rf"reliev{_V}|"
        # "None of these medications fully halt or reverse disease progression"; "doses could
        # rapidly be reduced to maintenance levels": the level reached is no object reduced.
        # "Tamoxifen ... to be reduced if adverse effects occur": the condition for lowering the
        # dose, no object reduced.
        rf"revers{_V})\b(?!\s+(?:to|if|when|unless)\b)|"
        # "patients with AHSCT experienced less relapses"
        r"\b(?:experienced|had|showed)\s+(?:significantly\s+|markedly\s+)?(?:less|fewer)\b|"
        # "achieved a 52.0% reduction from baseline in urine protein-to-creatinine ratio"
        r"\breductions?\s+(?:from\s+baseline\s+)?in\b|"
        # "induces a profound suppression of clinical activity": what it brings about is a fall.
        r"\b(?:induc|caus|produc|result)\w*\s+(?:in\s+)?(?:an?\s+)?(?:[\w\-]+\s+)?"
        r"(?:suppression|reduction|decrease|decline|fall)\s+(?:of|in)\b|"
        # "protected human primary melanocytes from the H2O2-triggered apoptosis"
        rf"\bprotect{_V}\s+(?:[\w\-]+\s+){{0,4}}?(?:from|against)\b",
        EFFICACY,
        "reduces",
        OUTCOME,
        direction="Reduces",
    ),
    _rule(
        # "11 patients had no relapse": a reduction of relapse, not a denied claim
        "had-no",
        rf"\b(?:had|experienced|showed)\s+no\s+(?={_EVENTS})",
        EFFICACY,
        "reduces",
        OUTCOME,
        direction="Reduces",
    ),
    _rule(
        "stabilise",
        rf"\bstabili[sz]{_V}\b",
        EFFICACY,
        "stabilises",
        OUTCOME,
        direction="Stabilises",
    ),
    _rule(
        "improve",
        # "re-induced stable drug-free remission": the prefix is part of the cue word
        rf"\b(?:re-?)?(?:improv{_V}|increas{_V}|elevat(?:e|es|ing)|enhanc{_V}|"
        # "not sufficient for inducing symptoms of MG": what is induced there is the disease.
        rf"prolong(?:s|ed|ing)?|induc{_V}(?!\s+(?:(?:the|its|their)\s+)?(?:symptoms?|signs?|"
        # "The pooled relative risk of failure to achieve remission": a measure of the result
        # not reached, no result reached.
        rf"flares?|relapses?|autoimmunity)\b)|(?<!\bfailure\sto\s)achiev{_V}|restor{_V}|"
        r"maintain(?:s|ed|ing)?|"
        # "suppress Th17 and upregulate Th1 and Th2 responses": a rise of its own.
        # "extended non-perfusion from the superotemporal area to the posterior pole": where
        # it spread, no rise.
        rf"extend(?:s|ed|ing)?(?![^.;,]{{0,40}}\bfrom\s[^.;,]{{1,60}}\bto\b)|up-?regulat{_V})\b|"
        # "15 patients who received CAR-T therapy are still in complete remission"
        r"\b(?:is|are|was|were|remain(?:s|ed)?|stayed)\s+(?:still\s+)?in\b"
        r"(?=\s+(?:[\w\-]+\s+){0,2}remissions?\b)",
        EFFICACY,
        "improves",
        OUTCOME,
        direction="Improves",
    ),
    _rule(
        "varies",
        # "recommended, with varying levels of evidence": how sure, not what varied.
        r"\bvary(?:ing)?\b(?!\s+(?:levels?|degrees?|grades?|quality)\s+of\s+evidence)|\bvaries\b|"
        # "adjusting for all factors differing between the two groups": what was adjusted for
        # "the variable attacks of lip swelling ... were suppressed": an adjective of a noun.
        r"(?<!\bthe\s)\bvariable\b|(?<!factors\s)(?<!characteristics\s)(?<!variables\s)\bdiffer(?:s|ed|ing)?\b|"
        r"\binconsistent\b",
        EFFICACY,
        "hasVariableEffectOn",
        OUTCOME,
        direction="Varies",
        strength="Asserted",
        scope="clause",
    ),
)

_BOUNDARY = re.compile(
    # "intensive but well tolerated": "but" between two words of one description is no new
    # clause.
    r";|,?\s+(?:although|whereas|while|however|though)\b|"
    # "are crucial in reducing risk of rejection yet are accompanied by ... side effects"
    r"\s+yet\s+(?=(?:is|are|was|were|has|have|had|remains?|may|can)\b)|"
    r",?\s+but\b(?!\s+(?:well\s+|generally\s+|highly\s+)?(?:tolerated|tolerable|safe|effective|"
    r"efficacious|feasible|manageable)\b)|"
    # "..., and immune thrombocytopenia (ITP) has been identified as a risk": an abbreviation
    # defined in the new clause's subject is part of it.
    r",\s+(?:and|but)\s+(?=(?:[\w'\-]+\s+){0,3}(?:\([^()]{1,20}\)\s+)?"
    r"(?:is|are|was|were|has|have|had|remains?|var(?:y|ies)|"
    r"needs?|needed|aims?|may|might|can|could|should|will|would|must)\b)|"
    # "... recommend the use of X as standard of care for A and suggest that the treatment may
    # be appropriate for B": a second verb of saying opens a claim of its own, with its hedge.
    r"\s+and\s+(?=(?:suggest|state|conclude|note)(?:s|ed)?\s+that\b)|"
    # "well tolerated, with no infusional toxicity": what safety was without is part of it.
    r",\s+as\s+(?:evidenced|shown|reported)\b|(?<!tolerated)(?<!safe)(?<!feasible),\s+with\b|"
    # ", leading to improvement of ...": what followed is a clause of its own.
    r",\s+(?=(?:leading|resulting)\s+(?:to|in)\b)|"
    # "While ICIs have proven to be effective in the treatment of certain cancers, they also
    # cause immune-mediated endocrinopathies": a pronoun after a comma opens its own clause.
    r",\s+(?=(?:they|it|he|she)\s+(?:also\s+|\w+ly\s+)?[a-z]+\b)",
    re.IGNORECASE,
)
_FRAME = re.compile(
    r"^(?P<frame>.{0,200}?\b(?:found|find|finds|showed|shows|show|suggests?|suggested|"
    r"reported|reports|conclude|concluded|concludes|demonstrated|demonstrates?|indicates?|indicated|"
    # "Our results demonstrate, for the first time, that ..."
    # "We show for the first time that ..."
    r"confirmed|confirms|states?|stated|evidence|data|observed|noted)"
    r"(?:,[^,;]{1,40},|\s+for\s+the\s+first\s+time)?\s+that)\s+",
    re.IGNORECASE,
)
_AIM = re.compile(
    # "Because MSCs display immunomodulatory features, we investigated whether ...": the
    # reason given first is no result either.
    r"\s*(?:(?:because|since|given\s+that)\b[^,;]{1,200},\s*(?=we\b))?"
    # "We hypothesized that HSCT will lead to IBD medication-free remission": a hypothesis.
    r"(?:we\s+(?:hypothesi[sz]ed|hypothesi[sz]e|postulated?|speculated?)\s+that\b|"
    # "The hypothesis to be tested is that ... mesenchymal stem cells will ... stop the
    # immune process": what a trial tests, not what it found.
    r"(?:the|our)\s+(?:main\s+|primary\s+)?hypothes[ie]s\s+(?:[\w\-]+\s+){0,4}?(?:is|was|are)"
    r"\s+that\b|"
    # "This trial tested the hypothesis that the anti-C1s antibody sutimlimab would ameliorate
    # hemolytic anemia": what a trial tested, not what it found.
    r"(?:[\w\-]+\s+){0,4}?(?:tested|tests|examined|explored|investigated|evaluated)\s+the\s+"
    r"hypothes[ie]s\s+that\b|"
    # "To review all studies ... with the ultimate aims of determining if ..."
    r"to\s+(?:determine|assess|evaluate|investigate|examine|explore|compare|test|review|"
    # "To halt disease progression in aggressive MS by a bone marrow transplantation
    # protocol": what the study set out to do, not what it did.
    r"halt|prevent|stop|induce|identify|describe|characteri[sz]e|establish|clarify|elucidate|"
    r"analy[sz]e|estimate|define|verify)\b|"
    # "The primary objectives are to evaluate the dose-response relationship of enpatoran in
    # reducing disease activity": an objective, however ranked, is no result.
    r"(?:the|our)\s+(?:(?:main|primary|secondary|principal|key)\s+)?(?:aim|objective|purpose|"
    r"goal)s?\s+(?:of|was|were|is|are)\b|"
    r"we\s+(?:aimed|sought|set\s+out)\s+to\b|"
    # "The present study aimed to elucidate whether ..."
    # "Thus, this prospective multicenter paired study aimed to assess ..."
    r"(?:(?:thus|therefore|hence),?\s+)?(?:the|this|our)\s+(?:[\w\-]+\s+){0,4}?(?:study|work|"
    r"trial|review|analysis|meta-analysis)\s+(?:aimed|aims|sought|seeks|was\s+designed)\s+to\b|"
    # "The ASTIC trial asked whether HSCT could cure CD"
    r"(?:the|this|our)\s+(?:[\w\-]+\s+){0,4}?(?:study|trial)\s+(?:asked|asks|examined|tested)\s+"
    r"(?:whether|if)\b|"
    # "A phase IIa, open label, non controlled clinical trial to assess the feasibility and
    # safety of ...": a trial named by its aim.
    # "This is a two-part, non-randomized, open label, single site Phase I/II study to assess
    # the safety and efficacy of ...", "We undertook this study to evaluate the capacity of
    # ADRCs to improve hand function": likewise.
    r"(?:(?:this|it)\s+is\s+|we\s+(?:undertook|conducted|performed|designed|initiated|"
    r"carried\s+out)\s+)?(?:an?|the|this)\s+(?:[\w\-/]+,?\s+){0,8}?(?:study|trial)\s+to\s+"
    r"(?:determine|assess|evaluate|investigate|examine|explore|compare|test)\b|"
    # "This study will evaluate a cell-based therapy (ECP) in patients ... to determine if ECP
    # treatment can reduce the signs and symptoms of RA": a trial not yet run.
    r"(?:the|this|our)\s+(?:[\w\-]+\s+){0,4}?(?:study|trial)\s+will\s+(?:evaluate|assess|test|"
    r"determine|investigate|examine|compare)\b|"
    # "This study is to investigate the effect of ... on the survival of corneal allografts"
    r"(?:the|this|our)\s+(?:[\w\-]+\s+){0,4}?(?:study|work|trial)\s+(?:is|was)\s+to\s+"
    r"(?:determine|assess|evaluate|investigate|examine|explore|compare|test)\b|"
    # "Here, we explored the possibility of using EVs ... to reduce fibrosis", "We investigated
    # the effects of hAMSCs ...": what was studied, not what was found.
    # "The authors evaluated the efficacy of prednisone and pyridostigmine in reducing
    # diplopia": the same, said of the authors.
    r"(?:(?:here|herein|in\s+this\s+(?:study|work|report|paper)),?\s+)?"
    r"(?:we|the\s+(?:authors|investigators|researchers))\s+"
    r"(?:(?:thus|therefore|then|also|further|next)\s+)?(?:explored|"
    r"investigated|examined|evaluated|assessed|studied|tested|analy[sz]ed)\s+(?:whether|if|the\s+"
    r"(?:possibility|effects?|efficacy|safety|role|potential|feasibility|impact|ability)\b)"
    r"(?!.*\b(?:and|which)\s+(?:found|showed|observed|demonstrated|revealed|reported)\b))",
    re.IGNORECASE,
)
_RESEARCH_NEEDED = re.compile(
    r"\s*(?:[\w\-]+,?\s+){0,6}?(?:stud(?:y|ies)|trials?|research|investigations?|data|evidence)"
    r"(?:\s+(?:of|in|on|with)\s+[^,;]{1,60}?)?\s+(?:is|are|will\s+be)\s+(?:still\s+|urgently\s+|therefore\s+)?"
    r"(?:required|needed|warranted|necessary)\s+to\s+(?:determine|assess|evaluate|investigate|"
    r"examine|explore|compare|test|confirm|establish|clarify|validate|define)\b",
    re.IGNORECASE,
)
_POPULATION = re.compile(
    r"\b(?:(?:selected|adult|older|young|elderly|paediatric|pediatric)\s+)?"
    r"(?:patients|outpatients|inpatients|adults|children|people|individuals|those|subjects|"
    r"persons)\s+(?:with|who|receiving|undergoing|treated|transplanted|at|whose|on|having)\b|"
    r"\bin\s+the\s+absence\s+of\b",
    re.IGNORECASE,
)
_BARE_LEAD = re.compile(r"\b(?:in|for|among|across|of|the|a|an|all)\b", re.IGNORECASE)
_WHO_HAVE = re.compile(
    r"\s+who\s+(?:suffer(?:s|ed)?\s+from|ha(?:ve|d)(?:\s+or\s+develop)?|develop(?:ed)?|"
    # "in patients who have or develop decompensated cirrhosis"
    r"are\s+affected\s+by|were\s+diagnosed\s+with)\s+",
    re.IGNORECASE,
)
# "in patients with MS after AHSCT" ends at "after"; "in patients transplanted after 2007" does
# not: the year says which patients.
_POPULATION_END = re.compile(
    r"\s+(?:after(?!\s+(?:19|20)\d\d\b)|compared|than|versus|vs\.?|by\s+the)\b|\s+and\s+to\b|;",
    re.IGNORECASE,
)
_OUTCOME_STOP = re.compile(
    r"\s+(?:in|among|for)\s+(?:(?:selected|adult|older)\s+)?(?:patients|adults|children|people|"
    r"those|individuals)\b|\s+(?:compared|than|versus|vs\.?|relative\s+to|after|at\s+\d)\b|"
    r",?\s+in\s+contrast\s+(?:to|with)\b|"
    # "reduces the recurrence of CHB below the historical rate": the level it was set against
    r"\s+(?:below|above)\s+(?:the|its|their)\b|"
    r"\s+in\s+the\s+absence\b|"
    # "an overall trend of improvement in all the tests, except the lesion volume which
    # increased significantly": what is excepted did not change with the rest.
    r",?\s+(?:except|excepting|apart\s+from|other\s+than)\b|"
    # "better quality of life, independent of age, donor source, or conditioning regimen"
    r",?\s+(?:independent(?:ly)?|regardless|irrespective)\s+of\b|"
    # "a reduction in inflammation, as measured by ... ultrasound": how it was measured
    r",?\s+(?:as\s+)?(?:measured|assessed|determined|evaluated|quantified)\s+(?:by|with|using)\b|"
    # "required significantly reduced doses of insulin for adequate glycemic control": what the
    # doses were enough for, not one more thing reduced
    r"\s+for\s+(?:an?\s+)?(?:adequate|good|optimal|sufficient|satisfactory|tight)\b|"
    # "achieving durable remission with manageable toxicity": the harms that came with it
    r",?\s+with\s+(?:an?\s+)?(?:manageable|acceptable|tolerable|favou?rable|low|minimal|"
    r"limited|mild)\s+(?:toxicit|safety|side|adverse)|"
    # "reduced serum levels of IgA, IgM, and IgG with no drug-related toxicity": a harm that
    # did not come is no result that failed to fall.
    r",?\s+(?:with\s+no|without(?:\s+any)?)\s+(?:[\w\-]+\s+){0,3}?(?:toxicit|safety|side|"
    r"adverse|serious|complication|harm|death)",
    re.IGNORECASE,
)
_COMPARATOR = re.compile(
    r"\b(?:compared\s+(?:to|with)|versus|vs\.?|than|relative\s+to|over|as\s+opposed\s+to|"
    r"unlike|in\s+contrast\s+(?:to|with)|"
    # "aHSCT seems to be superior to alemtuzumab in inducing complete disease control"
    r"(?:superior|inferior|non-?inferior)\s+to|"
    # "Treatment-related mortality was observed in transplantation treated patients and absent
    # in those treated with cyclophosphamide": the arm it was absent in is the comparator.
    r"(?:and|but)\s+(?:absent|not\s+(?:observed|seen|found))\s+in)\s+",
    re.IGNORECASE,
)
_MODAL_WORD = r"\b(?:can|could|may|might)\b"
_MODAL = re.compile(rf"{_MODAL_WORD}(?:\s+\w+){{0,3}}\s*$", re.IGNORECASE)
# A hedge in a cue's own words: "a potential role in", "appears safe and effective in", "may be
# high".
_HEDGED_CUE = re.compile(
    rf"\b(?:potential(?:ly)?|possible|putative|appears?|appeared|seems?|seemed|preliminary)\b|"
    rf"{_MODAL_WORD}",
    re.IGNORECASE,
)
_DEMONSTRATED = re.compile(
    r"\b(?:found|showed|shown|demonstrated|demonstrate|proved|confirmed|highly\s+effective)\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(r"\b(?:reported|reports|observed|described)\b", re.IGNORECASE)
_JOURNAL = re.compile(
    r"published\s+in\s+(?P<year>(?:19|20)\d{2})\s+in\s+(?:the\s+journal\s+)?"
    r"(?P<journal>(?:The\s+)?[A-Z][\w&\-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&\-]*)*)|"
    r"(?:in|published\s+in)\s+(?:the\s+journal\s+)?(?P<journal2>(?:The\s+)?[A-Z][\w&\-]*"
    r"(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&\-]*)*)\s+(?:in|\()\s*(?P<year2>(?:19|20)\d{2})",
)
_GUIDELINE = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s+(?:update\s+of\s+the\s+)?(?P<who>.{1,80}?)\s+"
    r"(?:recommendations|guidelines?|consensus(?:\s+statement)?)\b|"
    r"(?P<who2>\S+(?:\s+\S+){0,4})\s+(?:recommendations|guidelines?)\s+(?:of|from)\s+(?P<year2>(?:19|20)\d{2})",
    re.IGNORECASE,
)
_ANAPHOR = re.compile(
    r"^\W*(?:however,?\s+)?(?:the|this|these|that|such|it(?!\s+(?:is|was|has\s+been)\s+\w+ed\b)|"
    r"they|its)\b(?![\-‐])",  # "IT-MSC-NP treatment" is a name, not "it"
    re.IGNORECASE,
)


@dataclass
class Population:
    """Patients a claim applies to, described by verbatim words of the statement."""

    key: str
    text: str
    conditions: list[Entry] = field(default_factory=list)


@dataclass
class Proposal:
    """An entity the ontology or the data does not know, proposed for review."""

    entry: Entry
    statement: int
    context: str
    reason: str


@dataclass
class DraftClaim:
    """One atomic claim drafted from a statement."""

    kind: str
    predicate: str
    intervention: Entry | None  # None: the statement names none; the curator fills it in
    slot: str
    object: Entry
    wording: str
    strength: str
    direction: str | None = None
    negated: bool = False
    condition: Entry | None = None
    outcome: Entry | None = None
    comparator: Entry | None = None
    population: Population | None = None
    bodies: list[Entry] = field(default_factory=list)
    publications: list[URIRef] = field(default_factory=list)
    status: str | None = None
    step_order: int | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class StatementDraft:
    """What was drafted from one statement: its claims, mentions and open questions."""

    statement: Statement
    mentions: list[Mention]
    claims: list[DraftClaim] = field(default_factory=list)
    populations: list[Population] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    intervention: Entry | None = None
    suggestion: Entry | None = None  # named before the statement; shown, never filled in
    # The statement names what was given in words the lexicon does not know ("treated with
    # conventional therapy"), or a cause that is no treatment ("Disease progression resulted
    # in death"): nothing named before it is suggested.
    names_unknown: bool = False


@dataclass
class NewPublication:
    iri: URIRef
    label: str
    journal: str | None
    year: int | None
    issuer: Entry | None
    statement: int


@dataclass
class DocumentDraft:
    """The drafts of a whole document."""

    statements: list[StatementDraft]
    proposals: list[Proposal]
    publications: list[NewPublication]


def draft_document(document: Document, lexicon: Lexicon, doc_id: str) -> DocumentDraft:
    """Draft the claims of every statement of ``document``.

    Runs twice: the first pass finds the entities the document names that the lexicon does not
    know (abbreviation definitions, then noun phrases in claim slots); the second drafts every
    statement with them known, so a name proposed in statement 9 also links in statement 2.
    ``lexicon`` is not modified.
    """
    lexicon = lexicon.extended()
    proposals: dict[URIRef, Proposal] = {}
    definitions = [(d, st) for st in document.statements for d in find_definitions(st.text)]
    settled, broadest_of = _mark_ambiguous(definitions, lexicon)
    for definition, st in definitions:
        _propose_definition(definition, st, lexicon, proposals, settled)
        _propose_class_named_inside(definition, st, lexicon, proposals)
    # A long form may name what only the document's own definitions make known: "experimental
    # autoimmune myasthenia gravis (MG)" in one source, after "myasthenia gravis (MG)" in
    # others, defines MG another way once EAMG is known. Settled again, with them known.
    broadest_of.update(_mark_ambiguous(definitions, lexicon, named_only=True)[1])
    for st in document.statements:
        _propose_products(st, lexicon, proposals)
        _propose_cell_therapies(st, lexicon, proposals)
        _link_codes_to_names(st, lexicon, proposals)
        _propose_product_codes(st, lexicon, proposals)
        _propose_drugs(st, lexicon, proposals)
    redefined = _redefinitions(definitions, lexicon)
    for key, entry in broadest_of.items():
        # A definition that names no one known entity whole reads as the broadest meaning.
        redefined[key] = [(0, entry), *((p, e or entry) for p, e in redefined.get(key, []))]
    for _ in range(2):
        drafts = _draft_all(document, lexicon, doc_id, proposals, propose=True, redefined=redefined)
        for st in document.statements:
            # A product of cells named after the cells were first proposed ("mesenchymal stem
            # cell-derived exosomes" once "mesenchymal stem cells" is known).
            _propose_products(st, lexicon, proposals)
    _spell_out_undefined(document, lexicon, proposals)
    drafts = _draft_all(document, lexicon, doc_id, proposals, propose=False, redefined=redefined)
    publications: dict[URIRef, NewPublication] = {}
    for sd in drafts:
        for claim in sd.claims:
            for note in list(claim.notes):
                if note.startswith("new-publication:"):
                    claim.notes.remove(note)
        _attach_publications(sd, lexicon, publications, doc_id)
    _hint_bodies(drafts)
    return DocumentDraft(
        drafts,
        sorted(proposals.values(), key=lambda p: (p.statement, str(p.entry.iri))),
        list(publications.values()),
    )


_CAPITALS = re.compile(r"\b[A-Z][A-Za-z]?[A-Z]{1,4}(?=s?\b)")


_SMALL_WORDS = frozenset({"and", "of", "the"})
_NOT_IN_A_NAME = frozenset({"a", "an", "in", "with", "to", "for", "or", "at", "by", "on", "from"})


def _initials_spell(name: str, abbreviation: str) -> bool:
    """True when the initials of the words of ``name`` (but "and", "of", "the", ...) are, in
    order, letters of ``abbreviation``, the first the first.

    >>> _initials_spell("allergic bronchopulmonary aspergillosis", "ABPA")
    True
    >>> _initials_spell("heparin-induced thrombocytopenia", "HIT")
    True
    >>> _initials_spell("cure asthma and allergic diseases", "CAR"), _initials_spell("conditions in", "CI")
    (False, False)
    >>> _initials_spell("cancer for a", "CAR")
    False
    """
    words = [w for w in re.split(r"[\s\-‐]+", name.lower()) if w]
    if not words or words[-1] in _SMALL_WORDS or any(w in _NOT_IN_A_NAME for w in words):
        return False  # "conditions in", "cancer for a": words of a sentence, no name
    initials = [w[0] for w in words if w not in _SMALL_WORDS]
    letters = iter(abbreviation.lower())
    return initials[0] == abbreviation[0].lower() and all(i in letters for i in initials)


def _spell_out_undefined(
    document: Document, lexicon: Lexicon, proposals: dict[URIRef, Proposal]
) -> None:
    """Make known an abbreviation the document uses but never defines, when it spells one
    disease name the document writes in full (in its title or a statement).

    "ABPA" in a summary titled "Allergic bronchopulmonary aspergillosis: ..." is that disease,
    as a "long form (ABPA)" definition would have said: the long form is found as a
    definition's would be (``find_definitions``). An abbreviation two names could spell, or
    none, is left unknown.
    """
    texts = [(document.title or "", None), *((st.text, st) for st in document.statements)]
    defined = {d.abbreviation for text, _ in texts for d in find_definitions(text)}
    users: dict[str, list[Statement]] = {}
    for st in document.statements:
        for c in _CAPITALS.finditer(st.text):
            if c.group(0) not in defined and not lexicon.abbreviated(c.group(0)):
                users.setdefault(c.group(0), []).append(st)
    for abbreviation, using in sorted(users.items()):
        spelled: dict[str, tuple[str, Statement]] = {}
        for text, st in texts:
            for end in (m.end() for m in re.finditer(r"\w\b", text)):
                for d in find_definitions(f"{text[:end]} ({abbreviation})"):
                    name = d.long_form
                    if (
                        d.end == end
                        and " " in name
                        and _initials_spell(name, abbreviation)
                        and nouns.looks_like(name, DISEASE)
                    ):
                        spelled.setdefault(slug(name), (name, st or using[0]))
        if len(spelled) != 1:
            continue
        name, st = next(iter(spelled.values()))
        if all(name.lower() in u.text.lower() for u in using):
            # "DM-associated ILD (acute fibrinous and organizing pneumonia; AFOP)": where the
            # name stands beside its abbreviation, it is read as written.
            continue
        known = [m.entry for m in find_mentions(name, lexicon) if m.text == name]
        entry = (
            known[0]
            if known
            else _propose(
                name, DISEASE, st, proposals, lexicon, f"spelled by '{abbreviation}', never defined"
            )
        )
        if entry is not None and entry.kind == DISEASE:
            lexicon.add(entry, [name], [abbreviation])


# ---------------------------------------------------------------- per statement


def _draft_all(
    document: Document,
    lexicon: Lexicon,
    doc_id: str,
    proposals: dict[URIRef, Proposal],
    propose: bool,
    redefined: dict[str, list[tuple[int, Entry | None]]] | None = None,
) -> list[StatementDraft]:
    drafts: list[StatementDraft] = []
    topic: Entry | None = None
    last_in_section: dict[str, Entry] = {}
    last_of_source: dict[int, Entry] = {}
    ambiguous = {key: lexicon.ambiguous.get(key, ()) for key in redefined or {}}
    reading: dict[str, Entry | None] = dict.fromkeys(ambiguous)
    # Words the document writes in lower case where a disease is named ("in vitiligo",
    # "treating vitiligo"): a capitalised "Vitiligo" opening a sentence is that disease, not a
    # product's name.
    texts = [document.title or "", *(s.label for s in document.sections)]
    common = frozenset(
        m.group(1)
        for m in re.finditer(
            r"\b(?:in|treating|with|for|of)\s+(?=([a-z][a-z\-]+))",
            " ".join(texts + [s.text for s in document.statements]),
        )
    )
    for st in document.statements:
        fallback = last_in_section.get(st.section.key)
        read = _read_redefined(st, lexicon, redefined or {}, reading, ambiguous)
        if propose and ambiguous:
            # "MSC-SEV", where MSC is read as this source defines it: a product of the cells
            # the statement's reading names, found only with that reading.
            _propose_products(st, lexicon, proposals)
        sd = _draft_statement(
            st, lexicon, doc_id, fallback, proposals if propose else None, topic, common
        )
        sd.notes.extend(read)
        if sd.intervention is not None:
            last_in_section[st.section.key] = sd.intervention
            for ref in st.references:
                last_of_source[ref] = sd.intervention
        else:
            if sd.claims and not sd.names_unknown:
                _suggest_from_source(sd, last_of_source)
            # "To confirm the efficacy of clonal mesenchymal stem cell therapy, we performed
            # ...": the section and the source have moved on to another treatment, so a later
            # result no longer suggests the one named before.
            named = {m.entry.iri for m in sd.mentions if m.entry.kind == INTERVENTION}
            if named:
                for last, key in [
                    (last_in_section, st.section.key),
                    *((last_of_source, ref) for ref in st.references),
                ]:
                    if key in last and last[key].iri not in named:
                        del last[key]
        if st is document.statements[0]:
            # The document's topic: what its first statement is about, if it names one.
            topic = sd.intervention
        elif (
            topic is not None
            and sd.intervention is not None
            and sd.intervention.iri != topic.iri
            and topic.iri not in sd.intervention.parents
        ):
            # Once the document is about something that is not a kind of its topic, an
            # anaphor opening a section could mean either: it is no longer read as the topic.
            topic = None
        drafts.append(sd)
    for key, forms in ambiguous.items():
        lexicon.forget_abbreviation(key)
        lexicon.ambiguous[key] = forms
    return drafts


def _suggest_from_source(sd: StatementDraft, last_of_source: dict[int, Entry]) -> None:
    """Suggest the intervention of a result that names none ("No serious adverse events were
    reported 3."): most often a result of the study it cites, whose intervention an earlier
    statement citing the same source named. A suggestion is noted for the curator on the
    statement and on each of its claims, never filled in."""
    st = sd.statement
    cited = {last_of_source.get(ref) for ref in st.references}
    if len(cited) != 1 or None in cited:
        return
    taken_away = _taken_away(st.body)
    if any(m.entry in cited and any(a <= m.start < b for a, b in taken_away) for m in sd.mentions):
        return  # "Depletion of Tregs induced ...": the cells are what the result is without
    if any(
        m.entry in cited and _SET_AGAINST_BEFORE.search(st.body, 0, m.start) for m in sd.mentions
    ):
        return  # "Rituximab but not HSCT was associated with ...": never the one set against
    (sd.suggestion,) = cited
    hint = (
        f"suggested intervention: {sd.suggestion.label}, named by the last statement citing "
        f"source {', '.join(map(str, st.references))}; check it before filling it in"
    )
    sd.notes.append(hint)
    for claim in sd.claims:
        claim.notes.append(hint)


def _redefinitions(definitions, lexicon: Lexicon) -> dict[str, list[tuple[int, Entry | None]]]:
    """Abbreviations defined more than one way, each with what every definition names, in
    document order (None: a long form that names no one entity whole). The ontology's meaning
    counts as one way, read before the first definition, when a definition names a narrower
    kind of it."""
    out: dict[str, list[tuple[int, Entry | None]]] = {}
    for definition, st in definitions:
        key = singular_abbreviation(definition.abbreviation)
        if key in lexicon.ambiguous:
            # "Autologous haematopoietic stem cell transplantation (HSCT)": the letters spell
            # the last four words, and the name is autologous HSCT.
            whole = _whole_mention(definition, st.text, lexicon, qualified=True)
            out.setdefault(key, []).append((st.position, whole.entry if whole else None))
            continue
        # "non-myeloablative autologous hematopoietic stem cell transplantation (HSCT)" and
        # then "All 4 patients tolerated HSCT well": the author's HSCT is the kind they
        # defined, from their definition on; before it, and where a later definition names
        # no kind, the abbreviation's own meaning.
        own = {s.entry.iri: s.entry for s in lexicon.abbreviated(key)}
        if len(own) != 1:
            continue
        [meaning] = own.values()
        whole = _whole_mention(definition, st.text, lexicon, qualified=True)
        narrower = whole.entry if whole and meaning.iri in whole.entry.parents else None
        if key not in out:
            if narrower is None:
                continue
            out[key] = [(0, meaning)]
        out[key].append((st.position, narrower or meaning))
    return out


def _read_redefined(
    st: Statement,
    lexicon: Lexicon,
    redefined: dict[str, list[tuple[int, Entry | None]]],
    reading: dict[str, Entry | None],
    ambiguous: dict[str, tuple[str, ...]],
) -> list[str]:
    """Read each abbreviation the document defines more than one way as its latest definition
    at or before ``st``: "mesenchymal stromal cells (MSCs)" in one source's sentences and
    "mesenchymal stem cells (MSCs)" in the next source's are each what their author defined.
    Before its first definition it stays ambiguous. Changes ``lexicon`` in place (``reading``
    holds what each abbreviation is read as now); returns the notes for the curator."""
    notes = []
    for key, defs in redefined.items():
        at, entry = next(((p, e) for p, e in reversed(defs) if p <= st.position), (None, None))
        if entry is not reading[key]:
            lexicon.forget_abbreviation(key)
            if entry is None:
                lexicon.ambiguous[key] = ambiguous[key]
            else:
                lexicon.ambiguous.pop(key, None)
                lexicon.add(entry, [], list(dict.fromkeys([key, key[0].upper() + key[1:]])))
            reading[key] = entry
        if entry is not None and at != st.position and _uses_abbreviation(st.body, key):
            notes.append(
                f"{key!r} is defined more than one way in this document: read here as "
                + (
                    f"{entry.label}, as statement {at} defines it"
                    if at
                    else f"{entry.label}, as no definition before this statement says otherwise"
                )
            )
    return notes


def _uses_abbreviation(text: str, key: str) -> bool:
    """True when ``text`` uses the abbreviation ``key`` (or its plural) as a word."""
    return re.search(rf"(?<![\w\-]){re.escape(key)}s?(?![\w\-])", text) is not None


@dataclass
class _Cue:
    rule: Rule
    start: int
    end: int
    clause: tuple[int, int]


def _draft_statement(
    st: Statement,
    lexicon: Lexicon,
    doc_id: str,
    fallback: Entry | None,
    proposals: dict[URIRef, Proposal] | None,
    topic: Entry | None = None,
    common: frozenset[str] = frozenset(),
) -> StatementDraft:
    body = st.body
    mentions = find_mentions(body, lexicon)
    sd = StatementDraft(st, mentions)
    frame = _FRAME.match(body)
    content_start = frame.end() if frame else 0
    clauses = _clauses(body, content_start)
    cues = _cues(body, content_start, clauses)
    until = re.search(r"\buntil\b", body[content_start:], re.IGNORECASE)
    if until is not None:
        # "Temcell is one of the treatment options for SR-aGVHD until a new treatment with
        # survival benefit is developed": what the clause after "until" says is when the
        # result holds, never a result of its own.
        cues = [c for c in cues if c.start < content_start + until.start()]
    for whom in _IN_WHOM.finditer(body, content_start):
        # "effective ... in patients with HCV-associated cryoglobulinemic vasculitis in whom
        # antiviral therapy failed to induce remission": what the clause says of the patients
        # is who they are, never a result of the statement's subject.
        end = _CLAUSE_PUNCTUATION.search(body, whom.end())
        cues = [c for c in cues if not whom.end() <= c.start < (end.start() if end else len(body))]
    fronted_after = _FRONTED_AFTER.match(body, content_start)
    if fronted_after is None:
        cues = [c for c in cues if c.rule.name != "changed-fronted"]
    cues = _asserted_cues(body, content_start, cues, sd.notes)

    # The intervention: only one the statement names. The subject before the first cue; when
    # the subject is generic ("Studies have reported ...", "There was no ...") or absent, one
    # named later (not as a comparator); an anaphor ("this treatment") only when its antecedent
    # is named earlier in the same statement. Never one from another statement: a subject the
    # lexicon does not know ("Interferon beta is not recommended") is proposed or left
    # unresolved, and the claim says so.
    fronted = _CONCESSIVE.match(nouns.mask_brackets(body), content_start)
    if fronted is not None:
        # "Despite their significantly reduced performance status, all patients tolerated ...":
        # a fronted concession says what held despite the result; its words assert no claim.
        cues = [c for c in cues if c.start >= fronted.end()]
        content_start = fronted.end()
    whole_lead = _LEADING_POPULATION.match(body, content_start)
    who: tuple[int, int] | None = None
    if whole_lead is not None and any(c.start >= whole_lead.end() for c in cues):
        # "In patients not achieving spontaneous remission ..., immunosuppression is required
        # to ...": a cue inside a leading population says who, and the main clause says what;
        # its "not" denies nothing of the main clause either.
        who = (whole_lead.start(), whole_lead.end())
        cues = [c for c in cues if c.start >= whole_lead.end()]
    first_cue = cues[0].start if cues else len(body)
    # A leading population ("In patients with NMOSD, rituximab reduces ...") is not the subject.
    lead = _LEADING_POPULATION.match(body, content_start, first_cue)
    subject_start = lead.end() if lead else content_start
    subject_start = _after_semicolon(body, subject_start, first_cue, mentions)
    subject_start = _after_fronted_time(body, subject_start, first_cue, mentions)
    setting = _FRONTED_SETTING.match(body, subject_start, first_cue) if cues else None
    if (
        setting is not None
        and _first(mentions, INTERVENTION, setting.start(), setting.end()) is not None
        and (
            _first(mentions, INTERVENTION, setting.end(), first_cue) is not None
            or _subject_kind(body[setting.end() : first_cue], setting.end(), mentions) != "generic"
        )
    ):
        # "In pediatric allogeneic hematopoietic cell transplantation (HCT), MSCs have mainly
        # been used to treat acute GVHD": the fronted setting is where, the subject after it
        # what; "In AHSCT, most patients ..." keeps the setting's intervention.
        subject_start = setting.end()
    comparator_spans = [(m.start(), _span_end(body, m.end())) for m in _COMPARATOR.finditer(body)]
    # "The incorporation of a reduced-intensity conditioning (RIC) regimen in hematopoietic
    # cell transplantation (HCT) ... has decreased early mortality": what it was added to is
    # where, and the subject is what was added.
    comparator_spans += [
        (m.start(1), _span_end(body, m.end()))
        for m in _ADDED_TO.finditer(body, content_start, first_cue)
    ]
    # "compared with rates common to highly variable unmanipulated donor grafts": a phrase
    # that ends the sentence's result; its words are no cues.
    compared = [
        (a, b)
        for a, b in comparator_spans
        if re.match(r"\W*(?:compared|in\s+comparison)\b", body[a:b], re.IGNORECASE)
    ]
    # "AHSCT, but not cyclophosphamide, improved survival": the excluded name is no subject,
    # and its "not" denies nothing of the subject's claims.
    excluded = [(m.start(), m.end()) for m in _EXCLUSION.finditer(body)]
    # "HSCT but not rituximab could ameliorate proteinuria": the same without commas, in the
    # subject, up to its auxiliary or the verb.
    excluded += [
        (m.start(), m.end())
        for m in _EXCLUSION_BEFORE_VERB.finditer(body, 0, first_cue)
        if not any(a <= m.start() < b for a, b in excluded)
    ]
    comparator_spans += excluded
    # "Rilzabrutinib– in ITP patients who failed multiple previous therapies (splenectomy,
    # TPO-RA, rituximab and/or fostamatinib) resulted in ...": the treatments patients had
    # before are who they are, never what brought the result.
    comparator_spans += [_history_span(body, m) for m in _HISTORY.finditer(body, 0, first_cue)]
    # "Antiviral prophylaxis after AHSCT prevented infections": a treatment given after
    # another is the subject, and the one it follows says when.
    comparator_spans += [
        (m.end(), _span_end(body, m.end()))
        for m in _GIVEN_AFTER.finditer(body, content_start, first_cue)
    ]
    # "Depletion of Tregs induced excessive inflammation": what is taken away is not what is
    # given; its removal's effects are never the cells' own.
    comparator_spans += _taken_away(body)
    # "patient age, GVHD grade and a number of GVHD therapies before MSC therapy were associated
    # with nonrelapse mortality": a treatment named to date something is not what was given,
    # unless the statement compares with after it ("The average MGC score before aHSCT was 24,
    # reduced significantly after transplantation").
    comparator_spans += [
        (m.start(), _span_end(body, m.end()))
        for m in re.finditer(r"\b(?:before|prior\s+to)\s+", body[:first_cue], re.IGNORECASE)
        if not re.search(r"\b(?:after|following|post)\b", body[m.end() :], re.IGNORECASE)
    ]
    context_body = body
    for a, b in [*excluded, *([who] if who else [])]:
        context_body = context_body[:a] + " " * (b - a) + context_body[b:]
    # "Neither AHSCT nor cyclophosphamide improved survival": every claim is denied.
    neither = bool(re.match(r"\W*neither\b", body[content_start:], re.IGNORECASE))
    # "Neither protocol produced a sustained clinical remission and both required continued
    # systemic therapy": a clause with a subject of its own is not denied.
    own_clause = _OWN_SUBJECT_CLAUSE.search(body, content_start)
    neither_end = own_clause.start() if neither and own_clause else len(body)
    # "Inspiringly, compared to those in the rituximab group, ...": after a sentence adverb.
    adverb = _SENTENCE_ADVERB.match(body, subject_start)
    contrast = _CONTRASTIVE.match(body, adverb.end() if adverb else subject_start)
    if contrast is not None and first_cue >= contrast.end():
        # "In contrast to cyclophosphamide, AHSCT improved ...", "Although cyclophosphamide is
        # widely used, AHSCT ...": what the fronted phrase sets against the subject is not it.
        comparator_spans.append((contrast.start(), contrast.end()))
        if _subject_kind(body[contrast.end() : first_cue], contrast.end(), mentions) == "named":
            # "Compared to BMDSCs, everolimus was significantly effective ...": a name the
            # lexicon does not know yet is read after the phrase, not with it.
            subject_start = contrast.end()
    # "Temcell is a mesenchymal stem cell product approved for ...": the subject ends at its
    # copula, and a proper name the copula or an apposition ("the MSC therapy Ryoncil") says is
    # an intervention is the subject, not the class named around it.
    copula = names.copula_end(body[subject_start:first_cue]) if cues else None
    subject_end = subject_start + copula if copula is not None else first_cue
    proper = names.proper_subject(body[subject_start:first_cue]) if cues else None
    # "Autologous CAR-T cells, targeting B cell CD19 and ...": the target names the therapy,
    # before any broader name written around it ("autologous CAR-T cells") is read.
    coordinated = (
        nouns.coordinated_subjects(
            _before_copula(body[subject_start:subject_end]),
            lambda name: _spans(name, INTERVENTION, lexicon) is not None,
            drugs.names_a_medicine,
        )
        if cues and proper is None and not _ANAPHOR.match(body[subject_start:subject_end])
        else []
    )
    car = (
        nouns.targeted_car(body[subject_start:subject_end])
        if cues and proper is None and not coordinated
        else None
    )
    measured = _MEASURED_SUBJECT.match(body, subject_start, subject_end) is not None
    if measured:
        # "The percentage of regulatory T cells (Tregs) and the Treg/Th17 cell ratio were
        # significantly increased": the cells are what was measured, not what was given, and
        # so are those a later clause measures.
        comparator_spans.append((subject_start, subject_end))
    # "The triple combination therapy (high-dose glucocorticoids, calcineurin inhibitor, and
    # intravenous cyclophosphamide) improved patient survival": the parts a combination lists
    # in brackets are none of them its subject.
    comparator_spans.extend(m.span(1) for m in _COMBINATION_PARTS.finditer(body, 0, subject_end))
    # "Monocytes from patients in anti-IL-1 treatment dramatically reduced IL-1β secretion":
    # cells taken from the patients are what was measured, not what was given.
    comparator_spans.extend(
        (m.start, m.end)
        for m in mentions
        if subject_start <= m.start < subject_end and _taken_from_patients(body, m.text, m.end)
    )
    # "Reduced-toxicity conditioning based on either treosulfan or reduced-dose busulfan
    # resulted in superior survival": the drugs a named treatment is built on are not the
    # subject ("Standard treatment, based on steroids" names none before them, so they are).
    based = _BASED_ON.search(body, subject_start, subject_end)
    if based is not None:
        named = nouns.subject_phrase(body[subject_start : based.start()])
        if (
            named
            and nouns.looks_like(named.lower(), INTERVENTION)
            and nouns._head(named.lower().split()) not in nouns._GENERIC
        ):
            comparator_spans.append((based.end(), subject_end))
    subject = (
        _first(mentions, INTERVENTION, subject_start, subject_end, exclude=comparator_spans)
        if cues and proper is None and car is None and not coordinated
        else None
    )
    subject_text = body[subject_start:subject_end]
    if subject is not None and _conditions_a_transplant(mentions, subject, subject_start):
        # "Reduced-intensity conditioning (RIC) HSCT is associated with improved survival": a
        # conditioning written before the transplant names which transplant; the transplant
        # so qualified is proposed below.
        subject = None
    if subject is not None:
        # "Cyclophosphamide failed in all patients, and AHSCT induced remission": the cue's
        # subject is the one of its own clause, after the last clause boundary before it.
        at = next((m for m in mentions if m.entry is subject and subject_start <= m.start), None)
        boundary = None
        if at is not None:
            for b in re.finditer(
                r",\s*(?:and|but|whereas|while)\s+(?!not\b)|;\s*", body[at.end : subject_end]
            ):
                boundary = at.end + b.end()
        if boundary is not None:
            later = _first(mentions, INTERVENTION, boundary, subject_end, exclude=comparator_spans)
            if later is not None:
                subject = later
    relative = _RELATIVE.search(body, 0, first_cue) if cues else None
    if relative is not None and relative.end() == first_cue:
        # "Mobilisation with cyclophosphamide preceded AHSCT, which induced remission": a
        # relative clause's subject is the name it follows.
        before = [
            m
            for m in mentions
            if m.end <= relative.start()
            and m.entry.kind == INTERVENTION
            and not body[m.end : relative.start()].strip(" )]")
        ]
        if before and not before[-1].qualifier:
            subject = before[-1].entry
            subject_text = ""
    others: list[Entry] = []
    if subject is not None:
        others = _coordinated_with(body, mentions, subject, subject_end, lexicon)
    leader = subject
    if car is not None:
        subject = _named(
            car, INTERVENTION, st, proposals, lexicon, "a CAR cell therapy named by its target"
        )
        if subject is not None:
            subject_text = ""
            mentions = find_mentions(body, lexicon)
            sd.mentions = mentions
    if subject is not None:
        subject = _transplant_after(body, mentions, subject, subject_start, subject_end) or subject
    combined = subject is not None and _in_combination(
        body, mentions, subject, subject_start, subject_end
    )
    if combined:
        # "UC-MSC cells plus DMARDs therapy can be ...": the subject is the combination, not
        # the known name inside it; it is proposed whole below, or left unresolved.
        subject = None
    if proper is not None:
        at = body.find(proper, subject_start, first_cue)
        subject = next(
            (m.entry for m in mentions if m.start == at and m.entry.kind == INTERVENTION), None
        )
        if subject is None and proposals is not None:
            subject = _propose(
                proper,
                INTERVENTION,
                st,
                proposals,
                lexicon,
                "a proper name the statement calls a therapy or product",
            )
            mentions = find_mentions(body, lexicon)
            sd.mentions = mentions
        subject_text = "" if subject is not None else subject_text
    if cues and cues[0].rule.subject_after is not None:
        # What stands before the cue is a population, a disease or what lowers the risks
        # ("Careful patient selection ... are essential to minimize the risks associated with
        # stem cell transplants"): the intervention is the one named after it.
        after, reach = cues[0].end, cues[0].rule.subject_after
        # "recommends against using thiopurine monotherapy": what is used is named after it.
        use = _USING.match(body, after)
        after = use.end() if use else after
        aim = cues[0].rule.name == "study-aim"
        if aim:
            # "To evaluate the feasibility and toxicity of autologous HSCT for ...": what was
            # given follows what the study measured of it.
            measured = _MEASURED_OF.match(body, after)
            after = measured.end() if measured else after
        # "treated with a single local subcutaneous infusion of UCMSCs": the reach counts from
        # what was given, not from how.
        after = nouns.administration_end(body, after)
        # "responds rapidly to treatment, which primarily consists of corticosteroid therapy":
        # the relative clause says which treatment.
        which = _WHICH_CONSISTS.match(body, after)
        after = which.end() if which else after
        # "did not respond to steroids but responded to rituximab": what the cue says was
        # given is named in its own clause.
        end = min(after + reach, cues[0].clause[1]) if reach else len(body)
        if aim:
            # "To evaluate the efficacy and safety of definitive radiotherapy in selected
            # patients with local recurrence of Kimura disease ... after surgery": what the study
            # gave is named before in whom and what for, never after ("outcomes after treatment
            # with AHSCT and alemtuzumab in patients with ..." names it after "after").
            end = after + len(_AIM_END.split(body[after:end], maxsplit=1)[0])
        subject = _first(mentions, INTERVENTION, after, end)
        if subject is not None and aim:
            # "To compare efficacy and safety of aHSCT and alemtuzumab in ...": each treatment
            # the study set side by side was given.
            others, leader = _arms(body, mentions, subject), subject
        # "recommends using infliximab, adalimumab, ... or ustekinumab over no treatment",
        # "treated with rituximab and plasma exchange in 2015": the list ends where what it is
        # set against, or when, where and what for, begins.
        # "responded to a combination of plasmapheresis, IV rituximab, and intravitreal
        # ranibizumab": each is given.
        combined = _COMBINATION_OF.match(body, after)
        listed = nouns.coordinated_subjects(
            _LIST_END.split(
                body[combined.end() if combined else after : cues[0].clause[1]], maxsplit=1
            )[0].rstrip(" .;:"),
            lambda name: _spans(name, INTERVENTION, lexicon) is not None,
            drugs.names_a_medicine,
        )
        if len(listed) > 1 and not _ANAPHOR.match(body[after : cues[0].clause[1]]):
            # "Current treatments for MG include anticholinesterase inhibitors, systemic
            # corticosteroids, and nonsteroidal immunosuppressive drugs", "were treated with
            # rituximab and plasma exchange": when all the clause holds after the cue is a list
            # of treatments, each is a subject with claims of its own.
            named = _each_named(listed, st, proposals, lexicon, "one of the treatments listed")
            if named:
                subject, others = named[0], named[1:]
                leader = subject
                mentions = find_mentions(body, lexicon)
                sd.mentions = mentions
        if subject is None:
            # A name the lexicon does not know yet ("treated with anti-BCMA CAR-T therapy"),
            # up to a clause of its own ("responds well to steroids and they remain ...").
            # "successfully treated with combination therapy of traditional anti-inflammatory
            # drugs": the reach counts to a noun phrase, not into the middle of one.
            whole = max(end, nouns.phrase_end(body, len(body) - len(body[after:].lstrip())))
            tail = _OWN_CLAUSE_AFTER.split(body[after:whole], maxsplit=1)[0]
            # "refractory to corticosteroids and required treatment with IVIG": a verb of its
            # own after "and" ends the name.
            tail = next(
                (tail[: m.start()] for m in _AND_WORD.finditer(tail) if verb_only(m.group(1))),
                tail,
            )
            named = nouns.targeted_car(tail) or nouns.subject_phrase(tail)
            if named:
                cue_words = body[cues[0].start : cues[0].end].strip()
                subject = _named(
                    named, INTERVENTION, st, proposals, lexicon, f"named after '{cue_words}'"
                )
            sd.names_unknown = subject is None and bool(re.search(r"[A-Za-z]{3}", tail))
            if subject is None and cues[0].rule.negated and _UNNAMED_TREATMENT.match(tail):
                # "scleritis was refractory to standard therapy", "did not respond to
                # conventional treatments": which patients, not a treatment judged.
                sd.notes.append("what did not help is not named: no claim drafted")
                cues = []
        subject_text = ""
    if cues and subject is None and cues[0].rule.name == "changed-fronted":
        subject = _first(mentions, INTERVENTION, fronted_after.start(), fronted_after.end())
        named = nouns.subject_phrase(_FRONTED_LEAD.sub("", fronted_after.group(0)))
        if subject is None and named:
            # "After CAR T-cell infusion, ...": a name the lexicon does not know yet.
            subject = _named(
                named, INTERVENTION, st, proposals, lexicon, "named by a fronted 'After' phrase"
            )
        subject_text = "" if subject is not None else subject_text
    agent_read = False
    if cues and subject is None and cues[0].rule.name in _PASSIVE:
        # "Complete remission was achieved by AHSCT": the agent.
        agent = re.compile(r"\bby\b").search(body, cues[0].start, cues[0].end)
        if agent is not None:
            tail = _AGENT_END.search(body, agent.end(), cues[0].clause[1])
            end = tail.start() if tail else cues[0].clause[1]
            subject = _first(mentions, INTERVENTION, agent.end(), agent.end() + 40)
            if subject is not None and _in_combination(body, mentions, subject, agent.end(), end):
                subject = None  # "reduced by MSCs overexpressing IL-10": other cells
            elif subject is None and cues[0].rule.name != "passive-result":
                # "were decreased by hMSC treatment": a name the lexicon does not know yet.
                named = nouns.subject_phrase(body[agent.end() : end])
                if named:
                    subject = _named(
                        named, INTERVENTION, st, proposals, lexicon, "named after 'by'"
                    )
            subject_text = "" if subject is not None else subject_text
            agent_read = cues[0].rule.name != "passive-result"
    if cues and subject is None and cues[0].rule.name in ("improve", "reduce"):
        # "Disease control has been achieved using autologous HSCT in ...": a passive verb's
        # agent, or the means it was achieved by, is the subject.
        passive = _PASSIVE_BEFORE.search(body, 0, cues[0].start)
        means = _MEANS_AFTER.match(body, cues[0].end)
        if passive is not None and means is not None:
            subject = _first(mentions, INTERVENTION, means.end(), means.end() + 1)
            subject_text = "" if subject is not None else subject_text
    if (
        cues
        and subject is None
        and cues[0].rule.name == "associated-with"
        and _DISEASE_COURSE.search(body, subject_start, cues[0].start)
    ):
        # "Disease progression resulted in death", "The disease progressed, resulting in
        # death": the statement names the cause, and it is no treatment named before.
        sd.names_unknown = True
    with_placebo: _Cue | None = None
    if cues and subject is None and cues[0].rule.name == "changed-after":
        # "INCAT scores improved significantly ... after AHSCT", "... improve upon treatment
        # with baricitinib": the outcome is the subject; the intervention is the one named
        # after "after".
        after = _WITH_RIGHT_AFTER.match(body, cues[0].end) or _AFTER_RECEIVING.search(
            body, cues[0].end, cues[0].clause[1]
        )
        if after is not None:
            subject = _first(mentions, INTERVENTION, after.end(), after.end() + 1)
            if subject is None and re.search(r"\b(?:with|receiving)\s+$", after.group(0)):
                # "... after treatment with baricitinib": a name the lexicon does not know
                # yet, said to be what was given.
                tail = _AGENT_END.search(body, after.end(), cues[0].clause[1])
                named = nouns.subject_phrase(
                    body[after.end() : tail.start() if tail else cues[0].clause[1]]
                )
                if named:
                    subject = _named(
                        named, INTERVENTION, st, proposals, lexicon, "named as what was given"
                    )
            if subject is not None and _INACTIVE_ARM.fullmatch(subject.label):
                # "Renal function progressively declined with placebo but remained stable
                # under exposure to atacicept": the arm compared with, no treatment's result,
                # and no other treatment named further on is what it changed with.
                subject = None
                sd.names_unknown = True
                with_placebo = cues[0]
            subject_text = ""
    if (
        cues
        and subject is None
        and cues[0].rule.kind in (EFFICACY, SAFETY)
        and _PEOPLE_SUBJECT.match(subject_text)
    ):
        # "patients with severe AA achieved improved hair regrowth and quality of life after
        # receiving Stem Cell Educator therapy", "The patients exhibited decreased immune
        # function after the auto-PBHSCT", "some infants developed T-cell acute lymphoblastic
        # leukemia after the gene therapy": the patients are the subject; the intervention is
        # the one they received, named right after "after".
        after = _AFTER_RECEIVING.search(body, cues[0].end, cues[0].clause[1])
        if after is not None:
            subject = _first(mentions, INTERVENTION, after.end(), after.end() + 1)
            if subject is None:
                # A name the lexicon does not know yet, if it names a treatment.
                tail = _AGENT_END.search(body, after.end(), cues[0].clause[1])
                named = nouns.subject_phrase(
                    body[after.end() : tail.start() if tail else cues[0].clause[1]]
                )
                if named and nouns.looks_like(named.lower(), INTERVENTION):
                    subject = _named(
                        named, INTERVENTION, st, proposals, lexicon, "named as what was given"
                    )
            subject_text = "" if subject is not None else subject_text
    in_group = bool(cues) and cues[0].rule.name == "changed-in-group"
    combined_arm = False
    if cues and subject is None and (in_group or cues[0].rule.kind in (EFFICACY, SAFETY)):
        # "NEDA-3 was more frequently observed in the aHSCT group", "Two studies reported
        # higher rates of thrombocytopenia in the rituximab arm": a subject that names no
        # treatment leaves it to the arm the result was seen in, if the lexicon knows the name
        # the arm is called by ("the treated group" names none). "... were observed in the
        # canakinumab group", "A significant reduction of the relapse rate was observed in
        # rituximab-treated patients": the cue may end on the arm's "in", and one only seen in
        # patients is seen in those treated.
        observed = cues[0].rule.name == "passive-result"
        group = _IN_GROUP.search(
            body, cues[0].start if observed else cues[0].end, cues[0].clause[1]
        )
        arm = None if group is None else "group" if group.group("group") else "treated"
        if arm is not None and (arm == "group" or observed or in_group):
            subject = _first(mentions, INTERVENTION, group.start(arm), group.end(arm))
            if subject is not None and _in_combination(
                body, mentions, subject, group.start(arm), group.end(arm)
            ):
                # "MIS-C patients in the IVIG + anakinra group exhibited improvements": the
                # arm is the two together, never one of them.
                subject = None
                sd.names_unknown = combined_arm = True
            if subject is not None or in_group:
                subject_text = ""
    if cues and subject is None and subject_text.strip() in lexicon.written_subjects:
        subject = lexicon.entries.get(lexicon.written_subjects[subject_text.strip()])
    if coordinated and subject is None:
        # "Off-the-shelf allogeneic CAR-T cells and CAR-NK cells are being evaluated": two
        # interventions, each with its own claims, never one merged entity.
        named = _each_named(
            coordinated, st, proposals, lexicon, "one of the subjects of the statement"
        )
        if named:
            subject, others = named[0], named[1:]
            leader = subject
            subject_text = ""
            mentions = find_mentions(body, lexicon)
            sd.mentions = mentions
    # "Both patients were minimized to low-dose tacrolimus monotherapy ... and subsequently
    # maintained excellent graft function": what they were tapered to is no subject either.
    qualified = next(
        (
            m
            for m in mentions
            if subject_start <= m.start < first_cue
            and m.qualifier
            and _TAPERED_TO.search(body, 0, m.start) is None
        ),
        None,
    )
    if cues and subject is None and proposals is not None and qualified is not None:
        # The subject names a narrower intervention than the lexicon knows: propose it.
        name, written = _qualified_name(body, qualified)
        derived = derived_from_end(body, qualified.end)
        if derived is not None and qualified.qualifier.endswith("-derived"):
            written = body[qualified.start : derived]  # found again as the sentence wrote it
        subject = _propose(
            nouns._lower_initial(name),
            INTERVENTION,
            st,
            proposals,
            lexicon,
            f"a narrower kind of {qualified.entry.label}, not in the ontology",
        )
        if subject is not None:
            lexicon.add(subject, [written])  # found again as the sentence wrote it
        mentions = find_mentions(body, lexicon)
        sd.mentions = mentions
    if cues and subject is None and proposals is not None and not _ANAPHOR.match(subject_text):
        name = nouns.subject_phrase(subject_text)
        if _DESIGNED_STUDIES.match(subject_text):
            name = None  # "Randomization controlled studies are needed": research, no treatment
        at = subject_text.lower().find(name.lower()) if name else -1
        if at != -1 and _taken_from_patients(subject_text, name, at + len(name)):
            name = None  # "Monocytes from patients ...": cells measured, not given
        if (
            name
            and " " not in name
            and name.lower() in common
            and not nouns.looks_like(name.lower(), INTERVENTION)
        ):
            name = None  # a capitalised word the document also writes in lower case
        if (
            name
            and nouns.looks_like(name.lower(), DISEASE)
            and not nouns.looks_like(name.lower(), INTERVENTION)
        ):
            # "Nephropathy is an important complication in HSCT": a disease is no treatment.
            name = None
        at = subject_text.lower().find(name.lower()) if name else -1
        if at != -1 and _COMBINATION.match(subject_text[at + len(name) :].lstrip()):
            # "Rituximab combined with Peg-IFNalpha2b-ribavirin represents ...": the part named
            # before "combined with" is not the combination.
            name = None
        if name:
            subject = _propose(
                name,
                INTERVENTION,
                st,
                proposals,
                lexicon,
                "names the subject of the statement and is not in the ontology",
            )
            if subject is not None:
                # The name as written, when an abbreviation stands inside it ("CD19 chimeric
                # antigen receptor (CD19 CAR) T cell therapy"), so later passes find it.
                words = name.split()
                written = re.search(
                    rf"(?<!\w){re.escape(words[0])}[^,;]{{0,80}}?{re.escape(words[-1])}\w*",
                    subject_text,
                    re.IGNORECASE,
                )
                if written is not None and written.group(0).lower() != name.lower():
                    lexicon.add(subject, [written.group(0)])
                elif written is None:
                    lexicon.written_subjects[subject_text.strip()] = subject.iri
            mentions = find_mentions(body, lexicon)
            sd.mentions = mentions
    harm_first = bool(cues and cues[0].rule.scope == "before" and _names_harms(subject_text))
    if (
        cues
        and subject is None
        and not harm_first  # "Cytokine release syndrome was reported in all patients"
        # "15 autoimmune disease patients who received CAR-T therapy": what they received
        and not _RECIPIENTS.match(subject_text)
        and (
            _about_a_disease(subject_text, subject_start, mentions)
            or nouns.disease_subject(subject_text)
        )
    ):
        # "Lupus nephritis (LN) results in high morbidity": the statement is about a disease,
        # not about what an intervention does.
        sd.notes.append("the subject is a disease, not an intervention: no claim drafted")
        cues = []
    if (
        cues
        and subject is None
        and cues[0].rule.scope != "before"
        and _names_harms(_without_trailing_auxiliaries(subject_text))
    ):
        # "obstructive complications and kidney damage can lead to increased morbidity and
        # mortality": what harms lead to, not what a treatment does.
        sd.notes.append("the subject is a harm, not an intervention: no claim drafted")
        cues = []
    if cues and subject is None and _NO_TREATMENT.match(subject_text):
        # "To date, no specific therapies have been approved for IgAN": no treatment is
        # named, so there is nothing to deny of one.
        sd.notes.append("the subject is the lack of any treatment: no claim drafted")
        cues = []
    developed = _DEVELOPED_SUBJECT.match(subject_text) if cues and subject is None else None
    if developed is not None and any(
        nouns.looks_like(" ".join(developed.group("what").split()[:n]), kind)
        for n in (1, 2, 3)
        for kind in (ADVERSE_EVENT, DISEASE)
    ):
        # "Developing hypogammaglobulinemia during treatment was not associated with serious
        # infection": what the patients developed is a risk marker, not what they were given.
        sd.notes.append("the subject is a condition the patients developed: no claim drafted")
        cues = []
    if cues and subject is None and _AUTOANTIBODY_SUBJECT.match(subject_text):
        # "In most patients with AE, autoantibodies against neuronal cell surface antigens ...
        # induce neuronal dysfunction ..., ultimately leading to disease progression": how the
        # disease works, not what a treatment does.
        sd.notes.append("the subject is what causes the disease, not an intervention: no claim")
        cues = []
    if (
        cues
        and subject is None
        and _PATIENTS_WITH_DEVELOP.match(subject_text)
        and not any(m.entry.kind == INTERVENTION for m in mentions)
    ):
        # "Patients with PIRD develop clinical manifestations associated with diminished and
        # exaggerated immune responses": the course of a disease, no treatment's result.
        sd.notes.append(
            "the statement tells what patients with a disease develop: no claim drafted"
        )
        cues = []
    if (
        cues
        and subject is None
        # A cue that names its intervention right after it ("was treated with a single dose
        # of ...") looked there: a name further on is something else (the conditioning).
        and cues[0].rule.subject_after is None
        and not agent_read  # the agent after "by" was read: it is the only subject
        and not measured
        and not combined  # "HDC + HSCT can be considered": neither part alone
        and with_placebo is None
        and not combined_arm
        and _subject_kind(subject_text, subject_start, mentions) == "generic"
    ):
        # "No changes were seen in regulatory T cell frequency": cells measured are not given.
        measured_spans = [(m.start, m.end) for m in mentions if _MEASURE_AFTER.match(body, m.end)]
        # "Both patients were minimized to low-dose tacrolimus monotherapy ... and maintained
        # excellent graft function": what the patients were tapered to is what they were left
        # on, not what brought the result about.
        tapered_spans = [
            (m.start, m.end) for m in mentions if _TAPERED_TO.search(body, 0, m.start) is not None
        ]
        # "a decrease in corticosteroid dose increased the risk of arthritis ...; and in those
        # achieving corticosteroid-free status, arthritis was less likely with vedolizumab":
        # a treatment named past a semicolon belongs to the next clause's result, not to one
        # whose subject is a noun of its own. A clause with none ("There were no significant
        # differences in PFTs; however, ... in patients treated with MSCs") shares it.
        semicolon = (
            nouns.mask_brackets(body).find(";", cues[0].end)
            if _OWN_SUBJECT_NOUN.match(subject_text.strip())
            else -1
        )
        subject = _first(
            mentions,
            INTERVENTION,
            subject_start,
            semicolon if semicolon != -1 else len(body),
            exclude=[*comparator_spans, *measured_spans, *tapered_spans],
        )
    # "high baseline UNS, but not IVIg treatment, was associated with a reduction in
    # narcolepsy symptoms": when the subject names no treatment, the one it sets apart is the
    # treatment the result is denied of.
    excluded_subject = (
        next(
            (
                m
                for m in mentions
                if m.entry.kind == INTERVENTION
                for a, b in excluded
                if subject_start <= a and b <= first_cue and a <= m.start < b
            ),
            None,
        )
        if cues and subject is None and proper is None
        else None
    )
    if excluded_subject is not None:
        subject = excluded_subject.entry
        sd.notes.append(
            f"{subject.label} is the treatment the subject sets apart ('but not'): its claims "
            "are denied"
        )
    if (
        cues
        and subject is None
        and cues[0].rule.name == "supports-use"
        and _EVIDENCE_WORD.search(subject_text)
        and not _PRECLINICAL.search(subject_text)
    ):
        # "primary outcome measures provide no evidence to support the use of rituximab in
        # ...": evidence is what supports; the treatment is the one whose use it supports.
        # Anything else named there ("Interferon beta supports ...") leaves it unresolved.
        subject = _first(
            mentions, INTERVENTION, cues[0].start, cues[0].end, exclude=comparator_spans
        )
        used = _USE_OF.search(body, cues[0].start, cues[0].end)
        named = nouns.subject_phrase(used.group(1)) if used and subject is None else None
        if named:
            subject = _named(named, INTERVENTION, st, proposals, lexicon, "named after 'use of'")
            if subject is not None:
                mentions = find_mentions(body, lexicon)
                sd.mentions = mentions
    recipients = _RECIPIENTS.match(subject_text) if cues and subject is None else None
    if recipients is not None and proposals is not None:
        # "Kidney transplant recipients receiving MDR-101 achieved ...": the subject names
        # what they received, in its own words, though the lexicon does not know it yet.
        name = nouns.subject_phrase(subject_text[recipients.end() :])
        if name:
            subject = _named(
                name, INTERVENTION, st, proposals, lexicon, "what the subject's patients received"
            )
            if subject is not None:
                subject_text = ""
                mentions = find_mentions(body, lexicon)
                sd.mentions = mentions
    if cues and subject is None:
        # "UC-MSCT was well tolerated, and no transplantation-related adverse events were
        # observed": the subject of the statement's first clause is the one the coordinated
        # clause reports on.
        head = next(
            (
                m
                for m in mentions
                if subject_start <= m.start < subject_end
                and m.entry.kind == INTERVENTION
                and not m.qualifier
            ),
            None,
        )
        if (
            head is not None
            and re.fullmatch(r"\W*(?:the\s+)?", body[subject_start : head.start], re.IGNORECASE)
            and re.search(r",\s*(?:and|but)\s+|;\s*", body[head.end : subject_end])
        ):
            subject = head.entry
            subject_text = ""
    if cues and subject is None:
        # "HSCT-related mortality ... may be high": the harm's name names the intervention.
        for m in mentions:
            if subject_start <= m.start < first_cue and m.entry.is_a(OUTCOME):
                related = _RELATED.match(m.text)
                named = find_mentions(related.group(1), lexicon) if related else []
                if len(named) == 1 and named[0].entry.kind == INTERVENTION:
                    subject = named[0].entry
                    subject_text = ""
                    break
    if cues and subject is None and cues[0].rule.kind == SAFETY:
        # "No severe adverse events attributed to FMT were observed": the harms' cause is
        # named inside them.
        cause = _ATTRIBUTED_TO.search(body, cues[0].clause[0], cues[0].clause[1])
        if cause is not None:
            subject = next(
                (
                    m.entry
                    for m in mentions
                    if m.start == cause.end() and m.entry.kind == INTERVENTION and not m.qualifier
                ),
                None,
            )
            subject_text = "" if subject is not None else subject_text
    if cues and subject is None:
        subject = _fronted_intervention(
            body, mentions, fronted_after, lead, subject_start, subject_end, st, proposals, lexicon
        )
        if subject is not None:
            subject_text = ""
            mentions = find_mentions(body, lexicon)
            sd.mentions = mentions
    if cues and subject is None and cues[0].rule.scope == "before" and cues[0].rule.kind == SAFETY:
        # "Infections, fever, ... were the most common adverse reactions among participants
        # receiving Ryoncil": the harms stand where the subject would, and the statement names
        # the intervention by who received it. An anaphor or an unknown name is never read so.
        given = _RECEIVING.search(body, cues[0].end, cues[0].clause[1])
        if given is not None:
            subject = _first(mentions, INTERVENTION, given.end(), given.end() + 1)
    if cues and subject is not None:
        subject = _product_of(body, mentions, subject, st, proposals, lexicon) or subject
        if subject.proposed:
            mentions = find_mentions(body, lexicon)
            sd.mentions = mentions
    doubtful = [k for k in lexicon.ambiguous if _uses_abbreviation(body, k)]
    if cues and subject is None and doubtful:
        for k in doubtful:
            sd.notes.append(
                f"{k!r} is defined in this document as "
                + " and as ".join(repr(f) for f in lexicon.ambiguous[k])
                + ": which one the statement means is left to the curator"
            )
    anaphor = _EXPLICIT_ANAPHOR.match(subject_text) if cues and subject is None else None
    # "immunoablation ... has demonstrated that it can induce durable remissions": the anaphor
    # opens a clause whose antecedent is the sentence's own subject, never one named in
    # another statement.
    own_clause = anaphor is not None and bool(_CLAUSE_OF_ITS_OWN.search(body[:subject_start]))
    antecedent = fallback or topic
    # Set when the subject is read from another statement: every claim it fills carries the
    # note, so the draft graph (not only the report) asks the curator to check it.
    read_from_context: str | None = None
    if (
        cues
        and subject is None
        and anaphor is None
        and antecedent is not None
        and _names_its_cells(subject_text, antecedent)
    ):
        # "Stem cells work by releasing cytokines ..." in a section about stem-cell
        # transplantation: the cells the intervention gives stand for it.
        subject = antecedent
        read_from_context = (
            f"{subject_text.strip()!r} is read as {antecedent.label}, whose cells they are: "
            "check the antecedent"
        )
        sd.notes.append(read_from_context)
    earlier = {
        m.entry.iri: m.entry
        for m in mentions
        if m.entry.kind == INTERVENTION
        and m.end <= first_cue
        and not any(a <= m.start < b for a, b in comparator_spans)
    }
    if anaphor is not None and len(earlier) == 1:
        # "we administered adipose-derived stromal cells (ASCs) ... and found that this
        # treatment protected against renal injury": the statement names the antecedent itself.
        subject = next(iter(earlier.values()))
        read_from_context = (
            f"{anaphor.group(0).strip()!r} is read as {subject.label}, named before it in the "
            "statement: check the antecedent"
        )
        sd.notes.append(read_from_context)
    elif own_clause:
        sd.names_unknown = True
    elif anaphor is not None and antecedent is not None and not doubtful:
        # "The procedure involves collecting stem cells ..." right after "Autologous HSCT has
        # shown promise ...": an explicit anaphor of the statement resolves to the subject of
        # the nearest earlier statement of its section, or, opening a section, to the
        # document's topic (the subject of its first statement); never to a
        # statement of another section, and never for a subject that names no known thing.
        subject = antecedent
        where = (
            "the subject of the statement before it in this section"
            if fallback is not None
            else "the subject of the document's first statement"
        )
        read_from_context = (
            f"{anaphor.group(0).strip()!r} is read as {antecedent.label}, {where}: check "
            "the antecedent"
        )
        sd.notes.append(read_from_context)
    if cues and subject is None and cues[0].rule.name == "study-aim":
        # "The aim of this study was to describe the clinical ... presentation of lupus
        # myocarditis": an aim that names no treatment reports no use of one.
        sd.notes.append("the aim names no treatment: no claim drafted")
        cues = []
    if not cues:
        pass
    elif subject is None and fallback is not None:
        if not sd.names_unknown and not any(
            m.entry == fallback and any(a <= m.start < b for a, b in comparator_spans)
            for m in mentions
        ):
            # Never the thing the statement sets against the result or says was taken away.
            sd.suggestion = fallback
        sd.notes.append(
            f"intervention unresolved: the statement names none the lexicon knows "
            f"(subject {subject_text.strip()[:60]!r}); the subject of an earlier statement of this section was {fallback.label}"
        )
    elif subject is None:
        sd.notes.append(
            f"intervention unresolved: the statement names none the lexicon knows "
            f"(subject {subject_text.strip()[:60]!r})"
        )
    sd.intervention = subject

    if cues and subject is not None:
        cues = _appositive_mechanisms(body, cues, subject_start)
    populations = _populations(body, mentions, st, doc_id, proposals, lexicon)
    sd.populations = populations
    bodies = _bodies(mentions, lexicon)
    mechanism_scopes = [(c.end, c.clause[1]) for c in cues if c.rule.kind == MECHANISM]
    clauses_of: dict[int, tuple[int, int]] = {}
    order = 0
    # "... in the OVB and MDI groups (P = .38)": two active arms alike, for every cue alike.
    active_arms_only = _active_arms_only(body)
    for cue in cues:
        rule = cue.rule
        if cue is with_placebo:
            continue  # what changed on placebo is the control arm's course, no claim
        if rule.kind != MECHANISM and any(a <= cue.start < b for a, b in mechanism_scopes):
            continue  # "work by promoting ..." lists mechanisms, not effects
        if _of_another(body, cue, mentions, subject) or _of_another_clause(
            body, cue, cues, mentions, subject
        ):
            continue
        if _WHO_BEFORE.search(body, 0, cue.start) and rule.subject_after is None:
            # "for children with SAA who have experienced graft failure": who they are ("a
            # patient with LPP who was successfully treated with dupilumab" names the treatment
            # after the cue).
            continue
        if _cue_of_another(body, cue, cues, mentions, subject):
            continue
        if rule.name == "high-rate-of" and _WHEN_BEFORE.search(body, cue.clause[0], cue.start):
            # "reduced the rate at which mice developed renal disease", "after treated animals
            # had developed proteinuria": what the animals had is when or what was measured,
            # no result of its own.
            continue
        if _PURPOSE_BEFORE.search(body, 0, cue.start) or _PURPOSE_CLAUSE.search(
            body, cue.clause[0], cue.start
        ):
            continue  # what was done or sought for a result, not the result
        if (
            rule.name == "associated-with"
            and (
                any(
                    m.entry.kind == DISEASE
                    and re.fullmatch(r"\s*(?:\([^()]{1,15}\)\s*)?", body[m.end : cue.start])
                    for m in mentions
                    if m.end <= cue.start
                )
                # "in cases of corticosteroid dependent optic neuritis not associated with
                # demyelinating disease": a disease the lexicon does not know yet, by its shape.
                or _disease_phrase_ends(
                    re.sub(r"(?i)\s+not$", "", body[cue.clause[0] : cue.start].rstrip())
                )
            )
        ):
            # "patients who had CD associated with malignant hematological diseases": the
            # disease's association, not the treatment's.
            continue
        if rule.kind == SAFETY and _in_own_condition(body, cue, mentions):
            # "TNF-α inhibitors should be considered ... when moderate-to-severe luminal Crohn's
            # disease or ulcerative colitis is associated with polyarthritis": the condition
            # the advice applies in, no harm of the treatment.
            continue
        if any(a <= cue.start < b for a, b in compared):
            continue  # a word inside what the result is set against says nothing of it
        objects, scope = _objects(cue, cues, body, mentions, populations)
        if rule.direction == "Improves":
            # "EDSS score improved in 6/19 patients ... with no disease progression in any
            # patient", "3 patients improved with no clinical manifestations or mild symptoms":
            # the state the patients reached is how they did, not what improved.
            objects = [
                (m, e) for m, e in objects if not _STATE_REACHED.search(body, cue.end, m.start)
            ]
        # "most had a sustained response to first-line ITP therapy with corticosteroids": a
        # response to another treatment is that treatment's result, not the subject's.
        objects = [
            (m, e)
            for m, e in objects
            if not _response_to_another(body, m, mentions, subject)
            and not _treated_by_what_follows(body, m, mentions, subject)
        ]
        if subject is None and any(_response_to_named(body, m) for m, _ in objects):
            # "Participants with positive autoantibodies ... had markedly reduced glycemic
            # response to GLP-1RA therapy": patients compared in how they responded to a
            # treatment; the treatment lowered nothing, and no other one is the subject.
            sd.notes.append(
                "a response to a named treatment, compared between patients: no claim drafted"
            )
            objects = [(m, e) for m, e in objects if not _response_to_named(body, m)]
        if rule.objects == DISEASE and _POINTS_BACK.match(body, cue.end):
            # "the best strategy to control these disorders, even in MDS patients with
            # low-risk disease": what is controlled is said by another statement; a disease
            # named after it says only in whom.
            objects = [(m, e) for m, e in objects if m.start < cue.end]
        treated = _treated_disease(cue, body, mentions, populations)
        if treated is not None and all(o.iri != treated[1].iri for _, o in objects):
            objects = sorted([*objects, treated], key=lambda x: x[0].start)
        if True:
            # Words of a list the cue governs that name nothing known are proposed, so
            # "anal abscess, proctalgia and infection" is not cut down to "infection"; the
            # last pass only looks them up, as a rebuilt name ("long-term symptom-free
            # remission" from "long-term symptom- and treatment-free remission") is not
            # written in the text for a mention to find.
            extra = _propose_objects(cue, cues, scope, body, mentions, st, proposals, lexicon)
            if rule.objects in (OUTCOME, ADVERSE_EVENT):
                extra = [x for x in extra if not _where_reached(x, body, scope[0])]
            known = {o.iri for _, o in objects}
            objects = sorted(
                [*objects, *[x for x in extra if x[1].iri not in known]], key=lambda x: x[0].start
            )
            if extra:
                mentions = find_mentions(body, lexicon)
                sd.mentions = mentions
        # "high rates of spontaneous remission": what comes without treatment is no effect.
        objects = [(m, o) for m, o in objects if not o.label.lower().startswith("spontaneous ")]
        objects = _without_qualifiers(objects, body)
        # Negation, hedging and hypotheticals of each object: medspaCy's ConText.
        assessments = assess(context_body, tuple((m.start, m.end) for m, _ in objects))
        comparator = _comparator(body, mentions, cue.clause, subject) if subject else None
        condition = _condition(mentions, cue.clause, populations, content_start)
        # "induces eosinophilic airway inflammation and lung histological changes": the items a
        # rise governs share its reading; one of them a harm, a neutral one beside it is too.
        rise = _RISE.search(body[cue.start : cue.end])
        harmful_rise = rise is not None and (
            any(nouns.pathological(o.label) for _, o in objects)
            # "enhanced anti-double-stranded DNA autoantibody production": a verb raising the
            # disease's own autoantibodies ("greater conversion rates for ... autoantibodies"
            # raises something else).
            or (
                rise.group(0).lower() not in ("higher", "greater")
                and bool(objects)
                and "autoantibod" in objects[0][1].label.lower()
            )
        )
        # "35.6% achieved a durable Hgb response versus 26.7% on placebo (p = .398)": a
        # difference every p-value of the clause calls not significant is no result shown.
        # "a trend toward increased overall survival (P = 0.084)", "numerical improvement ...
        # (P = 0.080)" hedge, they do not deny.
        clause_text = body[slice(*cue.clause)]
        judged = (
            rule.kind in (EFFICACY, SAFETY)
            and not _HEDGED_DIFFERENCE.search(clause_text)
            and not active_arms_only
        )
        not_shown = judged and _not_significant(clause_text)
        for (obj_mention, obj), context in zip(objects, assessments, strict=True):
            # "had no relapse" is a reduction: the cue has taken its "no" into account; so is
            # "had their corticosteroid dose reduced without any relapses".
            spared = rule.name == "had-no" or (
                rule.direction == "Reduces"
                and obj_mention.start >= cue.end
                and _WITHOUT.search(body, cue.end, obj_mention.start) is not None
                and _EVENT.match(body, obj_mention.start) is not None
            )
            negated = (
                rule.negated
                or (neither and cue.start < neither_end)
                or (context.negated and not spared)
                or (judged and _not_shown(body, obj_mention.end, not_shown))
                or excluded_subject is not None
            )
            strength = _strength(rule, body, cue, context.uncertain)
            kind, predicate, direction = rule.kind, rule.predicate, rule.direction
            partial = (
                negated
                and kind == EFFICACY
                and _SOME_PATIENTS.search(body, cue.clause[0], cue.clause[1]) is not None
            )
            if partial and obj.kind == DISEASE:
                # "Dapsone ... is not effective in clearing lesions in a minority of patients":
                # denied for some patients only, never for the disease; a varying effect takes
                # an outcome, so no claim is drafted for the disease.
                sd.notes.append(
                    f"{obj.label}: denied for some patients only; no claim drafted, check the "
                    "statement"
                )
                continue
            if partial:
                # The same for an outcome: a varying effect, never one denied.
                predicate, direction, negated = "hasVariableEffectOn", "Varies", False
            # The words that say the item's own change stand just before it, back to the cue
            # or, for a subject written before its cue ("A significant reduction of the
            # relapse rate was observed in ..."), to the clause's start.
            near = cue.end if obj_mention.start >= cue.end else cue.clause[0]
            if rule.name in ("changed-after", "changed-fronted", "changed-in-group") and re.search(
                r"decreas|declin|fell|reduc|lower|less", body[cue.start : cue.end], re.IGNORECASE
            ):
                predicate, direction = "reduces", "Reduces"
            if (
                rule.name == "reduce"
                and re.match(r"(?i)amelior", body[cue.start : cue.end])
                and _BENEFIT.search(obj.label)
            ):
                # "ameliorate the quality of life": to ameliorate is to make better, which
                # lowers a harm but raises a good.
                predicate, direction = "improves", "Improves"
            # "A decline in lung function was prevented by AHSCT": the fall before a passive
            # cue is stopped too; but a fall that opens what "was observed" is the result
            # itself, read so already (_as_observed).
            fall_from = cue.end if rule.name == "passive-result" else near
            fall = _FALL_OF.search(body, max(fall_from, obj_mention.start - 50), obj_mention.start)
            fall_stopped = (
                direction == "Reduces"
                and fall is not None
                and not obj_mention.text.lower().startswith(fall.group(1).lower())
            )
            if fall_stopped:
                # "prevented the decline in lung function", "reverse the progressive decline
                # in lung function": a fall stopped is the thing kept up.
                predicate, direction = "improves", "Improves"
            if (
                rule.objects == OUTCOME
                # "The rate of infections decreased after AHSCT": a harm lowered is a benefit.
                and direction == "Improves"
                and (
                    obj.kind == ADVERSE_EVENT
                    # "a high incidence rate of transplant-related mortality": a harm by its
                    # name, whatever kind it was first proposed as, is never improved.
                    or (
                        (
                            nouns.looks_like(obj.label, ADVERSE_EVENT)
                            # "developed a recurrence", "did not have experienced
                            # recurrence": the disease coming back is what a result reports
                            # of a harm, never an improvement.
                            or nouns.worsening(obj.label)
                            # "further increased inflammatory cell infiltration", "induces
                            # eosinophilic airway inflammation": a harm the treatment raised.
                            or nouns.pathological(obj.label)
                            # "enhanced the H2O2-induced melanocyte apoptosis": an injury
                            # named by what caused it.
                            or _INJURY_BY_CAUSE.search(obj.label) is not None
                            or (harmful_rise and not _BENEFIT.search(obj.label))
                            # "a high incidence of adverse effects, particularly tamoxifen's
                            # effect on menopausal symptoms": what is frequent, unless a
                            # benefit, is a harm.
                            or (
                                "incidence" in body[cue.start : cue.end].lower()
                                and not _BENEFIT.search(obj.label)
                            )
                            # "developed serious infections, including one case of fatal
                            # pneumococcal meningitis": a disease developed, or anything
                            # fatal, is a harm.
                            or re.search(r"\bfatal\b", obj.label, re.IGNORECASE) is not None
                            or (
                                _DEVELOPED.match(body, cue.start) is not None
                                and (
                                    nouns.looks_like(obj.label, DISEASE)
                                    # "the patient developed diabetic ketoacidosis secondary
                                    # to the gluteal abscess": what a patient developed (not
                                    # experienced) is a harm unless a benefit.
                                    or (
                                        body[cue.start : cue.end].lower() == "developed"
                                        and not _BENEFIT.search(obj.label)
                                    )
                                )
                            )
                        )
                        and (
                            rule.harm == "AssociatedWith"
                            # "greater short-term risks, including ... long-term complications"
                            or _RISE.search(body[cue.start : cue.end]) is not None
                        )
                    )
                )
            ):
                # "higher rates of infection" is a safety signal, not a benefit.
                kind, predicate, direction = SAFETY, "increasesRiskOf", "Increases"
                if rule.harm == "AssociatedWith":
                    predicate, direction = "hasAdverseEvent", "AssociatedWith"
            if (
                rule.name == "associated-with"
                and (obj.kind == OUTCOME or (obj.kind == ADVERSE_EVENT and obj.proposed))
                and _BENEFIT.search(obj.label)
            ):
                # "associated with 5-year treatment-free remissions": a benefit, not a harm.
                kind, predicate, direction = EFFICACY, "improves", "Improves"
            elif rule.objects == ADVERSE_EVENT and obj.kind != ADVERSE_EVENT:
                continue
            if treated is not None and obj_mention is treated[0]:
                # "cMSCs markedly improved MG", "ameliorated EAE": the disease made better.
                kind, predicate, direction = EFFICACY, "effectiveFor", "Improves"
            elif rule.objects == OUTCOME and not obj.is_a(OUTCOME):
                continue
            if (
                kind == EFFICACY
                and direction == "Improves"
                and obj.kind == DISEASE
                and (
                    _PREVENTS.search(body, cue.start, cue.end)
                    # "the most effective treatment for preventing fetal hemolytic disease"
                    or _PREVENTING_NEXT.match(body, cue.end, max(obj_mention.start, cue.end))
                )
            ):
                # "did not prevent graft-versus-host disease", "an effective and safe
                # prophylactic strategy for cGVHD": a disease kept from coming, not one treated.
                predicate, direction = "reduces", "Reduces"
            if (
                rule.name == "improve"
                and re.match(r"(?i)prolong", body[cue.start : cue.end])
                and not _BENEFIT.search(obj.label)
            ):
                # "associated with more severe adverse events and prolonged hospitalisation":
                # longer is better only for a benefit.
                sd.notes.append(_rise_not_judged(obj, body[cue.start : cue.end]))
                continue
            if (
                kind == EFFICACY
                and direction == "Improves"
                and _WORSE_BEFORE.search(body, max(near, obj_mention.start - 30), obj_mention.start)
            ):
                # "associated with worse progression-free survival": a benefit made worse is
                # reduced; anything else made worse is no improvement either.
                if not _BENEFIT.search(obj.label):
                    sd.notes.append(_rise_not_judged(obj, body[cue.start : cue.end]))
                    continue
                predicate, direction = "reduces", "Reduces"
            elif (
                kind == EFFICACY
                and direction == "Improves"
                and not fall_stopped
                and _FALLING_BEFORE.search(
                    body, max(near, obj_mention.start - 30), obj_mention.start
                )
            ):
                # "MSC led to ... and reduction of proteinuria": the item says its own
                # direction; improving proteinuria would say the opposite of the sentence.
                predicate, direction = "reduces", "Reduces"
            elif (
                kind == EFFICACY
                and direction == "Reduces"
                and _OWN_RISE_BEFORE.search(
                    body, max(near, obj_mention.start - 30), obj_mention.start
                )
            ):
                # "the reduction of acute rejection resulting in longer corneal transplant
                # survival": the item says its own rise, which is no reduction.
                if not _BENEFIT.search(obj.label):
                    sd.notes.append(_rise_not_judged(obj, body[cue.start : cue.end]))
                    continue
                predicate, direction = "improves", "Improves"
            if (
                direction == "Improves"
                and (
                    (_RISE.search(body[cue.start : cue.end]) and _MEASURED.search(obj.label))
                    # "induced T-cell apoptosis": what cells do rises, and is neither better nor
                    # worse by itself.
                    or nouns.names_cell_process(obj.label)
                    or (
                        obj.is_a(OUTCOME)
                        and not _BENEFIT.search(obj.label)
                        and (
                            _HIGHER.search(body[cue.start : cue.end])
                            or _RISING_BEFORE.search(
                                body, max(near, obj_mention.start - 40), obj_mention.start
                            )
                        )
                    )
                )
            ):
                # "an increase in C-peptide levels": whether a level going up is better the
                # wording does not say (creatinine rising is worse), and an efficacy claim has
                # no neutral direction. Left to the curator rather than judged.
                sd.notes.append(_rise_not_judged(obj, body[cue.start : cue.end]))
                continue
            if (
                kind == SAFETY
                and direction in ("AssociatedWith", "Increases")
                and (
                    _FALLING_BEFORE.search(_words_before(body, near, obj_mention, obj.label))
                    or _GOOD_HEAD_OF_LIST.search(body, cue.end, obj_mention.start)
                )
            ):
                # "associated with fewer adverse events", "resulted in fewer infections": a
                # harm lowered, which an association with it would say the opposite of; so is
                # one in a list after a change for the better ("associated with faster
                # normalization of LV EF, fever, laboratory analysis").
                kind, predicate, direction = EFFICACY, "reduces", "Reduces"
            if kind == RECOMMENDATION and _REASON_BETWEEN.search(body, cue.end, obj_mention.start):
                # "hydroxychloroquine should be considered in all patients in view of its
                # anti-thrombotic properties and efficacy in diseases such as systemic lupus
                # erythematosus": the reason for the advice, not whom it is for.
                continue
            if kind == SAFETY and _STOPPED.search(body, 0, cue.start):
                # "As soon as the IFN therapy was stopped, patient 2 developed pneumonia",
                # "Chemotherapy was discontinued after the patient developed normocytic anemia":
                # what came with stopping a treatment, or before it was stopped, the sentence
                # does not make its harm.
                continue
            if kind == SAFETY and (
                _DESPITE_TREATMENT.match(body, obj_mention.end)
                or _named_only_after_despite(body, mentions, subject, obj_mention.end)
                # "Their higher mortality and progressive course emphasizes the need to identify
                # AR-HIES patients early, for consideration of potentially curative
                # hematopoietic cell transplantation": whose harm it is was said before the
                # treatment was named.
                or (
                    _POSSESSIVE_END.search(_words_before(body, 0, obj_mention, obj.label))
                    and _named_only_after(mentions, subject, obj_mention.start)
                )
                # "HSCT is the treatment of choice for DOCK8 deficiency due to the early
                # mortality and high incidence of significant infections": the reasons for
                # choosing it, the disease's harms.
                or _REASON_FOR_STANDING.search(body, 0, obj_mention.start)
            ):
                # "She developed progressive myocardial necrosis despite treatment with
                # corticosteroids, ...", "developed progressive thrombosis ... despite IVIG,
                # rituximab and high-dose steroids": the disease went on in spite of the
                # treatment; no harm of it.
                continue
            if negated and obj.kind == ADVERSE_EVENT:
                obj = _denied_harm(body, cue, obj_mention, obj, st, proposals, lexicon)
                if obj is None:
                    continue
            claim_pops: list[Population | None] = [None]
            if rule.kind == RISK_FACTOR:
                claim_pops = [*_risk_populations(populations)] or [None]
                if claim_pops == [None]:
                    kind = SAFETY
            for population in claim_pops:
                claim = DraftClaim(
                    kind=kind,
                    predicate=predicate,
                    intervention=subject,
                    slot=_slot(lexicon, predicate),
                    object=obj,
                    wording=_wording(body, cue, strength),
                    strength=strength,
                    direction=direction,
                    negated=negated,
                    comparator=comparator if rule.objects in (OUTCOME, ADVERSE_EVENT) else None,
                    population=population
                    if population is not None
                    else (populations[0] if populations and kind != MECHANISM else None),
                    bodies=list(bodies) if kind == RECOMMENDATION else [],
                    status=rule.status,
                )
                if kind == RISK_MITIGATION:
                    # "minimize the risks": unqualified, an intervention's risks are its
                    # adverse effects (the shapes want the risk minimised as the outcome).
                    claim.outcome = next(
                        (
                            e
                            for e in lexicon.entries.values()
                            if e.kind == ADVERSE_EVENT and e.label == "adverse effect"
                        ),
                        None,
                    )
                if predicate == "effectiveFor":
                    claim.condition = obj
                    claim.outcome = _effectiveness(lexicon)
                elif _slot(lexicon, predicate) == "condition":
                    claim.condition = obj
                elif _slot(lexicon, predicate) == "outcome":
                    claim.outcome = obj
                    claim.condition = condition
                if kind == PROCEDURE_STEP:
                    order += 1
                    claim.step_order = order
                    if re.search(r"\bpossible\s+$", body[: obj_mention.start]):
                        claim.strength = "Possible"
                        claim.wording = f"{claim.wording} ... possible"
                if obj.proposed or (subject is not None and subject.proposed):
                    claim.notes.append("uses a proposed entity: add it to the ontology or relink")
                if subject is None:
                    claim.notes.append(UNRESOLVED_INTERVENTION)
                elif read_from_context and subject is antecedent:
                    claim.notes.append(read_from_context)
                if kind == RECOMMENDATION and not claim.bodies:
                    claim.notes.append(UNRESOLVED_BODY)
                if negated:
                    said = (
                        body[cue.start : cue.end]
                        if rule.negated
                        else ", ".join(context.triggers)
                        or ("neither … nor" if neither else "")
                        or ("but not" if excluded_subject is not None else "")
                    )
                    claim.notes.append(f"negated by {said!r}: check the claim is denied")
                if partial:
                    claim.notes.append(
                        "denied for some patients only: drafted as a varying effect; check "
                        "the population"
                    )
                if context.hypothetical:
                    claim.notes.append(
                        f"hypothetical ({', '.join(context.triggers)}): the statement poses it, "
                        "it does not assert it"
                    )
                clauses_of[id(claim)] = cue.clause
                _add_claim(sd, claim)
    if others and subject is leader:
        for claim in [c for c in sd.claims if c.intervention is subject]:
            for other in others:
                twin = dataclasses.replace(
                    claim, intervention=other, notes=list(claim.notes), bodies=list(claim.bodies)
                )
                clauses_of[id(twin)] = clauses_of[id(claim)]
                _add_claim(sd, twin)
    # A statement that asserts and denies ("EULAR recommends A, but B is not recommended")
    # gives a body only to the claims of the clause that names it.
    recommendations = [c for c in sd.claims if c.kind == RECOMMENDATION]
    if len({c.negated for c in recommendations}) > 1:
        for claim in recommendations:
            start, end = clauses_of[id(claim)]
            inside = {m.entry.iri for m in mentions if start <= m.start < end}
            claim.bodies = [b for b in claim.bodies if b.iri in inside]
            if not claim.bodies and UNRESOLVED_BODY not in claim.notes:
                claim.notes.append(UNRESOLVED_BODY)
    return sd


_CELL_THERAPY = re.compile(r"\b(cells?)\s+(?:transfer|infusion|treatment)$", re.IGNORECASE)
_USING_PRODUCT = re.compile(
    r"\s+(?:using|based\s+on|consisting\s+of)\s+(?P<code>[A-Za-z]{2,}[\-‐]?\d{2,}[A-Za-z]?)\b"
)


def _product_of(body, mentions, subject, st, proposals, lexicon) -> Entry | None:
    """The product a generic therapy is said to use: "a novel CAR-T cell therapy using CT103A
    cells" is about CT103A, the thing the statement names most narrowly."""
    m = next((m for m in mentions if m.entry is subject), None)
    used = _USING_PRODUCT.match(body, m.end) if m is not None else None
    if used is None:
        return None
    code = used.group("code")
    known = next(
        (
            x.entry
            for x in mentions
            if x.start == used.start("code") and x.entry.kind == INTERVENTION
        ),
        None,
    )
    if known is not None or proposals is None:
        return known
    return _propose(
        code, INTERVENTION, st, proposals, lexicon, "a product a therapy is said to use"
    )


# A definite or demonstrative phrase whose head names the kind of an intervention, or a
# pronoun, standing alone as the subject ("The procedure", "this treatment", "It").
_EXPLICIT_ANAPHOR = re.compile(
    # "In the case of safety, it had ...": a fronted phrase may stand before the anaphor.
    r"\s*(?:(?:in|for|with|regarding|as\s+for)\s+[^,;]{1,60},\s*)?"
    r"(?:however,?\s+|moreover,?\s+|furthermore,?\s+)?(?:(?:the|this|these|such)\s+"
    r"(?:(?:same|new|cell|combined)\s+)?(?:procedure|treatment|therapy|transplant|transplantation|"
    r"intervention|approach|regimen|cells|product)s?|it|they)\s*"
    r"(?:(?:is|are|was|were|has|have|had|can|could|may|might|should|would|will|also|still|now|"
    r"generally|usually|often|typically|currently|not|an?|[a-z]+ly)\s*)*$",
    re.IGNORECASE,
)
# Words before an anaphor that open a clause of the same sentence ("... has demonstrated that
# it can ...").
_CLAUSE_OF_ITS_OWN = re.compile(r"\w[^,;]*\s(?:that|whether)\s*$", re.IGNORECASE)
_WITH_CONDITION = re.compile(
    r"\b(?:patients|people|individuals|children|adults|subjects|persons|cases)\s+(?:\w+\s+)?"
    r"with\s+(?:(?:refractory|severe|active|early|new-onset|newly\s+diagnosed|generali[sz]ed|"
    r"treatment-resistant|chronic|acute)\s+){0,2}$",
    re.IGNORECASE,
)
_DIAGNOSED_WITH = re.compile(
    r"\bdiagnosed\s+with\s+(?:(?:refractory|severe|active|chronic|acute)\s+){0,2}$",
    re.IGNORECASE,
)
# "may play a role in treating erythema nodosum leprosum (ENL)", "used to treat lichen
# planopilaris (LPP)", "an effective therapy for frontal fibrosing alopecia (FFA)": what is
# treated is a condition.
_TREATING = re.compile(
    r"\b(?:treat|treating|(?:treatments?|management|therap(?:y|ies))\s+(?:of|for))\s+"
    r"(?:(?:refractory|severe|active|"
    r"chronic|acute|persistent|recurrent)\s+){0,2}$",
    re.IGNORECASE,
)
_BASED_ON = re.compile(r"\s(?:based\s+on|consisting\s+of|composed\s+of)\s", re.IGNORECASE)
_COMBINATION_PARTS = re.compile(
    r"\b(?:combination|combined|triple|dual|double|regimens?|protocols?|cocktails?)\b"
    r"[^()]{0,40}\(([^()]+)\)",
    re.IGNORECASE,
)
_ATTRIBUTED_TO = re.compile(
    r"\b(?:attributed|attributable|ascribed|related)\s+to\s+(?:the\s+)?", re.IGNORECASE
)
_RELATED = re.compile(r"(.+?)[\-‐](?:related|associated|induced|attributable)\b", re.IGNORECASE)
# A clause's subject that is a noun phrase of its own, not "There were" or empty.
_OWN_SUBJECT_NOUN = re.compile(r"(?!there\b|it\b|no\b|neither\b)(?:an?|the)?\s*\w", re.IGNORECASE)
_CONDITION_OPENS = re.compile(r"\b(?:when|if|where|whereas|unless)\s", re.IGNORECASE)


def _in_own_condition(body: str, cue: _Cue, mentions: list[Mention]) -> bool:
    """True when ``cue`` stands in a "when"/"if" clause after the treatment, one naming none."""
    opener = max(
        _CONDITION_OPENS.finditer(body, cue.clause[0], cue.start),
        default=None,
        key=lambda m: m.start(),
    )
    return (
        opener is not None
        and any(m.entry.kind == INTERVENTION and m.end <= opener.start() for m in mentions)
        and not any(
            m.entry.kind == INTERVENTION and opener.end() <= m.start < cue.start for m in mentions
        )
        # "but when given late it is associated with infections": the treatment again.
        and not re.search(
            r"\b(?:it|they|given|treated)\b", body[opener.end() : cue.start], re.IGNORECASE
        )
    )


_ARISING = re.compile(r"\b(secondary|new|new-onset|subsequent)\s+$", re.IGNORECASE)
_EXCLUSION = re.compile(r",\s*but\s+not\s+[^,;]{1,80},", re.IGNORECASE)
_SET_AGAINST_BEFORE = re.compile(
    r"\b(?:not|nor|without|except|unlike|than|versus|vs\.?|compared\s+(?:with|to))\s+"
    r"(?:the\s+|with\s+)?$",
    re.IGNORECASE,
)
_EXCLUSION_BEFORE_VERB = re.compile(
    r"\s+but\s+not\s+[^,;]{1,60}?(?=\s+(?:could|can|may|might|did|does|do|was|were|is|are|"
    r"has|have|had|would|will|should)\b|\s*$)",
    re.IGNORECASE,
)
# How a quantity of something is measured: "the percentage of Tregs", "Treg frequency".
_MEASURES = r"(?:percentages?|proportions?|numbers?|frequenc(?:y|ies)|counts?|levels?|ratios?)"
# "Assessment of clinical symptoms, using the Inflammatory Neuropathy Cause and Treatment
# (INCAT) ... revealed improvement": what measured the result is no treatment.
# "The presence of 1-methyltryptophan ... in MSC-CM completely abrogated ...": what was found
# in a place is measured too, and the place is not what was given.
_MEASURED_SUBJECT = re.compile(
    rf"\W*(?:the\s+)?(?:{_MEASURES}|presence|fractions?|assessments?|evaluations?|measurements?)"
    r"\s+of\b",
    re.IGNORECASE,
)
_REMOVED = re.compile(
    r"\b(?:depletion|deficiency|loss|absence|lack|blockade|removal|withdrawal|ablation|"
    r"dysfunction|defectiveness|defects?|impairment|exhaustion)\s+of\b"
    r"|\b[\w+]+-(?:depleted|deficient)\b",
    re.IGNORECASE,
)


def _relative_antecedent(
    body: str, cue: _Cue, mentions: list[Mention]
) -> tuple[re.Match | None, Mention | None]:
    """The relative pronoun ("that", "which") ``cue`` follows, and the name before it."""
    relative = next(
        (
            r
            for pattern in (_RELATIVE, _RELATIVE_CAUSING)
            for r in pattern.finditer(body, max(0, cue.start - 80), cue.start)
            if r.end() == cue.start
        ),
        None,
    )
    if relative is None:
        return None, None
    antecedent = next(
        (
            m
            for m in reversed(mentions)
            if m.end <= relative.start() and not body[m.end : relative.start()].strip(" )]")
        ),
        None,
    )
    return relative, antecedent


# Words for treatment in general, naming none.
_TREATMENT_WORDS = r"(?:treatments?|therap(?:y|ies)|medications?|drugs?|agents?)"
_NO_TREATMENT = re.compile(
    r"\W*(?:(?:to\s+date|currently|so\s+far|as\s+yet|at\s+present),?\s+)?"
    r"(?:there\s+(?:is|are)\s+)?no\s+(?:(?:specific|approved|effective|standard|established|"
    rf"licensed|proven|curative|disease-modifying|targeted)\s+)*{_TREATMENT_WORDS}\b",
    re.IGNORECASE,
)


def _without_trailing_auxiliaries(text: str) -> str:
    """``text`` without the auxiliaries it ends with ("kidney damage can" is "kidney damage")."""
    words = text.split()
    while words and (_AUXILIARY.fullmatch(words[-1].lower()) or words[-1].lower() == "also"):
        words.pop()
    return " ".join(words)


def _names_harms(subject: str) -> bool:
    """True when a subject names harms only: "Cytokine release syndrome", "Despite its low
    prevalence, obstructive complications and kidney damage" (after what is fronted)."""
    pieces = subject.split(",", 1)
    if len(pieces) > 1 and nouns._fronted(pieces[0]):
        subject = pieces[1]
    items = [p for p in re.split(r"\s*,\s*|\s+(?:and|or)\s+", subject.strip()) if p]
    return bool(items) and all(
        nouns.looks_like(nouns.strip_counts(item), ADVERSE_EVENT) for item in items
    )


def _disease_phrase_ends(before: str) -> bool:
    """True when ``before`` ends with a disease's name, found by its shape (its last word, not
    a verb after it: "Rituximab for neuromyelitis optica is")."""
    named = nouns.phrases(before, DISEASE)
    words = before.split()
    return (
        bool(named)
        and named[-1][1] == len(before)
        and words[-1].lower().startswith(named[-1][2].split()[-1].lower())
    )


def _names_what_was_treated(
    body: str, cue: _Cue, relative: re.Match, antecedent: Mention | None
) -> bool:
    """True when the relative clause ``cue`` opens names, after the cue, the treatment of what
    the clause follows: "a case of LPP that was successfully treated with dupilumab", "a
    chronic inflammatory skin disease that is treated with immunosuppressants". What it
    follows is no treatment, or a disease not yet known, found by its name's shape."""
    if cue.rule.subject_after is None and cue.rule.name != "changed-after":
        return False
    if antecedent is not None:
        return antecedent.entry.kind != INTERVENTION
    return _disease_phrase_ends(body[: relative.start()].rstrip(" )]"))


def _of_another(body: str, cue: _Cue, mentions: list[Mention], subject: Entry | None) -> bool:
    """True when ``cue`` opens a relative clause about something other than the subject:
    "Tregs may induce tolerance, avoiding toxic immunosuppressive agents that cause increased
    morbidity" says what the agents cause, not the Tregs."""
    relative, antecedent = _relative_antecedent(body, cue, mentions)
    if relative is None or _names_what_was_treated(body, cue, relative, antecedent):
        return False
    return antecedent is None or antecedent.entry is not subject


_ACTIVITY_OF = re.compile(
    r"\b(?:activity|efficacy|effects?|effectiveness|ability|role|benefits?|success)\s+of\s+"
    r"(?:the\s+)?(?P<owner>[^,;()]{1,40}?)\s+(?:in|for|at|on)\s+$",
    re.IGNORECASE,
)
_SETTINGS_BEFORE = re.compile(
    r"\b(?:settings?|contexts?|conditions)\s*,?\s+(?:including|such\s+as)\b", re.IGNORECASE
)
_DEVELOPED_SUBJECT = re.compile(
    r"\W*(?:developing|having|the\s+(?:development|presence|occurrence)\s+of)\s+(?P<what>.+)",
    re.IGNORECASE | re.DOTALL,
)
# "Neither protocol produced ... and both required ...": a clause with a subject of its own.
_OWN_SUBJECT_CLAUSE = re.compile(r"\s+and\s+(?:both|all|each|they|it)\b|;", re.IGNORECASE)
# "recommends against using thiopurine monotherapy", "We recommend considering treatment with
# biologics": what is recommended follows.
_USING = re.compile(r"\s+(?:using|the\s+use\s+of|considering)\b", re.IGNORECASE)
_TAPERED_TO = re.compile(
    r"\b(?:minimi[sz]ed|tapered|weaned|reduced|de-?escalated)\s+(?:off\s+|down\s+)?to\s+"
    r"(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
_OWN_CLAUSE_AFTER = re.compile(
    r"\s+and\s+(?:they|it|he|she|we|this|these|those|there)\b", re.IGNORECASE
)
_LIST_END = re.compile(
    r"\s+(?:over|rather\s+than|instead\s+of|versus|vs\.?|compared\s+(?:with|to)|for|in|at|"
    r"among|during|after|before|since|from)\s",
    re.IGNORECASE,
)


_UNNAMED_TREATMENT = re.compile(
    r"\s*(?:the\s+|all\s+|any\s+)?(?:(?:standard|conventional|usual|current|available|"
    rf"first-line|initial|prior|previous|multiple|several|other)\s+)*{_TREATMENT_WORDS}\b",
    re.IGNORECASE,
)
_AND_WORD = re.compile(r",?\s+(?:and|but)\s+([a-z]+)\b")
_COMBINATION_OF = re.compile(r"\s*(?:an?\s+|the\s+)?combination\s+of\s+", re.IGNORECASE)
_AIM_END = re.compile(r"\s+(?:for|in|among)\s", re.IGNORECASE)


_RESPONSE_TO_TREATMENT = re.compile(
    r"\s+to\s+(?P<what>(?:the\s+|an?\s+|their\s+|its\s+)?(?P<kind>(?:[\w\-]+\s+){0,3}?)"
    r"(?:therapy|therapies|treatments?|drugs?|agents?)\b[^,;.]{0,60})",
    re.IGNORECASE,
)


# "treated with antibiotics to accomplish bacterial eradication and either intravenous
# methylprednisolone ... or oral prednisone ... to treat carditis": the first treatment has a
# purpose of its own; what is given after "and" is what treats the disease named last.
_OWN_PURPOSE_THEN_ANOTHER = re.compile(
    r"\s+to\s+(?!(?:treat|manage|control|cure)\b)[a-z]+\b[^,;]*?\sand\s[^;]*?"
    r"\bto\s+(?:treat|manage|control)\s+",
    re.IGNORECASE,
)


def _treated_by_what_follows(
    body: str, m: Mention, mentions: list[Mention], subject: Entry | None
) -> bool:
    """True when ``subject`` is given for a purpose of its own and another treatment, named
    after it, is the one given for ``m``."""
    return any(
        s.entry == subject
        and s.end <= m.start
        and (own := _OWN_PURPOSE_THEN_ANOTHER.match(body, s.end)) is not None
        and own.end() <= m.start
        for s in mentions
    )


def _response_to_another(
    body: str, m: Mention, mentions: list[Mention], subject: Entry | None
) -> bool:
    """True when the outcome at ``m`` is a response to a treatment the sentence names after
    it ("a sustained response to first-line ITP therapy with corticosteroids") and that
    treatment is not the subject; "a complete response to treatment" names none."""
    if subject is None or not re.search(r"\bresponses?$", m.text, re.IGNORECASE):
        return False
    to = _RESPONSE_TO_TREATMENT.match(body, m.end)
    if to is None:
        return False
    named = {n.entry for n in mentions if to.start("what") <= n.start < to.end("what")}
    if named:
        return subject not in named
    return bool(to.group("kind"))


def _response_to_named(body: str, m: Mention) -> bool:
    """True when the outcome at ``m`` is a response to a treatment named by its kind
    ("response to GLP-1RA therapy"; "a response to treatment" names none)."""
    if not re.search(r"\bresponses?$", m.text, re.IGNORECASE):
        return False
    to = _RESPONSE_TO_TREATMENT.match(body, m.end)
    return to is not None and bool(to.group("kind").strip())


def _names_another(
    body: str, start: int, end: int, mentions: list[Mention], subject: Entry | None
) -> bool:
    """True when ``body[start:end]`` names an intervention, known or new, other than
    ``subject``; words that name none ("the treated group") name no other."""
    named = _first(mentions, INTERVENTION, start, end)
    if named is not None:
        return named is not subject
    name = nouns.subject_phrase(body[start:end])
    return bool(name) and (subject is None or name.lower() != subject.label.lower())


def _cue_of_another(
    body: str, cue: _Cue, cues: list[_Cue], mentions: list[Mention], subject: Entry | None
) -> bool:
    """True when the treatment ``cue``'s result belongs to is named around it and is not the
    subject: the arm it was seen in ("HSCT reduced relapses, and infections were higher in the
    placebo group"), whose activity it is ("Treg resistance to Cy ... may contribute to the
    clinical activity of PTCy in preventing GVHD"), or, for a later cue, the treatment named
    after it ("HSCT reduced relapses, and we recommend rituximab for lupus")."""
    group = _IN_GROUP.search(body, cue.end, cue.clause[1])
    if (
        subject is not None
        and group is not None
        and group.group("group")
        and _names_another(body, group.start("group"), group.end("group"), mentions, subject)
    ):
        return True
    owner = _ACTIVITY_OF.search(body, max(0, cue.start - 80), cue.start)
    if subject is not None and owner is not None:
        named = _first(mentions, INTERVENTION, owner.start("owner"), owner.end("owner"))
        if named is not None and named is not subject:
            return True
    if cue is not cues[0] and cue.rule.subject_after is not None:
        reach = cue.rule.subject_after or len(body)
        listed = _LIST_END.split(body[cue.end : cue.end + reach], maxsplit=1)[0]
        return _names_another(body, cue.end, cue.end + len(listed), mentions, subject)
    return False


def _of_another_clause(
    body: str, cue: _Cue, cues: list[_Cue], mentions: list[Mention], subject: Entry | None
) -> bool:
    """True when ``cue`` follows a clause joined by ", and" (", but", ";") that has a subject
    of its own other than the statement's: "AEDs usually show no significant benefit, and
    immunotherapy trials ... showed modest transient improvement in symptoms" says nothing of
    the AEDs' effect on symptoms. A clause that goes on without a subject ("AHSCT reduced
    relapses, and improved quality of life") or names the subject again keeps it."""
    if subject is None or cue.rule.scope != "after":
        # A cue whose objects come before it ("and response rates vary", "and hypertension
        # were the most common adverse reactions") has its object as the clause's subject.
        return False
    if _own_subject_before(body, cue, mentions, subject):
        return True
    joins = list(_CLAUSE_JOIN.finditer(body, 0, cue.start))
    if not joins or not any(c.end <= joins[-1].start() for c in cues):
        # Without a predicate before it, ", and" joins the items of a list ("including
        # regulatory T-cells, HSCT, and mesenchymal stromal cells, has been used").
        return False
    start = joins[-1].end()
    named = [m for m in mentions if start <= m.start < cue.start and m.entry.kind == INTERVENTION]
    if named:
        return all(m.entry is not subject for m in named)
    words = re.findall(r"[A-Za-z][\w\-]*", body[start : cue.start])
    if (
        not words
        or words[0].lower() in nouns._PREPOSITIONS
        or words[0].lower() in _PRONOUNS
        or auxiliary(words[0])
    ):
        return False  # "but it has been linked to": the subject again
    # A noun before the verb: "immunotherapy trials"; not "also", "then", "significantly", nor
    # those treated ("and patients reported ...", "; most importantly, 11 children achieved").
    # A word the word lists lack is a term of the field ("whereas thrombocytopenia was
    # associated with increased mortality"), unless it is written as a verb or an adverb; it
    # is a subject only before a verb of its own ("..., and alanine aminotransferase (ALT), as
    # well as in decreased liver fibrosis" goes on with a list).
    finite = any(auxiliary(w) for w in words)
    return any(
        (
            "NOUN" in classes(w)
            or (finite and not classes(w) and not _VERB_OR_ADVERB_ENDING.search(w))
        )
        and not auxiliary(w)
        and w.lower() not in _TREATED
        for w in words[:4]
    )


_MODALS_ONLY = re.compile(
    r"\s*(?:(?:may|might|can|could|also|often|frequently|usually|commonly)\s+)*", re.IGNORECASE
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|appears?|appeared|seems?|seemed|remains?|remained)\b",
    re.IGNORECASE,
)


def _own_subject_before(body: str, cue: _Cue, mentions: list[Mention], subject: Entry) -> bool:
    """True when another treatment stands right before ``cue`` as its subject, after a verb
    said of the statement's subject: "the efficacy of NSAIDs appears limited and
    glucocorticoids may induce severe adverse events" says what the glucocorticoids may do
    ("Rituximab and glucocorticoids may induce" lists two subjects)."""
    before = [m for m in mentions if m.end <= cue.start]
    if not before or before[-1].entry.kind != INTERVENTION or before[-1].entry is subject:
        return False
    near = before[-1]
    own = [m for m in before if m.entry is subject]
    return (
        bool(own)
        and _MODALS_ONLY.fullmatch(body, near.end, cue.start) is not None
        and _FINITE.search(body, own[-1].end, near.start) is not None
    )


_VERB_OR_ADVERB_ENDING = re.compile(r"(?:ed|ing|ly)$", re.IGNORECASE)


_TREATED = nouns.PEOPLE | {"patient", "cases"}
# Patients described by what they have been through: "children with SAA who have experienced
# graft failure after first HSCT".
_WHO_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(_TREATED | {'those'}))})\s+(?:with\s+[^,;]{{1,40}}?\s+)?"
    # "patients with refractory disease who do not achieve adequate clinical response"
    r"who\s+(?:have\s+|had\s+|has\s+|(?:do|does|did)\s+not\s+)?(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_DEVELOPED = re.compile(r"(?:developed|experienced)\b", re.IGNORECASE)
_WHEN_BEFORE = re.compile(
    r"\b(?:(?:at|in)\s+which|whether)\s+(?:[\w\-]+\s+){0,4}?$|"
    r"\b(?:after|before|once|until|when)\s+(?:(?!(?:and|but|did|not)\b)[\w\-]+\s+){0,4}?"
    r"(?:had|have|has)\s+$",
    re.IGNORECASE,
)
_AUTOANTIBODY_SUBJECT = re.compile(
    r"\s*(?:[^,;]{0,80},\s*)?(?:the\s+|these\s+|such\s+)?"
    # "Binding of autoantibodies to autoantigens expressed on podocytes causes membranous
    # nephropathy": what the antibodies do is how the disease arises.
    r"(?:(?:binding|production|deposition|presence|formation)\s+of\s+)?(?:pathogenic\s+)?"
    r"(?:auto-?antibod(?:y|ies)|autoreactive\s+[\w\-]+)\b",
    re.IGNORECASE,
)
# "assessed ... with the intent to reduce complications", "CAR T cells intended to ... alter
# the faulty immune responses associated with autoimmune disorders": what was sought, and
# everything in it.
_PURPOSE_CLAUSE = re.compile(
    r"\b(?:intent|intention|goal|intended|designed|aim(?:ed|ing)?|in\s+order|so\s+as)\s+to\b"
    # "HCQ ... was evaluated for efficacy in reducing the historical 18% recurrence rate of
    # CHB": what was evaluated, not what was found.
    r"[^,;.]*$|\b(?:evaluated|assessed|tested|studied|investigated)\s+for\s+(?:its\s+)?"
    r"(?:efficacy|effectiveness|ability|potential)\s+(?:in|to)\s*$",
    re.IGNORECASE,
)
_STATE_REACHED = re.compile(
    r"\b(?:with|to)\s+(?:no|only|minimal|mild|few|little|residual)\b[^,;]*$", re.IGNORECASE
)
_PURPOSE_BEFORE = re.compile(
    # "biopsies should be performed to reduce mortality after ASCT", "evaluation ... has been
    # recently emphasized to reduce treatment-related mortality": what is done for a result.
    # "Mitoxantrone is routinely used to stabilize disease progression": what it is given
    # for, not a result.
    r"\b(?:performed|done|undertaken|emphasi[sz]ed|recommended|required|needed|used|given|"
    # "Localized CS therapies have been developed to reduce adverse events": what they were
    # made for, not what they did.
    r"administered|prescribed|developed|created|engineered|introduced)\s+to\s+$|"
    # "The substitutive treatment is aimed at reducing the signs and symptoms of the disease":
    # what it is meant to do.
    r"\b(?:aim(?:s|ed)?|directed|intended)\s+at\s+$|"
    # "We also recommend working according to JACIE accreditation standards to maintain
    # quality": what a recommendation is for, within its clause; "led to", "according to"
    # are no purpose.
    r"\brecommend(?:s|ed|ing)?\b[^,;:.]{0,150}?(?<!\bled)(?<!\blead)(?<!\bleads)"
    r"(?<!\bleading)(?<!\bdue)(?<!\baccording)(?<!\bcompared)(?<!\bup)(?<!\bprior)"
    r"(?<!\brelated)\s+to\s+$|"
    # "MuSK-CAART has received fast track status from the U.S. Food and Drug Administration
    # to improve muscle strength": what a regulator's status is granted for.
    r"\b(?:status|designation|approval|authori[sz]ation)\b[^,;:]{0,120}?\s+to\s+$|"
    # "one approach currently under discussion for the treatment and possible cure of":
    # what it is meant for, not what it did.
    r"\bfor\s+the\s+(?:(?:treatment|management|prevention)\s+(?:and|or)\s+)?"
    r"(?:(?:possible|potential|eventual|ultimate)\s+)?$",
    re.IGNORECASE,
)
_PRONOUNS = frozenset({"it", "they", "this", "these", "its", "their", "both", "each"})
_CLAUSE_JOIN = re.compile(r"(?:,\s*(?:and|but|whereas|while)|;)\s+", re.IGNORECASE)
# "agents that cause increased morbidity": the rise is what the agents cause.
_RELATIVE_CAUSING = re.compile(
    r",?\s*\b(?:which|that)\s+(?:(?:may|might|can|could|often|also)\s+)*(?:caus(?:e|es|ed)|"
    r"leads?\s+to|led\s+to|results?\s+in|resulted\s+in)\s+",
    re.IGNORECASE,
)
_CAUSAL_RELATIVE = re.compile(
    r"\b(?:that|which)\s+(?:(?:may|might|can|could|also|in\s+turn|are\s+thought\s+to|is\s+thought"
    r"\s+to)\s+)*(?:contribut|driv|mediat|underl[iy]|caus|promot|trigger|fuel|perpetuat|orchestrat)"
    r"\w*\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r",?\s*\b(?:which|that)\s+(?:(?:has|have|had|is|are|was|were|can|could|may|might|also|then|"
    r"subsequently|significantly|further)\s+)*",
    re.IGNORECASE,
)
_CONTRASTIVE = re.compile(
    r"\s*(?:although|though|even\s+though|while|whereas|unlike|in\s+contrast\s+(?:to|with)|"
    r"compared\s+(?:to|with)|relative\s+to|"
    r"as\s+opposed\s+to|rather\s+than|instead\s+of|"
    # "Apart from standard immunosuppressive treatments, rituximab has been proven ...": what
    # is set aside is not the subject either.
    r"apart\s+from|aside\s+from|in\s+addition\s+to)\b[^,;]{0,200},\s*",
    re.IGNORECASE,
)
_SENTENCE_ADVERB = re.compile(
    r"\s*(?:[a-z]+ly|however|moreover|furthermore|additionally|importantly)\s*,", re.IGNORECASE
)
_FRONTED_SETTING = re.compile(r"\s*in\s+[^,;]{1,120},\s*", re.IGNORECASE)
# A comma between digits is no end of the phrase: "After 4,12,16 and more than 16 weeks of
# dupilumab treatment, ...".
_FRONTED_AFTER = re.compile(
    r"\s*(?:after|following)\s+(?:[^,;]|(?<=\d),(?=\d)){1,80},\s*", re.IGNORECASE
)
# "After 16 weeks of dupilumab treatment": how long it was given is no part of its name.
_FRONTED_LEAD = re.compile(
    r"^\s*(?:after|following)\s+(?:(?:[\d,.\s]+|and|or|more|less|than|up|to)\s+)*"
    r"(?:(?:days?|weeks?|months?|years?|cycles?|courses?|doses?)\s+of\s+)?",
    re.IGNORECASE,
)
_MEANS_ON = re.compile(
    r"(?:[\w\-]+\s+){0,2}?(?:functions?|effects?|properties|property|activity|activities|"
    r"actions?)(?=\s+(?:on|upon)\b)",
    re.IGNORECASE,
)
_ABLE_TO = re.compile(
    r"\b(?:abilit(?:y|ies)|capacit(?:y|ies))\s+to\s+(?:[\w\-]+\s+){1,3}$", re.IGNORECASE
)
# "NAPSI-50 response (50% reduction from baseline in target nail Nail Psoriasis Severity Index
# score)": a bracket opened on an outcome's name says what it is.
_DEFINING_BRACKET = re.compile(r"\b(?:responses?|remission|scores?)\s*\([^()]*$", re.IGNORECASE)
_MECHANISM_BEFORE = re.compile(r"\bmechanisms?\b[^,;]{0,80}$", re.IGNORECASE)
_ACTING_OF = re.compile(
    rf"(?P<action>{'|'.join(nouns.TARGET_ACTIONS)})s?\s+of\s+(?:the\s+)?"
    r"(?P<target>[\w\-]+(?:\s+[\w\-]+)?)",
    re.IGNORECASE,
)
_MODEL_OF = re.compile(
    r"\b(?:models?\s+of|experimentally|chemically)\s+(?:[\w\-]+\s+)?$", re.IGNORECASE
)
_EFFECT_MEDIATED = re.compile(
    r"\b(?:effects?|actions?|benefits?|efficacy|activity|activities|tolerogenicity|manner|"
    r"response|suppression|protection)\b[^;]{0,60}$",
    re.IGNORECASE,
)
# "Despite their reduced performance status, ...", and a fronted reason, condition or purpose:
# "Due to its favorable safety profile, rituximab is ...", "If untreated, PMN can lead to ...",
# "To improve C-peptide levels in patients with ..., numerous clinical trials have explored".
_CONCESSIVE = re.compile(
    r"\s*(?:despite|notwithstanding|in\s+spite\s+of|due\s+to|owing\s+to|because\s+of|"
    r"(?:in\s+order\s+)?to\s+(?!date\b)[a-z]+|"
    r"(?:if|when|where)\s+(?:left\s+)?untreated)\b[^,;]{0,200},\s*",
    re.IGNORECASE,
)
# What the cells are "with", or what was done to them, makes other cells: "Dendritic cells with
# tolerogenic function", "BM-MSCs overexpressing IL-10", "MSCs pretreated with IFN-gamma".
_WITH = re.compile(
    r"(?:with|(?:over)?expressing|transfected|transduced|engineered|modified|pretreated|"
    r"preconditioned|primed|pulsed|loaded|lacking|deficient)\b",
    re.IGNORECASE,
)
_COMBINATION = re.compile(
    r"\b(?:plus|combined\s+with|in\s+combination\s+with|together\s+with|along\s+with|"
    # "The combination of HDIT and APBSCT may be an option to improve the survival": both,
    # never either alone.
    r"added\s+to|(?:the\s+)?combination\s+of|"
    # "Patients on combination therapy with mycophenolate mofetil and prednisone had less
    # disease progression": the two together, never either alone.
    r"combination\s+(?:therapy|treatment|regimen)\s+(?:with|of)|"
    # "Combined treatment with methylprednisolone vs IVIG alone": the drug with the IVIG.
    r"combined\s+(?:therapy|treatment)\s+with)\b",
    re.IGNORECASE,
)
# "High-dose chemotherapy (HDC) followed by autologous HSCT", "HDC + HSCT", "immune
# suppression followed by allogeneic HCT": the conditioning before a transplant is part of
# the transplant, which is what the statement is about.
_THEN_TRANSPLANT = re.compile(
    r"(?:\s*\([^()]{1,12}\))?(?:\s+followed\s+by|\s+\+|\s+(?P<with>with))\s+", re.IGNORECASE
)
# What conditions a transplant: "High-dose immunosuppressive therapy (HDIT) with autologous
# hematopoietic stem cell transplantation" is the transplant; "MSCs with HSCT" are not.
_CONDITIONING = re.compile(
    r"chemotherapy|immunosuppress|immunoablat|conditioning|cyclophosphamide|irradiation|"
    r"myeloablat",
    re.IGNORECASE,
)


def _subject_mention(
    mentions: list[Mention], subject: Entry, start: int, end: int
) -> Mention | None:
    """The mention of ``subject`` in the subject span ``start``-``end``, if any."""
    return next((m for m in mentions if m.entry is subject and start <= m.start < end), None)


def _conditions_a_transplant(mentions: list[Mention], subject: Entry, start: int) -> bool:
    """True when the subject is a conditioning that qualifies the transplant named next
    ("reduced-intensity conditioning (RIC) HSCT", read so when the mentions were found)."""
    if "conditioning" not in subject.label.lower():
        return False
    m = next((m for m in mentions if m.entry is subject and m.start >= start), None)
    after = next((n for n in mentions if m is not None and n.start >= m.end), None)
    return (
        after is not None
        and (after.qualifier or "").endswith(" conditioning")
        and re.search(r"transplant", after.entry.label, re.IGNORECASE) is not None
    )


def _transplant_after(
    body: str, mentions: list[Mention], subject: Entry, start: int, end: int
) -> Entry | None:
    """The transplant the subject's mention is followed by ("HDC followed by HSCT"), if any."""
    m = _subject_mention(mentions, subject, start, end)
    then = _THEN_TRANSPLANT.match(body, m.end) if m is not None else None
    if then is None or (then.group("with") and not _CONDITIONING.search(subject.label)):
        return None
    after = next((n for n in mentions if n.start == then.end()), None)
    if (
        after is not None
        and after.entry.kind == INTERVENTION
        and re.search(r"transplant", after.entry.label, re.IGNORECASE)
    ):
        return after.entry
    return None


def _in_combination(
    body: str, mentions: list[Mention], subject: Entry, start: int, end: int
) -> bool:
    """True when the subject's mention is one part of a combination the subject names."""
    m = _subject_mention(mentions, subject, start, end)
    if m is None:
        return False
    after = m.end + len(body[m.end : end]) - len(body[m.end : end].lstrip())
    # "Dendritic cells with tolerogenic function (tolDC) have become ...": what the cells are
    # "with" makes a narrower (or a combined) intervention, never the one named alone.
    # "Treg DLI plus LD IL-2": the abbreviation the mention modifies is the part combined.
    modified = _WORD_AFTER.match(body, after)
    modified = modified if modified and abbreviation_like(modified.group(1)) else None
    # "rituximab may be used ... in combination with another DMARD, and belimumab was recently
    # approved": a combination of an earlier clause is none of the mention's own.
    own = max([start, *(start + b.end() for b in _NEW_CLAUSE.finditer(body[start : m.start]))])
    return bool(
        _COMBINATION.search(body, own, m.start)
        # "Immunoablation by cyclophosphamide and autologous peripheral blood stem cell
        # transplantation": the drug is how the head noun's step is done, one part of it.
        or _MEANS_OF_HEAD.search(body, own, m.start)
        or _COMBINATION.match(body, after)
        or (modified is not None and _COMBINATION.match(body, modified.end()))
        or (after > m.end and _WITH.match(body, after, end))
        # "a high-dose methylprednisolone and cyclophosphamide regimen": a drug named inside a
        # regimen is one part of it.
        or _REGIMEN.match(body, m.end, end)
        or _shares_transplant_head(body, m)
        # "MIS-C patients in the IVIG + anakinra group": an arm given both.
        or any(a.start() <= m.start and m.end <= a.end() for a in _COMBINED_ARM.finditer(body))
    )


_COMBINED_ARM = re.compile(
    r"[\w\-]+(?:\s+\+\s+[\w\-]+)+\s+(?:groups?|arms?|cohorts?)\b", re.IGNORECASE
)


_NEW_CLAUSE = re.compile(r",\s+(?:and|but|whereas|while)\s+|;\s*", re.IGNORECASE)
_EVIDENCE_WORD = re.compile(
    r"\b(?:evidence|data|results?|findings?|measures?|outcomes?|stud(?:y|ies)|trials?|"
    r"reports?|analys[ie]s|experience)\b",
    re.IGNORECASE,
)
# "results from pre-clinical studies ... support the application of the MSC-secretome in
# IMIDs": what animals or cells showed is no result in the disease.
_PRECLINICAL = re.compile(
    r"\b(?:pre-?clinical|animals?|experimental|murine|mouse|mice|rats?|in\s+vitro)\b",
    re.IGNORECASE,
)
# "support the use of rituximab in": what is used, up to where it is used.
_USE_OF = re.compile(r"\b(?:use|applications?)\s+of\s+(.+?)\s+(?:in|for)$")
_BARE_BEFORE_AND = re.compile(r"\b([A-Za-z]+)\s+and\s+$")


def _shares_transplant_head(body: str, m: Mention) -> bool:
    """True when an organ coordinated before a transplant shares its head noun.

    "serial lung and hematopoietic stem cell transplantation" is two transplants, given
    together: the result is theirs, not the stem-cell transplant's alone.
    """
    organ = _BARE_BEFORE_AND.search(body, max(0, m.start - 40), m.start)
    return (
        organ is not None
        and nouns.is_organ(organ.group(1))
        and re.search(r"transplant", m.text + " " + m.entry.label, re.IGNORECASE) is not None
    )


_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_MEANS_AFTER = re.compile(r"\s+(?:by|using|by\s+means\s+of)\s+(?:the\s+|an?\s+)?", re.IGNORECASE)
_WITHOUT_BEFORE = re.compile(r"\bwithout\s+(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)
_ADDED_TO = re.compile(
    r"\b(?:incorporation|addition|inclusion|introduction)\s+of\s+[^,;]{1,80}?\s+(in|into|to)\s+",
    re.IGNORECASE,
)
_MEANS_OF_HEAD = re.compile(r"\b[A-Za-z]+(?:tion|sion|ment|ance|ence|sis)\s+by\s+$")
_WORD_AFTER = re.compile(r"([\w\-]+)\s+")
# "a methylprednisolone and cyclophosphamide regimen", and one named by its parts joined:
# "bendamustine-rituximab combination therapy".
_REGIMEN = re.compile(
    r"(?:[\-‐/+][\w\-]+)?\s+(?:regimens?|protocols?|combinations?|cocktails?)\b", re.IGNORECASE
)
# Words before an item that say it fell: "reduction of proteinuria", "fewer adverse events",
# "a substantial decrease in the level of anti-MDA-5 antibody", "less frequent infections".
_FALLING_BEFORE = re.compile(
    r"(?:\b(?:reductions?|decreases?|declines?|falls?|drops?)\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:(?:levels?|rates?|numbers?|incidences?|titres?|titers?)\s+of\s+)?|"
    # "maintaining 'no evidence of disease activity'", "improvement in ... “No Evidence of
    # Disease Activity”": the absence of an outcome kept or improved is the outcome reduced.
    r"\bno\s+evidence\s+of\s+|"
    # "associated with a low incidence of reactions to stings" ("low platelet counts" are a
    # harm, so only a rate is low)
    r"\blow\s+(?:rates?|incidences?|frequency|risks?)\s+of\s+|"
    r"\b(?:reduced|decreased|lower|fewer|less)\s+(?:(?:rates?|numbers?|incidences?|"
    r"frequent|frequency)\s+(?:of\s+)?)?)$",
    re.IGNORECASE,
)
# "resulted in reduced AHR ..., higher levels of IL-10": the item says its own rise.
_RISING_BEFORE = re.compile(
    r"(?:\b(?:increases?|rises?|elevations?)\s+(?:of|in)\s+(?:the\s+)?|"
    r"\b(?:increased|higher|elevated|raised|greater)\s+(?:(?:levels?|expression|"
    r"concentrations?|production|secretion|numbers?|frequenc(?:y|ies)|percentages?|"
    r"proportions?)\s+of\s+(?:the\s+)?)?)$",
    re.IGNORECASE,
)
_HIGHER = re.compile(r"\b(?:higher|greater|increas\w*|elevat\w*|rais\w*)\b", re.IGNORECASE)
_OWN_RISE_BEFORE = re.compile(
    r"\b(?:longer|better|improved|higher|greater|increased|prolonged)\s+$|"
    # "can decrease CD8+ pathogenic T cells in vivo leading to resolution of pulmonary
    # inflammation": what followed is said in its own words.
    r"\b(?:lead(?:s|ing)?|led|result(?:s|ed|ing)?)\s+(?:to|in)\s+$",
    re.IGNORECASE,
)
_DESCRIBES_PATIENTS = re.compile(
    r"\bwith\s+(?:an?\s+)?(?:poor|good|bad|worse|unfavou?rable|favou?rable|dismal)\s+$",
    re.IGNORECASE,
)
# What fell, named after the fall: "the decline in lung function", "loss of muscle strength".
_FALL_OF = re.compile(
    r"\b(decline|loss|deterioration|worsening|decrease|reduction|fall|drop|impairment)s?\s+"
    r"(?:in|of)\s+(?:the\s+|their\s+|its\s+)?[^,;()]{0,40}$",
    re.IGNORECASE,
)
_INJURY_BY_CAUSE = re.compile(r"\S-(?:induced|triggered)\s", re.IGNORECASE)


def _words_before(body: str, since: int, mention: Mention, label: str) -> str:
    """Up to 30 characters before the first word of ``label`` in ``mention`` (from ``since``):
    a proposed name's mention may hold the words it dropped (" fewer infections")."""
    first = label.split()[0].lower() if label.split() else ""
    at = mention.text.lower().find(first[:-1] if len(first) > 3 else first)
    end = mention.start + max(at, 0)
    return body[max(since, end - 30) : end]


# A verb's object that points back to a disease named before ("control these disorders").
_POINTS_BACK = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:these|this|those|such|the\s+same)\s+"
    r"(?:disorders?|diseases?|conditions?|illness(?:es)?|manifestations?|patients?)\b",
    re.IGNORECASE,
)


def _asserted_cues(body: str, content_start: int, cues: list[_Cue], notes: list[str]) -> list[_Cue]:
    """The cues of what ``body`` asserts: none of an aim or a question, none of what it asks
    "whether", says is unknown or defines, only the need of what research is still needed, and
    no procedure step of what patients required. Says why in ``notes``."""
    if cues and _AIM.match(body):
        # "To determine if HSCT could be a salvage therapy for NMOSD": an aim asserts no
        # result. The aim of a study done ("To evaluate ... of X in patients with Y") still
        # says X was given for Y; a hypothesis or a trial to come says not even that.
        aims = [c for c in cues if c.rule.name == "study-aim"][:1]
        notes.append(
            "the statement says what a study set out to learn: "
            + ("only the use it reports is drafted" if aims else "no claim drafted")
        )
        cues = aims
    elif cues and body.rstrip().endswith("?"):
        # "Does blinatumomab improve symptoms and disease activity in refractory/active SLE?":
        # a question asserts nothing.
        notes.append("the statement asks a question: no claim drafted")
        cues = []
    elif cues and (whether := _WHETHER.search(body, content_start)) is not None:
        # "discuss whether these constructs might yield greater efficacy and be associated
        # with fewer adverse events": what is asked or unknown is asserted of nothing.
        # What the question's being open says of the treatment ("whether they can ameliorate
        # SLE symptoms ... remains to be elucidated") is its standing, and stays.
        notes.append("the statement asks whether: no claim drafted from the question")
        cues = [c for c in cues if c.start < whether.start() or c.rule.kind == STATUS]
    elif cues and (unsettled := _UNSETTLED.search(body, content_start)) is not None:
        # "The association between the degree of Ig deficiency and infection risk is unclear
        # in AAV patients": what is said to be unknown is asserted of nothing; its standing
        # ("... remains unclear" of a treatment) is kept.
        notes.append("the statement says what is unknown: no claim drafted from it")
        cues = [
            c
            for c in cues
            if not c.clause[0] <= unsettled.start() < c.clause[1] or c.rule.kind == STATUS
        ]
    elif cues and (concern := _CONCERN.search(body, content_start)) is not None:
        # "However, common concerns have been the number of patients treated with CsA who
        # achieve sustained remissions and the number that relapse": what is of concern is
        # asserted of nothing.
        notes.append("the statement says what is of concern: no result drafted from it")
        cues = [c for c in cues if c.start < concern.start() or c.rule.kind == STATUS]
    elif cues and (defined := _DEFINED_AS.search(body, content_start)) is not None:
        # "efficacy is defined as a reduction in the high-risk of lymphoma": what a word is
        # taken to mean is no result.
        notes.append("the statement defines a measure: no result drafted from the definition")
        # "Response, defined as ..., was seen in 60%": a definition set off by commas ends
        # where the main clause's verb comes back; its own list runs on ("achieved remission,
        # defined as UPCR < 0.5 g/g, >=50% reduction in UPCR from baseline, and stable renal
        # function").
        aside = body[: defined.start()].rstrip().endswith(",")
        back = _MAIN_CLAUSE_BACK.search(body, defined.end()) if aside else None
        until = back.start() if back is not None else len(body)
        cues = [c for c in cues if not defined.start() <= c.start < until]
    elif cues and _RESEARCH_NEEDED.match(body):
        # "A phase 3 trial is required to evaluate effects on reducing mortality": what is
        # still to be learnt, asserted of nothing but the need for research.
        notes.append("the statement says what research is still needed: no result drafted")
        cues = [c for c in cues if c.rule.name == "needs-research"]
    # "Patients frequently required parenteral nutrition [40%], extensive immunosuppression
    # [31%], ...", "She now requires treatment with steroids and canakinumab", "..., but many
    # patients require treatment for several years": what patients needed are treatments
    # they were given, no steps of one procedure.
    needed = [
        c
        for c in cues
        if c.rule.name == "requires"
        and (
            _NEEDING_PEOPLE.match(body[max(c.clause[0], content_start) : c.start])
            or _NEEDING_PEOPLE.match(body, content_start)
            # "PG can be extremely difficult to treat and patients often require ..."
            or _PEOPLE_BEFORE.search(body, content_start, c.start)
        )
    ]
    if needed:
        notes.append("what patients required is no step of a procedure: none drafted")
        cues = [c for c in cues if c not in needed]

    return cues


# Who a result is reported of, standing as the subject: "(The) patients (with ...)".
# The plural words for people ("patients", "recipients", "children") as regex alternatives.
_PEOPLE_SUBJECT = re.compile(
    rf"\s*(?:(?:however|moreover|notably),?\s+)?(?:the\s+|all\s+|most\s+|some\s+|several\s+|"
    rf"\d+\s+)?(?:{_PEOPLE_WORDS})\b",
    re.IGNORECASE,
)
# Cells "from patients" are cells taken from them.
_CELLS_NAME = re.compile(r"(?:cells?|cytes?)$", re.IGNORECASE)
_FROM_PATIENTS = re.compile(
    rf"\s+(?:(?:isolated|obtained|taken|collected)\s+)?(?:from|of)\s+(?:the\s+|these\s+|"
    rf"treated\s+)?(?:{_PEOPLE_WORDS})\b",
    re.IGNORECASE,
)
_WORD_REST = re.compile(r"\w*")


def _taken_from_patients(text: str, name: str, end: int) -> bool:
    """True when ``name``, cells written in ``text`` up to ``end`` (or up to the end of the
    word there: "Monocytes" for "monocyte"), are said to come from patients."""
    return bool(_CELLS_NAME.search(name)) and bool(
        _FROM_PATIENTS.match(text, _WORD_REST.match(text, end).end())
    )


# Who are the subject of the verb right after: "patients often require", "She now requires".
_PEOPLE_BEFORE = re.compile(
    rf"\b(?:she|he|they|{_PEOPLE_WORDS}|patient)\s+(?:[a-z]+ly\s+|often\s+|"
    r"still\s+|now\s+|also\s+|may\s+|will\s+|then\s+)*$",
    re.IGNORECASE,
)
# Studies named by how they are designed: "Randomization controlled studies", "larger trials".
_DESIGNED_STUDIES = re.compile(
    r"\W*(?:[\w\-]+\s+){0,3}?[\w\-]+(?:ed|er)\s+(?:stud(?:y|ies)|trials?)\b", re.IGNORECASE
)
# Who needed something, opening its clause: "She", "many patients", "Fewer patients in ...".
_NEEDING_PEOPLE = re.compile(
    r"[\s,;]*(?:(?:but|and|while|whereas|however),?\s+)?(?:(?:she|he|they)\b|"
    r"(?:(?:the|all|but|one|most|many|some|few|fewer|more|several|these|those|\d+)\s+)*"
    rf"(?:{_PEOPLE_WORDS}|patient)\b)",
    re.IGNORECASE,
)
_COPULA = re.compile(r"\s+(?:is|are|was|were|remains?|remained)\s", re.IGNORECASE)


def _before_copula(subject: str) -> str:
    """The subjects end at the copula, before what the clause says they are: "Antimalarials
    and glucocorticoids are still the most common drugs used to treat". Not where commas set
    off appositions ("Another anti-IL5 monoclonal antibody, reslizumab, and ..."), whose
    names restate the subjects."""
    cut = _COPULA.split(subject, maxsplit=1)[0]
    return subject if "," in cut else cut + " "


_ENDPOINT_BEFORE = re.compile(
    r"\b(?:primary|secondary|main|co-primary|principal)\s+(?:efficacy\s+)?(?:outcomes?|"
    r"end[\s\-]?points?)\s+(?:was|were|is|are|will\s+be)\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
_AFTER_RECEIVING = re.compile(
    r"\b(?:after|following|upon)\s+(?:(?:receiving|treatment\s+with|being\s+treated\s+with|"
    r"the|an?)\s+)?",
    re.IGNORECASE,
)
_WITH_RIGHT_AFTER = re.compile(r"\s+with\s+(?:treatment\s+with\s+)?", re.IGNORECASE)
_WHETHER = re.compile(
    # "set out to determine if an immunosuppressive regimen ... could improve high-resolution CT
    # scans": "if" after a verb of finding out asks as "whether" does.
    r"\bwhether\b|\b(?:determine|assess|evaluate|investigate|examine|test|establish|see)\s+if\b",
    re.IGNORECASE,
)
_UNSETTLED = re.compile(
    r"\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+|currently\s+|largely\s+)?"
    r"(?:unclear|unknown|uncertain|not\s+(?:clear|known|established|understood)|"
    r"poorly\s+understood|controversial|debated|under\s+debate)\b",
    re.IGNORECASE,
)
_CONCERN = re.compile(
    r"\bconcerns?\s+(?:have|has|had)\s+been\b|"
    r"\b(?:a|the|common|major|main|key)\s+concerns?\s+(?:is|was|are|were|remains?)\b",
    re.IGNORECASE,
)
_DEFINED_AS = re.compile(r"\b(?:defined|taken)\s+as\b", re.IGNORECASE)
_MAIN_CLAUSE_BACK = re.compile(
    r",\s+(?:[a-z]+ed|had|has|have|was|were|is|are|showed|shown)\b", re.IGNORECASE
)
_RISE = re.compile(
    r"\b(?:increas\w*|higher|greater|rais\w*|ris\w*|elevat\w*|induc\w*|aggravat\w*|"
    r"exacerbat\w*|worsen\w*|enhanc\w*)\b",
    re.IGNORECASE,
)
_MEASURED = re.compile(
    r"\b(?:levels?|concentrations?|counts?|titres?|titers?|values?)$", re.IGNORECASE
)
_MECHANISM_STOP = re.compile(
    r"\b(?:making|for\s+the\s+(?:treatment|management)\s+of|to\s+treat)\b|"
    r"\band\s+(?:possess(?:es)?|has|have|is|are|was|were|shows?|exhibits?|displays?)\b",
    re.IGNORECASE,
)
# "regulatory T cell frequency": the cells as what was measured.
_MEASURE_AFTER = re.compile(rf"\s+{_MEASURES}\b", re.IGNORECASE)
# "Kidney transplant recipients receiving", "Mice treated with": who received the treatment.
_RECIPIENTS = re.compile(
    r"\s*(?:[\w\-]+\s+){0,3}?(?:patients|recipients|mice|rats|subjects|participants|children|"
    # "Patients with lupus who received ...": who they are may come first.
    r"adults|animals)\s+(?:with\s+(?:[\w\-']+\s+){1,4}?)?"
    r"(?:receiving|treated\s+with|given|who\s+(?:received|underwent|were\s+treated\s+with))\s+",
    re.IGNORECASE,
)
_RECEIVING = re.compile(
    r"\b(?:receiving|received|treated\s+with|given|undergoing|who\s+(?:received|underwent))\s+",
    re.IGNORECASE,
)
# A change for the better that opens a list: each item after it is of it ("faster
# normalization of LV EF, fever, laboratory analysis").
_GOOD_HEAD_OF_LIST = re.compile(
    r"\b(?:normali[sz]ation|resolution|improvement|reduction|decrease)\s+(?:of|in)\s+"
    r"[^;.()]*(?:,\s*|\s+and\s+)$",
    re.IGNORECASE,
)
# A change for the worse written before what changed: "worse progression-free survival".
_WORSE_BEFORE = re.compile(
    r"\b(?:worse|worsened|worsening|poorer|inferior|shorter)\s+(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
_BENEFIT = re.compile(
    r"\b(?:remissions?|survival|healing|closure|improvements?|quality\s+of\s+life|"
    r"normali[sz]ation|life\s+quality|well[\s\-]?being|recovery)\b|"
    # "prolonged time to disease progression": the longer, the better
    r"\btime[\s\-]+to\b|"
    # A response to treatment, not the body's own ("immunomodulatory responses", "T-cell
    # response"), whose rise is no better by itself.
    r"(?<!immune\s)(?<!immunomodulatory\s)(?<!inflammatory\s)(?<!allergic\s)(?<!cell\s)"
    r"(?<!antibody\s)\bresponses?\b",
    re.IGNORECASE,
)
_LEADING_POPULATION = re.compile(
    r"\s*(?:in|among|for|of)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:patients|outpatients|inpatients|"
    r"adults|children|people|individuals|subjects|participants|those|cases)\b[^,;]{0,120},\s*",
    re.IGNORECASE,
)
# "Seven of 12 patients developed ... after AHSCT": a count of patients names nothing.
_FILLER = nouns.NUMBER_WORDS | {
    # "A growing evidence base", "an accumulating body of evidence"
    "accumulating",
    "base",
    "study",
    "studies",
    "trial",
    "trials",
    "research",
    "data",
    "evidence",
    "result",
    "results",
    "report",
    "reports",
    "analysis",
    "analyses",
    "meta-analysis",
    "meta-analyses",
    "review",
    "reviews",
    "investigators",
    "authors",
    "there",
    "here",
    "recent",
    "ongoing",
    "planned",
    "clinical",
    "randomised",
    "randomized",
    "controlled",
    "observational",
    "retrospective",
    "prospective",
    "cohort",
    "phase",
    "multicentre",
    "multicenter",
    "published",
    "previous",
    "new",
    "large",
    "small",
    "systematic",
    "pooled",
    "registry",
    "series",
    "case",
    "cases",
    "in",
    "of",
    "on",
    "with",
    "from",
    "by",
    "at",
    "for",
    "and",
    "or",
    "to",
    "among",
    "overall",
    "totally",
    "altogether",
    "however",
    "moreover",
    "furthermore",
    "additionally",
    "similarly",
    "notably",
    "also",
    "risk-benefit",
    "patient",
    "patients",
    "both",
    "i",
    "ii",
    "iii",
    "iv",
    "reported",
    "shown",
    "showed",
    "found",
    "demonstrated",
    "observed",
    "suggested",
    "described",
    "indicated",
    "confirmed",
    "several",
    "many",
    "most",
    "some",
    "half",
    "majority",
    "all",
    "none",
    "participants",
    "subjects",
    "children",
    "adults",
    "recently",
    "significant",
    "strong",
    "positive",
    "clear",
    "association",
    "growing",
    "increasing",
    "literature",
    "body",
    "evidence-base",
}
_INTERVENTION_ANAPHOR = {
    "procedure",
    "procedures",
    "treatment",
    "treatments",
    "therapy",
    "therapies",
    "transplant",
    "transplants",
    "transplantation",
    "intervention",
    "interventions",
    "approach",
    "regimen",
    "method",
    "technique",
    "it",
    "they",
    "this",
    "these",
    "cells",
    "product",
    "drug",
    "agent",
}


_WHAT_IT_HOLDS = frozenset({"replete", "depleted", "enriched"})
_NOT_WHAT = frozenset({"the", "a", "an", "and", "or", "of", "with", "allogeneic", "autologous"})


def _qualified_name(body: str, mention: Mention) -> tuple[str, str]:
    """The narrower name and its written form: every specialising word before the mention,
    then the mention ("an autologous nonmyeloablative HSCT" names "autologous nonmyeloablative
    HSCT"), or the label of the entity it names when it is written by another of its names
    ("allogeneic haematopoietic cell transplantation" names "allogeneic haematopoietic
    stem-cell transplantation"), or a CAR by its target."""
    words = []
    before = body[: mention.start].split()
    while before and before[-1].lower().strip(",") in SPECIALISERS:
        words.insert(0, before.pop())
        if words[0].lower() in _WHAT_IT_HOLDS:
            # "T-cell replete", "stem cell enriched": the words before say what.
            while (
                before
                and len(words) < 4
                and before[-1].lower() not in nouns.REFERRING
                and (
                    re.fullmatch(r"[A-Za-z][\w\-]*", before[-1])
                    and before[-1].lower() not in _NOT_WHAT
                )
            ):
                words.insert(0, before.pop())
    # "mesenchymal stem cell (hMSC) transplantation": the abbreviation restates, it is no word
    # of the name.
    text = re.sub(r"\s*\([^()]*\)", "", mention.text).split()
    last = text[-1]
    text[-1] = singular_abbreviation(last) if last[1:] != last[1:].lower() else nouns.singular(last)
    text = " ".join(text)
    qualifiers = " ".join(words) if words else mention.qualifier
    car = nouns.targeted_car(f"{qualifiers} {text}")
    # "allogeneic haematopoietic cell transplantation", "engineered Tregs": the narrower kind
    # is named by the known entity's own label, whichever of its names the sentence used.
    # An abbreviation stays as written ("allogeneic HSCT"); another name of a known entity
    # ("haematopoietic cell transplantation") gives way to its label.
    abbreviated = abbreviation_like(text)
    return (
        car or f"{qualifiers} {text if abbreviated else mention.entry.label}",
        f"{qualifiers} {text}",
    )


def _after_fronted_time(body: str, start: int, first_cue: int, mentions: list[Mention]) -> int:
    """Where the subject starts after a fronted "After ...," or "Following ...," phrase, when
    the main clause names a treatment of its own.

    "After infusion of lymph node (LN) cells mismatched at ..., RUX, administered as a food
    additive, attenuated ...": the phrase says what came first (here, what caused the disease),
    and the result is the main clause subject's. "After infusion of MSCs, the patients had
    ..." names no treatment after the phrase, which keeps it (see _fronted_intervention).
    """
    if not re.match(r"\s*(?:after|following)\s", body[start:first_cue], re.IGNORECASE):
        return start
    comma = nouns.mask_brackets(body).find(",", start, first_cue)
    opening = next((m for m in mentions if comma != -1 and comma < m.start < first_cue), None)
    # "After aHSCT, monitoring for infectious complications, especially for CMV ...": a name
    # further into the clause is not its subject.
    if (
        opening is None
        or opening.entry.kind != INTERVENTION
        or len(body[comma + 1 : opening.start].split()) > 2
    ):
        return start
    return comma + 1


def _after_semicolon(body: str, start: int, first_cue: int, mentions: list[Mention]) -> int:
    """Where the subject of the first cue's clause starts, when a semicolon comes before it.

    "Some patients have insufficient treatment response to cDMARD; although biologics have
    proven to be an effective treatment for RA": the cue's clause has its own subject. It goes
    on with the statement's when it names none ("...; no deaths occurred in patients
    transplanted after 2007") or when the statement opens with the intervention ("Overall,
    MSCs application was safe; a few cases exhibited ...").
    """
    semicolon = nouns.mask_brackets(body).rfind(";", start, first_cue)
    if semicolon == -1:
        return start
    if _subject_kind(body[semicolon + 1 : first_cue], semicolon + 1, mentions) == "generic":
        return start
    opening = next((m for m in mentions if start <= m.start < semicolon), None)
    if (
        opening is not None
        and opening.entry.kind == INTERVENTION
        and re.fullmatch(r"\W*(?:\w+,\s*)?(?:the\s+)?", body[start : opening.start], re.IGNORECASE)
    ):
        return start
    return semicolon + 1


_PATIENTS_WITH_DEVELOP = re.compile(
    r"\s*(?:patients|children|adults|individuals|people)\s+with\s+[^,;]{1,60}?\s+"
    r"(?:develop|present|experience|suffer|exhibit)\b",
    re.IGNORECASE,
)


# "effective in reversing skin changes in ...": what the treatment was effective in doing,
# named before the patients ("effective in treating patients with ..." names no such thing).
_DOING_FIRST = re.compile(
    r"[\s,]+(?:in|for)\s+(?!patients\b)[a-z]+ing\s+"
    r"(?!(?:patients|those|people|children|adults|subjects|individuals)\b)\w",
    re.IGNORECASE,
)


def _about_a_disease(text: str, offset: int, mentions: list[Mention]) -> bool:
    """True when the subject before the first cue is headed by a known disease."""
    inside = [m for m in mentions if offset <= m.start < offset + len(text)]
    if not inside or inside[0].entry.kind != DISEASE:
        return False
    lead = text[: inside[0].start - offset]
    return not re.search(r"\b(?:in|with|for|among|of)\b", lead, re.IGNORECASE) and (
        _subject_kind(lead, 0, []) != "named"
    )


def _subject_kind(text: str, offset: int, mentions: list[Mention]) -> str:
    """Say what the words before a statement's first cue are, once known names are removed.

    ``generic`` when nothing but study words, determiners and known non-interventions remain
    ("Studies have reported", "There was", "Careful patient selection"): the intervention may
    then be one named later in the statement. ``anaphor`` when they point back at an
    intervention ("The procedure", "this treatment"), and ``named`` when they name something
    the lexicon does not know ("Interferon beta"): in both the intervention stays unresolved
    unless the statement itself names it in that place.
    """
    masked = list(text)
    for m in mentions:
        for i in range(max(m.start - offset, 0), min(m.end - offset, len(text))):
            masked[i] = " "
    # "Many in vivo and in vitro studies have demonstrated": where studies were done is a
    # study word too.
    # "45.3% (n=29/64) of patients": a count is no name either.
    unmasked = re.sub(
        r"\b(?:in|ex)\s+(?:vivo|vitro)\b|\bn\s*=\s*[\d/.,]+",
        " ",
        "".join(masked),
        flags=re.IGNORECASE,
    )
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w'’\-]*", unmasked)]
    left = [
        w
        for w in words
        if w not in _FILLER
        and w not in nouns._LEADING
        and w not in nouns._GENERIC
        and not _AUXILIARY.fullmatch(w)
    ]
    if not left:
        if (
            any(w in _INTERVENTION_ANAPHOR for w in words)
            and words
            and words[0]
            in (
                "the",
                "this",
                "these",
                "that",
                "those",
                "such",
                "it",
                "they",
                "its",
                "their",
                "however",
            )
        ):
            return "anaphor"
        return "generic"
    if all(w in _INTERVENTION_ANAPHOR for w in left):
        return "anaphor"
    return "named"


_AUXILIARY = re.compile(
    r"is|are|was|were|be|been|being|has|have|had|can|could|may|might|should|would|will|shall|"
    r"do|does|did|not|no|generally|usually|often|typically|still|currently|now|further|"
    r"significantly|consistently|substantially|further"
)


_APPOSITIVE = re.compile(r",\s*(?:[a-z]+ing)\b[^,;]*?,\s*")


def _appositive_mechanisms(body: str, cues: list[_Cue], start: int) -> list[_Cue]:
    """Read a cue inside a participial apposition of the subject as how it works.

    "Autologous CAR-T cells, targeting B cell CD19 and inducing deep depletion of B cells,
    were tested in ...": the apposition describes the cells, so "inducing deep depletion of
    B cells" is a mechanism, not an outcome the statement reports.
    """
    apposition = _APPOSITIVE.search(body, start)
    if apposition is None or not any(c.start >= apposition.end() for c in cues):
        return cues  # an apposition is followed by the main verb
    mechanism = next(r for r in RULES if r.name == "mechanism")
    out = []
    for cue in cues:
        if (
            apposition.start() < cue.start
            and cue.end < apposition.end() - 1
            and cue.rule.kind == EFFICACY
        ):
            out.append(_Cue(mechanism, cue.start, cue.end, (cue.start, apposition.end() - 1)))
        else:
            out.append(cue)
    return out


def _fronted_intervention(
    body, mentions, fronted_after, lead, subject_start, subject_end, st, proposals, lexicon
) -> Entry | None:
    """The intervention a fronted phrase names when the subject itself names none.

    "Following CD19 CAR T-cell therapy, all patients achieved ...", "Among 20 patients treated
    with HSCT, 15 achieved ...": the statement names what the results came after, or what the
    patients received, in its own words; the subject ("all patients", "15") is only a count.
    """
    spans = []
    if fronted_after is not None and fronted_after.end() <= subject_end:
        spans.append((fronted_after.start(), fronted_after.end(), fronted_after.start()))
    if lead is not None:
        given = _RECEIVING.search(body, lead.start(), lead.end())
        if given is not None:
            spans.append((lead.start(), lead.end(), given.end()))
    for start, end, names_from in spans:
        rest = body[max(end, subject_start) : subject_end]
        if _subject_kind(rest, max(end, subject_start), mentions) != "generic":
            continue
        known = _first(mentions, INTERVENTION, names_from, end)
        if known is not None:
            return known
        words = _FRONTED_LEAD.sub("", body[names_from:end]).strip(" ,")
        name = nouns.targeted_car(words) or nouns.subject_phrase(words)
        if name:
            return _named(name, INTERVENTION, st, proposals, lexicon, "named by a fronted phrase")
    return None


_PROCEDURE_HEAD = re.compile(
    r"[\s\-]+(?:transplantation|transplants?|therapy|therapies|infusions?|treatment|"
    r"transfer)$",
    re.IGNORECASE,
)


def _names_its_cells(subject_text: str, intervention: Entry) -> bool:
    """True when the subject names the cells ``intervention`` gives: "Stem cells" for
    stem-cell transplantation, "mesenchymal stem cells" for mesenchymal stem cell therapy."""
    words = [w for w in subject_text.split() if w.lower() not in nouns._LEADING]
    words = [w for w in words if not _AUXILIARY.fullmatch(w.lower())]
    if not words or nouns.singular(words[-1]).lower() != "cell":
        return False
    cells = re.sub(r"[\s\-]+", " ", " ".join([*words[:-1], "cell"]).lower())
    head = _PROCEDURE_HEAD.search(intervention.label)
    if head is None:
        return False
    given = re.sub(r"[\s\-]+", " ", intervention.label[: head.start()].lower()).strip()
    return cells == f"{given} cell" or cells == given


def _coordinated_with(
    body: str, mentions: list[Mention], subject: Entry, subject_end: int, lexicon: Lexicon
) -> list[Entry]:
    """The known interventions coordinated with the subject's mention ("rituximab and
    mycophenolate are ..."), when the list is the whole subject: no head noun after it that
    the items share ("cyclophosphamide and ATG conditioning" is one regimen). A modifier
    coordinated with the mention's first word names one more ("Autologous and allogeneic
    HSCT": autologous HSCT too), whatever follows."""
    at = next((i for i, m in enumerate(mentions) if m.entry is subject), None)
    if at is None:
        return []
    also = _coordinated_kind(body, mentions[at], lexicon)
    if also is not None:
        return [also]
    found: list[Entry] = []
    last = mentions[at]
    for m in mentions[at + 1 :]:
        if m.start >= subject_end or m.entry.kind != INTERVENTION or m.qualifier:
            break
        if not re.fullmatch(
            r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|nor\s+)", body[last.end : m.start]
        ):
            break
        found.append(m.entry)
        last = m
    rest = body[last.end : subject_end].split()
    if not found or not all(_AUXILIARY.fullmatch(w.lower()) for w in rest):
        return []
    return [e for e in dict.fromkeys(found) if e is not subject]


_MEASURED_OF = re.compile(r"\s*(?:the\s+)?(?:[\w\-]+,?\s+(?:and\s+)?){1,6}?of\s+", re.IGNORECASE)
_BETWEEN_ARMS = re.compile(
    r"\)?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|plus\s+|versus\s+|vs\.?\s+|"
    r"(?:as\s+)?compared\s+(?:with|to)\s+)",
    re.IGNORECASE,
)


def _arms(body: str, mentions: list[Mention], subject: Entry) -> list[Entry]:
    """The known interventions a study set beside ``subject``'s first mention ("aHSCT and
    alemtuzumab", "hydroxychloroquine versus chloroquine"), each joined to the one before."""
    at = next((i for i, m in enumerate(mentions) if m.entry is subject), None)
    if at is None:
        return []
    found: list[Entry] = []
    last = mentions[at]
    for m in mentions[at + 1 :]:
        if m.entry.kind != INTERVENTION or m.qualifier:
            break
        if m.entry is last.entry and re.fullmatch(r"\s*\(", body[last.end : m.start]):
            last = m  # "autologous HSCT (aHSCT) and alemtuzumab": its abbreviation
            continue
        if not _BETWEEN_ARMS.fullmatch(body, last.end, m.start):
            break
        found.append(m.entry)
        last = m
    return [e for e in dict.fromkeys(found) if e is not subject]


def _iri(entry: Entry | None) -> URIRef | None:
    return entry.iri if entry is not None else None


def _add_claim(sd: StatementDraft, claim: DraftClaim) -> None:
    key = (
        claim.intervention.iri if claim.intervention else None,
        claim.kind,
        claim.predicate,
        claim.object.iri,
        claim.direction,
        claim.negated,
        claim.population.key if claim.population else None,
    )
    for other in sd.claims:
        okey = (
            other.intervention.iri if other.intervention else None,
            other.kind,
            other.predicate,
            other.object.iri,
            other.direction,
            other.negated,
            other.population.key if other.population else None,
        )
        if okey == key:
            return
    # "associated with greater risks of X": the comparison ("Increases") says more than the
    # association; one harm gets one claim, never a weaker twin a reviewer might keep.
    same = [
        o
        for o in sd.claims
        if o.kind == claim.kind == SAFETY
        and _iri(o.intervention) == _iri(claim.intervention)
        and o.object.iri == claim.object.iri
        and o.negated == claim.negated
        and {o.direction, claim.direction} == {"AssociatedWith", "Increases"}
    ]
    if same and claim.direction == "AssociatedWith":
        return
    for o in same:
        sd.claims.remove(o)
    sd.claims.append(claim)


# ---------------------------------------------------------------- cues and scopes


def _clauses(body: str, start: int) -> list[tuple[int, int]]:
    bounds = [start]
    # "ILD (acute fibrinous and organizing pneumonia; AFOP) in one patient rapidly responded":
    # what brackets hold is an aside, never the end of the clause around it.
    for match in _BOUNDARY.finditer(nouns.mask_brackets(body), start):
        bounds.append(match.start())
    bounds.append(len(body))
    return [(a, b) for a, b in pairwise(bounds) if b > a]


_VERB_RULES = frozenset({"improve", "reduce", "stabilise", "changed-after", "changed-fronted"})
_HYPHENS = ("-", "\u2010", "\u2011")
_CAPACITY_BEFORE = re.compile(
    r"\b(?:abilit(?:y|ies)|capacit(?:y|ies))\s+to\s+$|\bcapable\s+of\s+$", re.IGNORECASE
)
_REGIMEN_KIND_AFTER = re.compile(
    r"[\s\-\u2010\u2011]+(?:toxicity|intensity)[\s\-\u2010\u2011]+(?:conditioning|regimens?)\b",
    re.IGNORECASE,
)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
_FIRST_WORD = re.compile(r"\s+([\w\-]+)")
# Words that put a noun after them ("favorable results in animal models"), never a verb.
_BEFORE_A_NOUN = re.compile(
    r"\b(?:the|these|those|its|their|our|on|of|from|with|similar|promising|encouraging|"
    r"favou?rable|good|excellent|positive|negative|preliminary|early|initial|clinical|"
    r"first|long-term|short-term)\s+$",
    re.IGNORECASE,
)
_DISEASE_COURSE = re.compile(r"\b(?:disease|progress\w*|relaps\w*|flares?)\b", re.IGNORECASE)
_DISEASE_LEADS_TO = re.compile(
    r"\b(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?(?:disease|disorder|condition|syndrome)s?\s+"
    r"(?:in\s+which|that|which|where|characteri[sz]ed\s+by)\b[^;.]*?,\s*(?:thus\s+|thereby\s+)?"
    r"(?:leading|resulting|causing|contributing)\s+(?:to|in)\b[^,;()]{0,60}$",
    re.IGNORECASE,
)


_AND_ANOTHER = re.compile(r",?\s+and\s+an?\s+", re.IGNORECASE)
_OF_CELLS_BEFORE = re.compile(
    r"\b(?:cells?|grafts?|allografts?|islets?|neurons?)\s+(?:\([\w\-+]+\)\s+)?$", re.IGNORECASE
)
_PREVENTS = re.compile(r"\b(?:prevent\w*|prophylactic|preventive|preventative)\b", re.IGNORECASE)
# "a promising approach for preventing or treating type 1 diabetes" treats it too.
_PREVENTING_NEXT = re.compile(
    r"[\s,]+(?:(?:in|for)\s+)?(?:the\s+)?prevent\w*\b"
    r"(?!\s+(?:and/or|or|and)\s+(?:to\s+)?(?:the\s+)?treat)",
    re.IGNORECASE,
)
_RISE_NOUN = re.compile(r"(?:increase|rise|elevation)s?\s+(?:in|of)\b", re.IGNORECASE)
_OPENS_SUBJECT = re.compile(
    r"[\W_]*(?:(?:notably|interestingly|importantly|moreover|furthermore|additionally),?\s+)?"
    r"(?:(?:the|a|an|significant(?:ly)?|marked(?:ly)?|further|overall|transient|slight|"
    r"modest|small|sustained|rapid)\s+)*",
    re.IGNORECASE,
)


_STOPPED_ITSELF = re.compile(
    r"\b(?:be|been|is|are|was|were)\s+(?:\w+\s+(?:or|and)\s+)?$", re.IGNORECASE
)
_DIAGNOSED_BEFORE = re.compile(r"\b(?:was|were)\s+diagnosed\b", re.IGNORECASE)


def _clause_of(clauses: list[tuple[int, int]], at: int) -> tuple[int, int]:
    return next((c for c in clauses if c[0] <= at < c[1]), clauses[-1])


def _cues(body: str, start: int, clauses: list[tuple[int, int]]) -> list[_Cue]:
    found: list[_Cue] = []
    for rule in RULES:
        for match in rule.pattern.finditer(body, start):
            if match.end() == match.start():
                continue
            if (
                rule.name == "treated-with"
                and match.group(0).lower().startswith("and")
                and not _DIAGNOSED_BEFORE.search(
                    body, _clause_of(clauses, match.start())[0], match.start()
                )
            ):
                # "Initially diagnosed as ... infection and treated with antibiotics, the
                # condition was ...": a participle, not the patient's report of use.
                continue
            if re.match(
                r"(?i)stop|taper|discontinu|withdr", match.group(0)
            ) and _STOPPED_ITSELF.search(body, 0, match.start()):
                # "TCS ... may be tapered or stopped, or restarted as needed": how the treatment
                # is given, not what it lowered.
                continue
            if _DEFINING_BRACKET.search(body, 0, match.start()):
                # what the outcome before the bracket means, no result of its own
                continue
            if rule.kind == PROCEDURE_STEP and _MECHANISM_BEFORE.search(
                body, _clause_of(clauses, match.start())[0], match.start()
            ):
                # "The mechanism of action for sibeprenlimab involves binding to and inhibiting
                # APRIL": how it works, no step of giving it.
                continue
            if re.match(r"(?i)induc", match.group(0)) and _MODEL_OF.search(body, 0, match.start()):
                # "In a mouse model of induced intestinal inflammation with dextran sulfate
                # sodium": how the model was made, not what a treatment brought about.
                continue
            if (
                rule.kind == MECHANISM
                and re.match(r"(?i)mediated", match.group(0))
                and not _EFFECT_MEDIATED.search(
                    body, _clause_of(clauses, match.start())[0], match.start()
                )
            ):
                # "since the proinflammatory cytokines are mediated by JAK and Syk signaling
                # pathways", "pemphigus ... is mediated by desmoglein-3 autoantibodies": how a
                # disease or a molecule arises, not how a treatment works ("This effect was
                # mediated by inhibition of ...").
                continue
            if _ENDPOINT_BEFORE.search(body, 0, match.start()):
                # "The primary outcome was an improvement in the disease activity scores": what
                # a trial set out to measure, not what it found.
                continue
            if body[match.start()].isupper() and _TITLED_BEFORE.search(body, 0, match.start()):
                # "using the Inflammatory Neuropathy Cause and Treatment (INCAT) ... score": a
                # word inside a title-case name is part of the name, no verb of the sentence.
                continue
            if (
                rule.name in _VERB_RULES
                and body[max(0, match.start() - 1) : match.start()] in _HYPHENS
            ):
                # "a gliadin-induced, delayed-type hypersensitivity response", "ANCA-induced
                # NCGN": a participle joined to a noun by a hyphen is an adjective naming a
                # cause, never the sentence's verb.
                continue
            if (
                rule.name in _VERB_RULES
                and match.group(0).lower().endswith("ed")
                and _DEFINITE_BEFORE.search(body, 0, match.start())
            ):
                # "the increased IL-4 levels ... were markedly downregulated": a participle
                # after "the" describes the noun; the verb comes later.
                continue
            if (
                rule.name in _VERB_RULES
                and match.group(0).lower().endswith("ed")
                and not body[: match.start()].strip()
                and (given := _FIRST_WORD.match(body, match.end())) is not None
                and (
                    drugs.names_a_drug(given.group(1))
                    or nouns.looks_like(given.group(1).lower(), INTERVENTION)
                )
            ):
                # "Attenuated androgens should not be used ...": a participle opening the
                # sentence before a treatment's name says which treatment, no result of it.
                continue
            if rule.name in _VERB_RULES and _REGIMEN_KIND_AFTER.match(body, match.end()):
                # "Allo-HSCT using alemtuzumab and reduced toxicity conditioning": the kind of
                # conditioning given, no result.
                continue
            if rule.name in _VERB_RULES and _CAPACITY_BEFORE.search(body, 0, match.start()):
                # "which contributes to their ability to suppress pathological immune
                # responses": what cells are able to do is how they work, not a result.
                continue
            if (
                rule.name == "improve"
                and match.group(0).lower().endswith(" in")
                and not _RECEIVING.search(body, 0, match.start())
            ):
                # "47% have stayed in remission": being in remission is a result only of what
                # the patients are said to have received ("patients who received CAR-T
                # therapy are still in complete remission").
                continue
            if (
                rule.name == "associated-with"
                and match.group(0).lower().startswith("result")
                and _BEFORE_A_NOUN.search(body, 0, match.start())
            ):
                # "based on favorable results in animal models": the noun, not the verb.
                continue
            if _DISEASE_LEADS_TO.search(body, 0, match.start()):
                # "Systemic Sclerosis (SSc), a disease in which hands and face are severely
                # affected, leading to disability and a decrease in quality of life": what a
                # disease brings about is no treatment's result.
                continue
            clause = _clause_of(clauses, match.start())
            # A rule whose words before its cue only say where it applies marks the cue itself.
            span = match.span("cue") if "cue" in rule.pattern.groupindex else match.span()
            found.append(_Cue(rule, *span, clause))
    # Overlapping cues: the earlier rule in RULES wins, then the longer match ("not
    # recommended" over "recommended", "improvement in" over "improve").
    order = {rule.name: i for i, rule in enumerate(RULES)}
    found.sort(key=lambda c: (order[c.rule.name], -(c.end - c.start)))
    kept: list[_Cue] = []
    for cue in found:
        if all(cue.end <= k.start or cue.start >= k.end for k in kept):
            kept.append(cue)
    kept.sort(key=lambda c: c.start)
    # "with variable improvement in optic nerve demyelination": one cue, the improvement's
    # objects with the variation's direction, never also a plain improvement.
    merged: list[_Cue] = []
    for cue in kept:
        before = merged[-1] if merged else None
        if (
            before is not None
            and before.rule.name == "varies"
            and cue.rule.kind == EFFICACY
            and not body[before.end : cue.start].strip()
        ):
            merged[-1] = _Cue(
                _directed(cue.rule, before.rule), before.start, cue.end, before.clause
            )
        else:
            merged.append(cue)
    return [c for c in (_as_observed(cue, merged, body) for cue in merged) if c is not None]


def _as_observed(cue: _Cue, cues: list[_Cue], body: str) -> _Cue | None:
    """A "was observed in" cue as the result word opening its subject reads it.

    "Reduced levels of IL-1β ... were observed in the cluster infused with MSCs": the word
    before says the direction; "were observed in" says who, and adds no improvement against it.
    "A transient increase in serum IFN-γ levels was observed": the rise is the result, read (or
    left undrafted, as a rise of no known worth) by its own cue, and the observing is dropped
    (``None``).
    """
    if cue.rule.name != "passive-result":
        return cue
    said = next(
        (
            other
            for other in cues
            if other.rule.kind == EFFICACY
            and other.rule.direction is not None
            and cue.clause[0] <= other.start < cue.start
            # the direction word opens the subject ("a response, based on a reduction in
            # CDAI, was observed" is a response seen)
            and _OPENS_SUBJECT.fullmatch(body, cue.clause[0], other.start) is not None
        ),
        None,
    )
    if said is None:
        return cue
    if said.rule.direction != cue.rule.direction:
        return _Cue(_directed(cue.rule, said.rule), cue.start, cue.end, cue.clause)
    return None if _RISE_NOUN.match(body, said.start, said.end) else cue


def _directed(rule: Rule, like: Rule) -> Rule:
    """``rule`` asserting the direction (and its predicate) of ``like``."""
    return dataclasses.replace(rule, direction=like.direction, predicate=like.predicate)


def _objects(
    cue: _Cue, cues: list[_Cue], body: str, mentions: list[Mention], populations: list[Population]
) -> tuple[list[tuple[Mention, Entry]], tuple[int, int]]:
    rule = cue.rule
    clause_start, clause_end = cue.clause
    # A later cue for the same kind of object ends the scope; outcomes and harms are one kind
    # here: in "associated with improved bladder function and reduced rate of grey matter
    # atrophy" the atrophy is reduced, not associated.
    results = {OUTCOME, ADVERSE_EVENT}
    later = [
        c.start
        for c in cues
        if c.start >= cue.end
        and c.rule.kind != MECHANISM
        and (c.rule.objects == rule.objects or {c.rule.objects, rule.objects} <= results)
    ]
    if rule.scope == "before" and rule.name == "most-common-harms":
        # The list of harms before it may hold ", and hypertension were ...", which reads like
        # a new clause: the scope runs back to the sentence's last semicolon.
        scope = (body.rfind(";", 0, cue.start) + 1, cue.start)
    elif rule.scope == "before":
        # "the alveolar injuries ... were attenuated, and the proportion of M2 macrophages was
        # increased": an earlier cue for the same kind of object ends what this one reads back.
        start = max(
            [
                clause_start,
                *(
                    c.end
                    for c in cues
                    if c.end <= cue.start
                    and c.rule.kind != MECHANISM
                    and (
                        c.rule.objects == rule.objects or {c.rule.objects, rule.objects} <= results
                    )
                ),
            ]
        )
        # "the clinical symptoms ... have remarkably improved": the auxiliary is not a name's.
        aux = re.search(r"(?:\s+(?:have|has|had|is|are|was|were|been|be))+\s*$", body[: cue.start])
        scope = (start, aux.start() if aux and aux.start() > start else cue.start)
    elif rule.scope == "adjacent-before":
        before = [
            m for m in mentions if m.end <= cue.start and body[m.end : cue.start].strip() == ""
        ]
        hits = [(m, m.entry) for m in before[-1:] if m.entry.is_a(rule.objects)]
        return hits, (cue.start, cue.start)
    elif rule.scope == "clause":
        scope = (clause_start, clause_end)
    elif rule.scope == "clause-after":
        scope = (cue.end, clause_end)
        stop = _MECHANISM_STOP.search(body, cue.end, clause_end)
        if stop:
            # "... and possess immune-modulatory properties making them a promising tool for
            # the treatment of GvHD": what it is used for is not how it works.
            scope = (cue.end, stop.start())
        acting_on = _MEANS_ON.match(body, cue.end, scope[1])
        if acting_on is not None and re.search(r"(?i)\b(?:its|their)\s*$", body[: cue.end]):
            # "through its immunomodulatory effects on lymphocyte trafficking, inflammation,
            # and autoantigen transport": how it works is its effects; what they act on is
            # no second, third or fourth means.
            scope = (cue.end, acting_on.end())
        result = next(
            (c.start for c in cues if cue.end <= c.start < scope[1] and c.rule.kind == EFFICACY),
            None,
        )
        joined = body.rfind(" and ", cue.end, result) if result is not None else -1
        if joined > cue.end and re.search(r"\s(?:in|at|of)\s+$", body[joined:result]):
            # "due to its regenerative properties and success in improving skin quality": the
            # result named after the means is no part of how it works.
            scope = (cue.end, joined)
    elif rule.scope == "risk":
        tail = re.search(
            r"\b(?:is|are|was|were)\s+(?:higher|increased|greater|elevated)\b",
            body[cue.end : clause_end],
        )
        scope = (cue.end, cue.end + tail.start() if tail else clause_end)
    else:
        end = min([clause_end, *later])
        means = next(
            (c.start for c in cues if c.start >= cue.end and c.rule.kind == MECHANISM), None
        )
        if means is not None and rule.kind != MECHANISM:
            end = min(end, means)  # "restore tissues by their ... function": not restored
        if re.search(r"\ban?\s+$", body[: cue.start], re.IGNORECASE) or re.search(
            r"\ban?\s+\w", body[cue.start : cue.end], re.IGNORECASE
        ):
            # "induced a reduction in the relapse rate and an EDSS stabilisation": the second
            # "a(n)" opens what was induced next to the reduction, not one more thing reduced.
            other = _AND_ANOTHER.search(body, cue.end, end)
            end = other.start() if other is not None else end
        verb = next(
            (m for m in _NEXT_VERB.finditer(body, cue.end, end) if verb_only(m.group(1).lower())),
            None,
        )
        if verb is not None:
            # "reduced hyperresponsiveness to type I and II interferons, normalized TH1 and
            # follicular T helper cell responses": what a verb of its own acts on is not reduced.
            end = verb.start()
        counted = _COUNTED_CLAUSE.search(body, cue.end, end)
        if counted is not None:
            # "19 of 23 patients (82%) achieved full remission and only 4 (17%) did not respond
            # fully and needed orbital irradiation or orbital decompressive surgery": a clause
            # whose subject is a count of other patients says what they did.
            end = counted.start()
        causal = _CAUSAL_RELATIVE.search(body, cue.end, end)
        if causal is not None and rule.objects in (OUTCOME, ADVERSE_EVENT):
            # "inhibiting signalling of both interleukin 31 and oncostatin M, two cytokine
            # pathways that contribute to pruritus": what the thing acted on drives is no
            # result of the treatment; the sentence does not say the pruritus fell.
            end = causal.start()
        ends = [_OWN_DIRECTION.search(body, cue.end, end)]
        if cue.rule.direction == "Reduces":
            ends.append(_OWN_GOOD_END.search(body, cue.end, end))
        own = min((m for m in ends if m is not None), key=lambda m: m.start(), default=None)
        if own is not None and rule.objects in (OUTCOME, ADVERSE_EVENT):
            # "Lower histopathological score and longer colon length": a conjunct with its own
            # comparative takes its direction from it, never from the cue across "and".
            end = own.start()
        clause = _PASSIVE_CLAUSE.search(body, cue.end, end)
        # The verb of a clause of change may be the later cue that ends the scope.
        change = _CHANGE_CLAUSE.search(body, cue.end, clause_end)
        if change is not None and change.start() < end and clause is None:
            clause = change
        if clause is not None and rule.objects in (OUTCOME, ADVERSE_EVENT):
            # "improved the symptoms, and the serum levels of IL-10, IL-6 and IL-17 were
            # significantly altered": the second clause says its own change, not the cue's.
            end = clause.start()
        verb = _verb_conjunct(body, cue.end, end)
        if verb is not None and rule.objects in (OUTCOME, ADVERSE_EVENT):
            # "reduce liver accumulation of granulocytes and dampen VCAM-1 expression",
            # "inhibit inflammation and promote regeneration": a conjunct led by a verb is an
            # action of its own, with its own direction, never one more object of the cue.
            end = verb
        purpose = _PURPOSE.search(body, cue.end, end)
        if purpose is not None and rule.objects == STEP:
            # "consists of indefinite anticoagulation ... to prevent recurrence of thrombotic
            # events", "is required to increase the chances of achieving remission": what a
            # step is for is not one more step.
            end = purpose.start()
        if rule.name == "none-observed":
            # "No treatment-related deaths occurred": the harms end at their verb.
            verb = re.compile(r"\s+(?:were|was|occurred)\b").search(body, cue.end, end)
            end = verb.start() if verb else end
        scope = (cue.end, end)
        if rule.objects in (OUTCOME, ADVERSE_EVENT):
            stop = _OUTCOME_STOP.search(body, cue.end, end)
            if stop:
                scope = (cue.end, stop.start())
    hits = _mentions_of(mentions, rule.objects, *scope)
    # "In multivariable analysis adjusted on multifocal choroiditis and baseline dose of
    # corticosteroids, the TFFS was significantly higher ...": what an analysis is adjusted
    # for is a covariate, never a result.
    hits = [h for h in hits if not _ADJUSTED_FOR.search(body, max(0, h[0].start - 100), h[0].start)]
    if rule.kind == EFFICACY:
        # "might be effective in refractory UC and might open new avenues for clinical trials
        # in PSC": a disease trials are to be run in is no disease the treatment was found
        # to help.
        hits = [h for h in hits if not _TRIALS_IN.search(body, max(0, h[0].start - 60), h[0].start)]
    if rule.objects in (OUTCOME, ADVERSE_EVENT):
        hits = [h for h in hits if not _where_reached(h, body, scope[0])]
        # "may decrease your ability to fight infection": what the patients are able to do is
        # what fell, never the infection it names.
        hits = [h for h in hits if not _ABLE_TO.search(body, scope[0], h[0].start)]
        # "increased retinal ganglion cell (RGC) survival", "T cell responses": what the
        # cells did, never the patients' survival or response.
        hits = [h for h in hits if not _OF_CELLS_BEFORE.search(body, 0, h[0].start)]
        # "a complete response of disease activity": what the response is of is part of it,
        # no second outcome improved; "the risk of relapse (relapse-free survival of 84%
        # versus 69%)": a bracket opened on an object gives how it was measured, not one more.
        hits = [
            h
            for h in hits
            if h[1].kind == DISEASE
            or not any(
                o[0].end <= h[0].start
                and re.fullmatch(r"\s+of\s+(?:the\s+)?|\s*[(\[]", body[o[0].end : h[0].start])
                for o in hits
            )
        ]
    if rule.objects in (OUTCOME, ADVERSE_EVENT):
        # "improves survival in SSc with poor prognosis": who the patients are, not a result.
        hits = [
            h
            for h in hits
            if not (
                h[1].label.lower().startswith("prognos")
                and _DESCRIBES_PATIENTS.search(body, 0, h[0].start)
            )
        ]
    if rule.objects == DISEASE:
        # "has shown efficacy in treating refractory uveitis in multiple settings, including
        # idiopathic disease, juvenile idiopathic arthritis, sarcoidosis, ...": the settings
        # are where the disease treated arose, not diseases treated.
        hits = [h for h in hits if not _SETTINGS_BEFORE.search(body, scope[0], h[0].start)]
    if rule.kind == EVIDENCE_OF_USE:
        # "to four patients with chronic refractory psoriasis vulgaris without arthropathy":
        # what the patients did not have is who they were, never a use denied.
        hits = [h for h in hits if not _WITHOUT_BEFORE.search(body, 0, h[0].start)]
    if rule.objects == DISEASE and rule.scope == "after":
        outside = [
            h
            for h in hits
            if not _in_population(h[0], populations, body)
            # "in SSc patients": the disease names the patients.
            and not (
                _PATIENTS_AFTER.match(body, h[0].end)
                and re.search(r"\bin\s+(?:\w+\s+)?$", body[: h[0].start])
            )
        ]
        lead = _LEADING_POPULATION.match(body)
        if not hits and rule.kind == RECOMMENDATION and lead and lead.end() <= cue.start:
            # "In adult outpatients with moderate-severe ulcerative colitis, the AGA recommends
            # using infliximab ... over no treatment": the patients it is recommended for, named
            # before the sentence's subject, name the disease.
            hits = _population_diseases(
                [
                    h
                    for h in _mentions_of(mentions, DISEASE, lead.start(), lead.end())
                    if _in_population(h[0], populations, body)
                ],
                body,
            )
        if outside:
            hits = outside
        elif hits and (
            _mentions_of(mentions, OUTCOME, scope[0], hits[0][0].start)
            or _DOING_FIRST.match(body, cue.end, hits[0][0].start)
        ):
            # "effective in inducing IDU healing in patients with SSc": effective for the
            # outcome it names, in those patients, which says nothing of the disease itself;
            # "effective in reversing skin changes in patients with POEMS syndrome" likewise,
            # whether or not the thing changed is a known outcome.
            hits = []
        else:
            hits = _population_diseases(hits, body)
    if not hits and rule.scope == "after" and rule.objects in (OUTCOME, ADVERSE_EVENT):
        # "can stabilize or even improve function": coordinated verbs share the next object.
        nxt = next((c for c in cues if c.start >= cue.end and c.rule.objects == rule.objects), None)
        if nxt is not None and re.fullmatch(
            r"\s*(?:or|and|and/or)(?:\s+\w+ly|\s+even)?\s*", body[cue.end : nxt.start]
        ):
            return _objects(nxt, cues, body, mentions, populations)[0], scope
    return hits, scope


_COUNTED_CLAUSE = re.compile(
    rf",?\s+(?:and|but|while|whereas)\s+(?:only\s+)?(?:\d+|{'|'.join(sorted(nouns.NUMBER_WORDS))})"
    r"\b(?:\s*\([^)]*\))?(?:\s+of\s+(?:the\s+)?\w+)?(?:\s+(?:patients?|cases?))?"
    r"\s+(?:did|had|have|were|was|needed|required|developed|relapsed|died|remained)\b",
    re.IGNORECASE,
)
# A list item that opens with a verb's past form: ", normalized TH1 ...", ", and cured ...".
_NEXT_VERB = re.compile(r",\s+(?:and\s+)?([a-z]+ed)\b(?!-)(?!\s+by\b)")
# Where the agent after a passive's "by" ends: "decreased by hMSC treatment on day 13".
_AGENT_END = re.compile(
    r"\s+(?:on|in|at|after|during|for|from|when|compared|versus|vs|than|as|and|or|but)\b|[,;(]",
    re.IGNORECASE,
)
_PASSIVE = frozenset({"passive-result", "passive-reduce", "passive-improve"})
# Words that may stand between a verb and its object: "improved the disease", "markedly
# attenuated experimental ...". "suppresses ongoing EAMG", "ameliorated established
# arthritis": a word for the stage the disease had reached names no narrower disease.
_DIRECT = re.compile(
    r"\s+(?:(?:the|an?|their|its)\s+)?(?:\w+ly\s+)?"
    r"(?:(?:ongoing|established|active|existing|overt|clinical|refractory)\s+)?",
    re.IGNORECASE,
)


_ADJUSTED_FOR = re.compile(
    r"\b(?:adjusted|adjusting|controlled|controlling|stratified)\s+(?:for|on|by)\s+[^,;()]*$",
    re.IGNORECASE,
)
_MEASURED_KIND_BEFORE = re.compile(
    r"\b(?:serolog|laborator|biochemi|radiolog|radiograph|histolog|immunolog)\w*\s+$",
    re.IGNORECASE,
)


# Between a disease and the verb it is the subject of: "PTM that (has) improved", "MS
# markedly improved".
_CHANGED_SUBJECT_GAP = re.compile(
    r"\s*(?:\s(?:that|which)\s+)?(?:(?:has|have|had|was|were|is|are|been|\w+ly)\s+)*",
    re.IGNORECASE,
)


_NOTHING_BETWEEN = re.compile(r"\s*")


def _disease_just_before(
    body: str, mentions: list[Mention], start: int, gap: re.Pattern
) -> tuple[Mention, Entry] | None:
    """The disease mention that ends before ``start`` with only ``gap`` between them."""
    before = [m for m in mentions if m.end <= start]
    if before and before[-1].entry.kind == DISEASE and gap.fullmatch(body, before[-1].end, start):
        return before[-1], before[-1].entry
    return None


def _treated_disease(
    cue: _Cue, body: str, mentions: list[Mention], populations: list[Population]
) -> tuple[Mention, Entry] | None:
    """The disease an improving or reducing verb takes as its object, if it takes one (or,
    for "improved with" and "improved after", as its subject).

    "cMSCs markedly improved MG", "can ameliorate asthma", "attenuated EAE": the verb's object
    is the disease itself, a benefit for it. Only the mention right after the verb (an article
    or an adverb between), and never one that describes the patients ("improved survival in
    patients with MS" is an outcome in a population).
    """
    verb = body[cue.start : cue.end]
    if cue.rule.name in ("passive-reduce", "passive-improve"):
        # "on-going EAAU was suppressed by Tregs": the disease is the one just before.
        return _disease_just_before(body, mentions, cue.start, _NOTHING_BETWEEN)
    if cue.rule.name == "changed-after":
        # "Psoriasis improved with acitretin", "refractory PTM that improved following
        # treatment with teprotumumab": the disease that improved is the one the verb follows.
        if not re.match(r"(?i)\s*improv", verb):
            return None
        return _disease_just_before(body, mentions, cue.start, _CHANGED_SUBJECT_GAP)
    # "Cyclosporine treatment led to improvement in PRCA": the noun takes the disease as the
    # verb does.
    # "serologic improvements in refractory SLE" are the patients' laboratory values.
    noun = (
        cue.rule.name == "improvement-in"
        and re.fullmatch(r"(?i)improvements?\s+(?:in|of)", verb)
        and not _MEASURED_KIND_BEFORE.search(body, 0, cue.start)
    )
    if cue.rule.name not in ("improve", "reduce") and not noun:
        return None
    if cue.rule.name == "improve" and not re.match(r"(?i)\s*improv", verb):
        return None  # "induced EAE", "increased SLE" say the disease was brought on
    after = next((m for m in mentions if m.start >= cue.end), None)
    if (
        after is None
        or after.entry.kind != DISEASE
        or not _DIRECT.fullmatch(body, cue.end, after.start)
        or _in_population(after, populations, body)
    ):
        return None
    # "improved MG symptoms": the disease names what is measured, the outcome is the object.
    rest = body[after.end :]
    if re.match(r"[\s\-\u2010\u2011]*[A-Za-z]", rest) and not re.match(
        r"\s*(?:,|;|\.|\band\b|\bor\b|\bby\b|\bin\b|\bthrough\b|\bvia\b|\bwith\b|"
        r"\bcompared\b|\bpartially\b|\bpartly\b|\bmice\b|\brats\b|\bmodels?\b|$)",
        rest,
    ):
        return None
    return after, after.entry


_OWN_DIRECTION = re.compile(
    r"(?:,|\band\b|\bor\b|\bwhile\b)\s+(?:(?:a|an|the|significantly|markedly)\s+)?(?:better|worse|"
    r"higher|lower|greater|fewer|less|more|longer|shorter|larger|smaller|increased|decreased|"
    r"reduced|improved|elevated|"
    # "reduced inflammatory infiltration, myelin loss, and preservation of astrocytes and
    # neurons": a conjunct named by its own change is no more of what was reduced.
    r"(?:preservation|restoration|recovery|improvement|increase)\s+of)\b",
    re.IGNORECASE,
)
# A conjunct named by its own good end: "decreased antidonor isohemagglutinin levels and
# resolution of PRCA" (no more reduced), "improvement of arthritis, resolution of MAS" (as
# improved as the rest), or a good state on its own: "a reduced relapse rate and clinical
# stability or improvement" (the stability is gained, not reduced).
_OWN_GOOD_END = re.compile(
    r"(?:,|\band\b|\bor\b)\s+(?:(?:a|an|the|complete|partial)\s+)?(?:(?:resolution|"
    r"normali[sz]ation|disappearance|clearance|regeneration|reversal)\s+(?:of|in)\b|"
    r"(?:(?:clinical|disease|sustained)\s+)?(?:stability|stabili[sz]ation|remission|recovery|"
    r"improvement)\b(?!\s+(?:of|in)\b))",
    re.IGNORECASE,
)


_PURPOSE = re.compile(
    r"\s+(?:in\s+order\s+)?to\s+(?:\w+ly\s+)?(?:prevent|reduce|improve|achieve|increase|induce|"
    r"ensure|minimi[sz]e|avoid|limit|control|maintain|treat|decrease|lower|promote|restore|"
    r"cure)\b",
    re.IGNORECASE,
)


_PASSIVE_CLAUSE = re.compile(
    r",\s+(?:and|but|while|whereas)\s+(?=(?:the|these|those|its|their)\b[^;]{0,120}?\b(?:was|were|"
    r"is|are)\s+(?:\w+ly\s+)?\w+ed\b)",
    re.IGNORECASE,
)
# "Treg suppressive function increased and disease progression stabilized": a subject of
# its own and its own verb of change.
_CHANGE_CLAUSE = re.compile(
    r",?\s*\b(?:and|but)\s+(?=(?:[\w\-]+\s+){1,4}(?:stabili[sz]ed|improved|worsened|declined|"
    r"remained|decreased|increased|fell|rose)\b)",
    re.IGNORECASE,
)
# "and dampen", "or promote": a base form after the conjunction ("and increased" is a
# comparative item, see _OWN_DIRECTION; "including" introduces items).
# "reducing frequency and severity of attacks, and producing long term remission": a
# gerund the English lexicon knows only as a verb leads an action of its own too.
_CONJUNCT = re.compile(r",?\s+(?:and|or)\s+(?:also\s+)?([a-z]+(?<!ed))\b")


def _verb_conjunct(body: str, start: int, end: int) -> int | None:
    """Where a conjunct led by a word the English lexicon knows only as a verb starts."""
    for m in _CONJUNCT.finditer(body, start, end):
        if verb_only(m.group(1)):
            return m.start()
    return None


def _rise_not_judged(obj: Entry, cue_words: str) -> str:
    """The note for a rise the drafter leaves to the curator."""
    return (
        f"{obj.label!r} rises ('{cue_words.strip()}'): not drafted, the wording does not say "
        "whether that is an improvement"
    )


def _where_reached(hit: tuple[Mention, Entry], body: str, start: int) -> bool:
    """True for a disease named after "in" behind what the cue governs: in "can induce
    remission in refractory ulcerative colitis" it is where the outcome was reached, never one
    more thing the cue induced."""
    m, entry = hit
    where = _IN_DISEASE_BEFORE.search(body, max(start, m.start - 60), m.start)
    return bool(
        where is not None
        and (entry.kind == DISEASE or nouns.looks_like(entry.label, DISEASE))
        and re.search(r"[A-Za-z]{3}", body[start : where.start()])
    )


def _mentions_of(mentions: list[Mention], kind: str, start: int, end: int):
    return [
        (m, m.entry)
        for m in mentions
        if start <= m.start
        and m.end <= end
        and m.entry.is_a(OUTCOME if kind == ADVERSE_EVENT else kind)
        and (kind != STEP or m.entry.kind == STEP)
    ]


def _without_qualifiers(
    objects: list[tuple[Mention, Entry]], body: str
) -> list[tuple[Mention, Entry]]:
    """Objects less the diseases that only say which of an earlier object is meant.

    "healing fistulae associated with Crohn's disease": the disease says which fistulae, no
    second thing healed.
    """
    return [
        h
        for h in objects
        if h[1].kind != DISEASE
        or not any(
            o[0].end < h[0].start and _QUALIFIED_BY.fullmatch(body, o[0].end, h[0].start)
            for o in objects
        )
    ]


_QUALIFIED_BY = re.compile(
    r"\s*(?:associated\s+with|related\s+to|due\s+to|secondary\s+to|caused\s+by)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_IN_DISEASE_BEFORE = re.compile(
    r"\bin\s+(?:(?:patients|those|subjects|children|adults)\s+with\s+)?(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
_TRIALS_IN = re.compile(
    r"\b(?:trials?|studies)\s+(?:in|for)\s+(?:patients\s+with\s+)?(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PATIENTS_AFTER = re.compile(
    r"\s+(?:patients|subjects|individuals|children|adults|mice|rats)\b", re.IGNORECASE
)


def _in_population(m: Mention, populations: list[Population], body: str) -> bool:
    for p in populations:
        start = body.find(p.text)
        if start >= 0 and start <= m.start and m.end <= start + len(p.text):
            return True
    return False


def _population_diseases(hits, body: str):
    # Only the diseases that define the population, not those of a relative clause
    # ("who are at high risk ..., such as those with ... ILD").
    if not hits:
        return hits
    kept = [hits[0]]
    for m, e in hits[1:]:
        between = body[kept[-1][0].end : m.start]
        if re.search(r"\b(?:who|that|whose|which|such\s+as|absence)\b", between):
            break
        kept.append((m, e))
    return kept


def _taken_away(body: str) -> list[tuple[int, int]]:
    """The spans of what ``body`` says was taken away ("depletion of Tregs", "Treg-depleted")."""
    return [(m.start(), _span_end(body, m.end())) for m in _REMOVED.finditer(body)]


_ADVERSE_WORD = re.compile(r"\b(?:adverse|side)\b", re.IGNORECASE)
_IN_WHOM = re.compile(r"\b(?:in|for|of)\s+whom\b", re.IGNORECASE)
_CLAUSE_PUNCTUATION = re.compile(r"[,;]")
_HISTORY = re.compile(
    r"\b(?:who\s+(?:had\s+)?(?:failed|relapsed\s+after|(?:were|was)\s+refractory\s+to|"
    r"did\s+not\s+respond\s+to)|(?:refractory|resistant|unresponsive)\s+to|"
    r"intolerant\s+(?:of|to)|(?:previous|prior)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:therapies|therapy|treatments?|lines?))\b",
    re.IGNORECASE,
)


_TITLED_BEFORE = re.compile(r"(?<=\S\s)(?:[A-Z][a-z][\w\-]*\s+){2,}$")
_GIVEN_AFTER = re.compile(
    r"\b(?:prophylaxis|therapy|treatment|maintenance|consolidation|regimen)\s+"
    r"(?:after|following)\s+",
    re.IGNORECASE,
)


_DESPITE = re.compile(r"\bdespite\b", re.IGNORECASE)
_STOPPED = re.compile(r"\b(?:stopped|discontinued|withdrawn|ceased|interrupted)\b", re.IGNORECASE)


def _named_only_after_despite(
    body: str, mentions: list[Mention], subject: Entry | None, start: int
) -> bool:
    """True when ``subject`` is named in ``body`` only after a "despite" that follows
    ``start`` (what went on in spite of it)."""
    despite = _DESPITE.search(body, start)
    return despite is not None and _named_only_after(mentions, subject, despite.start())


def _named_only_after(mentions: list[Mention], subject: Entry | None, start: int) -> bool:
    """True when ``subject`` is named, and only after ``start``."""
    if subject is None:
        return False
    named = [m.start for m in mentions if m.entry.iri == subject.iri]
    return bool(named) and min(named) > start


# A possessive that ends the words before a harm: "Their higher mortality".
_POSSESSIVE_END = re.compile(r"\b(?:their|his|her)\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)
# Words that give the reason for what was said before them.
_BECAUSE = r"\b(?:due\s+to|because\s+of|owing\s+to|in\s+view\s+of|given\s+(?:its|their))\b"
_REASON_BETWEEN = re.compile(_BECAUSE, re.IGNORECASE)
# A treatment's standing, then the reason for it: what follows is the disease's.
_REASON_FOR_STANDING = re.compile(
    r"\b(?:(?:treatment|therapy)\s+of\s+choice|indicated|recommended|first[\s\-]line|"
    rf"standard\s+of\s+care)\b[^;]*?{_BECAUSE}[^;]*$",
    re.IGNORECASE,
)


_DESPITE_TREATMENT = re.compile(
    r"\s*despite\s+(?:[\w\-]+\s+){0,2}?(?:treatments?|therap(?:y|ies))\b", re.IGNORECASE
)
_P_VALUE = re.compile(
    r"\bp\s*(?P<sign>[=<>≤≥]|<=|>=)\s*(?P<value>0?\.\d+|1(?:\.0+)?)\b", re.IGNORECASE
)


def _not_significant(clause: str) -> bool:
    """True when the clause gives p-values and each says the difference is not significant
    ("(p = .398)", "P > 0.05"); never when one of them says it is ("P = 0.008 and P = 0.4")."""
    values = [(m.group("sign"), float(m.group("value"))) for m in _P_VALUE.finditer(clause)]
    # "closely associated with ... constipation (OR, 2.45, ..., p = 0.05)": at the threshold
    # the authors' own reading stands.
    return bool(values) and all(
        sign not in ("<", "≤", "<=") and value > 0.05 for sign, value in values
    )


_HEDGED_DIFFERENCE = re.compile(r"\b(?:trends?|tended|numerical(?:ly)?)\b", re.IGNORECASE)
_TWO_ARMS = re.compile(
    r"\b(?:in|of|between)\s+the\s+\S+\s+and\s+\S+\s+(?:groups|arms)\b|"
    # "Treatment-related mortality was high in both HSCT groups (29% and 16%; P = .09)"
    r"\bboth\s+(?:\S+\s+){0,2}?(?:groups|arms)\b",
    re.IGNORECASE,
)
_SOME_PATIENTS = re.compile(
    r"\b(?:a\s+minority|some|a\s+few|a\s+subset|a\s+proportion|several)\s+"
    rf"(?:of\s+(?:the\s+|these\s+|our\s+)?)?(?:{_PEOPLE_WORDS}|cases)\b",
    re.IGNORECASE,
)
_INACTIVE_ARM = re.compile(
    r"\b(?:placebo|sham|vehicle|controls?|untreated|no\s+(?:treatment|therapy))\b", re.IGNORECASE
)


def _active_arms_only(body: str) -> bool:
    """True when the statement sets two named arms against each other and neither is a
    placebo or a control ("... in the OVB and MDI groups, respectively (P = .31), with 71% and
    64% achieving histologic response (P = .38)"): a p-value there says the two treatments
    did alike, not that neither did anything."""
    return _TWO_ARMS.search(body) is not None and _INACTIVE_ARM.search(body) is None


def _not_shown(body: str, end: int, clause_not_shown: bool) -> bool:
    """Whether the item ending at ``end`` is a difference not shown: by its own bracketed
    p-value ("infections (P = 0.4)") if it has one, else by the clause's."""
    own = re.match(r"\s*\(([^()]*)\)", body[end:])
    if own is not None and _P_VALUE.search(own.group(1)):
        return _not_significant(own.group(1))
    return clause_not_shown


def _history_span(body: str, match: re.Match) -> tuple[int, int]:
    """The treatments a history phrase names: to the end of the bracket that lists them
    ("previous therapies (splenectomy, TPO-RA, rituximab)"), or of the phrase."""
    bracket = re.match(r"[^,;()]{0,40}\(", body[match.end() :])
    if bracket is not None:
        close = body.find(")", match.end() + bracket.end())
        if close != -1:
            return match.start(), close + 1
    return match.start(), _span_end(body, match.end())


def _span_end(body: str, start: int) -> int:
    match = re.search(r"[,;]|\s+(?:and|in|at|after)\s", body[start:])
    return start + match.start() if match else len(body)


def _first(
    mentions: list[Mention], kind: str, start: int, end: int, exclude: list[tuple[int, int]] = ()
) -> Entry | None:
    for i, m in enumerate(mentions):
        if (
            start <= m.start < end
            and m.entry.kind == kind
            and not any(a <= m.start < b for a, b in exclude)
        ):
            named = next(iter(mentions[i + 1 : i + 2]), None)
            if (
                named is not None
                and named.start == m.end + 1
                and named.entry.kind == kind
                and drugs.names_a_medicine(named.text)
                and not drugs.names_a_medicine(m.text)
            ):
                m = named  # "the proteasome inhibitor bortezomib": the class says what it is
            # "nonmyeloablative HSCT" names a narrower intervention than HSCT: not HSCT.
            return None if m.qualifier else m.entry
    return None


# Words right before a harm that make it a narrower one ("late neurologic adverse effects"),
# not those that only deny, count or grade its significance ("no significant adverse effects").
_NARROWING = re.compile(
    r"(?<![\w\-])(?P<words>(?:(?!(?:no|not|any|other|significant|statistically|clinically|"
    r"relevant|notable|obvious|apparent|the|a|an|of|were|was|there|and|or|nor|with|without|"
    r"reported|observed|noted|occurred|further|evident|cases?|episodes?)\b)[A-Za-z][a-z\-]+\s+){1,3})$"
)


def _denied_harm(
    body: str,
    cue: _Cue,
    mention: Mention,
    harm: Entry,
    st: Statement,
    proposals: dict[URIRef, Proposal] | None,
    lexicon: Lexicon,
) -> Entry | None:
    """The harm a denial is of: "there were no significant late neurologic adverse effects"
    denies late neurologic adverse effects, and denying every adverse effect would say more than
    the sentence. ``None`` when that narrower harm cannot be proposed (the first pass).
    "Without acute or late adverse effects" is left whole: each kind joined is denied, which
    one narrower name cannot say."""
    narrower = _NARROWING.search(body, max(cue.start, mention.start - 60), mention.start)
    if narrower is None or re.search(r"\b(?:or|and)\s+$", body[: narrower.start()]):
        return harm
    words = narrower.group("words").split()
    while words and not _narrows(words[0]) and not _genus_species(words):
        words = words[1:]  # "complications including [PML]": no kind of PML
    if not words or not (_genus_species(words) or all(_narrows(w) for w in words)):
        return harm
    if proposals is None:
        return None
    return _propose(
        f"{' '.join(words)} {harm.label}",
        ADVERSE_EVENT,
        st,
        proposals,
        lexicon,
        "the narrower harm a statement denies",
    )


def _genus_species(words: list[str]) -> bool:
    """True for an organism named by genus and species ("Neisseria meningitidis"): which
    infection a statement denies."""
    return (
        len(words) == 2
        and words[0][:1].isupper()
        and words[0][1:].islower()
        and words[1].islower()
        and not classes(words[0])
        and not classes(words[1])
    )


def _narrows(word: str) -> bool:
    """True for an adjective that says which kind of harm follows: "late", "neurologic",
    "life-threatening"."""
    tags = classes(word)
    return "ADJ" in tags or (not tags and bool(re.search(r"(?:ic|al|ous|ive|ing)$", word)))


def _strength(rule: Rule, body: str, cue: _Cue, uncertain: bool) -> str:
    if rule.strength in ("Recommended", "MayBeConsidered", "Promising", "Required"):
        return rule.strength
    if re.search(r"\bpromising\b", body[cue.start : cue.end], re.IGNORECASE):
        # "is a promising therapy for MS": the hedge is the claim's strength, never dropped.
        return "Promising"
    if (
        uncertain
        or _HEDGED_CUE.search(body, cue.start, cue.end)
        or _MODAL.search(body, cue.clause[0], cue.start)
    ):
        # "play a potential role in the therapy of IBD", "MSCT appears safe and effective in":
        # the hedge is in the cue's own words; "HSCT-related mortality ... may be high", "can be
        # effective in": a modal just before the cue hedges it, whatever it governs.
        return "Possible"
    if rule.strength:
        return rule.strength
    if _DEMONSTRATED.search(body[: cue.start]):
        return "Demonstrated"
    if _REPORTED.search(body[: cue.start]):
        return "Reported"
    return "Asserted"


def _wording(body: str, cue: _Cue, strength: str) -> str:
    words = body[cue.start : cue.end].strip()
    modal = _MODAL.search(body[: cue.start])
    if strength == "Possible" and modal:
        words = f"{modal.group(0).strip()} {words}"
    return re.sub(r"\s+", " ", words)


def _comparator(
    body: str, mentions: list[Mention], clause: tuple[int, int], subject: Entry
) -> Entry | None:
    for match in _COMPARATOR.finditer(body, clause[0], clause[1]):
        for m in mentions:
            if (
                m.start >= match.end()
                and m.start - match.end() <= 30
                and m.entry.kind == INTERVENTION
                and not m.qualifier
                and m.entry.iri != subject.iri
            ):
                return m.entry
    return None


def _condition(mentions: list[Mention], clause: tuple[int, int], populations, start: int):
    for m in mentions:
        if m.start >= start and clause[0] <= m.start < clause[1] and m.entry.kind == DISEASE:
            return m.entry
    for m in mentions:
        if m.start >= start and m.entry.kind == DISEASE:
            return m.entry
    return None


def _slot(lexicon: Lexicon, predicate: str) -> str:
    """The claim property holding ``predicate``'s object, as the ontology's hkg:objectSlot
    says (an outcome for a predicate it does not declare: the shapes then refuse the claim)."""
    return lexicon.slots.get(predicate, "outcome")


def _effectiveness(lexicon: Lexicon) -> Entry | None:
    for entry in lexicon.entries.values():
        if entry.kind == OUTCOME and entry.label == EFFECTIVENESS_LABEL:
            return entry
    return None


# ---------------------------------------------------------------- populations and bodies


def _populations(
    body: str, mentions: list[Mention], st: Statement, doc_id: str, proposals, lexicon: Lexicon
) -> list[Population]:
    found: list[Population] = []
    for match in _POPULATION.finditer(body):
        if any(body.find(p.text) <= match.start() < body.find(p.text) + len(p.text) for p in found):
            continue
        end_match = _POPULATION_END.search(body, match.end())
        clause_end = next(
            (
                m.start()
                for m in _BOUNDARY.finditer(body, match.end())
                if not body.startswith(", in the absence", m.start())
            ),
            len(body),
        )
        end = min(end_match.start() if end_match else len(body), clause_end)
        if (
            _LEADING_POPULATION.match(body)
            and body.find(",", match.end()) >= 0
            and (match.start() < _LEADING_POPULATION.match(body).end())
        ):
            end = min(end, body.find(",", match.end()))  # "In patients with X, A does B"
        text = body[match.start() : end].rstrip(" ,.")
        if len(text.split()) < 3:
            continue
        if proposals is not None:
            # "patients who suffer from psoriasis" are patients with psoriasis: the relative
            # clause would otherwise end the phrase before the disease.
            named = _WHO_HAVE.sub(" with ", text, count=1)
            for start, stop, name in nouns.phrases(named, DISEASE):
                known = find_mentions(named[start:stop], lexicon)
                if not any(m.entry.kind == DISEASE for m in known):
                    _propose(
                        name,
                        DISEASE,
                        st,
                        proposals,
                        lexicon,
                        "a disease of a population the statement describes",
                    )
        conditions = [m.entry for m in find_mentions(text, lexicon) if m.entry.kind == DISEASE]
        key = f"{doc_id}-{st.position:02d}-{len(found) + 1}"
        found.append(Population(key, text, list(dict.fromkeys(conditions))))
    return found


def _risk_populations(populations: list[Population]) -> list[Population]:
    # "higher in patients with A or B": each alternative is its own risk factor.
    result: list[Population] = []
    for p in populations:
        parts = re.split(r"\s+or\s+", p.text)
        if len(parts) == 1:
            result.append(p)
            continue
        for i, part in enumerate(parts, 1):
            result.append(Population(f"{p.key}-{i}", part.strip(" ,"), p.conditions))
    return result


def _bodies(mentions: list[Mention], lexicon: Lexicon) -> list[Entry]:
    orgs = [m.entry for m in mentions if m.entry.kind == ORGANISATION]
    # A working party named with its society ("EBMT ... Working Party (ADWP)") is the body.
    parents = {lexicon.units.get(o.iri) for o in orgs}
    return list(dict.fromkeys(o for o in orgs if o.iri not in parents))


def _hint_bodies(drafts: list[StatementDraft]) -> None:
    # A recommendation that names no body keeps the slot unresolved. Another statement making
    # the same recommendation (same intervention, condition, direction and negation) is only
    # mentioned in a note: bodies are never carried from one statement to another.
    named = [
        (sd.statement.position, c)
        for sd in drafts
        for c in sd.claims
        if c.kind == RECOMMENDATION and c.bodies and c.intervention is not None
    ]
    for sd in drafts:
        for claim in sd.claims:
            if claim.kind != RECOMMENDATION or claim.bodies or claim.intervention is None:
                continue
            for position, other in named:
                if (other.intervention.iri, other.object.iri, other.direction, other.negated) == (
                    claim.intervention.iri,
                    claim.object.iri,
                    claim.direction,
                    claim.negated,
                ):
                    names = ", ".join(b.label for b in other.bodies)
                    claim.notes.append(
                        f"statement {position} attributes the same recommendation to {names}"
                    )
                    break


def _attach_publications(
    sd: StatementDraft, lexicon: Lexicon, new: dict[URIRef, NewPublication], doc_id: str
) -> None:
    body = sd.statement.body
    frame = _FRAME.match(body)
    where = body[: frame.end()] if frame else body
    iris: list[URIRef] = []
    for match in _JOURNAL.finditer(where):
        journal = (match.group("journal") or match.group("journal2")).strip()
        year = int(match.group("year") or match.group("year2"))
        iris.append(_journal_publication(journal, year, lexicon, new, sd.statement.position))
    if not iris:
        orgs = [m for m in sd.mentions if m.entry.kind == ORGANISATION and m.end <= len(where)]
        for match in _GUIDELINE.finditer(where):
            year = int(match.group("year") or match.group("year2"))
            span = (match.start(), match.end())
            issuer = next((m.entry for m in orgs if span[0] <= m.start < span[1]), None)
            if issuer is None:
                continue
            iris.append(_guideline(issuer, year, lexicon, new, sd.statement.position))
            for claim in sd.claims:
                if claim.kind == RECOMMENDATION and issuer not in claim.bodies:
                    claim.bodies.append(issuer)
                    claim.notes = [n for n in claim.notes if not n.startswith("no recommending")]
    for claim in sd.claims:
        claim.publications = list(dict.fromkeys(iris))


def _journal_publication(
    journal: str, year: int, lexicon: Lexicon, new: dict[URIRef, NewPublication], position: int
) -> URIRef:
    wanted = re.sub(r"^the\s+", "", journal, flags=re.IGNORECASE).lower()
    for pub in lexicon.publications:
        if (
            pub.year == year
            and pub.journal
            and re.sub(r"^the\s+", "", pub.journal, flags=re.IGNORECASE).lower() == wanted
        ):
            return pub.iri
    iri = URIRef(f"{RESOURCE_BASE}publication/{slug(journal)}-{year}")
    if iri not in new:
        new[iri] = NewPublication(
            iri, f"{journal} {year} publication", journal, year, None, position
        )
        lexicon.publications.append(Publication(iri, new[iri].label, journal, year, frozenset()))
    return iri


def _guideline(
    issuer: Entry, year: int, lexicon: Lexicon, new: dict[URIRef, NewPublication], position: int
) -> URIRef:
    for pub in lexicon.publications:
        if pub.year == year and issuer.iri in pub.issuers:
            return pub.iri
    local = str(issuer.iri).rsplit("/", 1)[-1]
    iri = URIRef(f"{RESOURCE_BASE}publication/{local}-guideline-{year}")
    if iri not in new:
        new[iri] = NewPublication(
            iri, f"{year} {issuer.label} guideline", None, year, issuer, position
        )
        lexicon.publications.append(
            Publication(iri, new[iri].label, None, year, frozenset({issuer.iri}))
        )
    return iri


# ---------------------------------------------------------------- proposals


def _unnamed(
    start: int, stop: int, found: list, mentions: list[Mention], scope: tuple[int, int]
) -> bool:
    """True when ``[start, stop)`` of the scope overlaps no name found or mentioned there."""
    return not any(f[0] < stop and start < f[1] for f in found) and not any(
        m.start < scope[0] + stop and scope[0] + start < m.end
        for m in mentions
        if scope[0] <= m.start < scope[1]
    )


def _propose_objects(
    cue: _Cue,
    cues: list[_Cue],
    scope: tuple[int, int],
    body: str,
    mentions: list[Mention],
    st: Statement,
    proposals: dict[URIRef, Proposal] | None,
    lexicon: Lexicon,
):
    rule = cue.rule
    if rule.scope == "adjacent-before" or scope[1] <= scope[0]:
        return []
    text = body[scope[0] : scope[1]]
    if rule.objects == DISEASE:
        # Words inside a population phrase name the patients, unless nothing else is named.
        pop = _POPULATION.search(text)
        # "efficacy in people with relapsing multiple sclerosis": with nothing named before
        # the patients, what they have is the disease.
        # The patients' words are blanked, not cut, so that offsets into the scope hold.
        if pop and pop.start() > 0:
            before = text[: pop.start()]
            bare = not re.search(r"[^\W\d_]", _BARE_LEAD.sub("", before))
            with_ = pop.group().lower().endswith(" with")
            text = " " * pop.end() + text[pop.end() :] if bare and with_ else before
        elif pop:
            text = " " * pop.end() + text[pop.end() :]
    # Known mentions inside the scope are masked: only the words between them can be new.
    masked = list(text)
    for m in mentions:
        if m.entry.kind == INTERVENTION and body[m.end : m.end + 1] in ("-", "‐"):
            continue  # "HSCT-related mortality": the name is part of the harm's
        if (
            rule.objects == PROCESS
            and m.entry.kind != PROCESS
            and re.search(r"\bof\s+(?:the\s+)?$", body[: m.start], re.IGNORECASE)
        ):
            continue  # "involves renewal of the Treg pool": the cells are part of the process
        if scope[0] <= m.start and m.end <= scope[1]:
            for i in range(m.start - scope[0], m.end - scope[0]):
                if 0 <= i < len(masked):
                    masked[i] = ","
    if rule.objects in (OUTCOME, ADVERSE_EVENT):
        # "may induce a response in a subset of patients with autoimmune cytopenia": what the
        # patients have is who they are, never what the intervention changed or caused.
        for pop in _POPULATION.finditer(text):
            for i in range(pop.start(), nouns.phrase_end(text, pop.end())):
                masked[i] = ","
    for other in cues:
        # Cue words ("vary", "better") are not names.
        for i in range(max(other.start, scope[0]) - scope[0], min(other.end, scope[1]) - scope[0]):
            if i < len(masked):  # a disease's scope may have been cut at its population
                masked[i] = ","
    masked_text = "".join(masked)
    kind = rule.objects
    reason = f"named where '{body[cue.start : cue.end].strip()}' expects a {kind.replace('-', ' ')}"
    entries: list[tuple[Mention, Entry]] = []
    # "associated with faster normalization of LV EF": a benefit, proposed as one below, never
    # as what the cue's own kind or a harm would be.
    benefit_apart = rule.name == "associated-with"
    found = [
        # "a high incidence of adverse symptoms": a result cue's "adverse" outcome is a harm.
        (
            start,
            stop,
            name,
            ADVERSE_EVENT if rule.harm == "AssociatedWith" and _ADVERSE_WORD.search(name) else kind,
        )
        for start, stop, name in nouns.phrases(masked_text, kind)
        if not (benefit_apart and _BENEFIT.search(name))
    ]
    if rule.harm == "AssociatedWith":
        # "had a relatively high incidence rate of transplant-related mortality": a result
        # cue names harms as well as benefits.
        found += [
            (start, stop, name, ADVERSE_EVENT)
            for start, stop, name in nouns.phrases(masked_text, ADVERSE_EVENT)
            if not any(f[0] == start for f in found)
            and not (benefit_apart and _BENEFIT.search(name))
        ]
    if rule.name == "associated-with":
        # A benefit may be what an intervention is associated with, proposed as an outcome,
        # with the items of its list ("clinical and radiological remission").
        found += [
            (start, stop, name, OUTCOME)
            for start, stop, name in nouns.phrases(masked_text, OUTCOME)
            if _BENEFIT.search(name) and not any(f[0] == start for f in found)
        ]
        benefits = [(start, stop) for start, stop, _, k in found if k == OUTCOME] + [
            (m.start - scope[0], m.end - scope[0])
            for m in mentions
            if scope[0] <= m.start and m.end <= scope[1] and _BENEFIT.search(m.entry.label)
        ]
        found += [
            (start, stop, name, OUTCOME)
            for start, stop, name in nouns.listed(text, OUTCOME, benefits)
            if _BENEFIT.search(name) and _unnamed(start, stop, found, mentions, scope)
        ]
    if kind in (OUTCOME, ADVERSE_EVENT):
        # The other items of a list that names a known outcome or event are of its kind.
        anchors = [
            (m.start - scope[0], m.end - scope[0])
            for m in mentions
            if scope[0] <= m.start
            and m.end <= scope[1]
            and (m.entry.kind == ADVERSE_EVENT if kind == ADVERSE_EVENT else m.entry.is_a(OUTCOME))
            and not m.entry.is_a(INTERVENTION)
        ] + [(start, stop) for start, stop, _, k in found if k == kind]
        listed = nouns.listed(text, kind, anchors)
        listed_spans = {(start, stop) for start, stop, _ in listed}
        found += [
            (start, stop, name, kind)
            for start, stop, name in listed
            if _unnamed(start, stop, found, mentions, scope)
        ]
    else:
        listed_spans = set()
    if rule.objects == ADVERSE_EVENT or rule.harm == "AssociatedWith":
        # "associated with secondary autoimmune diseases", "1 developed a secondary
        # autoimmune disease": a disease arising after the intervention is one of its harms.
        for m in mentions:
            if scope[0] <= m.start and m.end <= scope[1] and m.entry.kind == DISEASE:
                new = _ARISING.search(body, max(0, m.start - 20), m.start)
                if new is not None:
                    words = m.text.split()
                    words[-1] = nouns.singular(words[-1])
                    name = f"{new.group(1).lower()} {' '.join(words)}"
                    entry = _named(name, ADVERSE_EVENT, st, proposals, lexicon, reason)
                    if entry is not None:
                        entries.append((Mention(new.start(1), m.end, name, entry), entry))
    for start, stop, name, kind in found:
        said = f"{reason}, listed with a known one" if (start, stop) in listed_spans else reason
        entry = _named(name, kind, st, proposals, lexicon, said)
        if entry is not None and (start, stop) in listed_spans and proposals is not None:
            written = body[scope[0] + start : scope[0] + stop].strip()
            if name.lower() not in written.lower():
                # "INCAT (and Rankin scores)": the written words stand for the name here.
                lexicon.add(entry, [nouns.strip_counts(written)])
        if entry is not None:
            begin = scope[0] + start
            entries.append(
                (Mention(begin, scope[0] + stop, body[begin : scope[0] + stop], entry), entry)
            )
    return entries


def _whole_mention(
    definition, text: str, lexicon: Lexicon, qualified: bool = False
) -> Mention | None:
    """The known entity the words before an abbreviation name whole, if any: the long form,
    or a mention that ends with it ("Autologous hematopoietic stem cell transplantation
    (HSCT)", whose letters spell only the last four words, names autologous HSCT); with
    ``qualified``, one with a qualifier too ("non-myeloablative autologous ...")."""
    for m in find_mentions(text, lexicon):
        if (
            m.end == definition.end
            and m.start <= definition.start
            and (qualified or not m.qualifier)
            and _coordinated_kind(text, m, lexicon) is None
        ):
            return m
    return None


# "Autologous and allogeneic haematopoietic stem cell transplantation (HSCT)"
_COORDINATED_MODIFIER_BEFORE = re.compile(r"\b([\w\-]+),?\s+(?:and|or|and/or)\s+$", re.IGNORECASE)


def _coordinated_kind(text: str, m: Mention, lexicon: Lexicon) -> Entry | None:
    """The other kind a modifier coordinated with the mention's first word names, if the
    lexicon knows it: in "Autologous and allogeneic haematopoietic stem cell transplantation
    (HSCT)" autologous HSCT, so that the name is one of two kinds, and what an abbreviation
    after it names is neither but what they share."""
    shared = _COORDINATED_MODIFIER_BEFORE.search(text, 0, m.start)
    words = m.text.split()
    if shared is None or len(words) < 2:
        return None
    other = _known(f"{shared.group(1)} {' '.join(words[1:])}", m.entry.kind, lexicon)
    return other if other is not None and other is not m.entry else None


def _long_form(definition, text: str) -> str:
    """The long form of ``definition`` with the head noun its bracket is written before:
    "regulatory T (Treg) cells" defines Treg as regulatory T cells."""
    # "T-helper 2 (TH2) cell-mediated inflammation": "cell" is then part of a modifier.
    if re.match(
        r"\s*[(\[][^()\[\]]*[)\]]\s+cells?(?![\w\-])", text[definition.end :], re.IGNORECASE
    ):
        return f"{definition.long_form} cells"
    return definition.long_form


def _meaning(definition, text: str, lexicon: Lexicon) -> tuple[str, frozenset[URIRef]]:
    """What a definition's long form names, to compare two definitions of one abbreviation:
    a key, and the classes it is a kind of (itself included). A known entity named whole is
    its IRI; a narrower form of one ("nonmyeloablative HSCT") is a kind of it; anything else
    is its words in the singular, a kind of nothing known."""
    for m in find_mentions(text, lexicon):
        # "T regulatory (Treg) cells": the abbreviation given before the head noun "cells"
        # names the cells, as "regulatory T cells (Tregs)" does.
        cells = m.end > definition.end and re.fullmatch(
            r"\s*[(\[][^()\[\]]*[)\]]\s+cells?", text[definition.end : m.end], re.IGNORECASE
        )
        if (
            (m.end == definition.end or cells)
            and m.start <= definition.start
            and _coordinated_kind(text, m, lexicon) is None
        ):
            if m.qualifier:
                return f"{m.qualifier} {m.entry.iri}", frozenset({m.entry.iri, *m.entry.parents})
            return str(m.entry.iri), frozenset({m.entry.iri, *m.entry.parents})
    words = nouns.singular_name(_BOTH_NAMES.sub(r"\1", _long_form(definition, text)).split())
    # The same words in another order name the same thing ("T regulatory cells" and
    # "regulatory T cells"), as they do when proposed (_propose_long_form); so do the cells
    # under both their names and under the first ("mesenchymal stem/stromal cells").
    return _word_set(" ".join(words)), frozenset()


def _mark_ambiguous(
    definitions, lexicon: Lexicon, named_only: bool = False
) -> tuple[set[str], dict[str, Entry]]:
    """Settle the abbreviations ``definitions`` define more than one way; return them.

    A bare use of such an abbreviation is read as what every definition is: the broadest of
    them when it is a class of all the others ("autologous HSCT (HSCT)" and "haematopoietic
    stem cell transplantation (HSCT)": HSCT, true of either reading). Otherwise ("Mesenchymal
    stromal cells (MSCs)" and "Mesenchymal stem cells (MSCs)") picking one would be a guess:
    the bare abbreviation links to nothing in this document and the claim says why; each long
    form still names its own entity. With ``named_only``, only the definitions that name a
    known entity are compared (a long form that names none was compared before it was
    proposed).
    """
    broadest_of: dict[str, Entry] = {}
    meanings: dict[str, dict[str, tuple[str, frozenset[URIRef]]]] = {}
    for definition, st in definitions:
        key = singular_abbreviation(definition.abbreviation)
        meaning, kinds = _meaning(definition, st.text, lexicon)
        if named_only and not kinds:
            continue
        meanings.setdefault(key, {}).setdefault(meaning, (definition.long_form, kinds))
    several = set()
    for key, forms in meanings.items():
        for meaning, (long_form, _) in list(forms.items()):
            if any(_spelt_out(long_form, other) for other, _ in forms.values()):
                # "chronic GVHD (cGVHD)" and "chronic graft-versus-host disease (cGVHD)": one
                # meaning, the second written out.
                del forms[meaning]
        if len(forms) < 2:
            continue
        several.add(key)
        # Candidates: the classes the definitions name and the lexicon's own meaning of the
        # abbreviation; never a class further up that no one wrote.
        candidates = [lexicon.entries.get(URIRef(m)) for m in forms if " " not in m] + [
            s.entry for s in lexicon.abbreviated(key)
        ]
        broadest = next(
            (
                e
                for e in candidates
                if e is not None and all(e.iri in kinds for _, kinds in forms.values())
            ),
            None,
        )
        lexicon.forget_abbreviation(key)
        lexicon.ambiguous[key] = tuple(form for form, _ in forms.values())
        if broadest is not None:
            # Read as each source defined it from its definition on (_read_redefined), and
            # as the broadest meaning, true of every definition, before the first.
            lexicon.add(broadest, [], list(dict.fromkeys([key, key[0].upper() + key[1:]])))
            broadest_of[key] = broadest
    return several, broadest_of


def _word_set(name: str) -> str:
    """The words of ``name`` in one order, so that "T regulatory cell" and "regulatory T cell"
    give the same key."""
    return " ".join(sorted(slug(name).split("-")))


def _spelt_out(short: str, long: str) -> bool:
    """True when ``long`` is ``short`` with one abbreviation in it written out in words.

    >>> _spelt_out("chronic GVHD", "chronic graft-versus-host disease")
    True
    >>> _spelt_out("chronic GVHD", "acute graft-versus-host disease")
    False
    """
    a, b = short.split(), long.split()
    head = 0
    while head < min(len(a), len(b)) and a[head].lower() == b[head].lower():
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail].lower() == b[-1 - tail].lower():
        tail += 1
    middle, words = a[head : len(a) - tail], b[head : len(b) - tail]
    return (
        len(middle) == 1
        and len(words) > 1
        and abbreviation_like(middle[0])
        and _spells(re.sub(r"[^A-Za-z0-9]", "", middle[0]), words)
    )


def _propose_definition(
    definition,
    st: Statement,
    lexicon: Lexicon,
    proposals: dict[URIRef, Proposal],
    settled: set[str] = frozenset(),
) -> None:
    known_long = find_mentions(definition.long_form, lexicon)
    if singular_abbreviation(definition.abbreviation) in lexicon.ambiguous:
        known_abbr = []
    else:
        known_abbr = lexicon.abbreviated(definition.abbreviation)
    whole = _whole_mention(definition, st.text, lexicon)
    # A short form the lexicon makes of a name ("SCT" of "stem cell transplantation") is an
    # abbreviation too, whatever its case rule.
    short_forms = known_abbr or [s for s in lexicon.surfaces if s.form == definition.abbreviation]
    if (
        short_forms
        and whole is None
        and singular_abbreviation(definition.abbreviation) not in settled
        and _another_head(_long_form(definition, st.text), short_forms, lexicon)
    ):
        # "stem-cell therapy (SCT)" where the lexicon's SCT is stem-cell transplantation: the
        # author's definition says what SCT means here, a thing the ontology lacks.
        lexicon.forget_abbreviation(singular_abbreviation(definition.abbreviation), any_case=True)
        _propose_long_form(definition, st, lexicon, proposals, with_abbreviation=True)
        return
    if known_abbr:
        if singular_abbreviation(definition.abbreviation) in settled:
            return
        if whole is not None and all(
            s.entry.iri != whole.entry.iri and whole.entry.iri not in s.entry.parents
            for s in known_abbr
        ):
            # "Autologous hematopoietic stem cell transplantation (HSCT)": the author's own
            # definition says what "HSCT" means in this document, a narrower (or another)
            # entity than the lexicon's; a long form that names only a broader class keeps
            # the abbreviation's own meaning (see link.find_mentions).
            abbr = singular_abbreviation(definition.abbreviation)
            lexicon.forget_abbreviation(abbr)
            lexicon.add(whole.entry, [], list(dict.fromkeys([abbr, abbr[0].upper() + abbr[1:]])))
        return
    if singular_abbreviation(definition.abbreviation) in lexicon.ambiguous:
        # Each long form of an ambiguous abbreviation is proposed under its own name only.
        if whole is None:
            _propose_long_form(definition, st, lexicon, proposals, with_abbreviation=False)
        return
    if known_long and known_long[0].end - known_long[0].start == len(definition.long_form):
        # A known entity under an abbreviation the ontology lacks: the document's abbreviation
        # names it from here on ("auto-HSCT", and "Auto-HSCT" opening a sentence).
        abbr = definition.abbreviation
        lexicon.add(
            known_long[0].entry, [], list(dict.fromkeys([abbr, abbr[0].upper() + abbr[1:]]))
        )
        return
    _propose_long_form(definition, st, lexicon, proposals, with_abbreviation=True)


# "Janus kinase (JAK) inhibitors": the bracket closes inside the name of a drug class.
_CLASS_AFTER_BRACKET = re.compile(
    r"\s*[(\[][^()\[\]]*[)\]]\s+(inhibitors?|blockers?|antagonists?)(?![\w\-])", re.IGNORECASE
)


def _propose_class_named_inside(
    definition, st: Statement, lexicon: Lexicon, proposals: dict[URIRef, Proposal]
) -> None:
    """A drug class named by what it acts on, whose abbreviation is defined inside the name:
    "Janus kinase (JAK) inhibitors" names Janus kinase inhibitors, written out as the text
    first gives it, and "JAK inhibitors" names them from there on."""
    after = _CLASS_AFTER_BRACKET.match(st.text, definition.end)
    if after is None:
        return
    head = nouns.singular(after.group(1).lower())
    long_form = f"{definition.long_form} {head}"
    entry = _known(long_form, INTERVENTION, lexicon) or _propose(
        long_form,
        INTERVENTION,
        st,
        proposals,
        lexicon,
        "a drug class named with an abbreviation defined inside its name",
    )
    if entry is not None:
        lexicon.add(entry, [f"{singular_abbreviation(definition.abbreviation)} {head}"])


def _another_head(long_form: str, abbreviations, lexicon: Lexicon) -> bool:
    """True when ``long_form`` ends with a head word that no name of the entities the known
    ``abbreviations`` stand for ends with: another kind of thing, not another spelling."""

    def head(name: str) -> str:
        return nouns.singular(name.split()[-1].lower()).split("-")[-1]

    meant = {s.entry.iri for s in abbreviations}
    names = [s.form for s in lexicon.surfaces if s.entry.iri in meant and not s.case_sensitive]
    return bool(names) and all(head(n) != head(long_form) for n in names)


def _propose_drugs(st: Statement, lexicon: Lexicon, proposals: dict[URIRef, Proposal]) -> None:
    """Propose the medicines and drug classes a statement names that the lexicon does not
    know, under the statement's own words ("glucocorticoids" is glucocorticoid)."""
    known = find_mentions(st.text, lexicon)
    for drug in drugs.find_drugs(st.text):
        if any(
            m.start < drug.end
            and drug.start < m.end
            # "secondary antibiotic prophylaxis" is a name of its own around a known drug.
            and not (drug.start <= m.start and m.end <= drug.end and m.text != drug.text)
            for m in known
        ):
            continue
        name = nouns._lower_initial(" ".join(nouns.singular_name(drug.text.split())))
        where = f" (DrugBank {drug.drugbank})" if drug.drugbank else ""
        _propose(name, INTERVENTION, st, proposals, lexicon, f"a medicine name{where}")


def _propose_products(st: Statement, lexicon: Lexicon, proposals: dict[URIRef, Proposal]) -> None:
    # "MSC-derived exosomes": the product is the therapy, found as one name from here on, so
    # the cell's name inside it is never read as the subject.
    for product in find_products(st.text, find_mentions(st.text, lexicon)):
        entry = _propose(
            product.name,
            INTERVENTION,
            st,
            proposals,
            lexicon,
            "a product of cells named as a therapy",
        )
        if entry is not None:
            lexicon.add(entry, *product_forms(product, st.text))


# The measures a result is reported in.
_STATISTIC = re.compile(
    r"^(?:(?:odds|hazard|risk|rate|likelihood|incidence rate)\s+ratios?|relative\s+risks?|"
    r"(?:confidence|credible|prediction)\s+intervals?|(?:standardi[sz]ed\s+)?mean\s+"
    r"differences?|standard\s+(?:deviation|error)s?|interquartile\s+ranges?|"
    r"number\s+needed\s+to\s+(?:treat|harm))$",
    re.IGNORECASE,
)


# A development code given as a treatment: "patients treated with Descartes-08", "a single
# six-week course of treatment of Descartes-08".
_GIVEN_BEFORE = re.compile(
    r"\b(?:(?:treated|dosed|infused|administered|given|transfused)\s+with|receiv(?:ed|ing)|"
    r"(?:course|cycles?|doses?|infusions?|administration|treatment)\s+of)\s+"
    r"(?:(?:a|an|the|one|single|two|three|low|high|repeated)\s+)?(?:doses?\s+of\s+)?$",
    re.IGNORECASE,
)
# What may follow a code that names the product whole: punctuation, a preposition or a
# conjunction, or a verb ("treated with Descartes-08 showed ..."); anything else continues a
# longer name ("CD19 CAR T cells", "CD19 chimeric antigen receptor T cells", "CD34+ cells").
_CODE_ENDS = re.compile(
    r"\s*(?:[,.;:()]|$)|\s+(?:was|were|is|are|has|have|had|in|for|at|to|and|or|versus|vs|"
    r"with|on|from|by|experienced|under)\b|\s+(?P<word>[a-z]+)\b"
)
_CODE = re.compile(rf"(?<![\w\-‐])(?:{nouns.PRODUCT_CODE.pattern})(?![\w\-‐])")


# "ABX464 (obefazimod)", "povorcitinib (INCB054707)": the document says the code and the
# name are one medicine.
_CODE_WITH_NAME = re.compile(
    rf"(?P<code>{_CODE.pattern})\s*\((?P<name>[A-Za-z][a-z\-]{{4,}})\)|"
    rf"(?<![\w\-‐])(?P<name2>[A-Za-z][a-z\-]{{4,}})\s*\((?P<code2>{nouns.PRODUCT_CODE.pattern})\)"
)


# Endings of the international nonproprietary names of new medicines (WHO stems): "-mab",
# "-cept", "-tinib", "-imod", ...
_INN_STEM = re.compile(
    r"(?:mab|cept|nib|mod|stat|tide|ast|bart|lisib|ciclib|zomib|parin|fusp|sertib|rsen|siran|"
    r"kinra|tug|cel)$"
)


def _link_codes_to_names(
    st: Statement, lexicon: Lexicon, proposals: dict[URIRef, Proposal]
) -> None:
    """Make a development code the statement writes beside a medicine's name a name of that
    medicine, for the whole document: "ABX464 (obefazimod)" makes "ABX464" obefazimod. The name
    must be one the drug dictionary has, or a single word English does not know with the
    ending of a new medicine's name (_INN_STEM); "ligand (CD40L)" links nothing, nor does a
    trial's number ("histiocytoses (NCT03329274)")."""
    for match in _CODE_WITH_NAME.finditer(st.text):
        code = match.group("code") or match.group("code2")
        name = match.group("name") or match.group("name2")
        if code.upper().startswith("NCT") or not (
            drugs.names_a_medicine(name)
            or (name.islower() and not classes(name) and _INN_STEM.search(name))
        ):
            continue  # "ligand (CD40L)", "histiocytoses (NCT03329274)"
        known = [m for m in find_mentions(name, lexicon) if m.start == 0 and m.end == len(name)]
        entry = (
            known[0].entry
            if known
            else _propose(
                name, INTERVENTION, st, proposals, lexicon, "a medicine named with its code"
            )
        )
        if entry is not None and entry.kind == INTERVENTION:
            lexicon.add(entry, [], [code])


def _propose_product_codes(
    st: Statement, lexicon: Lexicon, proposals: dict[URIRef, Proposal]
) -> None:
    # A code the statement says was given names a product, whatever the lexicon knows; a
    # code with no such words is left alone, as a marker ("CD19", "IL-17") is one too.
    known = find_mentions(st.text, lexicon)
    for match in _CODE.finditer(st.text):
        if any(m.start <= match.start() < m.end for m in known):
            continue
        ends = _CODE_ENDS.match(st.text, match.end())
        if (
            not _GIVEN_BEFORE.search(st.text, 0, match.start())
            or ends is None
            or (ends.group("word") and not verb_only(ends.group("word")))
        ):
            continue
        _propose(
            match.group(),
            INTERVENTION,
            st,
            proposals,
            lexicon,
            "a product code the statement says was given",
        )


def _propose_cell_therapies(
    st: Statement, lexicon: Lexicon, proposals: dict[URIRef, Proposal]
) -> None:
    # "Treg therapy", "MSC therapy": a claim about the therapy given with the cells names the
    # therapy, as "CAR T cell therapy" is not "CAR T cells".
    for m in find_mentions(st.text, lexicon):
        after = _THERAPY_AFTER.match(st.text, m.end)
        if (
            m.entry.kind != INTERVENTION
            or m.qualifier
            or after is None
            or not re.search(r"\bcells?$", m.entry.label, re.IGNORECASE)
        ):
            continue
        entry = _propose(
            f"{m.entry.label} therapy", INTERVENTION, st, proposals, lexicon, "the therapy of cells"
        )
        if entry is not None:
            written = [st.text[m.start : after.end()]]
            if after.group("abbr"):
                # "mesenchymal stem cell (MSC) therapy", then "MSC therapy"
                written.append(f"{after.group('abbr')} {after.group('head').strip()}")
            lexicon.add(entry, written)


_THERAPY_AFTER = re.compile(
    r"(?:\s*\((?P<abbr>[A-Za-z][\w\-]{0,12})\))?"
    r"(?P<head>(?:[\s\-]+cells?)?[\s\-]+therap(?:y|ies))\b",
    re.IGNORECASE,
)


def _propose_long_form(
    definition,
    st: Statement,
    lexicon: Lexicon,
    proposals: dict[URIRef, Proposal],
    with_abbreviation: bool,
) -> None:
    long_form = _long_form(definition, st.text)
    if _STATISTIC.search(long_form):
        return  # "odds ratio [OR] 2.08": how a result is measured, never a thing measured
    if _POPULATION.match(long_form):
        return  # "persons with multiple sclerosis (pwMS)": patients, named by their disease
    kind = None
    for candidate in (ORGANISATION, DISEASE, INTERVENTION, OUTCOME):
        if candidate == ORGANISATION and re.search(
            r"\b(?:Organi[sz]ation|Society|Committee|Association|League|Alliance|Group|"
            r"Party|Federation|Institute|Agency|Council|College|Foundation|Consortium|"
            r"Network|Academy|Board)\b",
            long_form,
        ):
            kind = ORGANISATION
            break
        if candidate != ORGANISATION and nouns.looks_like(long_form, candidate):
            kind = candidate
            break
    head = next(
        (
            m
            for m in find_mentions(long_form, lexicon)
            if m.end == len(long_form) and m.entry.kind in (INTERVENTION, DISEASE)
        ),
        None,
    )
    if kind is None and drugs.names_a_drug(long_form):
        # "mycophenolate mofetil (MMF)": a medicine, and "Systemic MMF" names it from here on.
        kind = INTERVENTION
    if kind is None and head is not None:
        # "dental follicle MSC (DFMSC)", "experimental autoimmune MG (EAMG)": named by a
        # treatment or a disease the lexicon knows, with the words that say which (the
        # abbreviation of the head spelt inside the new one).
        kind = head.entry.kind
    written = long_form
    if kind == DISEASE and head is not None and abbreviation_like(head.text):
        # Named with the disease written out, as where the document spells it all.
        long_form = long_form[: head.start] + head.entry.label
    if kind is None and _said_to_be_a_disease(st.text[definition.start : definition.end], st.text):
        # "Drug reaction with eosinophilia and systemic symptoms (DRESS) is a rare ...
        # hypersensitivity reaction": the sentence says what kind of thing it names.
        kind = DISEASE
    if kind in (None, OUTCOME) and _DIAGNOSED_WITH.search(st.text[: definition.start]):
        # "He had also been diagnosed with pure red cell aplasia (PRCA)": what a patient is
        # diagnosed with is a disease, whatever its head word looks like.
        kind = DISEASE
    if kind is None and (
        _WITH_CONDITION.search(st.text[: definition.start])
        or _TREATING.search(st.text[: definition.start])
    ):
        # "Patients with refractory myasthenia gravis (MG)": what patients are "with" is a
        # condition, whatever its head word.
        kind = DISEASE
    if kind is None:
        return
    abbr = singular_abbreviation(definition.abbreviation)
    words = long_form.split()
    if kind != ORGANISATION:
        words = nouns.singular_name(words)
        while words and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        name = nouns._lower_initial(" ".join(words))
        if kind == INTERVENTION:
            name = _BOTH_NAMES.sub(r"\1", name)
        local = slug(name)
    else:
        while words and words[0].lower() in ("the",):
            words = words[1:]
        name = " ".join(words)
        local = slug(abbr)
    iri = URIRef(f"{RESOURCE_BASE}{_NAMESPACE_OF[kind]}/{local}")
    # "mesenchymal stem (stromal) cells (MSCs)": the long form skips a bracketed word the
    # text prints inside it; the name is found as printed too.
    printed = st.text[definition.start : definition.end]
    forms = list(dict.fromkeys([name, written, printed]))
    if iri in lexicon.entries:
        if written != long_form or printed != written:
            lexicon.add(lexicon.entries[iri], forms[1:])  # found as written here too
        return
    if not with_abbreviation and kind == ORGANISATION:
        return
    same = _word_set(local)
    known = next(
        (
            e
            for e in lexicon.entries.values()
            if e.kind == kind and kind != ORGANISATION and _word_set(e.label) == same
        ),
        None,
    )
    if known is not None:
        # "T regulatory cells (Tregs)" after "regulatory T cells": the same words in another
        # order name the same thing, under its first name.
        lexicon.add(known, [name], [abbr] if with_abbreviation else [])
        return
    entry = Entry(iri, kind, name, abbreviation=abbr if with_abbreviation else None, proposed=True)
    lexicon.add(entry, forms, [abbr] if with_abbreviation else [])
    proposals[iri] = Proposal(
        entry,
        st.position,
        f"{definition.long_form} ({definition.abbreviation})",
        "defined with an abbreviation and not in the ontology or the data",
    )


def _spans(name: str, kind: str, lexicon: Lexicon) -> Mention | None:
    """The mention of a ``kind`` that is the whole of ``name``: "autologous HSCT", or
    "allogeneic HSCT" (a narrower kind of HSCT, with its qualifier), if any."""
    for m in find_mentions(name, lexicon):
        whole = m.start == 0 or (m.qualifier or "").lower() == name[: m.start].strip().lower()
        if whole and m.end == len(name) and m.entry.kind == kind:
            return m
    return None


def _known(name: str, kind: str, lexicon: Lexicon) -> Entry | None:
    """The entity the lexicon knows by the whole of ``name`` ("autologous HSCT"), if any."""
    m = _spans(name, kind, lexicon)
    return m.entry if m is not None and m.qualifier is None else None


def _named(
    name: str,
    kind: str,
    st: Statement,
    proposals: dict[URIRef, Proposal] | None,
    lexicon: Lexicon,
    reason: str,
) -> Entry | None:
    """The entity ``name`` names: proposed on a proposing pass, else looked up."""
    if proposals is not None:
        return _propose(name, kind, st, proposals, lexicon, reason)
    return lexicon.entries.get(URIRef(f"{RESOURCE_BASE}{_NAMESPACE_OF[kind]}/{slug(name)}"))


def _each_named(
    names: list[str],
    st: Statement,
    proposals: dict[URIRef, Proposal] | None,
    lexicon: Lexicon,
    reason: str,
) -> list[Entry]:
    """The intervention each of ``names`` names, known or proposed; [] unless all name one."""
    entries = [
        _known(n, INTERVENTION, lexicon) or _named(n, INTERVENTION, st, proposals, lexicon, reason)
        for n in names
    ]
    return entries if all(entries) else []


_PARTICIPLE_PREPOSITIONS = frozenset({"as", "by", "with", "in", "on", "from", "to", "for"})


def _participle_clause(words: list[str]) -> bool:
    """True for words that open with a participle the English lexicon knows only as a verb
    ("showing superior efficacy"), or with a past participle and its preposition ("defined as
    symptom resolution"): a clause, not the name of an outcome or a harm. A single word is let
    through ("functioning"), and so is a participle that is also a noun ("bleeding events")."""
    if len(words) > 1 and words[0].endswith("ed") and words[1] in _PARTICIPLE_PREPOSITIONS:
        return True  # "defined as symptom resolution", "assessed by ultrasound"
    return len(words) > 1 and words[0].endswith("ing") and verb_only(words[0])


# Words that open a subordinate clause, never a name.
_SUBORDINATORS = frozenset(
    {"while", "although", "though", "whereas", "because", "since", "if", "unless", "when", "once"}
    # "After UMSC transplantation (UMSCT), ...": a time phrase, not a name.
    | {"after", "before", "following", "during", "until"}
)


# Heads that say a treatment was given but not which: "After transplantation, ..." in a case
# report names the transplant the report is about only in another statement.
_BARE_TREATMENTS = frozenset(
    {"transplantation", "transplantations", "transplant", "transplants", "infusion", "infusions"}
    # "Pretreatment with lower doses of MSC-Exo ...", "the current state-of-the-art
    # treatment": what is given is named after "with", or not at all.
    | {"treatment", "treatments", "pretreatment", "pretreatments", "therapy", "therapies"}
)
# Words that say which treatment only by when or how usual it is.
_GENERIC_MODIFIERS = frozenset(
    {
        "current",
        "standard",
        "conventional",
        "existing",
        "available",
        "traditional",
        "usual",
        "present",
        "state-of-the-art",
        "established",
        "other",
        "such",
    }
)
# Who or what a study treated: "lymph node cells of DFMSC-administered mice" are what was
# measured in the treated animals, not what they were given.
_STUDIED = frozenset(
    {"mouse", "mice", "rat", "rats", "animal", "animals", "patient", "patients", "participants"}
)


def _has_finite_verb(words: list[str]) -> bool:
    """True when a word after the first is one the lexicon knows only as a verb, and not as a
    participle: "current treatment options rely on non-specific immunosuppression" is a clause.

    >>> _has_finite_verb("current treatment options rely on immunosuppression".split())
    True
    >>> _has_finite_verb("in vitro-preconditioned human msc".split())
    False
    """
    return any(
        verb_only(w) and not w.endswith(("ed", "ing", "en")) for w in words[1:-1] if w.isalpha()
    )


def _names_a_treatment(words: list[str]) -> bool:
    """False for words that cannot name a proposed intervention: a count that opens a time or
    a quantity ("five years after transplant"), a bare "transplantation", two treatments joined
    by "and" or "or", or a phrase about the animals or patients treated.

    >>> [_names_a_treatment(n.split()) for n in ("five years after transplant", "transplantation",
    ...     "lymph node cells of dfmsc-administered mice", "umbilical cord transplantation",
    ...     "t-cell depletion and systemic immunosuppressive therapy")]
    [False, False, False, True, False]
    """
    if words[0] in nouns.NUMBER_WORDS or re.fullmatch(r"[\d.,%]+", words[0]):
        return False
    if "and" in words[1:-1] or "or" in words[1:-1]:
        # "T-cell depletion and systemic immunosuppressive therapy reduce ...": two
        # treatments, each with its own claims, never one named by both.
        return False
    if all(w in _BARE_TREATMENTS | _GENERIC_MODIFIERS or w in nouns._LEADING for w in words):
        return False
    return not any(w in _STUDIED for w in words)


def _said_to_be_a_disease(name: str, text: str) -> bool:
    """True when ``text`` says that ``name`` (or ``name`` with its abbreviation in brackets) is
    a disease ("X is a rare ... disorder")."""
    return (
        re.search(
            rf"\b{re.escape(name)}(?:\s*[(\[][^()\[\]]*[)\]])?\s+(?:is|are|was|were)\s+an?\s+"
            r"(?:[\w\-]+,?\s+){0,6}?"
            r"(?:disease|disorder|syndrome|condition|dermatosis|vasculitis|illness|"
            r"hypersensitivity\s+reaction)s?\b",
            text,
            re.IGNORECASE,
        )
        is not None
    )


_ALONGSIDE = frozenset(
    {"accompanying", "concomitant", "coexisting", "co-existing", "concurrent", "underlying"}
)
# Surface markers written before cells: "CD4+CD25+", "CD4+ CD25+ FoxP3+", "CD34high".
_MARKERS = re.compile(
    r"^(?:(?:CD\d+[a-z]?|FoxP3|Foxp3|FOXP3)(?:\+|high|low|hi|lo|bright|dim)[\s/]*)+"
)


def _abbreviated_cells(name: str, lexicon: Lexicon) -> Entry | None:
    """The cells an abbreviation names when ``name`` is that abbreviation and "cells": "Treg
    cells" after "regulatory T cells (Tregs)" are those cells, not a new entity."""
    words = name.split()
    if len(words) != 2 or words[1].lower() not in ("cell", "cells"):
        return None
    surfaces = lexicon.abbreviated(words[0]) + lexicon.abbreviated(words[0] + "s")
    return next((s.entry for s in surfaces if s.entry.label.lower().endswith(" cell")), None)


_BOTH_NAMES = re.compile(
    r"\b(stem|stromal)\s*(?:/\s*|\(\s*)(?:stem|stromal)\s*\)?(?=\s+cells?\b)", re.IGNORECASE
)


# Verbs that open what is done to a result ("to avoid recurrences"), never a result's name.
_BARE_VERBS = frozenset(
    {"avoid", "prevent", "induce", "reduce", "achieve", "maintain", "improve", "promote"}
)
_DURATION_BEFORE = re.compile(r"^(?:long|short)[\s\-‐]term\s+|^prolonged\s+", re.IGNORECASE)
_DRUG_TREATMENT = re.compile(r"(.+?)\s+(?:treatment|therapy)", re.IGNORECASE)
# Words that say only that something is given, never what.
_BARE_KINDS = frozenset({"drug", "agent", "medication", "medicine"})


def _propose(
    name: str,
    kind: str,
    st: Statement,
    proposals: dict[URIRef, Proposal],
    lexicon: Lexicon,
    reason: str,
) -> Entry | None:
    # "rejection events up to two years": a particle cut from its "to" ends no name.
    cut = re.sub(r"(?:\s+(?:up|down|out|off))+$", "", name, flags=re.IGNORECASE)
    if cut != name:
        words = cut.split()
        name = " ".join([*words[:-1], nouns.singular(words[-1])])
    written = name
    if kind == INTERVENTION and len(unmarked := _MARKERS.sub("", name).split()) > 1:
        # "CD4+CD25+ regulatory T cells": the markers say which cells these are, as their
        # name does; they make no narrower kind.
        name = " ".join(unmarked)
    if kind == INTERVENTION:
        # "CD19 CAR T-cell transfer", "... T-cell infusion" and "... T cell therapy" are one
        # cell therapy: proposed once, under "therapy", and found by every written form.
        name = _CELL_THERAPY.sub(r"\1 therapy", name)
        # "mesenchymal stem/stromal cells", "mesenchymal stem (stromal) cells": the cells under
        # both their names, named by the first printed.
        name = _BOTH_NAMES.sub(r"\1", name)
        # "Long-term immunosuppressive treatment appears to prolong remission", "prolonged GC
        # treatment": how long it was given, not another treatment.
        name = _DURATION_BEFORE.sub("", name)
        # "Inhibitors of JAK kinases" is the class "JAK kinase inhibitor", as it is written
        # most often.
        acting = _ACTING_OF.fullmatch(name)
        if acting is not None:
            target = acting.group("target").split()
            name = " ".join(
                [*target[:-1], nouns.singular(target[-1]), acting.group("action").lower()]
            )
        # "Cyclosporine treatment led to improvement in PRCA": a medicine's treatment is the
        # medicine, as the lexicon's own names are found ("rituximab treatment" is rituximab);
        # not where the head is shared ("AHSCT and cyclophosphamide therapy": one regimen).
        given = _DRUG_TREATMENT.fullmatch(name)
        shared = given and re.search(
            rf"(?:\band|\bor|\bplus|\+|/)\s*{re.escape(written)}", st.text, re.IGNORECASE
        )
        if given and not shared and drugs.names_a_drug(given.group(1)):
            name = given.group(1)
    local = slug(name)
    words = name.lower().split()
    if (
        not local
        or not can_head_a_name(nouns._head(words))
        or any(map(auxiliary, words))
        or words[0] in nouns.REFERRING
        or words[0] in _SUBORDINATORS
        or words[0] in nouns._PREPOSITIONS  # "Even with treatment (...)": no name
        or (kind in (OUTCOME, ADVERSE_EVENT, STEP) and _participle_clause(words))
        or (kind in (STEP, PROCESS, INTERVENTION) and len(words) == 1 and verb_only(words[0]))
        # "more effective both to induce resolution and to avoid recurrences": a name that
        # opens with a bare verb is what is done to the result, not the result.
        or (kind in (OUTCOME, ADVERSE_EVENT) and len(words) > 1 and words[0] in _BARE_VERBS)
        or (kind == INTERVENTION and not _names_a_treatment(words))
        # "accompanying anti-NMDA-r antibodies ... are associated with poorer response": what
        # comes with the disease, or beside the treatment, is not the treatment.
        or (kind == INTERVENTION and words[0] in _ALONGSIDE)
        # "all these drugs are approved for moderate-to-severe plaque psoriasis": a bare
        # "drug" points back to those named before; it names none.
        or (kind == INTERVENTION and len(words) == 1 and nouns.singular(words[0]) in _BARE_KINDS)
        # "Scleromyxedema is a rare chronic fibromucinous disorder that ...": what the statement
        # says is a disease is none of its treatments, however unknown its name.
        or (kind == INTERVENTION and _said_to_be_a_disease(written, st.text))
        or _has_finite_verb(words)
    ):
        # "a profound increase in wellbeing" cut at its cue word leaves "profound": a word
        # that is never a noun names no outcome, harm, disease or treatment, and a name with
        # a modal or auxiliary in it ("treatment may provide novel") is a clause, not a name;
        # "related diseases" points back to diseases named before, it names none; "While
        # current immunomodulatory therapies" opens a clause, and so does "showing superior
        # efficacy"; "is required to ensure that ..." names no step: a word known only as a
        # verb is what is done, not a thing done.
        return None
    if kind == INTERVENTION and (cells := _abbreviated_cells(name, lexicon)) is not None:
        lexicon.add(cells, [written])
        return cells
    iri = URIRef(f"{RESOURCE_BASE}{_NAMESPACE_OF[kind]}/{local}")
    if iri in lexicon.entries:
        if written != name:
            lexicon.add(lexicon.entries[iri], [written])
        return lexicon.entries[iri]
    entry = Entry(iri, kind, name, proposed=True)
    lexicon.add(entry, list(dict.fromkeys([name, written])))
    proposals[iri] = Proposal(entry, st.position, name, reason)
    return entry
