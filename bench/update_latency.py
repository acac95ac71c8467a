"""Latency of guarded updates through ``kg serve``, against unguarded ones, and start-up time.

Starts ``kg serve --enable-update`` on the built-in graph twice — with the project's shapes
(every update tried in a worker, re-derived and validated) and with ``--shapes none`` — and
times, over HTTP, a small valid update (``INSERT DATA`` of one comment on a claim, then its
``DELETE DATA``), and, with the shapes, an update the shapes refuse (422, nothing changed).
Also the time from starting the process to its first answer.

With ``--claims N`` the same is measured a second time on a generated project of N claims
(:mod:`bench.generate`) built into an on-disk store with ``kg build --store``
and served with ``kg serve --store``; the updates then edit one of its claims.

Run: ``python -m bench.update_latency [--reps 20] [--claims 100000]``; prints Markdown tables.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
import requests

from server.process import ServerProcess, free_port

TOKEN = "bench-token"
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}
BUILTIN_CLAIM = "<https://w3id.org/hsct-kg/resource/claim/ahsct-evidence-summary-02-1>"
COMMENT = "<http://www.w3.org/2000/01/rdf-schema#comment>"
FIRST_CLAIM = (
    "SELECT ?c WHERE { ?c <http://www.w3.org/ns/prov#wasDerivedFrom> ?s ; "
    "<https://w3id.org/hsct-kg/ontology#intervention> ?i } ORDER BY ?c LIMIT 1"
)


def updates(claim: str) -> tuple[tuple[str, str], str]:
    """A valid insert and its delete, and an update the shapes refuse, on ``claim``."""
    valid = (
        f"INSERT DATA {{ {claim} {COMMENT} 'bench' }}",
        f"DELETE DATA {{ {claim} {COMMENT} 'bench' }}",
    )
    return valid, f"DELETE WHERE {{ {claim} <http://www.w3.org/ns/prov#wasDerivedFrom> ?s }}"


def _generated_store(claims: int, work: Path) -> tuple[Path, str]:
    """Build a generated project of ``claims`` claims into an on-disk store; one claim's IRI."""
    from bench.generate import write_project
    from bench.incremental import build

    root, store = work / "project", work / "store"
    write_project(root, claims, 1)
    build(root, store, work / "dist")
    return store, _first_claim(store)


def _first_claim(store: Path) -> str:
    opened = ox.Store.read_only(str(store))
    try:
        return str(next(iter(opened.query(FIRST_CLAIM)))["c"])
    finally:
        del opened


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


def measure(reps: int, claim: str, *args: str) -> tuple[list[str], list[tuple[str, float]]]:
    """Table rows of update latency, and start-up times, with and without the shapes."""
    valid_texts, refused_text = updates(claim)
    rows, startups = [], []
    for name, extra in (("with the shapes", ()), ("`--shapes none`", ("--shapes", "none"))):
        server, startup = _serve(*args, *extra)
        startups.append((name, startup))
        url = server.url + "/sparql"
        try:
            valid = [_time(url, text, 204) for _ in range(reps) for text in valid_texts]
            rows.append(_row(f"valid update, {name}", valid))
            if not extra:
                refused = [_time(url, refused_text, 422) for _ in range(reps)]
                rows.append(_row("refused update, with the shapes", refused))
        finally:
            server.stop()
    return rows, startups


def _print(title: str, rows: list[str], startups: list[tuple[str, float]]) -> None:
    print(f"{title}\n")
    print("| update | p50 | p95 | n |")
    print("|---|---|---|---|")
    print("\n".join(rows))
    print()
    print("| `kg serve --enable-update` | start to first answer |")
    print("|---|---|")
    for name, seconds in startups:
        print(f"| {name} | {seconds:.1f} s |")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.update_latency", description=__doc__)
    parser.add_argument("--reps", type=int, default=20, help="updates timed per kind")
    parser.add_argument("--claims", type=int, help="also measure on a generated store this big")
    parser.add_argument(
        "--store",
        type=Path,
        help="with --claims: a store already built from `bench.generate --claims N` (reused as "
        "is: updates that succeed are undone by their pair)",
    )
    args = parser.parse_args(argv)
    version = subprocess.run(
        [sys.executable, "-m", "kg", "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    command = "python -m bench.update_latency --reps " + str(args.reps)
    if args.claims:
        command += f" --claims {args.claims}"
    rows, startups = measure(args.reps, BUILTIN_CLAIM)
    _print(f"Built-in graph, {version}, `{command}`", rows, startups)
    if args.claims:
        with tempfile.TemporaryDirectory(prefix="kg-update-bench-") as work:
            started = time.perf_counter()
            if args.store:
                store, claim = args.store, _first_claim(args.store)
            else:
                store, claim = _generated_store(args.claims, Path(work))
            built = time.perf_counter() - started
            rows, startups = measure(args.reps, claim, "--store", str(store))
            how = "reused" if args.store else f"generated and built in {built:.0f} s"
            _print(
                f"{args.claims:,} generated claims in an on-disk store (`kg serve --store`; {how})",
                rows,
                startups,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
