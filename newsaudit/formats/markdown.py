"""GitHub-flavoured Markdown, for a CMS note or a pull-request comment: per document the
sources grouped as in the table, the claims with no named source, the flags and the
summary; for several documents a batch summary at the end.

Article text is data: every character Markdown or HTML would act on is backslash-escaped,
so a claim holding ``*``, ``|``, ``[x](y)`` or ``<script>`` renders as written."""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsaudit.formats.summary import (
    GROUPS,
    BatchSummary,
    batch_lines,
    counts_line,
    summarize,
    summary_lines,
)
from newsaudit.report import Attribution, AuditFailure, Report

# CommonMark lets a backslash escape any ASCII punctuation; these are the ones that could
# start markup inside a heading, a paragraph or a table cell (with "<" escaped, neither an
# HTML tag nor an autolink such as <javascript:...> can open).
SPECIAL = re.compile(r"([\\`*_\[\]<>#!|~&])")


def render_markdown(records: Iterable[Report | AuditFailure]) -> str:
    """The reports (and error records) as one Markdown document."""
    records = list(records)
    parts = [_document(r) if isinstance(r, Report) else _failure(r) for r in records]
    if len(records) > 1:
        parts.append(_batch(summarize(records)))
    return "\n".join(parts)


def escape(text: str) -> str:
    """Text as Markdown that renders exactly as written, on one line."""
    return SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _document(report: Report) -> str:
    doc, summary = report.document, report.summary
    lines = [
        f"## {escape(doc.path or 'standard input')}",
        "",
        counts_line(report),
        "",
    ]
    by_id = {a.id: a for a in report.attributions}
    for title, types in GROUPS:
        members = [s for s in report.sources if s.type in types]
        if not members:
            continue
        lines += [f"### {title}", "", "| Source | Role | Claim | Line |", "|---|---|---|--:|"]
        for source in members:
            claims = [(by_id[a], "") for a in source.attributions]
            claims += [(by_id[a], "via: ") for a in source.relayed]
            name, role = f"**{escape(source.name)}**", escape(source.role or "")
            for n, (a, prefix) in enumerate(claims):
                first = n == 0
                lines.append(_row(name if first else "", role if first else "", prefix, a))
        lines.append("")
    unsourced = [a for a in report.attributions if a.source is None]
    if unsourced:
        lines += ["### No source named", "", "| Cue | Claim | Line |", "|---|---|--:|"]
        lines += [f"| {escape(a.cue.text)} | {escape(a.words)} | {a.line} |" for a in unsourced]
        lines.append("")
    if report.flags:
        lines += [
            "### Flags",
            "",
            "| Line | Severity | Flag | Text | Reason |",
            "|--:|---|---|---|---|",
        ]
        for f in report.flags:
            lines.append(
                f"| {f.line}:{f.column} | {f.severity} | `{f.type}` | {escape(f.text)} "
                f"| {escape(f.reason)} |"
            )
        lines.append("")
    lines += ["### Summary", "", *(f"- {escape(line)}" for line in summary_lines(summary)), ""]
    return "\n".join(lines)


def _row(name: str, role: str, prefix: str, a: Attribution) -> str:
    return f"| {name} | {role} | {prefix}{escape(a.words)} | {a.line} |"


def _failure(failure: AuditFailure) -> str:
    heading = escape(failure.path or "standard input")
    return f"## {heading}\n\n**Error** ({failure.type}): {escape(failure.message)}\n"


def _batch(batch: BatchSummary) -> str:
    lines = ["## Batch summary", "", *(f"- {escape(line)}" for line in batch_lines(batch))]
    if batch.top_sources:
        lines += [
            "",
            "| Most-cited source | Type | Attributions | Documents |",
            "|---|---|--:|--:|",
        ]
        lines += [
            f"| {escape(s.name)} | {s.type} | {s.attributions} | {s.documents} |"
            for s in batch.top_sources
        ]
    return "\n".join(lines) + "\n"
