"""Writing the records: the renderer of each format, standard output or the --output file,
the table's width and colour, the progress bar, the configured flag settings."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from newsaudit.cli.messages import fail
from newsaudit.config import Settings, apply_flag_settings
from newsaudit.formats import OutputFormat
from newsaudit.report import AuditFailure, Report

MIN_WIDTH = 40  # narrower, and the table's columns have no room for a word


def write(
    records: Iterator[Report | AuditFailure],
    output_format: OutputFormat,
    out: TextIO,
    batch: bool,
    full: bool,
    output: Path | None,
) -> None:
    """Render the records in ``output_format``: streamed formats as each document is
    done, whole-batch formats (json, markdown, html) at the end."""
    if output_format is OutputFormat.json:
        from newsaudit.formats.json import render_json

        out.write(render_json(next(iter(records))))
    elif output_format is OutputFormat.markdown:
        from newsaudit.formats.markdown import render_markdown

        out.write(render_markdown(records))
    elif output_format is OutputFormat.html:
        from newsaudit.formats.html import render_html

        out.write(render_html([(r, _text_of(r)) for r in records]))
    elif output_format is OutputFormat.csv:
        from newsaudit.formats.csv import render_csv

        for n, record in enumerate(records):  # streamed, one header
            out.write(render_csv([record], header=n == 0))
            out.flush()
    elif output_format is OutputFormat.jsonl:
        from newsaudit.formats.json import render_jsonl

        for record in records:
            out.write(render_jsonl(record))
            out.flush()
    else:
        from newsaudit.formats.table import render_batch_summary, render_table

        width, color = _width(output), output is None and _wants_color(out)
        done = []
        for record in records:
            if batch:
                done.append(record)
            if isinstance(record, Report):
                out.write(render_table(record, width=width, color=color, full=full))
                out.flush()
        if batch:
            out.write("\n" + render_batch_summary(done, width=width, color=color))


def _text_of(record: Report | AuditFailure) -> str | None:
    return record.document.text if isinstance(record, Report) else None


def with_flag_settings(records, settings: Settings, flagged: list[tuple[str, str]]):
    """Apply the configured flag settings to each report, noting its flags for the gate."""
    for record in records:
        if isinstance(record, Report):
            record = apply_flag_settings(record, settings)
            flagged.extend((f.type, f.severity) for f in record.flags)
        yield record


def wants_progress(total: int, output: Path | None, quiet: bool) -> bool:
    """A bar for a batch when stderr is a terminal, unless the reports themselves are
    going to that same terminal (they show the progress) or --quiet."""
    if quiet or total < 2 or not sys.stderr.isatty():
        return False
    return output is not None or not sys.stdout.isatty()


def with_progress(records, total: int, failures: list[AuditFailure]):
    """Pass the records through while a rich progress bar on stderr counts them."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    columns = (
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("documents, {task.fields[rate]:.1f}/s, {task.fields[errors]} errors"),
    )
    console = Console(file=sys.stderr)
    with Progress(*columns, console=console, transient=True, redirect_stdout=False) as bar:
        task = bar.add_task("audit", total=total, rate=0.0, errors=0)
        for record in records:
            bar.advance(task)
            elapsed = bar.tasks[0].elapsed or 0.0
            done = bar.tasks[0].completed
            bar.update(task, rate=done / elapsed if elapsed else 0.0, errors=len(failures))
            yield record


@contextmanager
def writing(output: Path | None) -> Iterator[TextIO]:
    """Standard output or the ``--output`` file; a failed write (a full disk, a closed
    file) is one error line and exit 2. A closed pipe is left to ``_OneLineErrors``."""
    name = output or "standard output"
    try:
        handle = sys.stdout if output is None else output.open("w", encoding="utf-8")
    except OSError as err:
        fail(f"cannot write {name}: {err.strerror or err}")
    try:
        with handle if output is not None else _no_close(handle):
            yield handle
            handle.flush()  # a full disk shows here, not when Python exits
    except BrokenPipeError:
        raise
    except OSError as err:
        fail(f"cannot write {name}: {err.strerror or err}")


@contextmanager
def _no_close(stream: TextIO) -> Iterator[TextIO]:
    yield stream


def _wants_color(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    return hasattr(stream, "isatty") and stream.isatty()


def _width(output: Path | None) -> int:
    """The table's width: $COLUMNS when set, else the terminal's, else 80 (piped or a file)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return max(MIN_WIDTH, int(columns))
    if output is None and sys.stdout.isatty():
        return max(MIN_WIDTH, os.get_terminal_size().columns)
    return 80
