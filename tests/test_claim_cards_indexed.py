"""A disease or intervention page with many claims takes its cards and facets from the claim
index (server/claim_facets.py ``indexed_cards``) instead of reading every claim: the same page
as the claims read whole (cards in order, facet values and counts, totals, paging), checked on
the built-in graph with the threshold set to 0 against the same page with the claims read whole;
the evidence map then shows the page's claims."""

from __future__ import annotations

import html
import re

import pytest

from server import claim_facets, create_app


@pytest.fixture(scope="module")
def client():
    app = create_app({"workers": 0})
    yield app.test_client()
    app.extensions["kg.backend"].close()


def seen(client, path: str) -> dict:
    r = client.get(path, headers={"Accept": "text/html"})
    assert r.status_code == 200, r.text
    text = r.get_data(as_text=True)
    facets = {
        name: re.findall(r'data-value="([^"]+)">[^<]*<span class="count">(\d+)</span>', block)
        for name, block in re.findall(
            r'<section class="facet" data-facet="([^"]+)">(.*?)</section>', text, re.DOTALL
        )
    }
    chosen = re.findall(r'aria-current="true" class="chosen" data-value="([^"]+)"', text)
    return {
        "heading": re.search(r"<h2>Claims \(([^)]*)\)</h2>", text).group(1),
        # The claims linked from the cards, in order (the cards come after the map).
        "cards": list(
            dict.fromkeys(
                re.findall(
                    r"/resource/claim/([\w.-]+)", text.partition('<ul class="claim-list">')[2]
                )
            )
        ),
        "facets": facets,
        "chosen": chosen,
        "paging": re.findall(r'rel="(?:prev|next)" href="([^"]+)"', text),
        "text": text,
    }


PAGES = [
    "/resource/intervention/ahsct",
    "/resource/intervention/ahsct?strength=hkg:Possible",
    "/resource/intervention/ahsct?strength=hkg:Possible&strength=hkg:Demonstrated",
    "/resource/intervention/ahsct?kind=hkg:EfficacyClaim&direction=hkg:Improves",
    "/resource/disease/systemic-autoimmune-disease",
    "/resource/disease/multiple-sclerosis?size=3&page=2",
    "/resource/intervention/stem-cell-transplantation?size=5&page=3",
]


@pytest.mark.parametrize("path", PAGES)
def test_the_index_gives_the_page_the_claims_read_whole_give(client, path, monkeypatch):
    whole = seen(client, path)
    monkeypatch.setattr(claim_facets, "INDEXED_AFTER", 0)
    indexed = seen(client, path)
    assert "on this page" in indexed["text"] and "on this page" not in whole["text"]
    for key in ("heading", "cards", "facets", "chosen", "paging"):
        assert indexed[key] == whole[key], key
    assert whole["cards"] and whole["facets"]


def test_bad_facet_values_are_refused_alike(client, monkeypatch):
    monkeypatch.setattr(claim_facets, "INDEXED_AFTER", 0)
    for query, words in (
        ("strength=hkg:Nope", "no claim has hkg:Nope as its strength"),
        ("page=99", "page 99 is past the last page of these claims"),
        ("size=0", "size: '0' is not a whole number"),
    ):
        r = client.get("/resource/intervention/ahsct?" + query, headers={"Accept": "text/html"})
        assert r.status_code in (400, 404), query
        assert words in html.unescape(r.get_data(as_text=True)), query
    control = client.get("/resource/intervention/ahsct?strength=hkg:Possible")
    assert control.status_code == 200


def test_the_picture_alone_draws_the_first_page_of_many_claims(client, monkeypatch):
    path = "/evidence-map.svg?iri=https://w3id.org/hsct-kg/resource/intervention/ahsct&size=3"
    whole = client.get(path).get_data(as_text=True)
    monkeypatch.setattr(claim_facets, "INDEXED_AFTER", 0)
    r = client.get(path)
    assert r.status_code == 200 and r.mimetype == "image/svg+xml"
    page = r.get_data(as_text=True)
    # Three claims' connections, fewer than all of AHSCT's (the picture of few draws them all).
    assert 0 < page.count('class="edge-link"') < whole.count('class="edge-link"')


def test_a_facet_of_many_values_lists_the_most_frequent(client, monkeypatch):
    monkeypatch.setattr(claim_facets, "INDEXED_AFTER", 0)
    monkeypatch.setattr(claim_facets, "SHOWN_VALUES", 2)
    path = "/resource/intervention/stem-cell-transplantation?disease=disease:multiple-sclerosis"
    page = seen(client, path)
    assert all(len(values) <= 3 for values in page["facets"].values())  # 2, and the chosen one
    assert "https://w3id.org/hsct-kg/resource/disease/multiple-sclerosis" in page["chosen"]
    assert re.search(r"and \d+ less frequent values?", page["text"])
    # Control: the counts of what is listed are those of the whole list.
    monkeypatch.setattr(claim_facets, "SHOWN_VALUES", 1000)
    whole = seen(client, path)
    for name, values in page["facets"].items():
        assert set(values) <= set(whole["facets"][name])
