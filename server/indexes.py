"""The pages' indexes beside the store, built in the background once the store is open.

The label, claim and text indexes, the property use counts and the dataset counts each read the
whole store once (about 20 s together at 100,000 claims, well over a minute at a million).
Built before the first request, they held back ``/sparql`` and every page for that long; here
they are built one after the other in a thread, and a page that needs one not yet built is
answered 503 with ``Retry-After`` (:class:`NotReady`), while ``/sparql`` and the pages that need
none answer at once.

Updates committed while an index is being built are not lost. Each build starts by opening its
reads of the store (queries and ``quads_for_pattern`` iterators read the store as it was when
they were opened) while updates are locked out, and every change committed after that point is
recorded and handed to the index once it is built, then it follows the store as before. For an
index that counts (the use counts, the dataset counts) this gives exactly the count of the final
store: the build counted the store as it was when its reads were opened, and each later change
is counted once. An index that reads again what a change touched (the label, claim and text
indexes) ends up the same as one built from scratch either way: what it read while the store
changed under it is read again.

What a change moves in a count can depend on the store just after it (whether a subject is
still used anywhere): each index's ``note`` is called as the change is committed, and what it
returns is what is handed over later.

This module knows nothing of Flask.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)


class NotReady(Exception):
    """An index asked for is still being built (or could not be built)."""

    def __init__(self, name: str, what: str, failed: str | None = None):
        self.name = name
        self.what = what
        self.failed = failed
        super().__init__(
            f"{what} could not be built: {failed}"
            if failed
            else f"{what} is being prepared (the server has just started); try again shortly"
        )


@dataclass
class Kind:
    """How to build and keep up one index.

    ``open(store)`` is called while updates are locked out: it opens the reads the build needs
    and returns a function that finishes the build (called with updates allowed again) and
    returns the index. ``note(change)`` is called as each change is committed, with the store
    just after it; ``follow(index, noted)`` brings the index up to date with what it returned.
    """

    name: str
    what: str  # what a reader is told is being prepared, e.g. "the search index"
    open: Callable[[Any], Callable[[], Any]]
    follow: Callable[[Any, Any], None]
    note: Callable[[Any], Any] = lambda change: change
    on_ready: Callable[[Any], None] = lambda index: None


@dataclass
class _Slot:
    kind: Kind
    state: str = "waiting"  # waiting, building, ready, failed
    index: Any = None
    pending: list = field(default_factory=list)
    error: str | None = None
    started: float | None = None
    seconds: float | None = None


class Indexes:
    """The indexes of one store, built in order and following its committed changes.

    ``commit_lock`` is the lock updates hold while they commit and report their change (the
    updater's); without updates there is none.

    >>> built = []
    >>> indexes = Indexes(store=None)
    >>> indexes.add(Kind("n", "the number", lambda store: lambda: [0],
    ...                  lambda index, change: index.append(change)))
    >>> indexes.follow(1)  # before its build opens its reads: in what it reads
    >>> indexes.build()
    >>> indexes.follow(2); indexes.get("n"), indexes.ready()
    ([0, 2], True)
    """

    def __init__(self, store, commit_lock: threading.Lock | None = None):
        self.store = store
        self._commit_lock = commit_lock or contextlib.nullcontext()
        self._lock = threading.Lock()
        self._slots: dict[str, _Slot] = {}
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self.started = time.monotonic()
        self.finished: float | None = None

    def add(self, kind: Kind) -> None:
        """Build ``kind`` after those added before it."""
        self._slots[kind.name] = _Slot(kind)

    def __contains__(self, name: str) -> bool:
        return name in self._slots

    def start(self) -> None:
        """Build every index in a background thread."""
        self._thread = threading.Thread(target=self.build, name="index-build", daemon=True)
        self._thread.start()

    def build(self) -> None:
        """Build every index not built yet, in order, in this thread."""
        for slot in self._slots.values():
            if slot.state == "waiting":
                self._build(slot)
        self.finished = time.monotonic()
        self._done.set()
        if self.ready():
            log.info(
                "every index built in %.1f s: the pages are ready", self.finished - self.started
            )

    def _build(self, slot: _Slot) -> None:
        kind = slot.kind
        slot.started = time.monotonic()
        try:
            with self._commit_lock, self._lock:
                finish = kind.open(self.store)
                slot.state = "building"
            index = finish()
        except Exception as exc:  # reported on every page that needs it
            log.exception("building %s failed", kind.what)
            with self._lock:
                slot.state, slot.error, slot.pending = "failed", f"{type(exc).__name__}: {exc}", []
            return
        with self._lock:
            # Changes committed since the reads were opened, in order; commits wait meanwhile.
            for noted in slot.pending:
                kind.follow(index, noted)
            slot.pending = []
            slot.index, slot.state = index, "ready"
            slot.seconds = time.monotonic() - slot.started
            kind.on_ready(index)
        log.info("%s ready in %.1f s", kind.what, slot.seconds)

    def follow(self, change) -> None:
        """Hand a committed change to every index (called as it is committed)."""
        with self._lock:
            for slot in self._slots.values():
                if slot.state == "ready":
                    slot.kind.follow(slot.index, slot.kind.note(change))
                elif slot.state == "building":
                    slot.pending.append(slot.kind.note(change))
                # waiting: its reads, opened later, will see this change; failed: nothing kept

    def get(self, name: str):
        """The index ``name``, or :class:`NotReady` while it is being built."""
        slot = self._slots[name]
        if slot.state != "ready":
            raise NotReady(name, slot.kind.what, slot.error)
        return slot.index

    def peek(self, name: str):
        """The index ``name`` if it is built, else None."""
        slot = self._slots.get(name)
        return slot.index if slot is not None and slot.state == "ready" else None

    def ready(self) -> bool:
        """Whether every index is built."""
        return all(slot.state == "ready" for slot in self._slots.values())

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the build has ended (every index built or failed); whether it has."""
        if self._thread is None and not self._done.is_set():
            return False
        return self._done.wait(timeout)

    def status(self) -> dict:
        """Each index's state and build time, as ``/health`` shows them."""
        now = time.monotonic()
        out = {}
        for name, slot in self._slots.items():
            entry: dict[str, Any] = {"what": slot.kind.what, "state": slot.state}
            if slot.seconds is not None:
                entry["seconds"] = round(slot.seconds, 2)
            elif slot.started is not None and slot.state == "building":
                entry["seconds_so_far"] = round(now - slot.started, 2)
            if slot.error:
                entry["error"] = slot.error
            out[name] = entry
        return out
