"""`kg push` a graph into a real Virtuoso and answer the competency questions through it.

Starts a throw-away Virtuoso (Debian ``virtuoso-opensource``, see :mod:`bench.virtuoso`) on
loopback, pushes the graph into one named graph of it with ``kg push`` (timed) through its Graph
Store Protocol endpoint ``/sparql-graph-crud-auth`` (HTTP Digest, credentials in the URL), starts
``kg serve --backend http://127.0.0.1:PORT/sparql?default-graph-uri=GRAPH`` as a subprocess, runs
every competency question (``tests/competency``, with the synthetic stand-ins of
:mod:`bench.bench_endpoint` when the graph is generated) and the endpoint benchmark's point
queries through our server, and compares each answer with in-process pyoxigraph over the same
triples (as a multiset of rows, in order when the query has ORDER BY). Every process it starts
is stopped by its PID.

    python -m bench.virtuoso_backend --claims 100000          # generate, kg build, push, ask
    python -m bench.virtuoso_backend --nt dist/hsct-kg.nt     # a built graph as N-Triples

Exit 0 when every answer is equal, 1 when some differ (they are listed), 2 on a failure.
Not a test: times depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox

from bench import virtuoso as vt
from bench.bench_endpoint import POINT, canonical, competency_queries
from bench.generate import write_project
from kg.namespaces import PREFIXES
from server.process import ServerProcess

ROOT = Path(__file__).resolve().parent.parent
COMPETENCY = ROOT / "tests" / "competency"
GRAPH = vt.GRAPH
USER = PASSWORD = "dba"  # the throw-away server's administrator


def kg(*args: str, timeout: float = 7200) -> subprocess.CompletedProcess:
    """Run the ``kg`` command line; its stderr passes through (progress), stdout is returned."""
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        stdout=subprocess.PIPE,
        text=True,
        timeout=timeout,
        check=True,
    )


def build(workdir: Path, claims: int, seed: int) -> Path:
    """Generate ``claims`` claims as a project, ``kg build`` it: the store."""
    project = workdir / "project"
    write_project(project, claims, seed)
    store, out = workdir / "store", workdir / "dist"
    started = time.perf_counter()
    kg(
        "--root", str(project), "build", "--engine", "oxigraph",
        "--store", str(store), "--out", str(out),
    )  # fmt: skip
    print(f"kg build: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return store


def load_store(nt: Path, workdir: Path) -> Path:
    """Load an N-Triples file into a fresh on-disk store for ``kg push --store``."""
    path = workdir / "store"
    started = time.perf_counter()
    store = ox.Store(str(path))
    store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
    store.flush()
    del store
    print(f"loaded {nt} into a store: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path


def workload(synthetic: bool) -> dict[str, str]:
    """Every competency question (``cNN``) and the point queries, named."""
    if synthetic:
        queries = competency_queries()
    else:
        queries = {
            "c" + p.stem.split("-", 1)[0]: p.read_text(encoding="utf-8")
            for p in sorted(COMPETENCY.glob("*.rq"))
        }
    return {**queries, **POINT}


def order_keys(text: str) -> list[str]:
    """The variables an ``ORDER BY`` sorts on (empty: the query does not order its rows)."""
    match = re.search(r"ORDER\s+BY\s+(.*?)(?:LIMIT|OFFSET|$)", text, re.IGNORECASE | re.DOTALL)
    return re.findall(r"\?(\w+)", match.group(1)) if match else []


def comparable(body: bytes, keys: list[str]):
    """An answer as a comparable value: the multiset of rows and, when the query orders them,
    the sequence of its sort keys (rows that tie may come in any order)."""
    rows = canonical(body)
    if not keys or isinstance(rows, bool):
        return rows
    bindings = json.loads(body)["results"]["bindings"]
    sequence = [
        canonical(json.dumps({"head": {}, "results": {"bindings": [key]}}).encode())
        for key in ({k: b[k] for k in keys if k in b} for b in bindings)
    ]
    return rows, sequence


def size(answer) -> int | str:
    """Rows of an answer made :func:`comparable` (an error message stays as it is)."""
    if isinstance(answer, (str, bool)):
        return answer if isinstance(answer, str) else 1
    return len(answer[0] if isinstance(answer, tuple) else answer)


def ask(url: str, text: str, timeout: float) -> bytes:
    data = urllib.parse.urlencode({"query": text}).encode()
    request = urllib.request.Request(
        url, data=data, headers={"Accept": "application/sparql-results+json"}
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.read()


def timed(fn, reps: int) -> tuple[object, float]:
    """The first result of ``fn`` and its median time over ``reps`` calls, in ms."""
    times, result = [], None
    for i in range(reps):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
        if i == 0:
            result = out
    return result, statistics.median(times) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--nt", type=Path, help="push this N-Triples file (a built graph)")
    source.add_argument("--claims", type=int, help="generate this many claims and kg build them")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--synthetic", action="store_true", help="--nt holds a generated graph")
    parser.add_argument("--chunk", type=int, default=100_000, help="triples per push request")
    parser.add_argument("--memory", type=float, default=4.0, help="GiB of buffers for Virtuoso")
    parser.add_argument("--reps", type=int, default=3, help="runs of each query (median time)")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per query")
    parser.add_argument("--workdir", type=Path, help="keep the work here (default: a temp dir)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)
    if not vt.available():
        sys.exit("virtuoso-t is missing (apt-get install virtuoso-opensource)")

    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        workdir = Path(tmp)
        if args.claims:
            store_path = build(workdir, args.claims, args.seed)
        else:
            store_path = load_store(args.nt, workdir)
        synthetic = bool(args.claims) or args.synthetic
        queries = workload(synthetic)

        virtuoso = vt.Virtuoso(workdir / "virtuoso", memory_gb=args.memory).start()
        ours = None
        try:
            auth = f"http://{USER}:{PASSWORD}@127.0.0.1:{virtuoso.http_port}"
            started = time.perf_counter()
            pushed = kg(
                "push", auth + "/sparql-graph-crud-auth", "--store", str(store_path),
                "--graph", GRAPH, "--chunk", str(args.chunk),
            )  # fmt: skip
            push_s = time.perf_counter() - started
            triples = int(pushed.stdout.split()[1])
            print(pushed.stdout.strip(), file=sys.stderr)
            virtuoso.isql("checkpoint;")
            print(
                f"kg push: {triples} triples in {push_s:.1f} s ({triples / push_s:,.0f} triples/s)",
                file=sys.stderr,
            )
            backend = f"http://127.0.0.1:{virtuoso.http_port}/sparql?" + urllib.parse.urlencode(
                {"default-graph-uri": GRAPH}
            )
            ours = ServerProcess.ours(
                "--backend", backend, "--max-rows", "1000000",
                "--timeout", str(args.timeout), "--workers", "0",
            )  # fmt: skip
            ours.start(timeout=120)
            local = ox.Store.read_only(str(store_path))
            prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
            rows, differ = [], []
            for name, text in queries.items():
                keys = order_keys(text)
                body, local_ms = timed(
                    lambda t=text: local.query(prologue + t).serialize(
                        format=ox.QueryResultsFormat.JSON
                    ),
                    args.reps,
                )
                expected = comparable(body, keys)
                try:
                    got_body, remote_ms = timed(
                        lambda t=text: ask(ours.url + "/sparql", t, args.timeout + 30), args.reps
                    )
                    got = comparable(got_body, keys)
                except OSError as exc:
                    got, remote_ms = f"error: {exc}", float("nan")
                same = got == expected
                if not same:
                    differ.append(name)
                count, got_count = size(expected), size(got)
                rows.append((name, count, got_count, same, remote_ms, local_ms))
        finally:
            if ours is not None:
                ours.stop()
            virtuoso.stop()

    print(
        f"\nVirtuoso {GRAPH} via kg serve --backend, vs in-process pyoxigraph ({triples} triples)"
    )
    print(
        f"{'query':8} {'rows':>8} {'backend':>8} {'same?':>6} {'backend ms':>11} {'local ms':>10}"
    )
    for name, count, got_count, same, remote_ms, local_ms in rows:
        print(
            f"{name:8} {count:8} {got_count!s:>8} {'yes' if same else 'NO':>6} "
            f"{remote_ms:11.1f} {local_ms:10.1f}"
        )
    print(
        f"\npush: {triples} triples in {push_s:.1f} s ({triples / push_s:,.0f} triples/s); "
        f"{len(rows) - len(differ)}/{len(rows)} answers equal"
        + (f"; different: {', '.join(differ)}" if differ else "")
    )
    if args.json:
        figures = {
            "triples": triples,
            "push_s": push_s,
            "queries": [
                dict(zip(("name", "rows", "backend_rows", "same", "backend_ms", "local_ms"), r))
                for r in rows
            ],
        }
        args.json.write_text(json.dumps(figures, indent=2))
    return 1 if differ else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except subprocess.CalledProcessError as exc:
        sys.exit(f"{exc.cmd[2:4]} failed with exit code {exc.returncode}")
    except KeyboardInterrupt:
        sys.exit(130)
