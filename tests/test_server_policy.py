"""The lexer's short cut: ``policy.analyse`` must read every text as the full lexer does.

The short cut skips lexing when the text cannot hold SERVICE or LOAD; a difference from the
lexer here would let a SERVICE through or misjudge an update, so it is checked on real queries
and on texts built to confuse the prologue pattern.
"""

from __future__ import annotations

import random
from pathlib import Path

from server import policy

ROOT = Path(__file__).resolve().parent.parent
PRE = {"hkg": "https://w3id.org/hsct-kg/ontology#"}

TRICKY = [
    "SELECT * {}",
    "  \n# comment SELECT\nASK {}",
    "PREFIX: <http://x/> SELECT * {}",
    "PREFIX : <http://x/> SELECT * {}",
    "PREFIX:x <http://x/> SELECT * {}",
    "PREFIX ex:foo <http://x/> SELECT * {}",
    "PREFIX ex:<http://x/> DESCRIBE ex:a",
    "PREFIX#c\nex: #d\n<http://x/> ASK {}",
    "prefix ex: <http://x/> base <http://b/> construct {} where {}",
    "BASE<http://b/>SELECT * {}",
    "BASEx <http://b/> SELECT * {}",
    "PREFIXES ex: <http://x/> SELECT * {}",
    "SELECT.a:b",
    "SELECT:x",
    "_:b SELECT * {}",
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "PREFIX e: <http://e/> SELECT * { SERVICE e:ep { ?s ?p ?o } }",
    "SELECT * { ſervice <http://a/> { } }",
    "SELECT * { SERVICE <http://a/> {} }",
    "LOAD <http://evil/>",
    "select * { ?s ?p 'load' }",
    "ÄSK {}",
    "'SELECT' {}",
    "<http://x/> SELECT {}",
    "SELECT\u00b7x {}",
    "",
    "   ",
]


def corpus() -> list[str]:
    texts = list(TRICKY)
    for folder in ("tests/competency", "kg/queries"):
        texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / folder).glob("*.rq"))]
    rng = random.Random(7)
    pieces = [
        "PREFIX",
        "BASE",
        "ex:",
        ":",
        "<http://x/>",
        "#c\n",
        "SELECT",
        "ASK",
        "INSERT",
        "{",
        "}",
        "'s'",
        "?v",
        "_:b",
        ".",
        "-",
        "x",
    ]
    pieces += [" ", "\n"]
    for _ in range(2000):
        texts.append("".join(rng.choice(pieces) for _ in range(rng.randrange(1, 8))))
    return texts


def test_short_cut_reads_like_the_lexer():
    for text in corpus():
        fast = policy.analyse(text, PRE, "http://example.org/sparql")
        full = policy.lex_analyse(text, PRE, "http://example.org/sparql")
        got, want = (fast.form, fast.services, fast.loads), (full.form, full.services, full.loads)
        assert got == want, text


def test_short_cut_is_taken_for_ordinary_queries(monkeypatch):
    calls = []
    monkeypatch.setattr(policy, "lex_analyse", lambda *a: calls.append(a))
    assert policy.analyse("PREFIX ex: <http://x/>\nSELECT * { ?s ex:p ?o }", PRE).form == "SELECT"
    assert calls == []
