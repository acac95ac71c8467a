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
# The mixed workload: an API's traffic, where many cheap calls share the server with a few
# heavy ones. (class, weight per round, query); {claim}, {disease} and {intervention} rotate over
# claims that cite publications, chosen from the data so the workload fits any size of the generated corpus. Every ORDER BY is
# total, so a LIMIT cuts every engine's answer at the same row.
MIXED_PREFIXES = PREFIXES + "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
MIXED = [
    (
        "lookup",
        10,
        """SELECT ?p ?o ?pub ?year WHERE {
  { {claim} ?p ?o } UNION { {claim} hkg:statedIn ?pub . ?pub hkg:publicationYear ?year }
}""",
    ),
    (
        "ask",
        8,
        "ASK { {claim} hkg:statedIn ?pub . ?pub hkg:publicationYear ?y FILTER(?y >= 2005) }",
    ),
    (
        "recommendations",
        4,
        """SELECT ?c ?i ?org ?strength WHERE {
  ?c a hkg:RecommendationClaim ; hkg:condition {disease} ; hkg:intervention ?i ;
     hkg:strength ?strength ; hkg:recommendedBy ?org .
} ORDER BY ?strength ?i ?c ?org LIMIT 100""",
    ),
    (
        "two-hop",
        4,
        """SELECT ?c ?doc ?title WHERE {
  ?c hkg:intervention {intervention} ; prov:wasDerivedFrom ?s .
  ?s dcterms:isPartOf ?doc . ?doc rdfs:label ?title
} ORDER BY ?c LIMIT 100""",
    ),
    (
        "year-filter",
        4,
        """SELECT ?pub ?journal ?year WHERE {
  ?pub a hkg:JournalArticle ; hkg:publicationYear ?year ; hkg:journal ?journal
  FILTER(?year >= 2019 && ?year <= 2020)
} ORDER BY ?pub LIMIT 200""",
    ),
    (
        "group-by",
        2,
        """SELECT ?o ?dir (COUNT(?c) AS ?n) WHERE { ?c hkg:outcome ?o ; hkg:direction ?dir }
GROUP BY ?o ?dir ORDER BY DESC(?n) ?o ?dir LIMIT 100""",
    ),
    (
        "count-distinct",
        1,
        """SELECT ?i (COUNT(DISTINCT ?pub) AS ?n) WHERE { ?c hkg:intervention ?i ; hkg:statedIn ?pub }
GROUP BY ?i ORDER BY DESC(?n) ?i LIMIT 25""",
    ),
    (
        "text-scan",
        1,
        """SELECT (COUNT(?s) AS ?n) WHERE {
  ?s hkg:text ?t FILTER(CONTAINS(LCASE(?t), "cyclophosphamide"))
}""",
    ),
    (
        "text-scan",
        1,
        """SELECT ?s WHERE { ?s hkg:text ?t FILTER(REGEX(?t, "type 1[0-9] in patients", "i")) }
ORDER BY ?s LIMIT 100""",
    ),
    ("count-all", 1, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
    (
        "construct",
        1,
        "CONSTRUCT { ?c ?p ?o } WHERE { ?c hkg:condition disease:multiple-sclerosis ; ?p ?o }",
    ),
]
MIXED_DISEASES = (
    "disease:rheumatoid-arthritis",
    "disease:systemic-lupus-erythematosus",
    "disease:multiple-sclerosis",
)
MIXED_INTERVENTIONS = (
    "intervention:non-myeloablative-selective-hsct",
    "intervention:high-intensity-immunosuppression-with-ahsct",
    "intervention:selective-hsct",
)
#: Classes of the mixed workload that a client expects to be quick.
LIGHT = ("lookup", "ask")


def mixed_workload(store: ox.Store) -> list[tuple[str, str, str]]:
    """The mixed workload's round: ``(class, name, query)`` in a fixed shuffled order.

    Each class appears as often as its weight, its entities rotating (claims that cite a
    publication, spread over the corpus; a few diseases and interventions).
    """
    import random

    cited = [
        row["c"].value
        for row in store.query(
            MIXED_PREFIXES + "SELECT ?c WHERE { ?c hkg:statedIn ?pub } ORDER BY ?c"
        )
    ]
    if not cited:
        raise SystemExit("the mixed workload needs claims that cite publications (hkg:statedIn)")
    picks = [f"<{cited[k * (len(cited) - 1) // 9]}>" for k in range(10)]
    round_: list[tuple[str, str, str]] = []
    counters: dict[str, int] = {}
    for cls, weight, template in MIXED:
        for _ in range(weight):
            k = counters.get(cls, 0)
            counters[cls] = k + 1
            text = (
                template.replace("{claim}", picks[k % len(picks)])
                .replace("{disease}", MIXED_DISEASES[k % len(MIXED_DISEASES)])
                .replace("{intervention}", MIXED_INTERVENTIONS[k % len(MIXED_INTERVENTIONS)])
            )
            round_.append((cls, f"{cls}-{k}", MIXED_PREFIXES + text))
    random.Random(7).shuffle(round_)
    return round_


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
GRAPH_SYNTAXES = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
}
#: SELECT and ASK answers as JSON, CONSTRUCT answers as N-Triples (Virtuoso would send a
#: CONSTRUCT's triples as a JSON table if JSON were acceptable).
ACCEPT = "application/sparql-results+json"
ACCEPT_GRAPH = "application/n-triples"


def canonical(body: bytes, media_type: str = "application/sparql-results+json"):
    """An answer as a comparable value: the boolean, the multiset of rows, or the triples.

    Spellings that mean the same answer are made one: the old ``typed-literal`` type, an
    explicit ``xsd:string`` datatype, and ASK as a one-cell table (all from Virtuoso). A graph
    (N-Triples or Turtle) becomes its sorted triples.
    """
    media_type = media_type.split(";")[0].strip()
    if media_type in GRAPH_SYNTAXES:
        return sorted(str(t) for t in ox.parse(body, format=GRAPH_SYNTAXES[media_type]))
    doc = json.loads(body)
    if "boolean" in doc:
        return doc["boolean"]
    bindings = doc["results"]["bindings"]
    if doc["head"].get("vars") == ["__ASK_RETVAL"] and len(bindings) <= 1:
        # Virtuoso 7 answers ASK in JSON as a one-cell table (no row: false).
        return bool(bindings) and bindings[0]["__ASK_RETVAL"]["value"] == "1"

    def term(v):
        kind = "literal" if v["type"] == "typed-literal" else v["type"]
        datatype = None if v.get("datatype") == XSD_STRING else v.get("datatype")
        return kind, v["value"], datatype, v.get("xml:lang")

    rows = [tuple(sorted((k, *term(v)) for k, v in b.items())) for b in doc["results"]["bindings"]]
    return sorted(rows)


class RunFailed(Exception):
    """A query of a timed run failed or outlasted the client's timeout."""


class Client:
    """A keep-alive HTTP/1.1 client for one endpoint URL (one per thread)."""

    #: Seconds a client waits for an answer (--client-timeout).
    timeout = 120.0

    def __init__(self, host: str, port: int, path: str, params: dict[str, str] | None = None):
        self.conn = http.client.HTTPConnection(host, port, timeout=self.timeout)
        self.path = path
        self.params = params or {}

    def query(self, text: str) -> bytes:
        return self.answer(text)[0]

    def answer(self, text: str) -> tuple[bytes, str]:
        """The answer's body and media type; raise RuntimeError on any status but 200."""
        self.conn.request(
            "GET",
            self.path + "?" + urlencode({"query": text, **self.params}),
            headers={"Accept": ACCEPT_GRAPH if "CONSTRUCT" in text else ACCEPT},
        )
        response = self.conn.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"{response.status}: {body[:200]!r}")
        return body, response.getheader("Content-Type", "")


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


def throughput(
    make_client, queries, concurrency: int, seconds: float, latencies=None, window=False
) -> float:
    """Queries per second of ``concurrency`` clients, each cycling through every query.

    ``queries`` maps names to texts, or is a list of ``(class, name, text)``; with
    ``latencies`` (a dict) each answer's seconds are appended under its class. With
    ``window``, only the answers completed within ``seconds`` count, over ``seconds`` (the
    queries still running then are waited for but not counted), so short windows of
    several servers can be interleaved without the long queries' tails weighing on them.
    """
    if isinstance(queries, dict):
        queries = [(name, name, text) for name, text in queries.items()]
    texts = [(cls, text) for cls, _name, text in queries]
    done = [0] * concurrency
    errors: list[BaseException] = []
    stop = time.perf_counter() + seconds
    timed: list[list[tuple[str, float]]] = [[] for _ in range(concurrency)]

    def run(k):
        client = make_client()
        i = k * len(texts) // concurrency
        try:
            while time.perf_counter() < stop:
                cls, text = texts[i % len(texts)]
                t = time.perf_counter()
                client.query(text)
                ended = time.perf_counter()
                timed[k].append((cls, ended - t))
                i += 1
                if not window or ended <= stop:
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
        raise RunFailed(f"a query failed during the timed run: {errors[0]}")
    if latencies is not None:
        for per_client in timed:
            for cls, seconds_taken in per_client:
                latencies.setdefault(cls, []).append(seconds_taken)
    if window:
        return sum(done) / (stop - started)
    return sum(done) / (time.perf_counter() - started)


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile (0–1) of ``values``, nearest rank, in milliseconds."""
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def tree_memory(pid: int) -> tuple[int, float, float]:
    """(processes, summed RSS GiB, summed PSS GiB) of ``pid`` and all its descendants.

    PSS counts a page shared by n processes as 1/n in each, so its sum is what the tree costs.
    """
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            try:
                todo += [int(c) for c in task.read_text().split()]
            except OSError:
                pass
    rss = pss = 0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except OSError:
            pass
    return len(pids), rss / 1024**2, pss / 1024**2


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
            contenders = {"in-process": lambda q=q: local_answer(local, q)}
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


def local_answer(store: ox.Store, text: str) -> tuple[bytes, str]:
    """The in-process answer as the servers are asked for it: JSON, or N-Triples for graphs."""
    answer = store.query(text)
    if isinstance(answer, ox.QueryTriples):
        return answer.serialize(format=ox.RdfFormat.N_TRIPLES), "application/n-triples"
    return answer.serialize(format=ox.QueryResultsFormat.JSON), "application/sparql-results+json"


def _starters(args, data: Path, workdir: Path) -> dict:
    """Label -> a function that starts that server and returns (client factory, stop, pid)."""
    extra = ["--threads", str(args.threads)] if args.threads else []
    if args.workers is not None:
        extra += ["--workers", str(args.workers)]
    extra += (args.ours_args or "").split()
    source = ["--store", str(args.ours_store)] if args.ours_store else ["--data", str(data)]

    def ours(checkout: Path | None = None):
        # Neither Oxigraph server nor Virtuoso stops a query; ours does (10 s by default). The
        # row and byte limits are raised so that no answer of the workloads is refused.
        env = {"PYTHONPATH": str(checkout)} if checkout else None
        server = ServerProcess.ours(
            *source,
            "--max-rows",
            "1000000",
            "--max-result-bytes",
            str(1024**3),
            "--timeout",
            "600",
            *extra,
            env=env,
            cwd=str(checkout) if checkout else None,
        )
        server.start(timeout=900)
        return lambda: Client("127.0.0.1", server.port, "/sparql"), server.stop, server.proc.pid

    def oxigraph():
        proc, port = start_oxigraph(data, workdir)

        def stop():
            os.kill(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)

        return lambda: Client("127.0.0.1", port, "/query"), stop, proc.pid

    starters = {"ours": ours, "oxigraph": oxigraph}
    if args.baseline:
        # Our endpoint as an earlier checkout has it (e.g. a git worktree), to see in one run
        # what a change bought.
        starters["before"] = lambda: ours(args.baseline.resolve())
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
            client = lambda: Client("127.0.0.1", server.http_port, "/sparql", graph)
            return client, server.stop, server.proc.pid

        starters["virtuoso"] = virtuoso
    return starters


def mixed_load(figures, row, endpoints, round_, wrong, c: int, args) -> None:
    """Run the mixed workload at ``c`` clients on every server, in interleaved windows.

    ``--slices`` windows per server, in a rotating order, so that load from elsewhere on the
    machine falls on every server alike; queries/s is the mean of a server's windows.
    """
    labels = list(endpoints)
    rates: dict[str, list[float]] = {label: [] for label in labels}
    latencies: dict[str, dict[str, list[float]]] = {label: {} for label in labels}
    failed: dict[str, str] = {}
    for k in range(args.slices):
        shift = k % len(labels)
        for label in labels[shift:] + labels[:shift]:
            if label in failed:
                continue
            mix = [e for e in round_ if e[1] not in wrong[label]]
            try:
                rates[label].append(
                    throughput(
                        endpoints[label],
                        mix,
                        c,
                        args.seconds / args.slices,
                        latencies[label],
                        window=True,
                    )
                )
            except RunFailed as exc:
                # A server that cannot answer within the client's timeout at this load is
                # reported as such; the other servers and concurrencies are still measured.
                failed[label] = str(exc)
                print(f"mixed c{c} {label}: {exc}", file=sys.stderr)
    for label in labels:
        if label in failed:
            row[label] = None
            figures["mixed"].setdefault(label, {})[c] = {"failed": failed[label]}
            continue
        row[label] = statistics.mean(rates[label])
        lat = latencies[label]
        figures["mixed"].setdefault(label, {})[c] = {
            "p50_ms": percentile([t for ts in lat.values() for t in ts], 0.5),
            "windows_qps": [round(r, 2) for r in rates[label]],
            "classes": {
                cls: {
                    "n": len(ts),
                    "p50_ms": percentile(ts, 0.5),
                    "p95_ms": percentile(ts, 0.95),
                }
                for cls, ts in sorted(lat.items())
            },
        }
        print(f"mixed c{c} {label}: {row[label]:.1f} queries/s", file=sys.stderr)


def print_mixed(figures: dict, labels: list[str], concurrencies: list[int]) -> None:
    """Print the mixed workload as the issue's table, then each class's latency under load."""
    rows = figures["throughput_qps"]["mixed"]
    mid = 4 if 4 in concurrencies else concurrencies[len(concurrencies) // 2]
    print("\nmixed workload")
    print(
        "| server | "
        + " | ".join(f"queries/s at {c}" for c in concurrencies)
        + f" | mixed p50 at {mid} | look-up p50 alone / "
        + " / ".join(f"at {c}" for c in concurrencies)
        + " | memory (PSS, all processes) |"
    )
    print("|---" * (len(concurrencies) + 4) + "|")
    for label in labels:
        m = figures["mixed"].get(label)
        if not m:
            continue
        lookups = " / ".join(
            f"{m[c].get('classes', {}).get('lookup', {}).get('p50_ms', float('nan')):.1f}"
            for c in concurrencies
        )
        mem = figures["memory_gib"].get(label, {})
        print(
            f"| {label} | "
            + " | ".join(
                "failed" if rows[c][label] is None else f"{rows[c][label]:.1f}"
                for c in concurrencies
            )
            + f" | {m[mid].get('p50_ms', float('nan')):.1f} ms"
            + f" | {m['lookup_alone_p50_ms']:.1f} / {lookups} ms"
            + f" | {mem.get('pss', float('nan')):.2f} GiB ({mem.get('processes', '?')} processes) |"
        )
    classes = sorted(
        {
            cls
            for label in labels
            for c in concurrencies
            for cls in figures["mixed"].get(label, {}).get(c, {}).get("classes", {})
        }
    )
    for c in concurrencies:
        print(f"\nper class at {c} clients: p50 / p95 ms")
        print(f"{'class':16}" + "".join(f" {label:>18}" for label in labels))
        for cls in classes:
            cells = []
            for label in labels:
                got = figures["mixed"].get(label, {}).get(c, {}).get("classes", {}).get(cls)
                cells.append(
                    f"{got['p50_ms']:8.1f} / {got['p95_ms']:7.1f}" if got else f"{'-':>18}"
                )
            print(f"{cls:16}" + "".join(f" {cell:>18}" for cell in cells))


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
                right = canonical(*client.answer(text)) == q
            except RuntimeError as exc:
                right, failure = False, exc
            except OSError as exc:
                # No answer within the client's timeout: named as a failure of that query,
                # and a fresh connection for the next one.
                right, failure = False, f"no answer ({exc or type(exc).__name__})"
                client = make()
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
    parser.add_argument(
        "--slices",
        type=int,
        default=3,
        help="the mixed workload's --seconds per concurrency and server, cut into this many "
        "windows interleaved with the other servers' (default 3)",
    )
    parser.add_argument(
        "--workloads",
        default="point,competency,mixed",
        help="comma-separated, of point, competency and mixed",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="query workers of our endpoint (default: the server's own default)",
    )
    parser.add_argument(
        "--ours-store",
        type=Path,
        help="serve this on-disk store (kg build --store, or any Oxigraph store of the same "
        "data) from our endpoint instead of the data file",
    )
    parser.add_argument("--ours-args", help="more arguments for our endpoint, space-separated")
    parser.add_argument(
        "--baseline",
        type=Path,
        help="also measure our endpoint from this other checkout (as 'before'), e.g. a git "
        "worktree of an earlier commit",
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
    parser.add_argument(
        "--client-timeout",
        type=float,
        default=Client.timeout,
        help="seconds a client waits for an answer; a server that takes longer during a timed "
        "run is reported as failed at that concurrency (default %(default)s)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)
    Client.timeout = args.client_timeout
    if args.one_at_a_time and args.reps:
        parser.error(
            "--one-at-a-time measures no per-query p50 (it compares servers side by side); add --reps 0"
        )

    chosen = args.workloads.split(",")
    unknown = set(chosen) - {"point", "competency", "mixed"}
    if unknown:
        parser.error(f"--workloads: unknown {', '.join(sorted(unknown))}")
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
        workloads = {"point": POINT, "competency": competency_queries()}
        round_ = mixed_workload(local) if "mixed" in chosen else []
        workloads["mixed"] = {name: text for _cls, name, text in round_}
        workloads = {name: workloads[name] for name in chosen}
        expected = {
            name: canonical(*local_answer(local, q))
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
            "mixed": {},
            "memory_gib": {},
        }
        pids: dict[str, int] = {}
        # Side by side, or (to fit a large graph in memory) each server alone: started,
        # checked, measured and stopped before the next one starts.
        groups = [[label] for label in labels] if args.one_at_a_time else [labels]
        for group in groups:
            endpoints, stops = {}, []
            try:
                for label in group:
                    make, stop, pid = starters[label]()
                    pids[label] = pid
                    endpoints[label] = make
                    stops.append(stop)
                wrong = check_answers(endpoints, workloads, expected)
                figures["wrong"].update(wrong)
                if args.reps:
                    per_query_p50(figures, workloads, expected, endpoints, wrong, local, args)
                if "mixed" in workloads:
                    for label, make in endpoints.items():
                        # A light look-up's latency with nothing else running, for the ratio
                        # under load.
                        alone: dict[str, list[float]] = {}
                        lookups = [
                            e for e in round_ if e[0] == "lookup" and e[1] not in wrong[label]
                        ]
                        throughput(make, lookups, 1, min(3.0, args.seconds), alone)
                        figures["mixed"].setdefault(label, {})["lookup_alone_p50_ms"] = percentile(
                            alone["lookup"], 0.5
                        )
                for workload, queries in workloads.items():
                    for c in (int(x) for x in args.concurrency.split(",")):
                        row = figures["throughput_qps"][workload].setdefault(c, {})
                        if workload == "mixed":
                            mixed_load(figures, row, endpoints, round_, wrong, c, args)
                            continue
                        for label, make in endpoints.items():
                            mix = {n: q for n, q in queries.items() if n not in wrong[label]}
                            try:
                                row[label] = throughput(make, mix, c, args.seconds)
                            except RunFailed as exc:
                                row[label] = None
                                print(f"{workload} c{c} {label}: {exc}", file=sys.stderr)
                                continue
                            print(
                                f"{workload} c{c} {label}: {row[label]:.1f} queries/s",
                                file=sys.stderr,
                            )
                for label in group:
                    processes, rss, pss = tree_memory(pids[label])
                    figures["memory_gib"][label] = {
                        "processes": processes,
                        "rss": round(rss, 2),
                        "pss": round(pss, 2),
                    }
                if args.json:
                    # What is measured so far survives a later server's failure.
                    args.json.write_text(json.dumps(figures, indent=2))
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
                    row["ours/" + label] = (
                        row["ours"] / row[label] if row["ours"] and row[label] else None
                    )
                print(
                    f"{c:7} "
                    + " ".join(
                        f"{'failed':>9}" if row[label] is None else f"{row[label]:9.1f}"
                        for label in labels
                    )
                    + " ".join(
                        f" {'-':>9}"
                        if row["ours/" + label] is None
                        else f" {row['ours/' + label]:9.2f}"
                        for label in labels[1:]
                    )
                )
        if figures["mixed"]:
            print_mixed(figures, labels, [int(x) for x in args.concurrency.split(",")])
        print("\nmemory after the runs (every process of each server)")
        for label, m in figures["memory_gib"].items():
            print(
                f"{label:9} {m['processes']} processes, RSS {m['rss']:.2f} GiB, PSS {m['pss']:.2f} GiB"
            )
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
