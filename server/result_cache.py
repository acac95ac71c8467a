"""Answers kept for queries asked again, while the store they were computed from is unchanged.

A served graph changes only through this server's updates (a read-only store, the built-in
graph, files loaded at start), so an answer computed once is the answer until the next commit:
an API's dashboard counts and popular pages are asked again and again, and the engine would
otherwise recompute each. The key is everything that makes an answer (:class:`Job`: the query
text, its dataset, the format asked for and the limits), and every commit empties the cache.
Only complete answers are kept (status 200), each at most a quarter of the cache, and the least
recently used go first. An answer from the cache is the bytes the engine produced, so the
limits on rows and bytes held when it was made; a remote store is never cached, since others
may change it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from server.execution import Job, Outcome


class ResultCache:
    """A bounded, thread-safe map from :class:`Job` to its complete :class:`Outcome`.

    >>> cache = ResultCache(10_000)
    >>> job = Job(query="ASK {}")
    >>> generation = cache.generation
    >>> cache.put(job, Outcome(200, "application/sparql-results+json", b"{}"), generation)
    >>> cache.get(job).body, cache.get(Job(query="ASK { }"))
    (b'{}', None)
    >>> cache.clear(); cache.get(job) is None
    True
    """

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.max_entry = max_bytes // 4
        self.generation = 0
        self._entries: OrderedDict[Job, Outcome] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, job: Job) -> Outcome | None:
        with self._lock:
            outcome = self._entries.get(job)
            if outcome is not None:
                self._entries.move_to_end(job)
            return outcome

    def put(self, job: Job, outcome: Outcome, generation: int) -> None:
        """Keep ``outcome`` of ``job``, computed on the store as it was at ``generation`` (read
        before the query ran): an answer that raced a commit is not kept."""
        cost = _cost(job, outcome)
        if outcome.status != 200 or cost > self.max_entry:
            return
        with self._lock:
            if generation != self.generation or job in self._entries:
                return
            self._entries[job] = outcome
            self._size += cost
            while self._size > self.max_bytes:
                old_job, old = self._entries.popitem(last=False)
                self._size -= _cost(old_job, old)

    def clear(self) -> None:
        """Forget every answer: the store has changed."""
        with self._lock:
            self.generation += 1
            self._entries.clear()
            self._size = 0


def _cost(job: Job, outcome: Outcome) -> int:
    return len(outcome.body) + len(job.query) + 256
