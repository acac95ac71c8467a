"""Summary numbers of a built graph, computed by the queries ``kg/queries/stats-*.rq``."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from kg.namespaces import curie
from kg.resources import query_text
from kg.terms import to_rdflib


@dataclass(frozen=True)
class Stats:
    """Counts over one graph; IRIs are given as CURIEs where a project prefix fits."""

    triples: int
    classes: list[tuple[str, int]]
    claims_per_kind: list[tuple[str, int]]
    statements_per_part: list[tuple[str, str, int]]
    uncited_statements: list[str]
    derived_shortcuts: int

    @property
    def claims(self) -> int:
        """Claims counted over all kinds."""
        return sum(n for _, n in self.claims_per_kind)

    def as_dict(self) -> dict:
        """A JSON-ready dictionary of the numbers."""
        return {
            "triples": self.triples,
            "classes": dict(self.classes),
            "claims": self.claims,
            "claims_per_kind": dict(self.claims_per_kind),
            "statements_per_part": [
                {"part": part, "label": label, "statements": n}
                for part, label, n in self.statements_per_part
            ],
            "uncited_statements": list(self.uncited_statements),
            "derived_shortcuts": self.derived_shortcuts,
        }


def compute_stats(store: ox.Store) -> Stats:
    """Count what is in ``store``'s default graph.

    >>> store = ox.Store()
    >>> compute_stats(store).as_dict()["triples"]
    0
    """
    return Stats(
        triples=len(store),
        classes=[(_name(row["class"]), _int(row["count"])) for row in _select(store, "classes")],
        claims_per_kind=[
            (_name(row["kind"]), _int(row["count"])) for row in _select(store, "claims-per-kind")
        ],
        statements_per_part=[
            (_name(row["part"]), row["label"].value if row["label"] else "", _int(row["count"]))
            for row in _select(store, "statements-per-part")
        ],
        uncited_statements=[_name(row["statement"]) for row in _select(store, "uncited")],
        derived_shortcuts=_int(next(iter(_select(store, "shortcuts")))["count"]),
    )


def format_stats(stats: Stats) -> str:
    """Render ``stats`` as aligned plain-text tables.

    >>> print(format_stats(Stats(3, [("hkg:EfficacyClaim", 2)], [("hkg:EfficacyClaim", 2)],
    ...                          [("section:research", "From the Research", 1)], [], 2)))
    triples                  3
    derived shortcuts        2
    claims                   2
    uncited statements       0
    <BLANKLINE>
    claims per kind
      hkg:EfficacyClaim      2
    <BLANKLINE>
    statements per part
      From the Research      1
    <BLANKLINE>
    instances per class
      hkg:EfficacyClaim      2
    """
    sections: list[tuple[str, list[tuple[str, int]]]] = [
        (
            "",
            [
                ("triples", stats.triples),
                ("derived shortcuts", stats.derived_shortcuts),
                ("claims", stats.claims),
                ("uncited statements", len(stats.uncited_statements)),
            ],
        ),
        ("claims per kind", stats.claims_per_kind),
        (
            "statements per part",
            [(label or part, n) for part, label, n in stats.statements_per_part],
        ),
        ("uncited statements", [(s, None) for s in stats.uncited_statements]),
        ("instances per class", stats.classes),
    ]
    rows = [name for _, section in sections for name, _ in section]
    width = max((len(name) for name in rows), default=0) + 4
    lines: list[str] = []
    for title, section in sections:
        if not section:
            continue
        indent = "  " if title else ""
        if title:
            lines.extend(["", title])
        for name, n in section:
            label = f"{indent}{name}"
            lines.append(label if n is None else f"{label:<{width}}{n:>4}")
    return "\n".join(lines).rstrip()


def _select(store: ox.Store, name: str) -> ox.QuerySolutions:
    return store.query(query_text(f"stats-{name}"))


def _name(term) -> str:
    return curie(to_rdflib(term))


def _int(term) -> int:
    return int(term.value)
