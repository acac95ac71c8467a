"""Read the structure of an evidence summary: parts, sections, statements and their markers.

An evidence summary has top-level parts headed "From the Guidelines" and/or "From the
Research", subsection headings, lead sentences and bullets, and citation markers at the end of
statements. Headings may be plain lines or Markdown (``#``); bullets ``-``, ``*``, ``•`` or
``+``; markers ``1``, ``2, 3``, ``[1]``, ``[2-4]``, ``(1, 2)`` or superscripts ``¹²``; line ends
LF, CRLF or CR. Offsets are Python ``str`` indices into the text exactly as read, so a
statement's text is always ``text[start:end]``. Pure functions: nothing here reads files.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from itertools import pairwise

from kg.errors import InputError

EXPECTED = (
    "expected an evidence summary: a part headed 'From the Guidelines' or 'From the Research' "
    "(a plain line or a Markdown heading), then subsection headings, lead sentences and "
    "bulleted statements ('- ' or '* ') ending in citation markers such as '1' or '[2, 3]'"
)

_LINE = re.compile(r"([^\r\n]*)(\r\n|\n|\r|$)")
_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_BULLET = re.compile(r"^[ \t]*(?:[-*•+]|\d{1,2}[.)])[ \t]+(?=\S)")
_EMPHASIS = re.compile(r"^(\*\*|__)(.*)\1$")
_PART = re.compile(r"^from the\b", re.IGNORECASE)

# Markers are numbers of at most three digits: a four-digit number at the end of a sentence is
# a year, not a reference.
_NUM = r"\d{1,3}"
_LIST = rf"{_NUM}(?:[ \t]*[-–,][ \t]*{_NUM})*"
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_DIGITS = str.maketrans(_SUPERSCRIPTS + "⁻˒", "0123456789-,")
_MARKER_FORMS = (
    re.compile(rf"(?:\[[ \t]*{_LIST}[ \t]*\][ \t]*)+$"),
    re.compile(rf"\([ \t]*{_LIST}[ \t]*\)$"),
    re.compile(rf"[{_SUPERSCRIPTS}][{_SUPERSCRIPTS}⁻˒,\-–]*$"),
    re.compile(rf"(?<=[ \t]){_LIST}$"),
)
# A bare number after these words is part of the sentence ("older than 65"), not a marker.
_NUMERIC = re.compile(r"[+\-−>≥<≤~]?\d+(?:[.,]\d+)?")
# "aged 7-11 and 12-18 2": a range is a number that takes no other.
_RANGE = re.compile(r"\d+(?:[.,]\d+)?[\-–]\d+(?:[.,]\d+)?")
_PLURAL_UNITS = {"days", "weeks", "months", "years", "hours", "cycles", "doses"}
_NUMBER_WORDS = {
    "than",
    "aged",
    "age",
    "over",
    "under",
    "of",
    "to",
    "in",
    "at",
    "by",
    "from",
    "and",
    "or",
    "were",
    "was",
    "are",
    "is",
    "about",
    "around",
    "approximately",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "day",
    "days",
    "phase",
    "grade",
    "stage",
    "type",
    "version",
    # A name that takes a number: "regulatory T cells and interleukin 10" heads a section,
    # where "after the last visit 1" or "the second dose 4" end on a marker.
    "interleukin",
    "step",
    "steps",
    "level",
    "score",
    "n",
    "p",
    "vs",
    "versus",
    "between",
    "up",
}


_SINGULAR_UNITS = {unit[:-1] for unit in _PLURAL_UNITS}
_COUNTING_WORDS = {
    *("several", "many", "few", "some", "multiple", "numerous", "two", "three", "four", "five"),
    *("six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty", "thirty"),
}
ORDINAL = re.compile(
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)",
    re.IGNORECASE,
)
_KINDS_OF_AGE = {"childbearing", "reproductive", "working", "school", "advanced", "older"}


class NotAnEvidenceSummary(InputError):
    """The text does not have the structure of an evidence summary."""


@dataclass(frozen=True)
class Section:
    """A heading: a document part (``parent is None``) or a subsection of a part."""

    key: str
    label: str
    parent: str | None
    path: str

    @property
    def is_part(self) -> bool:
        return self.parent is None


@dataclass(frozen=True)
class Statement:
    """One lead sentence or bullet, with its exact text and where it sits."""

    position: int
    text: str
    start: int
    end: int
    section: Section
    markers: str | None = None
    references: tuple[int, ...] = ()
    marker_note: str | None = None

    @property
    def body(self) -> str:
        """The text without its citation markers and final full stop."""
        end = self.body_end
        return self.text[:end]

    @property
    def body_end(self) -> int:
        if self.markers is None:
            return len(self.text.rstrip(".").rstrip())
        idx = self.text.rfind(self.markers)
        return len(self.text[:idx].rstrip(" \t.,"))


@dataclass
class Document:
    """The parsed structure of one evidence summary."""

    title: str | None
    sections: list[Section] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)


def parse_summary(text: str, name: str = "<text>") -> Document:
    """Return the parts, sections and statements of an evidence summary.

    Raises:
        NotAnEvidenceSummary: no part heading, or no statement under one.

    >>> doc = parse_summary("From the Research\\nEfficacy\\n- X helps [1, 2].\\n")
    >>> s = doc.statements[0]
    >>> s.text, s.section.path, s.markers, s.references
    ('X helps [1, 2].', 'From the Research / Efficacy', '[1, 2]', (1, 2))
    """
    if "\x00" in text:
        raise NotAnEvidenceSummary(f"{name}: binary data, not text; {EXPECTED}")
    lines = list(_lines(text))
    cited = _cited_by_bullets(lines)
    title: str | None = None
    doc = Document(title=None)
    stack: list[tuple[int, Section]] = []  # (heading level, section) from the part down
    used_keys: set[str] = set()
    seen_part = False
    pending: list[tuple[int, str]] = []  # plain lines before the first part
    for index, (start, content) in enumerate(lines):
        stripped = content.strip()
        if not stripped or stripped.lstrip("\ufeff") == "":
            continue
        heading = _heading(content, lines, index, cited)
        if heading is not None:
            level, label = heading
            if _PART.match(label):
                seen_part = True
                section = _new_section(label, None, label, used_keys)
                stack = [(level, section)]
                doc.sections.append(section)
            elif not seen_part:
                if title is None:
                    title = label
            else:
                while len(stack) > 1 and stack[-1][0] >= level:
                    stack.pop()
                parent = stack[-1][1]
                section = _new_section(label, parent.key, f"{parent.path} / {label}", used_keys)
                stack.append((max(level, stack[0][0] + 1), section))
                doc.sections.append(section)
            continue
        if not seen_part:
            pending.append((start, stripped))
            continue
        doc.statements.append(_statement(content, start, len(doc.statements) + 1, stack[-1][1]))
    if not seen_part:
        raise NotAnEvidenceSummary(f"{name}: no part heading found; {EXPECTED}")
    if not doc.statements:
        raise NotAnEvidenceSummary(f"{name}: no statements under the part headings; {EXPECTED}")
    if len(pending) > 1 or (pending and title is not None):
        raise NotAnEvidenceSummary(
            f"{name}: {len(pending)} lines of text before the first part heading; {EXPECTED}"
        )
    doc.title = title if title is not None else (pending[0][1] if pending else None)
    return doc


def parse_markers(printed: str) -> tuple[tuple[int, ...], str | None]:
    """Return the reference numbers a printed marker denotes, and a note when ambiguous.

    >>> parse_markers("[2-4]")
    ((2, 3, 4), None)
    >>> parse_markers("¹²³")[0]
    (1, 2, 3)
    >>> parse_markers("¹⁰")
    ((10,), None)
    """
    note = None
    flat = printed.translate(_SUP_DIGITS)
    if any(ch in _SUPERSCRIPTS for ch in printed) and re.fullmatch(r"\d{2,}", flat):
        digits = [int(d) for d in flat]
        # Unseparated superscripts are read as single references when they ascend (¹²³ is
        # 1, 2, 3); otherwise as one number (¹⁰ is 10). Either reading may be wrong.
        if all(b > a for a, b in pairwise(digits)):
            return tuple(digits), f"superscript {printed!r} read as references {flat[0]}…{flat[-1]}"
        return (int(flat),), None
    numbers: list[int] = []
    for piece in re.findall(r"\d+(?:[ \t]*[-–][ \t]*\d+)?", flat):
        bounds = [int(n) for n in re.findall(r"\d+", piece)]
        if len(bounds) == 2 and bounds[0] < bounds[1]:
            numbers.extend(range(bounds[0], bounds[1] + 1))
        else:
            numbers.extend(bounds)
    return tuple(dict.fromkeys(numbers)), note


_GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa", "λ": "lambda"}


def slug(text: str) -> str:
    """Return a lower-case IRI slug of ``text``: articles and apostrophes dropped, accents
    taken off their letters.

    >>> slug("Crohn's disease"), slug("The Treatment Approach"), slug("IFN-β treatment")
    ('crohns-disease', 'treatment-approach', 'ifn-beta-treatment')
    >>> slug("Behçet's disease"), slug("Sjögren syndrome"), slug("Guillain–Barré syndrome")
    ('behcets-disease', 'sjogren-syndrome', 'guillain-barre-syndrome')
    >>> slug("cyclosporine A"), slug("a disease"), slug("immunoglobulin A nephropathy")
    ('cyclosporine-a', 'disease', 'immunoglobulin-a-nephropathy')
    """
    cased = re.split(r"\s+", text.strip())
    text = text.lower().replace("'", "").replace("’", "")
    # "Behçet" is "behcet", never "beh-et": a letter keeps its base when its accent goes.
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    for letter, name in _GREEK.items():
        text = text.replace(letter, f"-{name}-")
    # Articles are dropped as words, not inside one: "off-the-shelf" keeps its "the"; nor is
    # the letter that ends a name ("cyclosporine A", "hepatitis A") an article, nor a capital
    # A inside one ("immunoglobulin A nephropathy").
    split = re.split(r"\s+", text.strip())
    tokens = [
        t
        for i, t in enumerate(split)
        if t.strip("\"'()[],.;:") not in ("a", "an", "the")
        or (t == "a" and 0 < i and (i == len(split) - 1 or cased[i : i + 1] == ["A"]))
    ]
    words = [w for w in re.split(r"[^a-z0-9]+", " ".join(tokens)) if w]
    return "-".join(words)


def _lines(text: str):
    for match in _LINE.finditer(text):
        if match.start() == len(text) and not match.group(0):
            break
        yield match.start(1), match.group(1)


def _heading(
    content: str, lines: list[tuple[int, str]], index: int, cited: set[int]
) -> tuple[int, str] | None:
    md = _MD_HEADING.match(content.lstrip("\ufeff"))
    if md:
        return len(md.group(1)), _unemphasise(md.group(2))
    if _BULLET.match(content):
        return None
    stripped = _unemphasise(content.strip().lstrip("\ufeff").rstrip(":"))
    if _PART.match(stripped) and len(stripped.split()) <= 6:
        return 1, stripped
    following = next((line for _, line in lines[index + 1 :] if line.strip()), "")
    if (
        content.rstrip().endswith("?")
        and _markers(content.rstrip()) is None
        and _BULLET.match(following)
        and len(stripped.split()) <= 25
    ):
        # "Haematopoietic stem cell transplantation in refractory Crohn's disease: should it
        # be considered?": a title put as a question, uncited, over the bullets it heads.
        return 2, stripped
    if content.rstrip().endswith((".", "!", "?", ";")):
        return None
    marker = _markers(content.rstrip())
    if marker is not None and not _number_of_title(content, marker, following, cited):
        return None
    if len(stripped.split()) > 25:
        # A line this long with neither a marker nor a full stop is a sentence cut short, not
        # a heading; a study's title, such as "Bone marrow mesenchymal stem cells in a rat
        # model of focal segmental glomerulosclerosis" (13 words), still heads its section.
        return None
    return (2, stripped) if following else None


def _cited_by_bullets(lines: list[tuple[int, str]]) -> set[int]:
    """Every reference number the document's bullets cite."""
    cited: set[int] = set()
    for _, line in lines:
        if _BULLET.match(line) and (found := _markers(line.rstrip())) is not None:
            cited.update(parse_markers(found)[0])
    return cited


def _number_of_title(content: str, marker: str, following: str, cited: set[int]) -> bool:
    """True when the bare number ending an unpunctuated line over bullets is the title's own.

    "Treatments of the Behçet's-like disease of myelodysplastic syndromes with trisomy 8" heads
    bullets citing sources 1 to 5: a number no bullet cites (``cited``), above every one they
    do, after a word, is part of the heading ("trisomy 8"). A lead sentence ending in a marker
    the bullets cite ("... a rat model of focal segmental glomerulosclerosis 1") is still a
    statement.
    """
    before = content.rstrip()[: -len(marker)].rstrip()
    if not (marker.isdigit() and before[-1:].isalpha() and _BULLET.match(following)):
        return False
    # "Tralokinumab monotherapy in ECZTRA 1 and ECZTRA 2": a number after a name in capitals
    # or after "phase", "type", "part" ... numbers the thing named, whatever the bullets cite.
    word = before.split()[-1]
    if (len(word) > 1 and word.isupper()) or word.lower() in _NUMBERED_WORDS:
        return True
    return bool(cited) and int(marker) > max(cited)


_NUMBERED_WORDS = frozenset(
    {"phase", "type", "part", "stage", "grade", "class", "trial", "study", "cohort", "arm"}
)


def _unemphasise(label: str) -> str:
    match = _EMPHASIS.match(label.strip())
    return match.group(2).strip() if match else label.strip()


def _statement(content: str, line_start: int, position: int, section: Section) -> Statement:
    bullet = _BULLET.match(content)
    offset = bullet.end() if bullet else len(content) - len(content.lstrip())
    body = content[offset:].rstrip()
    start = line_start + offset
    found = _markers(body)
    markers = references = note = None
    if found is not None:
        markers = found
        references, note = parse_markers(found)
    return Statement(
        position=position,
        text=body,
        start=start,
        end=start + len(body),
        section=section,
        markers=markers,
        references=references or (),
        marker_note=note,
    )


def _markers(text: str) -> str | None:
    """The citation markers at the end of ``text`` exactly as printed, or None."""
    core = text.rstrip()
    if core.endswith("."):
        core = core[:-1].rstrip()
    for form in _MARKER_FORMS:
        match = form.search(core)
        if not match:
            continue
        printed = match.group(0).strip()
        before = core[: match.start()].rstrip()
        if form is _MARKER_FORMS[3]:
            # A bare number is a marker unless the words before it take a number ("older
            # than 65"); after a year ("published in 2023 4") it is a marker again.
            last = before.split()[-1] if before.split() else ""
            # After a closed bracket or a percentage ("(p = 0.07) 5", "in 12% 3") a bare
            # number is a marker too: the statistic has ended.
            closed = last.endswith((")", "]", "%", "%)"))
            words = before.split()
            previous = words[-2] if len(words) > 1 else ""
            # A number does not take another ("at Day +56 3"), nor does a unit its number has
            # already counted ("for 48 months 2", "aged >12 years 2"): the number is a marker.
            counted = bool(_NUMERIC.fullmatch(last) or _RANGE.fullmatch(last)) or (
                last.lower() in _PLURAL_UNITS
                # "for 7-54 months 1": a range counts them too, and so does a word that
                # counts ("require treatment for several years 3")
                and (
                    bool(_NUMERIC.fullmatch(previous) or _RANGE.fullmatch(previous))
                    or previous.lower() in _COUNTING_WORDS
                )
            )
            # "2 mg/kg /day 3": a unit's denominator takes no number either, nor an age named
            # by its kind ("women of childbearing age 3"), nor the noun "follow up" ("after 12
            # months of follow up 4").
            closed = (
                closed
                or counted
                or last.startswith("/")
                or (last.lower() == "age" and previous.lower().replace("-", "") in _KINDS_OF_AGE)
                or (last.lower() == "up" and previous.lower() == "follow")
                # "at the population level 1", "increases IL-4 level 4": a level of something
                # named before it is no level of evidence ("evidence level 1").
                or (last.lower() == "level" and previous.lower() not in _LEVEL_GRADED)
                # "in the third year 1", "once a month 3": a time already counted.
                or (
                    last.lower() in _SINGULAR_UNITS
                    and (
                        bool(ORDINAL.fullmatch(previous))
                        or previous.lower() in {"a", "an", "per", "each", "every"}
                    )
                )
            )
            if (
                not closed
                and not re.fullmatch(r"(?:19|20)\d\d", last)
                and (
                    not re.search(r"[A-Za-z]", last)
                    or _takes_number(re.sub(r"\W", "", last))
                    or before.endswith((",", ";", ":"))
                )
            ):
                continue
        if not before:
            continue
        return printed.rstrip(".")
    return None


# Words before "level" that make it a grade, which takes a number.
_LEVEL_GRADED = {"evidence", "recommendation", "at", "of", "to", "a", "with"}


def _takes_number(word: str) -> bool:
    """True for a word a number follows ("type 2", "was 3"). Printed in capitals, such a word
    is an abbreviation ("alternatives to chronic IS 2": immunosuppression), which takes none;
    an odds ratio ("OR 2") and a one-letter "P" or "N" still do."""
    if word.lower() not in _NUMBER_WORDS:
        return False
    return not word.isupper() or len(word) < 2 or word == "OR"


def _new_section(label: str, parent: str | None, path: str, used: set[str]) -> Section:
    key = slug(re.sub(r"^from the\s+", "", label, flags=re.IGNORECASE)) or "section"
    if parent is not None:
        key = f"{parent}-{key}"
    base, n = key, 2
    while key in used:
        key, n = f"{base}-{n}", n + 1
    used.add(key)
    return Section(key=key, label=label, parent=parent, path=path)
