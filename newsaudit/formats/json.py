"""JSON renderers: one indented document, or one compact line per report."""

from __future__ import annotations

import json

from newsaudit.report import AuditFailure, Report


def render_json(record: Report | AuditFailure) -> str:
    """One report (or error record) as an indented JSON object: always an object, never an
    array, so ``jq '.sources[]'`` keeps working (several inputs are ``jsonl``'s job)."""
    return json.dumps(record.to_dict(), ensure_ascii=False, indent=2) + "\n"


def render_jsonl(record: Report | AuditFailure) -> str:
    """One report (or error record) as one line of JSON."""
    return json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"
