"""Rewrite a query so Oxigraph starts from its selective side; the answers stay the same.

``?claim hkg:intervention/rdfs:subClassOf* intervention:ahsct`` asks for the claims about AHSCT
or any of its subclasses. Oxigraph evaluates such a sequence path from the subject: for each of
a million claims it walks the class hierarchy up from the claim's intervention, which took 29 s
on a million-claim graph. The subclasses of AHSCT are a handful and known before any claim is
read. SPARQL defines the sequence path ``S P/Q* C`` as the join of ``S P ?v`` and
``?v Q* C`` (SPARQL 1.1, 18.1.7), and a sub-select is evaluated on its own before it is
joined, so

    S P/Q* C          becomes          { SELECT ?v WHERE { ?v Q* C } }  …  S P ?v

(the sub-select at the start of the enclosing group), which finds the subclasses first and then
only their claims: the same solutions, 1.6 s instead of 34 s for competency question 1.

Only this shape is rewritten: a predicate that is one IRI (or ``a``), then ``/``, one IRI with
``*`` or ``+``, and a constant object (IRI or prefixed name) ending the triple (``;``, ``.`` or
``}``). Anything else is left as written. The rewrite works on tokens (:mod:`server.policy`'s
lexer), so strings, IRIs and comments are never touched.
"""

from __future__ import annotations

from server.policy import Token, tokens

_TERM = ("iri", "pname")
_ENDS = {";", ".", "}"}
# Tokens after which a term starts a new triple (so the term is a subject).
_TRIPLE_START = {"{", "}", "."}


def selective_paths(query: str) -> str:
    """Return ``query`` with its class-closure sequence paths rewritten (or ``query`` itself).

    >>> print(selective_paths("SELECT ?c { ?c a :Claim ; :intervention/:sub* :x . }"))
    SELECT ?c { { SELECT ?_kg_path0 WHERE { ?_kg_path0 :sub* :x } } ?c a :Claim ; :intervention ?_kg_path0 . }
    >>> selective_paths("SELECT ?c { ?c :p/:q* ?x }")  # the object is not a constant
    'SELECT ?c { ?c :p/:q* ?x }'
    """
    if "/" not in query:
        return query
    toks = list(tokens(query))
    groups: list[Token] = []  # the open "{" tokens
    inserts: dict[int, list[str]] = {}  # text offset -> sub-selects to insert there
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement)
    count = 0
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.text == "{" and tok.kind == "other":
            groups.append(tok)
        elif tok.text == "}" and tok.kind == "other" and groups:
            groups.pop()
        elif groups and _is_closure_path(toks, i):
            name = _fresh(query, count)
            count += 1
            predicate, step, closure, obj = toks[i], toks[i + 2], toks[i + 3], toks[i + 4]
            group = groups[-1]
            inserts.setdefault(group.offset + 1, []).append(
                f" {{ SELECT {name} WHERE {{ {name} {step.text}{closure.text} {obj.text} }} }}"
            )
            edits.append((predicate.offset, obj.offset + len(obj.text), f"{predicate.text} {name}"))
            i += 5
            continue
        i += 1
    if not edits:
        return query
    for offset, texts in inserts.items():
        edits.append((offset, offset, "".join(texts)))
    out = query
    for start, end, text in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        out = out[:start] + text + out[end:]
    return out


def _is_closure_path(toks: list[Token], i: int) -> bool:
    """``toks[i:i+5]`` is ``P / Q (*|+) C`` in predicate position, ending its triple."""
    if i + 5 >= len(toks):
        return False
    predicate, slash, step, closure, obj, after = toks[i : i + 6]
    if not (
        (predicate.kind in _TERM or (predicate.kind == "word" and predicate.text == "a"))
        and slash.text == "/"
        and step.kind in _TERM
        and closure.text in ("*", "+")
        and closure.kind == "other"
        and obj.kind in _TERM
        and not obj.text.endswith(".")  # the lexer's prefixed names may swallow a "."
        and after.text in _ENDS
        and after.kind == "other"
    ):
        return False
    # Predicate position: after ";" (another predicate of the same subject), or after a
    # subject term that itself starts a triple.
    before = toks[i - 1] if i >= 1 else None
    if before is None:
        return False
    if before.text == ";" and before.kind == "other":
        return True
    if before.kind in ("var", "iri", "pname", "bnode") and i >= 2:
        start = toks[i - 2]
        return start.kind == "other" and start.text in _TRIPLE_START
    return False


def _fresh(query: str, n: int) -> str:
    name = f"?_kg_path{n}"
    while name in query:
        name += "_"
    return name
