"""Output formats: an enum and one pure renderer each (report in, text out)."""

from __future__ import annotations

from enum import Enum

from newsaudit.formats.json import render_json, render_jsonl
from newsaudit.formats.table import render_table


class OutputFormat(str, Enum):
    """What ``newsaudit check --format`` accepts."""

    table = "table"
    json = "json"
    jsonl = "jsonl"


__all__ = ["OutputFormat", "render_json", "render_jsonl", "render_table"]
