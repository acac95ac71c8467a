"""SPARQL updates that cannot break the graph: run on a copy, re-derive, validate, then commit.

An update is first run on an in-memory copy of the store, and what it changed is found by
reading only the quads its templates can touch (:mod:`kg.update.change`). There, shortcut triples
written by hand are refused, the shortcut triples and types of the claims it touched are
derived again, and the change is validated by the focus nodes it can affect, counting only the
results it brings in (:mod:`kg.update.guard`). Only if it passes is the same update, followed by the
same derivations and the class-count update, run on the real store as *one* SPARQL update
request: pyoxigraph runs one request in one transaction, so the store holds all of it or none of
it, on disk too after the process is killed. Nothing here reads the whole store unless the
update's reach cannot be bounded (``CLEAR ALL``, a schema change).

The real store runs the update text rather than receiving the copy's triples because SPARQL has
no way to delete a particular blank node (``DELETE DATA`` forbids them and ``INSERT DATA``
renames them); replaying the text keeps blank nodes intact. The copy and the store therefore
agree up to the values of ``NOW()``, ``RAND()``, ``UUID()`` and fresh blank-node labels.

Updates are serialised by a lock: each is checked against the state it will be committed to.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph

from kg.build import counts
from kg.build.focus import store_classifier, subgraph
from kg.build.validate import ValidationReport
from kg.errors import (
    InputError,
    QueryError,
    ShortcutTriple,
    ShortcutTripleError,
    ValidationFailed,
)
from kg.namespaces import bind_prefixes, curie
from kg.query import syntax_error
from kg.terms import to_rdflib
from kg.update.change import Change, Pattern, diff, snapshot, update_patterns
from kg.update.guard import ShapesValidator, derive_change, judge, shortcut_properties
from server import policy
from server.policy import tokens

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UpdateDataset:
    """The protocol's ``using-graph-uri`` and ``using-named-graph-uri`` values (absolute IRIs)."""

    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.default_graphs or self.named_graphs)


class UpdateFailed(InputError):
    """The update is well-formed but cannot be applied (e.g. ``DROP GRAPH`` of a missing graph)."""


class UpdateRefused(InputError):
    """The update asks for what the endpoint does not do (``LOAD`` or ``SERVICE``)."""


@dataclass(frozen=True)
class UpdateRequest:
    """One update as received: its text, the protocol's dataset and the base IRI."""

    text: str
    dataset: UpdateDataset = UpdateDataset()
    base_iri: str | None = None
    allow_service: tuple[str, ...] = ()


@dataclass(frozen=True)
class Trial:
    """A tried update: the program to run on the real store, and the quad patterns it can
    change there (None: any quad), to find what it changed without reading the whole store."""

    program: str
    patterns: list[Pattern] | None


def prepare_update(
    store: ox.Store,
    request: UpdateRequest,
    prefixes: Mapping[str, str],
    shapes: Graph | ShapesValidator | None,
) -> Trial:
    """Try ``request`` on ``store`` (which it changes: give a copy) and return what to commit.

    The text is screened first (nesting, ``LOAD``/``SERVICE``, the protocol's dataset), then run
    on ``store``; with ``shapes`` the shortcut triples and types of the claims it touched are
    derived again and the change validated by what it changes (:func:`kg.update.guard.judge`). The
    returned program is the update followed by the same derivations and the class-count update,
    to be run on the real store as one transaction.

    Raises:
        QueryError: the update is malformed or nested too deep (with its position).
        UpdateRefused: it loads from or calls another server that is not allowed.
        InputError: the protocol's dataset clashes with the update's own ``USING``/``WITH``.
        UpdateFailed: the update cannot be applied to this store.
        ShortcutTripleError: the update writes shortcut triples itself.
        ValidationFailed: the result would not conform to the shapes.

    >>> print(prepare_update(ox.Store(), UpdateRequest("LOAD <http://e/x>"), {}, None))
    Traceback (most recent call last):
    server.update.UpdateRefused: LOAD and SERVICE are not allowed for http://e/x ...
    """
    text = request.text
    info = policy.analyse(text, prefixes, request.base_iri)
    deep = policy.too_deep(text, info)
    if deep:
        raise QueryError(deep.replace("the query", "the update", 1))
    refused = policy.refused_targets(info.services + info.loads, request.allow_service)
    if refused:
        raise UpdateRefused(
            "LOAD and SERVICE are not allowed for " + ", ".join(refused) + " (the endpoint "
            "does not fetch from other servers unless started with --allow-service)"
        )
    if request.dataset and "WITH" in info.words:
        # SPARQL 1.1 Protocol 2.2.3: the protocol's dataset and WITH may not both be given.
        raise InputError(
            "the update names its graph with WITH; it may not also be given "
            "using-graph-uri or using-named-graph-uri"
        )
    program = with_dataset(text, request.dataset)
    program += _separator(program)
    patterns = update_patterns(program, prefixes, request.base_iri)
    before = snapshot(store, patterns)
    shortcuts = shortcut_properties(store) if shapes is not None else set()
    _run(store, program, text, request.base_iri, prefixes)
    change = diff(before, snapshot(store, patterns))
    written = sorted((q for q in change.added if q.predicate in shortcuts), key=str)
    if written:
        raise ShortcutTripleError(
            [ShortcutTriple("the update", None, _show_quad(q)) for q in written]
        )
    if shapes is not None and change:
        kind = store_classifier(store)  # one per trial: it remembers what it has looked up
        derived = derive_change(store, change, kind)
        program += derived.program
        patterns = (
            None if patterns is None or derived.patterns is None else patterns + derived.patterns
        )
        change = Change(
            change.removed | derived.change.removed, change.added | derived.change.added
        )
        validator = shapes if isinstance(shapes, ShapesValidator) else ShapesValidator(shapes)
        report = judge(store, change, validator, kind)
        if not report.conforms:
            raise ValidationFailed(report)
    # Counts written by hand are replaced, as is everything when the change is not bounded.
    by_hand = any(counts.is_counts_graph(q.graph_name) for q in change.removed | change.added)
    if patterns is None or by_hand:
        recount = counts.REFRESH
    else:
        recount = counts.recount(store, change.triples())
    if recount:
        program += recount
        if patterns is not None:
            patterns = patterns + counts.PATTERNS
    return Trial(program, patterns)


def encode_outcome(prepare: Callable[[], Trial]) -> tuple:
    """Run ``prepare`` and return its trial or its error as plain values (to cross a pipe)."""
    try:
        trial = prepare()
        return ("ok", trial.program, trial.patterns)
    except QueryError as exc:
        return ("query", exc.message, exc.position)
    except UpdateRefused as exc:
        return ("refused", str(exc))
    except ShortcutTripleError as exc:
        return ("shortcut", exc.triples)
    except ValidationFailed as exc:
        turtle = exc.report.graph.serialize(format="turtle")
        return ("shapes", exc.report.text, turtle)
    except UpdateFailed as exc:
        return ("failed", str(exc))
    except InputError as exc:
        return ("input", str(exc))


def checker(
    prefixes: Mapping[str, str],
    shapes: Graph | None,
    store: ox.Store | None = None,
    conforming: bool = False,
):
    """The function a query worker runs to try an update on its own copy of the store.

    Each update is tried in a freshly forked worker, so whatever the first trial of a process
    would set up (lazy imports, parser state, caches) is set up here, before the workers are
    forked: by a trial on an empty store and, given ``store``, by a valid and a refused update
    of one of its claims, tried on a small copy of that claim's part of the graph.
    ``conforming``: the store is known to conform to ``shapes`` (see :class:`ShapesValidator`).
    """
    prefixes = dict(prefixes)
    shapes = ShapesValidator(shapes, conforming) if shapes is not None else None

    def trial(on: ox.Store, request: UpdateRequest) -> tuple:
        return encode_outcome(lambda: prepare_update(on, request, prefixes, shapes))

    trial(ox.Store(), UpdateRequest("INSERT DATA { <urn:a> <urn:b> 1 }"))
    row = next(iter(store.query(_A_CLAIM)), None) if store is not None and shapes else None
    if row is not None:
        claim = row["c"]
        sample = subgraph(store, [claim], store_classifier(store))
        for text in (
            f"INSERT DATA {{ {claim} <{RDFS_COMMENT}> 'warm-up' }}",
            f"DELETE WHERE {{ {claim} <{PROV_DERIVED}> ?s }}",
        ):
            copy = ox.Store()
            copy.extend(sample)
            trial(copy, UpdateRequest(text))
    return trial


RDFS_COMMENT = "http://www.w3.org/2000/01/rdf-schema#comment"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
_A_CLAIM = f"SELECT ?c WHERE {{ ?c <{PROV_DERIVED}> ?s }} LIMIT 1"


def decode_outcome(outcome: tuple, text: str) -> Trial:
    """Return the trial of an :func:`encode_outcome` value, or raise the error it carries."""
    kind, *values = outcome
    if kind == "ok":
        return Trial(*values)
    if kind == "query":
        raise QueryError(values[0], values[1], text)
    if kind == "refused":
        raise UpdateRefused(values[0])
    if kind == "shortcut":
        raise ShortcutTripleError(values[0])
    if kind == "shapes":
        report_text, turtle = values
        graph = bind_prefixes(Graph(bind_namespaces="none")).parse(data=turtle, format="turtle")
        raise ValidationFailed(ValidationReport(False, graph, report_text, []))
    if kind == "failed":
        raise UpdateFailed(values[0])
    raise InputError(values[0])


class Updater:
    """Apply updates to ``store`` so that the result always conforms to ``shapes``.

    Args:
        store: the store to change.
        prefixes: prefixes pre-bound for the update text.
        shapes: SHACL shapes every result must conform to, or None to apply updates as given
            (no validation, no re-derivation; the class counts are refreshed either way).
        on_commit: called with the :class:`Change` after each commit, while updates are still
            locked out (e.g. to refresh query workers holding a copy of the store).
        isolate: tries an :class:`UpdateRequest` somewhere a crash or a time-out costs only
            itself (a query worker, with its own copy of the store) and returns the
            :func:`encode_outcome` value; without it the update is tried on a copy here.

    >>> def show(change):
    ...     print([str(q.predicate) for q in change.added if q.graph_name == ox.DefaultGraph()])
    >>> u = Updater(ox.Store(), {}, None, on_commit=show)
    >>> _ = u.apply("INSERT DATA { <http://e/s> <http://e/p> 1 }")
    ['<http://e/p>']
    """

    def __init__(
        self,
        store: ox.Store,
        prefixes: Mapping[str, str],
        shapes: Graph | None,
        on_commit: Callable[[Change], None] | None = None,
        isolate: Callable[[UpdateRequest], tuple] | None = None,
        allow_service: tuple[str, ...] = (),
    ):
        self.store = store
        self.prefixes = dict(prefixes)
        self.shapes = ShapesValidator(shapes) if shapes is not None else None
        self.on_commit = on_commit
        self.isolate = isolate
        self.allow_service = tuple(allow_service)
        self._lock = threading.Lock()

    @property
    def lock(self) -> threading.Lock:
        """Held while an update is tried, committed and its change reported: whoever opens
        reads that must fall wholly before or after a commit takes it too."""
        return self._lock

    def apply(
        self, text: str, dataset: UpdateDataset = UpdateDataset(), base_iri: str | None = None
    ) -> Change:
        """Run the update ``text`` and return what it changed.

        Raises:
            QueryError: the update is malformed (with its position in ``text``).
            UpdateRefused: the update loads from or calls another server.
            InputError: ``dataset`` is given and the update names its own (``USING``, ``WITH``).
            UpdateFailed: the update cannot be applied to this store.
            ShortcutTripleError: the update writes shortcut triples itself.
            ValidationFailed: the result would not conform to the shapes; nothing was changed.
            UpdateTimeout: trying the update took longer than allowed; nothing was changed.
        """
        request = UpdateRequest(text, dataset, base_iri, self.allow_service)
        with self._lock:
            if self.isolate is not None:
                outcome = self.isolate(request)
            else:
                copy = ox.Store()
                copy.extend(self.store)
                outcome = encode_outcome(
                    lambda: prepare_update(copy, request, self.prefixes, self.shapes)
                )
            trial = decode_outcome(outcome, text)
            # What the commit changes, for query workers holding a copy of the store: read in
            # the quads the tried program can touch, before and after.
            tracked = self.on_commit is not None
            before = snapshot(self.store, trial.patterns) if tracked else frozenset()
            # The tried program, then the same derivations and count update, as one
            # transaction: the store holds all of it or none of it.
            _run(self.store, trial.program, text, base_iri, self.prefixes)
            if not tracked:
                return Change(frozenset(), frozenset())
            change = diff(before, snapshot(self.store, trial.patterns))
            if change:
                self.on_commit(change)
            return change


def with_dataset(text: str, dataset: UpdateDataset) -> str:
    """Return ``text`` with the protocol's dataset as ``USING`` clauses of each operation.

    SPARQL 1.1 Protocol, 2.2.3: ``using-graph-uri`` and ``using-named-graph-uri`` act as
    ``USING`` and ``USING NAMED`` in every operation, and a request that gives them may not
    also name a dataset in the update itself. The IRIs are parsed first and written back by
    pyoxigraph; only the position of the clause comes from lexing the user's text.

    Raises:
        InputError: an IRI is not absolute, or the update has its own ``USING``.

    >>> with_dataset("DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", UpdateDataset(("http://e/g",)))
    'DELETE { ?s ?p ?o } USING <http://e/g> WHERE { ?s ?p ?o }'
    >>> with_dataset("DELETE WHERE { ?s ?p 1 }", UpdateDataset((), ("http://e/n",)))
    'DELETE { ?s ?p 1 } USING NAMED <http://e/n> WHERE { ?s ?p 1 }'
    """
    if not dataset:
        return text
    clauses = [f"USING {_iri(g)}" for g in dataset.default_graphs]
    clauses += [f"USING NAMED {_iri(g)}" for g in dataset.named_graphs]
    clause = " ".join(clauses)
    toks = list(tokens(text))
    if any(t.kind == "word" and t.text.upper() == "USING" for t in toks):
        raise InputError(
            "the update names its own dataset with USING; it may not also be given "
            "using-graph-uri or using-named-graph-uri"
        )
    edits: list[tuple[int, int, str]] = []
    depth = 0
    for i, tok in enumerate(toks):
        if tok.kind == "other" and tok.text == "{":
            depth += 1
        elif tok.kind == "other" and tok.text == "}":
            depth -= 1
        elif depth == 0 and tok.kind == "word" and tok.text.upper() == "WHERE":
            previous = toks[i - 1] if i else None
            if (
                previous is not None
                and previous.kind == "word"
                and previous.text.upper() == "DELETE"
            ):
                # DELETE WHERE has no USING; its long form DELETE { P } USING ... WHERE { P } does.
                end = _closing_brace(toks, i + 1)
                if end is None:
                    continue  # malformed: left for the parser to report
                pattern = text[toks[i + 1].offset : toks[end].offset + 1]
                edits.append((tok.offset, tok.offset + len(tok.text), f"{pattern} {clause} WHERE"))
            else:
                edits.append((tok.offset, tok.offset, f"{clause} "))
    for start, end, replacement in reversed(edits):
        text = text[:start] + replacement + text[end:]
    return text


def _show_quad(quad: ox.Quad) -> str:
    shown = " ".join(_show_term(t) for t in (quad.subject, quad.predicate, quad.object))
    graph = quad.graph_name
    return shown if graph == ox.DefaultGraph() else f"{shown} (in graph {graph})"


def _show_term(term) -> str:
    if isinstance(term, ox.Literal):
        return str(term)
    return curie(to_rdflib(term))


def _iri(value: str) -> str:
    try:
        return str(ox.NamedNode(value))
    except ValueError as exc:
        raise InputError(f"{value!r} is not an absolute IRI ({exc})") from None


def _closing_brace(toks: list, start: int) -> int | None:
    if start >= len(toks) or toks[start].text != "{":
        return None
    depth = 0
    for j in range(start, len(toks)):
        if toks[j].kind == "other" and toks[j].text == "{":
            depth += 1
        elif toks[j].kind == "other" and toks[j].text == "}":
            depth -= 1
            if depth == 0:
                return j
    return None


def _separator(text: str) -> str:
    """What joins a well-formed update to one more operation.

    A request may end in ``;`` already, or hold only a prologue (``PREFIX``/``BASE``), and
    then another ``;`` would be a syntax error.

    >>> _separator("INSERT DATA {}"), _separator("INSERT DATA {} ;"), _separator("PREFIX e: <x>")
    ('\\n;\\n', '\\n', '\\n')
    """
    toks = list(tokens(text))
    i = 0
    while i < len(toks):
        word = toks[i].text.upper() if toks[i].kind == "word" else None
        if word == "BASE":
            i += 2
        elif word == "PREFIX":
            i += 3
        else:
            break
    operations = toks[i:]
    if not operations or operations[-1].text == ";":
        return "\n"
    return "\n;\n"


def graph_terms(quads: Iterable[ox.Quad]) -> str:
    """Write parsed triples as the body of ``INSERT DATA`` (terms as pyoxigraph writes them).

    >>> graph_terms([ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal('a"b'))])
    '<http://e/s> <http://e/p> "a\\\\"b" .'
    """
    return "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)


def _run(store: ox.Store, program: str, text: str, base_iri, prefixes) -> None:
    try:
        store.update(program, base_iri=base_iri, prefixes=prefixes)
    except SyntaxError as exc:
        if program != text:
            # Report the position in what the user wrote, not in the rewritten text.
            try:
                ox.Store().update(text, base_iri=base_iri, prefixes=prefixes)
            except SyntaxError as original:
                raise syntax_error(original, text, update=True, prefixes=prefixes) from None
        raise syntax_error(exc, program, update=True, prefixes=prefixes) from None
    except PermissionError:
        # This process has no network (server.sandbox): a LOAD or SERVICE that the text
        # check did not see was stopped before any connection.
        raise UpdateRefused("LOAD and SERVICE are not allowed on this endpoint") from None
    except RuntimeError as exc:
        # pyoxigraph reports evaluation failures of a well-formed update this way.
        raise UpdateFailed(f"the update cannot be applied: {exc}") from None
