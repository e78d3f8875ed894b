"""Documents over worker processes (``newsaudit check --jobs N``).

Each worker loads the pipeline once and audits whole documents, one at a time: parsing,
rules and assembly all run in the worker, and only the text and the finished Report cross
the process boundary. (spaCy's own ``nlp.pipe(n_process=...)`` parallelises the parse
only, ships every parsed Doc back, and leaves the rules to one process: slower, see
``benchmarks/speed.py``.)

The parent keeps a few documents in flight per worker, yields results in input order as
soon as the next one in order is done, and reads inputs no further ahead than a bounded
window. A worker that dies (a crash in native code, the out-of-memory killer) costs the
document it was on, which becomes an ``internal`` error record; its other documents go to
a fresh worker and the batch goes on.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait

from newsaudit.report import AuditFailure, Report

# Documents sent to a worker before its first result is back: it never waits for work.
IN_FLIGHT = 2
# How far reading may run ahead of the output, per worker: bounds memory when one
# document is slow and the others pile up behind it, waiting for their turn in order.
WINDOW = 8


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

    def __init__(self, context, model: str | None, outlets: dict[str, str] | None) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, model, outlets), daemon=True)
        self.process.start()
        child.close()
        self.held: deque[tuple[int, str | None, str]] = deque()

    def send(self, job: tuple[int, str | None, str]) -> None:
        self.held.append(job)
        self.conn.send(job)

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
        self.workers = [self._start() for _ in range(jobs)]
        self.retry: deque[tuple[int, str | None, str]] = deque()
        self.done: dict[int, Report | AuditFailure] = {}

    def _start(self) -> _Worker:
        return _Worker(self.context, self.model, self.outlets)

    def run(self, items: Iterator[tuple[str | None, str]]) -> Iterator[Report | AuditFailure]:
        read = emitted = 0
        exhausted = False
        while True:
            for worker in self.workers:
                while len(worker.held) < IN_FLIGHT:
                    if self.retry:
                        worker.send(self.retry.popleft())
                    elif not exhausted and read - emitted < WINDOW * len(self.workers):
                        try:
                            path, text = next(items)
                        except StopIteration:
                            exhausted = True
                            break
                        worker.send((read, path, text))
                        read += 1
                    else:
                        break
            if exhausted and not self.retry and not any(w.held for w in self.workers):
                break
            busy = [w for w in self.workers if w.held]
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy])
            for worker in busy:
                if worker.conn in ready or worker.process.sentinel in ready:
                    self._collect(worker)
            while emitted in self.done:
                yield self.done.pop(emitted)
                emitted += 1

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
        if worker.held:  # the oldest document held is the one it died on
            number, path, _ = worker.held.popleft()
            self.done[number] = AuditFailure(
                path,
                "internal",
                f"{path or 'document'}: the worker process auditing it died "
                f"(exit code {worker.process.exitcode}); please report it",
            )
            self.retry.extendleft(reversed(worker.held))
        worker.stop()
        self.workers[self.workers.index(worker)] = self._start()

    def close(self) -> None:
        for worker in self.workers:
            worker.stop()


def _serve(conn: Connection, model: str | None, outlets: dict[str, str] | None) -> None:
    """A worker: load the pipeline once, then audit documents until the pipe closes."""
    from newsaudit import nlp as nlp_loader

    nlp = nlp_loader.load(model)
    while True:
        try:
            number, path, text = conn.recv()
        except EOFError:
            return
        conn.send((number, _audit_one(path, text, nlp, outlets)))


def _audit_one(path: str | None, text: str, nlp, outlets) -> Report | AuditFailure:
    from newsaudit.engine import audit_many

    try:
        return next(audit_many([(path, text)], nlp=nlp, outlets=outlets))
    except Exception as err:  # a bug in the parse step: one document, not the worker
        message = f"internal error ({type(err).__name__}: {err}); please report it"
        return AuditFailure(path, "internal", message)
