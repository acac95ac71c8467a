"""The ingest scorer's ceiling count: which expected claims have a statement naming their
intervention."""

from __future__ import annotations

from bench.ingest_score import _named_in_statement, named_forms
from kg.ingest.parse import parse_summary

TEXT = """Stem cells in lupus
From the Research
Statements
- Mesenchymal stromal cells (MSCs) reduced proteinuria in lupus nephritis 1.
- No serious adverse events were reported 1.
- MSCs were well tolerated 1.
"""


def test_a_claim_counts_only_where_its_statement_names_the_intervention(lexicon) -> None:
    document = parse_summary(TEXT, "t.txt")
    expected = {
        (
            1,
            "EfficacyClaim",
            "intervention:mesenchymal-stromal-cell",
            "outcome:proteinuria",
            "Reduces",
            False,
        ),
        # Named nowhere in its statement: the ceiling of a drafter that never looks back.
        (
            2,
            "SafetyClaim",
            "intervention:mesenchymal-stromal-cell",
            "outcome:serious-adverse-event",
            "AssociatedWith",
            True,
        ),
        # Named by the abbreviation the document defines.
        (
            3,
            "SafetyClaim",
            "intervention:mesenchymal-stromal-cell",
            "outcome:adverse-event",
            "AssociatedWith",
            True,
        ),
    }
    assert _named_in_statement(named_forms(lexicon), TEXT, document, expected) == 2
    assert (
        _named_in_statement(named_forms(lexicon), TEXT, document, {next(iter(sorted(expected)))})
        == 1
    )
