"""Documents over worker processes (``newsaudit check --jobs N``).

Each worker loads the pipeline once and audits whole documents, a chunk at a time:
parsing, rules and assembly all run in the worker, and only the text and the finished Report cross
the process boundary. (spaCy's own ``nlp.pipe(n_process=...)`` parallelises the parse
only, ships every parsed Doc back, and leaves the rules to one process: slower, see
``benchmarks/speed.py``.)

The parent keeps two chunks in flight per worker, yields results in input order as soon
as the next one in order is done, and reads inputs no further ahead than a bounded window.
A worker that dies (a crash in native code, the out-of-memory killer) is replaced and the
documents it held are tried again one by one: the one that kills a worker alone becomes
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

# Documents sent to a worker at once: the engine batches their paragraphs together, which
# parses ~10% faster than one document's paragraphs alone (benchmarks/speed.py).
CHUNK = 8
# Documents held by a worker: a second chunk waits while it works on the first.
IN_FLIGHT = 2 * CHUNK
# How far reading may run ahead of the output, per worker: bounds memory when one
# document is slow and the others pile up behind it, waiting for their turn in order.
WINDOW = 4 * CHUNK


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
        self.workers = [self._start() for _ in range(jobs)]
        self.retry: deque[tuple[int, str | None, str]] = deque()
        self.suspects: set[int] = set()  # documents held by a worker that died
        self.done: dict[int, Report | AuditFailure] = {}

    def _start(self) -> _Worker:
        return _Worker(self.context, self.model, self.outlets)

    def run(self, items: Iterator[tuple[str | None, str]]) -> Iterator[Report | AuditFailure]:
        read = emitted = 0
        exhausted = False
        while True:
            for worker in self.workers:
                while len(worker.held) < IN_FLIGHT:
                    if self.retry:  # alone, so that a second death names its document
                        worker.send([self.retry.popleft()])
                        continue
                    chunk = []
                    while not exhausted and len(chunk) < CHUNK:
                        if read - emitted >= WINDOW * len(self.workers):
                            break
                        try:
                            path, text = next(items)
                        except StopIteration:
                            exhausted = True
                            break
                        chunk.append((read, path, text))
                        read += 1
                    if not chunk:
                        break
                    worker.send(chunk)
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
        if worker.held and worker.held[0][0] in self.suspects:
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


def _serve(conn: Connection, model: str | None, outlets: dict[str, str] | None) -> None:
    """A worker: load the pipeline once, then audit chunks of documents until the pipe
    closes, sending each result back as soon as it is done."""
    from newsaudit import nlp as nlp_loader

    nlp = nlp_loader.load(model)
    # chunks are taken off the pipe as soon as they come, so the parent never blocks
    # sending while this worker is busy (it would stop feeding the others)
    chunks: queue.SimpleQueue = queue.SimpleQueue()
    threading.Thread(target=_receive, args=(conn, chunks), daemon=True).start()
    while (chunk := chunks.get()) is not None:
        items = [(path, text) for _, path, text in chunk]
        for (number, _, _), result in zip(chunk, _audit_chunk(items, nlp, outlets), strict=True):
            conn.send((number, result))


def _receive(conn: Connection, chunks: queue.SimpleQueue) -> None:
    while True:
        try:
            chunks.put(conn.recv())
        except (EOFError, OSError):
            chunks.put(None)
            return


def _audit_chunk(items: list, nlp, outlets) -> Iterator[Report | AuditFailure]:
    from newsaudit.engine import audit_many

    done = 0
    try:
        for result in audit_many(items, nlp=nlp, outlets=outlets):
            done += 1
            yield result
    except Exception:  # a bug in the parse step: the rest one by one, to find its document
        for path, text in items[done:]:
            try:
                yield next(audit_many([(path, text)], nlp=nlp, outlets=outlets))
            except Exception as err:
                message = f"internal error ({type(err).__name__}: {err}); please report it"
                yield AuditFailure(path, "internal", message)
