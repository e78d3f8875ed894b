"""Output formats: an enum, and one pure renderer module each (reports in, text out):
``json``, ``table``, ``csv``, ``markdown`` and ``html``; ``summary`` holds what they
share (source groups, summary lines, batch totals). Renderers are imported where used, so
that ``--help`` pays for neither rich nor Jinja2."""

from __future__ import annotations

from enum import StrEnum


class OutputFormat(StrEnum):
    """What ``newsaudit check --format`` accepts."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    html = "html"
