"""Document pages in pages of 100 statements by position (statements without one after them, by
IRI), and section pages built around their statements, 100 a page, over real HTTP: a generated
document of 230 statements, one of 150 placed and 130 loose statements, and the built-in
graph's sections; bad page numbers and parameters, each with a control."""

from __future__ import annotations

import html
import re

import pytest
import requests
from kg_testing import kg_serve

BASE = "https://w3id.org/hsct-kg/"
DOC = BASE + "resource/source/long-review"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def long_document(n: int = 230) -> str:
    """A document of ``n`` statements in two parts of two sections each."""
    lines = [
        "@prefix hkg: <https://w3id.org/hsct-kg/ontology#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix dcterms: <http://purl.org/dc/terms/> .",
        "@prefix prov: <http://www.w3.org/ns/prov#> .",
        f'<{DOC}> a hkg:SourceDocument ; rdfs:label "A long review" .',
    ]
    sections = []
    for part in ("a", "b"):
        p = f"{BASE}resource/section/long-review-{part}"
        lines.append(
            f'<{p}> a hkg:DocumentPart, hkg:Section ; rdfs:label "Part {part.upper()}" ; '
            f"dcterms:isPartOf <{DOC}> ."
        )
        for number in (1, 2):
            s = f"{p}-{number}"
            sections.append((p, s))
            lines.append(
                f'<{s}> a hkg:Section ; rdfs:label "Part {part.upper()}, section {number}" ; '
                f"dcterms:isPartOf <{p}> ."
            )
    per_section = -(-n // len(sections))
    for i in range(1, n + 1):
        _, section = sections[(i - 1) // per_section]
        st = f"{BASE}resource/statement/long-review-{i:03d}"
        lines.append(
            f"<{st}> a hkg:SourceStatement ; dcterms:isPartOf <{DOC}> ; hkg:position {i} ; "
            f'hkg:inSection <{section}> ; hkg:text "Sentence number {i} of the review." .'
        )
    claim = f"{BASE}resource/claim/long-review-150-1"
    lines.append(
        f'<{claim}> a hkg:Claim, hkg:EfficacyClaim ; rdfs:label "claim of sentence 150" ; '
        f"prov:wasDerivedFrom <{BASE}resource/statement/long-review-150> ."
    )
    lines.append("hkg:EfficacyClaim rdfs:subClassOf hkg:Claim .")
    return "\n".join(lines) + "\n"


LOOSE = BASE + "resource/source/loose-review"


def loose_document(placed: int = 150, loose: int = 130) -> str:
    """A document of ``placed`` statements with positions and ``loose`` without, all in one
    section, written in a shuffled order; a claim is drawn from the loose statement 105."""
    import random

    lines = [
        "@prefix hkg: <https://w3id.org/hsct-kg/ontology#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix dcterms: <http://purl.org/dc/terms/> .",
        "@prefix prov: <http://www.w3.org/ns/prov#> .",
        f'<{LOOSE}> a hkg:SourceDocument ; rdfs:label "A review with loose notes" .',
        (
            f'<{BASE}resource/section/loose-review-all> a hkg:Section ; rdfs:label "All of it" ; '
            f"dcterms:isPartOf <{LOOSE}> ."
        ),
    ]
    statements = []
    for i in range(1, placed + 1):
        statements.append(
            f"<{BASE}resource/statement/loose-review-{i:03d}> a hkg:SourceStatement ; "
            f"dcterms:isPartOf <{LOOSE}> ; hkg:position {i} ; "
            f"hkg:inSection <{BASE}resource/section/loose-review-all> ; "
            f'hkg:text "Placed sentence {i}." .'
        )
    for k in range(loose):
        statements.append(
            f"<{BASE}resource/statement/loose-review-u{k:03d}> a hkg:SourceStatement ; "
            f"dcterms:isPartOf <{LOOSE}> ; "
            f"hkg:inSection <{BASE}resource/section/loose-review-all> ; "
            f'hkg:text "Loose note {k}." .'
        )
    random.Random(7).shuffle(statements)
    lines += statements
    lines.append(
        f"<{BASE}resource/claim/loose-review-u105-1> a hkg:Claim, hkg:EfficacyClaim ; "
        f'rdfs:label "claim of loose note 105" ; '
        f"prov:wasDerivedFrom <{BASE}resource/statement/loose-review-u105> ."
    )
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("long") / "long.ttl"
    path.write_text(long_document() + loose_document(), encoding="utf-8")
    with kg_serve("--data", str(path)) as running:
        yield running


class Page:
    """An answer, its text with the server's own address taken out of its links."""

    def __init__(self, server, response: requests.Response):
        self.status_code = response.status_code
        self.text = html.unescape(response.text).replace(server.url, "")


def get(server, path, **params) -> Page:
    r = requests.get(server.url + path, params=params, headers={"Accept": BROWSER}, timeout=60)
    return Page(server, r)


def slugs(text: str) -> list[str]:
    """The statements of a page in the order shown, by the end of their IRIs."""
    return re.findall(r'class="statement" id="s-([^"]+)"', text)


def positions(text: str) -> list[int]:
    return [
        int(n) for n in re.findall(r'class="statement" id="s-[^"]+" data-position="(\d+)"', text)
    ]


def test_a_long_document_is_read_in_pages_of_100_statements(server):
    first = get(server, "/resource/source/long-review")
    assert first.status_code == 200
    assert positions(first.text) == list(range(1, 101))
    assert "statements 1–100 of 230 statements" in first.text
    assert 'rel="next" href="/resource/source/long-review?page=2"' in first.text
    assert "Page 1 of 3" in first.text
    last = get(server, "/resource/source/long-review", page=3)
    assert positions(last.text) == list(range(201, 231))
    assert 'rel="next"' not in last.text.split('class="pager document-pager"')[1]
    assert 'rel="prev" href="/resource/source/long-review?page=2"' in last.text
    # The first statement of a page carries its headings again.
    second = get(server, "/resource/source/long-review", page=2).text
    head = second.split('data-position="101"')[0].rsplit("</nav>", 1)[-1]
    assert "Part A</a></h3>" in head and "Part A, section 2</a></h4>" in head


def test_a_link_to_a_statement_lands_on_its_page(server):
    statement = get(server, "/resource/statement/long-review-150").text
    href = re.search(r'<a class="in-document" href="([^"]+)"', statement).group(1)
    assert href == "/resource/source/long-review?page=2#s-long-review-150"
    page = get(server, href.split("#")[0])
    assert 'id="s-long-review-150"' in page.text
    # A claim's card on that page links back to the same place.
    claim = get(server, "/resource/claim/long-review-150-1").text
    assert "/resource/source/long-review?page=2#s-long-review-150" in claim
    # Control: a statement of page 1 links to the document's address as it is.
    early = get(server, "/resource/statement/long-review-007").text
    assert 'href="/resource/source/long-review#s-long-review-007"' in early


@pytest.mark.parametrize(
    ("params", "status", "words"),
    [
        ({"page": "4"}, 404, "page 4 is past the end: the document has 3 pages"),
        ({"page": "0"}, 400, "page '0' is not a whole number from 1"),
        ({"page": "two"}, 400, "page 'two' is not a whole number from 1"),
        ({"page": "²"}, 400, "page '²'"),
        ({"size": "10"}, 400, "'size' is not a parameter of this page"),
    ],
)
def test_bad_pages_of_a_document_are_clear_errors(server, params, status, words):
    r = get(server, "/resource/source/long-review", **params)
    assert r.status_code == status and words in r.text


@pytest.mark.parametrize("page", ["1", "2", "3"])
def test_controls_every_page_of_the_document_answers(server, page):
    assert get(server, "/resource/source/long-review", page=page).status_code == 200


def test_a_section_page_shows_its_statements_in_its_place(server):
    r = get(server, "/resource/section/long-review-a-2")
    assert r.status_code == 200
    # The second quarter of 230 statements: 59 to 116 (58 a section), all on this one page.
    assert positions(r.text) == list(range(59, 117))
    assert "(58 statements)" in r.text
    trail = re.search(r'<nav class="crumbs section-trail".*?</nav>', r.text, re.DOTALL).group(0)
    assert re.findall(r">([^<>]+)</(?:a|span)>", trail) == [
        "A long review",
        "Part A",
        "Part A, section 2",
    ]
    assert 'href="/resource/section/long-review-a-1"' in r.text  # previous section
    assert 'href="/resource/section/long-review-b-1"' in r.text  # next section
    assert "/resource/source/long-review#s-long-review-059" in r.text  # in the whole document
    # A part shows the statements of all its sections, 100 a page.
    part = get(server, "/resource/section/long-review-b")
    assert positions(part.text) == list(range(117, 217))
    rest = get(server, "/resource/section/long-review-b", page=2)
    assert positions(rest.text) == list(range(217, 231))
    # A section of 58 statements is one page: any other is not there.
    missing = get(server, "/resource/section/long-review-a-2", page=2)
    assert missing.status_code == 404
    assert "page 2 is past the end: the section has 1 page" in missing.text
    assert 'class="pager document-pager"' not in r.text


PLACED = [f"loose-review-{i:03d}" for i in range(1, 151)]
UNPLACED = [f"loose-review-u{k:03d}" for k in range(130)]


def test_statements_without_a_position_follow_the_placed_ones_by_iri(server):
    # Placed: pages 1 (positions 1-100) and 2 (101-150); then the loose ones by IRI, 100 a page.
    shown = {n: get(server, "/resource/source/loose-review", page=n) for n in (1, 2, 3, 4)}
    assert all(p.status_code == 200 for p in shown.values())
    assert slugs(shown[1].text) == PLACED[:100]
    assert slugs(shown[2].text) == PLACED[100:]
    assert slugs(shown[3].text) == UNPLACED[:100]
    assert slugs(shown[4].text) == UNPLACED[100:]
    assert "Page 4 of 4" in shown[4].text and "(statements" in shown[1].text
    assert "280 statements" in shown[1].text
    missing = get(server, "/resource/source/loose-review", page=5)
    assert missing.status_code == 404
    assert "page 5 is past the end: the document has 4 pages" in missing.text
    # Every statement is on exactly one page.
    every = [slug for p in shown.values() for slug in slugs(p.text)]
    assert sorted(every) == sorted(PLACED + UNPLACED) and len(every) == len(set(every))


def test_a_link_to_a_statement_without_a_position_lands_on_its_page(server):
    statement = get(server, "/resource/statement/loose-review-u105").text
    href = re.search(r'<a class="in-document" href="([^"]+)"', statement).group(1)
    assert href == "/resource/source/loose-review?page=4#s-loose-review-u105"
    assert 'id="s-loose-review-u105"' in get(server, href.split("#")[0]).text
    claim = get(server, "/resource/claim/loose-review-u105-1").text
    assert "/resource/source/loose-review?page=4#s-loose-review-u105" in claim
    # Control: the first loose statement is on page 3.
    first = get(server, "/resource/statement/loose-review-u000").text
    assert 'href="/resource/source/loose-review?page=3#s-loose-review-u000"' in first


def test_a_long_section_is_read_in_pages_in_document_order(server):
    path = "/resource/section/loose-review-all"
    order = PLACED + UNPLACED
    pages = {n: get(server, path, page=n) for n in (1, 2, 3)}
    assert all(p.status_code == 200 for p in pages.values())
    assert slugs(pages[1].text) == order[:100]
    assert slugs(pages[2].text) == order[100:200]
    assert slugs(pages[3].text) == order[200:]  # the last page ends with the last statement
    assert "statements 201–280 of its 280 statements" in pages[3].text
    assert f'rel="next" href="{path}?page=2"' in pages[1].text
    assert f'rel="prev" href="{path}?page=2"' in pages[3].text
    assert 'rel="next"' not in pages[3].text.split('class="pager document-pager"')[1]
    assert f'rel="prev" href="{path}"' in pages[2].text  # page 1 is the bare address
    # Each page's link into the whole document goes to its first statement's page.
    assert "/resource/source/loose-review?page=2#s-loose-review-101" in pages[2].text
    missing = get(server, path, page=4)
    assert missing.status_code == 404
    assert "page 4 is past the end: the section has 3 pages" in missing.text
    assert get(server, path, page="x").status_code == 400


def test_the_built_in_sections_show_their_sentences_and_claims():
    with kg_serve() as running:
        r = get(running, "/resource/section/ahsct-evidence-summary-research-safety")
        assert r.status_code == 200
        assert "(3 statements)" in r.text
        assert "Stem cell transplants can be associated with serious adverse events" in r.text
        assert r.text.count('class="sentence-claims"') == 3
        assert "From the Research" in r.text
        whole = get(running, "/resource/source/ahsct-evidence-summary")
        assert len(positions(whole.text)) == 21 and 'class="pager document-pager"' not in whole.text
