"""Latency of guarded updates through ``kg serve``, against unguarded ones, and start-up time.

Starts ``kg serve --enable-update`` on the built-in graph twice — with the project's shapes
(every update tried in a worker, re-derived and validated) and with ``--shapes none`` — and
times, over HTTP, a small valid update (``INSERT DATA`` of one comment on a claim, then its
``DELETE DATA``), and, with the shapes, an update the shapes refuse (422, nothing changed).
Also the time from starting the process to its first answer.

Run: ``python -m bench.update_latency [--reps 20]``; prints a Markdown table.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

import requests

from server.process import ServerProcess, free_port

TOKEN = "bench-token"
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}
CLAIM = "<https://w3id.org/hsct-kg/resource/claim/ahsct-evidence-summary-02-1>"
VALID = (
    f"INSERT DATA {{ {CLAIM} <http://www.w3.org/2000/01/rdf-schema#comment> 'bench' }}",
    f"DELETE DATA {{ {CLAIM} <http://www.w3.org/2000/01/rdf-schema#comment> 'bench' }}",
)
REFUSED = f"DELETE WHERE {{ {CLAIM} <http://www.w3.org/ns/prov#wasDerivedFrom> ?s }}"


def _serve(*args: str) -> tuple[ServerProcess, float]:
    port = free_port()
    argv = [sys.executable, "-m", "kg", "serve", "--port", str(port), "--enable-update", *args]
    server = ServerProcess(
        argv, port=port, ready_path="/sparql?query=ASK%7B%7D", env={"KG_UPDATE_TOKEN": TOKEN}
    )
    started = time.perf_counter()
    server.start(timeout=300)
    return server, time.perf_counter() - started


def _time(url: str, text: str, status: int) -> float:
    started = time.perf_counter()
    r = requests.post(url, data=text.encode(), headers=HEADERS, timeout=600)
    elapsed = time.perf_counter() - started
    if r.status_code != status:
        raise SystemExit(f"expected {status}, got {r.status_code}: {r.text[:300]}")
    return elapsed


def _row(name: str, times: list[float]) -> str:
    times = sorted(times)
    p95 = times[min(len(times) - 1, round(len(times) * 0.95) - 1)]
    return f"| {name} | {statistics.median(times) * 1000:.0f} ms | {p95 * 1000:.0f} ms | {len(times)} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.update_latency", description=__doc__)
    parser.add_argument("--reps", type=int, default=20, help="updates timed per kind")
    args = parser.parse_args(argv)
    rows = []
    startups = []
    for name, extra in (("with the shapes", ()), ("--shapes none", ("--shapes", "none"))):
        server, startup = _serve(*extra)
        startups.append((name, startup))
        url = server.url + "/sparql"
        try:
            valid = []
            for _ in range(args.reps):
                for text in VALID:
                    valid.append(_time(url, text, 204))
            rows.append(_row(f"valid update, {name}", valid))
            if not extra:
                refused = [_time(url, REFUSED, 422) for _ in range(args.reps)]
                rows.append(_row("refused update, with the shapes", refused))
        finally:
            server.stop()
    version = subprocess.run(
        [sys.executable, "-m", "kg", "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    print(f"Built-in graph, {version}, `python -m bench.update_latency --reps {args.reps}`\n")
    print("| update | p50 | p95 | n |")
    print("|---|---|---|---|")
    print("\n".join(rows))
    print()
    print("| `kg serve --enable-update` | start to first answer |")
    print("|---|---|")
    for name, seconds in startups:
        print(f"| {name} | {seconds:.1f} s |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
