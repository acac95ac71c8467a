"""Run queries against the store, in-process or in killable worker processes.

pyoxigraph cannot interrupt a running query, so a time limit that really frees the CPU means
running the query in a process that can be killed. :class:`WorkerPool` keeps a pool of
long-lived workers, each holding the store, so a query costs one round trip over a socket, not a
process start. Workers are forked from a *zygote*: a process forked once at start-up, before the
HTTP server starts its threads, that holds the store and forks a fresh worker whenever one has
been killed. Forking from the single-threaded zygote is safe where forking from the threaded
server would not be, and an in-memory store reaches every worker by copy-on-write instead of
being rebuilt. An on-disk store is not inherited (RocksDB does not survive a fork); each worker
opens it read-only.

When the server accepts updates, the zygote's copy of the store is kept current: after each
commit the server sends it the quads removed and added, the zygote applies them, and every
worker forked before is retired (idle ones at once, busy ones when their query ends), so a query
sent after an update has been answered sees it.
"""

from __future__ import annotations

import collections
import logging
import os
import pickle
import queue
import signal
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from multiprocessing.connection import Connection

import pyoxigraph as ox

from kg import results
from kg.build import counts
from kg.query import form_mismatch, syntax_error
from server import conneg, plan, policy, sandbox

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    """One query to run: the text, its dataset and how to write the answer."""

    query: str
    accept: str | None = None
    format: str | None = None
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    base_iri: str | None = None
    max_rows: int = 10000
    max_result_bytes: int = results.MAX_RESULT_BYTES
    allow_service: tuple[str, ...] = ()
    max_depth: int = policy.MAX_DEPTH


@dataclass(frozen=True)
class PageQuery:
    """One query of an HTML page: its text and pyoxigraph's keyword options, as name/value pairs.

    Its answer comes back whole, pickled (see :func:`run_page_query`), for the page to read.
    """

    query: str
    options: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class Outcome:
    """What a query produced: a body to send, or an error to report (``status`` >= 400)."""

    status: int
    media_type: str = ""
    body: bytes = b""
    rows: int = 0
    error: str = ""
    acceptable: tuple[str, ...] = ()


class QueryTimeout(Exception):
    """The query ran past the time limit; its worker was killed."""


class QueryCancelled(Exception):
    """The client went away while its query ran; the worker was killed."""


#: How often a running query looks whether its client is still there (seconds).
CANCEL_CHECK = 0.2


#: A worker whose answer was larger than this is retired, not kept (see WorkerPool).
RETIRE_AFTER_BYTES = 32 * 1024 * 1024


class ServerBusy(Exception):
    """No worker became free within the time limit."""


class WorkerCrashed(Exception):
    """A worker died while running a query (not by our hand)."""


def media_type_for(kind: str, accept: str | None, fmt: str | None) -> str | None:
    """Choose the answer's media type for a result ``kind`` (``solutions`` or ``graph``)."""
    offers = conneg.GRAPH_TYPES if kind == "graph" else conneg.SOLUTION_TYPES
    if fmt:
        formats = conneg.GRAPH_FORMATS if kind == "graph" else conneg.SOLUTION_FORMATS
        return conneg.from_format(fmt, formats, offers)
    return conneg.negotiate(accept, offers)


def screen(job: Job, prefixes: Mapping[str, str]) -> Outcome | None:
    """Refuse ``job`` before it runs if its text asks for what the endpoint does not do.

    An update sent as a query, nesting deeper than ``job.max_depth``, and ``SERVICE`` to an
    endpoint not allowed are refused with a message that says so; None lets the job run.

    >>> print(screen(Job("SELECT * { SERVICE <http://e/> {} }"), {}).error)  # doctest: +ELLIPSIS
    SERVICE is not allowed for http://e/ ...
    >>> screen(Job("SELECT * { ?s ?p 'SERVICE <http://e/> {}' }"), {}) is None
    True
    """
    mismatch = form_mismatch(job.query)
    if mismatch is not None:
        return Outcome(400, error=str(mismatch))
    info = policy.analyse(job.query, prefixes, job.base_iri)
    deep = policy.too_deep(job.query, info, job.max_depth)
    if deep:
        return Outcome(400, error=deep)
    refused = policy.refused_targets(info.services, job.allow_service)
    if refused:
        return Outcome(403, error=_SERVICE_REFUSED.format(", ".join(refused)))
    if info.form is not None:
        kind = "graph" if info.form in ("CONSTRUCT", "DESCRIBE") else "solutions"
        if media_type_for(kind, job.accept, job.format) is None:
            offers = conneg.GRAPH_TYPES if kind == "graph" else conneg.SOLUTION_TYPES
            return Outcome(406, error="no acceptable media type", acceptable=offers)
    return None


_SERVICE_REFUSED = (
    "SERVICE is not allowed for {} (the endpoint does not fetch from other servers unless "
    "started with --allow-service)"
)


def run_job(store: ox.Store, job: Job, prefixes: Mapping[str, str]) -> Outcome:
    """Screen ``job``, run it on ``store`` and return its serialised answer or its error.

    >>> store = ox.Store()
    >>> run_job(store, Job("ASK {}"), {}).body
    b'{"head":{},"boolean":true}'
    >>> print(run_job(store, Job("ASK {"), {}).error)  # doctest: +ELLIPSIS
    line 1, column 6: ...
    """
    refused = screen(job, prefixes)
    if refused is not None:
        return refused
    kwargs = {}
    if job.default_graphs is not None or job.named_graphs is not None:
        # A dataset given in the protocol replaces the query's FROM / FROM NAMED entirely.
        kwargs["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs or ()]
        if job.named_graphs is not None:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
        else:
            kwargs["named_graphs"] = []
    text = job.query
    if not kwargs:
        # The stored class counts describe the default graph, so only a query of the store's
        # own dataset may read them, and only while they cover every class.
        counted = plan.class_counts(text, prefixes)
        if counted is not None and store.query(counts.COMPLETE):
            text = counted
    text = plan.closing_patterns_last(plan.selective_paths(text))
    try:
        try:
            answer = store.query(text, base_iri=job.base_iri, prefixes=dict(prefixes), **kwargs)
        except SyntaxError:
            if text is job.query:
                raise
            # Positions must be the user's: the original text reports them (or runs).
            text = job.query
            answer = store.query(text, base_iri=job.base_iri, prefixes=dict(prefixes), **kwargs)
    except SyntaxError as exc:
        return Outcome(400, error=str(syntax_error(exc, job.query, prefixes=prefixes)))
    kind = "graph" if isinstance(answer, ox.QueryTriples) else "solutions"
    media_type = media_type_for(kind, job.accept, job.format)
    if media_type is None:
        offers = conneg.GRAPH_TYPES if kind == "graph" else conneg.SOLUTION_TYPES
        return Outcome(406, error="no acceptable media type", acceptable=offers)
    try:
        if isinstance(answer, ox.QueryBoolean):
            return Outcome(200, media_type, results.write_boolean(bool(answer), media_type), 1)
        if kind == "graph":
            triples = results.take(answer, job.max_rows)
            body = results.write_triples(triples, media_type, prefixes)
            if len(body) > job.max_result_bytes:
                raise results.TooLarge(job.max_result_bytes)
            return Outcome(200, media_type, body, len(triples))
        written = results.serialize_solutions(
            answer, media_type, job.max_rows, cap=job.max_result_bytes
        )
        if written is None:
            raise results.TooLarge(job.max_result_bytes)
        body, count = written
        return Outcome(200, media_type, body, count)
    except (results.TooManyRows, results.TooLarge) as exc:
        return Outcome(422, error=str(exc))
    except PermissionError:
        # The worker has no network (server.sandbox): a SERVICE call the text check did not
        # see was stopped here, before any connection.
        return Outcome(403, error=_SERVICE_REFUSED.format("this query"))
    except OSError as exc:
        # Evaluation errors surface as OSError from pyoxigraph (e.g. a failing SERVICE call).
        return Outcome(500, error=f"query evaluation failed: {exc}")


def run_page_query(store: ox.Store, job: PageQuery) -> Outcome:
    """Run a page's query on ``store``; its whole answer, pickled, as the body.

    A SELECT answer is ``(variables, rows)`` with each row a tuple of terms (None where
    unbound), a CONSTRUCT answer the list of its triples, an ASK answer a bool.

    >>> out = run_page_query(ox.Store(), PageQuery("SELECT ?x { VALUES ?x { 1 } }"))
    >>> pickle.loads(out.body)
    (('x',), [(<Literal value=1 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>,)])
    """
    try:
        answer = store.query(job.query, **dict(job.options))
        if isinstance(answer, ox.QueryBoolean):
            value: object = bool(answer)
            rows = 1
        elif isinstance(answer, ox.QueryTriples):
            value = list(answer)
            rows = len(value)
        else:
            names = tuple(v.value for v in answer.variables)
            value = (names, [tuple(solution) for solution in answer])
            rows = len(value[1])
    except SyntaxError as exc:
        return Outcome(400, error=str(exc))
    except OSError as exc:
        return Outcome(500, error=f"query evaluation failed: {exc}")
    return Outcome(200, PAGE_ANSWER, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), rows)


#: The media type of a page query's pickled answer (never sent to a client).
PAGE_ANSWER = "application/x-python-pickle"


class InProcessExecutor:
    """Run queries in the calling thread: no hard time limit, for tests and ``workers=0``."""

    def __init__(self, store: ox.Store, prefixes: Mapping[str, str]):
        self.store = store
        self.prefixes = dict(prefixes)

    def execute(self, job: Job | PageQuery, timeout: float, cancelled=None) -> Outcome:
        if isinstance(job, PageQuery):
            return run_page_query(self.store, job)
        return run_job(self.store, job, self.prefixes)

    def close(self) -> None:
        pass


class Slots:
    """``n`` places handed out first come, first served.

    :class:`threading.Semaphore` lets a newcomer take a place that a waiter was woken for, so
    under load one query can wait far longer than the others; here a released place passes to
    the longest waiter, and a waiter keeps its turn while it looks whether its client is gone.

    >>> slots = Slots(1)
    >>> slots.acquire(0), slots.acquire(0.01)
    (True, False)
    >>> slots.release(); slots.acquire(0)
    True
    """

    def __init__(self, n: int):
        self._free = n
        self._lock = threading.Lock()
        self._waiters: collections.deque[threading.Event] = collections.deque()

    def acquire(self, timeout: float, cancelled: Callable[[], bool] | None = None) -> bool:
        """Take a place within ``timeout`` seconds (0: only if one is free and nobody waits).

        With ``cancelled``, asked every :data:`CANCEL_CHECK` seconds, give up when it is true.
        """
        with self._lock:
            if self._free > 0 and not self._waiters:
                self._free -= 1
                return True
            if timeout <= 0:
                return False
            turn = threading.Event()
            self._waiters.append(turn)
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            wait = left if cancelled is None else min(left, CANCEL_CHECK)
            if left > 0 and turn.wait(wait):
                return True
            if left <= 0 or (cancelled is not None and cancelled()):
                with self._lock:
                    if turn.is_set():
                        return True  # handed over just as the wait ended
                    self._waiters.remove(turn)
                    return False

    def release(self) -> None:
        """Give a place back: to the longest waiter if there is one."""
        with self._lock:
            if self._waiters:
                self._waiters.popleft().set()
            else:
                self._free += 1


class _Worker:
    def __init__(self, pid: int, conn: Connection, generation: int = 0):
        self.pid = pid
        self.conn = conn
        self.generation = generation
        self.nice = 0

    def renice(self, nice: int) -> bool:
        """Set the scheduling priority of every thread of the worker; False if not allowed
        (raising a nice value back needs a privilege an ordinary user lacks)."""
        try:
            threads = [int(t) for t in os.listdir(f"/proc/{self.pid}/task")]
        except OSError:
            threads = [self.pid]  # no /proc: the process's main thread, which runs queries
        try:
            for tid in threads:
                os.setpriority(os.PRIO_PROCESS, tid, nice)
        except ProcessLookupError:
            return True  # it has died: reading its answer will say so
        except PermissionError:
            return False
        self.nice = nice
        return True

    def kill(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.conn.close()


class WorkerPool:
    """A pool of worker processes that answer :class:`Job` values, killed on time-out.

    Give either an opened in-memory ``store`` (inherited by the workers) or a ``store_path``
    that each worker opens read-only.

    Queries are scheduled in two lanes. Every query starts in the light lane, which has room
    for ``light`` queries at once (default: four times ``size``). One still running after
    ``heavy_after`` seconds is heavy: it gives its light place to the next query and runs in
    the heavy lane, which has room for ``size``; when that is full, its worker is paused
    (``SIGSTOP``) until a heavy place is free, so no more than ``size`` heavy queries share the
    cores and a quick query always finds a light place. A heavy query's worker also runs at a
    lower scheduling priority (``heavy_nice``), so when the cores are busy the light queries,
    and the server that sends every answer, run first. Places in either lane are handed out
    first come, first served (:class:`Slots`). The time limit counts from the moment the query
    arrived, waiting, paused or running, and a paused worker is killed like a running one.

    Workers are kept when they finish (as many as both lanes can hold), so the pool does not
    fork and warm up new ones under load; but one whose answer was larger than
    ``retire_after_bytes`` is replaced by a fresh fork, so the memory it grew to build the
    answer is returned rather than held by an idle worker.

    ``checker`` tries updates for :meth:`check_update`, in a worker of its own. With
    ``network=False`` the workers cannot open Internet sockets (:mod:`server.sandbox`).
    """

    def __init__(
        self,
        size: int,
        prefixes: Mapping[str, str],
        *,
        store: ox.Store | None = None,
        store_path: str | None = None,
        heavy_after: float = 0.5,
        heavy_nice: int = 10,
        retire_after_bytes: int = RETIRE_AFTER_BYTES,
        light: int | None = None,
        checker: Callable[[ox.Store, object], tuple] | None = None,
        network: bool = False,
    ):
        if (store is None) == (store_path is None):
            raise ValueError("give exactly one of store and store_path")
        self.size = size
        self.light = light if light is not None else 4 * size
        self.heavy_after = heavy_after
        self.heavy_nice = heavy_nice
        self.retire_after_bytes = retire_after_bytes
        # Workers kept idle: as many as run at once when both lanes are full.
        self.keep = self.light + size
        # Last in, first out: under light load one worker answers most queries, with its caches
        # (and its core) warm, instead of the pool rotating through cold ones.
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._light = Slots(self.light)
        self._heavy = Slots(size)
        self._spawn_lock = threading.Lock()
        self._closed = False
        # Bumped when the zygote's store changes; workers of an older generation are stale.
        self._generation = 0
        parent_end, zygote_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the zygote
            parent_end.close()
            _zygote(zygote_end, store, store_path, dict(prefixes), checker, network)
        zygote_end.close()
        self._zygote_pid = pid
        self._control = parent_end
        for _ in range(size):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        with self._spawn_lock:
            socket.send_fds(self._control, [b"w"], [theirs.fileno()])
            (pid,) = struct.unpack("!i", _recv_exact(self._control, 4))
            generation = self._generation
        theirs.close()
        return _Worker(pid, Connection(ours.detach()), generation)

    def apply_change(self, removed: Iterable[ox.Quad], added: Iterable[ox.Quad]) -> None:
        """Apply a committed change to the zygote's store and retire every older worker.

        Returns once idle workers see the change; busy ones are replaced when they finish.
        Only for a pool given an in-memory ``store``.
        """
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        with self._spawn_lock:
            socket.send_fds(self._control, [b"u"], [theirs.fileno()])
            theirs.close()
            with Connection(ours.detach()) as conn:
                conn.send((list(removed), list(added)))
                if conn.recv() is not True:
                    raise OSError("the query worker supervisor did not apply the change")
            self._generation += 1
        stale = []
        while True:
            try:
                stale.append(self._idle.get_nowait())
            except queue.Empty:
                break
        for worker in stale:
            worker.kill()
            self._replace()

    def _replace(self) -> None:
        if self._closed or self._idle.qsize() >= self.size:
            return
        try:
            self._idle.put(self._spawn())
        except OSError:
            log.exception("could not start a replacement query worker")

    def _take(self) -> _Worker:
        """An idle worker of the current generation, or a fresh one when none is idle."""
        try:
            worker = self._idle.get_nowait()
        except queue.Empty:
            return self._spawn()
        if worker.generation != self._generation:
            # Forked before the last update: its copy of the store is out of date.
            worker.kill()
            return self._spawn()
        return worker

    def _give_back(self, worker: _Worker, answered: int = 0) -> None:
        if (
            self._closed
            or worker.generation != self._generation
            or self._idle.qsize() >= self.keep
            # A worker that ran a heavy query is only kept if it gets its priority back.
            or (worker.nice and not worker.renice(0))
            # One that built a large answer keeps the heap it grew to (the allocator does not
            # give it back): a fresh fork from the zygote costs less than holding it.
            or answered > self.retire_after_bytes
        ):
            worker.kill()
            threading.Thread(target=self._replace, daemon=True).start()
        else:
            self._idle.put(worker)

    def execute(
        self, job: Job | PageQuery, timeout: float, cancelled: Callable[[], bool] | None = None
    ) -> Outcome:
        """Run ``job`` in a worker; kill it and raise :class:`QueryTimeout` after ``timeout``.

        ``cancelled`` says whether the client has gone; it is asked every
        :data:`CANCEL_CHECK` seconds, and a query nobody waits for any more is stopped
        (:class:`QueryCancelled`) instead of holding its worker until the time limit.
        """
        started = time.monotonic()
        deadline = started + timeout
        if not self._light.acquire(timeout, cancelled):
            if cancelled is not None and cancelled():
                raise QueryCancelled()
            raise ServerBusy()
        lane: Slots | None = self._light
        gone = False
        outcome = None
        try:
            worker = self._take()
            try:
                worker.conn.send_bytes(_encode_job(job))
                heavy_at = started + self.heavy_after
                while True:
                    now = time.monotonic()
                    if now >= deadline:
                        break
                    wait = deadline - now
                    if lane is self._light:
                        wait = min(wait, max(0.0, heavy_at - now))
                    if cancelled is not None:
                        wait = min(wait, CANCEL_CHECK)
                    if worker.conn.poll(wait):
                        outcome = _receive_outcome(worker.conn)
                        break
                    if cancelled is not None and cancelled():
                        gone = True
                        break
                    if lane is self._light and time.monotonic() >= heavy_at:
                        lane = None  # _make_heavy gives the light place up first
                        lane, gone = self._make_heavy(worker, deadline, cancelled)
                        if lane is None:
                            break
            except (EOFError, OSError) as exc:
                worker.kill()
                threading.Thread(target=self._replace, daemon=True).start()
                raise WorkerCrashed(str(exc)) from exc
        finally:
            if lane is not None:
                lane.release()
        if outcome is None:
            worker.kill()
            threading.Thread(target=self._replace, daemon=True).start()
            raise QueryCancelled() if gone else QueryTimeout()
        self._give_back(worker, len(outcome.body))
        return outcome

    def _make_heavy(
        self, worker: _Worker, deadline: float, cancelled: Callable[[], bool] | None
    ) -> tuple[Slots | None, bool]:
        """Move a running query from the light lane to the heavy one; (its lane, gone).

        Its light place is released. When the heavy lane is full the worker is paused until a
        heavy place is free; if the time runs out or the client goes first, the lane is None
        (the caller kills the worker) and ``gone`` tells which.
        """
        if worker.conn.poll(0):
            # It has just answered: nothing to move.
            return self._light, False
        self._light.release()
        if not self._heavy.acquire(0):
            _signal(worker, signal.SIGSTOP)
            try:
                if not self._heavy.acquire(deadline - time.monotonic(), cancelled):
                    return None, cancelled is not None and cancelled()
            finally:
                # Resumed, or about to be killed: a stopped worker must not stay stopped.
                _signal(worker, signal.SIGCONT)
        if self.heavy_nice:
            worker.renice(self.heavy_nice)
        return self._heavy, False

    def check_update(self, request: object, timeout: float) -> tuple:
        """Try an update in a fresh worker, on its copy of the store; return the checker's value.

        The worker is retired afterwards (its copy now holds the tried update).

        Raises:
            QueryTimeout: trying it took longer than ``timeout``; the worker was killed.
            WorkerCrashed: the worker died while trying it.
        """
        worker = self._spawn()
        try:
            worker.conn.send_bytes(pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL))
            if not worker.conn.poll(timeout):
                raise QueryTimeout()
            return pickle.loads(worker.conn.recv_bytes())
        except (EOFError, OSError) as exc:
            raise WorkerCrashed(str(exc)) from exc
        finally:
            worker.kill()

    def close(self) -> None:
        """Stop every worker and the zygote."""
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                break
        self._control.close()
        try:
            os.kill(self._zygote_pid, signal.SIGKILL)
            os.waitpid(self._zygote_pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass


def _signal(worker: _Worker, signum: int) -> None:
    try:
        os.kill(worker.pid, signum)
    except ProcessLookupError:
        pass  # it died: reading its answer will say so


# The wire format between the server and a worker: a job is a pickled tuple of strings; an
# outcome is a pickled tuple of its small fields followed by the body as a raw message, so a
# large result is copied once into the socket and once out of it, never pickled.
def _encode_job(job: Job | PageQuery) -> bytes:
    if isinstance(job, PageQuery):
        return pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
    return pickle.dumps(
        (
            job.query,
            job.accept,
            job.format,
            job.default_graphs,
            job.named_graphs,
            job.base_iri,
            job.max_rows,
            job.max_result_bytes,
            job.allow_service,
            job.max_depth,
        ),
        protocol=pickle.HIGHEST_PROTOCOL,
    )


def _decode_job(data: bytes) -> Job | PageQuery | object:
    """A :class:`Job`, a :class:`PageQuery`, or an update to try (anything else)."""
    value = pickle.loads(data)
    return Job(*value) if isinstance(value, tuple) else value


def _send_outcome(conn: Connection, outcome: Outcome) -> None:
    head = (outcome.status, outcome.media_type, outcome.rows, outcome.error, outcome.acceptable)
    conn.send_bytes(pickle.dumps(head, protocol=pickle.HIGHEST_PROTOCOL))
    conn.send_bytes(outcome.body)


def _receive_outcome(conn: Connection) -> Outcome:
    status, media_type, rows, error, acceptable = pickle.loads(conn.recv_bytes())
    return Outcome(status, media_type, conn.recv_bytes(), rows, error, acceptable)


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise OSError("query worker supervisor exited")
        data += chunk
    return data


def _zygote(
    control: socket.socket, store, store_path, prefixes, checker, network
) -> None:  # pragma: no cover
    if not network and not sandbox.deny_network():
        log.warning("query workers can reach the network: only the text check stops SERVICE")
    # Children are reaped by the kernel; the server kills workers by pid and never waits.
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        while True:
            try:
                msg, fds, _flags, _addr = socket.recv_fds(control, 16, 1)
            except OSError:
                break
            if not msg or not fds:
                break
            if msg == b"u":
                with Connection(fds[0]) as conn:
                    removed, added = conn.recv()
                    for quad in removed:
                        store.remove(quad)
                    store.extend(added)
                    conn.send(True)
                continue
            pid = os.fork()
            if pid == 0:
                control.close()
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                _worker(Connection(fds[0]), store, store_path, prefixes, checker)
            os.close(fds[0])
            control.sendall(struct.pack("!i", pid))
    finally:
        os._exit(0)


def _worker(conn: Connection, store, store_path, prefixes, checker) -> None:  # pragma: no cover
    try:
        if store is None:
            store = ox.Store.read_only(store_path)
        while True:
            try:
                job = _decode_job(conn.recv_bytes())
            except (EOFError, OSError):
                break
            if not isinstance(job, (Job, PageQuery)):
                # An update to try: this worker's copy of the store takes it, so the worker
                # answers and ends.
                value = checker(store, job)
                conn.send_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
                break
            started = time.perf_counter()
            try:
                if isinstance(job, PageQuery):
                    outcome = run_page_query(store, job)
                else:
                    outcome = run_job(store, job, prefixes)
            except Exception as exc:
                # A bug, not a bad query: logged with its traceback and answered 500, so the
                # worker survives and the client is not told its query was wrong.
                log.exception("query worker %d failed", os.getpid())
                outcome = Outcome(500, error=f"internal error in query worker: {exc!r}")
            log.debug("worker %d ran a query in %.3fs", os.getpid(), time.perf_counter() - started)
            _send_outcome(conn, outcome)
    finally:
        os._exit(0)
