"""The HTML pages' queries run in the endpoint's killable query workers, under its time limit,
and their look-ups of the store's indexes draw on the same budget.

A real server over loopback, on 30,000 generated claims, with a time limit (0.3 s) that a
claim page's queries keep far below (about 0.03 s together) and the page of the intervention
most claims are about does not. A second one serves a resource with 400,000 triples of its
own, which its RDF page reads through look-ups alone, no query.
"""

from __future__ import annotations

import html
import time

import pytest
import requests
from kg_testing import kg_serve

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
CONTROL = "/resource/claim/syn-000001-01-1"
# The page of the intervention most claims are about: its claims (also through its subclasses)
# under their facets, thousands of them here (5.3 s in-process, unlimited).
SLOW = "/resource/intervention/ahsct"


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    from bench.generate import write_turtle

    data = write_turtle(tmp_path_factory.mktemp("large") / "claims.ttl", 30000, 1, ontology=True)
    with kg_serve("--data", str(data), "--timeout", "0.3") as running:
        yield running


def get(server, path, accept=BROWSER):
    return requests.get(server.url + path, headers={"Accept": accept}, timeout=60)


def test_a_slow_page_query_is_stopped_while_other_pages_work(large):
    # Warm: the first page a fresh worker answers may be slow (its pages of the store are
    # read for the first time).
    assert any(get(large, CONTROL).status_code == 200 for _ in range(3))
    started = time.monotonic()
    slow = get(large, SLOW)
    took = time.monotonic() - started
    assert slow.status_code == 503
    assert "text/html" in slow.headers["Content-Type"]
    text = html.unescape(slow.text)
    assert "ran longer than 0.3 s and were stopped" in text
    assert "search with more specific words" in text and "--timeout" in text
    assert took < 5, "the page was not stopped at its time limit"
    # The control: other pages and queries are answered, before and after.
    for _ in range(3):
        assert get(large, CONTROL).status_code == 200
    ask = requests.get(large.url + "/sparql", params={"query": "ASK {}"}, timeout=30)
    assert ask.status_code == 200


RESOURCE = "https://w3id.org/hsct-kg/resource/thing/"
NT = "application/n-triples"


@pytest.fixture(scope="module")
def wide(tmp_path_factory):
    path = tmp_path_factory.mktemp("wide") / "wide.nt"
    with path.open("w", encoding="utf-8") as out:
        for i in range(400_000):
            out.write(f'<{RESOURCE}wide> <http://example.org/p{i % 7}> "value {i}" .\n')
        out.write(f'<{RESOURCE}narrow> <http://example.org/p0> "the one value" .\n')
    with kg_serve("--data", str(path), "--timeout", "0.2") as running:
        yield running


def test_a_page_whose_look_ups_pass_the_limit_is_stopped(wide):
    # The control, before and after: a resource of one triple, read the same way.
    narrow = get(wide, "/resource/thing/narrow", NT)
    assert narrow.status_code == 200 and '"the one value"' in narrow.text
    wide_page = get(wide, "/resource/thing/wide", NT)
    assert wide_page.status_code == 503, wide_page.text[:200]
    message = wide_page.json()["error"]
    assert "queries and look-ups ran longer than 0.2 s and were stopped" in message
    assert "--timeout" in message
    assert get(wide, "/resource/thing/narrow", NT).status_code == 200
    ask = requests.get(wide.url + "/sparql", params={"query": "ASK {}"}, timeout=30)
    assert ask.status_code == 200
