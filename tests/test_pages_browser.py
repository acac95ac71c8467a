"""The pages in a real browser: Debian's headless Chromium driven by playwright against a real
``kg serve``. A reader opens the home page, runs an example question, follows a result to a
disease page, sees its evidence map and downloads a dump, with no console errors on the way.
Screenshots of the home, query, resource and ontology pages are saved under test-artifacts/."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from kg_testing import kg_serve

CHROMIUM = "/usr/bin/chromium"
if not Path(CHROMIUM).is_file():
    pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM}", allow_module_level=True)
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="browser tests need the playwright package (test extra)"
)

HERE = Path(__file__).parent
ARTIFACTS = HERE.parent / "test-artifacts"
HOSTILE = HERE / "data" / "pages" / "hostile.ttl"
# Offline and quiet: nothing on this machine may reach out to the network.
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]



@pytest.fixture(scope="module")
def server():
    with kg_serve() as running:
        yield running


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            args=ARGS,
            headless=True,
            accept_downloads=True,
            viewport={"width": 1280, "height": 900},
        )
        yield context
        context.close()


class Console:
    """What a page reported: console errors, uncaught exceptions, failed requests, dialogs."""

    def __init__(self, page):
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))
        page.on("requestfailed", lambda r: self.errors.append(f"failed: {r.url}"))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture()
def page(browser):
    page = browser.new_page()
    console = Console(page)
    page.console = console
    yield page
    page.close()
    assert console.errors == [], console.errors
    assert console.dialogs == [], console.dialogs


def shot(page, name: str, *, full_page: bool = False) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def test_home_to_query_to_resource_to_map_to_dump(server, page, tmp_path):
    page.goto(server.url + "/")
    assert page.locator("h1").inner_text() == "hsct-kg"
    assert page.locator(".counts li").count() == 6
    shot(page, "home", full_page=True)

    # One click on an example question runs it on the query page.
    page.get_by_role(
        "link", name="For which diseases is any kind of stem-cell transplantation recommended?"
    ).click()
    page.wait_for_url("**/query?example=example-06-*")
    rows = page.locator("table.results tbody tr")
    rows.first.wait_for()
    assert rows.count() >= 3
    assert "rows in" in page.locator("#status").inner_text()
    shot(page, "query")

    # A result's IRI links to its page on this server.
    link = page.locator('table.results a[href$="/resource/disease/multiple-sclerosis"]').first
    link.click()
    page.wait_for_url(server.url + "/resource/disease/multiple-sclerosis")
    assert page.locator("h1").inner_text() == "multiple sclerosis"

    # Its evidence map is drawn: nodes, weighted edges, the page's own node highlighted.
    svg = page.locator("svg.evidence-map")
    svg.scroll_into_view_if_needed()
    assert svg.is_visible()
    assert svg.locator("path.edge").count() >= 3
    assert svg.locator("a.node.focus").count() == 1
    box = svg.bounding_box()
    assert box["width"] > 300 and box["height"] > 100
    assert page.locator("li.claim").count() >= 5
    page.locator("section.claims").first.scroll_into_view_if_needed()
    shot(page, "resource", full_page=True)

    # A node of the map leads to that resource's page.
    svg.locator('a[href$="/resource/intervention/ahsct"]').first.click()
    page.wait_for_url("**/resource/intervention/ahsct")
    assert page.locator("svg.evidence-map").is_visible()

    # Download a dump from the home page.
    page.goto(server.url + "/")
    with page.expect_download() as info:
        page.locator('a[href="/dumps/hsct-kg.ttl"]').click()
    download = info.value
    assert download.suggested_filename == "hsct-kg.ttl"
    saved = tmp_path / "hsct-kg.ttl"
    download.save_as(saved)
    triples = list(ox.parse(path=str(saved), format=ox.RdfFormat.TURTLE))
    assert len(triples) > 1000


def test_query_page_runs_with_ctrl_enter_and_downloads_csv(server, page, tmp_path):
    page.goto(server.url + "/query")
    editor = page.locator("#query")
    assert "PREFIX hkg: <https://w3id.org/hsct-kg/ontology#>" in editor.input_value()
    editor.fill(
        "SELECT ?d ?label WHERE { ?d rdfs:subClassOf* disease:multiple-sclerosis ; rdfs:label ?label } ORDER BY ?label"
    )
    editor.press("Control+Enter")
    page.locator("table.results tbody tr").first.wait_for()
    assert page.locator("table.results tbody tr").count() == 2
    with page.expect_download() as info:
        page.locator("#download-csv").click()
    saved = tmp_path / "results.csv"
    info.value.save_as(saved)
    lines = saved.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "d,label" and len(lines) == 3
    with page.expect_download() as info:
        page.locator("#download-json").click()
    assert info.value.suggested_filename == "results.json"

    # Picking an example from the list loads and runs it.
    page.select_option("#example", "example-05-uncited-statements")
    page.wait_for_function(
        "document.querySelector('#query').value.startsWith('# Which statements')"
    )
    page.locator("table.results tbody tr").first.wait_for()


def test_query_page_points_at_a_syntax_error(server, browser):
    page = browser.new_page()
    errors: list[str] = []
    # The endpoint answers a malformed query with 400, which Chromium reports on the console as
    # a failed resource load; only script errors count here.
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server.url + "/query")
    page.locator("#query").fill("SELECT * WHERE {\n  ?s ?p ?o\n} LIMT 3")
    page.locator("#run").click()
    box = page.locator("#error")
    box.wait_for()
    message = box.inner_text()
    found = re.search(r"line (\d+), column (\d+)", message)
    assert found and found.group(1) == "3", message
    # The caret is put where the parser stopped.
    start = page.evaluate("document.querySelector('#query').selectionStart")
    assert start == len("SELECT * WHERE {\n  ?s ?p ?o\n") + int(found.group(2)) - 1
    assert page.locator("table.results").count() == 0
    page.close()
    assert errors == []


def test_ontology_page_is_a_browsable_tree(server, page):
    page.goto(server.url + "/ontology")
    assert page.locator("ul.tree > li").count() >= 5
    # Deeper branches start folded: unfolding "autoimmune disease" shows multiple sclerosis.
    summary = (
        page.locator("ul.tree summary")
        .filter(has=page.get_by_role("link", name="autoimmune disease", exact=True))
        .first
    )
    branch = summary.locator("xpath=..")
    ms = branch.get_by_role("link", name="multiple sclerosis", exact=True)
    assert not ms.is_visible()
    summary.locator(".muted").click()
    assert ms.is_visible()
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
        assert page.locator("h1").inner_text() == "<script>alert(1)</script> disease"
        assert page.locator("main script").count() == 0
        page.goto(hostile.url + "/resource/intervention/treatment")
        assert page.locator("svg.evidence-map").is_visible()
        page.goto(hostile.url + "/ontology")
        page.goto(hostile.url + "/search?q=script")
    # The page fixture asserts that no alert() fired and nothing was logged.


def teardown_module():
    # Chromium leaves crash-pad helpers behind in some containers; nothing else to clean here.
    shutil.rmtree(ARTIFACTS / ".tmp", ignore_errors=True)
