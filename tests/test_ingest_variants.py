"""Evidence summaries as people send them: Markdown headings, other bullets and marker styles,
Windows line ends, no Guidelines part. Each variant is made from the first source, so the same
statements and the same claims must come out of it; only the printed markers differ."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph

from kg.ingest import draft_text
from kg.ingest.compare import claim_tuples
from kg.ingest.lexicon import Lexicon
from kg.ingest.parse import parse_markers, parse_summary

ROOT = Path(__file__).resolve().parent.parent
FIRST = (ROOT / "data" / "sources" / "ahsct-evidence-summary.txt").read_text(encoding="utf-8")
PARTS = ("From the Guidelines", "From the Research")
_MARKERS = re.compile(r" (\d+(?:, \d+)*)(\.?)$")
_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _numbers(printed: str) -> list[int]:
    return [int(n) for n in printed.split(", ")]


def brackets(numbers: list[int]) -> str:
    consecutive = len(numbers) > 2 and numbers == list(range(numbers[0], numbers[-1] + 1))
    return f"[{numbers[0]}-{numbers[-1]}]" if consecutive else "".join(f"[{n}]" for n in numbers)


VARIANT_MARKERS = {
    "plain": lambda ns: ", ".join(map(str, ns)),
    "brackets": brackets,
    "superscript": lambda ns: "".join(str(n).translate(_SUPER) for n in ns),
    "parentheses": lambda ns: "(" + ", ".join(map(str, ns)) + ")",
}


def variant(
    markers: str = "plain",
    markdown: bool = False,
    bullet: str = "-",
    newline: str = "\n",
    guidelines: bool = True,
) -> str:
    """The first source rewritten in another style."""
    lines = FIRST.split("\n")
    if not guidelines:
        lines = lines[lines.index("From the Research") :]
    out = ["# AHSCT evidence summary", ""] if markdown else []
    for line in lines:
        if not line:
            out.append(line)
            continue
        match = _MARKERS.search(line)
        if match:
            line = (
                line[: match.start()]
                + " "
                + VARIANT_MARKERS[markers](_numbers(match.group(1)))
                + match.group(2)
            )
        if line.startswith("- "):
            line = f"{bullet} {line[2:]}"
        elif markdown and line in PARTS:
            line = f"## {line}"
        elif markdown and not line.endswith((".", "1")) and not match:
            line = f"### {line}"
        out.append(line)
    return newline.join(out)


@pytest.fixture(scope="module")
def reference(lexicon: Lexicon):
    document, _, turtle = draft_text(FIRST.encode(), "v", "v.txt", lexicon)
    return document, claim_tuples(Graph().parse(data=turtle, format="turtle"))


@pytest.mark.parametrize(
    "style",
    [
        {"markers": "brackets"},
        {"markers": "superscript"},
        {"markers": "parentheses"},
        {"markdown": True, "bullet": "*"},
        {"markdown": True, "markers": "brackets", "newline": "\r\n"},
        {"newline": "\r\n"},
        {"guidelines": False, "bullet": "*"},
    ],
    ids=[
        "brackets",
        "superscript",
        "parentheses",
        "markdown-star",
        "markdown-brackets-crlf",
        "crlf",
        "no-guidelines",
    ],
)
def test_variant_gives_the_same_statements_and_claims(style, lexicon, reference) -> None:
    text = variant(**style)
    ref_doc, ref_claims = reference
    document, _, turtle = draft_text(text.encode(), "v", "v.txt", lexicon)
    shift = 0 if style.get("guidelines", True) else 10
    expected = ref_doc.statements[shift:]
    assert len(document.statements) == len(expected)
    for got, want in zip(document.statements, expected, strict=True):
        assert text[got.start : got.end] == got.text
        assert "\r" not in got.text
        assert got.body == want.body
        assert got.references == want.references
        assert got.section.path == want.section.path
        if want.markers is not None:
            assert got.text.rstrip(".").endswith(got.markers)
    claims = claim_tuples(Graph().parse(data=turtle, format="turtle"))
    wanted = {(p - shift, *rest) for p, *rest in ref_claims if p > shift}
    assert claims == wanted


@pytest.mark.parametrize(
    "printed, numbers",
    [
        ("1", (1,)),
        ("2, 3, 4, 5, 6", (2, 3, 4, 5, 6)),
        ("[2-4]", (2, 3, 4)),
        ("[1][3]", (1, 3)),
        ("(1, 2)", (1, 2)),
        ("¹²³", (1, 2, 3)),
        ("¹⁰", (10,)),
        ("²⁻⁴", (2, 3, 4)),
        ("[2–4, 7]", (2, 3, 4, 7)),
    ],
)
def test_markers(printed: str, numbers: tuple[int, ...]) -> None:
    assert parse_markers(printed)[0] == numbers


@pytest.mark.parametrize(
    "line, markers",
    [
        ("- Risk is higher in patients older than 65", None),
        ("- A study was published in 2023", None),
        ("- A study was published in 2023 4", "4"),
        ("- It helps survival [3].", "[3]"),
        ("- It helps survival.[3]", "[3]"),
        ("- It helps survival (1, 2).", "(1, 2)"),
        ("- It helps survival¹²", "¹²"),
        ("- Tregs raised serum interleukin 10", None),
        ("- Tregs raised serum interleukin 10 2", "2"),
        # Set 133: a rate's unit, written apart, before the marker.
        ("- Prednisone was given at 2 mg/kg /day 3.", "3"),
        ("- Patients were assessed at day 3.", None),
        # Set 145.
        ("- It was studied in women of child-bearing age 3.", "3"),
        ("- Patients were included from age 3.", None),
        # Set 161: the noun "follow up", written apart.
        ("- Relapse was not seen after 12 months of follow up 4.", "4"),
        ("- Doses went up 4.", None),
        # Set 166: a time counted by its ordinal.
        ("- Atrophy slowed after the third year 1.", "1"),
        ("- Atrophy slowed after year 3.", None),
        # Set 183: a time counted by its article.
        ("- Patients received the therapy once a month 3.", "3"),
        # Set 186: a range before the marker.
        ("- Children were aged 7-11 and 12-18 2.", "2"),
        # Set 196: an abbreviation in capitals that spells a word taking a number.
        ("- Tregs are alternatives to chronic IS 2.", "2"),
        ("- The median score is 2.", None),
        ("- Relapse was less likely, OR 2.", None),
        # Sets 198 and 203: a level of something named before it.
        ("- Costs were estimated at the population level 1.", "1"),
        ("- Tregs increases IL-4 level 4.", "4"),
        ("- The recommendation was graded evidence level 1.", None),
        # Controls: the last word of a sentence before its marker (sets 47 and 59).
        ("- Three patients discontinued their oral medicine at the last visit 1.", "1"),
        ("- Cells were found in the BAL 24 hours after the second dose 4.", "4"),
    ],
)
def test_marker_is_found_only_where_printed(line: str, markers: str | None) -> None:
    document = parse_summary(f"From the Research\nEfficacy\n{line}\n")
    assert document.statements[0].markers == markers


def test_a_heading_ending_in_a_numbered_name_is_a_heading() -> None:
    # Set 120: a heading ending "regulatory T cells and interleukin 10" was read as a
    # statement citing reference 10, and every later statement moved up one position.
    document = parse_summary(
        "From the Research\nTreg therapy\n- Tregs reduced airway inflammation 1.\n"
        "Regulatory T cells and interleukin 10\n- IL-10 was needed for the effect 2.\n"
    )
    assert [(s.position, s.references) for s in document.statements] == [(1, (1,)), (2, (2,))]
    assert document.statements[1].section.label == "Regulatory T cells and interleukin 10"


def test_statement_without_markers_has_none(lexicon) -> None:
    text = "From the Research\nMechanisms\n- Stem cell transplants work by supporting tissue regeneration.\n"
    _, _, turtle = draft_text(text.encode(), "m", "m.txt", lexicon)
    assert "hkg:citationMarkers" not in turtle and "hkg:cites" not in turtle
    assert "obo:ECO_0000218" in turtle


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "AHSCT is not recommended for multiple sclerosis 1.",
            {
                (
                    "RecommendationClaim",
                    "intervention:ahsct",
                    "disease:multiple-sclerosis",
                    "Against",
                    True,
                )
            },
        ),
        (
            "AHSCT did not significantly improve survival compared to cyclophosphamide 1.",
            {("EfficacyClaim", "intervention:ahsct", "outcome:survival", "Improves", True)},
        ),
        (
            "There was no improvement in quality of life after AHSCT 1.",
            {("EfficacyClaim", "intervention:ahsct", "outcome:quality-of-life", "Improves", True)},
        ),
        (
            "AHSCT may be considered for rheumatoid arthritis by EULAR 1.",
            {
                (
                    "RecommendationClaim",
                    "intervention:ahsct",
                    "disease:rheumatoid-arthritis",
                    "InFavour",
                    False,
                )
            },
        ),
        (
            "AHSCT is associated with a higher risk of infection than cyclophosphamide 2.",
            {("SafetyClaim", "intervention:ahsct", "outcome:infection", "Increases", False)},
        ),
    ],
)
def test_wording(sentence: str, expected: set, lexicon) -> None:
    text = f"From the Guidelines\nKey Points\n- {sentence}\n"
    _, _, turtle = draft_text(text.encode(), "w", "w.txt", lexicon)
    found = {t[1:] for t in claim_tuples(Graph().parse(data=turtle, format="turtle"))}
    assert found == expected
    # A negated sentence never yields a positive claim.
    positives = {(k, i, o, d) for k, i, o, d, n in found if not n}
    assert not any(n and (k, i, o, d) in positives for k, i, o, d, n in expected)
