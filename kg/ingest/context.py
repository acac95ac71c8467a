"""Negation, hedging and hypotheticals of a claim's object, by medspaCy's ConText.

ConText (Harkema et al., 2009; medspaCy's implementation) decides from trigger phrases and
their scopes whether a target phrase of a sentence is negated ("did not significantly improve
survival", "no improvement in quality of life", "no significant difference in relapse-free
survival"), uncertain ("may improve survival") or hypothetical ("if relapse occurs ...").
Its default rules were written for clinical notes; a few of them do not fit the literature
(``risks of`` marks a risk hypothetical, ``history`` a past finding) and are left out, and
the hedges and null results of trial abstracts and guidelines are added as ConText rules of
the same kinds. The pipeline is ``spacy.blank("en")`` with the ConText component only: rule
based, no statistical model, nothing downloaded. Each statement is one sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.ingest.wordclass import verb_only

# Default rules that mark wording of the literature wrongly: "risks of infection" is not
# hypothetical, "but" ends a clause rather than negates, and the rest are clinical-note
# conventions (history, family, returning patients).
_DROPPED = {
    "risks of",
    "because",
    "return",
    "come back for",
    "as needed",
    "but",
    "history",
    "h/o",
    "past history",
    "presentation",
    "comes in with",
    "family",
    "decline",
    "free",
    "any other",
    "as well as any",
    "as has",
    "cause for",
    "as a cause for",
    "evaluate for",
    "checked for",
    # "a new therapeutic option ... for GVHD prophylaxis": the disease a treatment is given to
    # prevent, not one denied (the clinical notes' "DVT prophylaxis: no DVT").
    "prophylaxis",
}
# Added in ConText's own categories: hedges of trial abstracts and guidelines, and null results.
_ADDED = (
    ("may", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("might", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("could", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("can", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("may be considered", "POSSIBLE_EXISTENCE", "BIDIRECTIONAL"),
    ("has shown promise", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("have shown promise", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("suggests", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("suggest", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("potentially", "POSSIBLE_EXISTENCE", "FORWARD"),
    # "Low-dosage steroid therapy ... has been proposed as maintenance therapy to prevent AIP
    # relapse": what has been proposed is not shown.
    ("has been proposed", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("have been proposed", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("was proposed", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("were proposed", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("has been suggested", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("have been suggested", "POSSIBLE_EXISTENCE", "FORWARD"),
    # "no therapy seems to be curative in RCD II", "appears to be effective in": what only
    # seems so is not asserted.
    ("seems to", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("seem to", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("seemed to", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("appears to", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("appear to", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("appeared to", "POSSIBLE_EXISTENCE", "FORWARD"),
    # "MSCs have the potential to enhance islet transplantation by suppressing ...", "there is
    # potential for these mechanisms to be effective for B-cell-mediated autoimmune disease"
    ("potential to", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("potential for", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("possibility that", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("possibility of", "POSSIBLE_EXISTENCE", "FORWARD"),
    # "an apparent trend toward increased overall survival (OS) in the MSC group ... (P =
    # 0.084)": a trend is not a shown difference.
    ("trend toward", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("trend towards", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("trend to", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("trend for", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("trend of", "POSSIBLE_EXISTENCE", "FORWARD"),
    ("did not", "NEGATED_EXISTENCE", "FORWARD"),
    ("does not", "NEGATED_EXISTENCE", "FORWARD"),
    ("do not", "NEGATED_EXISTENCE", "FORWARD"),
    ("failed to", "NEGATED_EXISTENCE", "FORWARD"),
    ("fails to", "NEGATED_EXISTENCE", "FORWARD"),
    ("fail to", "NEGATED_EXISTENCE", "FORWARD"),
    # "develop refractory disease, failing to achieve durable remission despite prolonged
    # antithyroid therapy"
    ("failing to", "NEGATED_EXISTENCE", "FORWARD"),
    # "discontinued thalidomide ... due to the inability to reduce lower inflammatory indicators
    # to the normal range, failure to improve clinical symptoms": what it could not do.
    ("failure to", "NEGATED_EXISTENCE", "FORWARD"),
    ("inability to", "NEGATED_EXISTENCE", "FORWARD"),
    ("was not", "NEGATED_EXISTENCE", "FORWARD"),
    ("were not", "NEGATED_EXISTENCE", "FORWARD"),
    ("is not", "NEGATED_EXISTENCE", "FORWARD"),
    ("are not", "NEGATED_EXISTENCE", "FORWARD"),
    ("no significant difference", "NEGATED_EXISTENCE", "FORWARD"),
    ("no difference", "NEGATED_EXISTENCE", "FORWARD"),
    # "hand function significantly improved in both groups with no between-group difference",
    # "an improvement of hand function in both groups, with no superiority of the AD-SVF": a
    # change seen alike with placebo is no effect of the treatment.
    # The default "with no" looks forward only; the longer phrase wins the overlap.
    ("no between-group difference", "NEGATED_EXISTENCE", "BACKWARD"),
    ("with no between-group difference", "NEGATED_EXISTENCE", "BACKWARD"),
    ("no superiority", "NEGATED_EXISTENCE", "BACKWARD"),
    ("with no superiority", "NEGATED_EXISTENCE", "BACKWARD"),
    ("did not differ", "NEGATED_EXISTENCE", "BACKWARD"),
    # "A similar proportion of patients on hUC-MSC and placebo achieved complete remission"
    ("similar proportion of", "NEGATED_EXISTENCE", "FORWARD"),
    ("similar proportions of", "NEGATED_EXISTENCE", "FORWARD"),
    ("comparable proportion of", "NEGATED_EXISTENCE", "FORWARD"),
    ("comparable proportions of", "NEGATED_EXISTENCE", "FORWARD"),
    # "achieved comparable graft and recipient survivals with non-MSC treatment": no better
    # than the comparator.
    ("comparable", "NEGATED_EXISTENCE", "FORWARD"),
    ("was similar", "NEGATED_EXISTENCE", "BACKWARD"),
    ("were similar", "NEGATED_EXISTENCE", "BACKWARD"),
    ("not significantly", "NEGATED_EXISTENCE", "FORWARD"),
    # "this reduction in scaling was not significant": what came before is what did not hold.
    # "its impact on reducing mortality is not significant": told in the present too.
    *(
        (f"{verb} not {how}significant", "NEGATED_EXISTENCE", "BACKWARD")
        for verb in ("was", "were", "is", "are")
        for how in ("", "statistically ")
    ),
    # "Improvement in survival or prevention of liver decompensation events have not been
    # demonstrated": what has not been shown is denied, however long the subject before it;
    # "Steroids have not been shown to be effective for lupus": and what follows it.
    *(
        (f"{aux} not been {shown}", "NEGATED_EXISTENCE", "BIDIRECTIONAL")
        for aux in ("has", "have")
        for shown in ("demonstrated", "shown", "established", "proven", "proved", "confirmed")
    ),
    # "The evidence provided from available studies is insufficient to determine that DMARDs
    # can prevent the progression of PR to autoimmune CTDs": what could not be shown is denied,
    # as "have not been shown" is.
    *(
        (f"insufficient to {verb}", "NEGATED_EXISTENCE", "FORWARD")
        for verb in ("determine", "conclude", "establish", "show", "prove", "confirm", "support")
    ),
    # "3 of 5 had cessation of drainage, but none achieved complete healing", "none of the
    # AHST-treated patients (n = 24) developed microvascular complications"
    ("none", "NEGATED_EXISTENCE", "FORWARD"),
    # "Three subjects in MSC-treated group, in contrast to none in control group, achieved
    # insulin independence": none of the comparator arm.
    ("none in", "NEGATED_EXISTENCE", "PSEUDO"),
    ("ineffective for", "NEGATED_EXISTENCE", "FORWARD"),
    # "well tolerated with little adverse effects or increased infection": next to none ("few"
    # and "minimal" still count what there was).
    ("with little", "NEGATED_EXISTENCE", "FORWARD"),
    # "a single autograft ... is unlikely to cure autoimmune disease"
    ("unlikely to", "NEGATED_EXISTENCE", "FORWARD"),
    # "In comparison with placebo or no treatment, SCT showed a greater likelihood of CR": a
    # comparator arm, not a denial of what follows (ConText's pseudo-triggers block "no").
    *(
        (f"{before} no {arm}", "NEGATED_EXISTENCE", "PSEUDO")
        for before in ("or", "versus", "vs", "vs.", "than", "compared with", "compared to")
        for arm in ("treatment", "therapy", "intervention")
    ),
    # "maintaining 'no evidence of disease activity'" (NEDA) names an endpoint of multiple
    # sclerosis trials, as "progression-free survival" does; it denies nothing.
    ("no evidence of disease activity", "NEGATED_EXISTENCE", "PSEUDO"),
    # "MSCs not only play an important role in regulating immune and tissue homeostasis but
    # also display ...": an addition, no denial.
    ("not only", "NEGATED_EXISTENCE", "PSEUDO"),
    # "treated with siltuximab with/without corticosteroids achieved response": a treatment
    # given with or without another, no denial.
    ("with/without", "NEGATED_EXISTENCE", "PSEUDO"),
    ("with or without", "NEGATED_EXISTENCE", "PSEUDO"),
    # "it should be performed sooner rather than later to prevent organ damage": when, no
    # denial of what it prevents.
    ("rather than later", "NEGATED_EXISTENCE", "PSEUDO"),
    ("rather than sooner", "NEGATED_EXISTENCE", "PSEUDO"),
    ("in case of", "HYPOTHETICAL", "FORWARD"),
    ("whether", "HYPOTHETICAL", "FORWARD"),
)
# A new clause or a coordinated verb phrase ends a trigger's scope: in "did not improve
# remission and was associated with toxicity" the toxicity is not denied.
# "associated with infections despite prophylaxis": what happened in spite of something is
# not denied by it (ConText reads a bare "prophylaxis" as denying what comes before).
_CLAUSE_ENDS = ("but", "although", "whereas", "while", "however", "though", "yet", ";", "despite")
# An "and" ends a scope only before these words, and the word after it is left to be a trigger
# of its own: "improved survival and may reduce relapses" keeps the hedge of "may", and "and is
# not recommended" its denial (ConText keeps the longer of two overlapping matches, so a
# terminator "and may" would swallow the "may").
_AND_BEFORE = (
    ("was",),
    ("were",),
    ("is",),
    ("are",),
    ("has",),
    ("had",),
    ("have",),
    ("may",),
    ("can",),
    ("could",),
    ("might",),
    ("did",),
    ("led",),
    ("resulted",),
    ("caused",),
    # "with no death, graft loss, DSA, or graft versus host disease and demonstrated improved
    # quality of life": a verb the patients did ends what "no" denies.
    ("demonstrated",),
    ("showed",),
    ("achieved",),
    ("experienced",),
    ("exhibited",),
    ("maintained",),
    ("remained",),
    ("regained",),
    ("attained",),
    # "showing no immune effector cell-related neurotoxicity or serious infections, and
    # significantly improves neurological function": a verb of its own, after its adverb.
    ("significantly",),
    ("markedly",),
    ("improves",),
    ("reduces",),
    # "had no adverse effects and the patient showed clinical improvement": the patients'
    # clause says its own result.
    ("the", "patient"),
    ("the", "patients"),
    ("patients",),
    ("all", "patients"),
    # "did not act, surprisingly, as an independent risk factor for recurrences and therefore
    # may be considered a successful and safe treatment": what follows from the denial is not
    # denied.
    ("therefore",),
    ("thus",),
    ("hence",),
)


# After "and" or a comma, an item with a measure of its own is no item of the denied list:
# "resulted in no grade 3 or higher CRS, a low rate of grade 3 or higher NEs and high response
# rates" denies the CRS only.
_OWN_MEASURE = (
    *(("high",), ("higher",), ("low",), ("lower",), ("improved",), ("increased",)),
    *(("better",), ("good",), ("excellent",), ("favourable",), ("favorable",)),
    *(("a", "high"), ("a", "higher"), ("a", "low"), ("a", "lower"), ("a", "good")),
)


# Words that open a fronted concession, which a comma closes; a condition ("If relapse occurs,
# rituximab may be considered") governs the main clause, so "if" is not one of them.
_CONCESSION_OPENERS = frozenset({"although", "though", "while", "whereas"})

# A denied verb: once it is said, a relative clause after it describes who or what, and
# denies nothing of its own.
_DENIED_VERB = (
    ("did", "not"),
    ("does", "not"),
    ("do", "not"),
    ("failed", "to"),
    ("fails", "to"),
    ("fail", "to"),
)


def _relative_after_denial(words: list[str]) -> list[int]:
    """The indexes of "who", "whose" and "which" after a denied verb has been said.

    "Platelet activation did not improve in 3 patients whose platelet count improved on
    eltrombopag": the platelet count improved. "None of the patients whose disease was
    refractory responded" has no denied verb before "whose", so the response stays denied.

    >>> _relative_after_denial("x did not improve in patients whose count improved".split())
    [6]
    >>> _relative_after_denial("none of the patients whose disease was refractory".split())
    []
    >>> _relative_after_denial("x did not whose".split())
    []
    """
    return [
        i
        for i, word in enumerate(words)
        if word in ("who", "whose", "which")
        # the denied verb's own verb stands between it and the relative pronoun
        and any(tuple(words[j : j + 2]) in _DENIED_VERB for j in range(i - 2))
    ]


@dataclass(frozen=True)
class Assessment:
    """What ConText says of one target: negated, uncertain, hypothetical, and the triggers."""

    negated: bool
    uncertain: bool
    hypothetical: bool
    triggers: tuple[str, ...] = ()


def assess(text: str, targets: tuple[tuple[int, int], ...]) -> tuple[Assessment, ...]:
    """Return ConText's assessment of each ``(start, end)`` character span of ``text``.

    Spans must not overlap. The text is taken as one sentence.

    >>> text = "AHSCT did not significantly improve survival but reduced relapses"
    >>> [(a.negated, a.uncertain) for a in assess(text, ((36, 44), (57, 65)))]
    [(True, False), (False, False)]
    >>> assess("AHSCT may improve survival", ((18, 26),))[0].uncertain
    True
    >>> assess("Versus placebo or no treatment, SCT improved remission", ((45, 54),))[0].negated
    False
    """
    return _assess(text, tuple(targets))


def _opens_predicate(words: list[str], i: int) -> bool:
    """True when ``words[i:]``, after an "and", open a predicate of their own."""
    return any(tuple(words[i : i + len(after)]) == after for after in _AND_BEFORE) or (
        # "no longer had CholU episodes and resumed regular sporting activity, with a marked
        # improvement in the quality of life": a verb in the past the lexicon knows only as a
        # verb.
        i < len(words) and _past_verb(words[i])
    )


def _past_verb(word: str) -> bool:
    """True for a past form the lexicon knows only as a verb ("resumed", not "increased").

    >>> [_past_verb(w) for w in ("resumed", "died", "increased", "bleeding", "red")]
    [True, True, False, False, False]
    """
    return word.endswith("ed") and verb_only(word)


@lru_cache(maxsize=2048)
def _assess(text: str, targets: tuple[tuple[int, int], ...]) -> tuple[Assessment, ...]:
    nlp, context = _pipeline()
    doc = nlp.make_doc(text)
    words = [t.lower_ for t in doc]
    for i, token in enumerate(doc):
        token.is_sent_start = i == 0
        token._.ends_clause = (words[i] == "and" and _opens_predicate(words, i + 1)) or (
            words[i] in ("and", ",")
            and any(tuple(words[i + 1 : i + 1 + len(after)]) == after for after in _OWN_MEASURE)
        )
    if words and words[0] in _CONCESSION_OPENERS and "," in words:
        # "Although many of those who receive islets do not retain insulin independence,
        # grafts do play a significant role ...": the fronted clause's "not" ends at its comma.
        doc[words.index(",")]._.ends_clause = True
    for i in _relative_after_denial(words):
        doc[i]._.ends_clause = True
    for i in _new_clauses(words):
        # "this reduction in scaling was not significant, the thickness was significantly
        # reduced": a comma before a subject and its verb opens a clause of its own.
        doc[i]._.ends_clause = True
    without = _after_without(words)
    if without is not None:
        # "high-dose cyclophosphamide without hematopoietic stem cell rescue has shown
        # activity in ... autoimmune diseases": "without" denies the rescue, and the verb
        # after it ends what it denies.
        doc[without]._.ends_clause = True
    fronted = _fronted_absence(words)
    if fronted is not None:
        # "Following transplantation, in the absence of any treatment other than symptomatic
        # therapy, the patient's exertional dyspnea ... disappeared": a fronted "in the
        # absence of" (or "without") phrase denies what it names, not the main clause its
        # comma opens.
        doc[fronted]._.ends_clause = True
    spans = []
    for start, end in targets:
        span = doc.char_span(start, end, label="TARGET", alignment_mode="expand")
        if span is None:  # only when the span is outside the text
            raise ValueError(f"target ({start}, {end}) is not inside the text")
        spans.append(span)
    order = sorted(range(len(spans)), key=lambda i: spans[i].start)
    doc.ents = []
    doc.ents = _non_overlapping([spans[i] for i in order])
    doc = context(doc)
    by_start = {(e.start_char, e.end_char): e for e in doc.ents}
    out = []
    for span in spans:
        ent = by_start.get((span.start_char, span.end_char))
        if ent is None:
            out.append(Assessment(False, False, False))
            continue
        out.append(
            Assessment(
                bool(ent._.is_negated),
                bool(ent._.is_uncertain),
                bool(ent._.is_hypothetical),
                tuple(doc[slice(*m.modifier_span)].text for m in ent._.modifiers),
            )
        )
    return tuple(out)


# Words that open a main clause after a comma: its subject.
_SUBJECT_OPENERS = frozenset(
    {"the", "this", "these", "her", "his", "their", "she", "he", "they", "it", "all", "patients"}
)


_FINITE = frozenset({"was", "were", "is", "are", "has", "have", "had"})


def _new_clauses(words: list[str]) -> list[int]:
    """The indexes of the commas after which a subject and its verb open a new clause.

    >>> _new_clauses("x was not significant , the thickness was reduced".split())
    [4]
    >>> _new_clauses("it did not reduce relapses , the main outcome , or disability".split())
    []
    """
    return [
        i
        for i, word in enumerate(words[:-2])
        if word == ","
        and words[i + 1] in _SUBJECT_OPENERS
        and any(w in _FINITE for w in words[i + 2 : i + 6])
        and not any(w == "," for w in words[i + 2 : i + 6][: _first_finite(words[i + 2 : i + 6])])
    ]


def _first_finite(words: list[str]) -> int:
    return next((k for k, w in enumerate(words) if w in _FINITE), len(words))


def _after_without(words: list[str]) -> int | None:
    """The index of the first finite verb after a "without" that is not fronted, if any.

    >>> _after_without("cyclophosphamide without stem cell rescue has shown activity".split())
    5
    >>> _after_without("patients improved without relapse".split()) is None
    True
    >>> _after_without("therapy in patients lacking a donor involves ATG".split())
    6
    >>> _after_without("we suspected it without gammopathy , and started anakinra".split())
    5
    >>> _after_without("patients treated without corticosteroids achieved response".split())
    4
    """
    # "Frontline therapy in ... all patients lacking a matched sibling donor involves
    # immunosuppressive therapy (IST) with horse antithymocyte globulin": what the patients
    # lack is denied, not what the therapy involves.
    start = next((i for i, w in enumerate(words) if w in ("without", "lacking")), None)
    if start is None:
        return None
    if start == 0 or words[start - 1] == ",":
        return None  # fronted: _fronted_absence reads it
    return next(
        (
            j
            for j in range(start + 1, len(words))
            if words[j] in _FINITE
            or (words[j].endswith("s") and verb_only(words[j]))
            # "we suspected SchS even without monoclonal gammopathy, and started Anakinra":
            # a comma and a conjunction before a verb open the next clause.
            or (
                words[j] == ","
                and words[j + 1 : j + 2] in (["and"], ["but"])
                and (words[j + 2 : j + 3] or [""])[0].endswith("ed")
            )
            # "Patients treated without corticosteroids achieved response": a past-tense verb
            # after what "without" names is the clause's own, never one of its words
            # ("without reduced survival", "without markedly reduced survival" keep theirs).
            or (
                j > start + 1
                and words[j].endswith("ed")
                and verb_only(words[j])
                and not words[j - 1].endswith("ly")
                and words[j - 1] not in ("and", "or", ",", "without", "no", "any")
            )
        ),
        None,
    )


def _fronted_absence(words: list[str]) -> int | None:
    """The index of the comma that closes a fronted "in the absence of ..." or "without ..."
    phrase (at the start, or after an opening phrase's comma), if one does.

    >>> _fronted_absence("in the absence of fever , rash or pain , the patient improved".split())
    9
    >>> _fronted_absence("the patient improved in the absence of fever , rash".split()) is None
    True
    """
    for i, word in enumerate(words):
        opens = word == "without" or words[i : i + 3] == ["in", "the", "absence"]
        if not opens or (i > 0 and words[i - 1] != ","):
            continue
        for j in range(i + 1, len(words) - 1):
            if words[j] == "," and words[j + 1] in _SUBJECT_OPENERS:
                return j
        return None
    return None


def _non_overlapping(spans):
    kept = []
    for span in spans:
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


@lru_cache(maxsize=1)
def _pipeline():
    # Imported here: spaCy takes seconds to import, and only ingest needs it.
    import medspacy.context  # noqa: F401  (registers the "medspacy_context" factory)
    import spacy
    from medspacy.context import ConTextRule
    from spacy.tokens import Token

    defaults = spacy.blank("en").add_pipe("medspacy_context").rules
    nlp = spacy.blank("en")
    context = nlp.add_pipe("medspacy_context", config={"rules": None})
    rules = [r for r in defaults if r.literal.lower() not in _DROPPED]
    rules += [
        ConTextRule(literal, category, direction=direction)
        for literal, category, direction in _ADDED
    ]
    rules += [ConTextRule(word, "TERMINATE", direction="TERMINATE") for word in _CLAUSE_ENDS]
    # Set per text in _assess: an "and" before a verb, or the comma closing a concession.
    Token.set_extension("ends_clause", default=False, force=True)
    rules.append(
        ConTextRule(
            "end of a clause",
            "TERMINATE",
            direction="TERMINATE",
            pattern=[{"_": {"ends_clause": True}}],
        )
    )
    context.add(rules)
    return nlp, context
