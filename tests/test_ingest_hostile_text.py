"""The drafter on damaged text: the published sentences of development sets with brackets,
dashes and separators dropped in at random (a fixed seed), as copies of papers arrive. A
held-out set's copy "The group () that was treated with ..." once stopped the whole run with an
IndexError; no damage of this kind may stop the drafter.

Only development sets are used: an unspent held-out set must not meet the drafter before its
one run.
"""

from __future__ import annotations

import random

import pytest

from bench.ingest_score import DEVELOPMENT
from kg.ingest import draft_text

_DAMAGE = ("()", "( )", "[]", "(", ")", "[", "]", " - ", "–", ";", ",,", "(())", "%", "’", '"')


def _documents(count: int, seed: int):
    paths = sorted(folder / f"{name}.txt" for _, folder, names in DEVELOPMENT for name in names)
    return random.Random(seed).sample(paths, count)


@pytest.mark.parametrize("path", _documents(10, seed=414), ids=lambda p: p.stem)
def test_damaged_text_is_drafted_without_failing(lexicon, path) -> None:
    text = path.read_text(encoding="utf-8")
    rng = random.Random(path.stem)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("- "):
            words = line.split(" ")
            for _ in range(3):
                words.insert(rng.randrange(1, len(words)), rng.choice(_DAMAGE))
            lines[i] = " ".join(words)
    document, drafted, _ = draft_text("\n".join(lines).encode(), "damaged", path.name, lexicon)
    assert len(drafted.statements) == len(document.statements)
    # Control: the undamaged document drafts claims.
    _, clean, _ = draft_text(text.encode(), "clean", path.name, lexicon)
    assert any(sd.claims for sd in clean.statements), path
