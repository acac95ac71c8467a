"""Guarded updates judged by what they change: each shortcut against the whole-graph way.

A guarded update finds its change by reading only the quads its templates can touch
(kg.update.change), derives only for the claims it touched and validates only the focus nodes it can
affect (kg.update.guard). Each of those is checked here against doing the same on the whole graph, on
the built-in graph, with updates of every shape SPARQL 1.1 has.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from kg_testing import result_keys

from kg.build import counts
from kg.build.derive import rederive_update
from kg.build.store import memory_store
from kg.build.validate import load_shapes, validate
from kg.errors import ValidationFailed
from kg.namespaces import PREFIXES
from kg.update.change import Change, diff, snapshot, update_patterns
from kg.update.guard import ShapesValidator, derive_change, judge, merged_store, union_graph
from server.update import Updater, UpdateRequest, prepare_update

CLAIM = "<https://w3id.org/hsct-kg/resource/claim/ahsct-evidence-summary-02-1>"
OTHER = "<https://w3id.org/hsct-kg/resource/claim/ahsct-evidence-summary-05-1>"
MS = "<https://w3id.org/hsct-kg/resource/disease/multiple-sclerosis>"
HKG = "https://w3id.org/hsct-kg/ontology#"

# Updates of every form, including the ones where rdflib and Oxigraph could read a term
# differently (literal lexical forms, language-tag case, escapes, relative IRIs).
UPDATES = {
    "insert-data": f"INSERT DATA {{ {CLAIM} rdfs:comment 'checked' }}",
    "delete-data": f"DELETE DATA {{ {CLAIM} hkg:intervention intervention:ahsct }}",
    "typed-literal-forms": f"INSERT DATA {{ {CLAIM} rdfs:comment '01'^^xsd:integer, 'X'@EN-gb }}",
    "escapes": "INSERT DATA { <http://e/\\u0073> <http://e/p> 'a\\u0022b' }",
    "relative-iri": "BASE <http://e/> INSERT DATA { <s> <p> <o> }",
    "blank-nodes": f"INSERT DATA {{ {CLAIM} rdfs:seeAlso [ rdfs:label 'b' ] }}",
    "modify-with-variables": (
        f"DELETE {{ ?c hkg:outcome ?o }} INSERT {{ ?c hkg:outcome {MS} }} "
        f"WHERE {{ VALUES ?c {{ {CLAIM} }} ?c hkg:outcome ?o }}"
    ),
    "delete-where": f"DELETE WHERE {{ {OTHER} ?p ?o }}",
    "named-graph": f"INSERT DATA {{ GRAPH <http://e/g> {{ {CLAIM} rdfs:comment 'in g' }} }}",
    "with-graph": (
        "WITH <http://e/g> INSERT { ?s <http://e/copied> 1 } WHERE { ?s a hkg:SafetyClaim }"
    ),
    "graph-variable": (
        "INSERT DATA { GRAPH <http://e/g> { <http://e/s> <http://e/p> 1 } } ;\n"
        "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }"
    ),
    "copy-move-add": (
        "INSERT DATA { GRAPH <http://e/a> { <http://e/s> <http://e/p> 1 } } ;\n"
        "COPY <http://e/a> TO <http://e/b> ; ADD <http://e/b> TO <http://e/c> ;\n"
        "MOVE <http://e/c> TO <http://e/d>"
    ),
    "clear-graph": (
        "INSERT DATA { GRAPH <http://e/g> { <http://e/s> <http://e/p> 1 } } ; CLEAR GRAPH <http://e/g>"
    ),
    "clear-all": "CLEAR ALL",
    "type-change": f"DELETE DATA {{ {CLAIM} a hkg:EfficacyClaim }} ; INSERT DATA {{ {CLAIM} a hkg:SafetyClaim }}",
    "triple-term": "INSERT DATA { <http://e/s> <http://e/p> <<( <http://e/a> <http://e/b> <http://e/c> )>> }",
}


@pytest.fixture()
def store(prepared) -> ox.Store:
    return counts.refresh(memory_store(prepared.graph))


@pytest.fixture(scope="module")
def validator(project) -> ShapesValidator:
    return ShapesValidator(load_shapes(project.shapes_files(), root=project.root))


def run(store: ox.Store, text: str) -> None:
    store.update(text, prefixes=dict(PREFIXES))


def _labels_erased(quads) -> set[tuple]:
    # Two runs of one update make different fresh blank-node labels.
    return {tuple("_:" if isinstance(t, ox.BlankNode) else t for t in q) for q in quads}


@pytest.mark.parametrize("name", UPDATES)
def test_the_bounded_change_is_the_whole_change(store, name):
    text = UPDATES[name]
    patterns = update_patterns(text, PREFIXES)
    whole_before, before = frozenset(store), snapshot(store, patterns)
    run(store, text)
    change = diff(before, snapshot(store, patterns))
    assert change == diff(whole_before, frozenset(store))
    # The cases that need the whole store are exactly the unbounded ones.
    assert (patterns is None) == (name == "clear-all")


def test_an_unparsable_text_is_unbounded_not_an_error():
    assert update_patterns("INSERT DATA { <a> <b> }") is None


@pytest.mark.parametrize("name", [n for n in UPDATES if n not in ("clear-all",)])
def test_deriving_for_the_change_equals_deriving_everything(store, name):
    text = UPDATES[name]
    whole = ox.Store()
    whole.extend(store)
    run(whole, text)
    whole.update(rederive_update())

    patterns = update_patterns(text, PREFIXES)
    before = snapshot(store, patterns)
    run(store, text)
    change = diff(before, snapshot(store, patterns))
    derived = derive_change(store, change)
    assert _labels_erased(store) == _labels_erased(whole)
    assert derived.change.removed.isdisjoint(store) and derived.change.added <= set(store)


def test_the_tried_program_does_on_a_copy_what_the_trial_did(store, validator):
    # The program a trial returns (the update, the derivations it caused, the count update) is
    # what the real store runs: on another copy it must give the trial's result.
    copy = ox.Store()
    copy.extend(store)
    text = "INSERT DATA { claim:ahsct-evidence-summary-16-3 hkg:negated true }"
    trial = prepare_update(store, UpdateRequest(text), PREFIXES, validator)
    assert "DELETE DATA" in trial.program  # the shortcut the claim backed is derived away
    run(copy, trial.program)
    assert _labels_erased(copy) == _labels_erased(store)


# Updates the shapes refuse, each judged by its focus nodes and by pySHACL on the whole graph.
REFUSED = [
    f"DELETE WHERE {{ {CLAIM} prov:wasDerivedFrom ?s }}",
    f"DELETE WHERE {{ {CLAIM} hkg:intervention ?i }}",
    f"INSERT DATA {{ {CLAIM} hkg:negated 'yes' }}",
    f"INSERT DATA {{ {CLAIM} hkg:intervention 'not a class' }}",
    "INSERT DATA { <https://w3id.org/hsct-kg/resource/claim/new> a hkg:EfficacyClaim }",
    # Two hops away: another statement of the same document now shares position 5.
    (
        "DELETE DATA { statement:ahsct-evidence-summary-06 hkg:position 6 } ;"
        " INSERT DATA { statement:ahsct-evidence-summary-06 hkg:position 5 }"
    ),
    "DELETE WHERE { statement:ahsct-evidence-summary-05 hkg:text ?t }",
    "INSERT DATA { GRAPH <http://e/g> { <http://e/named> a hkg:RecommendationClaim } }",
]


@pytest.mark.parametrize("text", REFUSED)
def test_focus_validation_finds_what_pyshacl_finds(store, project, validator, text):
    patterns = update_patterns(text, PREFIXES)
    before = snapshot(store, patterns)
    run(store, text)
    change = diff(before, snapshot(store, patterns))
    derived = derive_change(store, change)
    change = Change(change.removed | derived.change.removed, change.added | derived.change.added)
    ours = judge(store, change, validator)
    reference = validate(union_graph(store), validator.shapes)
    assert not reference.conforms
    assert ours.conforms is False
    assert result_keys(ours) == result_keys(reference)


@pytest.mark.parametrize("text", REFUSED)
def test_on_a_graph_known_to_conform_the_look_back_changes_nothing(store, validator, text):
    # The built-in graph conforms, so judging without the look at the graph before the change
    # (the server's shortcut for it) must refuse the same updates with the same results.
    known = ShapesValidator(validator.shapes, conforming=True)
    reports = []
    for judged_by in (validator, known):
        copy = ox.Store()
        copy.extend(store)
        with pytest.raises(ValidationFailed) as refused:
            prepare_update(copy, UpdateRequest(text), PREFIXES, judged_by)
        reports.append(result_keys(refused.value.report))
    assert reports[0] == reports[1] and reports[0]
    # The control: a valid update passes either way.
    for judged_by in (validator, known):
        copy = ox.Store()
        copy.extend(store)
        prepare_update(
            copy, UpdateRequest(f"INSERT DATA {{ {CLAIM} rdfs:comment 'ok' }}"), PREFIXES, judged_by
        )


def test_a_conforming_change_is_judged_without_reading_the_whole_graph(store, validator):
    text = f"INSERT DATA {{ {CLAIM} rdfs:comment 'fine' }}"
    trial = prepare_update(store, UpdateRequest(text), PREFIXES, validator)
    assert trial.patterns is not None  # bounded: the commit reads only what it can touch
    assert validator(store).conforms


def test_data_that_already_had_violations_is_judged_by_the_change(store, validator):
    # A violation already in the data (a claim that lost its provenance) ...
    run(store, f"DELETE WHERE {{ {OTHER} prov:wasDerivedFrom ?s }}")
    assert not validator(merged_store(store)).conforms
    # ... does not block an unrelated edit,
    copy = ox.Store()
    copy.extend(store)
    prepare_update(
        copy, UpdateRequest(f"INSERT DATA {{ {CLAIM} rdfs:comment 'ok' }}"), PREFIXES, validator
    )
    # nor an edit of the broken claim that leaves its fault as it was,
    copy = ox.Store()
    copy.extend(store)
    prepare_update(
        copy, UpdateRequest(f"INSERT DATA {{ {OTHER} rdfs:comment 'ok' }}"), PREFIXES, validator
    )
    # but a new violation is refused, and the report names only it.
    copy = ox.Store()
    copy.extend(store)
    with pytest.raises(ValidationFailed) as refused:
        prepare_update(
            copy,
            UpdateRequest(f"DELETE WHERE {{ {CLAIM} prov:wasDerivedFrom ?s }}"),
            PREFIXES,
            validator,
        )
    focus = {str(r.focus_node) for r in refused.value.report.results}
    assert focus == {CLAIM.strip("<>")}


def test_counts_stay_exact_after_updates(store, validator):
    updater = Updater(store, PREFIXES, None)
    for text in (
        UPDATES["type-change"],
        "INSERT DATA { <http://e/x> a <http://e/NewClass> }",
        "DELETE DATA { <http://e/x> a <http://e/NewClass> }",
        UPDATES["delete-where"],
    ):
        updater.apply(text)
        recounted = ox.Store()
        recounted.extend(q for q in store if not counts.is_counts_graph(q.graph_name))
        assert counts.counts(store) == counts.counts(counts.refresh(recounted)), text


def test_the_committed_change_sent_to_workers_is_the_whole_change(store, validator):
    seen = []
    updater = Updater(store, PREFIXES, validator.shapes, on_commit=seen.append)
    changes = []
    for name in ("insert-data", "modify-with-variables", "named-graph", "delete-where"):
        before = frozenset(store)
        changes.append(updater.apply(UPDATES[name]))
        assert changes[-1] == diff(before, frozenset(store)), name
    assert seen == [c for c in changes if c] and len(seen) >= 3


def _edits(store: ox.Store) -> list[tuple[str, ox.Quad, ox.Quad | None]]:
    """One deletion and one substitution per predicate the data (not the ontology) uses."""
    data = [
        q
        for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
        if isinstance(q.subject, ox.NamedNode) and "/resource/" in q.subject.value
    ]
    by_predicate: dict = {}
    for q in sorted(data, key=str):
        by_predicate.setdefault(q.predicate, []).append(q)
    edits = []
    for predicate, quads in sorted(by_predicate.items(), key=lambda kv: str(kv[0])):
        first, last = quads[0], quads[-1]
        edits.append(("delete", first, None))
        # The object another subject has for the same predicate: a wrong but plausible value.
        if last.object != first.object:
            edits.append(("swap", first, ox.Quad(first.subject, predicate, last.object)))
    return edits


def test_focus_nodes_reach_every_result_an_edit_causes(store, validator):
    # The focus-node view rests on how far today's shapes look from their focus node (kg.build.focus).
    # Each edit here is judged both ways: by the focus nodes it can affect, and by validating
    # the whole graph before and after; the two must find the same new results.
    assert validator(merged_store(store)).conforms
    edits = _edits(store)
    assert len(edits) > 60
    found = 0
    for kind, old, new in edits:
        copy = ox.Store()
        copy.extend(store)
        copy.remove(old)
        if new is not None:
            copy.add(new)
        change = Change(frozenset({old}), frozenset({new} if new is not None else ()))
        derived = derive_change(copy, change)
        change = Change(
            change.removed | derived.change.removed, change.added | derived.change.added
        )
        ours = judge(copy, change, validator)
        whole = validator(merged_store(copy))
        assert result_keys(ours) == result_keys(whole), (kind, str(old), str(new))
        found += not whole.conforms
    assert found > 20  # most edits break something: the comparison is not vacuous
