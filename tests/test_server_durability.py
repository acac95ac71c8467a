"""Committed updates survive ``kill -9``; a killed update leaves nothing half-applied.

``kg serve --store PATH --enable-update`` runs as a subprocess and receives a stream of
validated updates of growing size, each a batch of claims with a marker triple; the server is
killed with SIGKILL mid-stream. The reopened store must hold every batch that was answered
204, and every batch it holds must be whole, with its shortcut triples derived.
"""

import os
import signal
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import requests

from kg.build.derive import rederive_update
from server.backend import load_files
from server.process import ServerProcess, free_port

DATA = Path(__file__).parent / "data" / "server"
TOKEN = "durable-token"
MARK = "http://example.org/batch"
HKG = "https://w3id.org/hsct-kg/ontology#"


def batch(k: int, size: int) -> str:
    claims = "\n".join(
        f"claim:b{k}-{i} a hkg:RecommendationClaim ; hkg:intervention intervention:x{k} ;"
        f" hkg:predicate hkg:recommendedFor ; hkg:condition disease:d{k}-{i} ;"
        f" prov:wasDerivedFrom statement:s1 ."
        for i in range(size)
    )
    return f"INSERT DATA {{ <{MARK}> <{MARK}#size{k}> {size} .\n{claims} }}"


def test_killed_server_keeps_committed_updates_and_no_half_update(tmp_path):
    path = tmp_path / "store"
    store = ox.Store(str(path))
    store.bulk_extend(load_files([DATA / "claims.ttl"]))
    store.update(rederive_update())
    store.flush()
    del store

    port = free_port()
    argv = [sys.executable, "-m", "kg", "serve", "--port", str(port), "--workers", "1"]
    argv += ["--store", str(path), "--enable-update", "--shapes", str(DATA / "claim-shapes.ttl")]
    server = ServerProcess(
        argv, port=port, ready_path="/sparql?query=ASK%7B%7D", env={"KG_UPDATE_TOKEN": TOKEN}
    )
    committed: list[int] = []
    stop = threading.Event()

    def stream():
        k = 0
        while not stop.is_set():
            size = 5 if k % 4 else 400  # every fourth update is large
            try:
                r = requests.post(
                    server.url + "/sparql",
                    data={"update": batch(k, size)},
                    headers={"Authorization": f"Bearer {TOKEN}"},
                    timeout=60,
                )
            except requests.ConnectionError:
                return
            if r.status_code == 204:
                committed.append(k)
            else:
                assert r.status_code == 204, r.text
            k += 1

    with server:
        sender = threading.Thread(target=stream)
        sender.start()
        deadline = time.monotonic() + 120  # a loaded machine commits slowly
        while len(committed) < 6 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.15)  # let the next update be in flight
        os.kill(server.proc.pid, signal.SIGKILL)
        server.proc.wait()
        stop.set()
        sender.join(timeout=30)
    assert len(committed) >= 6, server.log()

    store = ox.Store(str(path))
    sizes = {
        int(q.predicate.value.rsplit("size", 1)[1]): int(q.object.value)
        for q in store.quads_for_pattern(ox.NamedNode(MARK), None, None)
    }
    assert set(committed) <= set(sizes), "a committed update was lost"
    for k, size in sizes.items():
        # The whole batch and its derived shortcut triples, or nothing of it.
        claims = store.query(
            f"SELECT (COUNT(*) AS ?n) {{ ?c <{HKG}intervention> <https://w3id.org/hsct-kg/resource/intervention/x{k}> }}"
        )
        assert int(next(iter(claims))["n"].value) == size
        shortcuts = list(
            store.quads_for_pattern(
                ox.NamedNode(f"https://w3id.org/hsct-kg/resource/intervention/x{k}"),
                ox.NamedNode(HKG + "recommendedFor"),
                None,
            )
        )
        assert len(shortcuts) == size
    batches = {
        int(q.object.value.rsplit("/x", 1)[1])
        for q in store.quads_for_pattern(None, ox.NamedNode(HKG + "intervention"), None)
        if "/intervention/x" in q.object.value
    }
    assert batches == set(sizes), "claims of an update that never committed are present"
