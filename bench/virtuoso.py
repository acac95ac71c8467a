"""A throw-away Virtuoso (Debian ``virtuoso-opensource``) on loopback, for benchmarks.

:class:`Virtuoso` writes its own ``virtuoso.ini`` in a fresh directory (free ports, the
directory as the only one the bulk loader may read), starts ``virtuoso-t`` in the foreground,
bulk-loads one N-Triples file into one named graph, and is stopped by its PID. Queries must name
that graph as their default graph (``default-graph-uri``): without one Virtuoso answers from
the union of every graph, its own system graphs included (``DefaultGraph`` in the ini does not
change that for the /sparql endpoint).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

from server.process import free_port

GRAPH = "https://w3id.org/hsct-kg/bench"

INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{isql}
ServerThreads = 20
CheckpointInterval = 0
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
MaxQueryMem = 2G
DirsAllowed = ., {d}
ThreadCleanupInterval = 0
ResourcesCleanupInterval = 0
ColumnStore = 0

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 20
MaxKeepAlives = 20
KeepAliveTimeout = 10
MaxClientConnections = 20

[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 0
DefaultGraph = {graph}
"""


def available() -> bool:
    """Tell whether ``virtuoso-t`` and ``isql-vt`` are installed."""
    return bool(shutil.which("virtuoso-t") and shutil.which("isql-vt"))


class Virtuoso:
    """One Virtuoso server in ``workdir``, on free loopback ports."""

    def __init__(self, workdir: Path, *, memory_gb: float = 2.0):
        self.dir = Path(workdir).resolve()
        self.dir.mkdir(parents=True, exist_ok=True)
        self.isql_port = free_port()
        self.http_port = free_port()
        # Virtuoso's rule of thumb: a buffer is 8 KiB; about two thirds of the memory given.
        buffers = int(memory_gb * 1024**3 * 2 / 3 / 8192)
        (self.dir / "virtuoso.ini").write_text(
            INI.format(
                d=self.dir,
                isql=self.isql_port,
                http=self.http_port,
                buffers=buffers,
                dirty=buffers * 3 // 4,
                graph=GRAPH,
            )
        )
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 120) -> Virtuoso:
        """Start the server and wait until it answers.

        A new database is started twice: in the first session of a fresh database Virtuoso 7.2
        answers some property-path queries wrongly (openlink/virtuoso-opensource#929).
        """
        fresh = not (self.dir / "virtuoso.db").exists()
        self._run(timeout)
        if fresh:
            self.stop()
            self._run(timeout)
        return self

    def _run(self, timeout: float) -> None:
        self.proc = subprocess.Popen(
            ["virtuoso-t", "+foreground", "+configfile", str(self.dir / "virtuoso.ini")],
            cwd=self.dir,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"virtuoso exited: {self.log()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.http_port), timeout=1):
                    pass
                self.isql("status();")
                return
            except (OSError, subprocess.CalledProcessError):
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("virtuoso did not start")

    def isql(self, *statements: str) -> str:
        script = "\n".join(statements) + "\n"
        done = subprocess.run(
            ["isql-vt", str(self.isql_port), "dba", "dba"],
            input=script,
            capture_output=True,
            text=True,
            check=True,
            timeout=3600,
        )
        if "*** Error" in done.stdout or "*** Error" in done.stderr:
            raise RuntimeError(f"isql: {done.stdout[-2000:]} {done.stderr[-2000:]}")
        return done.stdout

    def load(self, data: Path) -> None:
        """Bulk-load an N-Triples file into :data:`GRAPH` and checkpoint."""
        target = self.dir / data.name
        if not target.exists():
            # The loader reads only from DirsAllowed: a hard link costs nothing where it works.
            try:
                os.link(data, target)
            except OSError:
                shutil.copy(data, target)
        self.isql(
            f"ld_dir('{self.dir}', '{data.name}', '{GRAPH}');",
            "rdf_loader_run();",
            "checkpoint;",
        )

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        os.kill(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def log(self) -> str:
        path = self.dir / "virtuoso.log"
        return path.read_text(errors="replace") if path.exists() else ""
