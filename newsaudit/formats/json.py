"""JSON renderers: one indented document, or one compact line per report."""

from __future__ import annotations

import json

from newsaudit.report import AuditFailure, Report


def render_json(records: list[Report | AuditFailure]) -> str:
    """One report (or error record) as a JSON object; several as a JSON array."""
    data = [r.to_dict() for r in records]
    return json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(record: Report | AuditFailure) -> str:
    """One report (or error record) as one line of JSON."""
    return json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"
