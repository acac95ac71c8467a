"""What a claim page adds to the claim card: the shortcut triple the claim backs (and why it is
plain, qualified or absent), and the population in the sentence's words with its criteria.

The shortcut comes from the one derive rule (``kg/queries/derive.rq``) run for this claim only,
so the page can never describe a rule the build does not apply.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from kg.resources import query_text
from server.resource import HKG, Claim, Term, labels_of


@dataclass(frozen=True)
class Shortcut:
    """A shortcut triple a claim backs."""

    subject: Term
    predicate: Term
    object: Term
    #: The weaker form of the claim's predicate (the claim is hedged or restricted).
    qualified: bool
    #: Whether the store holds it (a build or accepted update derived it).
    stored: bool


def shortcuts(store: ox.Store, claim: Claim) -> list[Shortcut]:
    """Return the shortcut triples ``claim`` backs under the derive rule.

    >>> shortcuts(ox.Store(), Claim("http://e/c", Term(ox.NamedNode("http://e/K"))))
    []
    """
    bound = {ox.Variable("claim"): ox.NamedNode(claim.iri)}
    triples = list(store.query(query_text("derive"), substitutions=bound))
    names = labels_of(
        store,
        {t.value for triple in triples for t in (triple.subject, triple.predicate, triple.object)},
    )
    plain = {t.value for t in claim.slot("predicate")}
    out = []
    for triple in triples:
        stored = next(iter(store.quads_for_pattern(*triple, ox.DefaultGraph())), None) is not None
        out.append(
            Shortcut(
                *(Term(t, names.get(t.value)) for t in triple),
                qualified=triple.predicate.value not in plain,
                stored=stored,
            )
        )
    return out


#: Criterion properties and how a page names them.
CRITERIA = {
    HKG + "inclusionCriterion": "includes",
    HKG + "exclusionCriterion": "excludes",
    HKG + "exampleCriterion": "for example",
}


@dataclass
class Population:
    """A claim's population: the sentence's words and its criteria by kind."""

    iri: str
    text: str | None
    criteria: dict[str, list[str]]


def populations(store: ox.Store, claim: Claim) -> list[Population]:
    """Return the populations of ``claim`` with their criteria (includes, excludes, examples).

    >>> populations(ox.Store(), Claim("http://e/c", Term(ox.NamedNode("http://e/K"))))
    []
    """
    bound = {ox.Variable("resource"): ox.NamedNode(claim.iri)}
    out: dict[str, Population] = {}
    for row in store.query(query_text("page-claim-population"), substitutions=bound):
        key = row["population"].value
        text = row["populationText"].value if row["populationText"] else None
        population = out.setdefault(key, Population(key, text, {}))
        if row["which"] is not None:
            name = CRITERIA[row["which"].value]
            population.criteria.setdefault(name, []).append(row["text"].value)
    for population in out.values():
        population.criteria = {
            k: population.criteria[k] for k in CRITERIA.values() if k in population.criteria
        }
    return list(out.values())
