"""Measure drafted claims against curated ones.

A claim is compared as the tuple ``(statement position, claim kind, intervention, object,
direction, negated)`` where the object is the value of the claim's predicate's
``hkg:objectSlot`` (the condition for recommendations, status, use and effectiveFor claims; the
outcome for efficacy, safety and risk claims; the mechanism or the step otherwise), direction is
the local name of ``hkg:direction`` or ``-`` when the claim has none, and negated is
``hkg:negated`` (false when absent). Tuples form a set: two claims differing only in population
or strength count once.

Names are compared with British and American spellings folded together (:func:`folded`):
"haematopoietic" and "hematopoietic" name one thing. An entity the ontology lacks is named by
the drafter from the words of the document and by the curator from theirs, so its name is
compared with the abbreviations the ontology or the document defines written out
(:func:`names_alike`): "allogeneic-hsct" and "allogeneic-hematopoietic-stem-cell-
transplantation" are one new entity. An entity the ontology has is compared by its IRI; a
curator's name that is one of its labels written as a slug ("autologous-hematopoietic-stem-cell-
transplantation" for the entity ``ahsct`` labelled "autologous haematopoietic stem-cell
transplantation") names it too. Nothing else is folded: a name with other words is another name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.namespaces import HKG, curie

PROV_DERIVED = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")


@cache
def _slots() -> dict[str, URIRef]:
    """Predicate local name -> the claim property holding its object, as the project's
    ontology says (``hkg:objectSlot``)."""
    from kg.build.load import load_files
    from kg.resources import find_project

    project = find_project(None)
    ontology = load_files([], ontology_files=project.ontology_files(), root=project.root).ontology
    return {
        str(p).removeprefix(str(HKG)): URIRef(slot)
        for p, slot in ontology.subject_objects(HKG.objectSlot)
    }


ClaimTuple = tuple[int, str, str, str, str, bool]


@dataclass(frozen=True)
class Score:
    """Recall and precision of found tuples against expected ones.

    ``unresolved`` counts found claims that would match an expected one but leave the
    intervention to the curator; ``misattributed`` counts found claims that give an expected
    (statement, object) an intervention none of its expected claims has, or a direction or
    negation none of the expected claims with their intervention has, or name an intervention
    no expected claim of their statement has: the errors a reviewer can miss.
    """

    expected: int
    found: int
    matched: int
    unresolved: int = 0
    misattributed: int = 0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    def __str__(self) -> str:
        return (
            f"recall {self.recall:.3f} ({self.matched}/{self.expected}), "
            f"precision {self.precision:.3f} ({self.matched}/{self.found}), "
            f"{self.unresolved} left unresolved, {self.misattributed} misattributed"
        )


def claim_tuples(graph: Graph) -> set[ClaimTuple]:
    """Return the comparison tuples of every claim in ``graph``.

    >>> claim_tuples(Graph())
    set()
    """
    found: set[ClaimTuple] = set()
    for claim in set(graph.subjects(PROV_DERIVED, None)):
        statement = graph.value(claim, PROV_DERIVED)
        position = graph.value(statement, HKG.position)
        predicate = graph.value(claim, HKG.predicate)
        if position is None or predicate is None:
            continue
        local = str(predicate).rsplit("#", 1)[-1]
        obj = graph.value(claim, _slots().get(local, HKG.outcome))
        kinds = [
            t
            for t in graph.objects(claim, RDF.type)
            if str(t).startswith(str(HKG)) and str(t).endswith("Claim") and t != HKG.Claim
        ]
        direction = graph.value(claim, HKG.direction)
        negated = graph.value(claim, HKG.negated)
        found.add(
            (
                int(position),
                str(kinds[0]).rsplit("#", 1)[-1] if kinds else "?",
                _shown(graph.value(claim, HKG.intervention)),
                curie(obj) if obj is not None else "-",
                str(direction).rsplit("#", 1)[-1] if direction is not None else "-",
                bool(negated.toPython()) if isinstance(negated, Literal) else False,
            )
        )
    return found


def _shown(term) -> str:
    return curie(term) if term is not None else "-"


def read_expected(path: Path) -> set[ClaimTuple]:
    """Read hand-made expected tuples: a TSV of position, kind, intervention, object, direction,
    negated; ``#`` lines are comments."""
    found: set[ClaimTuple] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        position, kind, intervention, obj, direction, negated = line.split("\t")
        found.add((int(position), kind, intervention, obj, direction, negated == "true"))
    return found


# British spellings of the field and the American ones they fold to, applied in this order to
# the local name of an IRI: "haematopoietic", "anaemia", "oedema", "coeliac", "tumour",
# "leukaemia", "paediatric", "randomised" ("disease" stays).
_SPELLINGS = (
    (re.compile("ae"), "e"),
    (re.compile("oe"), "e"),
    (re.compile("our(?=-|$)"), "or"),
    (re.compile(r"(?<=[a-z]{3})is(?=e|ed|es|ing|ation|ations)(?=[a-z]*(?:-|$))"), "iz"),
    # "haploidentical stem cell transplant" and "... transplantation" name one procedure.
    (re.compile(r"(?<![a-z])transplant(?=-|$)"), "transplantation"),
)


def folded(tuples: set[ClaimTuple], name: Callable[[str], str] | None = None) -> set[ClaimTuple]:
    """``tuples`` with their intervention and object as ``name`` compares them (by default
    with spellings folded to one form).

    >>> sorted(folded({(1, "EfficacyClaim", "intervention:allogeneic-haematopoietic-sct",
    ...                 "outcome:anaemia", "Reduces", False)}))[0][2:4]
    ('intervention:allogeneic-hematopoietic-sct', 'outcome:anemia')
    >>> _fold("outcome:tumour-burden"), _fold("intervention:randomised-trial"), _fold("disease:x-disease")
    ('outcome:tumor-burden', 'intervention:randomized-trial', 'disease:x-disease')
    """
    name = name or _fold
    return {(p, k, name(i), name(o), d, n) for p, k, i, o, d, n in tuples}


def names_alike(
    known: set[str], abbreviations: dict[str, str], labels: Iterable[tuple[str, str]] = ()
) -> Callable[[str], str]:
    """How a name is compared: as it is when ``known`` has it (an entity of the ontology);
    otherwise with every abbreviation of ``abbreviations`` (slug -> slug of what it stands
    for) written out, and spellings folded; a name that is then one of ``labels`` ((label as
    a name, the entity's name) pairs, a label given to two entities left out) is the entity's.

    >>> labels = [("intervention:autologous-haematopoietic-stem-cell-transplantation", "intervention:ahsct")]
    >>> name = names_alike({"intervention:ahsct"}, {}, labels)
    >>> name("intervention:autologous-haematopoietic-stem-cell-transplantation")
    'intervention:ahsct'
    >>> name("intervention:autologous-hematopoietic-stem-cell-transplant")
    'intervention:ahsct'
    >>> name("intervention:autologous-hematopoietic-stem-cell-graft")
    'intervention:autologous-hematopoietic-stem-cell-graft'

    >>> name = names_alike({"intervention:hsct"}, {"hsct": "haematopoietic-stem-cell-transplantation"})
    >>> name("intervention:allogeneic-hsct"), name("intervention:hsct")
    ('intervention:allogeneic-hematopoietic-stem-cell-transplantation', 'intervention:hsct')
    >>> name("intervention:hsctx-cells")
    'intervention:hsctx-cells'

    A word the written-out form ends with and the name repeats is said once: "CAR-T" written
    out as "chimeric antigen receptor T-cell" makes ``car-t-cell-therapy``
    ``chimeric-antigen-receptor-t-cell-therapy``, not "... t-cell-cell-therapy".

    >>> names_alike(set(), {"car-t": "chimeric-antigen-receptor-t-cell"})("i:car-t-cell-therapy")
    'i:chimeric-antigen-receptor-t-cell-therapy'

    An abbreviation inside what another stands for is written out too.

    >>> inner = {"huc-msc": "human-umbilical-cord-mscs", "mscs": "mesenchymal-stem-cell"}
    >>> names_alike(set(), inner)("i:huc-msc-treatment")
    'i:human-umbilical-cord-mesenchymal-stem-cell-treatment'
    """
    named: dict[str, set[str]] = {}
    for label, entity in labels:
        named.setdefault(_fold(label), set()).add(entity)
    labels = {label: next(iter(e)) for label, e in named.items() if len(e) == 1}
    if not abbreviations:
        return lambda curie: curie if curie in known else labels.get(_fold(curie), _fold(curie))
    written_out = re.compile(
        r"(?<![a-z0-9])(?:"
        + "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True))
        + r")(?![a-z0-9])"
    )

    def name(curie: str) -> str:
        if curie in known:
            return curie
        prefix, sep, written = curie.rpartition(":")
        # An abbreviation written out may hold another ("hUC-MSC" is "human umbilical cord
        # blood-derived MSCs"): written out again, a few times at most.
        for _ in range(3):
            before = written
            written = written_out.sub(lambda m: abbreviations[m.group(0)] + "\0", written)
            written = re.sub(r"(?<![a-z0-9])([a-z0-9]+)\0-\1(?![a-z0-9])", r"\1", written)
            written = written.replace("\0", "")
            if written == before:
                break
        for form in (_fold(curie), _fold(f"{prefix}{sep}{written}")):
            if form in labels:
                return labels[form]
        return _fold(f"{prefix}{sep}{written}")

    return name


def _fold(name: str) -> str:
    """The local name with spellings folded, and without the article ``slug`` drops.

    >>> _fold("disease:primary-angiitis-of-the-central-nervous-system")
    'disease:primary-angiitis-of-central-nervous-system'
    >>> _fold("intervention:off-the-shelf-cell"), _fold("outcome:the-score")
    ('intervention:off-the-shelf-cell', 'outcome:score')
    >>> _fold("intervention:haploidentical-transplant"), _fold("outcome:transplant-related-death")
    ('intervention:haploidentical-transplantation', 'outcome:transplantation-related-death')
    """
    prefix, sep, local = name.rpartition(":")
    for british, american in _SPELLINGS:
        local = british.sub(american, local)
    # A curator's "of-the" is the drafter's "of" (``parse.slug`` drops articles as words;
    # "off-the-shelf" is one word).
    local = re.sub(r"(?:^|(?<=-(?:of|in|to|on|at|by)-))the-", "", local)
    return f"{prefix}{sep}{local}"


def score(
    expected: set[ClaimTuple],
    found: set[ClaimTuple],
    name: Callable[[str], str] | None = None,
) -> Score:
    """Compare two tuple sets, names compared by ``name`` (:func:`folded`, :func:`names_alike`).

    >>> e = {(1, "EfficacyClaim", "intervention:a", "outcome:x", "Improves", False)}
    >>> str(score(e, {(1, "EfficacyClaim", "intervention:b", "outcome:x", "Improves", False)}))
    'recall 0.000 (0/1), precision 0.000 (0/1), 0 left unresolved, 1 misattributed'
    """
    expected, found = folded(expected, name), folded(found, name)
    matched = expected & found
    unresolved = misattributed = 0
    for t in found - expected:
        if misattributed_tuple(t, expected):
            misattributed += 1
        elif t[2] == "-" and any(e[:2] == t[:2] and e[3:] == t[3:] for e in expected):
            unresolved += 1
    return Score(len(expected), len(found), len(matched), unresolved, misattributed)


def with_suggestions(found: set[ClaimTuple], suggested: dict[int, str]) -> set[ClaimTuple]:
    """``found`` as it would be if the curator took every suggested intervention: a claim
    left unresolved at statement ``p`` gets ``suggested[p]``, where there is one.

    >>> sorted(with_suggestions({(2, "SafetyClaim", "-", "outcome:x", "-", True)},
    ...                         {2: "intervention:a"}))
    [(2, 'SafetyClaim', 'intervention:a', 'outcome:x', '-', True)]
    """
    return {
        (t[0], t[1], suggested[t[0]], *t[3:]) if t[2] == "-" and t[0] in suggested else t
        for t in found
    }


def misattributed_tuple(found: ClaimTuple, expected: set[ClaimTuple]) -> bool:
    """True when ``found`` puts a claim in the wrong mouth: see :class:`Score`."""
    if found in expected:
        return False
    position, _kind, intervention, obj, direction, negated = found
    same_statement = [e for e in expected if e[0] == position]
    same_object = [e for e in same_statement if e[3] == obj]
    if same_object:
        # Several treatments may be expected for one object ("recommends infliximab,
        # adalimumab, ..."): a claim names another intervention only if none of them is its
        # own, and is turned around or denied only if none of its own agrees with it.
        own = [e for e in same_object if intervention in ("-", e[2])]
        if not own:
            return True
        # A claim kind with no direction (a status, a use, a mechanism) beside one with a
        # direction about the same object is another claim, not the same one turned around.
        directed = [e for e in own if e[4] != "-"]
        if direction != "-" and directed:
            if not any(e[4] == direction and e[5] == negated for e in directed):
                return True
        elif not any(e[5] == negated for e in own):
            return True
    return (
        intervention != "-"
        and bool(same_statement)
        and intervention not in {e[2] for e in same_statement}
    )


def statement_texts(graph: Graph) -> dict[int, tuple[str, str | None, str]]:
    """Position -> (text, citation markers or None, section path) of every statement."""
    out = {}
    for st in graph.subjects(RDF.type, HKG.SourceStatement):
        markers = graph.value(st, HKG.citationMarkers)
        out[int(graph.value(st, HKG.position))] = (
            str(graph.value(st, HKG.text)),
            str(markers) if markers is not None else None,
            str(graph.value(st, HKG.sectionPath)),
        )
    return out


__all__ = [
    "Score",
    "claim_tuples",
    "folded",
    "misattributed_tuple",
    "names_alike",
    "read_expected",
    "score",
    "statement_texts",
]
