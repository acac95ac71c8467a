"""The evidence map of a disease or intervention: an SVG drawing of what the claims connect.

Interventions stand on the left, diseases in the middle and outcomes on the right; an edge joins
a claim's intervention to its disease and to its outcome. Edges of the same pair, direction and
strength are merged, and drawn wider the more source statements support them. Each direction has
its own colour and each strength its own line style, so no two meanings share a look; the legend
names them all. Labels wrap rather than being cut. Every node and every edge is a link, so a
keyboard reaches each one, and an edge's link leads to its entry in the list of connections that
a page prints below the drawing (the same facts in text, readable on a phone). Every label is
escaped, so a label holding markup is drawn as text.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from server.resource import HKG, Claim, Term

PAD = 6
GAP = 10
TOP = 40
HEADINGS = {"intervention": "Interventions", "condition": "Diseases", "outcome": "Outcomes"}


@dataclass(frozen=True)
class Layout:
    """The geometry of one drawing: its width, its node boxes and their label text."""

    name: str
    width: int
    node_w: int
    wrap: int  # characters per label line
    font: int  # label size, px
    line_h: int
    margin: int
    suffix: str = ""  # appended to the drawing's ids, so two layouts can share a page

    @property
    def columns(self) -> dict[str, int]:
        middle = (self.width - self.node_w) // 2
        right = self.width - self.node_w - self.margin
        return {"intervention": self.margin, "condition": middle, "outcome": right}


#: Drawn at its size on a screen, scaled to fit a narrower one.
WIDE = Layout("wide", 960, 250, 32, 13, 16, 10)
#: For a phone (390 px): three columns of narrow boxes, drawn at about its own size, so its
#: labels read at 12 px where the wide drawing would be scaled to 0.4.
NARROW = Layout("narrow", 360, 104, 13, 12, 15, 0, "-narrow")

#: Colour and meaning of an edge by the direction of its claims (local name of the hkg: concept).
#: Each colour has at least 4.5:1 contrast on white, so it also serves as text.
DIRECTIONS: dict[str, tuple[str, str]] = {
    "Improves": ("#1a7a35", "improves the outcome"),
    "InFavour": ("#6b3fa0", "recommended in favour"),
    "Reduces": ("#1f5fbf", "reduces the outcome"),
    "Stabilises": ("#00736e", "stabilises the outcome"),
    "Increases": ("#b3261e", "increases the outcome or its risk (harm)"),
    "Against": ("#a3198a", "recommended against"),
    "AssociatedWith": ("#7a5c00", "associated with, no comparison stated"),
    "Varies": ("#b34700", "effect varies"),
    "": ("#666666", "no direction stated"),
}
#: Line style by strength: solid and long dashes for firm statements, short dashes and dots for
#: hedged ones; each strength its own pattern.
STRENGTHS: dict[str, tuple[str | None, str]] = {
    "Recommended": (None, "recommended outright"),
    "Demonstrated": ("14 3", "studies found it"),
    "Required": ("14 3 2 3", "a required step"),
    "Asserted": ("9 5", "stated plainly"),
    "Reported": ("5 4", "reported"),
    "MayBeConsidered": ("9 3 2 3 2 3", "may be considered (hedged)"),
    "Promising": ("3 3", "promising (hedged)"),
    "Possible": ("1 4", "possible, \u201ccan\u201d (hedged)"),
    "": ("1 9", "no strength stated"),
}


@dataclass
class Edge:
    """Claims joining ``source`` to ``target`` with one direction and strength."""

    source: Term
    target: Term
    slot: str
    source_slot: str
    direction: Term | None
    strength: Term | None
    statements: set[str] = field(default_factory=set)
    claims: set[str] = field(default_factory=set)
    number: int = 0

    @property
    def weight(self) -> int:
        return max(len(self.statements), 1)

    @property
    def anchor(self) -> str:
        return f"edge-{self.number}"

    @property
    def colour(self) -> str:
        return DIRECTIONS.get(_local(self.direction), DIRECTIONS[""])[0]

    @property
    def dash(self) -> str | None:
        return STRENGTHS.get(_local(self.strength), STRENGTHS[""])[0]

    def describe(self) -> str:
        n = self.weight
        return (
            f"{_name(self.source)} \u2192 {_name(self.target)}: "
            f"{_name(self.direction) if self.direction else 'no direction'}, "
            f"{_name(self.strength) if self.strength else 'no strength'} "
            f"({n} statement{'s' if n != 1 else ''})"
        )


def edges(claims: Sequence[Claim]) -> list[Edge]:
    """Merge the claims into edges intervention→disease, disease→outcome (or intervention→outcome
    when the claim names no disease), numbered in a stable order (by names).

    >>> import pyoxigraph as ox
    >>> i, d = Term(ox.NamedNode("http://e/i"), "I"), Term(ox.NamedNode("http://e/d"), "D")
    >>> c1 = Claim("http://e/c1", i, statement="http://e/s1", slots={HKG + "intervention": [i], HKG + "condition": [d]})
    >>> c2 = Claim("http://e/c2", i, statement="http://e/s2", slots={HKG + "intervention": [i], HKG + "condition": [d]})
    >>> [(e.source.label, e.target.label, e.weight, e.anchor) for e in edges([c1, c2])]
    [('I', 'D', 2, 'edge-1')]
    """
    merged: dict[tuple, Edge] = {}

    def add(source: Term, source_slot: str, target: Term, slot: str, claim: Claim) -> None:
        key = (source.value, target.value, slot, _local(direction), _local(strength))
        edge = merged.setdefault(key, Edge(source, target, slot, source_slot, direction, strength))
        if claim.statement:
            edge.statements.add(claim.statement)
        edge.claims.add(claim.iri)

    for claim in claims:
        direction = _first(claim.slot("direction"))
        strength = _first(claim.slot("strength"))
        conditions = claim.slot("condition")
        for source in claim.slot("intervention"):
            for condition in conditions:
                add(source, "intervention", condition, "condition", claim)
            # An outcome within a disease hangs off the disease, so the drawing reads
            # intervention → disease → outcome, as the claim does.
            for outcome in claim.slot("outcome"):
                if conditions:
                    for condition in conditions:
                        add(condition, "condition", outcome, "outcome", claim)
                else:
                    add(source, "intervention", outcome, "outcome", claim)
    found = sorted(
        merged.values(),
        key=lambda e: (
            list(HEADINGS).index(e.source_slot),
            _name(e.source).lower(),
            _name(e.target).lower(),
            _name(e.direction),
            _name(e.strength),
        ),
    )
    for number, edge in enumerate(found, 1):
        edge.number = number
    return found


def render(
    claims: Sequence[Claim],
    href: Callable[[str], str],
    *,
    focus: str | None = None,
    title: str = "Evidence map",
    legend: bool = True,
    edge_href: Callable[[Edge], str] | None = None,
) -> str | None:
    """Draw the claims as an SVG document (a string), or return None when there is nothing to draw.

    Args:
        claims: the claims (as :func:`server.resource.describe` gives them).
        href: the link of a node's IRI.
        focus: the IRI of the page's resource, drawn highlighted.
        title: the accessible title of the drawing.
        legend: draw the legend inside the picture. Without it (a page, which prints its own
            legend in text) the string holds two drawings, the wide one and a narrow one for
            phones (:data:`NARROW`, its ids suffixed), for the page's style to show one.
        edge_href: the link of an edge (default: ``#edge-N``, its entry in the page's list).
    """
    found = edges(claims)
    if not found:
        return None
    edge_href = edge_href or (lambda e: "#" + e.anchor)
    columns: dict[str, dict[str, Term]] = {"intervention": {}, "condition": {}, "outcome": {}}
    for edge in found:
        columns[edge.source_slot].setdefault(edge.source.value, edge.source)
        columns[edge.slot].setdefault(edge.target.value, edge.target)
    drawings = [_draw(found, columns, href, focus, title, legend, edge_href, WIDE)]
    if not legend:
        drawings.append(_draw(found, columns, href, focus, title, legend, edge_href, NARROW))
    return "\n".join(drawings)


def _draw(found, columns, href, focus, title, legend, edge_href, layout: Layout) -> str:
    ids = layout.suffix
    x_of = layout.columns
    boxes: dict[tuple[str, str], tuple[int, int, int, list[str]]] = {}
    bottom = TOP
    for slot, nodes in columns.items():
        y = TOP
        for term in sorted(nodes.values(), key=lambda t: _name(t).lower()):
            lines = _wrap(_name(term), layout.wrap)
            h = 2 * PAD + layout.line_h * len(lines)
            boxes[(slot, term.value)] = (x_of[slot], y, h, lines)
            y += h + GAP
        bottom = max(bottom, y)
    legend_lines, legend_h = _legend(found, bottom + 10) if legend else ([], 0)
    total = bottom + 10 + legend_h
    width = layout.width

    out = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" class="evidence-map {layout.name}" '
            f'role="group" viewBox="0 0 {width} {total}" width="{width}" height="{total}" '
            f'aria-labelledby="map-title{ids}" font-family="system-ui, sans-serif">'
        ),
        f'<title id="map-title{ids}">{escape(title)}</title>',
        "<defs>",
    ]
    for colour in sorted({e.colour for e in found}):
        out.append(
            f'<marker id="arrow-{colour[1:]}{ids}" viewBox="0 0 10 10" refX="9" refY="5" '
            f'markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse">'
            f'<path d="M 0 0 L 10 5 L 0 10 z" fill="{colour}"/></marker>'
        )
    out.append("</defs>")
    for slot, heading in HEADINGS.items():
        if columns[slot]:
            x = x_of[slot]
            out.append(
                f'<text class="heading" x="{x}" y="20" font-weight="bold" '
                f'font-size="{layout.font + 1}">{heading}</text>'
            )
    # Edges first, so nodes are drawn over them; heavy edges under light ones.
    for edge in sorted(found, key=lambda e: (-e.weight, e.number)):
        sx, sy, sh, _ = boxes[(edge.source_slot, edge.source.value)]
        tx, ty, th, _ = boxes[(edge.slot, edge.target.value)]
        x1, y1, x2, y2 = sx + layout.node_w, sy + sh // 2, tx - 2, ty + th // 2
        mid = (x1 + x2) / 2
        # Thick enough for every dash pattern to read, wider with each supporting statement.
        stroke = min(2.5 + 1.5 * (edge.weight - 1), 10)
        d = f"M {x1} {y1} C {mid} {y1}, {mid} {y2}, {x2} {y2}"
        dash = f' stroke-dasharray="{edge.dash}"' if edge.dash else ""
        tip = edge.describe()
        out.append(
            f'<a href={quoteattr(edge_href(edge))} class="edge-link" id="{edge.anchor}-link{ids}" '
            f'data-edge="{edge.anchor}" aria-label={quoteattr(tip)}>'
            f"<title>{escape(tip)}</title>"
            f'<path class="halo" d="{d}" fill="none" stroke="transparent" stroke-width="{stroke + 10:g}"/>'
            f'<path class="edge" d="{d}" fill="none" stroke="{edge.colour}" stroke-width="{stroke:g}"'
            f' stroke-linecap="round"{dash} marker-end="url(#arrow-{edge.colour[1:]}{ids})"'
            f' data-weight="{edge.weight}"/></a>'
        )
    for (slot, iri), (x, y, h, lines) in boxes.items():
        term = columns[slot][iri]
        name = _name(term)
        focused = iri == focus
        cls = "node focus" if focused else "node"
        text = "".join(
            f'<tspan x="{x + 6}" y="{y + PAD + layout.font - 1 + layout.line_h * i}">'
            f"{escape(line)}</tspan>"
            for i, line in enumerate(lines)
        )
        out.append(
            f"<a href={quoteattr(href(iri))} class={quoteattr(cls)}>"
            f"<title>{escape(name)}</title>"
            f'<rect x="{x}" y="{y}" width="{layout.node_w}" height="{h}" rx="6" '
            f'fill="{"#fff4c2" if focused else "#f4f6fa"}" '
            f'stroke="{"#8a6d00" if focused else "#8795ab"}" '
            f'stroke-width="{2 if focused else 1}"/>'
            f'<text font-size="{layout.font}">{text}</text></a>'
        )
    out += legend_lines
    out.append("</svg>")
    return "\n".join(out)


@dataclass(frozen=True)
class Key:
    """One entry of the legend: a line style and what it means."""

    group: str
    name: str
    meaning: str
    colour: str
    dash: str | None


def legend(claims: Sequence[Claim]) -> list[Key]:
    """The legend of the map of ``claims``: each direction and each strength drawn, in text.

    >>> legend([])
    []
    """
    return legend_of(edges(claims))


def edge_details(claims: Sequence[Claim]) -> list[tuple[Term, list[Edge]]]:
    """The map's edges grouped by the node they leave, interventions first, in numbered order:
    the list of connections a page prints under the map.

    >>> edge_details([])
    []
    """
    groups: dict[str, tuple[Term, list[Edge]]] = {}
    for edge in edges(claims):
        groups.setdefault(edge.source.value, (edge.source, []))[1].append(edge)
    return list(groups.values())


def _legend(found: list[Edge], y: int) -> tuple[list[str], int]:
    keys = legend_of(found)
    lines = []
    per_column = (len(keys) + 1) // 2
    for i, key in enumerate(keys):
        x = 10 + (i // per_column) * (WIDE.width // 2)
        yy = y + (i % per_column) * 22
        dash_attr = f' stroke-dasharray="{key.dash}"' if key.dash else ""
        lines.append(
            f'<g class="legend"><line x1="{x}" y1="{yy + 8}" x2="{x + 50}" y2="{yy + 8}" '
            f'stroke="{key.colour}" stroke-width="3" stroke-linecap="round"{dash_attr}/>'
            f'<text x="{x + 60}" y="{yy + 13}" font-size="13">'
            f"{escape(key.group)}: {escape(key.name)} \u2014 {escape(key.meaning)}</text></g>"
        )
    lines.append(
        f'<text class="legend" x="10" y="{y + per_column * 22 + 13}" font-size="13">'
        "Line width: number of supporting statements.</text>"
    )
    return lines, per_column * 22 + 24


def legend_of(found: list[Edge]) -> list[Key]:
    """The legend entries of the edges ``found``: directions by colour, strengths by style."""
    keys: dict[tuple[str, str], Key] = {}
    for e in found:
        local = _local(e.direction)
        colour, meaning = DIRECTIONS.get(local, DIRECTIONS[""])
        name = _name(e.direction) if e.direction else "no direction"
        keys.setdefault(("direction", local), Key("direction", name, meaning, colour, None))
    for e in found:
        local = _local(e.strength)
        dash, meaning = STRENGTHS.get(local, STRENGTHS[""])
        name = _name(e.strength) if e.strength else "no strength"
        keys.setdefault(("strength", local), Key("strength", name, meaning, "#1d232b", dash))
    return sorted(keys.values(), key=lambda k: (k.group, k.name))


def _wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` characters, a word too long cut with a hyphen.

    >>> _wrap("autologous haematopoietic stem-cell transplantation", 14)
    ['autologous', 'haematopoietic', 'stem-cell', 'transplanta-', 'tion']
    """
    lines = []
    for line in textwrap.wrap(text, width, break_long_words=False) or [""]:
        while len(line) > width:
            cut = min(width - 1, len(line) - 4)  # four letters at least go on
            lines.append(line[:cut] + "-")
            line = line[cut:]
        lines.append(line)
    return lines


def _first(terms: list[Term]) -> Term | None:
    return terms[0] if terms else None


def _local(term: Term | None) -> str:
    if term is None or not term.value.startswith(HKG):
        return ""
    return term.value[len(HKG) :]


def _name(term: Term | None) -> str:
    if term is None:
        return ""
    return term.label or term.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
