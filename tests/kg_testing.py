"""Helpers shared by the tests: a fresh copy of the miniature project, the CLI, a server."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pyoxigraph as ox

from server.process import ServerProcess, free_port

DATA = Path(__file__).resolve().parent / "data"
MINI = DATA / "mini"
BROKEN = DATA / "broken"


# The release files of dist/ and the syntax each is written in.
DIST_FORMATS = {
    "hsct-kg.ttl": ox.RdfFormat.TURTLE,
    "hsct-kg.nt": ox.RdfFormat.N_TRIPLES,
    "hsct-kg.jsonld": ox.RdfFormat.JSON_LD,
    "hsct-kg-ontology.ttl": ox.RdfFormat.TURTLE,
    "hsct-kg.owl": ox.RdfFormat.RDF_XML,
}


def mini_project(tmp_path: Path) -> Path:
    """Copy the miniature project (ontology, shapes, data) into ``tmp_path`` and return its root."""
    root = tmp_path / "project"
    shutil.copytree(MINI, root)
    return root


def add_data(root: Path, broken_name: str, as_name: str | None = None) -> Path:
    """Copy ``tests/data/broken/<broken_name>`` into the project's data/claims/."""
    target = root / "data" / "claims" / (as_name or broken_name)
    shutil.copyfile(BROKEN / broken_name, target)
    return target


def run_kg(
    *args: str | Path,
    root: Path | None = None,
    stdin: str | None = None,
    cwd: Path | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m kg`` in a subprocess (with ``--root`` when given) and capture its output;
    a run over ``timeout`` seconds fails the test instead of hanging it."""
    argv = [sys.executable, "-m", "kg"]
    if root is not None:
        argv += ["--root", str(root)]
    argv += [str(a) for a in args]
    env = {k: v for k, v in os.environ.items() if k != "KG_ROOT"}
    return subprocess.run(
        argv,
        check=False,
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=timeout,
    )


def kill_kg_after(stage: str, *args: str | Path, root: Path) -> int:
    """Run ``python -m kg --root ROOT ARGS`` and SIGKILL it once a stage line starting with
    ``stage`` appears on stderr (stage lines come as each stage ends); return its exit status
    (0 when it finished before it could be killed)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "--root", str(root), *map(str, args)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    for line in process.stderr:
        if line.startswith(stage):
            process.send_signal(signal.SIGKILL)
            break
    process.stderr.close()
    return process.wait()


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file under ``directory`` with its bytes, for before/after comparisons."""
    return {
        p.relative_to(directory).as_posix(): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def kg_serve(*args: str) -> ServerProcess:
    """A ``kg serve`` subprocess on a free loopback port, with one query worker (a context
    manager: started on entry, stopped by PID on exit)."""
    port = free_port()
    argv = [sys.executable, "-m", "kg", "serve", "--port", str(port), "--workers", "1", *args]
    return ServerProcess(argv, port=port, ready_path="/sparql?query=ASK%7B%7D")


def project_store(kind: str, directory: Path, seed: int) -> ox.Store:
    """The derived graph in memory: the built-in project's (``builtin``), or 400 generated
    claims written under ``directory`` (``generated``)."""
    from bench.generate import write_project
    from kg.build.pipeline import prepare
    from kg.build.store import memory_store
    from kg.resources import Project, find_project

    if kind == "builtin":
        project = find_project()
    else:
        project = Project(write_project(directory / "p", 400, seed=seed))
    return memory_store(prepare(project).graph)


def result_keys(report) -> set[tuple]:
    """A validation report's top-level results as (focus, path, component, shape).

    Read from ``sh:result`` links of the report graph: pySHACL also types its nested
    ``sh:detail`` results as results, which are not results of the report.
    """
    from rdflib.namespace import SH

    g = report.graph
    return {
        tuple(
            g.value(node, p)
            for p in (SH.focusNode, SH.resultPath, SH.sourceConstraintComponent, SH.sourceShape)
        )
        for node in g.objects(None, SH.result)
    }


@contextlib.contextmanager
def canary():
    """A TCP listener on a free loopback port that records every connection made to it.

    Yields ``(url, seen)``: a SPARQL-looking URL on the port, and the list that grows by one
    entry per connection accepted.
    """
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    sock.settimeout(0.1)
    seen: list[int] = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            seen.append(1)
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/sparql", seen
    finally:
        stop.set()
        thread.join()
        sock.close()
