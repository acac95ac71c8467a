"""Stats on the miniature: every number checked by hand against tests/data/mini."""

from __future__ import annotations

from kg_testing import MINI

from kg.build.pipeline import query_store
from kg.resources import find_project
from kg.stats import compute_stats, format_stats


def test_stats_of_the_miniature():
    stats = compute_stats(query_store(find_project(MINI)))
    assert stats.claims_per_kind == [("hkg:EfficacyClaim", 2), ("hkg:RecommendationClaim", 1)]
    assert stats.claims == 3
    assert stats.statements_per_part == [
        ("section:guidelines", "From the Guidelines", 1),
        ("section:research", "From the Research", 2),
    ]
    assert stats.uncited_statements == ["statement:s2"]
    assert stats.derived_shortcuts == 2
    classes = dict(stats.classes)
    assert classes["hkg:SourceStatement"] == 3
    assert classes["hkg:DocumentPart"] == 2
    assert classes["owl:Ontology"] == 2
    text = format_stats(stats)
    assert "derived shortcuts" in text and "statement:s2" in text
