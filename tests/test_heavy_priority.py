"""A query that moves to the heavy lane runs at a lower scheduling priority, so light queries
and the server get the cores first; its worker gets its priority back, or is retired. A worker
that built a large answer is replaced, so an idle worker does not hold the memory it grew to."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from server.execution import Job, WorkerPool
from server.process import ServerProcess

DATA = Path(__file__).parent / "data" / "server"
# About half a second on 150 triples: longer than heavy_after below, far within the limit.
CROSS = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
ENDLESS = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


def _store() -> ox.Store:
    store = ox.Store()
    p = ox.NamedNode("http://e/p")
    for i in range(150):
        store.add(ox.Quad(ox.NamedNode(f"http://e/{i}"), p, ox.Literal(str(i))))
    return store


def _stat(pid: int) -> tuple[int, int] | None:
    """(parent pid, nice) of a live process, from /proc (None for a zombie: killed, not yet
    reaped)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return None if fields[0] == "Z" else (int(fields[1]), int(fields[16]))


def _descendants(root: int) -> dict[int, int]:
    """pid -> nice of every live descendant of ``root``."""
    stats = {int(p): _stat(int(p)) for p in os.listdir("/proc") if p.isdigit()}
    stats = {p: s for p, s in stats.items() if s is not None}
    found: dict[int, int] = {}
    parents = {root}
    while parents:
        children = {p for p, (ppid, _) in stats.items() if ppid in parents and p not in found}
        found.update({p: stats[p][1] for p in children})
        parents = children
    return found


def _while_running(pool: WorkerPool, text: str) -> tuple[dict[int, int], object]:
    """The nice values of the pool's processes a quarter second into ``text``; its outcome."""
    done: dict[str, object] = {}
    runner = threading.Thread(target=lambda: done.update(out=pool.execute(Job(text), 30)))
    runner.start()
    time.sleep(0.25)
    seen = _descendants(os.getpid())
    runner.join()
    return seen, done["out"]


def test_a_heavy_query_runs_at_lower_priority_and_its_worker_gets_it_back() -> None:
    pool = WorkerPool(1, {}, store=_store(), heavy_after=0.05, heavy_nice=7)
    try:
        seen, outcome = _while_running(pool, CROSS)
        assert 7 in seen.values(), seen
        assert outcome.status == 200 and b"3375000" in outcome.body
        # Kept (its priority raised back) or retired: every worker left runs at 0.
        assert set(_descendants(os.getpid()).values()) == {0}
        assert pool.execute(Job("ASK {}"), 10).status == 200
    finally:
        pool.close()


@pytest.mark.parametrize(
    ("heavy_after", "heavy_nice"),
    [(0.05, 0), (5, 7)],
    ids=["heavy-nice-0", "never-heavy"],
)
def test_otherwise_every_query_keeps_its_priority(heavy_after: float, heavy_nice: int) -> None:
    # Controls: with heavy_nice 0, or a query that never becomes heavy, no process's priority
    # changes.
    pool = WorkerPool(1, {}, store=_store(), heavy_after=heavy_after, heavy_nice=heavy_nice)
    try:
        seen, outcome = _while_running(pool, CROSS)
        assert set(seen.values()) == {0}, seen
        assert outcome.status == 200
    finally:
        pool.close()


def test_over_http_the_heavy_worker_is_reniced_and_a_light_query_still_answers() -> None:
    with ServerProcess.ours(
        "--data",
        str(DATA / "numbers.ttl"),
        "--workers",
        "1",
        "--timeout",
        "5",
        "--heavy-nice",
        "9",
    ) as server:
        heavy: dict[str, requests.Response] = {}
        runner = threading.Thread(
            target=lambda: heavy.update(
                r=requests.get(server.url + "/sparql", params={"query": ENDLESS}, timeout=60)
            )
        )
        runner.start()
        time.sleep(1.5)  # past --heavy-after
        assert 9 in _descendants(server.proc.pid).values()
        r = requests.get(server.url + "/sparql", params={"query": "ASK {}"}, timeout=30)
        assert r.status_code == 200 and runner.is_alive()
        runner.join()
        assert heavy["r"].status_code == 503  # stopped at --timeout, its worker killed
        deadline = time.monotonic() + 10
        while 9 in _descendants(server.proc.pid).values() and time.monotonic() < deadline:
            time.sleep(0.1)  # the kill is sent; the process may take a moment to die
        assert 9 not in _descendants(server.proc.pid).values()


def test_a_nice_value_out_of_range_is_refused_before_serving() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "server", "--heavy-nice", "25"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
    assert "--heavy-nice 25: a nice value is from 0 to 19" in done.stderr


def _worker_pids(pool: WorkerPool) -> set[int]:
    return {w.pid for w in list(pool._idle.queue)}


def test_a_worker_that_built_a_large_answer_is_replaced_and_a_small_one_kept() -> None:
    # 300 rows are far over a 1000-byte threshold; an ASK far under it.
    pool = WorkerPool(1, {}, store=_store(), retire_after_bytes=1000)
    try:
        assert pool.execute(Job("ASK {}"), 10).status == 200
        kept = _worker_pids(pool)
        assert pool.execute(Job("ASK {}"), 10).status == 200
        assert _worker_pids(pool) == kept  # small answers: the same worker, kept
        big = pool.execute(Job("SELECT * { ?s ?p ?o } LIMIT 300"), 10)
        assert big.status == 200 and len(big.body) > 1000
        deadline = time.monotonic() + 10
        while not _worker_pids(pool) and time.monotonic() < deadline:
            time.sleep(0.05)  # the replacement is forked in the background
        assert _worker_pids(pool) and not _worker_pids(pool) & kept
        assert pool.execute(Job("ASK {}"), 10).status == 200  # the fresh worker answers
    finally:
        pool.close()
