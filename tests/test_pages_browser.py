"""The pages in a real browser: Debian's headless Chromium, driven through its WebDriver
(Debian's chromium-driver, with the selenium package) against a real ``kg serve``. A reader opens
the home page, runs an example question, follows a result to a disease page, sees its evidence
map and downloads a dump, with no console errors on the way. Screenshots of the home, query,
resource and ontology pages are saved under test-artifacts/."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from browser_testing import ARTIFACTS, Page, checked_page, shot
from kg_testing import kg_serve
from selenium.common.exceptions import UnexpectedAlertPresentException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.select import Select

HOSTILE = Path(__file__).parent / "data" / "pages" / "hostile.ttl"


page = pytest.fixture(checked_page)


@pytest.fixture(scope="module")
def server():
    with kg_serve() as running:
        yield running


def test_home_to_query_to_resource_to_map_to_dump(server, page, tmp_path):
    page.goto(server.url + "/")
    assert page.text("h1") == "hsct-kg"
    assert len(page.all(".counts li")) == 6
    shot(page, "home", full_page=True)

    # One click on an example question runs it on the query page.
    page.link("For which diseases is any kind of stem-cell transplantation recommended?").click()
    page.wait_for_url("**/query?example=example-06-*")
    page.visible("table.results tbody tr")
    # AHSCT for MS and for NMOSD; "may be considered" for dcSSc is hedged, so no plain shortcut.
    assert len(page.all("table.results tbody tr")) >= 2
    assert "rows in" in page.text("#status")
    shot(page, "query")

    # A result's IRI links to its page on this server.
    page.first('table.results a[href$="/resource/disease/multiple-sclerosis"]').click()
    page.wait_for_url(server.url + "/resource/disease/multiple-sclerosis")
    assert page.text("h1") == "multiple sclerosis"

    # Its evidence map is drawn: nodes, weighted edges, the page's own node highlighted.
    svg = page.first("svg.evidence-map")
    page.scroll_to(svg)
    assert svg.is_displayed()
    assert len(page.all("path.edge", svg)) >= 3
    assert len(page.all("a.node.focus", svg)) == 1
    box = svg.rect
    assert box["width"] > 300 and box["height"] > 100
    assert len(page.all("li.claim")) >= 5
    page.scroll_to(page.first("section.claims"))
    shot(page, "resource", full_page=True)

    # A node of the map leads to that resource's page.
    page.first('a[href$="/resource/intervention/ahsct"]', svg).click()
    page.wait_for_url("**/resource/intervention/ahsct")
    assert page.first("svg.evidence-map").is_displayed()

    # Download a dump from the home page.
    page.goto(server.url + "/")
    saved = page.download(page.first('a[href="/dumps/hsct-kg.ttl"]').click)
    assert saved.name == "hsct-kg.ttl"
    triples = list(ox.parse(path=str(saved), format=ox.RdfFormat.TURTLE))
    assert len(triples) > 1000


def editor_text(page: Page) -> str:
    return page.evaluate("document.querySelector('.CodeMirror').CodeMirror.getValue()")


def test_query_page_runs_with_ctrl_enter_and_downloads_csv(server, page, tmp_path):
    page.goto(server.url + "/query")
    page.first(".CodeMirror").click()
    assert "PREFIX hkg: <https://w3id.org/hsct-kg/ontology#>" in editor_text(page)
    keys = ActionChains(page.driver)
    keys.key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).send_keys(Keys.DELETE)
    keys.send_keys(
        "SELECT ?d ?label WHERE { ?d rdfs:subClassOf* disease:multiple-sclerosis ; rdfs:label ?label } ORDER BY ?label"
    )
    keys.key_down(Keys.CONTROL).send_keys(Keys.ENTER).key_up(Keys.CONTROL).perform()
    page.visible("table.results tbody tr")
    assert len(page.all("table.results tbody tr")) == 2
    saved = page.download(page.first("#download-csv").click)
    assert saved.name == "results.csv"
    lines = saved.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "d,label" and len(lines) == 3
    saved = page.download(page.first("#download-json").click)
    assert saved.name == "results.json"

    # Picking an example from the list loads and runs it; over typed text, only after asking.
    Select(page.first("#example")).select_by_value("example-05-uncited-statements")
    assert editor_text(page).startswith("SELECT ?d ?label")
    page.first("#load-example").click()
    page.driver.switch_to.alert.accept()
    page.wait_for(lambda: editor_text(page).startswith("# Which statements"), "the example")
    page.visible("table.results tbody tr")


def test_query_page_points_at_a_syntax_error(server, tmp_path_factory):
    page = Page(tmp_path_factory.mktemp("downloads"))
    try:
        page.goto(server.url + "/query")
        page.first(".CodeMirror")
        page.driver.execute_script(
            "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])",
            "SELECT * WHERE {\n  ?s ?p ?o\n} LIMT 3",
        )
        page.first("#run").click()
        message = page.visible("#error").text
        found = re.search(r"line (\d+), column (\d+)", message)
        assert found and found.group(1) == "3", message
        # The editor's cursor is put where the parser stopped, and the editor has the focus.
        cursor = page.evaluate("document.querySelector('.CodeMirror').CodeMirror.getCursor()")
        assert (cursor["line"], cursor["ch"]) == (2, int(found.group(2)) - 1)
        assert page.evaluate("document.activeElement.closest('.CodeMirror') !== null")
        assert page.all("table.results") == []
        # The endpoint answers a malformed query with 400, which Chromium logs as a failed
        # resource load; only script errors count here.
        errors = page.errors(sources=("javascript",))
    finally:
        page.close()
    assert errors == []


def test_ontology_page_is_a_browsable_tree(server, page):
    page.goto(server.url + "/ontology")
    assert len(page.all("ul.tree > li")) >= 5
    # Deeper branches start folded: unfolding "autoimmune disease" shows multiple sclerosis.
    summary = page.link("autoimmune disease", page.first("ul.tree"), exact=True).find_element(
        By.XPATH, "ancestor::summary[1]"
    )
    branch = summary.find_element(By.XPATH, "..")
    ms = page.link("multiple sclerosis", branch, exact=True)
    assert not ms.is_displayed()
    page.first(".muted", summary).click()
    assert ms.is_displayed()
    shot(page, "ontology")
    ms.click()
    page.wait_for_url("**/resource/disease/multiple-sclerosis")


def test_pages_fit_a_phone(server, page):
    page.set_viewport_size({"width": 390, "height": 844})
    for path in ("/", "/query", "/ontology", "/resource/intervention/ahsct"):
        page.goto(server.url + path)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at phone width"
    shot(page, "phone-resource")


def test_markup_in_labels_does_not_run(page):
    with kg_serve("--data", str(HOSTILE)) as hostile:
        page.goto(hostile.url + "/resource/disease/hostile")
        assert page.text("h1") == "<script>alert(1)</script> disease"
        assert page.all("main script") == []
        page.goto(hostile.url + "/resource/intervention/treatment")
        assert page.first("svg.evidence-map").is_displayed()
        page.goto(hostile.url + "/ontology")
        page.goto(hostile.url + "/search?q=script")
        page.evaluate("document.title")
    # An alert() would have made one of these commands raise; the page fixture asserts that
    # nothing was logged.


def test_the_page_fixture_sees_script_errors_failed_loads_and_dialogs(tmp_path):
    page = Page(tmp_path)
    try:
        page.goto(
            "data:text/html,<script>console.error('logged'); setTimeout(() => {"
            " throw new Error('thrown') }, 0)</script><img src='http://127.0.0.1:9/no.png'>"
        )
        page.wait_for(lambda: len(page.errors()) == 3, "three errors")
        assert page.errors(sources=("javascript",))[0].endswith("Uncaught Error: thrown")
        assert '"logged"' in page.errors(sources=("console-api",))[0]
        assert "no.png" in page.errors(sources=("network",))[0]
        # A dialog is dismissed, and the next command says so.
        page.goto("data:text/html,<script>alert('hello')</script>")
        with pytest.raises(UnexpectedAlertPresentException) as raised:
            page.evaluate("document.title")
        assert raised.value.alert_text == "hello"
        page.goto("data:text/html,<script>alert('pending')</script>")
        page.read_log()
        assert page.dialogs == ["pending"]
    finally:
        page.close()


def teardown_module():
    # Chromium leaves crash-pad helpers behind in some containers; nothing else to clean here.
    shutil.rmtree(ARTIFACTS / ".tmp", ignore_errors=True)
