"""The table for people: sources grouped by kind, their claims, then flags and a summary."""

from __future__ import annotations

from io import StringIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsaudit.report import Attribution, Report, Source

GROUPS = (
    ("Outlets", ("outlet",)),
    ("People", ("person",)),
    ("Organizations", ("organization",)),
    ("Anonymous and vague", ("anonymous",)),
    ("Documents", ("document",)),
    ("Unresolved", ("unresolved",)),
)
CLAIM_CHARS = 90
SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan", "info": "dim"}


def render_table(report: Report, *, width: int = 80, color: bool = False) -> str:
    """Render one report as text tables, ``width`` columns wide."""
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
    doc, summary = report.document, report.summary
    console.print(
        Text(f"{doc.path or '-'}", style="bold"),
        Text(
            f"{doc.characters} characters, {doc.sentences} sentences: "
            f"{summary['attributions']} attributions, {summary['sources']} sources, "
            f"{summary['flags']} flags"
        ),
    )
    by_id = {a.id: a for a in report.attributions}
    for title, types in GROUPS:
        members = [s for s in report.sources if s.type in types]
        if members:
            console.print(_source_table(title, members, by_id))
    unsourced = [a for a in report.attributions if a.source is None]
    if unsourced:
        console.print(_claims_table("No source named", unsourced))
    if report.flags:
        console.print(_flag_table(report))
    console.print(_summary_text(summary))
    return out.getvalue()


def _source_table(title: str, sources: list[Source], by_id: dict[str, Attribution]) -> Table:
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Source", ratio=2)
    table.add_column("Claims", justify="right", no_wrap=True)
    table.add_column("Relayed", justify="right", no_wrap=True)
    table.add_column("What they said (line)", ratio=5)
    for source in sources:
        name = Text(source.name, style="bold")
        if source.role:
            name.append("\n" + source.role, style="dim")
        claims = [_claim_line(by_id[a]) for a in source.attributions]
        claims += [_claim_line(by_id[a], relayed=True) for a in source.relayed]
        table.add_row(
            name, str(len(source.attributions)), str(len(source.relayed)), "\n".join(claims)
        )
    return table


def _claims_table(title: str, attributions: list[Attribution]) -> Table:
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Cue", no_wrap=True)
    table.add_column("Claim (line)")
    for a in attributions:
        table.add_row(a.cue.text, _claim_line(a))
    return table


def _claim_line(a: Attribution, relayed: bool = False) -> str:
    text = " ".join(a.content.text.split())
    if len(text) > CLAIM_CHARS:
        text = text[: CLAIM_CHARS - 1].rstrip() + "…"
    prefix = "via: " if relayed else ""
    return f"{prefix}{text} (L{a.line})"


def _flag_table(report: Report) -> Table:
    table = Table(title="Flags", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Line", no_wrap=True)
    table.add_column("Flag", no_wrap=True)
    table.add_column("Text and reason", ratio=1)
    for f in report.flags:
        text = " ".join(f.text.split())
        if len(text) > CLAIM_CHARS:
            text = text[: CLAIM_CHARS - 1].rstrip() + "…"
        cell = Text(text + "\n")
        cell.append(f.reason, style="dim")
        label = Text(f"{f.type}\n", style="bold")
        label.append(f.severity, style=SEVERITY_STYLE.get(f.severity, ""))
        table.add_row(f"{f.line}:{f.column}", label, cell)
    return table


def _summary_text(summary: dict) -> Text:
    text = Text("Summary\n", style="bold")
    share = summary.get("attributed_share")
    if share is not None:
        text.append(f"  attributed claim sentences: {share:.0%} of {summary['claim_sentences']}\n")
    mix = summary.get("attribution_mix") or {}
    if mix:
        text.append("  attributions by source: " + _counts(mix) + "\n")
    if summary.get("by_flag_type"):
        text.append("  flags by type: " + _counts(summary["by_flag_type"]) + "\n")
        text.append("  flags by severity: " + _counts(summary["by_severity"]) + "\n")
    return text


def _counts(counts: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items())
