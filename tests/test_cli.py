"""The kg command line, run as a subprocess: outputs, exit codes and what is (not) written."""

from __future__ import annotations

import json

import pytest
from kg_testing import BROKEN, MINI, add_data, mini_project, run_kg, snapshot
from rdflib import Graph
from rdflib.namespace import RDF, SH

from kg.build.export import DIST_FILES


@pytest.fixture()
def root(tmp_path):
    return mini_project(tmp_path)


def test_build_writes_dist_and_store(root, tmp_path):
    out, store = tmp_path / "dist", tmp_path / "store"
    done = run_kg("build", "--out", out, "--store", store, root=root)
    assert done.returncode == 0, done.stderr
    assert "2 derived shortcut triples" in done.stdout
    assert sorted(p.name for p in out.iterdir()) == sorted(DIST_FILES)
    assert (store / "CURRENT").is_file()
    queried = run_kg(
        "query",
        "--store",
        store,
        "--format",
        "csv",
        "SELECT (COUNT(*) AS ?n) WHERE { ?i hkg:improves ?o }",
    )
    assert queried.returncode == 0, queried.stderr
    assert queried.stdout.splitlines() == ["n", "1"]


def test_malformed_turtle_exits_2_with_location_and_writes_nothing(root, tmp_path):
    add_data(root, "malformed.ttl")
    out = tmp_path / "dist"
    done = run_kg("build", "--out", out, "--store", tmp_path / "store", root=root)
    assert done.returncode == 2
    assert done.stderr.startswith("data/claims/malformed.ttl:6:5: ")
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["project"]


def test_shacl_violation_exits_1_reports_and_keeps_previous_dist(root, tmp_path):
    out = tmp_path / "dist"
    assert run_kg("build", "--out", out, root=root).returncode == 0
    before = snapshot(out)
    add_data(root, "missing-outcome.ttl")
    report_ttl = tmp_path / "report.ttl"
    done = run_kg("build", "--out", out, "--report-ttl", report_ttl, root=root)
    assert done.returncode == 1
    assert "data/claims/missing-outcome.ttl:8: violation: an efficacy claim needs an outcome" in (
        done.stderr
    )
    assert "focus node: claim:no-outcome" in done.stderr
    assert "path:       hkg:outcome" in done.stderr
    report = Graph().parse(report_ttl, format="turtle")
    assert (None, RDF.type, SH.ValidationReport) in report
    assert (None, SH.conforms, None) in report
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist", "project", "report.ttl"]


def test_hand_written_shortcut_exits_2_naming_file_and_triple(root, tmp_path):
    add_data(root, "shortcut.ttl")
    done = run_kg("build", "--out", tmp_path / "dist", root=root)
    assert done.returncode == 2
    assert "data/claims/shortcut.ttl:7: intervention:ahsct hkg:improves outcome:cure" in (
        done.stderr
    )
    assert not (tmp_path / "dist").exists()


def test_validate_given_files_with_the_ontology(root):
    data = [root / "data" / "entities" / "document.ttl", root / "data" / "claims" / "mini.ttl"]
    ok = run_kg("validate", *data, root=root)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "conforms" in ok.stdout
    bad = run_kg("validate", *data, BROKEN / "misspelt.ttl", root=root)
    assert bad.returncode == 1
    assert (
        "misspelt.ttl:12:5: violation: unknown property hkg:outcom (did you mean hkg:outcome?)"
        in (bad.stdout)
    )


def test_validate_turtle_format_prints_the_standard_report(root):
    add_data(root, "missing-outcome.ttl")
    done = run_kg("validate", "--format", "turtle", root=root)
    assert done.returncode == 1
    report = Graph().parse(data=done.stdout, format="turtle")
    assert (None, SH.resultPath, None) in report


def test_validate_missing_file_exits_2(root):
    done = run_kg("validate", root / "data" / "nope.ttl", root=root)
    assert done.returncode == 2
    assert "nope.ttl: no such file" in done.stderr


@pytest.mark.parametrize(
    "fmt, first_line",
    [
        ("table", "intervention        disease"),
        ("csv", "intervention,disease"),
    ],
)
def test_query_formats(root, fmt, first_line):
    done = run_kg(
        "query",
        "--format",
        fmt,
        "SELECT ?intervention ?disease WHERE { ?intervention hkg:recommendedFor ?disease }",
        root=root,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == first_line


def test_query_from_stdin_and_file_as_json(root, tmp_path):
    query = "SELECT ?s WHERE { ?s a hkg:SourceStatement } ORDER BY ?s"
    from_stdin = run_kg("query", "-", "--format", "json", root=root, stdin=query)
    assert from_stdin.returncode == 0, from_stdin.stderr
    assert len(json.loads(from_stdin.stdout)["results"]["bindings"]) == 3
    path = tmp_path / "q.rq"
    path.write_text(query, encoding="utf-8")
    from_file = run_kg("query", "--file", path, "--format", "json", root=root)
    assert json.loads(from_file.stdout) == json.loads(from_stdin.stdout)


def test_bad_sparql_exits_2_with_position(root):
    done = run_kg("query", "SELECT * WHERE {\n ?s ?p ?o\n} LIMT 3", root=root)
    assert done.returncode == 2
    assert "line 3, column 9: " in done.stderr
    assert "Traceback" not in done.stderr


def test_stats_json(root):
    done = run_kg("stats", "--format", "json", root=root)
    assert done.returncode == 0, done.stderr
    stats = json.loads(done.stdout)
    assert stats["claims_per_kind"] == {"hkg:EfficacyClaim": 2, "hkg:RecommendationClaim": 1}
    assert stats["uncited_statements"] == ["statement:s2"]
    assert stats["derived_shortcuts"] == 2


def test_export_owl_to_a_file(root, tmp_path):
    out = tmp_path / "o.owl"
    done = run_kg("export", "--format", "owl", "--out", out, root=root)
    assert done.returncode == 0, done.stderr
    assert len(Graph().parse(out, format="xml")) > 0


def test_export_refuses_an_invalid_graph(root):
    add_data(root, "missing-outcome.ttl")
    done = run_kg("export", "--format", "ttl", root=root)
    assert done.returncode == 1
    assert done.stdout == ""


def test_root_without_ontology_exits_2(tmp_path):
    done = run_kg("stats", root=tmp_path)
    assert done.returncode == 2
    assert "KG_ROOT" in done.stderr


def test_kg_root_environment_variable_is_read(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, KG_ROOT=str(MINI))
    done = subprocess.run(
        [sys.executable, "-m", "kg", "stats", "--format", "json"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["claims"] == 3


def test_version():
    done = run_kg("--version")
    assert done.returncode == 0 and done.stdout.startswith("kg (hsct-kg) ")


def test_validating_one_claims_file_brings_the_entities_it_points_to():
    # The project's own claims file, alone: its organisations and publications live in
    # data/entities/, so without them it would report dangling links.
    done = run_kg("validate", "data/claims/ahsct-evidence-summary.ttl", cwd=MINI.parents[2])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "conforms" in done.stdout
    # A broken file is still caught, with its entities present.
    broken = run_kg("validate", str(BROKEN / "missing-outcome.ttl"), cwd=MINI.parents[2])
    assert broken.returncode == 1


def test_written_files_are_ordinary_files(tmp_path):
    root = mini_project(tmp_path)
    out = tmp_path / "dist"
    assert run_kg("build", "--out", out, root=root).returncode == 0
    assert out.stat().st_mode & 0o777 == 0o755
    assert all(f.stat().st_mode & 0o777 == 0o644 for f in out.iterdir())
    target = tmp_path / "graph.nt"
    assert run_kg("export", "--format", "nt", "--out", target, root=root).returncode == 0
    assert target.stat().st_mode & 0o777 == 0o644
