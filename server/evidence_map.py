"""The evidence map of a disease or intervention: an SVG drawing of what the claims connect.

Interventions stand on the left, diseases in the middle and outcomes on the right; an edge joins
a claim's intervention to its disease and to its outcome. Edges of the same pair, direction and
strength are merged, and drawn wider the more source statements support them; colour gives the
direction (improves, reduces, in favour, ...) and the dash pattern the strength (recommended,
may be considered, reported, ...). Every label is escaped, so a label holding markup is drawn as
text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from server.resource import HKG, Claim, Term

WIDTH = 960
NODE_W = 250
NODE_H = 26
ROW = 36
TOP = 40
COLUMNS = {"intervention": 10, "condition": (WIDTH - NODE_W) // 2, "outcome": WIDTH - NODE_W - 10}
HEADINGS = {"intervention": "Interventions", "condition": "Diseases", "outcome": "Outcomes"}

#: Colour of an edge by the direction of its claims (local name of the hkg: concept).
DIRECTION_COLOURS = {
    "Improves": "#1b7f3b",
    "InFavour": "#1b7f3b",
    "Reduces": "#1f5fbf",
    "Stabilises": "#0f7f7f",
    "Increases": "#c0392b",
    "Against": "#c0392b",
    "AssociatedWith": "#7a5c00",
    "Varies": "#7d3c98",
    "": "#666666",
}
#: Dash pattern by strength: firm statements solid, tentative dashed, bare reports dotted.
STRENGTH_DASHES = {
    "Recommended": None,
    "Demonstrated": None,
    "Required": None,
    "MayBeConsidered": "8 4",
    "Promising": "8 4",
    "Possible": "8 4",
    "Reported": "2 4",
    "Asserted": "2 4",
    "": "2 4",
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

    @property
    def weight(self) -> int:
        return max(len(self.statements), 1)


def edges(claims: Sequence[Claim]) -> list[Edge]:
    """Merge the claims into edges intervention→disease, disease→outcome (or intervention→outcome
    when the claim names no disease).

    >>> import pyoxigraph as ox
    >>> i, d = Term(ox.NamedNode("http://e/i"), "I"), Term(ox.NamedNode("http://e/d"), "D")
    >>> c1 = Claim("http://e/c1", i, statement="http://e/s1", slots={HKG + "intervention": [i], HKG + "condition": [d]})
    >>> c2 = Claim("http://e/c2", i, statement="http://e/s2", slots={HKG + "intervention": [i], HKG + "condition": [d]})
    >>> [(e.source.label, e.target.label, e.weight) for e in edges([c1, c2])]
    [('I', 'D', 2)]
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
    return list(merged.values())


def render(
    claims: Sequence[Claim],
    href: Callable[[str], str],
    *,
    focus: str | None = None,
    title: str = "Evidence map",
) -> str | None:
    """Draw the claims as an SVG document (a string), or return None when there is nothing to draw.

    Args:
        claims: the claims (as :func:`server.resource.describe` gives them).
        href: the link of a node's IRI.
        focus: the IRI of the page's resource, drawn highlighted.
        title: the accessible title of the drawing.
    """
    found = edges(claims)
    if not found:
        return None
    columns: dict[str, dict[str, Term]] = {"intervention": {}, "condition": {}, "outcome": {}}
    for edge in found:
        columns[edge.source_slot].setdefault(edge.source.value, edge.source)
        columns[edge.slot].setdefault(edge.target.value, edge.target)
    position: dict[tuple[str, str], tuple[int, int]] = {}
    for slot, nodes in columns.items():
        for row, term in enumerate(sorted(nodes.values(), key=_name)):
            position[(slot, term.value)] = (COLUMNS[slot], TOP + row * ROW)
    rows = max(len(nodes) for nodes in columns.values())
    height = TOP + rows * ROW + 10
    legend_y = height + 10
    legend, legend_rows = _legend(found, legend_y)
    total = legend_y + 22 * legend_rows + 10

    out = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" class="evidence-map" role="img" '
            f'viewBox="0 0 {WIDTH} {total}" width="{WIDTH}" height="{total}" '
            f'aria-labelledby="map-title">'
        ),
        f'<title id="map-title">{escape(title)}</title>',
        "<defs>",
    ]
    for colour in sorted({_colour(e) for e in found}):
        out.append(
            f'<marker id="arrow-{colour[1:]}" viewBox="0 0 10 10" refX="9" refY="5" '
            f'markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse">'
            f'<path d="M 0 0 L 10 5 L 0 10 z" fill="{colour}"/></marker>'
        )
    out.append("</defs>")
    for slot, heading in HEADINGS.items():
        if columns[slot]:
            x = COLUMNS[slot]
            out.append(f'<text class="heading" x="{x}" y="20" font-weight="bold">{heading}</text>')
    # Edges first, so nodes are drawn over them.
    for edge in sorted(found, key=lambda e: -e.weight):
        x1, y1 = position[(edge.source_slot, edge.source.value)]
        x2, y2 = position[(edge.slot, edge.target.value)]
        x1, y1, y2 = x1 + NODE_W, y1 + NODE_H // 2, y2 + NODE_H // 2
        mid = (x1 + x2) / 2
        colour = _colour(edge)
        dash = STRENGTH_DASHES.get(_local(edge.strength), "2 4")
        width = min(1.5 + 1.5 * (edge.weight - 1), 9)
        n = edge.weight
        tip = (
            f"{_name(edge.source)} → {_name(edge.target)}: "
            f"{_name(edge.direction) if edge.direction else 'no direction'}, "
            f"{_name(edge.strength) if edge.strength else 'no strength'} "
            f"({n} statement{'s' if n != 1 else ''})"
        )
        out.append(
            f'<path class="edge" d="M {x1} {y1} C {mid} {y1}, {mid} {y2}, {x2 - 2} {y2}" '
            f'fill="none" stroke="{colour}" stroke-width="{width:g}"'
            + (f' stroke-dasharray="{dash}"' if dash else "")
            + f' marker-end="url(#arrow-{colour[1:]})" data-weight="{n}">'
            f"<title>{escape(tip)}</title></path>"
        )
    for (slot, iri), (x, y) in position.items():
        term = columns[slot][iri]
        name = _name(term)
        shown = name if len(name) <= 34 else name[:33] + "…"
        cls = "node focus" if iri == focus else "node"
        out.append(
            f"<a href={quoteattr(href(iri))} class={quoteattr(cls)}>"
            f"<title>{escape(name)}</title>"
            f'<rect x="{x}" y="{y}" width="{NODE_W}" height="{NODE_H}" rx="6" '
            f'fill="{"#fff4c2" if iri == focus else "#f4f6fa"}" '
            f'stroke="{"#8a6d00" if iri == focus else "#8795ab"}" '
            f'stroke-width="{2 if iri == focus else 1}"/>'
            f'<text x="{x + 8}" y="{y + 17}" font-size="13">{escape(shown)}</text></a>'
        )
    out += legend
    out.append("</svg>")
    return "\n".join(out)


def _legend(found: list[Edge], y: int) -> tuple[list[str], int]:
    directions = sorted(
        {
            (_local(e.direction), _name(e.direction) if e.direction else "no direction")
            for e in found
        }
    )
    strengths = sorted(
        {(_local(e.strength), _name(e.strength) if e.strength else "no strength") for e in found}
    )
    columns = [
        [
            (DIRECTION_COLOURS.get(key, DIRECTION_COLOURS[""]), None, name)
            for key, name in directions
        ],
        [("#333333", STRENGTH_DASHES.get(key, "2 4"), name) for key, name in strengths],
        [("#333333", None, "width: supporting statements")],
    ]
    lines = []
    for col, items in enumerate(columns):
        x = 10 + col * (WIDTH // 3)
        for row, (colour, dash, name) in enumerate(items):
            yy = y + row * 22
            dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
            lines.append(
                f'<g class="legend"><line x1="{x}" y1="{yy + 8}" x2="{x + 50}" y2="{yy + 8}" '
                f'stroke="{colour}" stroke-width="3"{dash_attr}/>'
                f'<text x="{x + 60}" y="{yy + 13}" font-size="13">{escape(name)}</text></g>'
            )
    return lines, max(len(items) for items in columns)


def _colour(edge: Edge) -> str:
    return DIRECTION_COLOURS.get(_local(edge.direction), DIRECTION_COLOURS[""])


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
