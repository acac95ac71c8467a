"""Search and browse pages over real HTTP against ``kg serve`` on the built-in graph: ranking
(abbreviations first, word starts, several words, typos, the 404 page's guess), kinds, facet
counts checked against SPARQL of our own over /sparql, filters, paging, the JSON and CSV forms
of a list, and bad input (each with a control that passes)."""

from __future__ import annotations

import csv
import html
import io
import re
from urllib.parse import urljoin

import pytest
import requests
from kg_testing import kg_serve

BASE = "https://w3id.org/hsct-kg/"
HKG = BASE + "ontology#"
AHSCT = BASE + "resource/intervention/ahsct"
MS = BASE + "resource/disease/multiple-sclerosis"
SSC = BASE + "resource/disease/systemic-sclerosis"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
PREFIXES = (
    "PREFIX hkg: <https://w3id.org/hsct-kg/ontology#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "PREFIX prov: <http://www.w3.org/ns/prov#>\n"
    "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
)


@pytest.fixture(scope="module")
def server():
    with kg_serve() as running:
        yield running


def get(server, path, accept=BROWSER, **kw):
    return requests.get(server.url + path, headers={"Accept": accept}, timeout=60, **kw)


def suggest(server, q, **params) -> list[dict]:
    r = get(server, "/search.json", accept="application/json", params={"q": q, **params})
    assert r.status_code == 200, r.text
    return r.json()["results"]


def hits(server, q, **params) -> list[tuple[str, str, str]]:
    """(href, label, kind) of each hit of the search page, in order."""
    r = get(server, "/search", params={"q": q, **params})
    assert r.status_code == 200, r.text
    found = re.findall(
        r'<li class="hit">\s*<a href="([^"]+)"[^>]*>(.*?)</a>\s*<span class="type kind">(.*?)</span>',
        r.text,
    )
    return [(href, html.unescape(label), kind) for href, label, kind in found]


def sparql(server, query: str) -> list[dict]:
    r = requests.post(
        server.url + "/sparql",
        data={"query": PREFIXES + query},
        headers={"Accept": "application/sparql-results+json"},
        timeout=60,
    )
    assert r.status_code == 200, r.text
    return [{k: v["value"] for k, v in b.items()} for b in r.json()["results"]["bindings"]]


def listing(server, path, **params) -> dict:
    r = get(server, path, accept="application/json", params=params)
    assert r.status_code == 200, r.text
    return r.json()


# ---------------------------------------------------------------- ranking


def test_an_abbreviation_puts_its_page_first(server):
    assert suggest(server, "AHSCT")[0]["iri"] == AHSCT
    assert suggest(server, "ahsct")[0]["tier"] == "exact"
    href, _, kind = hits(server, "AHSCT")[0]
    assert href == server.url + "/resource/intervention/ahsct" and kind == "intervention"
    # Control: another exact name comes first in its turn, so the first place is earned.
    assert suggest(server, "cyclophosphamide")[0]["iri"].endswith("/intervention/cyclophosphamide")


def test_short_words_match_at_word_starts_only(server):
    found = suggest(server, "ms", limit=50)
    assert found[0]["iri"] == MS
    labels = [label for _, label, _ in hits(server, "ms")]
    assert "hsct-kg external terms" not in labels
    # Control: the ontology with "terms" in its name is there to be found by a word it has.
    assert "hsct-kg external terms" in [hit[1] for hit in hits(server, "terms")]


def test_several_words_find_what_has_them_all(server):
    found = hits(server, "stem cell lupus")
    hrefs = [href for href, _, _ in found]
    statement = server.url + "/resource/statement/ahsct-evidence-summary-11"
    assert statement in hrefs
    assert server.url + "/resource/claim/ahsct-evidence-summary-11-3" in hrefs[:3]
    # Control: a word nothing has leaves no claim or statement standing.
    kinds = {kind for _, _, kind in hits(server, "stem cell zebra")}
    assert not kinds & {"claim", "statement"}


def test_a_typo_still_finds_the_disease(server):
    first_two = {hit["iri"] for hit in suggest(server, "sclerossis")[:2]}
    assert first_two == {MS, SSC}
    assert suggest(server, "multple sclerosis")[0]["iri"] == MS
    # Control: too far from every word finds nothing.
    assert suggest(server, "sclxxxsis") == []


def test_the_404_pages_guess_finds_the_page(server):
    r = get(server, "/resource/disease/multiple-sclerossis")
    assert r.status_code == 404
    guess = html.unescape(re.search(r'name="q" value="([^"]*)"', r.text).group(1))
    assert guess == "multiple sclerossis"
    assert hits(server, guess)[0][0] == server.url + "/resource/disease/multiple-sclerosis"
    # And for a misspelt intervention.
    r = get(server, "/resource/intervention/cyclophosphamid")
    guess = html.unescape(re.search(r'name="q" value="([^"]*)"', r.text).group(1))
    assert hits(server, guess)[0][0].endswith("/resource/intervention/cyclophosphamide")


def test_hits_are_shown_by_kind_and_can_be_grouped(server):
    kinds = {kind for _, _, kind in hits(server, "sclerosis")}
    assert {"disease", "claim", "statement", "organisation"} <= kinds
    assert not any("owl:" in kind for kind in kinds)
    assert ("ontology term") in {kind for _, _, kind in hits(server, "efficacy claim")}
    only = hits(server, "sclerosis", kind="disease")
    assert only and {kind for _, _, kind in only} == {"disease"}
    page = get(server, "/search", params={"q": "sclerosis", "group": "kind"}).text
    headings = re.findall(r'<section class="hit-group">\s*<h2>([^<]+?) <span', page)
    assert headings[:2] == ["disease", "organisation"]
    assert "claim" in headings and "statement" in headings


def test_a_hit_links_to_its_claims(server):
    page = get(server, "/search", params={"q": "AHSCT"}).text
    first = re.search(r'<li class="hit">.*?</li>', page, re.DOTALL).group(0)
    link = html.unescape(re.search(r'<a class="claims-link" href="([^"]+)"', first).group(1))
    data = listing(server, link.replace("/browse/claims?", "/browse/claims.json?"))
    (expected,) = sparql(
        server,
        f"SELECT (COUNT(DISTINCT ?c) AS ?n) {{ ?c a hkg:Claim ; hkg:intervention <{AHSCT}> }}",
    )
    assert data["filters"] == {"intervention": [AHSCT]}
    assert data["total"] == int(expected["n"]) > 0
    # Control: a claim hit has no such link (claims are not what claims point at).
    claim = re.search(r'<li class="hit">\s*<a href="[^"]+/resource/claim/.*?</li>', page, re.DOTALL)
    assert claim and "claims-link" not in claim.group(0)


def test_typeahead_answers_from_the_label_index(server):
    found = suggest(server, "ebm", limit=3)
    assert len(found) <= 3
    assert found[0]["iri"] == BASE + "resource/organisation/ebmt"
    assert found[0]["href"] == server.url + "/resource/organisation/ebmt"
    # Claims are not in the index: the typeahead offers things, the search page finds claims.
    assert all(hit["kind"] != "claim" for hit in suggest(server, "ahsct", limit=50))


# ---------------------------------------------------------------- browse


def test_home_tiles_and_kind_rows_link_to_the_lists(server):
    page = get(server, "/").text
    for name in ("claims", "diseases", "interventions", "outcomes", "documents"):
        assert f'href="/browse/{name}"' in page, name
    efficacy = "/browse/claims?kind=https%3A%2F%2Fw3id.org%2Fhsct-kg%2Fontology%23EfficacyClaim"
    row = re.search(r"<tr><td><a href=\"([^\"]+)\">efficacy claim</a>", page)
    assert row and requests.utils.unquote(html.unescape(row.group(1))) == requests.utils.unquote(
        efficacy
    )
    assert listing(server, "/browse/claims.json", kind=HKG + "EfficacyClaim")["total"] == 17
    index = get(server, "/browse").text
    for name in ("claims", "diseases", "interventions", "outcomes", "organisations", "documents"):
        assert f'href="/browse/{name}"' in index, name


CLAIM_FACET_PATTERNS = {
    "kind": "?c a ?v . ?v rdfs:subClassOf+ hkg:Claim .",
    "strength": "?c hkg:strength ?v .",
    "direction": "?c hkg:direction ?v .",
    "body": "?c hkg:recommendedBy ?v .",
    "disease": "?c hkg:condition ?v .",
    "intervention": "?c hkg:intervention ?v .",
    "outcome": "?c hkg:outcome ?v .",
    "document": "?c prov:wasDerivedFrom/dcterms:isPartOf ?v .",
}


@pytest.mark.parametrize("where", ["", "?c a hkg:EfficacyClaim ."])
def test_claim_facet_counts_equal_sparql_counts(server, where):
    params = {"kind": HKG + "EfficacyClaim"} if where else {}
    data = listing(server, "/browse/claims.json", **params)
    (total,) = sparql(server, f"SELECT (COUNT(DISTINCT ?c) AS ?n) {{ ?c a hkg:Claim . {where} }}")
    assert data["total"] == int(total["n"]) == (17 if where else 48)
    for facet, pattern in CLAIM_FACET_PATTERNS.items():
        # A facet's counts are taken under the other facets' filters: the kind facet's, here,
        # under none, so the other kinds stay there to be added.
        under = "" if facet == "kind" else where
        expected = {
            row["v"]: int(row["n"])
            for row in sparql(
                server,
                f"SELECT ?v (COUNT(DISTINCT ?c) AS ?n) {{ ?c a hkg:Claim . {under} {pattern} }} "
                "GROUP BY ?v",
            )
        }
        shown = {value["value"]: value["count"] for value in data["facets"][facet]}
        assert shown == expected, facet
    assert data["facets"]["strength"] and data["facets"]["body"] or where


def test_entity_lists_count_what_sparql_counts(server):
    data = listing(server, "/browse/diseases.json")
    rows = sparql(
        server,
        "SELECT ?d (COUNT(DISTINCT ?c) AS ?n) { ?d a <http://www.w3.org/2002/07/owl#Class> "
        'FILTER(STRSTARTS(STR(?d), "https://w3id.org/hsct-kg/resource/disease/")) '
        "OPTIONAL { ?c hkg:condition ?d } } GROUP BY ?d",
    )
    assert data["total"] == len(rows) == 11
    assert {r["iri"]: r["claims"] for r in data["rows"]} == {r["d"]: int(r["n"]) for r in rows}
    # A parent facet narrows to the subclasses.
    under = listing(server, "/browse/diseases.json", parent=MS)
    assert [r["iri"] for r in under["rows"]] == [
        BASE + "resource/disease/relapsing-remitting-multiple-sclerosis"
    ]
    orgs = listing(server, "/browse/organisations.json")
    assert {r["label"] for r in orgs["rows"]} >= {"EULAR", "EBMT Autoimmune Diseases Working Party"}
    docs = listing(server, "/browse/documents.json")
    # Claims per document, as the link of the count (the claims list of that document) shows.
    assert docs["rows"][0]["claims"] == 48


def test_a_facet_link_adds_a_filter_and_its_chip_removes_it(server):
    page = get(server, "/browse/claims").text
    strength = re.search(
        r'<details class="facet" id="facet-strength".*?</details>', page, re.DOTALL
    )
    link, label, count = re.search(
        r'<a href="([^"]+)" title="[^"]+">([^<]+)</a>\s*<span class="count">(\d+)</span>',
        strength.group(0),
    ).groups()
    filtered = get(server, html.unescape(link))
    assert filtered.status_code == 200
    assert f"1–{count} of {count}" in filtered.text
    chip = re.search(r'<ul class="active-filters".*?</ul>', filtered.text, re.DOTALL).group(0)
    assert label in chip
    remove = html.unescape(re.search(r'<a class="remove" href="([^"]+)"', chip).group(1))
    assert remove == "/browse/claims"
    # Every row has the value filtered on.
    value = re.search(r"strength=([^&]+)", html.unescape(link)).group(1)
    data = listing(server, "/browse/claims.json", strength=requests.utils.unquote(value))
    assert data["total"] == int(count) == len(data["rows"])
    assert all(
        requests.utils.unquote(value) in [s["iri"] for s in r["strength"]] for r in data["rows"]
    )
    # Two filters together: claims of AHSCT for multiple sclerosis.
    both = listing(server, "/browse/claims.json", intervention=AHSCT, disease=MS)
    (expected,) = sparql(
        server,
        "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a hkg:Claim ; hkg:intervention "
        f"<{AHSCT}> ; hkg:condition <{MS}> }}",
    )
    assert both["total"] == int(expected["n"]) > 0


def test_several_values_of_a_facet_match_either(server):
    kinds = [HKG + "SafetyClaim", HKG + "EfficacyClaim"]
    data = listing(server, "/browse/claims.json", kind=kinds, size=500)
    (either,) = sparql(
        server,
        "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a ?k VALUES ?k { hkg:SafetyClaim "
        "hkg:EfficacyClaim } }",
    )
    alone = listing(server, "/browse/claims.json", kind=kinds[1])["total"]
    assert data["total"] == int(either["n"]) == len(data["rows"]) > alone
    assert data["filters"] == {"kind": kinds}
    # The kind facet still offers the kinds not chosen (counted without the kind filter).
    assert len(data["facets"]["kind"]) > 2
    page = get(server, "/browse/claims", params={"kind": kinds}).text
    facet = re.search(r'<details class="facet" id="facet-kind".*?</details>', page, re.DOTALL)
    assert facet.group(0).count('<li class="chosen">') == 2
    chips = re.findall(r'<a class="remove" href="([^"]+)"', page)
    assert len(chips) == 2
    # Removing one value keeps the other.
    rest = listing(server, html.unescape(chips[0]).replace("claims?", "claims.json?"))
    assert rest["filters"] == {"kind": kinds[1:]} and rest["total"] == alone
    # With another facet: either kind, and that disease.
    both = listing(server, "/browse/claims.json", kind=kinds, disease=MS)
    (expected,) = sparql(
        server,
        f"SELECT (COUNT(DISTINCT ?c) AS ?n) {{ ?c hkg:condition <{MS}> ; a ?k VALUES ?k "
        "{ hkg:SafetyClaim hkg:EfficacyClaim } }",
    )
    assert both["total"] == int(expected["n"]) > 0


def test_paging_is_stable_and_complete(server):
    everything = [r["claim"] for r in listing(server, "/browse/claims.json", size=500)["rows"]]
    assert len(everything) == 48 == len(set(everything))
    pages, url = [], "/browse/claims.json?size=10"
    while url:
        data = listing(server, url)
        pages.append(data)
        url = data["next"]
    assert [d["page"] for d in pages] == [1, 2, 3, 4, 5] and pages[0]["pages"] == 5
    assert [r["claim"] for d in pages for r in d["rows"]] == everything
    assert pages[2]["previous"] == "/browse/claims.json?size=10&page=2"
    assert pages[1]["previous"] == "/browse/claims.json?size=10"
    html_page = get(server, "/browse/claims", params={"size": 10, "page": 2}).text
    assert "11–20 of 48" in html_page
    assert 'rel="next" href="/browse/claims?size=10&amp;page=3"' in html_page


def test_json_and_csv_hold_the_rows_of_the_html_list(server):
    params = {"intervention": AHSCT, "size": 5, "page": 2}
    page = get(server, "/browse/claims", params=params).text
    shown = re.findall(r'<tr><td><a href="([^"]+)" title="([^"]+)"', page)
    iris = [iri for _, iri in shown]
    assert len(iris) == 5
    data = listing(server, "/browse/claims.json", **params)
    assert [r["claim"] for r in data["rows"]] == iris
    assert data["filters"] == {"intervention": [AHSCT]}
    r = get(server, "/browse/claims.csv", accept="*/*", params=params)
    assert r.headers["Content-Type"] == "text/csv; charset=utf-8"
    table = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["claim"] for row in table] == iris
    assert all(AHSCT in row["intervention"].split() for row in table)
    # The page names its other forms, with the same filters.
    json_link = html.unescape(re.search(r'<a href="([^"]+)">JSON</a>', page).group(1))
    assert listing(server, json_link)["rows"] == data["rows"]
    entities = get(server, "/browse/interventions").text
    rows = re.findall(r'<tr><td><a href="[^"]+" title="([^"]+)"', entities)
    csv_rows = list(csv.DictReader(io.StringIO(get(server, "/browse/interventions.csv").text)))
    assert rows == [row["iri"] for row in csv_rows]
    assert len(rows) == listing(server, "/browse/interventions.json")["total"] > 10


def test_counts_in_entity_lists_link_to_their_claims(server):
    page = get(server, "/browse/interventions").text
    link = re.search(r'<a href="(/browse/claims\?intervention=[^"]+ahsct)"', page).group(1)
    count = listing(server, "/browse/interventions.json")["rows"]
    ahsct = next(r for r in count if r["iri"] == AHSCT)
    assert (
        listing(server, html.unescape(link).replace("claims?", "claims.json?"))["total"]
        == (ahsct["claims"])
    )


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("path", "params", "status", "words"),
    [
        ("/search", {"q": "x" * 201}, 400, "longer than 200"),
        ("/search.json", {"q": "x" * 201}, 400, "longer than 200"),
        ("/search.json", {"q": "ms", "limit": "abc"}, 400, "limit 'abc'"),
        ("/search.json", {"q": "ms", "limit": "0"}, 400, "limit '0'"),
        ("/search", {"q": "ms", "kind": "owl:Class"}, 400, "kind 'owl:Class' is not one of"),
        ("/browse/claims", {"colour": "red"}, 400, "'colour' is not a facet of the claims list"),
        ("/browse/diseases.json", {"strength": HKG + "Possible"}, 400, "not a facet"),
        ("/browse/claims", {"strength": "not an iri"}, 400, "strength: 'not an iri' is not an IRI"),
        ("/browse/claims.json", {"body": "http://exa mple/"}, 400, "is not an IRI"),
        ("/browse/claims", {"page": "-1"}, 400, "page '-1' is not a whole number"),
        ("/browse/claims", {"page": "abc"}, 400, "page 'abc'"),
        ("/browse/claims", {"page": "0"}, 400, "page '0'"),
        ("/browse/claims", {"page": "²"}, 400, "page '²'"),
        ("/search.json", {"q": "ms", "limit": "²"}, 400, "limit '²'"),
        ("/browse/claims.csv", {"size": "501"}, 400, "size '501'"),
        ("/browse/diseases", {"parent": [MS, SSC]}, 400, "parent: give one value, not 2"),
        (
            "/browse/claims",
            {"disease": [f"{BASE}resource/disease/d{n}" for n in range(21)]},
            400,
            "disease: give at most 20 values, not 21",
        ),
        ("/browse/claims", {"kind": [HKG + "SafetyClaim", "not an iri"]}, 400, "is not an IRI"),
        ("/browse/genes", {}, 404, "no list named 'genes'"),
        ("/browse/claims.xml", {}, 404, "no list named"),
    ],
)
def test_bad_input_is_a_clear_error(server, path, params, status, words):
    r = get(server, path, params=params)
    assert r.status_code == status, r.text
    assert words in html.unescape(r.text)
    api = get(server, path, accept="application/json", params=params)
    assert api.status_code == status and words in api.json()["error"]


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/search", {"q": "x" * 200}),
        ("/search.json", {"q": "ms", "limit": "50"}),
        ("/search", {"q": "ms", "kind": "disease"}),
        ("/browse/claims", {"strength": HKG + "Possible"}),
        ("/browse/claims", {"strength": "hkg:Possible"}),
        ("/browse/claims", {"page": "1"}),
        ("/browse/claims.csv", {"size": "500"}),
        ("/browse/claims", {"disease": BASE + "resource/disease/no-such-disease"}),
        ("/browse/diseases", {"parent": MS}),
        ("/browse/claims", {"disease": [f"{BASE}resource/disease/d{n}" for n in range(20)]}),
        ("/browse/claims", {"kind": [HKG + "SafetyClaim", HKG + "EfficacyClaim"]}),
    ],
)
def test_controls_for_the_bad_input(server, path, params):
    assert get(server, path, params=params).status_code == 200


def test_a_page_past_the_end_is_empty_and_says_so(server):
    r = get(server, "/browse/claims", params={"page": 99})
    assert r.status_code == 200
    assert "Page 99 is past the end: there is 1 page of 50." in r.text
    assert 'rel="prev" href="/browse/claims"' in r.text
    data = listing(server, "/browse/claims.json", page=99)
    assert data["rows"] == [] and data["total"] == 48 and data["next"] is None
    nothing = listing(server, "/browse/claims.json", disease=BASE + "resource/disease/none")
    assert nothing["total"] == 0 and nothing["rows"] == []


def test_every_link_of_the_new_pages_resolves(server):
    """Every same-origin link of the search and browse pages answers 200 (no 404)."""
    seen: set[str] = set()
    for start in ("/browse", "/browse/claims", "/browse/diseases", "/search?q=ahsct"):
        for href in re.findall(r'href="([^"#]+)', get(server, start).text):
            url = urljoin(server.url + start, html.unescape(href))
            if url.startswith(server.url) and url not in seen:
                seen.add(url)
                assert get(server, url[len(server.url) :], accept="*/*").status_code == 200, url
    assert len(seen) > 40


def test_the_label_index_follows_an_update():
    """The index is built at start-up and follows each update from what it changed: a new
    name, a new thing and a dropped name are found (or not) by the next search, which never
    waits for the index to be built again; names the update did not touch are still found."""
    token = "browse-test-token"
    new = BASE + "resource/disease/susac-syndrome"

    def update(text: str) -> None:
        r = requests.post(
            running.url + "/sparql",
            data={
                "update": PREFIXES
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "PREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
                + text
            },
            headers={"Authorization": f"Bearer {token}"},
            timeout=120,
        )
        assert r.status_code == 204, r.text

    with kg_serve("--enable-update", "--update-token", token) as running:
        assert suggest(running, "disseminated") == []
        assert suggest(running, "susac") == []
        update(f'INSERT DATA {{ <{MS}> skos:altLabel "disseminated sclerosis" }}')
        assert suggest(running, "disseminated")[0]["iri"] == MS
        found = suggest(running, "disseminated sclerosis")
        assert found[0]["iri"] == MS and found[0]["tier"] == "exact"
        # A thing the update brings in, by its label and its abbreviation, on the results
        # page too.
        update(
            f"INSERT DATA {{ <{new}> a owl:Class ; rdfs:subClassOf <{MS}> ; "
            'rdfs:label "Susac syndrome" ; hkg:abbreviation "SuS" ; '
            'skos:definition "An autoimmune endotheliopathy of the brain, retina and inner ear." }'
        )
        assert suggest(running, "susac")[0]["iri"] == new
        assert suggest(running, "SuS")[0]["iri"] == new
        assert any(label == "Susac syndrome" for _, label, _ in hits(running, "syndrome susac"))
        # Control: what the updates did not touch is found as before.
        assert suggest(running, "AHSCT")[0]["iri"] == AHSCT
        assert suggest(running, "multiple sclerosis")[0]["iri"] == MS
        assert suggest(running, "ms")[0]["iri"] == MS
        # A name taken away is no longer found; the thing is, by its other names.
        update(f'DELETE DATA {{ <{MS}> skos:altLabel "disseminated sclerosis" }}')
        assert suggest(running, "disseminated") == []
        assert suggest(running, "multiple sclerosis")[0]["iri"] == MS


def test_the_claims_list_follows_an_update():
    """The claims list's index follows an update: a claim given another strength is counted
    and listed under it by the next request; the other claims are counted as before."""
    token = "browse-test-token"
    with kg_serve("--enable-update", "--update-token", token) as running:
        before = listing(running, "/browse/claims.json")
        possible = listing(running, "/browse/claims.json", strength="hkg:Possible")
        (claim,) = sparql(
            running,
            "SELECT ?c { ?c hkg:strength ?s FILTER(?s != hkg:Possible) } ORDER BY ?c LIMIT 1",
        )
        r = requests.post(
            running.url + "/sparql",
            data={
                "update": PREFIXES + f"DELETE {{ <{claim['c']}> hkg:strength ?s }} "
                f"INSERT {{ <{claim['c']}> hkg:strength hkg:Possible }} "
                f"WHERE {{ <{claim['c']}> hkg:strength ?s }}"
            },
            headers={"Authorization": f"Bearer {token}"},
            timeout=120,
        )
        assert r.status_code == 204, r.text
        after = listing(running, "/browse/claims.json", strength="hkg:Possible", size=500)
        assert after["total"] == possible["total"] + 1
        assert claim["c"] in [row["claim"] for row in after["rows"]]
        (counted,) = sparql(
            running, "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c hkg:strength hkg:Possible }"
        )
        assert after["total"] == int(counted["n"])
        # Control: the list as a whole is unchanged.
        assert listing(running, "/browse/claims.json")["total"] == before["total"] == 48


def test_claims_and_statements_found_by_text_follow_an_update():
    """The search page finds claims and statements from the text index beside the store, which
    follows each update: a claim given a new label is found by its words at once and no longer
    by the old ones, and found by them again when the label is given back. Control: a
    statement the update did not touch is found before and after."""
    token = "browse-test-token"
    with kg_serve("--enable-update", "--update-token", token) as running:
        (claim,) = sparql(
            running,
            "SELECT ?c ?l { ?c a hkg:Claim ; rdfs:label ?l } ORDER BY ?c LIMIT 1",
        )
        (statement,) = sparql(
            running,
            "SELECT ?s ?t { ?s a hkg:SourceStatement ; hkg:text ?t } ORDER BY ?s LIMIT 1",
        )
        claim_href = running.url + "/" + claim["c"][len(BASE) :]
        statement_href = running.url + "/" + statement["s"][len(BASE) :]
        words = " ".join(re.findall(r"[A-Za-z]{4,}", statement["t"])[:3])

        def found(q: str) -> list[str]:
            return [href for href, _, _ in hits(running, q)]

        assert statement_href in found(words)
        assert claim_href in found(claim["l"])
        assert claim_href not in found("quokkaphrenia remission")

        def relabel(old: str, new: str) -> None:
            r = requests.post(
                running.url + "/sparql",
                data={
                    "update": PREFIXES
                    + f"DELETE DATA {{ <{claim['c']}> rdfs:label {_literal(old)} }} ;"
                    + f"INSERT DATA {{ <{claim['c']}> rdfs:label {_literal(new)} }}"
                },
                headers={"Authorization": f"Bearer {token}"},
                timeout=120,
            )
            assert r.status_code == 204, r.text

        relabel(claim["l"], "AHSCT brings quokkaphrenia into remission")
        assert claim_href in found("quokkaphrenia remission")
        assert claim_href in found("quokka")  # at the start of a word
        assert claim_href not in found("phrenia")  # not inside one
        assert statement_href in found(words)  # control
        relabel("AHSCT brings quokkaphrenia into remission", claim["l"])
        assert claim_href not in found("quokkaphrenia")
        assert claim_href in found(claim["l"])
        assert statement_href in found(words)


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
