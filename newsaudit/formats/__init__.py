"""Output formats: an enum, and one pure renderer each (report in, text out) in
``formats.json`` and ``formats.table``. Renderers are imported where used, so that
``--help`` does not pay for rich."""

from __future__ import annotations

from enum import StrEnum


class OutputFormat(StrEnum):
    """What ``newsaudit check --format`` accepts."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
