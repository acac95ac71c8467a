"""Where an IRI is answered: this server for IRIs under the graph's base, a registry for
cross-references, and how a term is shown to a reader.

The graph names its resources under ``https://w3id.org/hsct-kg/`` (the ``base_iri`` setting); the
server answers for that base at its own address (``public_url``, or the request's host), so
``<base>resource/disease/multiple-sclerosis`` is read at ``<server>/resource/disease/multiple-sclerosis``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

import pyoxigraph as ox

from kg.namespaces import PREFIXES

# Longest namespace first, so a resource IRI gets its kind prefix rather than a shorter match.
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda item: len(item[1]), reverse=True)

#: Cross-reference namespaces and their registry: (namespace, CURIE prefix, URL of the entry).
#: OBO PURLs, MeSH RDF, SNOMED CT and Orphanet IRIs resolve to their registry's page as they
#: are, so the link is the IRI itself; the CURIE is what curators recognise.
REGISTRIES: tuple[tuple[str, str], ...] = (
    ("http://purl.obolibrary.org/obo/MONDO_", "MONDO"),
    ("http://purl.obolibrary.org/obo/DOID_", "DOID"),
    ("http://purl.obolibrary.org/obo/NCIT_", "NCIT"),
    ("http://purl.obolibrary.org/obo/CHEBI_", "CHEBI"),
    ("http://purl.obolibrary.org/obo/GO_", "GO"),
    ("http://purl.obolibrary.org/obo/CL_", "CL"),
    ("http://purl.obolibrary.org/obo/HP_", "HP"),
    ("http://purl.obolibrary.org/obo/UBERON_", "UBERON"),
    ("http://purl.obolibrary.org/obo/ECO_", "ECO"),
    ("http://purl.obolibrary.org/obo/SEPIO_", "SEPIO"),
    ("http://id.nlm.nih.gov/mesh/", "MeSH"),
    ("https://id.nlm.nih.gov/mesh/", "MeSH"),
    ("http://www.orpha.net/ORDO/Orphanet_", "Orphanet"),
    ("http://snomed.info/id/", "SNOMEDCT"),
    ("https://ror.org/", "ROR"),
    ("https://doi.org/", "DOI"),
)

#: CURIE prefixes seen in ``oboInOwl:hasDbXref`` strings, and where their entries live.
CURIE_URLS: dict[str, str] = {
    **{
        p: f"http://purl.obolibrary.org/obo/{p}_"
        for p in ("MONDO", "DOID", "NCIT", "CHEBI", "GO", "CL", "HP", "UBERON", "ECO", "SEPIO")
    },
    "MESH": "http://id.nlm.nih.gov/mesh/",
    "MSH": "http://id.nlm.nih.gov/mesh/",
    "ORPHA": "http://www.orpha.net/ORDO/Orphanet_",
    "ORPHANET": "http://www.orpha.net/ORDO/Orphanet_",
    "SCTID": "http://snomed.info/id/",
    "SNOMEDCT": "http://snomed.info/id/",
    "SNOMEDCT_US": "http://snomed.info/id/",
    "ROR": "https://ror.org/",
    "DOI": "https://doi.org/",
}

_CURIE = re.compile(r"^([A-Za-z][A-Za-z0-9_]*):(\S+)$")

#: Suffixes that ask for one RDF syntax of a page, as media types.
SUFFIXES: dict[str, str] = {
    ".ttl": "text/turtle",
    ".jsonld": "application/ld+json",
    ".nt": "application/n-triples",
    ".rdf": "application/rdf+xml",
    ".owl": "application/rdf+xml",
}


def curie(iri: str) -> str:
    """Return ``prefix:local`` for an IRI in a project namespace, else the IRI.

    >>> curie("https://w3id.org/hsct-kg/resource/disease/multiple-sclerosis")
    'disease:multiple-sclerosis'
    >>> curie("http://example.org/x")
    'http://example.org/x'
    """
    for prefix, namespace in _BY_LENGTH:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def registry(iri: str) -> tuple[str, str] | None:
    """Return (registry name, CURIE) when ``iri`` is an entry of a known registry.

    >>> registry("http://purl.obolibrary.org/obo/MONDO_0005301")
    ('MONDO', 'MONDO:0005301')
    >>> registry("http://id.nlm.nih.gov/mesh/D009103")
    ('MeSH', 'MeSH:D009103')
    """
    for namespace, name in REGISTRIES:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return name, f"{name}:{iri[len(namespace) :]}"
    return None


def xref_url(value: str) -> str | None:
    """Return the registry URL of a cross-reference given as a CURIE string, if known.

    >>> xref_url("MONDO:0005301")
    'http://purl.obolibrary.org/obo/MONDO_0005301'
    >>> xref_url("MESH:D009103"), xref_url("nonsense")
    ('http://id.nlm.nih.gov/mesh/D009103', None)
    """
    match = _CURIE.match(value.strip())
    if not match:
        return None
    base = CURIE_URLS.get(match.group(1).upper())
    return base + match.group(2) if base else None


@dataclass(frozen=True)
class IriMap:
    """The correspondence between IRIs under ``base`` and URLs under ``public``.

    >>> m = IriMap("https://w3id.org/hsct-kg/", "http://127.0.0.1:8000/")
    >>> m.url("https://w3id.org/hsct-kg/resource/claim/c1")
    'http://127.0.0.1:8000/resource/claim/c1'
    >>> m.iri("resource/claim/c1")
    'https://w3id.org/hsct-kg/resource/claim/c1'
    >>> m.href("http://purl.obolibrary.org/obo/GO_0006954")
    'http://purl.obolibrary.org/obo/GO_0006954'
    >>> m.href("http://www.w3.org/ns/prov#Entity")
    'http://127.0.0.1:8000/describe?iri=http%3A%2F%2Fwww.w3.org%2Fns%2Fprov%23Entity'
    """

    base: str
    public: str

    def local(self, iri: str) -> bool:
        """Tell whether ``iri`` is under the base, and so answered here."""
        return iri.startswith(self.base)

    def url(self, iri: str) -> str | None:
        """Return where this server answers for ``iri``, or None if it is not under the base."""
        if not self.local(iri):
            return None
        return self.public + iri[len(self.base) :]

    def iri(self, path: str) -> str:
        """Return the IRI a request path (relative to the server root) stands for."""
        return self.base + path.lstrip("/")

    def href(self, iri: str) -> str:
        """Return the link to follow for ``iri``: its page here, its registry, or what this
        graph says about it (for vocabulary terms such as ``rdfs:label``)."""
        url = self.url(iri)
        if url is not None:
            return url
        if registry(iri) is not None:
            return iri
        return self.public + "describe?iri=" + quote(iri, safe="")


def parse_iri(value: str | None) -> ox.NamedNode | None:
    """Parse an absolute IRI given by a client; None if it is missing or malformed.

    >>> parse_iri("https://w3id.org/hsct-kg/resource/claim/c1").value
    'https://w3id.org/hsct-kg/resource/claim/c1'
    >>> parse_iri("not an iri") is None, parse_iri("relative/x") is None
    (True, True)
    """
    if not value:
        return None
    try:
        node = ox.NamedNode(value)
    except ValueError:
        return None
    # Only absolute IRIs name something; a scheme is what makes one absolute.
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", node.value):
        return None
    return node
