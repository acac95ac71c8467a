"""Generate synthetic evidence summaries in the project's own claim model, for benchmarks.

The output looks like real ingests: one source document per ~20 statements (its text file with
the statements at their offsets, and one claims file with its sections, references,
populations, publications, statements and claims), every claim kind of the ontology, citation
markers that agree with the cited references, and a Zipf-like skew over diseases,
interventions, outcomes and organisations, so a few are very common and most are rare, as in
the literature. Entities beyond the ontology's own are generated as ontology-style classes
(label, definition) under the real hierarchies, e.g. a subtype of multiple sclerosis.

Everything is a deterministic function of ``(n_claims, seed)``: the same arguments give the
same bytes. The output conforms to the shapes (tested on small ``n`` with ``kg.build.validate``).

    python -m bench.generate --claims 10000 --project /tmp/syn10k   # a project to `kg build`
    python -m bench.generate --claims 10000 --turtle /tmp/syn.ttl    # one Turtle file

Library use::

    from bench.generate import generate, write_project, write_turtle
    for chunk in generate(1000, seed=1):   # self-contained Turtle chunks
        ...
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import itertools
import random
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import kg.namespaces as kg_namespaces

DEFAULT_SEED = 1
STATEMENTS_PER_DOCUMENT = 20
SLUG = "syn"

# The project's own prefixes, so generated Turtle reads like the curated files.
PREFIXES = kg_namespaces.PREFIXES
HEADER = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()) + "\n"

# ------------------------------------------------------------------ the ontology's own terms
# (curie, label), most common first: the head of each Zipf distribution is the real ontology,
# as in the curated summary, where multiple sclerosis and AHSCT dominate.
DISEASES = [
    ("disease:multiple-sclerosis", "multiple sclerosis"),
    ("disease:diffuse-cutaneous-systemic-sclerosis", "diffuse cutaneous systemic sclerosis"),
    ("disease:systemic-sclerosis", "systemic sclerosis"),
    ("disease:relapsing-remitting-multiple-sclerosis", "relapsing-remitting multiple sclerosis"),
    ("disease:neuromyelitis-optica-spectrum-disorder", "neuromyelitis optica spectrum disorder"),
    ("disease:systemic-lupus-erythematosus", "systemic lupus erythematosus"),
    ("disease:rheumatoid-arthritis", "rheumatoid arthritis"),
    ("disease:autoimmune-disease", "autoimmune disease"),
    ("disease:systemic-autoimmune-disease", "systemic autoimmune disease"),
    ("disease:interstitial-lung-disease", "interstitial lung disease"),
    ("disease:immune-mediated-inflammatory-disease", "immune-mediated inflammatory disease"),
]
PROCEDURES = [
    ("intervention:ahsct", "autologous haematopoietic stem cell transplantation"),
    ("intervention:hsct", "haematopoietic stem cell transplantation"),
    ("intervention:stem-cell-transplantation", "stem cell transplantation"),
    ("intervention:non-myeloablative-selective-hsct", "non-myeloablative selective HSCT"),
    ("intervention:myeloablative-selective-hsct", "myeloablative selective HSCT"),
    (
        "intervention:high-intensity-immunosuppression-with-ahsct",
        "high-intensity immunosuppression followed by AHSCT",
    ),
    ("intervention:selective-hsct", "selective HSCT"),
]
DRUGS = [("intervention:cyclophosphamide", "cyclophosphamide")]
OUTCOMES = [
    ("outcome:survival", "survival"),
    ("outcome:event-free-survival", "event-free survival"),
    ("outcome:overall-survival", "overall survival"),
    ("outcome:disease-activity", "disease activity"),
    ("outcome:quality-of-life", "quality of life"),
    ("outcome:skin-thickness", "skin thickness"),
    ("outcome:neurological-function", "neurological function"),
    ("outcome:long-term-remission", "long-term remission"),
    ("outcome:brain-inflammation", "inflammation in the brain"),
    ("outcome:treatment-success-rate", "treatment success rates"),
    ("outcome:treatment-effectiveness", "treatment effectiveness"),
]
ADVERSE_EVENTS = [
    ("outcome:infection", "infection"),
    ("outcome:serious-adverse-event", "serious adverse events"),
    ("outcome:treatment-related-mortality", "treatment-related mortality"),
    ("outcome:organ-damage", "organ damage"),
]
PROCESSES = [
    ("process:regulatory-t-cell-promotion", "promoting regulatory T-cells"),
    ("process:cytokine-release", "releasing cytokines that dampen inflammatory pathways"),
    ("process:tissue-regeneration", "supporting tissue regeneration"),
]
STEPS = [
    ("intervention:stem-cell-collection", "stem cell collection"),
    ("intervention:high-dose-immunosuppression", "high-dose immunosuppression"),
    ("intervention:stem-cell-reinfusion", "reinfusion of the stem cells"),
    ("intervention:pre-treatment-evaluation", "pre-treatment evaluation"),
    ("intervention:follow-up-care", "follow-up care"),
    ("intervention:immunosuppression", "immunosuppression"),
    ("intervention:transplantation-of-stem-cells", "transplantation of the stem cells"),
]

# Words for synthetic subclasses: "<qualifier> <parent label> type <n>".
QUALIFIERS = [
    "juvenile-onset",
    "late-onset",
    "refractory",
    "progressive",
    "seropositive",
    "seronegative",
    "limited",
    "familial",
    "paediatric",
    "rapidly progressive",
    "treatment-naive",
    "relapsing",
]
PROTOCOLS = [
    "BEAM-conditioned",
    "cyclophosphamide-ATG-conditioned",
    "CD34-selected",
    "low-intensity",
    "intermediate-intensity",
    "busulfan-conditioned",
    "thiotepa-conditioned",
    "rituximab-augmented",
]
DRUG_STEMS = ["mab", "limus", "tinib", "cept", "platin", "mustine"]
OUTCOME_QUALIFIERS = [
    "2-year",
    "5-year",
    "10-year",
    "patient-reported",
    "radiological",
    "composite",
]

PARTS = [
    (
        "guidelines",
        "From the Guidelines",
        [
            ("key-points", "Key Points to Consider"),
            ("treatment-approach", "Treatment Approach"),
            ("recent-evidence", "Recent Evidence"),
        ],
    ),
    (
        "research",
        "From the Research",
        [
            ("efficacy", "Efficacy of Stem Cell Transplants"),
            ("safety", "Safety and Adverse Effects"),
            ("mechanisms", "Mechanisms of Action"),
            ("status", "Current Status and Future Directions"),
        ],
    ),
]

# Claim kinds and how often each opens a statement: efficacy and safety dominate summaries.
KIND_WEIGHTS = [
    ("EfficacyClaim", 34),
    ("SafetyClaim", 14),
    ("RecommendationClaim", 15),
    ("EvidenceOfUseClaim", 10),
    ("ProcedureStepClaim", 7),
    ("MechanismClaim", 7),
    ("StatusClaim", 7),
    ("RiskFactorClaim", 6),
]
# Claims per statement: the curated summary has 45 claims in 21 statements.
CLAIMS_PER_STATEMENT = [(1, 30), (2, 25), (3, 25), (4, 12), (5, 8)]

EFFICACY_VERBS = {
    "improves": ("hkg:Improves", "can improve", "improved"),
    "reduces": ("hkg:Reduces", "can reduce", "reduced"),
    "stabilises": ("hkg:Stabilises", "can stabilise", "stabilised"),
    "hasVariableEffectOn": ("hkg:Varies", "has variable effects on", "varied effects on"),
}
STRENGTHS = {
    "EfficacyClaim": [
        ("hkg:Possible", 4),
        ("hkg:Demonstrated", 3),
        ("hkg:Reported", 2),
        ("hkg:Promising", 1),
    ],
}


@dataclass(frozen=True)
class Term:
    """An ontology class the generator can point at."""

    curie: str
    label: str


@dataclass
class Document:
    """One synthetic source document: its slug, its claims file (Turtle) and its text."""

    slug: str
    turtle: str
    text: str
    claims: int


class _Zipf:
    """Draw from ``items`` with weight 1/(rank+1)^s: a few very common, a long rare tail."""

    def __init__(self, items: list, s: float = 1.1) -> None:
        self.items = items
        self.cum = list(itertools.accumulate(1.0 / (k + 1) ** s for k in range(len(items))))

    def draw(self, rng: random.Random):
        return self.items[bisect.bisect(self.cum, rng.random() * self.cum[-1])]

    def draw_distinct(self, rng: random.Random, k: int) -> list:
        seen: list = []
        for _ in range(k * 8):
            item = self.draw(rng)
            if item not in seen:
                seen.append(item)
                if len(seen) == k:
                    break
        return seen


def _weighted(rng: random.Random, table: list[tuple[object, int]]):
    total = sum(w for _, w in table)
    x = rng.random() * total
    for value, weight in table:
        x -= weight
        if x < 0:
            return value
    return table[-1][0]


def _lit(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\n", "\\n").replace("\r", "\\r") + '"'


def _and(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


class _Vocabulary:
    """The terms of one run: the ontology's own, then synthetic subclasses under them."""

    def __init__(self, n_claims: int, rng: random.Random) -> None:
        self.classes: list[str] = []  # Turtle blocks of the synthetic classes
        scale = max(n_claims, 1)
        self.diseases = self._grow(
            rng, DISEASES, min(2000, 20 + scale // 500), "disease", QUALIFIERS, "a subtype of"
        )
        self.procedures = self._grow(
            rng, PROCEDURES, min(400, 8 + scale // 2500), "intervention", PROTOCOLS, "a variant of"
        )
        self.drugs = self._drugs(rng, min(200, 6 + scale // 5000))
        self.outcomes = self._grow(
            rng,
            OUTCOMES,
            min(300, 10 + scale // 3000),
            "outcome",
            OUTCOME_QUALIFIERS,
            "a measure of",
        )
        self.adverse = self._grow(
            rng,
            ADVERSE_EVENTS,
            min(200, 6 + scale // 5000),
            "outcome",
            QUALIFIERS,
            "an adverse event, a kind of",
        )
        self.processes = self._grow(
            rng, PROCESSES, min(100, 4 + scale // 10000), "process", QUALIFIERS, "a kind of"
        )
        self.steps = self._grow(
            rng, STEPS, min(100, 4 + scale // 10000), "intervention", PROTOCOLS, "a kind of"
        )
        self.disease_zipf = _Zipf(self.diseases)
        self.procedure_zipf = _Zipf(self.procedures)
        self.drug_zipf = _Zipf(self.drugs)
        self.outcome_zipf = _Zipf(self.outcomes)
        self.adverse_zipf = _Zipf(self.adverse)
        self.process_zipf = _Zipf(self.processes)
        self.step_zipf = _Zipf(self.steps)

    def _grow(self, rng, seed_terms, extra, namespace, qualifiers, relation) -> list[Term]:
        terms = [Term(c, label) for c, label in seed_terms]
        parents = _Zipf(list(terms))
        for i in range(1, extra + 1):
            parent = parents.draw(rng)
            qualifier = qualifiers[rng.randrange(len(qualifiers))]
            label = f"{qualifier} {parent.label} type {i}"
            curie = f"{namespace}:{SLUG}-{namespace[:3]}-{len(self.classes) + 1:05d}"
            self.classes.append(
                f"{curie} a owl:Class ;\n"
                f"    rdfs:subClassOf {parent.curie} ;\n"
                f"    rdfs:label {_lit(label)} ;\n"
                f"    skos:definition {_lit(f'Synthetic class for benchmarks: {relation} {parent.label}.')} .\n"
            )
            terms.append(Term(curie, label))
        return terms

    def _drugs(self, rng, extra) -> list[Term]:
        terms = [Term(c, label) for c, label in DRUGS]
        for i in range(1, extra + 1):
            stem = DRUG_STEMS[rng.randrange(len(DRUG_STEMS))]
            label = f"syntho{i}{stem}"
            curie = f"intervention:{SLUG}-drug-{i:05d}"
            self.classes.append(
                f"{curie} a owl:Class ;\n"
                f"    rdfs:subClassOf hkg:Drug ;\n"
                f"    rdfs:label {_lit(label)} ;\n"
                f"    skos:definition {_lit('Synthetic immunosuppressive drug for benchmarks.')} .\n"
            )
            terms.append(Term(curie, label))
        return terms


class _Entities:
    """Organisations and publications shared by all documents (``data/entities``)."""

    def __init__(self, n_claims: int, rng: random.Random) -> None:
        self.blocks: list[str] = []
        count = min(1000, 10 + n_claims // 1000)
        self.organisations: list[tuple[str, str]] = []
        for i in range(1, count + 1):
            curie = f"organisation:{SLUG}-org-{i:05d}"
            abbreviation = f"SO{i}"
            label = f"Synthetic Society {i} for Blood and Marrow Transplantation"
            block = (
                f"{curie} a hkg:Organisation ;\n    rdfs:label {_lit(label)} ;\n"
                f"    skos:prefLabel {_lit(label)} ;\n    hkg:abbreviation {_lit(abbreviation)} .\n"
            )
            self.blocks.append(block)
            self.organisations.append((curie, f"{label} ({abbreviation})"))
            if i % 10 == 0:
                # Every tenth society has a working party, as the EBMT has its ADWP.
                party = f"organisation:{SLUG}-org-{i:05d}-wp"
                party_label = f"Autoimmune Diseases Working Party of Synthetic Society {i}"
                self.blocks.append(
                    f"{party} a hkg:WorkingParty ;\n    rdfs:label {_lit(party_label)} ;\n"
                    f"    hkg:unitOf {curie} .\n"
                )
                self.organisations.append((party, party_label))
        self.org_zipf = _Zipf(self.organisations)


def _terms_of(vocabulary: _Vocabulary) -> str:
    return HEADER + "\n".join(vocabulary.classes)


class _Writer:
    """Builds one document: its text, with offsets, and its Turtle."""

    def __init__(self, index: int, slug: str, rng: random.Random, vocab, entities) -> None:
        self.index = index
        self.slug = slug
        self.rng = rng
        self.vocab = vocab
        self.entities = entities
        self.text_parts: list[str] = []
        self.length = 0
        self.out: list[str] = []
        self.position = 0
        self.claims = 0
        self.n_references = rng.randint(4, 12)
        self.publications: list[str] = []
        self.populations = 0

    def emit(self, text: str) -> tuple[int, int]:
        start = self.length
        self.text_parts.append(text)
        self.length += len(text)
        return start, self.length

    def header(self) -> None:
        s, doc = self.slug, f"source:{self.slug}"
        title = f"Synthetic evidence summary {self.index}"
        self.emit(title + "\n")
        self.out.append(
            f"{doc} a hkg:SourceDocument ;\n    rdfs:label {_lit(title)} ;\n"
            f"    dcterms:title {_lit(title)} ;\n    hkg:sourceFile {_lit(s + '.txt')} ;\n"
            "    hkg:sha256 @SHA256@ ;\n    hkg:content @CONTENT@ .\n"
        )
        for n in range(1, self.n_references + 1):
            self.out.append(
                f"reference:{s}-{n} a hkg:Reference ;\n"
                f"    rdfs:label {_lit(f'reference {n} of synthetic evidence summary {self.index}')} ;\n"
                f"    hkg:referenceNumber {n} ;\n    dcterms:isPartOf {doc} .\n"
            )
        for n in range(1, self.rng.randint(1, 3) + 1):
            self.publications.append(self._publication(n))

    def _publication(self, n: int) -> str:
        curie = f"publication:{self.slug}-pub-{n}"
        year = 1995 + self.rng.randrange(31)
        if self.rng.random() < 0.3:
            org, _ = self.entities.org_zipf.draw(self.rng)
            self.out.append(
                f"{curie} a hkg:Guideline ;\n"
                f"    rdfs:label {_lit(f'{year} recommendations cited by synthetic summary {self.index}')} ;\n"
                f"    hkg:publicationYear {year} ;\n    hkg:issuedBy {org} .\n"
            )
            return curie
        journal = f"Journal of Synthetic Transplantation {1 + self.rng.randrange(40)}"
        lines = [
            (
                f"{curie} a hkg:JournalArticle ;\n"
                f"    rdfs:label {_lit(f'{journal} {year} study cited by synthetic summary {self.index}')} ;\n"
                f"    hkg:journal {_lit(journal)} ;\n    hkg:publicationYear {year}"
            )
        ]
        if self.rng.random() < 0.2:
            # A curator found the DOI: asserted, and recorded as a curator addition.
            doi = f"10.5555/syn.{self.index}.{n}"
            lines.append(f" ;\n    hkg:doi {_lit(doi)}")
            self.out.append("".join(lines) + " .\n")
            self.out.append(
                f"curation:{self.slug}-pub-{n}-doi a hkg:CuratorAddition ;\n"
                f"    rdfs:label {_lit(f'curator addition: DOI of {curie}')} ;\n"
                f"    rdf:subject {curie} ;\n    rdf:predicate hkg:doi ;\n    rdf:object {_lit(doi)} ;\n"
                f"    hkg:curatorNote {_lit('Synthetic: the source names only the journal and year.')} .\n"
            )
        else:
            self.out.append("".join(lines) + " .\n")
        return curie

    def section(
        self, part_key: str, part_label: str, sub: tuple[str, str] | None
    ) -> tuple[str, str]:
        doc = f"source:{self.slug}"
        part = f"section:{self.slug}-{part_key}"
        if sub is None:
            self.emit(part_label + "\n")
            self.out.append(
                f"{part} a hkg:DocumentPart ;\n    rdfs:label {_lit(part_label)} ;\n"
                f"    dcterms:isPartOf {doc} .\n"
            )
            return part, part_label
        key, label = sub
        curie = f"section:{self.slug}-{part_key}-{key}"
        self.emit(label + "\n")
        self.out.append(
            f"{curie} a hkg:Section ;\n    rdfs:label {_lit(label)} ;\n"
            f"    dcterms:isPartOf {part} .\n"
        )
        return curie, f"{part_label} / {label}"

    def statement(self, section: str, path: str, bullet: bool, max_claims: int) -> None:
        rng = self.rng
        self.position += 1
        kind = _weighted(rng, KIND_WEIGHTS)
        k = min(max_claims, _weighted(rng, CLAIMS_PER_STATEMENT))
        sentence, claims, population = _SENTENCES[kind](self, k)
        markers = None
        cites: list[int] = []
        if rng.random() < 0.75:
            cites = sorted(rng.sample(range(1, self.n_references + 1), rng.randint(1, 3)))
            markers = ", ".join(str(n) for n in cites)
            text = f"{sentence} {markers}" + ("." if rng.random() < 0.7 else "")
        else:
            text = sentence + "."
        if bullet:
            self.emit("- ")
        start, end = self.emit(text)
        self.emit("\n")
        st = f"statement:{self.slug}-{self.position:02d}"
        block = [
            (
                f"{st} a hkg:SourceStatement ;\n"
                f"    rdfs:label {_lit(f'statement {self.position} of synthetic evidence summary {self.index}')} ;\n"
                f"    dcterms:isPartOf source:{self.slug} ;\n    hkg:position {self.position} ;\n"
                f"    hkg:sectionPath {_lit(path)} ;\n    hkg:inSection {section} ;\n"
                f"    hkg:startOffset {start} ;\n    hkg:endOffset {end} ;\n"
            )
        ]
        if markers is not None:
            refs = " , ".join(f"reference:{self.slug}-{n}" for n in cites)
            block.append(f"    hkg:citationMarkers {_lit(markers)} ;\n    hkg:cites {refs} ;\n")
        block.append(f"    hkg:text {_lit(text)} .\n")
        self.out.append("".join(block))
        if population is not None:
            self.out.append(population)
        code = "obo:ECO_0000304" if markers is not None else "obo:ECO_0000218"
        for n, (kind_name, label, props) in enumerate(claims, 1):
            self.claims += 1
            body = "".join(f" ;\n    {p} {o}" for p, o in props)
            self.out.append(
                f"claim:{self.slug}-{self.position:02d}-{n} a hkg:{kind_name} ;\n"
                f"    rdfs:label {_lit(label)} ;\n    prov:wasDerivedFrom {st}{body} ;\n"
                f"    hkg:evidenceCode {code} .\n"
            )

    def population(self, disease: Term) -> tuple[str, str, str]:
        """A population with its criterion text, which the sentence then quotes verbatim."""
        self.populations += 1
        rng = self.rng
        severity = ("severe", "early severe", "refractory", "selected")[rng.randrange(4)]
        criterion = f"patients with {severity} {disease.label}"
        if rng.random() < 0.4:
            criterion += " and poor prognosis"
        curie = f"population:{self.slug}-{self.populations}"
        block = (
            f"{curie} a hkg:Population ;\n    rdfs:label {_lit(criterion)} ;\n"
            f"    hkg:populationCondition {disease.curie} ;\n"
            f"    hkg:criterionText {_lit(criterion)} .\n"
        )
        return curie, criterion, block

    def finish(self) -> Document:
        text = "".join(self.text_parts)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        turtle = HEADER + "\n".join(self.out).replace("@SHA256@", _lit(digest), 1).replace(
            "@CONTENT@", _lit(text), 1
        )
        return Document(self.slug, turtle, text, self.claims)


def _efficacy(w: _Writer, k: int):
    rng, v = w.rng, w.vocab
    iv = v.procedure_zipf.draw(rng)
    claims = []
    population = None
    if rng.random() < 0.15:
        # "effective treatment for" several diseases, as in the summary's lead sentence.
        diseases = v.disease_zipf.draw_distinct(rng, k)
        wording = "can be an effective treatment"
        sentence = f"{_cap(iv.label)} {wording} for {_and([d.label for d in diseases])}"
        for d in diseases:
            claims.append(
                (
                    "EfficacyClaim",
                    f"{iv.label} can be an effective treatment for {d.label}",
                    [
                        ("hkg:intervention", iv.curie),
                        ("hkg:predicate", "hkg:effectiveFor"),
                        ("hkg:condition", d.curie),
                        ("hkg:outcome", "outcome:treatment-effectiveness"),
                        ("hkg:direction", "hkg:Improves"),
                        ("hkg:strength", "hkg:Possible"),
                        ("hkg:strengthWording", _lit(wording)),
                    ],
                )
            )
        return sentence, claims, None
    predicate = _weighted(
        rng, [("improves", 6), ("reduces", 2), ("stabilises", 1), ("hasVariableEffectOn", 1)]
    )
    direction, wording, _ = EFFICACY_VERBS[predicate]
    strength = _weighted(rng, STRENGTHS["EfficacyClaim"])
    negated = rng.random() < 0.03
    outcomes = v.outcome_zipf.draw_distinct(rng, k)
    disease = v.disease_zipf.draw(rng) if rng.random() < 0.7 else None
    comparator = v.drug_zipf.draw(rng) if rng.random() < 0.15 else None
    publication = w.publications[rng.randrange(len(w.publications))] if rng.random() < 0.3 else None
    if negated:
        wording = f"did not {wording.split(' ', 1)[1]}"
    sentence = f"{_cap(iv.label)} {wording} {_and([o.label for o in outcomes])}"
    if disease is not None:
        if rng.random() < 0.3:
            population, criterion, block = w.population(disease)
            sentence += f" in {criterion}"
            population = (population, block)
        else:
            sentence += f" in patients with {disease.label}"
    if comparator is not None:
        sentence += f" compared with {comparator.label}"
    for o in outcomes:
        props = [
            ("hkg:intervention", iv.curie),
            ("hkg:predicate", f"hkg:{predicate}"),
            ("hkg:outcome", o.curie),
        ]
        if disease is not None:
            props.append(("hkg:condition", disease.curie))
        if population is not None:
            props.append(("hkg:population", population[0]))
        if comparator is not None:
            props.append(("hkg:comparator", comparator.curie))
        if publication is not None:
            props.append(("hkg:statedIn", publication))
        props += [
            ("hkg:direction", direction),
            ("hkg:strength", strength),
            ("hkg:strengthWording", _lit(wording)),
        ]
        if negated:
            props.append(("hkg:negated", "true"))
        label = f"{iv.label} {wording} {o.label}" + (f" in {disease.label}" if disease else "")
        claims.append(("EfficacyClaim", label, props))
    return sentence, claims, population[1] if population else None


def _safety(w: _Writer, k: int):
    rng, v = w.rng, w.vocab
    iv = v.procedure_zipf.draw(rng)
    events = v.adverse_zipf.draw_distinct(rng, k)
    if rng.random() < 0.6:
        predicate, direction, wording = (
            "hasAdverseEvent",
            "hkg:AssociatedWith",
            "can be associated with",
        )
        strength = "hkg:Possible"
    else:
        predicate, direction, wording = (
            "increasesRiskOf",
            "hkg:Increases",
            "carries a higher risk of",
        )
        strength = "hkg:Demonstrated"
    sentence = f"{_cap(iv.label)} {wording} {_and([e.label for e in events])}"
    claims = [
        (
            "SafetyClaim",
            f"{iv.label} {wording} {e.label}",
            [
                ("hkg:intervention", iv.curie),
                ("hkg:predicate", f"hkg:{predicate}"),
                ("hkg:outcome", e.curie),
                ("hkg:direction", direction),
                ("hkg:strength", strength),
                ("hkg:strengthWording", _lit(wording)),
            ],
        )
        for e in events
    ]
    return sentence, claims, None


def _risk_factor(w: _Writer, k: int):
    rng, v = w.rng, w.vocab
    iv = v.procedure_zipf.draw(rng)
    events = v.adverse_zipf.draw_distinct(rng, k)
    population, criterion, block = w.population(v.disease_zipf.draw(rng))
    wording = "are at increased risk of"
    sentence = f"After {iv.label}, {criterion} {wording} {_and([e.label for e in events])}"
    claims = [
        (
            "RiskFactorClaim",
            f"{criterion} {wording} {e.label} after {iv.label}",
            [
                ("hkg:intervention", iv.curie),
                ("hkg:predicate", "hkg:increasesRiskOf"),
                ("hkg:outcome", e.curie),
                ("hkg:population", population),
                ("hkg:direction", "hkg:Increases"),
                ("hkg:strength", "hkg:Reported"),
                ("hkg:strengthWording", _lit(wording)),
            ],
        )
        for e in events
    ]
    return sentence, claims, block


def _recommendation(w: _Writer, k: int):
    rng, v, e = w.rng, w.vocab, w.entities
    iv = v.procedure_zipf.draw(rng)
    diseases = v.disease_zipf.draw_distinct(rng, k)
    orgs = e.org_zipf.draw_distinct(rng, 1 + (rng.random() < 0.4))
    against = rng.random() < 0.08
    if against:
        wording, strength, direction = "recommend against", "hkg:Recommended", "hkg:Against"
        sentence = (
            f"{_and([label for _, label in orgs])} {wording} {iv.label} for "
            f"{_and([d.label for d in diseases])}"
        )
    elif rng.random() < 0.5:
        wording, strength, direction = "has been recommended", "hkg:Recommended", "hkg:InFavour"
        sentence = (
            f"The use of {iv.label} {wording} for the treatment of "
            f"{_and([d.label for d in diseases])} by {_and([label for _, label in orgs])}"
        )
    else:
        wording, strength, direction = "may be considered", "hkg:MayBeConsidered", "hkg:InFavour"
        sentence = (
            f"{_cap(iv.label)} {wording} for {_and([d.label for d in diseases])}, "
            f"according to {_and([label for _, label in orgs])}"
        )
    claims = []
    for d in diseases:
        props = [
            ("hkg:intervention", iv.curie),
            ("hkg:predicate", "hkg:recommendedFor"),
            ("hkg:condition", d.curie),
            ("hkg:direction", direction),
        ]
        props += [("hkg:recommendedBy", org) for org, _ in orgs]
        props += [("hkg:strength", strength), ("hkg:strengthWording", _lit(wording))]
        claims.append(("RecommendationClaim", f"{iv.label} {wording} for {d.label}", props))
    return sentence, claims, None


def _mechanism(w: _Writer, k: int):
    rng, v = w.rng, w.vocab
    iv = v.procedure_zipf.draw(rng)
    processes = v.process_zipf.draw_distinct(rng, k)
    sentence = f"{_cap(iv.label)} may work by {_and([p.label for p in processes])}"
    claims = [
        (
            "MechanismClaim",
            f"{iv.label} works by {p.label}",
            [
                ("hkg:intervention", iv.curie),
                ("hkg:predicate", "hkg:actsVia"),
                ("hkg:mechanism", p.curie),
                ("hkg:strength", "hkg:Asserted"),
                ("hkg:strengthWording", _lit("may work by")),
            ],
        )
        for p in processes
    ]
    return sentence, claims, None


def _procedure(w: _Writer, k: int):
    rng, v = w.rng, w.vocab
    iv = v.procedure_zipf.draw(rng)
    steps = v.step_zipf.draw_distinct(rng, k)
    sentence = f"The procedure of {iv.label} generally involves {_and([s.label for s in steps])}"
    claims = [
        (
            "ProcedureStepClaim",
            f"{iv.label} involves {s.label}",
            [
                ("hkg:intervention", iv.curie),
                ("hkg:predicate", "hkg:hasProcedureStep"),
                ("hkg:step", s.curie),
                ("hkg:stepOrder", str(n)),
                ("hkg:strength", "hkg:Required"),
                ("hkg:strengthWording", _lit("generally involves")),
            ],
        )
        for n, s in enumerate(steps, 1)
    ]
    return sentence, claims, None


def _status(w: _Writer, k: int):
    rng, v = w.rng, w.vocab
    iv = v.procedure_zipf.draw(rng)
    diseases = v.disease_zipf.draw_distinct(rng, k)
    if rng.random() < 0.6:
        predicate, status, wording = (
            "experimentalFor",
            "hkg:Experimental",
            "is still considered experimental",
        )
        sentence = f"{_cap(iv.label)} {wording} for {_and([d.label for d in diseases])}"
    else:
        predicate, status, wording = (
            "underInvestigationFor",
            "hkg:Investigational",
            "aim to evaluate",
        )
        sentence = (
            f"Ongoing clinical trials {wording} {iv.label} in {_and([d.label for d in diseases])}"
        )
    claims = [
        (
            "StatusClaim",
            f"{iv.label} {wording} for {d.label}",
            [
                ("hkg:intervention", iv.curie),
                ("hkg:predicate", f"hkg:{predicate}"),
                ("hkg:condition", d.curie),
                ("hkg:status", status),
                ("hkg:strength", "hkg:Asserted"),
                ("hkg:strengthWording", _lit(wording)),
            ],
        )
        for d in diseases
    ]
    return sentence, claims, None


def _evidence_of_use(w: _Writer, k: int):
    rng, v = w.rng, w.vocab
    iv = v.procedure_zipf.draw(rng)
    diseases = v.disease_zipf.draw_distinct(rng, k)
    wording = "has been used to treat"
    sentence = f"{_cap(iv.label)} {wording} {_and([d.label for d in diseases])}"
    claims = [
        (
            "EvidenceOfUseClaim",
            f"{iv.label} {wording} {d.label}",
            [
                ("hkg:intervention", iv.curie),
                ("hkg:predicate", "hkg:usedToTreat"),
                ("hkg:condition", d.curie),
                ("hkg:strength", "hkg:Reported"),
                ("hkg:strengthWording", _lit(wording)),
            ],
        )
        for d in diseases
    ]
    return sentence, claims, None


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


_SENTENCES = {
    "EfficacyClaim": _efficacy,
    "SafetyClaim": _safety,
    "RiskFactorClaim": _risk_factor,
    "RecommendationClaim": _recommendation,
    "MechanismClaim": _mechanism,
    "ProcedureStepClaim": _procedure,
    "StatusClaim": _status,
    "EvidenceOfUseClaim": _evidence_of_use,
}


@dataclass
class Corpus:
    """A generated corpus: ontology-style classes, shared entities and the documents (lazy)."""

    n_claims: int
    seed: int
    classes: str
    entities: str
    documents: Iterator[Document]


def corpus(n_claims: int, seed: int = DEFAULT_SEED) -> Corpus:
    """Set up the vocabulary and entities of a run; documents are generated as iterated.

    >>> c = corpus(30, seed=1)
    >>> sum(d.claims for d in c.documents)
    30
    """
    rng = random.Random(seed)
    vocabulary = _Vocabulary(n_claims, rng)
    entities = _Entities(n_claims, rng)
    return Corpus(
        n_claims,
        seed,
        _terms_of(vocabulary),
        HEADER + "\n".join(entities.blocks),
        _documents(n_claims, seed, vocabulary, entities),
    )


def _documents(n_claims: int, seed: int, vocab: _Vocabulary, entities: _Entities):
    made = 0
    index = 0
    while made < n_claims:
        index += 1
        # One generator per document, so a document's content depends only on (seed, index)
        # and the shared vocabulary, not on how many documents came before it.
        rng = random.Random(f"{seed}:{index}")
        w = _Writer(index, f"{SLUG}-{index:06d}", rng, vocab, entities)
        w.header()
        n_statements = rng.randint(STATEMENTS_PER_DOCUMENT - 5, STATEMENTS_PER_DOCUMENT + 5)
        # After the lead sentence, two fifths of the bullets go to the guidelines part and the
        # rest to the research part, spread evenly over each part's subsections in order.
        bullets = n_statements - 1
        shares = [bullets * 2 // 5, bullets - bullets * 2 // 5]
        for (part_key, part_label, subsections), share in zip(PARTS, shares):
            if made + w.claims >= n_claims:
                break
            section, path = w.section(part_key, part_label, None)
            if w.position == 0:
                w.statement(section, path, False, n_claims - made - w.claims)
            for i, sub in enumerate(subsections):
                count = share // len(subsections) + (i < share % len(subsections))
                if count == 0 or made + w.claims >= n_claims:
                    continue
                section, path = w.section(part_key, part_label, sub)
                for _ in range(count):
                    if made + w.claims >= n_claims:
                        break
                    w.statement(section, path, True, n_claims - made - w.claims)
        made += w.claims
        yield w.finish()


def generate(n_claims: int, seed: int = DEFAULT_SEED, *, ontology: bool = False) -> Iterator[str]:
    """Yield the corpus as self-contained Turtle chunks (each with its own prefixes).

    The first chunk holds the synthetic ontology classes, the second the shared organisations,
    then one chunk per source document. With ``ontology=True`` the project's ontology files
    come first, so the chunks alone are a complete graph to validate or query.

    >>> chunks = list(generate(10, seed=3))
    >>> len(chunks) >= 3, chunks == list(generate(10, seed=3))
    (True, True)
    """
    if ontology:
        for path in _project_ontology_files():
            yield path.read_text(encoding="utf-8")
    c = corpus(n_claims, seed)
    yield c.classes
    yield c.entities
    for document in c.documents:
        yield document.turtle


def write_turtle(
    path: Path, n_claims: int, seed: int = DEFAULT_SEED, *, ontology: bool = False
) -> Path:
    """Write :func:`generate`'s chunks into one Turtle file at ``path`` (repeated prefixes are legal)."""
    path = Path(path)
    with path.open("w", encoding="utf-8") as out:
        for chunk in generate(n_claims, seed, ontology=ontology):
            out.write(chunk)
            out.write("\n")
    return path


def write_project(
    root: Path,
    n_claims: int,
    seed: int = DEFAULT_SEED,
    *,
    curated: bool = True,
    progress=None,
) -> Path:
    """Write a complete project (ontology, shapes, data) at ``root`` for ``kg build --root``.

    ``ontology/`` and ``shapes/`` are copies of this checkout's, plus
    ``ontology/synthetic-classes.ttl``; ``data/sources/`` holds one text file per synthetic
    document and ``data/claims/`` its claims file; ``data/entities/synthetic-organisations.ttl``
    the shared organisations. With ``curated`` the checkout's own data is copied too.
    ``progress(claims_written)`` is called after each document.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     root = write_project(Path(tmp) / "p", 40, curated=False)
    ...     sorted(p.name for p in (root / "data").iterdir())
    ['claims', 'entities', 'sources']
    """
    from kg.resources import DEFAULT_ROOT

    root = Path(root)
    for name in ("ontology", "shapes"):
        target = root / name
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(DEFAULT_ROOT / name, target)
    data = root / "data"
    if data.exists():
        shutil.rmtree(data)
    if curated:
        shutil.copytree(DEFAULT_ROOT / "data", data)
    for name in ("claims", "entities", "sources"):
        (data / name).mkdir(parents=True, exist_ok=True)
    c = corpus(n_claims, seed)
    (root / "ontology" / "synthetic-classes.ttl").write_text(c.classes, encoding="utf-8")
    (data / "entities" / "synthetic-organisations.ttl").write_text(c.entities, encoding="utf-8")
    written = 0
    for document in c.documents:
        (data / "sources" / f"{document.slug}.txt").write_text(document.text, encoding="utf-8")
        (data / "claims" / f"{document.slug}.ttl").write_text(document.turtle, encoding="utf-8")
        written += document.claims
        if progress is not None:
            progress(written)
    return root


def _project_ontology_files() -> list[Path]:
    from kg.resources import find_project

    return find_project().ontology_files()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=10_000, help="number of claims")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--project", type=Path, help="write a project directory here")
    where.add_argument("--turtle", type=Path, help="write one Turtle file here")
    parser.add_argument(
        "--with-ontology",
        action="store_true",
        help="(--turtle) put the project's ontology in the file too",
    )
    parser.add_argument(
        "--no-curated",
        action="store_true",
        help="(--project) leave the checkout's curated data out",
    )
    args = parser.parse_args(argv)
    if args.project is not None:
        write_project(args.project, args.claims, args.seed, curated=not args.no_curated)
    else:
        write_turtle(args.turtle, args.claims, args.seed, ontology=args.with_ontology)
    return 0


if __name__ == "__main__":
    sys.exit(main())
