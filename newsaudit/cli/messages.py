"""One line on standard error for people: ``newsaudit: error: …`` or ``… warning: …``."""

from __future__ import annotations

import typer

from newsaudit.exitcodes import ExitCode


def say(kind: str, message: str) -> None:
    """One line on stderr: ``newsaudit: error: ...`` or ``newsaudit: warning: ...``."""
    typer.echo(f"newsaudit: {kind}: {message}", err=True)


def fail(message: str) -> None:
    say("error", message)
    raise typer.Exit(ExitCode.INPUT)
