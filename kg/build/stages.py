"""How the build's stages run: each one's wall time and peak resident memory, a memory budget,
and one stage run beside another on the second core."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from kg.errors import KGError


class MemoryBudgetExceeded(KGError):
    """A stage's resident memory went over the budget set for the build."""


@dataclass
class StageStats:
    """Wall time and peak resident memory (bytes) of one stage, plus what it produced."""

    name: str
    seconds: float
    peak_rss: int
    detail: str = ""


def rss() -> int:
    """This process's resident memory now, in bytes (0 where /proc is unavailable)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


class StageRunner:
    """Run a build's stages: each one's time and peak RSS, and the memory budget.

    A thread samples the resident memory; with a budget, the first stage over it is noted and
    stops the build when that stage ends (:class:`MemoryBudgetExceeded` naming it).
    """

    def __init__(
        self,
        limit: int | None,
        on_stage: Callable[[StageStats], None] | None = None,
        interval: float = 0.2,
    ) -> None:
        self.limit = limit
        self.on_stage = on_stage
        self.interval = interval
        self.peak = 0
        self.exceeded: tuple[str, int] | None = None
        self.stage = ""
        self.stages: list[StageStats] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def sample(self) -> int:
        now = rss()
        self.peak = max(self.peak, now)
        if self.limit is not None and now > self.limit and self.exceeded is None:
            self.exceeded = (self.stage, now)
        return now

    def run(self, name: str, work: Callable[[], str], beside: Beside | None = None) -> None:
        """Run (or, ``beside`` validation, wait for) a stage; record its time and peak.

        A stage that ran beside validation reports its own time, and the peak of the process
        while it ran.
        """
        self.stage = name
        if beside is None:
            self.peak = self.sample()
        start = time.perf_counter()
        if beside is not None:
            beside.wait()
        detail = work()
        seconds = time.perf_counter() - start
        if beside is not None:
            seconds = beside.seconds
            detail += " (beside validate)"
        stats = StageStats(name, seconds, self.peak, detail)
        stats.peak_rss = max(stats.peak_rss, self.sample())
        self.stages.append(stats)
        if self.on_stage is not None:
            self.on_stage(stats)
        if self.exceeded is not None:
            where, used = self.exceeded
            raise MemoryBudgetExceeded(
                f"stage {where!r} used {used / 2**30:.2f} GiB of memory, over the "
                f"budget of {self.limit / 2**30:.2f} GiB; nothing was replaced"
            )


class Beside:
    """Run ``work(cancelled)`` in a thread; ``wait()`` re-raises what went wrong."""

    def __init__(self, work: Callable[[Callable[[], bool]], object]) -> None:
        self._cancelled = threading.Event()
        self._error: Exception | None = None
        self.seconds = 0.0

        def run() -> None:
            start = time.perf_counter()
            try:
                work(self._cancelled.is_set)
            except Exception as err:  # noqa: BLE001 - handed over by wait()
                self._error = err
            self.seconds = time.perf_counter() - start

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._cancelled.set()
        self._thread.join()

    def wait(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error


def memory_limit_bytes(text: str) -> int:
    """Parse a memory size such as ``8G``, ``512M`` or ``1073741824``.

    >>> memory_limit_bytes("8G"), memory_limit_bytes("512m"), memory_limit_bytes("100")
    (8589934592, 536870912, 100)
    """
    units = {"k": 2**10, "m": 2**20, "g": 2**30, "t": 2**40}
    text = text.strip().lower().removesuffix("ib").removesuffix("b")
    if text and text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)
