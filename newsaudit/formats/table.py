"""The table for people: sources grouped by kind, their claims, then flags and a summary;
for a batch, a short summary of the whole batch at the end.

Every line ends without padding: rich pads cells to the column width, and trailing spaces
are noise in a terminal, a diff or an e-mail."""

from __future__ import annotations

from collections.abc import Iterable
from io import StringIO

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from newsaudit.formats.summary import GROUPS, batch_lines, counts_line, summarize, summary_lines
from newsaudit.report import Attribution, AuditFailure, Report, Source

CLAIM_CHARS = 90
SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan", "info": "dim"}
INDENT = 2


def render_table(
    report: Report, *, width: int = 80, color: bool = False, full: bool = False
) -> str:
    """Render one report as text tables, ``width`` columns wide; ``full`` keeps every
    claim whole instead of cutting it at about 90 characters."""
    console, out = _console(width, color)
    doc, summary = report.document, report.summary
    console.print(Text(f"{doc.path or '-'}", style="bold"))
    console.print(_indented(counts_line(report)))
    by_id = {a.id: a for a in report.attributions}
    for title, types in GROUPS:
        members = [s for s in report.sources if s.type in types]
        if members:
            console.print(_source_table(title, members, by_id, full))
    unsourced = [a for a in report.attributions if a.source is None]
    if unsourced:
        console.print(_claims_table("No source named", unsourced, full))
    if report.flags:
        console.print(_flag_table(report, full))
    console.print(Text("Summary", style="bold"))
    for line in summary_lines(summary):
        console.print(_indented(line))
    return _strip(out.getvalue())


def render_batch_summary(
    records: Iterable[Report | AuditFailure], *, width: int = 80, color: bool = False
) -> str:
    """The closing summary of a batch: documents, attributions, flags by type and by
    severity, and the most-cited sources."""
    console, out = _console(width, color)
    batch = summarize(records)
    console.print(Text("Batch summary", style="bold"))
    for line in batch_lines(batch):
        console.print(_indented(line))
    if batch.top_sources:
        table = Table(
            title="Most-cited sources", title_justify="left", box=box.SIMPLE_HEAD, expand=True
        )
        table.add_column("Source", ratio=1)
        table.add_column("Type", no_wrap=True)
        table.add_column("Attributions", justify="right", no_wrap=True)
        table.add_column("Documents", justify="right", no_wrap=True)
        for s in batch.top_sources:
            table.add_row(s.name, s.type, str(s.attributions), str(s.documents))
        console.print(table)
    return _strip(out.getvalue())


def _console(width: int, color: bool) -> tuple[Console, StringIO]:
    out = StringIO()
    console = Console(
        file=out,
        width=width,
        color_system="standard" if color else None,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        emoji=False,
    )
    return console, out


def _strip(text: str) -> str:
    return "".join(line.rstrip() + "\n" for line in text.splitlines())


def _indented(line: str) -> Padding:
    """A line whose continuation lines keep the same indent when it wraps."""
    return Padding(Text(line), (0, 0, 0, INDENT))


def _source_table(
    title: str, sources: list[Source], by_id: dict[str, Attribution], full: bool
) -> Table:
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Source", ratio=3)
    table.add_column("Claims", justify="right", no_wrap=True)
    table.add_column("Relayed", justify="right", no_wrap=True)
    table.add_column("What they said (line)", ratio=5)
    for source in sources:
        claims = [_claim_line(by_id[a], full) for a in source.attributions]
        claims += [_claim_line(by_id[a], full, relayed=True) for a in source.relayed]
        table.add_row(
            _name_and_role(source),
            str(len(source.attributions)),
            str(len(source.relayed)),
            _bullets(claims),
        )
    return table


def _bullets(lines: list[Text]) -> Table:
    """One bullet per claim, wrapped lines hanging under the text, not the bullet, so
    where one claim ends and the next begins stays visible."""
    grid = Table.grid()
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for line in lines:
        grid.add_row("• ", line)
    return grid


def _name_and_role(source: Source) -> RenderableType:
    """The name on its own line(s), the role below it, indented, so that "Volodymyr
    Zelenskyy" and "President of Ukraine" never read as one name, coloured or not."""
    name = Text(source.name, style="bold")
    if not source.role:
        return name
    return Group(name, Padding(Text(source.role, style="dim"), (0, 0, 0, INDENT)))


def _claims_table(title: str, attributions: list[Attribution], full: bool) -> Table:
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Cue", no_wrap=True)
    table.add_column("Claim (line)")
    for a in attributions:
        table.add_row(a.cue.text, _claim_line(a, full))
    return table


def _claim_line(a: Attribution, full: bool, relayed: bool = False) -> Text:
    prefix = "via: " if relayed else ""
    return Text(f"{prefix}{_shorten(a.words, full)} (L{a.line})")


def _shorten(text: str, full: bool) -> str:
    text = " ".join(text.split())
    if not full and len(text) > CLAIM_CHARS:
        text = text[: CLAIM_CHARS - 1].rstrip() + "…"
    return text


def _flag_table(report: Report, full: bool) -> Table:
    table = Table(title="Flags", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Line", no_wrap=True)
    table.add_column("Flag", no_wrap=True)
    table.add_column("Text and reason", ratio=1)
    for f in report.flags:
        cell = Text(_shorten(f.text, full) + "\n")
        cell.append(f.reason, style="dim")
        label = Text(f"{f.type}\n", style="bold")
        label.append(f.severity, style=SEVERITY_STYLE.get(f.severity, ""))
        table.add_row(f"{f.line}:{f.column}", label, cell)
    return table
