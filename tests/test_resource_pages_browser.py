"""Claim, statement and document pages and the evidence map in a real browser (Debian's
headless Chromium against a real ``kg serve``): the sentence first, the document anchor, the
legend, edge details reached by keyboard alone, facets by click, and a phone-width pass.
Screenshots go to test-artifacts/ as claim-*, statement-*, document-* and map-*.png."""

from __future__ import annotations

import pytest
from browser_testing import checked_page, shot
from kg_testing import kg_serve
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

page = pytest.fixture(checked_page)
# How many Tab presses a keyboard user may need to reach the first edge of the map.
MAX_TABS = 400


@pytest.fixture(scope="module")
def server():
    with kg_serve() as running:
        yield running


def top(page, element) -> float:
    return page.driver.execute_script("return arguments[0].getBoundingClientRect().top", element)


def test_claim_page_opens_with_its_sentence(server, page):
    page.goto(server.url + "/resource/claim/ahsct-evidence-summary-04-1")
    sentence = page.visible("blockquote.verbatim")
    claim = page.first("section.claim-main")
    raw = page.first("details.raw")
    # The sentence, then the claim, then the raw triples, folded.
    assert top(page, sentence) < top(page, claim) < top(page, raw)
    assert top(page, sentence) < page.evaluate("window.innerHeight")
    assert not page.first("table.props").is_displayed()
    flags = [f.text for f in page.all("section.claim-main .flag")]
    assert flags == ["hedged", "restricted to a population"]
    assert "hkg:mayBeConsideredFor" in page.text("section.shortcut")
    # The curator's note on the body they added opens on a click, not on hover.
    note = page.first("details.curated")
    page.first("summary", note).click()
    assert "Statement 4 names no recommending body" in note.text
    shot(page, "claim-hedged", full_page=True)
    # Unfolding shows every property.
    page.first("details.raw summary").click()
    assert page.first("table.props").is_displayed()

    page.goto(server.url + "/resource/claim/ahsct-evidence-summary-02-1")
    assert "has been recommended" in page.text("section.claim-main")
    assert page.first("section.shortcut p.plain").is_displayed()
    shot(page, "claim-recommendation", full_page=True)


def test_claim_anchor_lands_on_its_sentence_in_the_document(server, page):
    page.goto(server.url + "/resource/claim/ahsct-evidence-summary-10-1")
    text = page.text("blockquote.verbatim")
    page.first("section.sentence a.in-document").click()
    page.wait_for_url("**/resource/source/ahsct-evidence-summary#s-ahsct-evidence-summary-10")
    target = page.first("div.statement:target")
    assert target.get_attribute("id") == "s-ahsct-evidence-summary-10"
    assert " ".join(page.first("span.text", target).text.split()) == " ".join(text.split())
    box = page.driver.execute_script("return arguments[0].getBoundingClientRect()", target)
    assert 0 <= box["top"] < page.evaluate("window.innerHeight")
    shot(page, "document-anchor")
    # A citation marker leads to the reference list.
    page.first("a.marker", target).click()
    page.wait_for_url("**#ref-1")
    assert page.first("ol.reference-list li:target").get_attribute("id") == "ref-1"
    page.goto(server.url + "/resource/source/ahsct-evidence-summary")
    assert len(page.all("div.statement")) == 21
    shot(page, "document-text", full_page=True)


def test_statement_page_and_its_neighbours(server, page):
    page.goto(server.url + "/resource/statement/ahsct-evidence-summary-05")
    assert page.text("h1") == "Statement 5"
    assert len(page.all("section.claims li.claim")) == 4
    assert not page.first("details.offsets dl").is_displayed()
    shot(page, "statement-05", full_page=True)
    page.first("nav.neighbours a.next").click()
    page.wait_for_url("**/resource/statement/ahsct-evidence-summary-06")
    assert page.text("h1") == "Statement 6"
    page.first("nav.neighbours a.previous").click()
    page.wait_for_url("**/resource/statement/ahsct-evidence-summary-05")


def test_a_section_page_reads_as_its_part_of_the_document(server, page):
    page.goto(server.url + "/resource/section/ahsct-evidence-summary-research-efficacy")
    trail = page.first("nav.section-trail")
    assert trail.text == (
        "AHSCT evidence summary › From the Research › Efficacy of Stem Cell Transplants"
    )
    statements = page.all("section.document-text div.statement")
    assert len(statements) >= 3
    assert all(page.all("ul.sentence-claims li", s) for s in statements)
    shot(page, "section-page", full_page=True)
    # The next section is one click away; the whole document at this section, another.
    page.first("nav.neighbours a.next").click()
    page.wait_for_url("**/resource/section/ahsct-evidence-summary-research-safety")
    page.link("read it in the whole document").click()
    page.wait_for_url("**/resource/source/ahsct-evidence-summary#s-*")


def test_evidence_map_legend_names_every_style(server, page):
    page.goto(server.url + "/resource/intervention/ahsct")
    legend = page.first("ul.legend")
    page.scroll_to(legend)
    assert legend.is_displayed()
    keys = page.all("li.key-direction", legend) + page.all("li.key-strength", legend)
    # Each key is drawn in its own style: colours of directions, dash patterns of strengths.
    styles = [
        (
            page.first("line", k).get_attribute("stroke"),
            page.first("line", k).get_attribute("stroke-dasharray"),
        )
        for k in keys
    ]
    assert len(keys) >= 5 and len(set(styles)) == len(styles)
    page.scroll_to(page.first("svg.evidence-map"))
    shot(page, "map-legend")


def test_edge_details_by_keyboard_alone(server, page):
    page.goto(server.url + "/resource/intervention/ahsct")
    assert not page.first("#map-detail").is_displayed()
    seen_node = False
    keys = ActionChains(page.driver)
    for _ in range(MAX_TABS):
        keys.send_keys(Keys.TAB).perform()
        active = page.evaluate("document.activeElement.getAttribute('class') || ''")
        seen_node = seen_node or "node" in active.split()
        if "edge-link" in active.split():
            break
    else:
        raise AssertionError(f"no edge of the map took the focus in {MAX_TABS} Tab presses")
    edge = page.evaluate("document.activeElement.getAttribute('data-edge')")
    detail = page.visible("#map-detail")
    entry = page.first(f"#{edge}")
    source = page.driver.execute_script(
        "return arguments[0].parentElement.closest('li.from').querySelector('a').textContent",
        entry,
    )
    assert detail.text == " ".join(f"{source} {entry.text}".split())
    assert detail.text.startswith(source + " → ")
    assert "current" in entry.get_attribute("class")
    shot(page, "map-focus-edge")
    # Nodes are reached by the keyboard too (after the edges), and Enter follows one.
    for _ in range(MAX_TABS):
        keys.send_keys(Keys.TAB).perform()
        if "node" in page.evaluate("document.activeElement.getAttribute('class') || ''").split():
            seen_node = True
            break
    assert seen_node
    href = page.evaluate("document.activeElement.getAttribute('href')")
    keys.send_keys(Keys.ENTER).perform()
    page.wait_for_url(href)


def test_facets_filter_by_click(server, page):
    page.goto(server.url + "/resource/intervention/ahsct")
    total = len(page.all("li.claim"))
    link = page.first('nav.facets section[data-facet="strength"] a[data-value$="#Possible"]')
    count = int(page.first(".count", link).text)
    assert 0 < count < total
    link.click()
    page.wait_for_url("**/resource/intervention/ahsct?strength=hkg%3APossible#claims")
    assert len(page.all("li.claim")) == count
    assert page.first("nav.facets a.chosen").get_attribute("aria-current") == "true"
    # The map follows the choice: only the chosen strength's style is left in the legend.
    assert [k.text.split(":")[0] for k in page.all("li.key-strength")] == ["strength possible"]
    page.scroll_to(page.first("nav.facets"))
    shot(page, "map-facets")
    page.first('nav.facets section[data-facet="strength"] a.clear').click()
    page.wait_for_url("**/resource/intervention/ahsct#claims")
    assert len(page.all("li.claim")) == total


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/resource/intervention/ahsct", "map-phone"),
        ("/resource/claim/ahsct-evidence-summary-04-1", "claim-phone"),
        ("/resource/statement/ahsct-evidence-summary-11", "statement-phone"),
        ("/resource/source/ahsct-evidence-summary", "document-phone"),
    ],
)
def test_resource_pages_fit_a_phone(server, page, path, name):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server.url + path)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at phone width"
    if name == "map-phone":
        # The narrow drawing replaces the wide one, which would be scaled to 0.4 here.
        assert not page.first("svg.evidence-map.wide").is_displayed()
        svg = page.first("svg.evidence-map.narrow")
        assert svg.is_displayed()
        page.scroll_to(svg)
        # Every node, the outcomes column included, is within the screen's width.
        right = page.driver.execute_script(
            "return Math.max(...[...arguments[0].querySelectorAll('a.node rect')]"
            ".map(r => r.getBoundingClientRect().right))",
            svg,
        )
        assert 0 < right <= 390
        # Drawn at about its own size: labels of 12 px read at 11 px or more.
        scale = page.driver.execute_script(
            "return arguments[0].getBoundingClientRect().width / arguments[0].viewBox.baseVal.width",
            svg,
        )
        assert scale >= 0.9, f"the map is drawn at {scale:.2f} of its size"
        label = page.driver.execute_script(
            "return arguments[0].querySelector('a.node tspan').getBoundingClientRect().height",
            svg,
        )
        assert label >= 11
        assert page.first("ul.map-edges li[id]").is_displayed()
    shot(page, name)


@pytest.fixture(scope="module")
def hub_server(tmp_path_factory):
    from test_resource_paging_http import hub_graph

    path = tmp_path_factory.mktemp("hub") / "hub.ttl"
    path.write_text(hub_graph(), encoding="utf-8")
    with kg_serve("--data", str(path)) as running:
        yield running


def test_a_resource_with_thousands_of_links_pages_them_by_property(hub_server, page):
    page.goto(hub_server.url + "/resource/publication/hub")
    # A page with no claims opens its raw tables itself.
    assert page.first("details.raw").get_attribute("open") is not None
    cites = page.visible('tbody[data-property="https://w3id.org/hsct-kg/ontology#cites"]')
    assert len(page.all("tr:not(.more)", cites)) == 50
    assert "2,345 links" in cites.text
    more = page.first("tr.more a", cites)
    assert more.text == "links 51–100 of 2,345 →"
    page.scroll_to(more)
    shot(page, "resource-many-links")
    more.click()
    page.wait_for_url("**/resource/publication/hub?p=hkg%3Acites&dir=in&page=2")
    assert "Links 51–100 of 2,345, page 2 of 47" in page.text("p.paging-status")
    first = page.first("table.props tbody tr td a")
    assert first.get_attribute("title").endswith("/statement/cite-0050")
    # To the last page and back one: the last holds the last 45, with no next.
    page.link("last »").click()
    page.wait_for_url("**page=47")
    rows = page.all("table.props tbody tr")
    assert len(rows) == 45
    assert page.first("td a", rows[-1]).get_attribute("title").endswith("/statement/cite-2344")
    assert page.all('a[rel="next"]') == []
    shot(page, "resource-property-last-page", full_page=True)
    page.first('nav.property-pager a[rel="prev"]').click()
    page.wait_for_url("**page=46")
    assert "Links 2,251–2,300 of 2,345" in page.text("p.paging-status")
    # Back to the resource by its crumb.
    page.first("nav.crumbs a").click()
    page.wait_for_url(hub_server.url + "/resource/publication/hub")


@pytest.fixture(scope="module")
def long_server(tmp_path_factory):
    from test_document_pages_http import loose_document

    path = tmp_path_factory.mktemp("loose") / "loose.ttl"
    path.write_text(loose_document(), encoding="utf-8")
    with kg_serve("--data", str(path)) as running:
        yield running


def test_a_long_section_is_read_page_by_page(long_server, page):
    page.goto(long_server.url + "/resource/section/loose-review-all")

    def ids() -> list[str]:
        return [e.get_attribute("id") for e in page.all(".document-text .statement")]

    assert ids()[0] == "s-loose-review-001" and len(ids()) == 100
    page.first('nav.document-pager a[rel="next"]').click()
    page.wait_for_url("**/resource/section/loose-review-all?page=2")
    # Page 2: the placed statements 101-150, then the first 50 without a position, by IRI.
    assert ids()[:2] == ["s-loose-review-101", "s-loose-review-102"]
    assert ids()[50:52] == ["s-loose-review-u000", "s-loose-review-u001"]
    shot(page, "section-page-2")
    page.first('nav.document-pager a[rel="next"]').click()
    page.wait_for_url("**page=3")
    assert ids()[-1] == "s-loose-review-u129" and len(ids()) == 80
    assert page.all('nav.document-pager a[rel="next"]') == []
