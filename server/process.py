"""Start and stop a server process on a free loopback port (tests and benchmarks use it)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Sequence


def free_port() -> int:
    """Return a TCP port that is free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServerProcess:
    """A server started as a subprocess, ready once ``ready_path`` answers and (unless
    ``wait_indexes`` is false) its pages' indexes are built.

    >>> ServerProcess(["true"], port=1).url
    'http://127.0.0.1:1'
    """

    def __init__(
        self,
        argv: Sequence[str],
        *,
        port: int,
        ready_path: str = "/",
        env: dict[str, str] | None = None,
        cwd: str | None = None,
        wait_indexes: bool = True,
    ):
        self.argv = list(argv)
        self.wait_indexes = wait_indexes
        self.cwd = cwd
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.ready_path = ready_path
        self.env = env
        self.proc: subprocess.Popen | None = None
        self._log = None

    @classmethod
    def ours(
        cls,
        *args: str,
        port: int | None = None,
        env: dict[str, str] | None = None,
        cwd: str | None = None,
    ):
        """Our endpoint (``python -m server``) with ``args``, on ``port`` or a free one.

        ``cwd``: run it from there (another checkout's ``server`` package, as ``-m`` imports
        from the working directory first).
        """
        port = port or free_port()
        argv = [sys.executable, "-m", "server", "--host", "127.0.0.1", "--port", str(port)]
        return cls(
            [*argv, *args], port=port, ready_path="/sparql?query=ASK%7B%7D", env=env, cwd=cwd
        )

    def start(self, timeout: float = 60.0) -> ServerProcess:
        """Start the process and wait until it answers; raise if it exits or never answers."""
        env = {**os.environ, **(self.env or {})}
        # A file, not a pipe: the server logs every query, and a pipe nobody drains fills up
        # and blocks it.
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the process
        self.proc = subprocess.Popen(
            self.argv, env=env, stdout=subprocess.DEVNULL, stderr=self._log, cwd=self.cwd
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}: {self.log()}")
            try:
                with urllib.request.urlopen(self.url + self.ready_path, timeout=2):
                    pass
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.05)
                continue
            if not self.wait_indexes or self._indexes_ready():
                return self
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"server did not answer on {self.url} within {timeout} s")

    def _indexes_ready(self) -> bool:
        """Whether the pages' indexes are built: our server's /ready says 503 until they are
        (another server, with no /ready, has none to wait for)."""
        try:
            with urllib.request.urlopen(self.url + "/ready", timeout=2):
                return True
        except urllib.error.HTTPError as exc:
            return exc.code != 503
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return False

    def stop(self) -> None:
        """Stop the process by its PID: SIGTERM, then SIGKILL if it lingers."""
        if self.proc is None or self.proc.poll() is not None:
            return
        os.kill(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def log(self) -> str:
        """Return what the server has written to its standard error so far."""
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read().decode(errors="replace")

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
