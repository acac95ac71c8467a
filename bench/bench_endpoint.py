"""Benchmark our SPARQL endpoint against a raw ``oxigraph serve-read-only`` over the same data.

The data is the synthetic corpus of :mod:`bench.generate` (the project's claim model, with the
ontology) plus its shortcut triples, derived by the build's own rule (``kg/queries/derive.rq``),
written once as N-Triples and loaded by every server. Two workloads run on it:

``competency``  the competency questions of ``tests/competency`` (the generator's most common
                entities are the ontology's own, so they ask the same questions of the large
                graph; the two that name organisations use synthetic ones instead)
``point``       short look-ups, a shortcut-triple read, a join, a full-graph count and an ASK

With ``--virtuoso`` a Virtuoso (Debian ``virtuoso-opensource``) started on loopback over the
same file is measured too (see :mod:`bench.virtuoso`).

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
import ctypes
import gc
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
from kg.namespaces import PREFIXES as PROJECT_PREFIXES
from kg.resources import query_text
from server.process import ServerProcess, free_port

ROOT = Path(__file__).resolve().parent.parent
COMPETENCY = ROOT / "tests" / "competency"

# The project's own prefixes, written out: Oxigraph server does not pre-declare them.
PREFIXES = "".join(
    f"PREFIX {p}: <{PROJECT_PREFIXES[p]}>\n"
    for p in ("hkg", "rdfs", "prov", "claim", "disease", "intervention")
)
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


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def canonical(body: bytes):
    """An answer as a comparable value: the boolean, or the multiset of rows.

    Spellings that mean the same answer are made one: the old ``typed-literal`` type, an
    explicit ``xsd:string`` datatype, and ASK as a one-cell table (all from Virtuoso).
    """
    doc = json.loads(body)
    if "boolean" in doc:
        return doc["boolean"]
    bindings = doc["results"]["bindings"]
    if doc["head"].get("vars") == ["__ASK_RETVAL"] and len(bindings) == 1:
        # Virtuoso 7 answers ASK in JSON as a one-cell table.
        return bindings[0]["__ASK_RETVAL"]["value"] == "1"

    def term(v):
        kind = "literal" if v["type"] == "typed-literal" else v["type"]
        datatype = None if v.get("datatype") == XSD_STRING else v.get("datatype")
        return kind, v["value"], datatype, v.get("xml:lang")

    rows = [tuple(sorted((k, *term(v)) for k, v in b.items())) for b in doc["results"]["bindings"]]
    return sorted(rows)


class Client:
    """A keep-alive HTTP/1.1 client for one endpoint URL (one per thread)."""

    def __init__(self, host: str, port: int, path: str, params: dict[str, str] | None = None):
        self.conn = http.client.HTTPConnection(host, port, timeout=120)
        self.path = path
        self.params = params or {}

    def query(self, text: str) -> bytes:
        self.conn.request(
            "GET",
            self.path + "?" + urlencode({"query": text, **self.params}),
            headers={"Accept": "application/sparql-results+json"},
        )
        response = self.conn.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"{response.status}: {body[:200]!r}")
        return body


def p50(fns: dict, reps: int, budget: float) -> dict[str, float]:
    """Median milliseconds of each of ``fns``, called in turn, round after round.

    Rounds interleave the contenders (in a rotating order), so load from elsewhere on the
    machine falls on all of them alike; up to ``reps`` rounds, fewer (at least 5) if they
    overrun ``budget`` seconds per contender.
    """
    labels = list(fns)
    for label in labels:
        fns[label]()
    times: dict[str, list[float]] = {label: [] for label in labels}
    deadline = time.perf_counter() + budget * len(labels)
    rounds = 0
    while rounds < reps and (rounds < 5 or time.perf_counter() < deadline):
        shift = rounds % len(labels)
        for label in labels[shift:] + labels[:shift]:
            t = time.perf_counter()
            fns[label]()
            times[label].append(time.perf_counter() - t)
        rounds += 1
    return {label: statistics.median(ts) * 1000 for label, ts in times.items()}


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


def per_query_p50(figures, workloads, expected, endpoints, wrong, local, args) -> None:
    """Print and record each query's p50 in-process and on every server."""
    labels = list(endpoints)
    print("\nper-query p50 (ms)")
    print(
        f"{'query':10} {'rows':>6} {'in-process':>11} "
        + " ".join(f"{label:>9}" for label in labels)
        + f" {'ours-in':>8}"
    )
    for queries in workloads.values():
        for name, q in queries.items():
            contenders = {
                "in-process": lambda q=q: local.query(q).serialize(
                    format=ox.QueryResultsFormat.JSON
                )
            }
            for label, make in endpoints.items():
                if name not in wrong[label]:
                    client = make()
                    contenders[label] = lambda q=q, c=client: c.query(q)
            row = {label: None for label in labels}
            row.update(p50(contenders, args.reps, args.budget))
            answer = expected[name]
            row["rows"] = 1 if isinstance(answer, bool) else len(answer)
            figures["p50_ms"][name] = row
            cells = " ".join(
                f"{'wrong':>9}" if row[label] is None else f"{row[label]:9.3f}" for label in labels
            )
            print(
                f"{name:10} {row['rows']:6} {row['in-process']:11.3f} {cells} "
                f"{row['ours'] - row['in-process']:8.3f}"
            )


def _starters(args, data: Path, workdir: Path) -> dict:
    """Label -> a function that starts that server and returns (client factory, stop)."""
    extra = ["--threads", str(args.threads)] if args.threads else []

    def ours():
        # Neither Oxigraph server nor Virtuoso stops a query; ours does (10 s by default).
        server = ServerProcess.ours(
            "--data",
            str(data),
            "--workers",
            str(args.workers),
            "--max-rows",
            "1000000",
            "--timeout",
            "600",
            *extra,
        )
        server.start(timeout=900)
        return lambda: Client("127.0.0.1", server.port, "/sparql"), server.stop

    def oxigraph():
        proc, port = start_oxigraph(data, workdir)

        def stop():
            os.kill(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)

        return lambda: Client("127.0.0.1", port, "/query"), stop

    starters = {"ours": ours, "oxigraph": oxigraph}
    if args.virtuoso:
        from bench import virtuoso as vt

        if not vt.available():
            sys.exit("--virtuoso: virtuoso-t is missing (apt-get install virtuoso-opensource)")

        def virtuoso():
            server = vt.Virtuoso(workdir / "virtuoso", memory_gb=args.virtuoso_memory)
            server.start()
            loading = time.perf_counter()
            server.load(data)
            print(f"virtuoso loaded in {time.perf_counter() - loading:.0f} s", file=sys.stderr)
            graph = {"default-graph-uri": vt.GRAPH}
            return lambda: Client("127.0.0.1", server.http_port, "/sparql", graph), server.stop

        starters["virtuoso"] = virtuoso
    return starters


def check_answers(endpoints: dict, workloads: dict, expected: dict) -> dict[str, list[str]]:
    """Compare every answer of every server with the in-process one before anything is timed.

    Our endpoint and Oxigraph must answer everything exactly; a third-party store that answers
    a query differently is reported, and that query is left out of its timing and its mixes.
    """
    wrong: dict[str, list[str]] = {label: [] for label in endpoints}
    for label, make in endpoints.items():
        client = make()
        for name, q in expected.items():
            text = next(qs[name] for qs in workloads.values() if name in qs)
            failure = None
            try:
                right = canonical(client.query(text)) == q
            except RuntimeError as exc:
                right, failure = False, exc
            if not right:
                if label in ("ours", "oxigraph"):
                    raise SystemExit(
                        f"{label} failed {name}: {failure}"
                        if failure
                        else f"{label} answered {name} wrongly"
                    )
                wrong[label].append(name)
        print(f"every answer of {label} checked", file=sys.stderr)
        if wrong[label]:
            print(f"{label} answered differently: {', '.join(wrong[label])}", file=sys.stderr)
    return wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=2000, help="synthetic claims (default 2000)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--data", type=Path, help="benchmark this RDF file instead")
    parser.add_argument(
        "--reps", type=int, default=200, help="most repetitions per query for p50 (0: no p50)"
    )
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
    parser.add_argument(
        "--virtuoso",
        action="store_true",
        help="also start a Virtuoso (virtuoso-opensource) on loopback and measure it",
    )
    parser.add_argument(
        "--virtuoso-memory", type=float, default=2.0, help="GiB of buffers for Virtuoso"
    )
    parser.add_argument(
        "--one-at-a-time",
        action="store_true",
        help="run each server alone (started, measured, stopped), so a large graph fits in "
        "memory once; needs --reps 0",
    )
    parser.add_argument(
        "--servers",
        help="which servers, in this order, comma-separated, ours first (default: ours, "
        "oxigraph and, with --virtuoso, virtuoso)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)
    if args.one_at_a_time and args.reps:
        parser.error(
            "--one-at-a-time measures no per-query p50 (it compares servers side by side); add --reps 0"
        )

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
        triples = len(local)
        if not args.reps:
            # Only the p50 table needs the in-process store again; at a million claims its
            # ~6 GiB beside three servers' is what runs the machine out of memory.
            local = None
            gc.collect()
            try:
                # glibc keeps freed heap for reuse; give it back so the servers can have it.
                ctypes.CDLL("libc.so.6").malloc_trim(0)
            except (OSError, AttributeError):
                pass

        starters = _starters(args, data, workdir)
        if args.servers:
            order = args.servers.split(",")
            unknown = [label for label in order if label not in starters]
            if unknown or order[0] != "ours":
                sys.exit(f"--servers: start with ours, then any of {', '.join(starters)}")
            starters = {label: starters[label] for label in order}
        labels = list(starters)
        figures: dict = {
            "triples": triples,
            "claims": None if args.data else args.claims,
            "workers": args.workers,
            "one_at_a_time": args.one_at_a_time,
            "p50_ms": {},
            "throughput_qps": {w: {} for w in workloads},
            "wrong": {},
        }
        # Side by side, or (to fit a large graph in memory) each server alone: started,
        # checked, measured and stopped before the next one starts.
        groups = [[label] for label in labels] if args.one_at_a_time else [labels]
        for group in groups:
            endpoints, stops = {}, []
            try:
                for label in group:
                    make, stop = starters[label]()
                    endpoints[label] = make
                    stops.append(stop)
                wrong = check_answers(endpoints, workloads, expected)
                figures["wrong"].update(wrong)
                if args.reps:
                    per_query_p50(figures, workloads, expected, endpoints, wrong, local, args)
                for workload, queries in workloads.items():
                    for c in (int(x) for x in args.concurrency.split(",")):
                        row = figures["throughput_qps"][workload].setdefault(c, {})
                        for label, make in endpoints.items():
                            mix = {n: q for n, q in queries.items() if n not in wrong[label]}
                            row[label] = throughput(make, mix, c, args.seconds)
                            print(
                                f"{workload} c{c} {label}: {row[label]:.1f} queries/s",
                                file=sys.stderr,
                            )
            finally:
                for stop in reversed(stops):
                    stop()
        for workload, rows in figures["throughput_qps"].items():
            print(f"\n{workload} workload throughput (queries/s)")
            print(
                f"{'clients':>7} "
                + " ".join(f"{label:>9}" for label in labels)
                + " ".join(f" {'ours/' + label[:4]:>9}" for label in labels[1:])
            )
            for c, row in rows.items():
                for label in labels[1:]:
                    row["ours/" + label] = row["ours"] / row[label]
                print(
                    f"{c:7} "
                    + " ".join(f"{row[label]:9.1f}" for label in labels)
                    + " ".join(f" {row['ours/' + label]:9.2f}" for label in labels[1:])
                )
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
