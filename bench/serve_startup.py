"""Time from starting `kg serve --store PATH` to its first answered SPARQL query, to its first
page answered from an index, and to every index built.

    python -m bench.serve_startup STORE [--reps 3] [--cwd CHECKOUT]

The query counts the claims (every claim has one ``hkg:predicate``), so the answer shows the
store was really opened; a second query is timed after it for comparison. The claims list
(``/browse/claims``, from the claim index) is then asked for until it answers 200, and ``/ready``
until every index is built, each four times a second (a server without ``/ready`` built them before answering at all).
``--during N`` times N small queries, a fifth of a second apart, right after the first answer
(while the indexes are built). ``--cwd`` runs the server from another checkout (``python -m kg`` imports from there), so two
versions can be measured in one run under the same load. The server is stopped by its PID after
each repetition.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

#: Seconds between two requests for a page or /ready while the indexes are built.
POLL = 0.25
SMALL = "SELECT * WHERE { ?s ?p ?o } LIMIT 5"
QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?c <https://w3id.org/hsct-kg/ontology#predicate> ?p }"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str, accept: str = "text/csv", timeout: float = 300) -> tuple[int, str]:
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def _until(
    url: str, start: float, process, wait: float, accept: str = "text/csv", every: float = 0.05
) -> float:
    """Seconds from ``start`` until ``url`` answers 200 (404: no such route, counted as 200),
    asking every ``every`` seconds."""
    while True:
        try:
            # The port is open before the server answers: a request may wait in its queue.
            left = max(1.0, wait - (time.perf_counter() - start))
            status, _ = _get(url, accept, left)
            if status in (200, 404):
                return time.perf_counter() - start
        except (ConnectionError, urllib.error.URLError, TimeoutError):
            pass
        if process.poll() is not None or time.perf_counter() - start > wait:
            raise SystemExit(f"the server did not answer {url}")
        time.sleep(every)


def measure(
    store: str, wait: float = 1200.0, cwd: str | None = None, during: int = 0
) -> dict[str, object]:
    """Seconds to the first answer, for a second query, to the claims list, to every index."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    url = f"{base}/sparql?" + urllib.parse.urlencode({"query": QUERY})
    start = time.perf_counter()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kg",
            "serve",
            "--store",
            os.path.abspath(store),
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=cwd,
    )
    try:
        first = _until(url, start, process, wait)
        again = time.perf_counter()
        _, body = _get(url)
        second = time.perf_counter() - again
        # Asked four times a second: every answer takes the interpreter from the building
        # thread for a while (asked every 50 ms, the build took a third longer).
        small = f"{base}/sparql?" + urllib.parse.urlencode({"query": SMALL})
        times = []
        for _ in range(during):
            # Small queries while the indexes are built, a fifth of a second apart.
            asked = time.perf_counter()
            _get(small)
            times.append(time.perf_counter() - asked)
            time.sleep(0.2)
        page = _until(base + "/browse/claims", start, process, wait, "text/html", POLL)
        ready = _until(base + "/ready", start, process, wait, "application/json", POLL)
        return {
            "first": first,
            "second": second,
            "claims": body.split()[-1],
            "page": page,
            "ready": max(ready, page),
            "during": sorted(times),
        }
    finally:
        process.terminate()
        process.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.serve_startup")
    parser.add_argument("store")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--cwd", help="run the server from this checkout")
    parser.add_argument(
        "--during", type=int, default=0, help="time this many small queries after the first"
    )
    args = parser.parse_args(argv)
    for rep in range(args.reps):
        m = measure(args.store, cwd=args.cwd, during=args.during)
        print(
            f"rep {rep}: first answer after {m['first']:.2f} s ({m['claims']} claims); "
            f"next query {m['second']:.2f} s; /browse/claims after {m['page']:.2f} s; "
            f"every index built after {m['ready']:.2f} s",
            flush=True,
        )
        if m["during"]:
            times = m["during"]
            print(
                f"  {len(times)} small queries after the first: median "
                f"{times[len(times) // 2] * 1000:.0f} ms, slowest {times[-1] * 1000:.0f} ms",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
