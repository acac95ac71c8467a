"""The HTML pages' queries run in the endpoint's killable query workers, under its time limit.

A real server over loopback, on 30,000 generated claims, with a time limit (0.3 s) that a
claim page's queries keep far below (about 0.03 s together) and the page of the intervention
most claims are about does not.
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
