"""Drafting a few sentences as a summary, for the ingest tests."""

from __future__ import annotations

from rdflib import Graph

from kg.ingest import draft_text
from kg.ingest.compare import claim_tuples
from kg.ingest.lexicon import Lexicon


def drafted(lexicon: Lexicon, *bullets: str, part: str = "From the Research"):
    """Draft a summary of ``bullets`` (each given its own marker); return (draft, tuples)."""
    lines = [part, "Statements"] + [f"- {b} {i}." for i, b in enumerate(bullets, 1)]
    _, draft, turtle = draft_text("\n".join(lines).encode(), "t", "t.txt", lexicon)
    return draft, claim_tuples(Graph().parse(data=turtle, format="turtle"))
