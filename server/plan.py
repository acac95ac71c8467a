"""Rewrite a query so it is answered from its selective side; the answers stay the same.

Three shapes are rewritten: class-closure sequence paths (:func:`selective_paths`, below),
a triple pattern that closes a cycle of its basic graph pattern
(:func:`closing_patterns_last`), and the instance count of every class, read from the counts
the store keeps (:func:`class_counts`, see :mod:`kg.build.counts`).

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

Only this path shape is rewritten: a predicate that is one IRI (or ``a``), then ``/``, one IRI
with ``*`` or ``+``, and a constant object (IRI or prefixed name) ending the triple (``;``,
``.`` or ``}``). Anything else is left as written. The rewrite works on tokens (:mod:`server.policy`'s
lexer), so strings, IRIs and comments are never touched.
"""

from __future__ import annotations

from collections.abc import Mapping

from kg.build.counts import COUNTS_GRAPH, DATASET, VOID
from server.policy import Token, tokens

_TERM = ("iri", "pname")
_NO_LIMIT = 10**12
_ENDS = {";", ".", "}"}
# Tokens after which a term starts a new triple (so the term is a subject).
_TRIPLE_START = {"{", "}", "."}


def selective_paths(query: str, *, materialise: bool = False) -> str:
    """Return ``query`` with its class-closure sequence paths rewritten (or ``query`` itself).

    With ``materialise`` the sub-selects are ``DISTINCT`` with a ``LIMIT`` far above any
    class hierarchy, for remote stores that otherwise fold them back into the join.

    >>> print(selective_paths("SELECT ?c { ?c a :Claim ; :intervention/:sub* :x . }"))
    SELECT ?c { { SELECT ?_kg_path0 WHERE { ?_kg_path0 :sub* :x } } ?c a :Claim ; :intervention ?_kg_path0 . }
    >>> selective_paths("SELECT ?c { ?c :p/:q* ?x }")  # the object is not a constant
    'SELECT ?c { ?c :p/:q* ?x }'
    """
    if "/" not in query and not materialise:
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
            closure_query = f"SELECT {name} WHERE {{ {name} {step.text}{closure.text} {obj.text} }}"
            if materialise:
                # A closure path's solutions are distinct already; DISTINCT and a LIMIT make
                # stores such as Virtuoso evaluate the sub-select on its own first.
                closure_query = closure_query.replace("SELECT", "SELECT DISTINCT", 1)
                closure_query += f" LIMIT {_NO_LIMIT}"
            inserts.setdefault(group.offset + 1, []).append(f" {{ {closure_query} }}")
            edits.append((predicate.offset, obj.offset + len(obj.text), f"{predicate.text} {name}"))
            i += 5
            continue
        elif materialise and groups and _is_lone_closure(toks, i):
            # ``?v Q* C`` as a triple of its own: the same closure, materialised in place (in
            # place, so its join with the group's OPTIONAL and MINUS parts keeps its order).
            var, step, closure, obj = toks[i : i + 4]
            path = f"{var.text} {step.text}{closure.text} {obj.text}"
            sub = f"{{ SELECT DISTINCT {var.text} WHERE {{ {path} }} LIMIT {_NO_LIMIT} }}"
            edits.append((var.offset, obj.offset + len(obj.text), sub))
            i += 4
            continue
        i += 1
    if not edits:
        return query
    for offset, texts in inserts.items():
        edits.append((offset, offset, "".join(texts)))
    return _apply(query, edits)


def _is_lone_closure(toks: list[Token], i: int) -> bool:
    """``toks[i:i+4]`` is ``?v Q (*|+) C`` as a whole triple (not followed by ``;`` or ``,``)."""
    if i < 1 or i + 4 >= len(toks):
        return False
    before, var, step, closure, obj, after = toks[i - 1 : i + 5]
    return (
        before.kind == "other"
        and before.text in _TRIPLE_START
        and var.kind == "var"
        and step.kind in _TERM
        and closure.kind == "other"
        and closure.text in ("*", "+")
        and obj.kind in _TERM
        and not obj.text.endswith(".")
        and after.kind == "other"
        and after.text in (".", "}")
    )


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


def _apply(query: str, edits: list[tuple[int, int, str]]) -> str:
    """``query`` with each ``(start, end, text)`` replacing its span, the last span first."""
    out = query
    for start, end, text in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        out = out[:start] + text + out[end:]
    return out


def _fresh(query: str, n: int) -> str:
    name = f"?_kg_path{n}"
    while name in query:
        name += "_"
    return name


# Words that may stand as a term inside a triple block; any other word (FILTER, OPTIONAL, …)
# ends the block.
_TERM_WORDS = {"a", "true", "false"}
_BLOCK_START = {"{", "}", "."}


def closing_patterns_last(query: str) -> str:
    """Move each ``?x P ?y`` between two values its block reaches and joins anyway to its end.

    A basic graph pattern is a set of triple patterns: their order changes no answer (SPARQL
    1.1, 18.2.1), only which one the engine starts from. Oxigraph may start from a pattern such
    as ``?intervention hkg:mayBeConsideredFor ?disease`` written first, which has few matches
    but links to every claim of each intervention: competency question 17 took over 120 s on a
    million claims as written and 6 s with that pattern last, where it only checks the pairs
    the claims already bind.

    Only a block of plain triples is touched (variables, IRIs, prefixed names, ``a``, plain
    strings; ``;`` and ``,`` lists): one with a path, a collection, a ``[ ]`` node, a number or a
    typed or tagged literal is left as written, as is ``VALUES`` data.

    >>> print(closing_patterns_last("SELECT * { ?i :for ?d . ?c :i ?i ; :d ?d ; :w ?w }"))
    SELECT * { ?c :i ?i . ?c :d ?d . ?c :w ?w . ?i :for ?d . }
    >>> closing_patterns_last("SELECT * { ?i :for ?d . ?c :i ?i ; :w ?w }")  # no cycle
    'SELECT * { ?i :for ?d . ?c :i ?i ; :w ?w }'
    """
    toks = list(tokens(query))
    edits: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        if not _starts_block(toks, i):
            i += 1
            continue
        end = i
        while end < len(toks) and _in_block(toks[end]):
            end += 1
        # A literal's language tag or datatype would be left outside the block: not plain.
        cut = end < len(toks) and (toks[end].kind == "lang" or toks[end].text == "^")
        triples = None if cut else _triples(toks[i:end])
        if triples is not None:
            ordered = _closing_last(triples)
            if ordered != triples:
                last = toks[end - 1]
                text = " ".join(f"{s} {p} {o} ." for s, p, o in ordered)
                edits.append((toks[i].offset, last.offset + len(last.text), text))
        i = max(end, i + 1)
    return _apply(query, edits)


def _starts_block(toks: list[Token], i: int) -> bool:
    """A term at ``toks[i]`` starts a triple block (not a ``VALUES`` row or a mid-triple term)."""
    tok = toks[i]
    if not _is_term(tok) or i == 0:
        return False
    before = toks[i - 1]
    if before.kind != "other" or before.text not in _BLOCK_START:
        return False
    if before.text == "{":
        # VALUES ?x { :a :b } holds data, not triples.
        j = i - 2
        while j >= 0 and toks[j].kind == "var":
            j -= 1
        if j >= 0 and toks[j].kind == "word" and toks[j].text.upper() == "VALUES":
            return False
    return True


def _is_term(tok: Token) -> bool:
    if tok.kind in ("var", "iri", "bnode"):
        return True
    if tok.kind == "pname":
        return not tok.text.endswith(".")  # the lexer's prefixed names may swallow a "."
    return tok.kind == "word" and tok.text in _TERM_WORDS


def _in_block(tok: Token) -> bool:
    return _is_term(tok) or tok.kind == "string" or (tok.kind == "other" and tok.text in ";,.")


def _triples(block: list[Token]) -> list[tuple[str, str, str]] | None:
    """The triples a block of plain terms writes out, or None if it is not only that."""
    out: list[tuple[str, str, str]] = []
    i, n = 0, len(block)
    while i < n:
        if block[i].text == ".":
            i += 1
            continue
        subject = block[i]
        if subject.kind == "string" or subject.text in _TERM_WORDS:
            return None
        i += 1
        while True:  # predicate-object lists of one subject
            if i + 1 >= n or block[i].kind not in ("var", "iri", "pname", "word"):
                return None
            verb = block[i]
            if verb.kind == "word" and verb.text != "a":
                return None
            i += 1
            while True:  # objects of one predicate
                obj = block[i] if i < n else None
                if obj is None or obj.kind == "other" or obj.text == "a":
                    return None
                out.append((subject.text, verb.text, obj.text))
                i += 1
                if i < n and block[i].text == ",":
                    i += 1
                    continue
                break
            while i < n and block[i].text == ";":
                i += 1
            if i >= n or block[i].text == "." or block[i - 1].text != ";":
                break
        if i < n and block[i].text != ".":
            return None
    return out


def _closing_last(triples: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    front = list(triples)
    moved = []
    for triple in triples:
        s, p, o = triple
        if not (s.startswith(("?", "$")) and o.startswith(("?", "$")) and s != o):
            continue
        if p.startswith(("?", "$")):
            continue
        rest = [t for t in front if t is not triple]
        # Only a pattern between two values the rest reaches as objects (the claim's
        # intervention and its disease), closing a cycle: the rest joins them already. A
        # bridge between two parts moved last would leave the engine a cross product first.
        reached = {t[2] for t in rest}
        group = _components(rest)
        if s in reached and o in reached and group[s] == group[o]:
            front = rest
            moved.append(triple)
    return front + moved if moved else triples


def _components(triples: list[tuple[str, str, str]]) -> dict[str, str]:
    """Each variable of ``triples`` mapped to a representative of the variables it joins with."""
    parent: dict[str, str] = {}

    def root(v: str) -> str:
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    for triple in triples:
        names = [term for term in triple if term.startswith(("?", "$"))]
        for name in names:
            parent.setdefault(name, name)
        for name in names[1:]:
            parent[root(name)] = root(names[0])
    return {v: root(v) for v in parent}


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
# After GROUP BY ?class, these may follow and mean the same over the stored counts.
_TAIL_WORDS = {"ORDER", "BY", "ASC", "DESC", "LIMIT", "OFFSET"}


def class_counts(query: str, prefixes: Mapping[str, str]) -> str | None:
    """Return ``query`` reading the stored class counts (:mod:`kg.build.counts`), or ``None``.

    Only the instance count of every class is rewritten, as written in any of the usual ways::

        SELECT ?class (COUNT(?c) AS ?n) WHERE { ?c a ?class } GROUP BY ?class

    (``COUNT(*)`` or ``COUNT(DISTINCT ?c)``, ``rdf:type`` or ``a``, the projection in either
    order, ``SELECT DISTINCT``, then any ``ORDER BY``, ``LIMIT`` and ``OFFSET``). The caller must
    check that the counts are complete (``kg.build.counts.COMPLETE``) and that the query runs on the
    store's own default graph (no dataset given by the protocol).

    >>> print(class_counts("SELECT ?k (COUNT(*) AS ?n) { ?c a ?k } GROUP BY ?k ORDER BY ?k", {}))
    ... # doctest: +NORMALIZE_WHITESPACE
    SELECT ?k ?n WHERE { GRAPH <https://w3id.org/hsct-kg/graph/class-counts>
      { <https://w3id.org/hsct-kg/graph/class-counts#dataset> <http://rdfs.org/ns/void#classPartition> ?_kg_part .
        ?_kg_part <http://rdfs.org/ns/void#class> ?k ; <http://rdfs.org/ns/void#entities> ?n } } ORDER BY ?k
    >>> class_counts("SELECT ?k (COUNT(?c) AS ?n) { ?c a ?k } GROUP BY ?k HAVING(?n > 1)", {}) is None
    True
    """
    if "COUNT" not in query.upper() or "_kg_part" in query:
        return None
    toks = list(tokens(query))
    declared = dict(prefixes)
    i = 0
    # The prologue: PREFIX and BASE declarations, kept as written.
    while i < len(toks) and toks[i].kind == "word" and toks[i].text.upper() in ("PREFIX", "BASE"):
        if toks[i].text.upper() == "PREFIX" and i + 2 < len(toks):
            declared[toks[i + 1].text[:-1]] = toks[i + 2].text[1:-1]
            i += 3
        else:
            i += 2
    if i >= len(toks) or toks[i].kind != "word" or toks[i].text.upper() != "SELECT":
        return None
    select = toks[i]
    i += 1
    modifier = ""
    if i < len(toks) and toks[i].kind == "word" and toks[i].text.upper() in ("DISTINCT", "REDUCED"):
        modifier = toks[i].text + " "
        i += 1
    # The projection: the class variable and (COUNT(…) AS ?n), in either order.
    projection: list[str] = []
    key = count = counted = None
    while i < len(toks) and len(projection) < 2:
        if toks[i].kind == "var" and key is None:
            key = _name(toks[i])
            projection.append(toks[i].text)
            i += 1
            continue
        parsed = _count_projection(toks, i)
        if parsed is None or count is not None:
            return None
        counted, count, i = parsed
        projection.append(toks[i - 2].text)  # the AS variable, as written
    names = [key, count] if counted is None else [key, count, counted]
    if key is None or count is None or len(set(names)) != len(names):
        return None
    # WHERE? { ?c TYPE ?class .? } GROUP BY ?class
    if i < len(toks) and toks[i].kind == "word" and toks[i].text.upper() == "WHERE":
        i += 1
    body = [t.text for t in toks[i : i + 5]]
    if len(body) < 5 or body[0] != "{" or toks[i + 1].kind != "var":
        return None
    subject = _name(toks[i + 1])
    if counted is not None and subject != counted:
        return None
    if not _is_rdf_type(toks[i + 2], declared) or toks[i + 3].kind != "var":
        return None
    if _name(toks[i + 3]) != key or subject in (key, count):
        return None
    i += 4
    if toks[i].text == ".":
        i += 1
    if i + 3 > len(toks) or toks[i].text != "}":
        return None
    group, by, grouped = toks[i + 1 : i + 4]
    if (
        not (group.text.upper() == "GROUP" and by.text.upper() == "BY" and grouped.kind == "var")
        or _name(grouped) != key
    ):
        return None
    tail = toks[i + 4 :]
    if tail and tail[0].kind != "word":
        return None
    for tok in tail:
        ok = (
            (tok.kind == "word" and tok.text.upper() in _TAIL_WORDS)
            or (tok.kind == "var" and _name(tok) in (key, count))
            or (tok.kind == "other" and (tok.text in "()" or tok.text.isdigit()))
        )
        if not ok:
            return None
    rest = query[tail[0].offset :] if tail else ""
    graph = (
        f"GRAPH <{COUNTS_GRAPH}> {{ <{DATASET}> <{VOID}classPartition> ?_kg_part . "
        f"?_kg_part <{VOID}class> ?{key} ; <{VOID}entities> ?{count} }}"
    )
    return (
        f"{query[: select.offset]}SELECT {modifier}{' '.join(projection)} "
        f"WHERE {{ {graph} }} {rest}"
    ).rstrip()


def _name(tok: Token) -> str:
    return tok.text[1:]


def _count_projection(toks: list[Token], i: int) -> tuple[str | None, str, int] | None:
    """``( COUNT ( [DISTINCT] ?c|* ) AS ?n )`` at ``i``: (counted variable or None, n, next)."""
    texts = [t.text.upper() for t in toks[i : i + 9]]
    if texts[:3] != ["(", "COUNT", "("]:
        return None
    j = i + 3
    if j < len(toks) and texts[3] == "DISTINCT":
        j += 1
    if j >= len(toks):
        return None
    arg = toks[j]
    if arg.kind == "var":
        counted = _name(arg)
    elif arg.text == "*" and texts[3] != "DISTINCT":
        counted = None
    else:
        return None
    end = [t.text.upper() for t in toks[j + 1 : j + 5]]
    if (
        len(end) < 4
        or end[0] != ")"
        or end[1] != "AS"
        or toks[j + 3].kind != "var"
        or end[3] != ")"
    ):
        return None
    return counted, _name(toks[j + 3]), j + 5


def _is_rdf_type(tok: Token, declared: Mapping[str, str]) -> bool:
    if tok.kind == "word":
        return tok.text == "a"
    if tok.kind == "iri":
        return tok.text[1:-1] == _RDF_TYPE
    if tok.kind == "pname":
        prefix, _, local = tok.text.partition(":")
        return declared.get(prefix, "") + local == _RDF_TYPE
    return False
