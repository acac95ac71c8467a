"""Browse and search in a real browser (Debian's headless Chromium through its WebDriver) against
a real ``kg serve``: from a home tile to a list, a facet added and removed, pages turned, the
typeahead's suggestions opened with the keyboard, a phone-width pass, a keyboard-only pass, and
every same-origin link of these pages followed, and the whole site crawled from the home page
with every link of every page checked. Screenshots: test-artifacts/browse-*.png and
search-*.png. The page fixture fails a test on any console error or failed load."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
import requests
from browser_testing import checked_page, shot
from kg_testing import kg_serve
from selenium.webdriver.common.keys import Keys

page = pytest.fixture(checked_page)


@pytest.fixture(scope="module")
def server():
    with kg_serve() as running:
        yield running


def overflow(page) -> int:
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_home_tile_to_a_list_a_facet_and_the_next_page(server, page):
    page.goto(server.url + "/")
    page.first('.counts a[href="/browse/claims"]').click()
    page.wait_for_url(server.url + "/browse/claims")
    assert page.text("h1") == "Claims"
    assert page.text("#summary").startswith("1–48 of 48")
    shot(page, "browse-claims", full_page=True)

    # A facet value adds its filter; the list and the other facets' counts follow.
    facet = page.first("#facet-kind")
    page.link("efficacy claim", facet).click()
    page.wait_for_url("**/browse/claims?kind=*EfficacyClaim")
    assert page.text("#summary").startswith("1–17 of 17")
    assert "efficacy claim" in page.text(".active-filters")
    rows = page.all("table.browse tbody tr")
    assert len(rows) == 17 and all("efficacy claim" in row.text for row in rows)
    page.link("demonstrated", page.first("#facet-strength")).click()
    page.wait_for_url("**strength=*Demonstrated*")
    assert len(page.all(".active-filters li")) == 2
    shot(page, "browse-filtered", full_page=True)

    # Removing one filter keeps the other.
    page.first('.active-filters a.remove[aria-label*="Kind"]').click()
    page.wait_for_function("document.querySelectorAll('.active-filters li').length === 1")
    assert "demonstrated" in page.text(".active-filters")

    # Pages in a stable order: next, then previous, comes back to the same rows.
    page.goto(server.url + "/browse/claims?size=10")
    first = [a.get_attribute("href") for a in page.all("table.browse tbody tr td:first-child a")]
    page.first('a[rel="next"]').click()
    page.wait_for_url("**/browse/claims?size=10&page=2")
    assert page.text("#summary").startswith("11–20 of 48")
    second = [a.get_attribute("href") for a in page.all("table.browse tbody tr td:first-child a")]
    assert len(second) == 10 and not set(first) & set(second)
    shot(page, "browse-page-2")
    page.first('a[rel="prev"]').click()
    page.wait_for_url("**/browse/claims?size=10")
    again = [a.get_attribute("href") for a in page.all("table.browse tbody tr td:first-child a")]
    assert again == first


def test_several_values_of_a_facet_are_chosen_one_click_each(server, page):
    page.goto(server.url + "/browse/claims")
    page.link("efficacy claim", page.first("#facet-kind")).click()
    page.wait_for_url("**/browse/claims?kind=*EfficacyClaim")
    efficacy = len(page.all("table.browse tbody tr"))
    # The kind facet still offers the other kinds (counted without the kind filter).
    facet = page.first("#facet-kind")
    safety = page.link("safety claim", facet)
    count = int(
        page.driver.execute_script(
            "return arguments[0].parentElement.querySelector('.count').textContent", safety
        )
    )
    safety.click()
    page.wait_for_url("**/browse/claims?kind=*EfficacyClaim&kind=*SafetyClaim")
    assert len(page.all("table.browse tbody tr")) == efficacy + count
    assert len(page.all("#facet-kind li.chosen")) == 2
    assert len(page.all(".active-filters li")) == 2
    shot(page, "browse-multi", full_page=True)
    # A click on a ticked value takes it away, leaving the other.
    page.first("#facet-kind li.chosen a").click()
    page.wait_for_function("document.querySelectorAll('#facet-kind li.chosen').length === 1")
    assert len(page.all("table.browse tbody tr")) in (efficacy, count)


def test_entity_list_count_leads_to_its_claims(server, page):
    page.goto(server.url + "/browse/diseases")
    assert page.text("h1") == "Diseases"
    shot(page, "browse-diseases", full_page=True)
    page.first('a[href*="/browse/claims?disease="][href$="multiple-sclerosis"]').click()
    page.wait_for_url("**/browse/claims?disease=*multiple-sclerosis")
    assert "multiple sclerosis" in page.text(".active-filters")
    assert len(page.all("table.browse tbody tr")) >= 3


@pytest.mark.parametrize(
    "path", ["/resource/disease/multiple-sclerosis", "/query", "/ontology", "/browse/claims"]
)
def test_the_header_box_suggests_on_every_page(server, page, path):
    page.goto(server.url + path)
    box = page.first("header.site form.search input[name=q]")
    box.click()
    box.send_keys("AHSC")
    options = page.visible("header.site [role=listbox] [role=option]")
    assert "autologous haematopoietic stem-cell transplantation" in options.text


def test_typeahead_suggests_and_enter_opens_the_page(server, page):
    page.goto(server.url + "/")
    box = page.first("header.site form.search input[name=q]")
    box.click()
    box.send_keys("AHSC")
    options = page.visible("header.site [role=listbox] [role=option]")
    assert "autologous haematopoietic stem-cell transplantation" in options.text
    assert box.get_attribute("aria-expanded") == "true"
    shot(page, "search-typeahead")
    box.send_keys(Keys.ARROW_DOWN)
    assert page.first("[role=option][aria-selected=true]").text.startswith("autologous")
    box.send_keys(Keys.ENTER)
    page.wait_for_url(server.url + "/resource/intervention/ahsct")

    # A typo still suggests the disease; Escape closes the list; Enter without a choice searches.
    page.goto(server.url + "/search")
    box = page.first("#search-page-q")
    box.send_keys("sclerossis")
    page.wait_for_function(
        "[...document.querySelectorAll('#search-page-q-suggestions [role=option]')]"
        ".some(o => o.textContent.includes('multiple sclerosis'))"
    )
    box.send_keys(Keys.ESCAPE)
    page.wait_for_function("document.getElementById('search-page-q-suggestions').hidden")
    box.send_keys(Keys.ENTER)
    page.wait_for_url("**/search?q=sclerossis")
    first = page.first("ol.hits li.hit a")
    assert first.text in ("multiple sclerosis", "systemic sclerosis")
    shot(page, "search-results", full_page=True)
    page.link("group by kind").click()
    page.wait_for_url("**group=kind*")
    assert [h.text.split()[0] for h in page.all("section.hit-group h2")][:1] == ["disease"]
    shot(page, "search-grouped", full_page=True)


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/", None),
        ("/browse", None),
        ("/browse/claims?kind=https://w3id.org/hsct-kg/ontology%23EfficacyClaim", "browse-phone"),
        ("/browse/interventions", None),
        ("/browse/documents", None),
        ("/search?q=stem+cell+lupus", "search-phone"),
        ("/search?q=sclerosis&group=kind", None),
    ],
)
def test_pages_fit_a_phone(server, page, path, name):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server.url + path)
    assert overflow(page) <= 0, f"{path} scrolls sideways by {overflow(page)}px at 390 px"
    if name:
        shot(page, name, full_page=True)


def test_keyboard_only(server, page):
    """Tab to a facet value, Enter; Tab to its remove button, Enter; each focus is visible."""
    page.goto(server.url + "/browse/claims")

    def tab_to(selector: str, most: int = 120):
        for _ in range(most):
            page.driver.switch_to.active_element.send_keys(Keys.TAB)
            if page.evaluate(f"document.activeElement.matches({selector!r})"):
                style = page.evaluate(
                    "getComputedStyle(document.activeElement).outlineStyle + ' ' + "
                    "getComputedStyle(document.activeElement).outlineWidth"
                )
                assert not style.startswith("none") and not style.endswith(" 0px"), style
                return page.driver.switch_to.active_element
        raise AssertionError(f"{selector} is not reachable with Tab")

    # Tabbing starts where the reader last clicked: the heading, above everything else.
    page.first("h1").click()
    tab_to('#facet-direction a[title$="#InFavour"]').send_keys(Keys.ENTER)
    page.wait_for_url("**direction=*InFavour")
    assert "in favour" in page.text(".active-filters")
    shot(page, "browse-keyboard")
    page.first("h1").click()
    tab_to(".active-filters a.remove").send_keys(Keys.ENTER)
    page.wait_for_url(server.url + "/browse/claims")
    # The typeahead with keys alone.
    page.goto(server.url + "/")
    page.first("h1").click()
    tab_to("header.site input[name=q]").send_keys("ebmt")
    page.visible("header.site [role=option]")
    page.driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN, Keys.ENTER)
    page.wait_for_url("**/resource/organisation/ebmt*")


def test_no_link_of_these_pages_is_broken(server, page):
    starts = [
        "/",
        "/browse",
        "/browse/claims",
        "/browse/claims?size=10&page=2",
        "/browse/claims?intervention=https://w3id.org/hsct-kg/resource/intervention/ahsct",
        "/browse/diseases",
        "/browse/interventions",
        "/browse/outcomes",
        "/browse/organisations",
        "/browse/documents",
        "/search?q=ahsct",
        "/search?q=sclerosis&group=kind",
    ]
    checked: dict[str, int] = {}
    for start in starts:
        page.goto(server.url + start)
        hrefs = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
        for href in hrefs:
            url = urljoin(server.url, href).split("#")[0]
            if url.startswith(server.url + "/") and url not in checked:
                r = requests.get(url, headers={"Accept": "*/*"}, timeout=60)
                checked[url] = r.status_code
    broken = {url: status for url, status in checked.items() if status == 404}
    assert broken == {}
    assert len(checked) > 80
    assert all(status == 200 for status in checked.values()), {
        u: s for u, s in checked.items() if s != 200
    }


class _Refs(HTMLParser):
    """Every URL a page refers to: links, stylesheets, scripts, images and forms' targets."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        named = dict(attrs)
        for attr in ("href", "src") if tag in ("a", "link", "script", "img") else ():
            if named.get(attr):
                self.urls.append(named[attr])
        if tag == "form" and named.get("action"):
            self.urls.append(named["action"])


def test_no_page_of_the_site_links_to_a_page_that_is_not_there(server, page):
    # A crawl of the whole built-in site from the home page: every page reached by its own links
    # (resources, claims, statements, documents and their sections, the ontology, browse, search
    # and query pages), every link of each followed. Links of a page with a query string (a
    # facet, a page number, a search) are followed but not crawled further: their combinations
    # are endless, and they are built by the same templates as the pages that are crawled.
    origin = server.url
    page.goto(origin + "/")  # the browser sees the start page load with no console error
    status: dict[str, int] = {}
    referrer: dict[str, str] = {}
    queue = [origin + "/"]
    while queue:
        url = queue.pop()
        if url in status:
            continue
        r = requests.get(url, headers={"Accept": "text/html,*/*;q=0.1"}, timeout=60)
        status[url] = r.status_code
        if r.status_code != 200 or "html" not in r.headers.get("Content-Type", ""):
            continue
        if urlsplit(url).query and urlsplit(url).path != "/":
            continue
        refs = _Refs()
        refs.feed(r.text)
        for ref in refs.urls:
            target = urldefrag(urljoin(url, ref)).url
            if target.startswith(origin + "/") and target not in status:
                referrer.setdefault(target, url)
                queue.append(target)
        assert len(status) < 20_000, "the crawl did not end: a page links to ever new pages"
    bad = {u: (s, referrer.get(u)) for u, s in status.items() if s != 200}
    assert bad == {}, "status and the page linking to it: " + repr(bad)
    # The crawl reached every kind of page, not only the home page's neighbours.
    paths = {urlsplit(u).path for u in status}
    kinds = ("claim", "statement", "source", "section", "disease", "intervention", "organisation")
    for kind in kinds:
        assert any(p.startswith(f"/resource/{kind}/") for p in paths), f"no {kind} page reached"
    assert {"/ontology", "/query", "/browse/claims", "/search"} <= paths
    assert len(status) > 300
