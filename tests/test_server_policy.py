"""The scanner behind ``policy.analyse``: it reads SPARQL as the engine does, in linear time.

Tokens are compared with what pyoxigraph accepts: every text here that the engine parses must
give the scanner's reading of SERVICE targets; texts built to confuse a lexer (escapes in
prefixed names and IRIs, quotes and ``#`` inside strings, long strings) are read right; and
the work grows in proportion to the text, never faster (a ratio of two runs side by side).
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from server import policy

ROOT = Path(__file__).resolve().parent.parent
PRE = {"hkg": "https://w3id.org/hsct-kg/ontology#", "ex": "http://e/"}
EP = "http://127.0.0.1:9/sparql"


@pytest.mark.parametrize(
    ("text", "services"),
    [
        ("SELECT * { SERVICE <{ep}> {} }", [EP]),
        ("SELECT * { ?s ?p ex:a\\#b . SERVICE <{ep}> {} }", [EP]),
        ("SELECT * { ?s ?p <http://x/\\u0041#y> . SERVICE <{ep}> {} }", [EP]),
        ("SELECT * { ?s ?p ex:a\\'b . SERVICE <{ep}> {} }", [EP]),
        ("SELECT * { ?s ?p <http://x/\\u0041'> . SERVICE <{ep}> {} }", [EP]),
        ("SELECT * { ?s ?p ex:a\\' , '''x''' .\n SERVICE <{ep}> {} } #'''", [EP]),
        ("SELECT * { ?s ?p '''a\n# SERVICE <{ep}> {}\n''' }", []),
        ("SELECT * { ?s ?p 'x # y' . SERVICE SILENT <{ep}> {} }", [EP]),
        ('SELECT * { ?s ?p "\\"" . SERVICE <{ep}> {} }', [EP]),
        ("SELECT * { ?s ?p '\\u0027' . SERVICE <{ep}> {} }", [EP]),
        ("SELECT * { # SERVICE <{ep}> {}\n }", []),
        ("SELECT * { BIND(<{ep}> AS ?e) SERVICE ?e {} }", [None]),
        ("PREFIX r: <http://127.0.0.1:9/> SELECT * { SERVICE r:sparql {} }", [EP]),
        ("BASE <http://127.0.0.1:9/> SELECT * { SERVICE <sparql> {} }", [EP]),
    ],
)
def test_service_targets_read_as_the_engine_reads_them(text, services):
    text = text.replace("{ep}", EP)
    # The engine accepts each text (so its reading is the one that counts).
    _parses(text)
    assert policy.analyse(text, PRE).services == services


def _parses(text: str) -> None:
    try:
        ox.Store().query(text.replace("SERVICE", "GRAPH").replace("SILENT", ""), prefixes=PRE)
    except SyntaxError as exc:  # pragma: no cover - a broken fixture
        raise AssertionError(f"the engine does not parse {text!r}: {exc}") from None


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("SELECT * {}", "SELECT"),
        ("  \n# comment SELECT\nASK {}", "ASK"),
        ("PREFIX : <http://x/> SELECT * {}", "SELECT"),
        ("PREFIX#c\nex: #d\n<http://x/> ASK {}", "ASK"),
        ("prefix ex: <http://x/> base <http://b/> construct {} where {}", "CONSTRUCT"),
        ("BASE<http://b/>DESCRIBE <a>", "DESCRIBE"),
        ("INSERT DATA { <http://a> <http://b> <http://c> }", "UPDATE"),
        ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "UPDATE"),
        ("'SELECT' {}", None),
        ("", None),
    ],
)
def test_form(text, form):
    assert policy.analyse(text, PRE).form == form


def test_depth_counts_brackets_outside_strings_iris_and_comments():
    text = "SELECT * { FILTER((1)) BIND('{{{{' AS ?x) ?s <http://x/{> ?o } # {{{{"
    assert policy.analyse(text, PRE).depth == 3
    # Stray closing brackets cannot make later nesting look shallower.
    assert policy.analyse("}}}}}}" + "{" * 10, PRE).depth == 10


def test_competency_and_library_queries_have_no_service_and_their_form():
    for folder in ("tests/competency", "kg/queries"):
        for path in sorted((ROOT / folder).glob("*.rq")):
            info = policy.analyse(path.read_text(encoding="utf-8"), PRE)
            assert info.services == [] and info.loads == [], path
            assert info.form in ("SELECT", "ASK", "CONSTRUCT", "UPDATE"), path


def _best_of_three(text: str) -> float:
    # This process's CPU time, not the wall clock: on a shared machine other programs' load
    # stretches wall time unevenly between the two runs compared.
    times = []
    for _ in range(3):
        started = time.process_time()
        policy.analyse(text, PRE)
        times.append(time.process_time() - started)
    return min(times)


@pytest.mark.parametrize(
    "unit",
    [" ", "#", "{", "'\\a", "<a", "'''", "ex:\\#", "PREFIX ", "\\u0041", "<\\u0041", '"', "'\n"],
)
def test_work_grows_linearly(unit):
    # A ratio of two runs side by side, not a time: 8x the text may cost about 8x (24x allows
    # for noise), where quadratic work would cost 64x. The earlier lexer's patterns backtracked
    # exponentially on " " * 48 + "{" and "PREFIX" + " " * 48.
    small, large = unit * 2000 + "{", unit * 16000 + "{"
    assert _best_of_three(large) < 24 * max(_best_of_three(small), 1e-4)


def test_random_texts_never_raise():
    rng = random.Random(11)
    pieces = ["PREFIX", "ex:", "<http://x/>", "#", "\n", "'", '"', "'''", "\\", "\\u00", "{", "}"]
    pieces += ["SERVICE", "LOAD", "?v", "_:b", ".", ":", "<", ">", "@en", " ", "é"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
        info = policy.analyse(text, PRE)
        assert info.depth >= 0
