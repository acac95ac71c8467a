"""Time from starting `kg serve --store PATH` to its first answered SPARQL query.

    python -m bench.serve_startup STORE [--reps 3]

The query counts the claims (every claim has one ``hkg:predicate``), so the answer shows the
store was really opened; a second query is timed after it for comparison. The server is
stopped by its PID after each repetition.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?c <https://w3id.org/hsct-kg/ontology#predicate> ?p }"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str:
    request = urllib.request.Request(url, headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return response.read().decode("utf-8")


def measure(store: str, wait: float = 120.0) -> tuple[float, float, str]:
    """(seconds to the first answer, seconds for a second query, the count answered)."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": QUERY})
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", store, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            try:
                body = _get(url)
                break
            except (ConnectionError, urllib.error.URLError):
                if process.poll() is not None or time.perf_counter() - start > wait:
                    raise SystemExit("the server did not answer") from None
                time.sleep(0.02)
        first = time.perf_counter() - start
        again = time.perf_counter()
        _get(url)
        return first, time.perf_counter() - again, body.split()[-1]
    finally:
        process.terminate()
        process.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.serve_startup")
    parser.add_argument("store")
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args(argv)
    for rep in range(args.reps):
        first, second, count = measure(args.store)
        print(
            f"rep {rep}: first answer after {first:.2f} s ({count} claims); next query {second:.2f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
