"""The store as the HTML pages see it: their reads run under the endpoint's time limit.

A page (home, browse, search, a resource, a claim or a document) asks its questions with
``store.query(text, substitutions=...)`` as of a pyoxigraph store. In a request,
:func:`limited` hands the pages a :class:`LimitedStore` instead: each query is sent to the same
killable query workers as ``/sparql`` queries (:class:`server.execution.WorkerPool`), its answer
comes back whole (rows of pyoxigraph terms, triples or a boolean), and all the reads of one
request share one budget, the ``timeout`` setting: the time its queries take together (the
page's own rendering between them is not counted). A page whose queries run past it is
stopped (the worker is killed) and answered 503 with what to do;
a client that hangs up stops its page's query too.

The pages also read the store's indexes directly, with ``quads_for_pattern`` (a resource's own
triples, the labels of the values shown, whether a term is used at all): in this process, a
row at a time, so nothing needs killing. Those reads draw on the same budget: from the moment a
look-up starts to each row it gives, the time is counted, the page's own work on the rows
between them included (less what the page's queries counted meanwhile), so a page that reads
a huge resource and writes it out row by row is stopped whether its time went to the store or
to the writing; a page whose reads pass the budget is stopped there and answered the same 503,
whether its time went to queries, to look-ups or to both. The whole-graph
downloads (``/dumps/``) are files, not page reads, and are not limited.
"""

from __future__ import annotations

import pickle
import time
from collections.abc import Callable, Iterator

import pyoxigraph as ox

from server.errors import HTTPError
from server.execution import (
    PageQuery,
    QueryCancelled,
    QueryTimeout,
    ServerBusy,
    WorkerCrashed,
    WorkerPool,
)


class Solution:
    """One row of a page query's answer, read like a pyoxigraph ``QuerySolution``.

    >>> row = Solution({"a": 0, "b": 1}, (ox.Literal("x"), None))
    >>> row["a"].value, row["b"], row[0].value, len(row)
    ('x', None, 'x', 2)
    """

    __slots__ = ("_index", "_values")

    def __init__(self, index: dict[str, int], values: tuple):
        self._index = index
        self._values = values

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._values[key]
        if isinstance(key, ox.Variable):
            key = key.value
        return self._values[self._index[key]]

    def __iter__(self) -> Iterator:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


class Solutions(list):
    """The rows of a SELECT answer, with its ``variables`` as pyoxigraph gives them."""

    def __init__(self, variables: tuple[str, ...], rows: list[tuple]):
        index = {name: k for k, name in enumerate(variables)}
        super().__init__(Solution(index, row) for row in rows)
        self.variables = [ox.Variable(name) for name in variables]


def decode(body: bytes):
    """The answer a worker sent for a :class:`PageQuery` (see ``execution.run_page_query``)."""
    # Written by our own query worker, never by a client.
    value = pickle.loads(body)
    if isinstance(value, tuple):
        return Solutions(*value)
    return value


class Budget:
    """The seconds a request's page queries have taken so far."""

    spent: float = 0.0


class LimitedStore:
    """A store whose ``query`` runs in a query worker, within the page's time budget."""

    def __init__(
        self,
        store: ox.Store,
        pool: WorkerPool,
        timeout: float,
        budget: Budget,
        cancelled: Callable[[], bool] | None = None,
    ):
        self._store = store
        self._pool = pool
        self._timeout = timeout
        self._budget = budget
        self._cancelled = cancelled

    def query(self, query: str, **options):
        """Run ``query`` (pyoxigraph's keyword options) in a worker; the whole answer."""
        left = self._timeout - self._budget.spent
        started = time.monotonic()
        try:
            if left <= 0:
                raise QueryTimeout()
            outcome = self._pool.execute(
                PageQuery(query, tuple(sorted(options.items()))), left, self._cancelled
            )
        except QueryTimeout:
            raise self._stopped() from None
        except ServerBusy:
            raise HTTPError(
                503,
                f"no query worker became free within {self._timeout:g} s; try again in a moment",
                {"Retry-After": "1"},
            ) from None
        except QueryCancelled:
            raise HTTPError(499, "the client went away; the page's query was stopped") from None
        except WorkerCrashed as exc:
            raise HTTPError(500, f"the query worker died: {exc}") from None
        finally:
            self._budget.spent += time.monotonic() - started
        if outcome.status == 400:
            # The page's own query text is wrong: a bug here, reported as one.
            raise SyntaxError(outcome.error)
        if outcome.status >= 400:
            raise OSError(outcome.error)
        return decode(outcome.body)

    def _stopped(self) -> HTTPError:
        return HTTPError(
            503,
            f"this page's queries and look-ups ran longer than {self._timeout:g} s and were "
            "stopped. Ask for less: choose a facet or a smaller page size, search with more specific "
            "words, or ask the question at /sparql with a LIMIT; the server's --timeout "
            "sets this limit",
        )

    def quads_for_pattern(self, *pattern, **options) -> Iterator[ox.Quad]:
        """The store's quads matching ``pattern``, read within the page's time budget."""
        if self._timeout - self._budget.spent <= 0:
            raise self._stopped()
        started = time.monotonic()
        found = self._store.quads_for_pattern(*pattern, **options)
        self._budget.spent += time.monotonic() - started
        return _Timed(found, self)

    def __len__(self) -> int:
        return len(self._store)

    def __iter__(self):
        return iter(self._store)

    def __getattr__(self, name: str):
        return getattr(self._store, name)


class _Timed:
    """An iterator of the store's whose time to give each row is drawn from a page's budget."""

    __slots__ = ("_found", "_limited", "_mark", "_rows")

    def __init__(self, found: Iterator, limited: LimitedStore):
        self._found = found
        self._limited = limited
        self._rows = 0
        # When the last row was handed over, and the budget spent then.
        self._mark = (time.monotonic(), limited._budget.spent)

    def __iter__(self) -> _Timed:
        return self

    def __next__(self):
        limited = self._limited
        budget = limited._budget
        if budget.spent >= limited._timeout:
            raise limited._stopped()
        self._rows += 1
        cancelled = limited._cancelled
        if self._rows % CANCEL_EVERY == 0 and cancelled is not None and cancelled():
            raise HTTPError(499, "the client went away; the page's reads were stopped")
        try:
            return next(self._found)
        finally:
            # Only the fetch counted before: 400,000 rows fetched in under 0.2 s and then written
            # out for seconds unbounded. The time since the last row counts, the caller's work on
            # it included, less what its queries in between counted already.
            now = time.monotonic()
            then, spent_then = self._mark
            budget.spent += max(0.0, (now - then) - (budget.spent - spent_then))
            self._mark = (now, budget.spent)


#: Rows read between two looks at whether the client is still there.
CANCEL_EVERY = 4096


def limited(store: ox.Store, executor, timeout: float, state, cancelled: Callable[[], bool] | None):
    """The store a request's pages should query: limited when the queries run in workers.

    ``state`` is the request's ``flask.g``: every query of the request draws on one
    :class:`Budget` kept there.
    """
    if not isinstance(executor, WorkerPool):
        # Queries run in this process (workers=0): nothing could stop them anyway.
        return store
    budget = getattr(state, "kg_page_budget", None)
    if budget is None:
        budget = state.kg_page_budget = Budget()
    return LimitedStore(store, executor, timeout, budget, cancelled)
