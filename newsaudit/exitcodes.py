"""The exit-code contract of the ``newsaudit`` command, in one place (see README)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from newsaudit.report import SEVERITIES, AuditFailure


class ExitCode(IntEnum):
    """What the process exit status means."""

    OK = 0  # every input was audited
    POLICY = 1  # the policy gate failed: --fail-on / --fail-on-type matched a flag
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


def policy_code(
    flags: Iterable[tuple[str, str]], fail_on: str | None, types: Iterable[str] = ()
) -> ExitCode:
    """POLICY when a ``(type, severity)`` flag is at or above ``fail_on`` (and, when
    ``types`` is given, of one of those types), else OK. ``--fail-on-type`` alone gates
    at any severity. Input and internal errors take precedence:
    ``exit_code(failures) or policy_code(...)``."""
    wanted = set(types)
    if fail_on is None and not wanted:
        return ExitCode.OK
    floor = SEVERITIES.index(fail_on or SEVERITIES[0])
    for kind, severity in flags:
        if SEVERITIES.index(severity) >= floor and (not wanted or kind in wanted):
            return ExitCode.POLICY
    return ExitCode.OK
