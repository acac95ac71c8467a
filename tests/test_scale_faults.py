"""`kg build` under faults: killed half-way, a full disk, a memory budget.

Each leaves the previous store and dist/ usable and says what happened; none of these tests
measures time.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import uuid
from pathlib import Path

import pyoxigraph as ox
import pytest
from kg_testing import DIST_FORMATS, kill_kg_after, run_kg, snapshot

from bench.generate import write_project


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    """A generated project big enough that a build spends a while in each stage."""
    root = tmp_path_factory.mktemp("synthetic") / "project"
    write_project(root, 3000, 1)
    return root


def _build(root: Path, store: Path, dist: Path, *extra: str):
    return run_kg("build", "--store", store, "--out", dist, *extra, root=root)


def _count(store: Path) -> int:
    return len(ox.Store.read_only(str(store)))


def _assert_dist_parses(dist: Path) -> None:
    for name, fmt in DIST_FORMATS.items():
        assert sum(1 for _ in ox.parse(path=str(dist / name), format=fmt)) > 0, name


@pytest.mark.parametrize("after", ["parse", "export"])
def test_killed_build_leaves_previous_store_and_dist(synthetic, tmp_path, after):
    store, dist = tmp_path / "store", tmp_path / "dist"
    first = _build(synthetic, store, dist)
    assert first.returncode == 0, first.stderr
    before_count = _count(store)
    before_dist = snapshot(dist)
    # A bigger project next, so a build that got through would show in the store.
    root = tmp_path / "bigger"
    write_project(root, 3500, 1)

    code = kill_kg_after(after, "build", "--store", store, "--out", dist, root=root)
    if code == 0:
        pytest.skip(f"the build finished before it could be killed after {after}")
    assert code == -signal.SIGKILL

    assert _count(store) == before_count
    assert snapshot(dist) == before_dist
    _assert_dist_parses(dist)
    again = _build(root, store, dist)
    assert again.returncode == 0, again.stderr
    assert _count(store) > before_count


def test_memory_budget_names_the_stage(synthetic, tmp_path):
    store, dist = tmp_path / "store", tmp_path / "dist"
    done = _build(synthetic, store, dist, "--memory-limit", "0.01")
    assert done.returncode != 0
    assert "stage 'parse'" in done.stderr and "budget" in done.stderr, done.stderr
    assert not store.exists() and not dist.exists()


@pytest.fixture()
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", f"kg-test-{uuid.uuid4().hex[:8]}", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace')}")
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


def test_full_disk_is_a_clear_error(synthetic, small_disk):
    store, dist = small_disk / "store", small_disk / "dist"
    done = _build(synthetic, store, dist)
    assert done.returncode == 2, done.stderr
    assert "no space left on the device" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert not store.exists() and not dist.exists()
    assert not any(small_disk.iterdir()), "the staging directories were left behind"


def test_failed_validation_while_exporting_leaves_previous_store_and_dist(synthetic, tmp_path):
    """Export runs beside validation; when validation fails, nothing of it is kept."""
    root = tmp_path / "project"
    shutil.copytree(synthetic, root)
    store, dist = tmp_path / "store", tmp_path / "dist"
    assert _build(root, store, dist).returncode == 0
    before_count, before_dist = _count(store), snapshot(dist)
    claims = min((root / "data" / "claims").glob("*.ttl"))
    bad = "<https://w3id.org/hsct-kg/resource/claim/orphan>"
    with claims.open("a", encoding="utf-8") as out:
        out.write(f"\n{bad} a <https://w3id.org/hsct-kg/ontology#EfficacyClaim> .\n")
    done = _build(root, store, dist)
    assert done.returncode == 1, done.stderr
    assert "focus node: claim:orphan" in done.stderr, done.stderr
    assert f"data/claims/{claims.name}:" in done.stderr, done.stderr
    assert _count(store) == before_count
    assert snapshot(dist) == before_dist
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")], "staging left"
