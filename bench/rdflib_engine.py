"""Why queries run on pyoxigraph: rdflib's own SPARQL engine beside it, in one process.

The data is that of :mod:`bench.bench_endpoint` (synthetic claims of :mod:`bench.generate`
with the ontology and the derived shortcut triples, made by its ``prepare()``), written once
as N-Triples; the queries are its competency questions and point workload.

Reports

* load: seconds and peak resident-set growth to load the N-Triples into an rdflib ``Graph``
  (its in-memory store) and into a pyoxigraph in-memory ``Store`` (``bulk_load``);
* per query: the time of ``graph.query`` (rdflib, the project prefixes bound on the graph)
  and of ``store.query`` (pyoxigraph, the same prefixes pre-declared), each with its results
  fully iterated into rows of terms, and the ratio: a first run (its answer is the one
  compared, its time is shown apart) and the median of repeated runs after it; a query whose
  answers differ is reported as such and left out of the ratios and totals;
* the totals of the mix on each engine, their ratio and the geometric mean of the ratios.

Each rdflib query runs in a child forked after the graph is loaded (it shares the graph copy
on write) and is killed at ``--timeout``: a Python thread cannot be stopped, and rdflib takes
minutes on some of these queries. A killed query counts as the limit itself, so its ratio, and
any total or mean it enters, is a lower bound (printed with ``>``).

    python -m bench.rdflib_engine                    # 100,000 claims (~1.7M triples)
    python -m bench.rdflib_engine --claims 2000      # quick

Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import ctypes
import datetime
import gc
import json
import math
import os
import platform
import re
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from multiprocessing import Pipe
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib import BNode, Graph, Literal, URIRef

from bench.bench_endpoint import POINT, competency_queries, prepare
from kg.namespaces import PREFIXES, bind_prefixes

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------ memory
def _status_kib(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"{field} missing from /proc/self/status")


def _reset_peak() -> None:
    # Writing 5 resets VmHWM to the current RSS (Linux >= 4.0), so the peak seen afterwards
    # belongs to the load alone.
    with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
        f.write("5")


def _trim() -> None:
    gc.collect()
    try:
        # glibc keeps freed heap for reuse; hand it back so later growth is measured from the
        # same floor.
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def measured_load(load) -> dict:
    """Seconds, peak and retained RSS growth (MiB) of ``load()`` in this process."""
    _trim()
    before = _status_kib("VmRSS")
    _reset_peak()
    started = time.perf_counter()
    result = load()
    seconds = time.perf_counter() - started
    peak = _status_kib("VmHWM")
    retained = _status_kib("VmRSS")
    return {
        "seconds": seconds,
        "peak_mib": (peak - before) / 1024,
        "retained_mib": (retained - before) / 1024,
        "result": result,
    }


def in_child(fn):
    """``fn()``'s (picklable) value, computed in a forked child that then exits.

    The child's memory goes with it: used for steps whose peak or leftovers would otherwise
    stay in this process and distort the loads measured here.
    """
    reader, writer = Pipe(duplex=False)
    pid = os.fork()
    if pid == 0:
        reader.close()
        try:
            writer.send(("ok", fn()))
        except BaseException as exc:  # noqa: BLE001 -- reported by the parent; the child must not unwind
            writer.send(("error", repr(exc)))
        finally:
            os._exit(0)
    writer.close()
    try:
        status, value = reader.recv()
    finally:
        reader.close()
        os.waitpid(pid, 0)
    if status != "ok":
        raise RuntimeError(value)
    return value


# ------------------------------------------------------------------------------ answers
def _term(term):
    """A term as a comparable tuple: IRIs by value, literals by lexical form, datatype and
    language, blank nodes only by their place (labels are each engine's own)."""
    if term is None:
        return None
    if isinstance(term, (URIRef, ox.NamedNode)):
        return ("iri", str(term) if isinstance(term, URIRef) else term.value)
    if isinstance(term, (BNode, ox.BlankNode)):
        return ("bnode",)
    if isinstance(term, Literal):
        lexical, datatype, language = str(term), term.datatype, term.language
        datatype = str(datatype) if datatype is not None else None
    elif isinstance(term, ox.Literal):
        lexical, datatype, language = term.value, term.datatype.value, term.language
    else:
        raise TypeError(f"unexpected term {term!r}")
    if language:
        return ("literal", lexical, None, language.lower())
    if datatype in (XSD_STRING, RDF_LANGSTRING):
        datatype = None
    return ("literal", lexical, datatype, None)


def answer(kind: str, variables: list[str], rows) -> tuple:
    """An answer as compared: ``("ask", bool)`` or ``("select", variables, rows of terms)``."""
    if kind == "ask":
        return ("ask", rows)
    return ("select", variables, [tuple(map(_term, row)) for row in rows])


def run_rdflib(graph: Graph, query: str) -> tuple:
    result = graph.query(query)
    if result.type == "ASK":
        return "ask", [], bool(result.askAnswer)
    return "select", [str(v) for v in result.vars], list(result)


def run_oxigraph(store: ox.Store, query: str) -> tuple:
    result = store.query(query, prefixes=PREFIXES)
    if isinstance(result, ox.QueryBoolean):
        return "ask", [], bool(result)
    return "select", [v.value for v in result.variables], [tuple(s) for s in result]


def _by_value(row: tuple) -> tuple:
    """``row`` with every literal reduced to its value, for telling spelling from substance."""

    def value(cell):
        if cell is None or cell[0] != "literal":
            return cell
        lexical, datatype, language = cell[1:]
        literal = Literal(lexical, datatype=datatype, lang=language)
        return ("literal", literal.toPython() if datatype else lexical, language)

    return tuple(map(value, row))


_ORDER_BY = re.compile(r"\bORDER\s+BY\b(.*)$", re.IGNORECASE | re.DOTALL)


def order_keys(query: str) -> list[str] | None:
    """The variables of the query's ORDER BY, or None when it has none."""
    match = _ORDER_BY.search(query)
    if match is None:
        return None
    clause = re.split(r"\b(?:LIMIT|OFFSET)\b", match.group(1), flags=re.IGNORECASE)[0]
    return re.findall(r"[?$](\w+)", clause)


def compare(query: str, mine: tuple, theirs: tuple) -> str | None:
    """None when rdflib's answer ``mine`` equals pyoxigraph's ``theirs``, else why not.

    Rows are compared as multisets; where the query has ORDER BY, the sequence of sort keys
    must match too (rows tied on the keys may come in either order, as SPARQL allows).
    """
    if mine[0] != theirs[0]:
        return f"answer kind {mine[0]} vs {theirs[0]}"
    if mine[0] == "ask":
        return None if mine[1] == theirs[1] else f"ASK {mine[1]} vs {theirs[1]}"
    variables, rows = mine[1], mine[2]
    if sorted(variables) != sorted(theirs[1]):
        return f"variables {variables} vs {theirs[1]}"
    # Same variables, possibly listed in another order: line the columns up.
    columns = [variables.index(v) for v in theirs[1]]
    rows = [tuple(row[i] for i in columns) for row in rows]
    other = theirs[2]
    if Counter(rows) != Counter(other):
        if Counter(map(_by_value, rows)) == Counter(map(_by_value, other)):
            return "same values, literals spelled differently"
        missing = sum((Counter(other) - Counter(rows)).values())
        extra = sum((Counter(rows) - Counter(other)).values())
        return f"{len(rows)} rows vs {len(other)}: {missing} missing, {extra} extra"
    keys = order_keys(query)
    if keys:
        positions = [theirs[1].index(k) for k in keys if k in theirs[1]]

        def sequence(rs):
            return [tuple(r[i] for i in positions) for r in rs]

        if sequence(rows) != sequence(other):
            return "rows in another ORDER BY order"
    return None


# ------------------------------------------------------------------------------ timing
def first_run(run) -> tuple[float, tuple]:
    """Seconds and value of one run of ``run()``.

    A first run is timed apart: in a forked child it also pays for copying the pages of the
    graph it touches (copy on write), which the runs after it do not.
    """
    started = time.perf_counter()
    value = run()
    return time.perf_counter() - started, value


def warm_runs(run, reps: int, budget: float) -> tuple[float, int]:
    """Median seconds of repeated runs of ``run()`` and their number: at least one, then
    more while under ``reps`` runs and ``budget`` seconds."""
    times: list[float] = []
    while not times or (len(times) < reps and sum(times) < budget):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), len(times)


def rdflib_in_child(graph: Graph, query: str, args) -> dict:
    """Run ``query`` on ``graph`` in a forked child, killed at ``args.timeout`` seconds.

    The limit applies to the first run, and again to the repeated runs after it.
    """
    reader, writer = Pipe(duplex=False)
    pid = os.fork()
    if pid == 0:
        reader.close()
        try:
            # The graph is frozen (see main): the child's collections do not walk it, so it
            # copies only the pages the query itself touches.
            writer.send(("started",))
            run = lambda: run_rdflib(graph, query)
            seconds, value = first_run(run)
            writer.send(("first", seconds, answer(*value)))
            del value
            writer.send(("warm", *warm_runs(run, args.reps, args.budget)))
        except BaseException as exc:  # noqa: BLE001 -- reported by the parent; the child must not unwind
            writer.send(("error", f"{type(exc).__name__}: {exc}"[:300]))
        finally:
            os._exit(0)
    writer.close()
    out: dict = {"status": "timeout"}
    try:
        reader.poll(60)
        reader.recv()  # "started": the limit counts from here, not from the fork
        if reader.poll(args.timeout):
            message = reader.recv()
            if message[0] == "error":
                out = {"status": "error", "error": message[1]}
            else:
                _, seconds, got = message
                out = {"status": "done", "first_s": seconds, "answer": got}
                out["warm_s"], out["runs"] = None, 0
                if reader.poll(args.timeout + args.budget):
                    message = reader.recv()
                    if message[0] == "warm":
                        out["warm_s"], out["runs"] = message[1], message[2]
    except EOFError:
        out = {"status": "error", "error": "the child died (out of memory?)"}
    finally:
        reader.close()
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
    if out["status"] == "done":
        # Without a repeated run in time, the first run's time is all there is.
        out["seconds"] = out["first_s"] if out["warm_s"] is None else out["warm_s"]
    return out


def oxigraph_query(store: ox.Store, query: str, args) -> dict:
    run = lambda: run_oxigraph(store, query)
    first, value = first_run(run)
    seconds, runs = warm_runs(run, args.reps, args.budget)
    return {"first_s": first, "seconds": seconds, "runs": runs, "answer": answer(*value)}


# ------------------------------------------------------------------------------ report
def _fmt_seconds(s: float) -> str:
    if s >= 100:
        return f"{s:.0f} s"
    if s >= 1:
        return f"{s:.2f} s"
    return f"{s * 1000:.1f} ms"


def _fmt_ratio(r: float, bound: bool) -> str:
    text = f"{r:,.0f}" if r >= 100 else f"{r:.1f}" if r >= 10 else f"{r:.2f}"
    return (">" if bound else "") + text + "×"


def machine() -> dict:
    with open("/proc/meminfo", encoding="ascii") as meminfo:
        total_kib = int(meminfo.readline().split()[1])
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cores": os.cpu_count(),
        "memory_gib": round(total_kib / 1024**2, 1),
        "machine": platform.machine(),
        "python": platform.python_version(),
        "rdflib": rdflib.__version__,
        "pyoxigraph": ox.__version__,
    }


def print_report(figures: dict) -> None:
    m = figures["machine"]
    print(
        f"{figures['claims']:,} synthetic claims (seed {figures['seed']}), "
        f"{figures['triples']:,} triples; {m['date']}; {m['cores']} cores, "
        f"{m['memory_gib']} GiB, {m['machine']}; Python {m['python']}, rdflib {m['rdflib']}, "
        f"pyoxigraph {m['pyoxigraph']}; load average {figures['load_average_start']} at start, "
        f"{figures['load_average_end']} at end"
    )
    print("\nload of the N-Triples file")
    print(f"{'engine':28} {'seconds':>8} {'peak RSS growth':>16} {'retained':>10}")
    for label, row in figures["load"].items():
        print(
            f"{label:28} {row['seconds']:8.1f} {row['peak_mib']:12,.0f} MiB "
            f"{row['retained_mib']:6,.0f} MiB"
        )
    r, o = figures["load"]["rdflib Graph.parse"], figures["load"]["pyoxigraph Store.bulk_load"]
    print(
        f"rdflib / pyoxigraph: {r['seconds'] / o['seconds']:.1f}× the time, "
        f"{r['peak_mib'] / o['peak_mib']:.1f}× the peak memory"
    )

    print(
        f"\nqueries: the first run, then the median of up to {figures['reps']} more within "
        f"{figures['budget']:g} s (at least one); rdflib in a forked child, killed at "
        f"{figures['timeout']:g} s; ratio of the medians"
    )
    print(
        f"{'query':10} {'rows':>7} {'rdflib 1st':>11} {'rdflib':>10} {'pyox 1st':>10} "
        f"{'pyoxigraph':>10} {'ratio':>9}  answers"
    )
    for name, row in figures["queries"].items():
        first = ""
        if row["rdflib_status"] == "timeout":
            rd = f"> {figures['timeout']:g} s"
        elif row["rdflib_status"] == "error":
            rd = "error"
        else:
            first = _fmt_seconds(row["rdflib_first_s"])
            rd = "-" if row["rdflib_runs"] == 0 else _fmt_seconds(row["rdflib_s"])
        ratio = "" if row["ratio"] is None else _fmt_ratio(row["ratio"], row["ratio_is_bound"])
        print(
            f"{name:10} {row['rows']:7,} {first:>11} {rd:>10} "
            f"{_fmt_seconds(row['oxigraph_first_s']):>10} {_fmt_seconds(row['oxigraph_s']):>10} "
            f"{ratio:>9}  {row['verdict']}"
        )

    s = figures["summary"]
    bound = ">" if s["bound"] else ""
    print(f"\nmix of {s['queries']} queries with equal answers (or rdflib killed at the limit)")
    print(f"  rdflib total      {bound}{_fmt_seconds(s['rdflib_total_s'])}")
    print(f"  pyoxigraph total  {_fmt_seconds(s['oxigraph_total_s'])}")
    print(f"  ratio of totals   {_fmt_ratio(s['total_ratio'], s['bound'])}")
    print(f"  geometric mean of per-query ratios  {_fmt_ratio(s['geomean_ratio'], s['bound'])}")
    if s["bound"]:
        print(
            f"  '>': {s['timeouts']} rdflib queries were killed at {figures['timeout']:g} s and "
            "count as that limit, so these figures are lower bounds"
        )
    if s["left_out"]:
        print(f"  left out (answers differ or rdflib failed): {', '.join(s['left_out'])}")


def summarise(figures: dict) -> None:
    counted = {n: r for n, r in figures["queries"].items() if r["ratio"] is not None}
    rdflib_total = sum(
        figures["timeout"] if r["rdflib_status"] == "timeout" else r["rdflib_s"]
        for r in counted.values()
    )
    ox_total = sum(r["oxigraph_s"] for r in counted.values())
    ratios = [r["ratio"] for r in counted.values()]
    timeouts = sum(r["rdflib_status"] == "timeout" for r in counted.values())
    figures["summary"] = {
        "queries": len(counted),
        "rdflib_total_s": rdflib_total,
        "oxigraph_total_s": ox_total,
        "total_ratio": rdflib_total / ox_total,
        "geomean_ratio": math.exp(statistics.fmean(math.log(x) for x in ratios)),
        "timeouts": timeouts,
        "bound": timeouts > 0,
        "left_out": sorted(set(figures["queries"]) - set(counted)),
    }


# ------------------------------------------------------------------------------ main
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000, help="synthetic claims (100000)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument(
        "--timeout", type=float, default=120.0, help="seconds before an rdflib query is killed"
    )
    parser.add_argument("--reps", type=int, default=5, help="most runs per query and engine")
    parser.add_argument(
        "--budget", type=float, default=3.0, help="seconds per query and engine for repeat runs"
    )
    parser.add_argument("--only", help="comma-separated query names (default: all)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)

    queries = {**competency_queries(), **POINT}
    if args.only:
        queries = {n: queries[n] for n in args.only.split(",")}
    figures: dict = {
        "claims": args.claims,
        "seed": args.seed,
        "timeout": args.timeout,
        "reps": args.reps,
        "budget": args.budget,
        "machine": machine(),
        "load_average_start": " ".join(f"{x:.1f}" for x in os.getloadavg()),
        "load": {},
        "queries": {},
    }

    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        started = time.perf_counter()
        log(f"generating {args.claims} claims and their shortcut triples ...")

        # In a child, so its store and heap leave nothing behind in this process's memory.
        def make_data():
            data, store = prepare(workdir, args.claims, args.seed)
            return data, len(store)

        data, triples = in_child(make_data)
        figures["triples"] = triples
        log(
            f"data: {triples} triples, {data.stat().st_size / 2**20:.0f} MiB of N-Triples "
            f"({time.perf_counter() - started:.0f} s)"
        )

        log("loading into rdflib ...")

        def load_rdflib():
            graph = bind_prefixes(Graph(bind_namespaces="none"))
            graph.parse(str(data), format="nt")
            return graph

        load = measured_load(load_rdflib)
        graph = load.pop("result")
        figures["load"]["rdflib Graph.parse"] = load
        if len(graph) != triples:
            sys.exit(f"rdflib loaded {len(graph)} triples, not {triples}")
        log(f"rdflib: {load['seconds']:.0f} s, peak +{load['peak_mib']:.0f} MiB")

        # rdflib's first query pays for setting up its SPARQL machinery; do it once here so
        # every forked child inherits it.
        run_rdflib(graph, "ASK { ?s ?p ?o }")
        gc.collect()
        # From here on, no collection (in this process or a forked child) walks the graph's
        # objects: in a child that would copy every page of the graph.
        gc.freeze()

        def load_oxigraph():
            store = ox.Store()
            store.bulk_load(path=str(data), format=ox.RdfFormat.N_TRIPLES)
            return store

        # Measured in a child: this process's heap already holds the rdflib graph, and the
        # child starts from the same resident set, so its growth is pyoxigraph's alone.
        log("loading into pyoxigraph (measured in a child) ...")
        load = in_child(
            lambda: {k: v for k, v in measured_load(load_oxigraph).items() if k != "result"}
        )
        figures["load"]["pyoxigraph Store.bulk_load"] = load
        log(f"pyoxigraph: {load['seconds']:.1f} s, peak +{load['peak_mib']:.0f} MiB")
        store = load_oxigraph()
        if len(store) != triples:
            sys.exit(f"pyoxigraph loaded {len(store)} triples, not {triples}")

        for i, (name, query) in enumerate(queries.items(), 1):
            log(f"[{i}/{len(queries)}] {name}: pyoxigraph ...")
            o = oxigraph_query(store, query, args)
            log(f"[{i}/{len(queries)}] {name}: pyoxigraph {_fmt_seconds(o['seconds'])}; rdflib ...")
            r = rdflib_in_child(graph, query, args)
            expected = o["answer"]
            row = {
                "rows": 1 if expected[0] == "ask" else len(expected[2]),
                "oxigraph_first_s": o["first_s"],
                "oxigraph_s": o["seconds"],
                "oxigraph_runs": o["runs"],
                "rdflib_status": r["status"],
                "rdflib_first_s": r.get("first_s"),
                "rdflib_s": r.get("seconds"),
                "rdflib_runs": r.get("runs"),
                "ratio": None,
                "ratio_is_bound": False,
            }
            if r["status"] == "error":
                row["verdict"] = "rdflib failed: " + r["error"]
            elif r["status"] == "timeout":
                row["verdict"] = "not known (rdflib killed at the limit)"
                row["ratio"] = args.timeout / o["seconds"]
                row["ratio_is_bound"] = True
            else:
                difference = compare(query, r["answer"], expected)
                if difference:
                    row["verdict"] = "DIFFERENT: " + difference
                else:
                    row["verdict"] = "equal"
                    if not r["runs"]:
                        row["verdict"] += " (no repeat run in time: ratio of first rdflib run)"
                    row["ratio"] = r["seconds"] / o["seconds"]
            figures["queries"][name] = row
            log(
                f"[{i}/{len(queries)}] {name}: rdflib "
                + (_fmt_seconds(r["seconds"]) if r["status"] == "done" else r["status"])
                + f"; {row['verdict']}"
            )
        figures["load_average_end"] = " ".join(f"{x:.1f}" for x in os.getloadavg())

    summarise(figures)
    print_report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
