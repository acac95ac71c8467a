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


def test_a_document_the_drafter_fails_on_is_reported_and_the_run_goes_on(
    tmp_path, monkeypatch, capsys
) -> None:
    # A held-out set is scored once: when the drafter raised on one document (set 414's empty
    # brackets), the whole run stopped and the sets after it went unscored. Fault injected
    # into the drafter for one document only; the other is drafted for real.
    import bench.ingest_score as scorer

    for name, text in (("good", TEXT), ("bad", TEXT.replace("reduced", "BOOM reduced"))):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{name}-expected.tsv").write_text(
            "1\tEfficacyClaim\tintervention:mesenchymal-stromal-cell\toutcome:proteinuria\t"
            "Reduces\tfalse\n",
            encoding="utf-8",
        )
    real = scorer.draft_text

    def failing(raw, doc, name, lexicon):
        if b"BOOM" in raw:
            raise IndexError("list index out of range")
        return real(raw, doc, name, lexicon)

    monkeypatch.setattr(scorer, "draft_text", failing)
    monkeypatch.setattr(scorer, "DEVELOPMENT", (("dev1", tmp_path, ("bad", "good")),))
    monkeypatch.setattr(scorer, "HELD_OUT", ())
    monkeypatch.setattr(scorer, "TUNED", ())
    assert scorer.main([]) == 1
    out, err = capsys.readouterr()
    assert "bad" in out and "DRAFTING FAILED: IndexError" in out
    assert "drafting failed: dev1 bad" in err
    # Control: the document after the failure was still scored.
    assert any(line.startswith("dev1") and " good " in line for line in out.splitlines()), out
