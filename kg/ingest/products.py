"""Products of cells that a statement names as a therapy of their own.

"MSC-derived exosomes", "MSC-Exos" and "extracellular vesicles (EVs) derived from human, bone
marrow mesenchymal stromal cells (MSCs)" name a cell-free therapy: exosomes, vesicles or a
secretome that the cells released. A claim about them is not a claim about the cells, so the
cell's name inside the phrase must never be read as the subject. Each product is named
"<cell>-derived <product>" after the cell the lexicon knows ("mesenchymal stem cell-derived
exosome"); a qualifier of the cell ("bone marrow", "human") is left out, which says less than
the sentence, never more.

Another abbreviation joined to the cell's ("MSC-CMT", the culture medium of stimulated MSCs;
"iPSC-MSCs", the MSCs made from them) names something made from the cells as well, never the
cells: it is proposed as written.

A bare product ("exosomes", "EVs") is not tied to any cell here: which cells it came from is
for the sentence to say. Only an abbreviation defined on the derived phrase itself ("...
vesicles (EVs) derived from MSCs", "MSC-derived exosomes (Exos)") stands for it afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest.link import Mention, singular_abbreviation

# Written forms of each product, lower case, to the singular name it is proposed under.
_PRODUCTS = {
    "exosome": "exosome",
    "exosomes": "exosome",
    "exo": "exosome",
    "exos": "exosome",
    "extracellular vesicle": "extracellular vesicle",
    "extracellular vesicles": "extracellular vesicle",
    "small extracellular vesicle": "small extracellular vesicle",
    "small extracellular vesicles": "small extracellular vesicle",
    "ev": "extracellular vesicle",
    "evs": "extracellular vesicle",
    "sev": "small extracellular vesicle",
    "sevs": "small extracellular vesicle",
    "microvesicle": "microvesicle",
    "microvesicles": "microvesicle",
    "secretome": "secretome",
    "secretomes": "secretome",
    "conditioned medium": "conditioned medium",
    "conditioned media": "conditioned medium",
    "cm": "conditioned medium",
    "trophic factor": "trophic factor",
    "trophic factors": "trophic factor",
}
_GAP = r"[\s\-‐‑–]+"
_PRODUCT = "|".join(sorted((w.replace(" ", _GAP) for w in _PRODUCTS), key=len, reverse=True))
_ABBREVIATION = r"\((?P<abbr>[A-Za-z][A-Za-z0-9\-]{0,12})\)"
# After the cell's name: "-derived exosomes", " (MSC)-derived exosomes (Exos)", "-Exos", " EVs".
_AFTER = re.compile(
    rf"(?:\s*\([^()]{{1,15}}\))?(?:{_GAP}derived)?{_GAP}(?P<product>{_PRODUCT})(?![\w\-])"
    rf"(?:\s*{_ABBREVIATION})?",
    re.IGNORECASE,
)
# Before it: "exosomes derived from", "EVs isolated from", "vesicles (EVs) secreted by", with up
# to four words between ("derived from human, bone marrow mesenchymal stromal cells").
_BEFORE = re.compile(
    rf"(?<![\w\-])(?P<product>{_PRODUCT})(?:\s*{_ABBREVIATION})?\s+(?:(?:derived|isolated|"
    rf"secreted|released|purified)\s+)?(?:from|by)\s+(?:[\w\-]+,?\s+){{0,4}}$",
    re.IGNORECASE,
)

# Any other abbreviation joined to the cell's: "MSC-CMT", "iPSC-MSCs".
_JOINED = re.compile(r"[\-‐‑](?P<abbr>[A-Z][A-Za-z0-9]{0,7})(?![\w\-‐‑])")
# An abbreviation after the cell's name that names the product, not the cell: "(MSC-exosomes)".
_NAMED_AFTER = re.compile(rf"\s*\((?P<abbr>[A-Za-z0-9]+-(?:{_PRODUCT}))\)", re.IGNORECASE)


@dataclass(frozen=True)
class Product:
    """A cell's product named at ``[start, end)`` of a text, and the abbreviation the text
    defines for it there, if any."""

    start: int
    end: int
    name: str
    abbreviation: str | None


def find_products(text: str, mentions: list[Mention]) -> list[Product]:
    """The cell products ``text`` names, given its entity ``mentions``.

    >>> from rdflib import URIRef
    >>> from kg.ingest.lexicon import Entry
    >>> msc = Entry(URIRef("urn:msc"), "intervention", "mesenchymal stem cell")
    >>> text = "Both MSCs and MSC-derived exosomes (Exos) reduce fibrosis"
    >>> [(p.name, p.abbreviation) for p in find_products(text, [Mention(14, 17, "MSC", msc)])]
    [('mesenchymal stem cell-derived exosome', 'Exos')]
    >>> [p.name for p in find_products("MSC-CMT reduced IgE", [Mention(0, 3, "MSC", msc)])]
    ['MSC-CMT']
    >>> find_products("MSC-based therapy reduced IgE", [Mention(0, 3, "MSC", msc)])
    []
    """
    products: list[Product] = []
    for m in mentions:
        if m.entry.kind != "intervention" or not m.entry.label.lower().endswith(" cell"):
            continue
        after = _AFTER.match(text, m.end)
        before = _BEFORE.search(text, 0, m.start)
        found = after or before
        if found is None:
            joined = _JOINED.match(text, m.end)
            if joined is not None:
                end = joined.end()
                products.append(Product(m.start, end, text[m.start : end], None))
            continue
        product = _PRODUCTS[re.sub(_GAP, " ", found.group("product").lower())]
        abbreviation = found.group("abbr")
        start, end = (m.start, after.end()) if after else (before.start(), m.end)
        named = _NAMED_AFTER.match(text, m.end) if after is None else None
        if named is not None:
            # "exosomes derived from bone mesenchymal stem cells (MSC-exosomes)"
            abbreviation, end = named.group("abbr"), named.end()
        products.append(Product(start, end, f"{m.entry.label}-derived {product}", abbreviation))
    return products


def product_forms(product: Product, text: str) -> tuple[list[str], list[str]]:
    """The names and abbreviations by which ``product`` is found from here on: the words as
    written, and the abbreviation the text defines for it (``Lexicon.add`` adds its plural)."""
    abbreviations = [singular_abbreviation(product.abbreviation)] if product.abbreviation else []
    return [text[product.start : product.end]], abbreviations
