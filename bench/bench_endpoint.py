"""Benchmark our SPARQL endpoint against a raw ``oxigraph serve-read-only`` over the same data.

Reports, per query, the p50 latency of pyoxigraph in-process (the floor), of our endpoint and of
Oxigraph server; then the throughput of a mixed workload at several concurrencies. Every answer
is checked against the in-process answer first, so a fast wrong endpoint cannot win.

    python bench/bench_endpoint.py                    # synthetic graph, 2,000 claims
    python bench/bench_endpoint.py --claims 100000    # the issue's large graph (~1.7M triples)
    python bench/bench_endpoint.py --data FILE.nt     # any RDF file instead

Not a test: numbers depend on the machine. Both servers and the client share its cores.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
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

from server.process import ServerProcess, free_port

HKG = "https://w3id.org/hsct-kg/ontology#"
RES = "https://w3id.org/hsct-kg/resource/"
KINDS = ["RecommendationClaim", "EfficacyClaim", "SafetyClaim", "MechanismClaim", "StatusClaim"]
PREDICATES = {
    "RecommendationClaim": ("recommendedFor", "condition"),
    "EfficacyClaim": ("improves", "outcome"),
    "SafetyClaim": ("associatedWithRisk", "outcome"),
    "MechanismClaim": ("actsThrough", "mechanism"),
    "StatusClaim": ("hasStatus", "status"),
}

PREFIXES = f"PREFIX hkg: <{HKG}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
QUERIES = {
    "lookup": PREFIXES + f"SELECT ?p ?o {{ <{RES}claim/c42> ?p ?o }}",
    "shortcut": PREFIXES
    + f"SELECT ?d {{ <{RES}intervention/i7> hkg:recommendedFor ?d }} ORDER BY ?d LIMIT 100",
    "join": PREFIXES
    + f"""SELECT ?c ?text {{
  ?c hkg:condition <{RES}disease/d3> ; hkg:recommendedBy ?org ;
     <http://www.w3.org/ns/prov#wasDerivedFrom> ?s .
  ?s hkg:text ?text . ?org rdfs:label ?label
}} ORDER BY ?c LIMIT 50""",
    "count": PREFIXES + "SELECT ?k (COUNT(?c) AS ?n) { ?c a ?k } GROUP BY ?k ORDER BY ?k",
    "ask": PREFIXES + f"ASK {{ <{RES}intervention/i1> hkg:improves ?o }}",
}


def synthetic(path: Path, claims: int, seed: int = 1) -> int:
    """Write ``claims`` claims in the project's model (claim + statement + shortcut) as N-Triples."""
    rng = random.Random(seed)
    n = 0
    a = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    with path.open("w") as out:
        for i in range(50):
            out.write(f'<{RES}organisation/o{i}> {label} "Organisation {i}" .\n')
            n += 1
        for i in range(claims):
            kind = KINDS[i % len(KINDS)]
            pred, slot = PREDICATES[kind]
            c, s = f"<{RES}claim/c{i}>", f"<{RES}statement/s{i}>"
            iv = f"<{RES}intervention/i{rng.randrange(40)}>"
            obj = f"<{RES}disease/d{rng.randrange(200)}>"
            lines = [
                f"{c} {a} <{HKG}{kind}> .",
                f"{c} <{HKG}intervention> {iv} .",
                f"{c} <{HKG}predicate> <{HKG}{pred}> .",
                f"{c} <{HKG}{slot}> {obj} .",
                f"{c} <{HKG}recommendedBy> <{RES}organisation/o{rng.randrange(50)}> .",
                f"{c} <http://www.w3.org/ns/prov#wasDerivedFrom> {s} .",
                f"{s} {a} <{HKG}SourceStatement> .",
                f'{s} <{HKG}text> "Statement {i} about {kind}." .',
                f'{s} <{HKG}position> "{i + 1}"^^<http://www.w3.org/2001/XMLSchema#integer> .',
                f'{s} <{HKG}citationMarkers> "{rng.randrange(1, 7)}" .',
                f"{iv} <{HKG}{pred}> {obj} .",
            ]
            if kind == "RecommendationClaim":
                lines.append(f"{c} <{HKG}condition> {obj} .")
            out.write("\n".join(lines) + "\n")
            n += len(lines)
    return n


def canonical(body: bytes):
    doc = json.loads(body)
    if "boolean" in doc:
        return doc["boolean"]
    rows = [
        tuple(sorted((k, v["type"], v["value"]) for k, v in b.items()))
        for b in doc["results"]["bindings"]
    ]
    return sorted(rows)


class Client:
    """A keep-alive HTTP/1.1 client for one endpoint URL (one per thread)."""

    def __init__(self, host: str, port: int, path: str):
        self.conn = http.client.HTTPConnection(host, port, timeout=60)
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


def p50(fn, reps: int) -> float:
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def throughput(make_client, concurrency: int, seconds: float) -> float:
    names = list(QUERIES)
    done = [0] * concurrency
    stop = time.perf_counter() + seconds

    def run(k):
        client = make_client()
        i = k
        while time.perf_counter() < stop:
            client.query(QUERIES[names[i % len(names)]])
            i += 1
            done[k] += 1

    threads = [threading.Thread(target=run, args=(k,)) for k in range(concurrency)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
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
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            Client("127.0.0.1", port, "/query").query("ASK {}")
            return proc, port
        except OSError:
            time.sleep(0.1)
    proc.kill()
    sys.exit("oxigraph server did not start")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=2000, help="synthetic claims (default 2000)")
    parser.add_argument("--data", type=Path, help="benchmark this RDF file instead")
    parser.add_argument("--reps", type=int, default=200, help="repetitions per query for p50")
    parser.add_argument("--seconds", type=float, default=5.0, help="duration of each load run")
    parser.add_argument("--concurrency", default="1,4,16")
    parser.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 2,
        help="query workers of our endpoint (default: CPU count)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        if args.data:
            data = args.data
            print(f"data: {data}", file=sys.stderr)
        else:
            data = workdir / "synthetic.nt"
            n = synthetic(data, args.claims)
            print(f"data: {args.claims} synthetic claims, {n} triples", file=sys.stderr)

        local = ox.Store()
        local.bulk_load(path=str(data), format=ox.RdfFormat.from_extension(data.suffix[1:]))
        expected = {
            name: canonical(local.query(q).serialize(format=ox.QueryResultsFormat.JSON))
            for name, q in QUERIES.items()
        }

        ours = ServerProcess.ours(
            "--data", str(data), "--workers", str(args.workers), "--max-rows", "100000"
        )
        ours.start(timeout=600)
        oxi, oxi_port = start_oxigraph(data, workdir)
        endpoints = {
            "ours": lambda: Client("127.0.0.1", ours.port, "/sparql"),
            "oxigraph": lambda: Client("127.0.0.1", oxi_port, "/query"),
        }
        figures: dict = {"p50_ms": {}, "throughput_qps": {}}
        try:
            for label, make in endpoints.items():
                client = make()
                for name, q in QUERIES.items():
                    got = canonical(client.query(q))
                    if got != expected[name]:
                        raise SystemExit(f"{label} answered {name} wrongly")
            print("\nper-query p50 (ms)")
            print(f"{'query':10} {'in-process':>11} {'ours':>8} {'oxigraph':>9}")
            for name, q in QUERIES.items():
                row = {
                    "in-process": p50(
                        lambda q=q: local.query(q).serialize(format=ox.QueryResultsFormat.JSON),
                        args.reps,
                    )
                }
                for label, make in endpoints.items():
                    client = make()
                    row[label] = p50(lambda q=q, c=client: c.query(q), args.reps)
                figures["p50_ms"][name] = row
                print(
                    f"{name:10} {row['in-process']:11.3f} {row['ours']:8.3f} {row['oxigraph']:9.3f}"
                )
            print("\nmixed workload throughput (queries/s)")
            print(f"{'clients':>7} {'ours':>8} {'oxigraph':>9} {'ratio':>6}")
            for c in (int(x) for x in args.concurrency.split(",")):
                row = {
                    label: throughput(make, c, args.seconds) for label, make in endpoints.items()
                }
                figures["throughput_qps"][c] = row
                print(
                    f"{c:7} {row['ours']:8.0f} {row['oxigraph']:9.0f} "
                    f"{row['ours'] / row['oxigraph']:6.2f}"
                )
        finally:
            ours.stop()
            os.kill(oxi.pid, signal.SIGTERM)
            oxi.wait(timeout=10)
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
