"""A resource with thousands of links to it and a hundred values of one property, over real
HTTP (``kg serve --data``): its page lists each property with its exact count and its first 50
values, and the pages of a property, followed link by link, hold every value once, in order,
the last page ending with the last one; bad parameters are clear errors, each with a control.
The counts are asked of the same server's SPARQL endpoint."""

from __future__ import annotations

import html
import re
from urllib.parse import quote

import pytest
import requests
from kg_testing import kg_serve

BASE = "https://w3id.org/hsct-kg/"
HUB = BASE + "resource/publication/hub"
HKG = BASE + "ontology#"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
LINKS = 2345  # statements citing the hub: 47 pages of 50, the last of 45
NAMES = 120  # alternative names of the hub: 3 pages, the last of 20
SECTIONS = 7  # things part of the hub: all on its page
ROOT = BASE + "resource/disease/root"
KINDS = 60  # subclasses of the root
WIDE = BASE + "resource/organisation/wide"
PROPERTIES = 105  # properties of one thing: past the 100 a page reads values of
OUTSIDE = "http://example.org/thing"
UNSORTED = 10_020  # links through dcterms:references: past the 10,000 sorted, 201 pages


def hub_graph() -> str:
    lines = [
        "@prefix hkg: <https://w3id.org/hsct-kg/ontology#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix dcterms: <http://purl.org/dc/terms/> .",
        f'<{HUB}> a hkg:Publication ; rdfs:label "The hub" .',
        # A blank node pointing at the hub is scaffolding: neither listed nor counted.
        f"[] hkg:cites <{HUB}> .",
    ]
    lines += [f'<{HUB}> skos:altLabel "hub name {k:03d}" .' for k in range(NAMES)]
    # Written out of order: the pages are in IRI order whatever the order of the data.
    for k in sorted(range(LINKS), key=lambda k: (k * 7919) % LINKS):
        lines.append(
            f"<{BASE}resource/statement/cite-{k:04d}> hkg:cites <{HUB}> ; "
            f'rdfs:label "citing statement {k}" .'
        )
    lines += [f"<{BASE}resource/section/part-{k}> dcterms:isPartOf <{HUB}> ." for k in range(7)]
    # A class of 60 kinds, and a thing of more properties than a page reads values of.
    lines.append(f'<{ROOT}> a <http://www.w3.org/2002/07/owl#Class> ; rdfs:label "Root" .')
    lines += [
        f'<{BASE}resource/disease/kind-{k:02d}> rdfs:subClassOf <{ROOT}> ; rdfs:label "kind {k:02d}" .'
        for k in range(KINDS)
    ]
    lines += [f'<{WIDE}> <http://example.org/p{k:03d}> "value {k}" .' for k in range(PROPERTIES)]
    # A thing outside the base, whose page is /describe?iri=.
    lines += [
        f"<{BASE}resource/statement/cite-{k:04d}> <http://example.org/about> <{OUTSIDE}> ."
        for k in range(55)
    ]
    # More links through one property than are sorted for its pages.
    lines += [
        f"<{BASE}resource/publication/ref-{k:05d}> dcterms:references <{HUB}> ."
        for k in range(UNSORTED)
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("hub") / "hub.ttl"
    path.write_text(hub_graph(), encoding="utf-8")
    with kg_serve("--data", str(path)) as running:
        yield running


def get(server, path: str) -> requests.Response:
    return requests.get(server.url + path, headers={"Accept": BROWSER}, timeout=60)


def count(server, pattern: str) -> int:
    r = requests.post(
        server.url + "/sparql",
        data={"query": f"SELECT (COUNT(*) AS ?n) {{ {pattern} }}"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=60,
    )
    assert r.status_code == 200, r.text
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def group(text: str, prop: str) -> str:
    """The ``tbody`` of the property ``prop`` in a page's raw tables."""
    found = re.search(
        rf'<tbody class="property" data-property="{re.escape(prop)}" data-count="(\d+)">(.*?)</tbody>',
        text,
        re.DOTALL,
    )
    assert found, f"no rows of {prop}"
    return found.group(0)


def listed(tbody: str) -> list[str]:
    """The values or subjects a property's rows list (IRIs by their title, literals as text):
    the cell that is not the property's."""
    out = []
    for row in re.findall(r"<tr>(.*?)</tr>", tbody, re.DOTALL):
        cells = re.findall(r"<td>(.*?)</td>", row, re.DOTALL)
        prop = re.search(r'data-property="([^"]+)"', tbody).group(1)
        cell = cells[1] if f'title="{prop}"' in cells[0] else cells[0]
        iri = re.search(r'title="([^"]+)"', cell)
        literal = re.search(r'<span class="literal">([^<]*)</span>', cell)
        out.append(iri.group(1) if iri else html.unescape(literal.group(1)))
    return out


def test_the_page_lists_each_property_with_its_exact_count_and_first_50(server):
    r = get(server, "/resource/publication/hub")
    assert r.status_code == 200
    text = r.text
    links = count(server, f"?s hkg:cites <{HUB}> FILTER(!isBlank(?s))")
    names = count(server, f"<{HUB}> <{SKOS_ALT}> ?o")
    assert (links, names) == (LINKS, NAMES)
    cites = group(text, HKG + "cites")
    assert f'data-count="{LINKS}"' in cites and "2,345 links" in cites
    statements = [f"{BASE}resource/statement/cite-{k:04d}" for k in range(LINKS)]
    assert listed(cites) == statements[:50]
    more = re.search(r'<tr class="more"><td colspan="2"><a href="([^"]+)">([^<]+)</a>', cites)
    assert (
        more.group(1)
        == server.url + "/resource/publication/hub?p=hkg%3Acites&amp;dir=in&amp;page=2"
    )
    assert more.group(2) == "links 51–100 of 2,345 →"
    alt = group(text, SKOS_ALT)
    assert f'data-count="{NAMES}"' in alt and "120 values" in alt
    assert listed(alt) == [f"hub name {k:03d}" for k in range(50)]
    # A property with no more than 50 has them all and no link on.
    parts = group(text, "http://purl.org/dc/terms/isPartOf")
    assert len(listed(parts)) == SECTIONS and 'class="more"' not in parts
    # The whole page stays bounded: 50 rows a property, whatever the number of links.
    assert text.count("<tr>") <= 50 * 6
    summary = re.search(
        r"<summary>All properties \(([\d,]+)\) and links to here \(([\d,]+)\)", text
    )
    own = count(server, f"<{HUB}> ?p ?o")
    to_here = count(server, f"?s ?p <{HUB}> FILTER(!isBlank(?s))")
    assert summary.groups() == (f"{own:,}", f"{to_here:,}")
    assert to_here == LINKS + SECTIONS + UNSORTED


def test_following_next_reads_every_link_once_in_order_and_ends_right(server):
    path = "/resource/publication/hub?p=hkg%3Acites&dir=in"
    seen: list[str] = []
    pages = 0
    while path:
        r = get(server, path)
        assert r.status_code == 200, (path, r.text[:300])
        pages += 1
        text = r.text
        rows = listed(group(text, HKG + "cites"))
        seen += rows
        assert f"page {pages} of 47" in text
        found = re.search(r'<a rel="next" href="([^"]+)"', text)
        # The Link header says the same as the page.
        header = requests.utils.parse_header_links(r.headers["Link"])
        rels = {link["rel"]: link["url"] for link in header}
        if found:
            assert len(rows) == 50
            assert rels["next"] == html.unescape(found.group(1))
            path = html.unescape(found.group(1))[len(server.url) :]
        else:
            assert "next" not in rels and rels["last"].endswith("page=47")
            assert len(rows) == LINKS - 46 * 50
            path = None
    assert pages == 47
    assert seen == [f"{BASE}resource/statement/cite-{k:04d}" for k in range(LINKS)]
    # The last page's previous is the one before it; page 1 is the address with no page.
    last = get(server, "/resource/publication/hub?p=hkg:cites&dir=in&page=47").text
    assert (
        'rel="prev" href="'
        + server.url
        + "/resource/publication/hub?p=hkg%3Acites&amp;dir=in&amp;page=46"
        in last
    )
    second = get(server, "/resource/publication/hub?p=hkg:cites&dir=in&page=2").text
    assert (
        'rel="prev" href="' + server.url + '/resource/publication/hub?p=hkg%3Acites&amp;dir=in"'
        in second
    )


def test_a_propertys_own_values_page_the_same_way(server):
    full = quote(SKOS_ALT, safe="")
    names = []
    for page in (1, 2, 3):
        r = get(server, f"/resource/publication/hub?p={full}&page={page}")
        assert r.status_code == 200
        names += listed(group(r.text, SKOS_ALT))
    assert names == [f"hub name {k:03d}" for k in range(NAMES)]
    assert "Values 101–120 of 120, page 3 of 3" in r.text
    # The CURIE names the same property.
    curie = get(server, "/resource/publication/hub?p=skos:altLabel&page=3")
    assert listed(group(curie.text, SKOS_ALT)) == names[100:]


@pytest.mark.parametrize(
    ("query", "status", "words"),
    [
        (
            "p=hkg:cites&dir=in&page=48",
            404,
            "page 48 is past the end: these 2,345 links fill 47 pages",
        ),
        ("p=hkg:cites&dir=in&page=0", 400, "page '0' is not a whole number from 1"),
        ("p=hkg:cites&dir=sideways", 400, "dir: 'sideways' is neither out"),
        ("p=not%20an%20iri", 400, "p: 'not an iri' is not an absolute IRI"),
        ("p=hkg:cites", 404, "has no values of https://w3id.org/hsct-kg/ontology#cites"),
        ("p=hkg:cites&dir=in&size=10", 400, "'size' is not a parameter of a property's pages"),
    ],
)
def test_bad_property_pages_are_clear_errors(server, query, status, words):
    r = get(server, "/resource/publication/hub?" + query)
    assert r.status_code == status and words in html.unescape(r.text)


@pytest.mark.parametrize(
    "query", ["p=hkg:cites&dir=in&page=47", "p=hkg:cites&dir=in", "p=skos:altLabel&page=3"]
)
def test_controls_good_property_pages_answer(server, query):
    assert get(server, "/resource/publication/hub?" + query).status_code == 200


def test_the_rdf_of_the_resource_stays_whole(server):
    # The data of a resource is its own triples, never paged: all 122 of them, whatever the page
    # lists; links to it are not its data (the endpoint has them).
    r = requests.get(
        server.url + "/resource/publication/hub",
        headers={"Accept": "application/n-triples"},
        timeout=60,
    )
    assert r.status_code == 200
    lines = [line for line in r.text.splitlines() if line.strip()]
    assert len(lines) == count(server, f"<{HUB}> ?p ?o") == NAMES + 2


def test_a_class_of_many_kinds_names_50_and_links_to_the_rest(server):
    text = html.unescape(get(server, "/resource/disease/root").text)
    kinds = re.search(r"<p>Kinds: (.*?)</p>", text, re.DOTALL).group(1)
    assert re.findall(r">(kind \d\d)</a>", kinds) == [f"kind {k:02d}" for k in range(50)]
    more = re.search(r'and <a href="([^"]+)">([^<]+)</a>', kinds)
    assert more.group(2) == "10 more"
    rest = html.unescape(get(server, more.group(1)[len(server.url) :]).text)
    assert re.findall(r">(kind \d\d)</a>", rest) == [f"kind {k:02d}" for k in range(50, 60)]


def test_a_thing_of_many_properties_reads_values_of_the_first_100_only(server):
    text = get(server, "/resource/organisation/wide").text
    groups = re.findall(
        r'<tbody class="property" data-property="([^"]+)" data-count="1">(.*?)</tbody>',
        text,
        re.DOTALL,
    )
    assert [p for p, _ in groups] == [f"http://example.org/p{k:03d}" for k in range(PROPERTIES)]
    assert all(f">value {k}<" in rows for k, (_, rows) in enumerate(groups[:100]))
    # Past 100 properties: each with its count and a link to its value, not the value.
    for k, (prop, rows) in enumerate(groups[100:], start=100):
        assert f"value {k}<" not in rows and ">value 1 of 1 →<" in rows
        href = html.unescape(
            re.search(r'<tr class="more"><td colspan="2"><a href="([^"]+)">', rows).group(1)
        )
        assert href == server.url + "/resource/organisation/wide?p=" + quote(prop, safe="")
        shown = get(server, href[len(server.url) :]).text
        assert f'<span class="literal">value {k}</span>' in shown


def test_more_links_than_are_sorted_are_paged_in_the_stores_order_each_once(server):
    prop = "http://purl.org/dc/terms/references"
    first = get(server, "/resource/publication/hub").text
    assert f'data-count="{UNSORTED}"' in group(first, prop)
    seen: list[str] = []
    for page in range(1, 202):
        r = get(server, f"/resource/publication/hub?p=dcterms:references&dir=in&page={page}")
        assert r.status_code == 200
        rows = listed(group(r.text, prop))
        assert len(rows) == (50 if page < 201 else UNSORTED - 200 * 50)
        seen += rows
    assert "in the store\u2019s order" in html.unescape(r.text).replace("'", "\u2019")
    assert sorted(seen) == [f"{BASE}resource/publication/ref-{k:05d}" for k in range(UNSORTED)]
    # The first page of the property is the page's first 50; asked again, the same.
    assert listed(group(first, prop)) == seen[:50]
    again = get(server, "/resource/publication/hub?p=dcterms:references&dir=in&page=7").text
    assert listed(group(again, prop)) == seen[300:350]
    # Control: the 2,345 citing statements are sorted.
    assert "in SPARQL\u2019s order" in html.unescape(
        get(server, "/resource/publication/hub?p=hkg:cites&dir=in").text
    ).replace("'", "\u2019")


def test_a_thing_outside_the_base_pages_its_links_under_describe(server):
    text = get(server, "/describe?iri=" + quote(OUTSIDE, safe="")).text
    about = group(text, "http://example.org/about")
    assert len(listed(about)) == 50 and "55 links" in about
    href = html.unescape(
        re.search(r'<tr class="more"><td colspan="2"><a href="([^"]+)">', about).group(1)
    )
    assert href == (
        server.url + "/describe?iri=http%3A%2F%2Fexample.org%2Fthing"
        "&p=http%3A%2F%2Fexample.org%2Fabout&dir=in&page=2"
    )
    rest = get(server, href[len(server.url) :])
    assert rest.status_code == 200
    assert listed(group(rest.text, "http://example.org/about")) == [
        f"{BASE}resource/statement/cite-{k:04d}" for k in range(50, 55)
    ]
