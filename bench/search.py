"""Search and browse at scale: the label index built from a generated graph, its look-ups, and
the search and browse pages answered in process, first (nothing cached) and again.

    python -m bench.search --claims 1000000 [--seed 1] [--reps 200] [--save G.nt | --data G.nt]

The graph comes from bench/generate.py (the project's model, Zipf-skewed entities) with its
shortcut triples and types derived, loaded into an in-memory pyoxigraph store as the server holds it.
Prints a Markdown table; bench/RESULTS-search.md keeps the figures with their date.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox

from bench.generate import write_turtle
from kg.resources import query_text

BASE = "https://w3id.org/hsct-kg/"
LOOKUPS = {
    "abbreviation (AHSCT)": "AHSCT",
    "two letters (ms)": "ms",
    "prefix (multi)": "multi",
    "typed so far (refrac)": "refrac",
    "two words (stem cell)": "stem cell",
    "typo (sclerossis)": "sclerossis",
    "typo, two words (multple sclerosis)": "multple sclerosis",
    "four words (refractory multiple sclerosis type)": "refractory multiple sclerosis type",
    "no match (zzqx)": "zzqx",
}


def timed(fn, reps: int) -> tuple[float, float, float, object]:
    """(p50, p95, max) in milliseconds over ``reps`` calls, and the last result."""
    times, result = [], None
    for _ in range(reps):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    return statistics.median(times), p95, times[-1], result


def load(claims: int, seed: int, workdir: Path) -> ox.Store:
    turtle = write_turtle(workdir / "synthetic.ttl", claims, seed, ontology=True)
    store = ox.Store()
    store.bulk_load(path=str(turtle), format=ox.RdfFormat.TURTLE)
    turtle.unlink()
    for rule in ("derive", "derive-types"):
        derived = [ox.Quad(t.subject, t.predicate, t.object) for t in store.query(query_text(rule))]
        store.bulk_extend(derived)
    return store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reps", type=int, default=200, help="look-ups per query")
    parser.add_argument("--save", type=Path, help="also write the graph here (N-Triples)")
    parser.add_argument("--data", type=Path, help="load this N-Triples file instead")
    args = parser.parse_args(argv)

    from server.search import build_index

    out = sys.stdout
    start = time.perf_counter()
    if args.data:
        store = ox.Store()
        store.bulk_load(path=str(args.data), format=ox.RdfFormat.N_TRIPLES)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            store = load(args.claims, args.seed, Path(tmp))
    loaded = time.perf_counter() - start
    if args.save:
        store.dump(str(args.save), format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    triples = len(store)
    queries = {}
    for name in ("search-usage", "search-index"):
        start = time.perf_counter()
        rows = sum(1 for _ in store.query(query_text(name)))
        queries[name] = (rows, time.perf_counter() - start)
    tracemalloc.start()
    start = time.perf_counter()
    index = build_index(store, BASE)
    built = time.perf_counter() - start
    held = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.stop()
    names = sum(1 + len(e.names) for e in index.entries)
    print(
        f"{args.claims:,} claims, {triples:,} triples (generated and loaded in {loaded:.0f} s); "
        f"python {platform.python_version()}, pyoxigraph {ox.__version__}\n",
        file=out,
    )
    print(
        f"Label index: {len(index):,} entries, {names:,} names, {held:.0f} MiB of Python "
        f"objects; built in {built:.1f} s (traced by tracemalloc, which slows it), of which "
        + ", ".join(
            f"`{q}.rq` {rows:,} rows in {secs:.1f} s" for q, (rows, secs) in queries.items()
        )
        + " when run alone\n",
        file=out,
    )
    print(
        "| look-up (`/search.json`, limit 8) | hits | first | p50 ms | p95 ms | max ms |", file=out
    )
    print("|---|---|---|---|---|---|", file=out)
    for name, text in LOOKUPS.items():
        p50, p95, worst, found = timed(lambda text=text: index.lookup(text, 8), args.reps)
        every = len(index.lookup(text))
        first = found[0].entry.label if found else "–"
        print(f"| {name} | {every} | {first} | {p50:.2f} | {p95:.2f} | {worst:.2f} |", file=out)

    print("\n| page, in process (Flask test client) | first answer s | again s |", file=out)
    print("|---|---|---|", file=out)
    from server import create_app

    app = create_app({"workers": 0}, store=store)
    client = app.test_client()
    ahsct = quote(BASE + "resource/intervention/ahsct", safe="")
    for path in (
        "/search.json?q=sclerossis",
        "/search?q=AHSCT",
        "/search?q=stem+cell+lupus",
        "/browse/claims",
        "/browse/claims?page=3",
        f"/browse/claims?intervention={ahsct}",
        f"/browse/claims?intervention={ahsct}&kind=hkg:EfficacyClaim",
        "/browse/diseases",
        "/browse/documents",
    ):
        seconds = []
        for _ in range(2):
            start = time.perf_counter()
            status = client.get(path, headers={"Accept": "text/html"}).status_code
            seconds.append(time.perf_counter() - start)
            assert status == 200, (path, status)
        print(f"| `{path}` | {seconds[0]:.2f} | {seconds[1]:.2f} |", file=out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
