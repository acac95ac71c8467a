"""Drafting a few sentences as a summary, for the ingest tests."""

from __future__ import annotations

from rdflib import Graph

from kg.ingest import draft_text
from kg.ingest.compare import claim_tuples
from kg.ingest.lexicon import Lexicon


def drafted(
    lexicon: Lexicon,
    *bullets: str,
    part: str = "From the Research",
    markers: tuple[int, ...] | None = None,
):
    """Draft a summary of ``bullets`` (each given its own marker, or ``markers``); return
    (draft, tuples)."""
    cited = markers or range(1, len(bullets) + 1)
    lines = [part, "Statements"] + [f"- {b} {i}." for b, i in zip(bullets, cited, strict=True)]
    _, draft, turtle = draft_text("\n".join(lines).encode(), "t", "t.txt", lexicon)
    return draft, claim_tuples(Graph().parse(data=turtle, format="turtle"))


def last_claims(lexicon: Lexicon, *bullets: str) -> set[tuple]:
    """Draft ``bullets`` as a summary; return the claims of the last one, without position."""
    _, tuples = drafted(lexicon, *bullets)
    return {t[1:] for t in tuples if t[0] == len(bullets)}
