"""Documents over worker processes (``newsaudit check --jobs N``).

Each worker loads the pipeline once and audits a stream of whole documents: parsing,
rules and assembly all run in the worker, and only the text and the finished Report cross
the process boundary. (spaCy's own ``nlp.pipe(n_process=...)`` parallelises the parse
only, ships every parsed Doc back, and leaves the rules to one process: slower, see
``benchmarks/speed.py``.) A worker feeds what it is sent into one engine stream, so its
parser batches fill across documents as they do in one process; when nothing more has
come it asks the engine to finish what it holds (``engine.FLUSH``) rather than wait.

The parent reads inputs one at a time while the workers are busy, ahead within a bounded
window, keeps enough documents at each worker to fill a parser batch, and yields results
in input order as soon as the next one in order is done. Once the input is all read, it
hands out what is left in shares that shrink with it (guided self-scheduling), so the
workers finish together instead of one idling while the other works through a full queue.

A worker that dies (a crash in native code, the out-of-memory killer) is replaced and the
documents it held are tried again one at a time: the one that kills a worker alone becomes
an ``internal`` error record, and the batch goes on.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait

from newsaudit.report import AuditFailure, Report

# Documents held by a worker: about two parser batches of news articles (a batch is 256
# paragraphs, see engine.BATCH_SIZE), so one is filling while the other is parsed.
IN_FLIGHT = 24
# How far reading may run ahead of the output, per worker: bounds memory when one
# document is slow and the others pile up behind it, waiting for their turn in order.
WINDOW = 64


def job_count(jobs: int) -> int:
    """The number of worker processes ``--jobs`` asks for: ``0`` is one per usable core."""
    if jobs > 0:
        return jobs
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def audit_parallel(
    items: Iterable[tuple[str | None, str]],
    jobs: int,
    *,
    model: str | None = None,
    outlets: dict[str, str] | None = None,
) -> Iterator[Report | AuditFailure]:
    """Audit ``(path, text)`` pairs over ``jobs`` worker processes, yielding each input's
    Report or AuditFailure in input order, as soon as it and every one before it is done."""
    pool = _Pool(job_count(jobs), model, outlets)
    try:
        yield from pool.run(iter(items))
    finally:
        pool.close()


class _Worker:
    """One worker process and the documents it holds, oldest first."""

    def __init__(self, context, model: str | None, outlets: dict[str, str] | None, siblings):
        self.conn, child = context.Pipe()
        # under fork the worker inherits this end and the other workers' parent ends
        inherited = [*siblings, self.conn] if context.get_start_method() == "fork" else []
        self.process = context.Process(
            target=_serve, args=(child, model, outlets, inherited), daemon=True
        )
        self.process.start()
        child.close()
        self.held: deque[tuple[int, str | None, str]] = deque()

    def send(self, jobs: list[tuple[int, str | None, str]]) -> None:
        self.held.extend(jobs)
        self.conn.send(jobs)

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


class _Pool:
    def __init__(self, jobs: int, model: str | None, outlets: dict[str, str] | None) -> None:
        methods = multiprocessing.get_all_start_methods()
        # fork shares the parent's loaded pipeline; elsewhere each worker loads its own
        self.context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.model, self.outlets = model, outlets
        self.workers: list[_Worker] = []
        for _ in range(jobs):
            self.workers.append(self._start())
        self.retry: deque[tuple[int, str | None, str]] = deque()
        self.suspects: set[int] = set()  # documents held by a worker that died
        self.done: dict[int, Report | AuditFailure] = {}

    def _start(self) -> _Worker:
        return _Worker(self.context, self.model, self.outlets, [w.conn for w in self.workers])

    def run(self, items: Iterator[tuple[str | None, str]]) -> Iterator[Report | AuditFailure]:
        pending: deque[tuple[int, str | None, str]] = deque()  # read, not yet sent
        read = emitted = 0
        exhausted = False
        while True:
            self._dispatch(pending, exhausted)
            busy = [w for w in self.workers if w.held]
            if exhausted and not pending and not self.retry and not busy:
                break
            # read ahead one input at a time while the workers are busy, so the first
            # documents go out as soon as they are read and the end is seen in good time
            can_read = not exhausted and read - emitted < WINDOW * len(self.workers)
            watched = [w.conn for w in busy] + [w.process.sentinel for w in busy]
            ready = wait(watched, timeout=0 if can_read else None)
            if not ready and can_read:
                try:
                    path, text = next(items)
                    pending.append((read, path, text))
                    read += 1
                except StopIteration:
                    exhausted = True
                continue
            for worker in busy:
                if worker.conn in ready or worker.process.sentinel in ready:
                    self._collect(worker)
            while emitted in self.done:
                yield self.done.pop(emitted)
                emitted += 1

    def _dispatch(self, pending: deque, exhausted: bool) -> None:
        """Top up each worker, the emptiest first. A document tried again after a death
        goes alone to an idle worker, so that a second death names it."""
        for worker in sorted(self.workers, key=lambda w: len(w.held)):
            if any(number in self.suspects for number, _, _ in worker.held):
                continue
            if self.retry:
                if not worker.held:
                    worker.send([self.retry.popleft()])
                continue
            depth = IN_FLIGHT
            if exhausted:  # the last documents: smaller shares, so workers end together
                depth = min(IN_FLIGHT, max(1, -(-len(pending) // len(self.workers))))
            room = depth - len(worker.held)
            if room > 0 and pending:
                worker.send([pending.popleft() for _ in range(min(room, len(pending)))])

    def _collect(self, worker: _Worker) -> None:
        """Take every finished result from a worker; replace it if it died."""
        try:
            while worker.conn.poll():
                number, result = worker.conn.recv()
                worker.held.popleft()
                self.done[number] = result
        except (EOFError, OSError):
            pass
        if worker.process.is_alive():
            return
        worker.process.join()
        if len(worker.held) == 1 and worker.held[0][0] in self.suspects:
            # it died on a document it held alone: that document is the cause
            number, path, _ = worker.held.popleft()
            self.done[number] = AuditFailure(
                path,
                "internal",
                f"{path or 'document'}: the worker process auditing it died "
                f"(exit code {worker.process.exitcode}); please report it",
            )
        # the cause is among the documents it held: each is tried again alone
        self.suspects.update(number for number, _, _ in worker.held)
        self.retry.extendleft(reversed(worker.held))
        worker.stop()
        self.workers[self.workers.index(worker)] = self._start()

    def close(self) -> None:
        for worker in self.workers:
            worker.stop()


def _serve(
    conn: Connection,
    model: str | None,
    outlets: dict[str, str] | None,
    parent_ends: list[Connection],
) -> None:
    """A worker: load the pipeline once, then audit the documents it is sent as one
    stream until the pipe closes, sending each result back as soon as it is done."""
    from newsaudit import nlp as nlp_loader
    from newsaudit.engine import FLUSH

    for end in parent_ends:  # copies inherited by fork: closed, so that if the parent
        end.close()  # dies, the pipe ends and the worker with it

    nlp = nlp_loader.load(model)
    # documents are taken off the pipe as soon as they come, so the parent never blocks
    # sending while this worker is busy (it would stop feeding the others)
    inbox: queue.SimpleQueue = queue.SimpleQueue()
    threading.Thread(target=_receive, args=(conn, inbox), daemon=True).start()
    queued: deque[tuple[int, str | None, str]] = deque()  # received, not yet read
    reading: deque[tuple[int, str | None, str]] = deque()  # in the engine, not reported
    closed = False

    def incoming() -> Iterator:
        nonlocal closed
        while not closed:
            if not queued:
                try:
                    jobs = inbox.get_nowait()
                except queue.Empty:
                    yield FLUSH  # nothing more for now: finish what is read before waiting
                    jobs = inbox.get()
                if jobs is None:
                    closed = True
                    return
                queued.extend(jobs)
            reading.append(queued.popleft())
            yield reading[-1][1], reading[-1][2]

    while not closed:
        try:
            for result in _audit_stream(incoming(), nlp, outlets):
                conn.send((reading.popleft()[0], result))
        except Exception:  # a bug in the parse step: what it held, one at a time
            while reading:
                number, path, text = reading.popleft()
                conn.send((number, _audit_alone(path, text, nlp, outlets)))


def _receive(conn: Connection, inbox: queue.SimpleQueue) -> None:
    while True:
        try:
            inbox.put(conn.recv())
        except (EOFError, OSError):
            inbox.put(None)
            return


def _audit_stream(items: Iterable, nlp, outlets) -> Iterator[Report | AuditFailure]:
    from newsaudit.engine import audit_many

    return audit_many(items, nlp=nlp, outlets=outlets)


def _audit_alone(path: str | None, text: str, nlp, outlets) -> Report | AuditFailure:
    try:
        return next(_audit_stream([(path, text)], nlp, outlets))
    except Exception as err:
        message = f"internal error ({type(err).__name__}: {err}); please report it"
        return AuditFailure(path, "internal", message)
