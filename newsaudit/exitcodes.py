"""The exit-code contract of the ``newsaudit`` command, in one place (see README)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from newsaudit.report import AuditFailure


class ExitCode(IntEnum):
    """What the process exit status means."""

    OK = 0  # every input was audited
    POLICY = 1  # reserved for a future policy gate (e.g. fail on high-severity flags)
    INPUT = 2  # usage or input error: bad option, missing/unreadable/binary file, bad model
    INTERNAL = 3  # a document hit a bug in newsaudit; the others were still audited
    INTERRUPTED = 130  # stopped by Ctrl-C (128 + SIGINT, as the shell reports it)
    BROKEN_PIPE = 141  # the reader closed standard output early (128 + SIGPIPE, as `| head`)


def exit_code(failures: Iterable[AuditFailure]) -> ExitCode:
    """The status of a batch: input errors first, then internal errors, else OK."""
    kinds = {f.type for f in failures}
    if kinds - {"internal"}:
        return ExitCode.INPUT
    return ExitCode.INTERNAL if kinds else ExitCode.OK
