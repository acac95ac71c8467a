"""Latency of guarded updates through ``kg serve``, against unguarded ones, and start-up time.

Starts ``kg serve --enable-update`` on the built-in graph twice — with the project's shapes
(every update tried in a worker, re-derived and validated) and with ``--shapes none`` — and
times over HTTP, alternating between the two, a small valid update (``INSERT DATA`` of one
comment on a claim, then its ``DELETE DATA``), and an update the shapes refuse (the claim's
``prov:wasDerivedFrom`` deleted: 422 and nothing changed with the shapes; applied without them,
then undone untimed). Each guarded figure is given as a ratio to the same update unguarded.
Also the time from starting the process to its first answer.

With ``--claims N`` the same is measured a second time on a generated project of N claims
(:mod:`bench.generate`) built into an on-disk store with ``kg build --store``
and served with ``kg serve --store``; the updates then edit one of its claims.

Run: ``python -m bench.update_latency [--reps 20] [--claims 100000]``; prints Markdown tables.
"""

from __future__ import annotations

import argparse
import shutil
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
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
JSON = "application/sparql-results+json"
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
    return valid, f"DELETE WHERE {{ {claim} <{PROV_DERIVED}> ?s }}"


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


def _row(name: str, times: list[float], base: float) -> str:
    times = sorted(times)
    p50 = statistics.median(times)
    p95 = times[min(len(times) - 1, round(len(times) * 0.95) - 1)]
    return (
        f"| {name} | {p50 * 1000:.0f} ms | {p95 * 1000:.0f} ms | {p50 / base:.1f}× | {len(times)} |"
    )


def measure(
    reps: int, claim: str, store: Path | None = None
) -> tuple[list[str], list[tuple[str, float]]]:
    """Table rows of update latency, and start-up times, with and without the shapes.

    Both servers run at once and their updates alternate, so load from elsewhere on a shared
    machine falls on both alike and the ratios compare like with like. With ``store``, the
    server without the shapes serves a copy of it (a store is opened by one process).
    """
    valid_texts, refused_text = updates(claim)
    servers, startups = {}, []
    with tempfile.TemporaryDirectory(prefix="kg-update-bench-copy-") as spare:
        stores = {"with the shapes": store, "`--shapes none`": None}
        if store is not None:
            stores["`--shapes none`"] = Path(spare) / "store"
            shutil.copytree(store, stores["`--shapes none`"])
        try:
            for name, extra in (("with the shapes", ()), ("`--shapes none`", ("--shapes", "none"))):
                where = () if stores[name] is None else ("--store", str(stores[name]))
                servers[name], startup = _serve(*where, *extra)
                startups.append((name, startup))
            guarded = servers["with the shapes"].url + "/sparql"
            unguarded = servers["`--shapes none`"].url + "/sparql"
            # Without the shapes the refused update succeeds: its pair puts the link back.
            restore = f"INSERT DATA {{ {claim} <{PROV_DERIVED}> <{_source(unguarded, claim)}> }}"
            times: dict[str, list[float]] = {k: [] for k in ("valid", "none", "refused", "same")}
            for _ in range(reps):
                for text in valid_texts:
                    times["valid"].append(_time(guarded, text, 204))
                    times["none"].append(_time(unguarded, text, 204))
                times["refused"].append(_time(guarded, refused_text, 422))
                times["same"].append(_time(unguarded, refused_text, 204))
                _time(unguarded, restore, 204)
        finally:
            for server in servers.values():
                server.stop()
    valid, same = statistics.median(times["none"]), statistics.median(times["same"])
    rows = [
        _row("valid update, with the shapes", times["valid"], valid),
        _row("the same, `--shapes none`", times["none"], valid),
        _row("refused update, with the shapes", times["refused"], same),
        _row(
            "the same update, `--shapes none` (applied, then undone untimed)", times["same"], same
        ),
    ]
    return rows, startups


def _source(url: str, claim: str) -> str:
    """The statement ``claim`` is derived from, asked of the server at ``url``."""
    query = f"SELECT ?s WHERE {{ {claim} <{PROV_DERIVED}> ?s }}"
    r = requests.get(url, params={"query": query}, headers={"Accept": JSON}, timeout=60)
    r.raise_for_status()
    return r.json()["results"]["bindings"][0]["s"]["value"]


def _print(title: str, rows: list[str], startups: list[tuple[str, float]]) -> None:
    print(f"{title}\n")
    print("| update | p50 | p95 | p50 ÷ the same update unguarded | n |")
    print("|---|---|---|---|---|")
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
            rows, startups = measure(args.reps, claim, store)
            how = "reused" if args.store else f"generated and built in {built:.0f} s"
            _print(
                f"{args.claims:,} generated claims in an on-disk store (`kg serve --store`; {how})",
                rows,
                startups,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
