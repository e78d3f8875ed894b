"""CSV for spreadsheets and pandas: one row per attribution, RFC 4180 (the ``csv`` module,
CRLF line ends, fields quoted when they hold a comma, a quote or a line break).

Every text cell comes from the article, which may be a page anyone wrote, and a
spreadsheet runs a cell that opens with ``=``, ``+``, ``-``, ``@`` or a tab as a formula
(CSV injection). Such a cell is written with a leading apostrophe, as OWASP advises:
spreadsheets then show it as text, and the apostrophe is the only change.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from newsaudit.report import AuditFailure, Report

# What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

COLUMNS = (
    "document",
    "line",
    "kind",
    "category",
    "cue",
    "source",
    "source_type",
    "role",
    "via",
    "content",
)


def render_csv(records: Iterable[Report | AuditFailure], *, header: bool = True) -> str:
    """Rows for every attribution of every report, in text order.

    A failed input is one row of kind ``error`` with its message as the content, and a
    report with no attributions one row of kind ``none``, so a batch keeps every input
    in its place. ``header=False`` continues a stream.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if header:
        writer.writerow(COLUMNS)
    for record in records:
        writer.writerows(tuple(map(_inert, row)) for row in _rows(record))
    return out.getvalue()


def _inert(cell: object) -> object:
    """A text cell a spreadsheet would run as a formula, made plain text."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def _rows(record: Report | AuditFailure) -> Iterable[tuple]:
    if isinstance(record, AuditFailure):
        yield (record.path or "", "", "error", record.type, "", "", "", "", "", record.message)
        return
    sources = {s.id: s for s in record.sources}
    path = record.document.path or ""
    if not record.attributions:
        # audited, nothing found: a row of its own, so no input drops out of the table
        yield (path, "", "none", "", "", "", "", "", "", "")
        return
    for a in record.attributions:
        source = sources[a.source.id] if a.source else None
        yield (
            path,
            a.line,
            a.kind,
            a.category,
            a.cue.text,
            source.name if source else "",
            source.type if source else "",
            (source.role or "") if source else "",
            sources[a.via].name if a.via else "",
            a.words,
        )
