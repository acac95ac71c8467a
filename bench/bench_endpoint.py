"""Benchmark our SPARQL endpoint against a raw ``oxigraph serve-read-only`` over the same data.

The data is the synthetic corpus of :mod:`bench.generate` (the project's claim model, with the
ontology) plus its shortcut triples, derived by the build's own rule (``kg/queries/derive.rq``),
written once as N-Triples and loaded by every server. Two workloads run on it:

``competency``  the competency questions of ``tests/competency`` (the generator's most common
                entities are the ontology's own, so they ask the same questions of the large
                graph; the two that name organisations use synthetic ones instead)
``point``       short look-ups, a shortcut-triple read, a join, a full-graph count and an ASK

Reports, per query, the p50 latency of pyoxigraph in-process (the floor: query plus pyoxigraph's
own JSON serialisation), of our endpoint and of Oxigraph server; then the throughput of each
workload at several concurrencies. Before anything is timed, every answer of every server is
compared with the in-process answer, so a fast wrong endpoint cannot win, and any error status
during a timed run stops the benchmark.

    python -m bench.bench_endpoint                     # 2,000 claims
    python -m bench.bench_endpoint --claims 100000     # the issue's large graph (~1.7M triples)
    python -m bench.bench_endpoint --data FILE.nt      # any RDF file (point workload's IRIs
                                                       # are the generator's)

Not a test: numbers depend on the machine. Both servers and the client share its cores.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox

from bench.generate import write_turtle
from kg.resources import query_text
from server.process import ServerProcess, free_port

ROOT = Path(__file__).resolve().parent.parent
COMPETENCY = ROOT / "tests" / "competency"

PREFIXES = """PREFIX hkg: <https://w3id.org/hsct-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX claim: <https://w3id.org/hsct-kg/resource/claim/>
PREFIX disease: <https://w3id.org/hsct-kg/resource/disease/>
PREFIX intervention: <https://w3id.org/hsct-kg/resource/intervention/>
"""
POINT = {
    "lookup": PREFIXES + "SELECT ?p ?o { claim:syn-000042-01-1 ?p ?o }",
    "shortcut": PREFIXES
    + "SELECT ?d { intervention:ahsct hkg:recommendedFor ?d } ORDER BY ?d LIMIT 100",
    "join": PREFIXES
    + """SELECT ?c ?text {
  ?c hkg:condition disease:rheumatoid-arthritis ; hkg:recommendedBy ?org ;
     prov:wasDerivedFrom ?s .
  ?s hkg:text ?text . ?org rdfs:label ?label
} ORDER BY ?c LIMIT 50""",
    "count": PREFIXES + "SELECT ?k (COUNT(?c) AS ?n) { ?c a ?k } GROUP BY ?k ORDER BY ?k",
    "ask": PREFIXES + "ASK { intervention:ahsct hkg:improves ?o }",
}
# The curated organisations do not occur in the synthetic corpus; these play their parts
# (a frequent society, and one with a working party).
SYNTHETIC_ENTITIES = {
    "organisation:ectrims": "organisation:syn-org-00000",
    "organisation:ebmt": "organisation:syn-org-00010",
}


def competency_queries() -> dict[str, str]:
    """The competency questions, keyed ``cNN``, with the synthetic stand-ins substituted."""
    out = {}
    for path in sorted(COMPETENCY.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        for curated, synthetic in SYNTHETIC_ENTITIES.items():
            text = text.replace(curated, synthetic)
        out["c" + path.stem.split("-", 1)[0]] = text
    return out


def prepare(workdir: Path, claims: int, seed: int) -> tuple[Path, ox.Store]:
    """Generate ``claims`` claims, derive their shortcut triples, write them as N-Triples."""
    turtle = write_turtle(workdir / "synthetic.ttl", claims, seed, ontology=True)
    store = ox.Store()
    store.bulk_load(path=str(turtle), format=ox.RdfFormat.TURTLE)
    turtle.unlink()
    derived = [ox.Quad(t.subject, t.predicate, t.object) for t in store.query(query_text("derive"))]
    store.bulk_extend(derived)
    data = workdir / "synthetic.nt"
    store.dump(str(data), format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return data, store


def canonical(body: bytes):
    """An answer as a comparable value: the boolean, or the multiset of rows."""
    doc = json.loads(body)
    if "boolean" in doc:
        return doc["boolean"]
    rows = [
        tuple(
            sorted(
                (k, v["type"], v["value"], v.get("datatype"), v.get("xml:lang"))
                for k, v in b.items()
            )
        )
        for b in doc["results"]["bindings"]
    ]
    return sorted(rows)


class Client:
    """A keep-alive HTTP/1.1 client for one endpoint URL (one per thread)."""

    def __init__(self, host: str, port: int, path: str):
        self.conn = http.client.HTTPConnection(host, port, timeout=120)
        self.path = path

    def query(self, text: str) -> bytes:
        self.conn.request(
            "GET",
            self.path + "?" + urlencode({"query": text}),
            headers={"Accept": "application/sparql-results+json"},
        )
        response = self.conn.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"{response.status}: {body[:200]!r}")
        return body


def p50(fn, reps: int, budget: float) -> float:
    """Median of up to ``reps`` timed calls, fewer (at least 5) if they overrun ``budget`` s."""
    fn()
    times: list[float] = []
    deadline = time.perf_counter() + budget
    while len(times) < reps and (len(times) < 5 or time.perf_counter() < deadline):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def throughput(make_client, queries: dict[str, str], concurrency: int, seconds: float) -> float:
    """Queries per second of ``concurrency`` clients, each cycling through every query."""
    texts = list(queries.values())
    done = [0] * concurrency
    errors: list[BaseException] = []
    stop = time.perf_counter() + seconds

    def run(k):
        client = make_client()
        i = k * len(texts) // concurrency
        try:
            while time.perf_counter() < stop:
                client.query(texts[i % len(texts)])
                i += 1
                done[k] += 1
        except (OSError, RuntimeError, http.client.HTTPException) as exc:
            # Reported below: a failed query must stop the run, not look like a slow one.
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(k,)) for k in range(concurrency)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise SystemExit(f"a query failed during the timed run: {errors[0]}")
    return sum(done) / (time.perf_counter() - started)


def start_oxigraph(data: Path, workdir: Path) -> tuple[subprocess.Popen, int]:
    exe = shutil.which("oxigraph")
    if exe is None:
        sys.exit("the oxigraph binary is missing: pip install oxigraph")
    location = workdir / "oxigraph"
    subprocess.run(
        [exe, "load", "--location", str(location), "--file", str(data)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    port = free_port()
    proc = subprocess.Popen(
        [exe, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            Client("127.0.0.1", port, "/query").query("ASK {}")
            return proc, port
        except OSError:
            time.sleep(0.1)
    os.kill(proc.pid, signal.SIGKILL)
    sys.exit("oxigraph server did not start")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=2000, help="synthetic claims (default 2000)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--data", type=Path, help="benchmark this RDF file instead")
    parser.add_argument("--reps", type=int, default=200, help="most repetitions per query for p50")
    parser.add_argument(
        "--budget",
        type=float,
        default=2.0,
        help="seconds per query and server for p50 (min 5 reps)",
    )
    parser.add_argument("--seconds", type=float, default=8.0, help="duration of each load run")
    parser.add_argument("--concurrency", default="1,4,16")
    parser.add_argument("--workloads", default="point,competency", help="comma-separated")
    parser.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 2,
        help="query workers of our endpoint (default: CPU count)",
    )
    parser.add_argument("--threads", type=int, default=None, help="HTTP threads of our endpoint")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)

    workloads = {"point": POINT, "competency": competency_queries()}
    workloads = {name: workloads[name] for name in args.workloads.split(",")}
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        started = time.perf_counter()
        if args.data:
            data = args.data
            local = ox.Store()
            local.bulk_load(path=str(data), format=ox.RdfFormat.from_extension(data.suffix[1:]))
            print(f"data: {data}, {len(local)} triples", file=sys.stderr)
        else:
            data, local = prepare(workdir, args.claims, args.seed)
            print(
                f"data: {args.claims} synthetic claims (seed {args.seed}), {len(local)} triples "
                f"({time.perf_counter() - started:.0f} s)",
                file=sys.stderr,
            )
        expected = {
            name: canonical(local.query(q).serialize(format=ox.QueryResultsFormat.JSON))
            for queries in workloads.values()
            for name, q in queries.items()
        }

        extra = ["--threads", str(args.threads)] if args.threads else []
        ours = ServerProcess.ours(
            "--data", str(data), "--workers", str(args.workers), "--max-rows", "1000000", *extra
        )
        ours.start(timeout=900)
        oxi, oxi_port = start_oxigraph(data, workdir)
        endpoints = {
            "ours": lambda: Client("127.0.0.1", ours.port, "/sparql"),
            "oxigraph": lambda: Client("127.0.0.1", oxi_port, "/query"),
        }
        figures: dict = {
            "triples": len(local),
            "claims": None if args.data else args.claims,
            "workers": args.workers,
            "p50_ms": {},
            "throughput_qps": {},
        }
        try:
            for label, make in endpoints.items():
                client = make()
                for name, q in expected.items():
                    text = next(qs[name] for qs in workloads.values() if name in qs)
                    if canonical(client.query(text)) != q:
                        raise SystemExit(f"{label} answered {name} wrongly")
            print("every answer of both servers equals the in-process answer", file=sys.stderr)
            print("\nper-query p50 (ms)")
            print(
                f"{'query':10} {'rows':>6} {'in-process':>11} {'ours':>9} {'oxigraph':>9} {'ours-in':>8}"
            )
            for queries in workloads.values():
                for name, q in queries.items():
                    row = {
                        "in-process": p50(
                            lambda q=q: local.query(q).serialize(format=ox.QueryResultsFormat.JSON),
                            args.reps,
                            args.budget,
                        )
                    }
                    for label, make in endpoints.items():
                        client = make()
                        row[label] = p50(lambda q=q, c=client: c.query(q), args.reps, args.budget)
                    answer = expected[name]
                    row["rows"] = 1 if isinstance(answer, bool) else len(answer)
                    figures["p50_ms"][name] = row
                    print(
                        f"{name:10} {row['rows']:6} {row['in-process']:11.3f} {row['ours']:9.3f} "
                        f"{row['oxigraph']:9.3f} {row['ours'] - row['in-process']:8.3f}"
                    )
            for workload, queries in workloads.items():
                print(f"\n{workload} workload throughput (queries/s)")
                print(f"{'clients':>7} {'ours':>8} {'oxigraph':>9} {'ratio':>6}")
                figures["throughput_qps"][workload] = {}
                for c in (int(x) for x in args.concurrency.split(",")):
                    row = {
                        label: throughput(make, queries, c, args.seconds)
                        for label, make in endpoints.items()
                    }
                    row["ratio"] = row["ours"] / row["oxigraph"]
                    figures["throughput_qps"][workload][c] = row
                    print(f"{c:7} {row['ours']:8.1f} {row['oxigraph']:9.1f} {row['ratio']:6.2f}")
        finally:
            ours.stop()
            os.kill(oxi.pid, signal.SIGTERM)
            oxi.wait(timeout=10)
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
