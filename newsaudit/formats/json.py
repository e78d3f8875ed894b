"""JSON renderers: one indented document, or one compact line per report."""

from __future__ import annotations

import json
from typing import Any

from newsaudit.report import SCHEMA_VERSION, Report


def error_record(path: str, kind: str, message: str) -> dict[str, Any]:
    """The record that stands for an input that could not be audited."""
    return {
        "schema_version": SCHEMA_VERSION,
        "document": {"path": path},
        "error": {"type": kind, "message": message},
    }


def render_json(records: list[Report | dict[str, Any]]) -> str:
    """One report as a JSON object; several as a JSON array."""
    data = [_plain(r) for r in records]
    return json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(record: Report | dict[str, Any]) -> str:
    """One report (or error record) as one line of JSON."""
    return json.dumps(_plain(record), ensure_ascii=False, separators=(",", ":")) + "\n"


def _plain(record: Report | dict[str, Any]) -> dict[str, Any]:
    return record.to_dict() if isinstance(record, Report) else record
