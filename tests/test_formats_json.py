"""JSON: one object per run, valid against the schema, for every sample and the seed."""

from __future__ import annotations

import json

import pytest

from newsaudit.formats.json import render_json
from newsaudit.report import AuditFailure

from .conftest import article_names, check_report


@pytest.mark.parametrize("name", article_names())
def test_json_validates_for_every_article(audited, name):
    report, text = audited[name]
    data = check_report(json.loads(render_json(report)), text)
    assert isinstance(data, dict)
    assert len(data["attributions"]) == len(report.attributions)


def test_a_failed_input_is_one_error_object():
    failure = AuditFailure("gone.txt", "not_found", "gone.txt: no such file")
    data = check_report(json.loads(render_json(failure)))
    assert data["error"] == {"type": "not_found", "message": "gone.txt: no such file"}
