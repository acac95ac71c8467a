"""How much of an in-memory store a forked query worker shares with its parent, query by query.

The endpoint's query workers are forked from a process that holds the in-memory store, so they
start sharing every page of it. This measures what reading does to that sharing: the store is
loaded in this process, a child is forked, runs the benchmark's query classes one after another
(each answer read to the end), and reports after each its own memory from
``/proc/<pid>/smaps_rollup``: *private dirty* is what the child has copied for itself, *PSS* its
proportional share. A worker whose private dirty approaches the parent's store size holds its
own copy of the store, whatever it was forked from.

    python -m bench.fork_sharing --claims 100000
    python -m bench.fork_sharing --store path/to/store      # an existing on-disk store, copied into memory

Last, the same store is read by one and then two threads of this process at once: the other
way to serve several queries from one copy.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import sys
import threading
import time

import pyoxigraph as ox

# One query of each class the mixed workload weighs most, from the lightest to the heaviest.
QUERIES = {
    "look-up": "SELECT ?p ?o WHERE { ?s ?p ?o } LIMIT 10",
    "count-all": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "group-by": "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p",
    "count-distinct": "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }",
    "construct": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 300000",
}
FIELDS = ("Rss", "Pss", "Private_Dirty", "Shared_Clean", "Shared_Dirty")


def memory(pid: int) -> dict[str, float]:
    """MiB of each of :data:`FIELDS` for process ``pid``."""
    values = {}
    with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
        for line in rollup:
            name, _, rest = line.partition(":")
            if name in FIELDS:
                values[name] = int(rest.split()[0]) / 1024
    return values


def load(args: argparse.Namespace) -> ox.Store:
    store = ox.Store()
    if args.store:
        store.bulk_extend(ox.Store.read_only(args.store))
        return store
    from bench.generate import generate

    for chunk in generate(args.claims, seed=1):
        store.bulk_load(chunk.encode(), format=ox.RdfFormat.TURTLE)
    return store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--claims", type=int, default=100_000, help="generated claims")
    source.add_argument("--store", help="an on-disk store to copy into memory instead")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    store = load(args)
    parent = memory(os.getpid())
    print(
        f"store: {len(store):,} quads in memory, loaded in {time.perf_counter() - started:.0f} s; "
        f"parent RSS {parent['Rss']:,.0f} MiB, private dirty {parent['Private_Dirty']:,.0f} MiB"
    )
    print(f"{'after':16} {'RSS':>8} {'PSS':>8} {'private dirty':>14} {'shared':>8}  (MiB, child)")
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            rows = [("fork", memory(os.getpid()))]
            for name, text in QUERIES.items():
                answer = store.query(text)
                for _ in answer if not isinstance(answer, ox.QueryBoolean) else ():
                    pass
                del answer
                rows.append((name, memory(os.getpid())))
            # glibc keeps freed heap; give it back so what is left is the store's pages.
            ctypes.CDLL("libc.so.6").malloc_trim(0)
            rows.append(("malloc_trim", memory(os.getpid())))
            for name, m in rows:
                shared = m["Shared_Clean"] + m["Shared_Dirty"]
                print(
                    f"{name:16} {m['Rss']:8,.0f} {m['Pss']:8,.0f} "
                    f"{m['Private_Dirty']:14,.0f} {shared:8,.0f}"
                )
            sys.stdout.flush()
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    threads_in_one_process(store)
    return os.waitstatus_to_exitcode(status)


def threads_in_one_process(store: ox.Store, text: str = QUERIES["count-all"]) -> None:
    """Wall time of one, then two concurrent runs of ``text`` on threads sharing ``store``.

    pyoxigraph releases the GIL while it evaluates, so threads share one copy of the store; what
    they lose is the hard time limit, since a thread's query cannot be stopped.
    """

    def run() -> None:
        for _ in store.query(text):
            pass

    run()  # warm
    for n in (1, 2):
        threads = [threading.Thread(target=run) for _ in range(n)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(
            f"count-all on {n} thread(s) sharing the store: {time.perf_counter() - started:.2f} s"
        )


if __name__ == "__main__":
    sys.exit(main())
