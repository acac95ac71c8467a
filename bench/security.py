"""What the endpoint's defences hold, measured against the same server with them relaxed.

Three measurements, each run twice in one go — with the defaults and with the defence relaxed
to what it was before — so the figures are ratios on one machine at one time:

1. slow clients: N connections that send headers and never finish, then the time a fresh
   client waits for ``ASK {}`` (defaults vs ``--connection-limit 100 --channel-timeout 120``,
   waitress's own defaults);
2. light queries under heavy load: as many heavy queries as workers run while ``ASK {}`` is
   sent again and again (defaults vs ``--heavy-after 100000``, one lane);
3. a huge answer: the peak resident memory of the server's processes while a 256 MiB answer is
   asked for (defaults vs ``--max-result-bytes 2147483648``).

Run: ``python -m bench.security [--slow 300,900] [--asks 20]``; prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

from server.process import ServerProcess

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "server" / "numbers.ttl"
HEAVY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
ASK = {"query": "ASK {}"}


def _ask_time(url: str, timeout: float = 30.0) -> float | None:
    started = time.perf_counter()
    try:
        ok = requests.get(url + "/sparql", params=ASK, timeout=timeout).ok
    except requests.RequestException:
        return None
    return time.perf_counter() - started if ok else None


def slow_clients(counts: list[int], relaxed: bool) -> list[tuple[int, float | None]]:
    args = ["--data", str(DATA)]
    if relaxed:
        args += ["--connection-limit", "100", "--channel-timeout", "120"]
    rows = []
    with ServerProcess.ours(*args) as server:
        for count in counts:
            socks = []
            try:
                for _ in range(count):
                    sock = socket.create_connection(("127.0.0.1", server.port), timeout=10)
                    sock.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n")
                    socks.append(sock)
                time.sleep(0.5)
                rows.append((count, _ask_time(server.url, timeout=10)))
            finally:
                for sock in socks:
                    sock.close()
            time.sleep(1.0)
    return rows


def light_under_heavy(asks: int, relaxed: bool) -> list[float | None]:
    args = ["--data", str(DATA), "--workers", "2", "--timeout", "20"]
    if relaxed:
        args += ["--heavy-after", "100000"]
    with ServerProcess.ours(*args) as server, ThreadPoolExecutor(2) as pool:
        heavy = [
            pool.submit(requests.post, server.url + "/sparql", data={"query": HEAVY}, timeout=60)
            for _ in range(2)
        ]
        time.sleep(1.0)
        times = []
        for _ in range(asks):
            times.append(_ask_time(server.url, timeout=30))
            if all(h.done() for h in heavy):
                break
        for h in heavy:
            h.result()
    return times


def _rss(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            continue
    return total


def _family(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += children.get(p, [])
    return out


def huge_answer(relaxed: bool) -> tuple[int, int, float, int]:
    """(status, body bytes, peak RSS growth of the server process in MiB, of all its processes)."""
    args = ["--data", str(DATA), "--timeout", "120", "--max-rows", "100000"]
    if relaxed:
        args += ["--max-result-bytes", str(2 * 1024**3)]
    big = "x" * 4096
    n = " ".join(map(str, range(64000)))
    text = f"SELECT ?v ?i {{ VALUES ?v {{ '{big}' }} VALUES ?i {{ {n} }} }}"
    with ServerProcess.ours(*args) as server:
        pid = server.proc.pid
        base_server = _rss([pid])
        base_all = _rss(_family(pid))
        peak = [base_server, base_all]
        stop = threading.Event()

        def sample():
            while not stop.is_set():
                peak[0] = max(peak[0], _rss([pid]))
                peak[1] = max(peak[1], _rss(_family(pid)))
                time.sleep(0.02)

        thread = threading.Thread(target=sample, daemon=True)
        thread.start()
        r = requests.post(server.url + "/sparql", data={"query": text}, timeout=300)
        stop.set()
        thread.join()
        mib = 1024 * 1024
        return (
            r.status_code,
            len(r.content),
            (peak[0] - base_server) / mib,
            (peak[1] - base_all) // mib,
        )


def _ms(value: float | None) -> str:
    return "no answer" if value is None else f"{value * 1000:.0f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.security", description=__doc__)
    parser.add_argument("--slow", default="100,300,900", help="slow-client counts to try")
    parser.add_argument("--asks", type=int, default=20, help="ASKs sent under heavy load")
    args = parser.parse_args(argv)
    counts = [int(c) for c in args.slow.split(",")]

    print("| slow clients | fresh ASK, defaults | fresh ASK, waitress defaults |")
    print("|---|---|---|")
    ours, relaxed = slow_clients(counts, False), slow_clients(counts, True)
    for (count, a), (_, b) in zip(ours, relaxed):
        print(f"| {count} | {_ms(a)} | {_ms(b)} |")

    print()
    print("| ASK while 2 heavy queries run on 2 workers | p50 | p95 | max | answered |")
    print("|---|---|---|---|---|")
    for name, relax in (("two lanes (defaults)", False), ("one lane", True)):
        times = light_under_heavy(args.asks, relax)
        got = sorted(t for t in times if t is not None)
        p95 = got[min(len(got) - 1, int(len(got) * 0.95))] if got else None
        median = statistics.median(got) if got else None
        print(
            f"| {name} | {_ms(median)} | {_ms(p95)} | {_ms(got[-1] if got else None)} "
            f"| {len(got)}/{len(times)} |"
        )

    print()
    print("| 256 MiB answer asked | status | bytes sent | server RSS growth | all processes |")
    print("|---|---|---|---|---|")
    for name, relax in (("64 MiB limit (default)", False), ("2 GiB limit", True)):
        status, size, server_mib, all_mib = huge_answer(relax)
        print(f"| {name} | {status} | {size:,} | {server_mib:.0f} MiB | {all_mib} MiB |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
