"""Claim, statement and document pages, facets, links and cross-references over real HTTP,
against a real ``kg serve`` of the built-in graph. What a page must show is asked of the same
server's SPARQL endpoint, not written down here."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
import requests
from kg_testing import kg_serve

BASE = "https://w3id.org/hsct-kg/"
R = BASE + "resource/"
HKG = BASE + "ontology#"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
PREFIXES = f"PREFIX hkg: <{HKG}>\n"


@pytest.fixture(scope="module")
def server():
    with kg_serve() as running:
        yield running


# ---------------------------------------------------------------- helpers


class Element:
    def __init__(self, tag: str, attrs: dict[str, str], parent: Element | None):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Element | str] = []

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def words(self) -> str:
        return " ".join(self.text().split())

    def all(self, tag: str | None = None, cls: str | None = None, **attrs) -> list[Element]:
        out = []
        for child in self.children:
            if isinstance(child, Element):
                if (
                    (tag is None or child.tag == tag)
                    and (cls is None or cls in child.attrs.get("class", "").split())
                    and all(child.attrs.get(k.rstrip("_")) == v for k, v in attrs.items())
                ):
                    out.append(child)
                out += child.all(tag, cls, **attrs)
        return out

    def one(self, tag: str | None = None, cls: str | None = None, **attrs) -> Element:
        found = self.all(tag, cls, **attrs)
        assert found, f"no <{tag or '*'} class={cls!r} {attrs}>"
        return found[0]


VOID = {"meta", "link", "br", "img", "input", "hr", "source", "wbr", "area", "col", "base"}


class Tree(HTMLParser):
    """The element tree of a page (the standard library has no DOM for HTML)."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.root = self.at = Element("#root", {}, None)
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: v or "" for k, v in attrs}, self.at)
        self.at.children.append(element)
        if tag not in VOID:
            self.at = element

    def handle_startendtag(self, tag, attrs):
        self.at.children.append(Element(tag, {k: v or "" for k, v in attrs}, self.at))

    def handle_endtag(self, tag):
        node = self.at
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.at = node.parent

    def handle_data(self, data):
        self.at.children.append(data)


def get(server, path: str, **kw) -> requests.Response:
    return requests.get(server.url + path, headers={"Accept": BROWSER}, timeout=30, **kw)


def page(server, path: str) -> Element:
    r = get(server, path)
    assert r.status_code == 200, (path, r.status_code, r.text[:300])
    return Tree(r.text).root


def sparql(server, query: str):
    """The rows of a SELECT (values as strings), or the answer of an ASK."""
    r = requests.post(
        server.url + "/sparql",
        data={"query": PREFIXES + query},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    )
    assert r.status_code == 200, r.text
    if "boolean" in r.json():
        return r.json()["boolean"]
    return [{k: v["value"] for k, v in row.items()} for row in r.json()["results"]["bindings"]]


def path_of(server, iri: str) -> str:
    assert iri.startswith(BASE)
    return "/" + iri[len(BASE) :]


# ---------------------------------------------------------------- claim pages


def test_claim_page_is_built_around_its_sentence(server):
    claim = R + "claim/ahsct-evidence-summary-02-1"
    row = sparql(
        server,
        f"""SELECT ?text ?wording ?strength ?statement WHERE {{
          <{claim}> prov:wasDerivedFrom ?statement ; hkg:strengthWording ?wording ;
                    hkg:strength/rdfs:label ?strength .
          ?statement hkg:text ?text }}""",
    )[0]
    bodies = {
        r["l"] for r in sparql(server, f"SELECT ?l {{ <{claim}> hkg:recommendedBy/rdfs:label ?l }}")
    }
    refs = {
        r["l"]
        for r in sparql(
            server, f"SELECT ?l {{ <{claim}> prov:wasDerivedFrom/hkg:cites/rdfs:label ?l }}"
        )
    }
    assert bodies and refs
    doc = page(server, path_of(server, claim))
    # The sentence comes first, verbatim.
    sentence = doc.one("blockquote", "verbatim")
    assert sentence.text() == row["text"]
    main = doc.one("section", "claim-main")
    assert row["strength"] == main.one("a", "strength").words()
    assert f"“{row['wording']}”" in main.words()
    assert {a.words() for a in main.one("dd", "bodies").all("a")} == bodies
    assert {a.words() for a in main.one("dd", "references").all("a")} == refs
    # The document anchor resolves to that very sentence in the document page.
    anchor = doc.one("section", "sentence").one("a", "in-document").attrs["href"]
    url, fragment = urldefrag(anchor)
    target = Tree(requests.get(url, headers={"Accept": BROWSER}, timeout=30).text).root
    assert target.one(id=fragment).one("span", "text").words() == " ".join(row["text"].split())
    # The plain shortcut it backs, and nothing weaker.
    shortcut = doc.one("section", "shortcut")
    assert "hkg:recommendedFor" in shortcut.words()
    assert shortcut.all("p", "plain") and not shortcut.all("p", "qualified")
    # The raw triples are still there, folded.
    raw = doc.one("details", "raw")
    assert "open" not in raw.attrs and raw.all("table", "props")


def test_hedged_claim_shows_its_hedge_and_backs_only_a_weaker_triple(server):
    claim = R + "claim/ahsct-evidence-summary-04-1"
    wording = sparql(server, f"SELECT ?w {{ <{claim}> hkg:strengthWording ?w }}")[0]["w"]
    hedged = sparql(server, f"ASK {{ <{claim}> hkg:strength/hkg:hedged true }}")
    assert hedged is True
    doc = page(server, path_of(server, claim))
    # Read with the weaker relation, as its shortcut is: never "recommended for".
    gist = doc.one("section", "claim-main").one("p", "gist").words()
    assert "may be considered for" in gist and "recommended for" not in gist
    flags = [f.words() for f in doc.one("section", "claim-main").all("span", "flag")]
    assert flags == ["hedged", "restricted to a population"]
    assert f"“{wording}”" in doc.one("section", "claim-main").words()
    assert "hedged" in doc.one("section", "claim-main").one("a", "strength").attrs["class"]
    shortcut = doc.one("section", "shortcut")
    derived = sparql(
        server,
        f"""SELECT ?p {{ <{claim}> hkg:intervention ?i ; hkg:condition ?d . ?i ?p ?d .
            ?p rdfs:subPropertyOf+ hkg:shortcutRelation }}""",
    )
    assert [r["p"] for r in derived] == [HKG + "mayBeConsideredFor"]
    assert "hkg:mayBeConsideredFor" in shortcut.words()
    assert shortcut.all("p", "qualified") and not shortcut.all("p", "plain")
    # The population in the sentence's words, with what must be absent.
    excluded = sparql(
        server,
        f"SELECT ?t {{ <{claim}> hkg:population/hkg:exclusionCriterion/hkg:criterionText ?t }}",
    )
    population = doc.one("section", "claim-main").one("dd", "population")
    criteria = population.one("dl", "criteria")
    terms = [e.words() for e in criteria.all() if e.tag in ("dt", "dd")]
    assert terms[terms.index("excludes") + 1] == f"“{excluded[0]['t']}”"
    # The body a curator added is marked as such, with the curator's note.
    bodies = doc.one("section", "claim-main").one("dd", "bodies")
    assert "added by a curator" in bodies.words()
    assert "Statement 4 names no recommending body" in bodies.one("details", "curated").words()


def test_claim_without_a_shortcut_says_why(server):
    # "experimental for many inflammatory conditions": scoped, and experimentalFor has no
    # qualified form, so no shortcut triple says it.
    doc = page(server, "/resource/claim/ahsct-evidence-summary-07-1")
    shortcut = doc.one("section", "shortcut")
    assert shortcut.one("p", "none").words().startswith("None.")
    assert "about some of its condition only" in shortcut.words()
    assert not shortcut.all("code", "triple")


# ---------------------------------------------------------------- statement pages


def test_statement_page_shows_the_sentence_its_claims_and_neighbours(server):
    statement = R + "statement/ahsct-evidence-summary-05"
    text = sparql(server, f"SELECT ?t {{ <{statement}> hkg:text ?t }}")[0]["t"]
    claims = {
        r["c"] for r in sparql(server, f"SELECT ?c {{ ?c prov:wasDerivedFrom <{statement}> }}")
    }
    around = sparql(
        server,
        f"""SELECT ?s ?p {{ <{statement}> hkg:position ?at ; dcterms:isPartOf ?d .
              ?s dcterms:isPartOf ?d ; hkg:position ?p FILTER(?p = ?at - 1 || ?p = ?at + 1) }}
            ORDER BY ?p""",
    )
    doc = page(server, path_of(server, statement))
    assert doc.one("h1").words() == "Statement 5"
    assert doc.one("blockquote", "verbatim").text() == text
    cards = doc.one("section", "claims").all("li", "claim")
    assert len(cards) == len(claims) == 4
    linked = {a.attrs["href"] for card in cards for a in card.all("a") if a.words() == "claim"}
    assert linked == {server.url + path_of(server, c) for c in claims}
    neighbours = doc.one("nav", "neighbours")
    assert neighbours.one("a", rel="prev").attrs["href"] == server.url + path_of(
        server, around[0]["s"]
    )
    assert neighbours.one("a", rel="next").attrs["href"] == server.url + path_of(
        server, around[1]["s"]
    )
    # Offsets are there, folded.
    offsets = doc.one("details", "offsets")
    start = sparql(server, f"SELECT ?o {{ <{statement}> hkg:startOffset ?o }}")[0]["o"]
    assert start in offsets.words() and "open" not in offsets.attrs
    # The first statement has no previous one, the last no next.
    first = page(server, "/resource/statement/ahsct-evidence-summary-01").one("nav", "neighbours")
    assert not first.all("a", rel="prev") and first.all("a", rel="next")
    last = page(server, "/resource/statement/ahsct-evidence-summary-21").one("nav", "neighbours")
    assert last.all("a", rel="prev") and not last.all("a", rel="next")


def test_statement_markers_link_to_the_documents_references(server):
    doc = page(server, "/resource/statement/ahsct-evidence-summary-11")
    markers = doc.one("blockquote", "verbatim").all("a", "marker")
    assert [m.words() for m in markers] == ["2", "3", "4", "5", "6"]
    document = page(server, "/resource/source/ahsct-evidence-summary")
    for marker in markers:
        url, fragment = urldefrag(marker.attrs["href"])
        assert url == server.url + "/resource/source/ahsct-evidence-summary"
        assert document.one(id=fragment).all("a")


# ---------------------------------------------------------------- document page


def test_document_page_is_the_annotated_text(server):
    source = R + "source/ahsct-evidence-summary"
    rows = sparql(
        server,
        f"""SELECT ?s ?text (COUNT(DISTINCT ?c) AS ?claims) {{
              ?s a hkg:SourceStatement ; dcterms:isPartOf <{source}> ; hkg:position ?p ; hkg:text ?text .
              OPTIONAL {{ ?c prov:wasDerivedFrom ?s }} }}
            GROUP BY ?s ?text ?p ORDER BY ?p""",
    )
    assert len(rows) == 21
    doc = page(server, "/resource/source/ahsct-evidence-summary")
    statements = doc.one("section", "document-text").all("div", "statement")
    assert [s.attrs["id"] for s in statements] == ["s-" + r["s"].rsplit("/", 1)[-1] for r in rows]
    for element, row in zip(statements, rows):
        assert element.one("span", "text").text() == row["text"]
        shown = element.all("ul", "sentence-claims")
        assert len(shown[0].all("li") if shown else []) == int(row["claims"])
    # Headings in document order, each part and section once.
    headings = [
        h.words() for h in doc.one("section", "document-text").all() if h.tag in ("h3", "h4")
    ]
    parts = sparql(
        server,
        f"SELECT ?l {{ ?p a hkg:DocumentPart ; dcterms:isPartOf <{source}> ; rdfs:label ?l }}",
    )
    assert {r["l"] for r in parts} <= set(headings)
    assert headings[:2] == ["From the Guidelines", "Key Points to Consider"]
    assert len(headings) == len(set(headings))
    # Each marker leads to a reference entry of this page.
    ids = {e.attrs["id"] for e in doc.all() if "id" in e.attrs}
    markers = doc.one("section", "document-text").all("a", "marker")
    assert markers and all(m.attrs["href"][1:] in ids for m in markers)
    cited = sparql(
        server,
        f"SELECT (COUNT(*) AS ?n) {{ ?s dcterms:isPartOf <{source}> ; hkg:cites ?r }}",
    )[0]["n"]
    assert len(markers) == int(cited)


# ---------------------------------------------------------------- facets

COUNT_ABOUT = """SELECT (COUNT(DISTINCT ?claim) AS ?n) WHERE {{
  VALUES ?role {{ hkg:intervention hkg:condition hkg:outcome hkg:comparator hkg:mechanism hkg:step }}
  ?target rdfs:subClassOf* <{about}> . ?claim ?role ?target ; a hkg:Claim .
  {extra}
}}"""
FACET_PROPERTY = {
    "kind": "a",
    "strength": "hkg:strength",
    "direction": "hkg:direction",
    "body": "hkg:recommendedBy",
    "intervention": "hkg:intervention",
    "disease": "hkg:condition",
}


def facet_values(doc: Element) -> dict[str, list[tuple[str, int, str]]]:
    out = {}
    for facet in doc.one("nav", "facets").all("section", "facet"):
        out[facet.attrs["data-facet"]] = [
            (a.attrs["data-value"], int(a.one("span", "count").words()), a.attrs["href"])
            for a in facet.all("a")
            if "data-value" in a.attrs
        ]
    return out


@pytest.mark.parametrize("about", ["intervention/ahsct", "disease/multiple-sclerosis"])
def test_facet_counts_equal_sparql_counts_and_links_filter(server, about):
    doc = page(server, "/resource/" + about)
    facets = facet_values(doc)
    assert {"kind", "strength", "direction"} <= set(facets)
    # An intervention page narrows by disease, a disease page by intervention.
    assert ("disease" if about.startswith("intervention") else "intervention") in facets
    for name, values in facets.items():
        for value, count, href in values:
            extra = f"?claim {FACET_PROPERTY[name]} <{value}> ."
            n = sparql(server, COUNT_ABOUT.format(about=R + about, extra=extra))[0]["n"]
            assert count == int(n), (name, value)
            filtered = Tree(requests.get(href, headers={"Accept": BROWSER}, timeout=30).text).root
            assert len(filtered.one("section", "claims").all("li", "claim")) == count
    # Two facets at once: the counts of the second facet follow the first choice.
    value, _, href = facets["strength"][0]
    both = facet_values(Tree(requests.get(href, headers={"Accept": BROWSER}, timeout=30).text).root)
    for kind, count, _ in both["kind"]:
        extra = f"?claim a <{kind}> ; hkg:strength <{value}> ."
        assert count == int(
            sparql(server, COUNT_ABOUT.format(about=R + about, extra=extra))[0]["n"]
        )


def test_facet_links_are_plain_query_parameters(server):
    doc = page(server, "/resource/intervention/ahsct")
    values = facet_values(doc)["strength"]
    assert all(re.search(r"\?strength=hkg%3A\w+#claims$", href) for _, _, href in values)
    chosen = page(server, "/resource/intervention/ahsct?strength=hkg:Possible")
    marked = chosen.one("nav", "facets").all("a", "chosen")
    assert [a.attrs["data-value"] for a in marked] == [HKG + "Possible"]
    assert (
        chosen.one("nav", "facets")
        .one("a", "clear")
        .attrs["href"]
        .endswith("/resource/intervention/ahsct#claims")
    )
    # A full IRI works as well as a CURIE.
    same = page(
        server,
        "/resource/intervention/ahsct?strength=" + requests.utils.quote(HKG + "Possible", safe=""),
    )
    assert len(same.all("li", "claim")) == len(chosen.all("li", "claim"))


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("strength=not%20an%20iri", "strength: 'not an iri' is neither an IRI nor a CURIE"),
        ("strength=hkg:Nope", "strength: no claim has hkg:Nope as its strength"),
        ("kind=hkg:Possible", "kind: no claim has hkg:Possible as its kind"),
        ("body=nope:x", "body: no claim has nope:x as its recommended by"),
        ("direction=", "direction: '' is neither an IRI nor a CURIE"),
        (
            "&".join(f"strength=hkg:S{n}" for n in range(21)),
            "strength: give at most 20 values, not 21",
        ),
        ("strength=hkg:Possible&strength=hkg:Nope", "strength: no claim has hkg:Nope"),
    ],
)
def test_bad_facet_values_are_a_clear_400(server, query, words):
    r = get(server, "/resource/intervention/ahsct?" + query)
    assert r.status_code == 400
    assert words in re.sub(r"&#3?9;|&#x27;", "'", r.text)
    api = requests.get(
        server.url + "/resource/intervention/ahsct?" + query,
        headers={"Accept": "application/json"},
        timeout=30,
    )
    assert api.status_code in (400, 406)


def test_several_values_of_a_facet_match_either(server):
    possible = page(server, "/resource/intervention/ahsct?strength=hkg:Possible")
    demonstrated = page(server, "/resource/intervention/ahsct?strength=hkg:Demonstrated")
    both = page(
        server, "/resource/intervention/ahsct?strength=hkg:Possible&strength=hkg:Demonstrated"
    )
    assert possible.all("li", "claim") and demonstrated.all("li", "claim")
    n = len(both.all("li", "claim"))
    assert n == len(possible.all("li", "claim")) + len(demonstrated.all("li", "claim")) > 0
    # Both are marked chosen; the link of each takes it away and keeps the other.
    r = get(server, "/resource/intervention/ahsct?strength=hkg:Possible&strength=hkg:Demonstrated")
    chosen = re.findall(r'<a href="([^"]+)#claims" aria-current="true" class="chosen"', r.text)
    assert len(chosen) == 2
    assert all(
        href.endswith(("?strength=hkg%3ADemonstrated", "?strength=hkg%3APossible"))
        for href in chosen
    )


def test_good_facet_value_is_the_control(server):
    assert (
        get(
            server, "/resource/intervention/ahsct?strength=hkg:Possible&kind=hkg:EfficacyClaim"
        ).status_code
        == 200
    )
    # Unknown parameters are not facets and change nothing.
    assert get(server, "/resource/intervention/ahsct?utm=1").status_code == 200


# ---------------------------------------------------------------- links, blank nodes, cross-references

SAMPLES = [
    "/resource/disease/multiple-sclerosis",
    "/resource/intervention/ahsct",
    "/resource/organisation/eular",
    "/resource/source/ahsct-evidence-summary",
    "/resource/statement/ahsct-evidence-summary-04",
    "/resource/claim/ahsct-evidence-summary-04-1",
    "/resource/claim/ahsct-evidence-summary-08-1",
    "/resource/publication/nat-rev-neurol-2025-ahsct",
    "/resource/reference/ahsct-evidence-summary-3",
    "/resource/population/selected-early-severe-dcssc-without-cardiorespiratory",
    "/resource/section/ahsct-evidence-summary-research",
    "/resource/outcome/survival",
    "/describe?iri=http%3A%2F%2Fwww.w3.org%2F1999%2F02%2F22-rdf-syntax-ns%23type",
    "/describe?iri=http%3A%2F%2Fwww.w3.org%2F2002%2F07%2Fowl%23Class",
    # The picture alone: its nodes lead to pages, its edges to the page's list of connections.
    "/evidence-map.svg?iri=https%3A%2F%2Fw3id.org%2Fhsct-kg%2Fresource%2Fintervention%2Fahsct",
]


def test_every_link_of_every_kind_of_resource_page_answers(server):
    origin = urlsplit(server.url).netloc
    pages: dict[str, Element] = {}
    targets: dict[str, set[str]] = {}
    for path in SAMPLES:
        doc = page(server, path)
        pages[server.url + path] = doc
        for element in doc.all():
            href = element.attrs.get("href") or element.attrs.get("src")
            if not href or element.tag not in ("a", "link", "script", "img"):
                continue
            url = urljoin(server.url + path, href)
            if urlsplit(url).netloc != origin:
                continue
            bare, fragment = urldefrag(url)
            targets.setdefault(bare or server.url + path, set()).add(fragment)
    assert len(targets) > 100
    broken = []
    for url, fragments in sorted(targets.items()):
        r = requests.get(url, headers={"Accept": BROWSER}, timeout=30)
        if r.status_code >= 400:
            broken.append((url, r.status_code))
            continue
        wanted = {f for f in fragments if f}
        if wanted and r.headers["Content-Type"].startswith("text/html"):
            ids = {e.attrs["id"] for e in Tree(r.text).root.all() if "id" in e.attrs}
            broken += [(f"{url}#{f}", "no such id") for f in wanted - ids]
    assert broken == []


def test_links_to_here_hold_no_blank_nodes_and_xrefs_show_confidence(server):
    ms = R + "disease/multiple-sclerosis"
    doc = page(server, "/resource/disease/multiple-sclerosis")
    incoming = doc.one("table", "incoming").words()
    assert (
        "_:" not in incoming and "annotatedSource" not in incoming and "owl:Axiom" not in incoming
    )
    axioms = sparql(
        server,
        f"""SELECT ?target ?confidence ?source {{ ?a owl:annotatedSource <{ms}> ;
              owl:annotatedTarget ?target ; hkg:mappingConfidence ?confidence ; dcterms:source ?source }}""",
    )
    assert len(axioms) >= 5
    items = doc.one("ul", "xrefs").all("li")
    for axiom in axioms:
        item = next(
            li for li in items if any(a.attrs.get("href") == axiom["target"] for a in li.all("a"))
        )
        assert item.one("span", "confidence").words() == f"{axiom['confidence']} confidence"
        assert axiom["source"] in item.one("span", "xref-source").text()
    # A class with a medium-confidence mapping shows it as such.
    nmosd = page(server, "/resource/disease/neuromyelitis-optica-spectrum-disorder")
    assert "medium confidence" in nmosd.one("ul", "xrefs").words()


def test_properties_are_shown_as_properties_with_their_use(server):
    n = sparql(server, "SELECT (COUNT(*) AS ?n) { ?s hkg:condition ?o }")[0]["n"]
    doc = page(server, "/resource/claim/ahsct-evidence-summary-04-1")
    row = next(
        tr
        for tr in doc.one("table", "props").all("tr")
        if tr.all("a") and tr.all("a")[0].attrs.get("title") == HKG + "condition"
    )
    cell = row.all("td")[0]
    assert cell.one("code", "curie").words() == "hkg:condition"
    assert cell.one("span", "uses").words() == f"used {int(n):,} times"
    # hkg: properties link to their definition on the ontology page.
    assert cell.all("a")[0].attrs["href"] == server.url + "/ontology#condition"
    # An outside vocabulary term has a page here, with its use and a link to its definition.
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    uses = sparql(server, "SELECT (COUNT(*) AS ?n) { ?s a ?o }")[0]["n"]
    described = page(server, "/describe?iri=" + requests.utils.quote(rdf_type, safe=""))
    assert f"used {int(uses):,} times" in described.one("p", "property-use").words()
    assert described.one("p", "property-use").one("a").attrs["href"] == rdf_type


def test_evidence_map_has_a_legend_for_every_style_and_full_labels(server):
    from server.evidence_map import DIRECTIONS, STRENGTHS

    # No two meanings share a look.
    assert len({c for c, _ in DIRECTIONS.values()}) == len(DIRECTIONS)
    assert len({d for d, _ in STRENGTHS.values()}) == len(STRENGTHS)
    doc = page(server, "/resource/intervention/ahsct")
    legend = doc.one("ul", "legend")
    about = R + "intervention/ahsct"
    for group, prop in (("direction", "hkg:direction"), ("strength", "hkg:strength")):
        labels = sparql(
            server,
            f"""SELECT DISTINCT ?l {{ ?t rdfs:subClassOf* <{about}> .
                  ?c hkg:intervention|hkg:condition|hkg:outcome ?t ; {prop}/rdfs:label ?l ;
                     hkg:intervention [] . FILTER EXISTS {{ ?c hkg:condition|hkg:outcome [] }} }}""",
        )
        shown = {k.one("strong").words() for k in legend.all("li", f"key-{group}")}
        assert shown == {r["l"] for r in labels}, group
    svg = doc.one("svg", "evidence-map")
    assert "…" not in svg.text()
    longest = "high-intensity immunosuppression followed by AHSCT"
    nodes = [n for n in svg.all("a", "node") if n.one("title").words() == longest]
    assert nodes and " ".join(t.words() for t in nodes[0].all("tspan")) == longest
    # Every edge is a link to its entry in the list of connections.
    ids = {li.attrs["id"] for li in doc.one("ul", "map-edges").all("li") if "id" in li.attrs}
    links = svg.all("a", "edge-link")
    assert links and {a.attrs["href"][1:] for a in links} == ids


def contrast(colour: str, background: str = "#ffffff") -> float:
    """The WCAG 2 contrast ratio of two sRGB colours."""

    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(colour), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_map_colours_keep_aa_contrast_on_the_page_and_the_node_fill():
    from server.evidence_map import DIRECTIONS

    assert round(contrast("#767676"), 2) == 4.54  # the usual AA grey, as a check of the formula
    for name, (colour, _) in DIRECTIONS.items():
        assert contrast(colour) >= 4.5, name
        assert contrast(colour, "#f4f6fa") >= 4.5, name


NEGATED = Path(__file__).parent / "data" / "pages" / "negated.ttl"


@pytest.mark.parametrize(
    ("claim", "flag", "said"),
    [
        ("negated", "negated", "not improves"),
        ("against", "a recommendation against", "not recommended for"),
    ],
)
def test_negated_and_against_claims_never_read_as_plain(claim, flag, said):
    with kg_serve("--data", str(NEGATED)) as running:
        doc = page(running, "/resource/claim/" + claim)
    main = doc.one("section", "claim-main")
    assert said in main.one("p", "gist").words()
    assert flag in [f.words() for f in main.all("span", "flag")]
    none = doc.one("section", "shortcut").one("p", "none").words()
    assert none.startswith("None.") and "a shortcut can only say that something holds, for" in none


def claim_links(doc: Element) -> list[str]:
    return [
        a.attrs["href"]
        for card in doc.one("section", "claims").all("li", "claim")
        for a in card.all("a")
        if a.words() == "claim"
    ]


def test_claim_cards_come_in_pages_that_keep_the_facets(server):
    everything = claim_links(page(server, "/resource/intervention/ahsct"))
    total = int(
        sparql(server, COUNT_ABOUT.format(about=R + "intervention/ahsct", extra=""))[0]["n"]
    )
    assert len(everything) == total > 10
    seen, path = [], "/resource/intervention/ahsct?size=5"
    while path:
        doc = page(server, path)
        links = claim_links(doc)
        assert 0 < len(links) <= 5
        seen += links
        following = doc.one("section", "claims").all("a", rel="next")
        path = urldefrag(following[0].attrs["href"])[0][len(server.url) :] if following else None
    assert seen == everything
    # The facets are kept from page to page.
    doc = page(server, "/resource/intervention/ahsct?strength=hkg:Possible&size=2")
    following = doc.one("nav", "paging").one("a", rel="next").attrs["href"]
    assert "strength=hkg%3APossible" in following and "page=2" in following
    assert get(server, "/resource/intervention/ahsct?size=5&page=99").status_code == 404
    for bad in ("size=0", "size=201", "page=0", "page=x", "page=%C2%B2", "page=1&page=2"):
        r = get(server, "/resource/intervention/ahsct?" + bad)
        assert r.status_code == 400, bad
        assert "is not a whole number" in r.text
    assert get(server, "/resource/intervention/ahsct?size=200&page=1").status_code == 200


def test_property_uses_and_labels_follow_an_update():
    """The use counts a page gives its properties are counted at start-up and moved by each
    update: a property an update uses twice more is counted so on the next page, and back after
    the update is undone; a label an update changes is the link's text at once. Control: a
    property the update does not use keeps its count, equal to SPARQL's."""
    token = "pages-test-token"
    comment = "http://www.w3.org/2000/01/rdf-schema#comment"

    def update(running, text: str) -> None:
        r = requests.post(
            running.url + "/sparql",
            data={
                "update": PREFIXES + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + text
            },
            headers={"Authorization": f"Bearer {token}"},
            timeout=120,
        )
        assert r.status_code == 204, r.text

    def uses(running, path: str, prop: str) -> str | None:
        doc = page(running, path)
        for tr in doc.one("table", "props").all("tr"):
            links = tr.all("a")
            if links and links[0].attrs.get("title") == prop:
                found = tr.all("td")[0].all("span", "uses")
                return found[0].words() if found else None
        return None

    def counted(running, prop: str) -> str:
        n = sparql(running, f"SELECT (COUNT(*) AS ?n) {{ ?s <{prop}> ?o }}")[0]["n"]
        return f"used {int(n):,} times"

    with kg_serve("--enable-update", "--update-token", token) as running:
        claim = "/resource/claim/ahsct-evidence-summary-04-1"
        iri = R + "claim/ahsct-evidence-summary-04-1"
        condition = uses(running, claim, HKG + "condition")
        assert condition == counted(running, HKG + "condition")
        before = counted(running, comment)
        (disease,) = sparql(running, f"SELECT ?d {{ <{iri}> hkg:condition ?d }} LIMIT 1")
        (label,) = sparql(running, f"SELECT ?l {{ <{disease['d']}> <{RDFS_LABEL}> ?l }}")

        update(
            running,
            f"INSERT DATA {{ <{iri}> rdfs:comment 'first note', 'second note' . "
            f"<{disease['d']}> rdfs:label 'a renamed disease' }}"
            f" ; DELETE DATA {{ <{disease['d']}> rdfs:label {_literal(label['l'])} }}",
        )
        after = counted(running, comment)
        assert after != before
        assert uses(running, claim, comment) == after
        described = page(running, "/describe?iri=" + requests.utils.quote(comment, safe=""))
        assert after in described.one("p", "property-use").words()
        # The claim's link to its disease reads with the new label.
        linked = [
            a.words() for a in page(running, claim).all("a", href=path_url(running, disease["d"]))
        ]
        assert "a renamed disease" in linked and label["l"] not in linked
        # Control: a property the update did not use keeps its count.
        assert uses(running, claim, HKG + "condition") == condition

        update(
            running,
            f"DELETE DATA {{ <{iri}> rdfs:comment 'first note', 'second note' . "
            f"<{disease['d']}> rdfs:label 'a renamed disease' }}"
            f" ; INSERT DATA {{ <{disease['d']}> rdfs:label {_literal(label['l'])} }}",
        )
        assert counted(running, comment) == before
        described = page(running, "/describe?iri=" + requests.utils.quote(comment, safe=""))
        found = described.all("p", "property-use")
        words = found[0].words() if found else ""
        assert (before in words) if before != "used 0 times" else ("used" not in words)
        assert uses(running, claim, HKG + "condition") == condition


RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def path_url(server, iri: str) -> str:
    return server.url + path_of(server, iri)


def test_raw_table_rows_written_in_python_match_the_macros():
    """pages.term_html and pages.prop_html give the HTML of the ``term`` and ``prop`` macros
    character for character (IRIs with and without labels, under the base or not, literals
    with a language tag, blank nodes, text to escape, used and unused properties)."""
    import pyoxigraph as ox

    from server import create_app, pages
    from server.resource import Term

    app = create_app({"workers": 0, "shapes": ()}, store=ox.Store())
    terms = [
        Term(ox.NamedNode(R + "disease/ms"), 'M"S & <co>'),
        Term(ox.NamedNode(R + "disease/ms")),
        Term(ox.NamedNode("http://purl.obolibrary.org/obo/MONDO_0005301")),
        Term(ox.NamedNode("http://example.org/x?a=1&b='2'")),
        Term(ox.Literal("<b>bold</b> & 'more'", language="en")),
        Term(ox.Literal("plain")),
        Term(ox.BlankNode("b0")),
    ]
    props = [
        Term(ox.NamedNode(HKG + "condition"), "condition"),
        Term(ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")),
        Term(ox.NamedNode("http://example.org/p?q='a'&r"), "a <label>"),
    ]
    usage = {HKG + "condition": 1234567, "http://www.w3.org/2000/01/rdf-schema#label": 0}
    with app.test_request_context("/"):
        macros = app.jinja_env.get_template("macros.html").make_module()
        for t in terms:
            assert str(pages.term_html(t)) == str(macros.term(t)), t
        for p in props:
            for given in (usage, {}, None):
                assert str(pages.prop_html(p, given)) == str(macros.prop(p, given)), (p, given)
