"""The query page in a real browser (Debian's headless Chromium) against a real ``kg serve``: the
results table (labels, CURIEs, links, paging, sorting, filtering, literal marks), shareable and
safe queries (the URL, reloads, the example picker, one run at a time with Cancel) and the
editor's help (highlighting, completion, the lint, folded prefixes, syntax errors), at desktop and
phone width and by keyboard alone. Screenshots: test-artifacts/query-*.png."""

from __future__ import annotations

import json
import math
import re
import urllib.parse
import urllib.request

import pytest
from browser_testing import Page, checked_page, shot
from kg_testing import kg_serve
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

page = pytest.fixture(checked_page)

# Three copies of every triple joined: far more work than the timeout allows, so the only way
# it ends before the timeout is Cancel.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
ALL = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
MS = "https://w3id.org/hsct-kg/resource/disease/multiple-sclerosis"


@pytest.fixture(scope="module")
def server():
    # Three workers, so the cancelled queries still running (the server stops them at the
    # timeout) do not hold up the queries that follow them.
    with kg_serve("--workers", "3", "--timeout", "4") as running:
        yield running


def count_rows(server, query: str) -> int:
    url = server.url + "/sparql?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return len(json.load(answer)["results"]["bindings"])


def editor_text(page: Page) -> str:
    return page.evaluate("document.querySelector('.CodeMirror').CodeMirror.getValue()")


def set_text(page: Page, text: str) -> None:
    """Put ``text`` in the editor as a paste would (one change, then the lint and storage run)."""
    page.first(".CodeMirror")
    page.driver.execute_script(
        "const cm = document.querySelector('.CodeMirror').CodeMirror;"
        "cm.setValue(arguments[0]); cm.focus(); cm.setCursor(cm.lineCount(), 0);",
        text,
    )


def type_keys(page: Page, *keys) -> None:
    ActionChains(page.driver).send_keys(*keys).perform()


def chord(page: Page, key: str) -> None:
    """Ctrl plus ``key``, as a person presses it (Ctrl held down)."""
    ActionChains(page.driver).key_down(Keys.CONTROL).send_keys(key).key_up(Keys.CONTROL).perform()


def focus_editor_end(page: Page) -> None:
    page.first(".CodeMirror")
    page.driver.execute_script(
        "const cm = document.querySelector('.CodeMirror').CodeMirror;"
        "cm.focus(); cm.setCursor(cm.lineCount(), 0);"
    )


def wait_done(page: Page) -> str:
    """Wait for the run in flight to end; its status line."""
    page.wait_for_function(
        "!document.querySelector('#run').disabled"
        " && /rows? in|answer in|graph in|triples? in/"
        ".test(document.querySelector('#status').textContent)"
    )
    return page.text("#status")


def run(page: Page, text: str) -> str:
    set_text(page, text)
    page.first("#run").click()
    return wait_done(page)


def values(page: Page, index: int) -> list[str]:
    """The lexical values of the literals in column ``index`` (1-based), as shown, top down."""
    return page.driver.execute_script(
        "return Array.from(document.querySelectorAll("
        "'table.results tbody tr td:nth-child(' + arguments[0] + ') .literal'))"
        ".map(span => span.firstChild.nodeValue)",
        index,
    )


# ---------------------------------------------------------------- item 1: the results view


def test_results_show_labels_and_curies_linked_with_the_iri_on_hover(server, page):
    page.goto(server.url + "/query")
    run(
        page,
        "SELECT ?disease ?label WHERE {\n"
        "  ?disease rdfs:subClassOf* disease:multiple-sclerosis ; rdfs:label ?label\n"
        "} ORDER BY ?label",
    )
    # Labels come with a second query; the CURIE is shown at once.
    page.wait_for(lambda: page.all(f'a.iri[title="{MS}"] .label'), "the label of MS")
    cell = page.first(f'table.results a.iri[title="{MS}"]')
    assert cell.find_element("css selector", ".label").text == "multiple sclerosis"
    assert cell.find_element("css selector", ".curie").text == "disease:multiple-sclerosis"
    assert cell.get_attribute("href") == server.url + "/resource/disease/multiple-sclerosis"
    shot(page, "query-labels")
    cell.click()
    page.wait_for_url(server.url + "/resource/disease/multiple-sclerosis")


def test_a_large_result_is_paged_100_rows_at_a_time(server, page):
    total = count_rows(server, ALL)
    assert total > 1000
    pages = math.ceil(total / 100)
    page.goto(server.url + "/query")
    status = run(page, ALL)
    assert status.startswith(f"{total:,} rows in")
    assert len(page.all("table.results tbody tr")) == 100
    assert page.text("#pager-top .page-of") == f"page 1 of {pages}"
    assert page.text("#shown") == f"rows 1–100 of {total:,}"
    first = page.text("table.results tbody tr")
    shot(page, "query-paged")

    page.first("#pager-bottom button.page-next").click()
    page.wait_for(lambda: page.text("#pager-top .page-of") == f"page 2 of {pages}", "page 2")
    assert len(page.all("table.results tbody tr")) == 100
    assert page.text("table.results tbody tr") != first
    page.first("#pager-top button.page-last").click()
    page.wait_for(lambda: page.text("#pager-top .page-of") == f"page {pages} of {pages}", "last")
    assert len(page.all("table.results tbody tr")) == total - 100 * (pages - 1)
    assert page.first("#pager-top button.page-next").get_property("disabled")
    # Only one page of rows is ever in the document.
    assert page.evaluate("document.querySelectorAll('table.results tr').length") <= 101


def test_columns_sort_numbers_as_numbers_and_text_as_text(server, page):
    page.goto(server.url + "/query")
    run(
        page,
        'SELECT ?n ?word WHERE { VALUES (?n ?word) { (10 "b") (9 "a"@en) (100 "C") } }',
    )
    head = page.all("table.results th button.sort")
    assert [b.text for b in head] == ["n", "word"]
    head[0].click()
    assert values(page, 1) == ["9", "10", "100"]
    assert page.first("table.results th").get_attribute("aria-sort") == "ascending"
    page.all("table.results th button.sort")[0].click()
    assert values(page, 1) == ["100", "10", "9"]
    assert page.first("table.results th").get_attribute("aria-sort") == "descending"
    page.all("table.results th button.sort")[1].click()
    assert values(page, 2) == ["a", "b", "C"]
    # Numbers are right-aligned; a column of one datatype names it in its header, once.
    number = page.first("table.results td.num")
    assert number.value_of_css_property("text-align") == "right"
    header = page.first("table.results th.num")
    assert header.value_of_css_property("text-align") == "right"
    mark = header.find_element("css selector", ".datatype")
    assert mark.text == "xsd:integer"
    assert mark.get_attribute("title") == "http://www.w3.org/2001/XMLSchema#integer"
    assert page.all("table.results td .datatype") == []
    assert page.first("table.results td .lang").text == "@en"
    shot(page, "query-sorted")

    # The filter keeps the rows with the text in any column.
    page.first("#filter").send_keys("b")
    page.wait_for(lambda: len(page.all("table.results tbody tr")) == 1, "one row left")
    assert page.text("#shown") == "rows 1–1 of 1 (filtered from 3)"
    page.first("#filter").send_keys("zzz")
    page.wait_for(lambda: page.text("#shown") == "no row matches", "no row")


def test_triple_terms_are_shown(server, page):
    page.goto(server.url + "/query")
    run(
        page,
        "SELECT ?t WHERE { BIND(TRIPLE(disease:multiple-sclerosis, rdfs:label, "
        '"multiple sclerosis"@en) AS ?t) }',
    )
    triple = page.first("table.results td .triple")
    assert triple.find_element("css selector", ".curie").text == "disease:multiple-sclerosis"
    assert "multiple sclerosis" in triple.text and triple.text.startswith("<<")


CONSTRUCT = (
    "CONSTRUCT { ?d rdfs:label ?l ; rdfs:comment 'a \\\"quoted\\\" word\\nand a line'@en . "
    "_:b rdfs:seeAlso ?d } WHERE { ?d rdfs:subClassOf disease:autoimmune-disease ; rdfs:label ?l }"
)


def test_a_graph_answer_is_a_table_of_triples(server, page):
    page.goto(server.url + "/query")
    status = run(page, CONSTRUCT)
    (n,) = re.match(r"graph of (\d+) triples? in", status).groups()
    diseases = count_rows(
        server, "SELECT ?d WHERE { ?d rdfs:subClassOf disease:autoimmune-disease }"
    )
    assert int(n) == 3 * diseases > 0
    heads = [th.text.split()[0] for th in page.all("table.results thead th")]
    assert heads == ["subject", "predicate", "object"]
    rows = page.all("table.results tbody tr")
    assert len(rows) == int(n)
    # IRIs as label and CURIE, linked; literals with their language; blank nodes marked.
    page.wait_for(lambda: page.all("table.results .label"), "labels")
    assert page.all("table.results td a[href*='/resource/disease/']")
    comment = next(r for r in rows if "rdfs:comment" in r.text)
    literal = comment.find_element("css selector", "td:nth-child(3) .literal")
    value = page.driver.execute_script("return arguments[0].firstChild.nodeValue", literal)
    assert value == 'a "quoted" word\nand a line' and literal.text.endswith("@en")
    assert page.all("table.results td .bnode")
    shot(page, "query-construct")
    # The same graph as Turtle text, and back.
    page.first("#as-turtle").click()
    page.wait_for(lambda: page.all("#results pre.rdf"), "the Turtle text")
    turtle = page.text("#results pre.rdf")
    assert "rdfs:seeAlso" in turtle or "rdf-schema#seeAlso" in turtle
    shot(page, "query-construct-turtle")
    page.first("#as-turtle").click()
    page.wait_for(lambda: len(page.all("table.results tbody tr")) == int(n), "the table again")
    # Control: a SELECT is a table of solutions, with no Turtle button.
    run(page, "SELECT ?d WHERE { ?d rdfs:subClassOf disease:autoimmune-disease }")
    assert not page.first("#as-turtle").is_displayed()
    assert len(page.all("table.results tbody tr")) == diseases


# ---------------------------------------------------------------- item 3: shareable, safe queries


def test_the_url_follows_each_run_and_a_shared_link_loads_and_runs(server, page):
    page.goto(server.url + "/query")
    query = "SELECT ?d WHERE { ?d rdfs:subClassOf disease:autoimmune-disease } ORDER BY ?d"
    run(page, query)
    shared = page.url
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(shared).query) == {"query": [query]}
    rows = len(page.all("table.results tbody tr"))
    assert rows >= 2

    # The built-in PREFIX lines are left out of the link (the server declares them).
    run(page, "PREFIX hkg: <https://w3id.org/hsct-kg/ontology#>\n" + query)
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(page.url).query) == {"query": [query]}

    # The link opened afresh loads the query; with run=1 it runs too.
    page.goto(shared)
    page.wait_for(lambda: editor_text(page) == query, "the shared query in the editor")
    assert page.all("table.results") == []
    page.goto(shared + "&run=1")
    wait_done(page)
    assert len(page.all("table.results tbody tr")) == rows

    # A browser at /sparql?query= lands on the query page, which runs it.
    page.goto(server.url + "/sparql?" + urllib.parse.urlencode({"query": query}))
    page.wait_for_url(server.url + "/query?*")
    wait_done(page)
    assert editor_text(page) == query
    assert len(page.all("table.results tbody tr")) == rows
    shot(page, "query-shared")


def test_a_query_too_long_for_the_query_string_is_kept_after_the_hash_and_said_so(server, page):
    page.goto(server.url + "/query")
    query = "# " + "a long note " * 600 + "\nASK { ?s a hkg:Claim }"
    assert len(urllib.parse.quote(query)) > 6000
    run(page, query)
    url = page.url
    assert "?query=" not in url and "#query=" in url
    note = page.visible("#url-note").text
    assert "too long for the address" in note and "after \u201c#\u201d" in note
    shot(page, "query-long")
    # The address opened afresh, with nothing kept by this browser, brings the query back.
    page.evaluate("localStorage.clear(); sessionStorage.clear()")
    page.goto(server.url + "/")
    page.goto(url)
    page.wait_for(lambda: editor_text(page) == query, "the long query from the address")
    # Control: a short query goes in the query string, and the note is gone.
    run(page, "ASK {}")
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(page.url).query) == {"query": ["ASK {}"]}
    assert "#" not in page.url and not page.first("#url-note").is_displayed()


def post_form(page: Page, action: str, query: str) -> None:
    """Submit, from the page open in the browser, a form POSTing ``query`` (and run=1) to
    ``action`` as another page of the site or a tool's page would."""
    page.driver.execute_script(
        "const form = document.createElement('form');"
        "form.method = 'post'; form.action = arguments[0];"
        "const text = document.createElement('textarea'); text.name = 'query';"
        "text.value = arguments[1]; form.appendChild(text);"
        "const run = document.createElement('input'); run.type = 'hidden'; run.name = 'run';"
        "run.value = '1'; form.appendChild(run);"
        "document.body.appendChild(form); form.submit();",
        action,
        query,
    )


def test_a_long_query_posted_as_a_form_is_run_and_drawn_on_the_query_page(server, page):
    query = (
        "# " + "a long note " * 700 + "\n"
        "SELECT ?claim ?label WHERE { ?claim a hkg:Claim ; rdfs:label ?label } ORDER BY ?claim LIMIT 12"
    )
    assert len(urllib.parse.quote(query)) > 6000
    # A browser keeping a text of its own: the POSTed query must still win.
    page.goto(server.url + "/query")
    set_text(page, "ASK { ?s ?p ?o }")
    page.goto(server.url + "/")
    post_form(page, "/query", query)
    page.wait_for_url(server.url + "/query*")
    status = wait_done(page)
    assert status.startswith("12 rows in")
    assert editor_text(page) == query
    assert len(page.all("table.results tbody tr")) == 12
    # The same table as a typed run draws: labels with CURIEs linked to their pages.
    first = page.first("table.results tbody tr a.iri")
    assert first.get_attribute("href").startswith(server.url + "/resource/claim/")
    # The address now carries it after "#", and the note says how to send it to the server.
    assert "#query=" in page.url
    note = page.visible("#url-note").text
    assert "POSTing it as the form field \u201cquery\u201d to /query" in note
    shot(page, "query-posted", full_page=True)
    # A form POSTing to the endpoint itself lands on the query page the same way.
    page.goto(server.url + "/")
    post_form(page, "/sparql", query)
    page.wait_for_url(server.url + "/query*")
    assert wait_done(page).startswith("12 rows in")
    assert editor_text(page) == query
    # Control: the page's own Run draws the same rows from the editor, with no POST of the page.
    run(page, query)
    assert len(page.all("table.results tbody tr")) == 12


def test_the_text_survives_a_reload_but_a_query_in_the_url_wins(server, page):
    page.goto(server.url + "/query")
    focus_editor_end(page)
    type_keys(page, "# my own note")
    page.wait_for(lambda: editor_text(page).endswith("# my own note"), "typed text")
    typed = editor_text(page)
    page.driver.refresh()
    page.wait_for(lambda: editor_text(page) == typed, "the typed text after a reload")

    # After a run the URL names the query; text typed afterwards still survives a reload.
    run(page, "SELECT * WHERE { ?s a hkg:Claim } LIMIT 3")
    focus_editor_end(page)
    type_keys(page, "# later")
    later = editor_text(page)
    page.driver.refresh()
    page.wait_for(lambda: editor_text(page) == later, "the later text after a reload")

    # A link with ?query= opened afresh shows its own query, not what was typed here.
    page.goto(server.url + "/query?" + urllib.parse.urlencode({"query": "ASK {}"}))
    page.wait_for(lambda: editor_text(page) == "ASK {}", "the link's query")
    # The bare page shows the last text typed.
    page.goto(server.url + "/query")
    page.wait_for(lambda: editor_text(page) == later, "the last typed text")
    shot(page, "query-restored")


def test_the_example_picker_never_overwrites_typed_text_without_asking(server, page):
    page.goto(server.url + "/query")
    focus_editor_end(page)
    type_keys(page, "# keep me")
    page.wait_for(lambda: editor_text(page).endswith("# keep me"), "typed text")
    typed = editor_text(page)

    # ArrowDown on the picker changes its choice, never the text.
    page.driver.execute_script("document.getElementById('example').focus()")
    type_keys(page, Keys.ARROW_DOWN)
    page.wait_for(lambda: page.first("#example").get_property("value") != "", "a choice")
    assert "press Load" in page.text("#status")
    assert editor_text(page) == typed
    shot(page, "query-example-kept")

    # Load asks first; saying no keeps the text.
    page.first("#load-example").click()
    dialog = page.driver.switch_to.alert
    assert "Replace your edited query" in dialog.text
    dialog.dismiss()
    assert editor_text(page) == typed
    # Saying yes loads and runs the example.
    page.first("#load-example").click()
    page.driver.switch_to.alert.accept()
    wait_done(page)
    assert editor_text(page).startswith("# ") and editor_text(page) != typed
    assert page.all("table.results tbody tr")
    # Ctrl+Z brings the typed text back.
    page.driver.execute_script("document.querySelector('.CodeMirror').CodeMirror.focus()")
    chord(page, "z")
    page.wait_for(lambda: editor_text(page) == typed, "the typed text back after Ctrl+Z")


def test_one_run_at_a_time_with_a_timer_and_cancel(server, page):
    page.goto(server.url + "/query")
    set_text(page, SLOW)
    page.first("#run").click()
    run_button, cancel = page.first("#run"), page.first("#cancel")
    page.wait_for(lambda: re.fullmatch(r"Running… \d+\.\d s", page.text("#status")), "a timer")
    assert run_button.get_property("disabled")
    assert not cancel.get_property("disabled")
    shot(page, "query-running")
    cancel.click()
    page.wait_for(lambda: page.text("#status").startswith("Cancelled after"), "the cancel")
    assert not run_button.get_property("disabled")
    assert cancel.get_property("disabled")
    assert page.all("table.results") == [] and page.first("#error").get_property("hidden")

    # A second run while one is in flight replaces it: one table, the second query's.
    page.first("#run").click()
    page.wait_for(lambda: page.text("#status").startswith("Running"), "the slow run")
    set_text(page, "SELECT ?x WHERE { VALUES ?x { 1 2 3 } }")
    chord(page, Keys.ENTER)
    assert wait_done(page).startswith("3 rows in")
    assert len(page.all("#results > *")) == 1
    assert [b.text for b in page.all("table.results th button.sort")] == ["x"]
    page.first("#run").click()
    wait_done(page)
    assert len(page.all("#results table")) == 1
    assert len(page.all("table.results tbody tr")) == 3


# ---------------------------------------------------------------- item 7: editor help


def test_the_editor_highlights_and_folds_the_prefixes(server, page):
    page.goto(server.url + "/query")
    fold = page.visible(".CodeMirror .prefix-fold")
    assert re.fullmatch(r"PREFIX … \(\d+ lines\)", fold.text)
    lines = [e.text for e in page.all(".CodeMirror-line") if e.is_displayed()]
    assert not any(re.match(r"PREFIX \w*:", line) for line in lines)
    assert "SELECT ?s ?p ?o WHERE {" in lines
    # SELECT is in view without scrolling.
    select = next(e for e in page.all(".CodeMirror-line") if e.text.startswith("SELECT"))
    assert select.rect["y"] + select.rect["height"] <= page.evaluate("window.innerHeight")
    keywords = [e.text for e in page.all(".CodeMirror .cm-keyword")]
    assert "SELECT" in keywords and "WHERE" in keywords
    assert "?s" in [e.text for e in page.all(".CodeMirror .cm-variable-2")]
    # Brackets are matched: with the cursor after "{", both braces are marked.
    page.driver.execute_script(
        "const cm = document.querySelector('.CodeMirror').CodeMirror;"
        "const line = cm.getValue().split('\\n').findIndex(l => l.startsWith('SELECT'));"
        "cm.focus(); cm.setCursor(line, cm.getLine(line).length);"
    )
    page.wait_for(lambda: len(page.all(".CodeMirror-matchingbracket")) == 2, "matched braces")
    shot(page, "query-folded")
    # A click on the fold shows the PREFIX lines.
    fold.click()
    page.wait_for(
        lambda: any(e.text.startswith("PREFIX hkg:") for e in page.all(".CodeMirror-line")),
        "the PREFIX lines",
    )


def test_the_vocabulary_the_editor_knows_comes_from_the_loaded_ontology(server):
    with urllib.request.urlopen(server.url + "/query/vocabulary.json", timeout=30) as answer:
        vocabulary = json.load(answer)
    assert vocabulary["prefixes"]["hkg"] == "https://w3id.org/hsct-kg/ontology#"
    terms = {t["curie"]: t for t in vocabulary["terms"]}
    assert terms["hkg:strength"]["kind"] == "property"
    assert terms["hkg:strength"]["label"] == "strength"
    assert terms["hkg:Claim"]["kind"] == "class"
    assert terms["disease:multiple-sclerosis"]["label"] == "multiple sclerosis"
    assert "hkg:strenght" not in terms


def test_the_editor_completes_ontology_terms(server, page):
    page.goto(server.url + "/query")
    # A click on the field's label puts the keyboard in the editor.
    page.first("#query-label").click()
    assert page.evaluate("document.activeElement.closest('.CodeMirror') !== null")
    set_text(page, "SELECT * WHERE {\n  ?claim ")
    type_keys(page, "hkg:str")
    page.wait_for(lambda: editor_text(page).endswith("?claim hkg:str"), "the typed keys")
    page.settle()
    hints = page.wait_for(lambda: page.texts(".CodeMirror-hints li") or None, "completions")
    # Names that start with the typed text first, then those that hold it.
    assert hints[0].startswith("hkg:strength"), hints
    assert any(h.startswith("hkg:strengthWording") for h in hints), hints
    assert not any(h.startswith("hkg:outcome") for h in hints), hints
    shot(page, "query-completion")
    type_keys(page, Keys.ENTER)
    page.wait_for(lambda: editor_text(page).endswith("?claim hkg:strength"), "the completion")
    assert page.all(".CodeMirror-hints") == []
    # Ctrl+Space on a bare word offers the prefixes it starts.
    set_text(page, "SELECT * WHERE { ?d a dis")
    chord(page, Keys.SPACE)
    page.settle()
    hints = page.wait_for(lambda: page.texts(".CodeMirror-hints li") or None, "prefixes offered")
    assert hints[0].startswith("disease:https://w3id.org/hsct-kg/resource/disease/"), hints
    type_keys(page, Keys.ENTER)
    page.wait_for(lambda: editor_text(page).endswith("?d a disease:"), "the prefix completed")
    # In a comment a prefixed name is only text: nothing pops up (the list opens synchronously
    # on the keystroke when it opens at all, as above).
    type_keys(page, Keys.ENTER, "# see hkg:str")
    page.wait_for(lambda: editor_text(page).endswith("# see hkg:str"), "the comment")
    assert page.all(".CodeMirror-hints") == []


def test_the_lint_flags_an_unknown_term_with_the_nearest_one(server, page):
    page.goto(server.url + "/query")
    set_text(page, "SELECT ?c ?s WHERE {\n  ?c hkg:strenght ?s ;\n     zz:p ?o .\n} LIMT 3")
    problems = page.wait_for(
        lambda: (
            [e.text for e in page.all("#problems li")]
            if len(page.all("#problems li")) == 3
            else None
        ),
        "three problems listed",
    )
    assert (
        "line 2: hkg:strenght is not a term of the ontology; did you mean hkg:strength"
        in (problems[0])
    )
    assert problems[1].startswith("line 3: undeclared prefix 'zz:'")
    assert problems[2] == "line 4: LIMT is not a SPARQL keyword; did you mean LIMIT?"
    assert page.all(".CodeMirror .CodeMirror-lint-mark-warning")
    assert page.all(".CodeMirror-lint-marker-warning")
    shot(page, "query-lint")
    set_text(page, "SELECT ?c ?s WHERE { ?c hkg:strength ?s }")
    page.wait_for(lambda: page.first("#problems").get_property("hidden"), "no problem left")

    # The slips behind the parser's most cryptic messages, each named.
    set_text(page, 'SELECT ?x WHERE {\n  ?x a hkg: Claim .\n  FILTER(?x = "a)\n')
    page.wait_for(lambda: len(page.all("#problems li")) == 3, "three problems listed")
    assert [e.text for e in page.all("#problems li")] == [
        "line 1: this { is never closed (a } is missing)",
        "line 2: a space cuts the prefixed name in two: write hkg:Claim",
        "line 3: this string is never closed on its line",
    ]


def test_a_syntax_error_is_shown_with_its_line_and_the_cursor_put_there(server, tmp_path_factory):
    # Its own browser: the endpoint's 400 is logged by Chromium as a failed load, which the
    # page fixture would count; only script errors count here.
    page = Page(tmp_path_factory.mktemp("downloads"))
    try:
        page.goto(server.url + "/query")
        set_text(page, "SELECT * WHERE {\n  ?s ?p ?o\n} LIMT 3")
        page.first("#run").click()
        message = page.visible("#error").text
        found = re.search(r"line (\d+), column (\d+)", message)
        assert found and found.group(1) == "3", message
        column = int(found.group(2))
        # The line is quoted with a caret under the place, and the slip is named.
        assert "} LIMT 3\n" in message and "^" in message
        # The server names the slip before where its parser stopped (and the page does not
        # repeat it from its own lint).
        assert "LIMT at line 3, column 3 is not a SPARQL keyword; did you mean LIMIT?" in message
        assert "Likely cause" not in message
        cursor = page.evaluate("document.querySelector('.CodeMirror').CodeMirror.getCursor()")
        assert (cursor["line"], cursor["ch"]) == (2, column - 1)
        assert page.evaluate("document.activeElement.closest('.CodeMirror') !== null")
        assert page.all(".CodeMirror .query-error-at")
        shot(page, "query-syntax-error")
        errors = page.errors(sources=("javascript",))
    finally:
        page.close()
    assert errors == []


# ---------------------------------------------------------------- phone and keyboard


def test_the_query_page_fits_a_phone(server, page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server.url + "/query")
    run(page, ALL)
    page.wait_for(lambda: page.all("table.results .label"), "labels")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"the query page scrolls sideways by {overflow}px at 390 px"
    page.scroll_to(page.first("#pager-top"))
    shot(page, "query-phone")


def test_the_query_page_works_by_keyboard_alone(server, page):
    page.goto(server.url + "/query")
    page.first(".CodeMirror")

    def tab_until(script: str, limit: int, what: str) -> None:
        for _ in range(limit):
            if page.evaluate(script):
                return
            type_keys(page, Keys.TAB)
        assert page.evaluate(script), f"{what} not reached in {limit} Tabs"

    tab_until("document.activeElement.closest('.CodeMirror') !== null", 15, "the editor")
    chord(page, "a")
    type_keys(page, Keys.DELETE)
    type_keys(page, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    page.wait_for(lambda: editor_text(page) == ALL, "the typed query")
    chord(page, Keys.ENTER)
    wait_done(page)
    tab_until(
        "document.activeElement.matches('#pager-top button.page-next')", 15, "the Next button"
    )
    type_keys(page, Keys.ENTER)
    page.wait_for(lambda: page.text("#pager-top .page-of").startswith("page 2 of"), "page 2")
    assert page.evaluate("document.activeElement.matches('#pager-top button.page-next')")
    tab_until("document.activeElement.matches('th button.sort')", 5, "a column header")
    type_keys(page, Keys.ENTER)
    page.wait_for(
        lambda: page.first("table.results th").get_attribute("aria-sort") == "ascending", "sorted"
    )
    tab_until("document.activeElement.matches('table.results a')", 10, "a result link")
    target = page.evaluate("document.activeElement.href")
    shot(page, "query-keyboard")
    type_keys(page, Keys.ENTER)
    page.wait_for_url(target)


def test_a_column_of_mixed_literals_marks_each_cell(server, page):
    page.goto(server.url + "/query")
    run(page, 'SELECT ?v WHERE { VALUES ?v { 1 "2024-01-31"^^xsd:date "plain" "mot"@fr } }')
    assert [e.text for e in page.all("table.results td .datatype")] == ["xsd:integer", "xsd:date"]
    assert [e.text for e in page.all("table.results td .lang")] == ["@fr"]
    assert page.all("table.results th .datatype") == []
    # The number stays right-aligned in its cell.
    assert len(page.all("table.results td.num")) == 1
