"""JSON renderers: one indented document, or one compact line per report."""

from __future__ import annotations

import json

from newsaudit.report import AuditFailure, Report

# Line breaks json.dumps leaves raw that line readers split on (str.splitlines, JavaScript).
LINE_BREAKS = str.maketrans({c: f"\\u{ord(c):04x}" for c in "\x85\u2028\u2029"})


def render_json(record: Report | AuditFailure) -> str:
    """One report (or error record) as an indented JSON object: always an object, never an
    array, so ``jq '.sources[]'`` keeps working (several inputs are ``jsonl``'s job)."""
    return json.dumps(record.to_dict(), ensure_ascii=False, indent=2) + "\n"


def render_jsonl(record: Report | AuditFailure) -> str:
    """One report (or error record) as one line of JSON."""
    line = json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":"))
    return line.translate(LINE_BREAKS) + "\n"
