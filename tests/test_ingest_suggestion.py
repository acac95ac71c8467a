"""A result that names no intervention is left unresolved; the intervention suggested to the
curator is the one named by the last statement citing the same source, not merely the last one
of the section.

The first sentence is statement 7 of held-out set 6 (development now), "MSC was safe without acute
or late adverse effects in 76 patients receiving over 190 infusions", with the name written out;
the others are written here.
"""

from __future__ import annotations

from ingest_testing import drafted

from kg.ingest import draft_text

MSC = "Mesenchymal stromal cells were safe without acute or late adverse effects in 76 patients receiving over 190 infusions"
RITUXIMAB = "Rituximab reduced relapses in neuromyelitis optica spectrum disorder"
NONE_NAMED = "No serious adverse events were reported"


def _unresolved(draft, position: int):
    sd = draft.statements[position - 1]
    assert sd.intervention is None
    assert sd.claims and all(c.intervention is None for c in sd.claims)
    return sd


def test_the_suggestion_is_what_the_same_source_named(lexicon) -> None:
    draft, tuples = drafted(lexicon, MSC, RITUXIMAB, NONE_NAMED, markers=(1, 2, 1))
    assert draft.statements[0].intervention is not None
    assert draft.statements[1].intervention is not None
    msc, rituximab = draft.statements[0].intervention, draft.statements[1].intervention
    assert msc.iri != rituximab.iri
    sd = _unresolved(draft, 3)
    assert sd.suggestion is not None and sd.suggestion.iri == msc.iri
    hint = [n for n in sd.claims[0].notes if n.startswith("suggested intervention")]
    assert hint and msc.label in hint[0] and "source 1" in hint[0]
    # Never filled in: every tuple of the statement keeps the slot open.
    assert {t[2] for t in tuples if t[0] == 3} == {"-"}


def test_without_a_statement_of_the_same_source_the_section_suggests(lexicon) -> None:
    # Control: cited to a source no earlier statement cites, the suggestion stays the last
    # subject of the section, and the note names no source.
    draft, _ = drafted(lexicon, MSC, RITUXIMAB, NONE_NAMED, markers=(1, 2, 3))
    sd = _unresolved(draft, 3)
    assert sd.suggestion is not None
    assert sd.suggestion.iri == draft.statements[1].intervention.iri
    assert not any(n.startswith("suggested intervention") for n in sd.claims[0].notes)


def test_a_statement_citing_two_sources_gets_a_suggestion_only_if_they_agree(lexicon) -> None:
    lines = [
        "From the Research",
        "Statements",
        f"- {MSC} 1.",
        f"- {RITUXIMAB} 2.",
        f"- {NONE_NAMED} 1, 2.",
    ]
    _, both, _ = draft_text("\n".join(lines).encode(), "t", "t.txt", lexicon)
    sd = both.statements[2]
    assert sd.intervention is None
    # The sources disagree: no source suggestion (the section's last subject is still shown).
    assert not any(n.startswith("suggested intervention") for n in sd.notes)
