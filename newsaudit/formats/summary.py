"""What every format says the same way: the source groups, the summary lines of a report,
and the totals over a batch (documents, attributions, flags, most-cited sources)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from newsaudit.report import SEVERITIES, AuditFailure, Report

# The source groups, in the order a reader wants them.
GROUPS = (
    ("Outlets", ("outlet",)),
    ("People", ("person",)),
    ("Organizations", ("organization",)),
    ("Anonymous and vague", ("anonymous",)),
    ("Documents", ("document",)),
    ("Unresolved", ("unresolved",)),
)
# Source types worth listing among the most cited: a pronoun with nothing to refer back
# to names nobody.
CITABLE = ("outlet", "person", "organization", "anonymous", "document")
TOP_SOURCES = 5


def counts_line(report: Report) -> str:
    """ "3713 characters, 36 sentences: 20 attributions, 1 source, 14 flags": the size of
    a report, each count with its noun in the number it takes."""
    doc, summary = report.document, report.summary
    sizes = (
        (doc.characters, "character"),
        (doc.sentences, "sentence"),
        (summary["attributions"], "attribution"),
        (summary["sources"], "source"),
        (summary["flags"], "flag"),
    )
    words = [f"{n} {noun}{'' if n == 1 else 's'}" for n, noun in sizes]
    return f"{', '.join(words[:2])}: {', '.join(words[2:])}"


@dataclass(frozen=True)
class CitedSource:
    """A source by name and type across a batch: its attributions and in how many documents."""

    name: str
    type: str
    attributions: int
    documents: int


@dataclass(frozen=True)
class BatchSummary:
    """What a batch amounts to: counts, flags by type and by severity, the most-cited sources."""

    documents: int
    failed: int
    attributions: int
    flags: int
    by_flag_type: dict[str, int]
    by_severity: dict[str, int]
    top_sources: tuple[CitedSource, ...]


def summarize(records: Iterable[Report | AuditFailure], top: int = TOP_SOURCES) -> BatchSummary:
    """Total the reports of a batch; failed inputs are counted, not summed."""
    reports, failed = [], 0
    for record in records:
        if isinstance(record, Report):
            reports.append(record)
        else:
            failed += 1
    flags = [f for r in reports for f in r.flags]
    severities = Counter(f.severity for f in flags)
    cited: Counter[tuple[str, str]] = Counter()
    documents: Counter[tuple[str, str]] = Counter()
    for report in reports:
        for source in report.sources:
            if source.type in CITABLE and source.attributions:
                cited[(source.name, source.type)] += len(source.attributions)
                documents[(source.name, source.type)] += 1
    ranked = sorted(cited.items(), key=lambda item: (-item[1], item[0]))[:top]
    return BatchSummary(
        documents=len(reports) + failed,
        failed=failed,
        attributions=sum(len(r.attributions) for r in reports),
        flags=len(flags),
        by_flag_type=dict(Counter(f.type for f in flags).most_common()),
        by_severity={s: severities[s] for s in reversed(SEVERITIES) if severities[s]},
        top_sources=tuple(
            CitedSource(name, kind, count, documents[(name, kind)])
            for (name, kind), count in ranked
        ),
    )


def summary_lines(summary: dict) -> list[str]:
    """The summary of one report as short lines: attributed share, mix, flags."""
    lines = []
    share = summary.get("attributed_share")
    if share is not None:
        lines.append(f"attributed claim sentences: {share:.0%} of {summary['claim_sentences']}")
    if summary.get("attribution_mix"):
        lines.append("attributions by source: " + counts(summary["attribution_mix"]))
    if summary.get("by_flag_type"):
        lines.append("flags by type: " + counts(summary["by_flag_type"]))
        lines.append("flags by severity: " + counts(summary["by_severity"]))
    return lines


def batch_lines(batch: BatchSummary) -> list[str]:
    """The totals of a batch as short lines (the most-cited sources are a table)."""
    failed = f" ({batch.failed} failed)" if batch.failed else ""
    lines = [f"documents: {batch.documents}{failed}", f"attributions: {batch.attributions}"]
    lines.append(f"flags: {batch.flags}")
    if batch.flags:
        lines.append("flags by type: " + counts(batch.by_flag_type))
        lines.append("flags by severity: " + counts(batch.by_severity))
    return lines


def counts(table: dict[str, int]) -> str:
    """``{"a": 1, "b": 2}`` as ``a 1, b 2``."""
    return ", ".join(f"{k} {v}" for k, v in table.items())
