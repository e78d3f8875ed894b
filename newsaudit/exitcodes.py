"""The exit-code contract of the ``newsaudit`` command, in one place (see README)."""

from enum import IntEnum


class ExitCode(IntEnum):
    """What the process exit status means."""

    OK = 0  # every input was audited
    POLICY = 1  # reserved for a future policy gate (e.g. fail on high-severity flags)
    INPUT = 2  # usage or input error: missing/unreadable/binary file, missing model
