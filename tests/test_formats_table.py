"""The table: honest width, no trailing spaces, name and role apart, --full, batch summary."""

from __future__ import annotations

import pytest

from newsaudit.cli import app
from newsaudit.formats.table import CLAIM_CHARS, render_batch_summary, render_table
from newsaudit.report import AuditFailure

from .conftest import SAMPLES, article_names


@pytest.mark.parametrize("name", article_names())
@pytest.mark.parametrize("width", [60, 80, 132])
def test_lines_fit_and_end_without_spaces(audited, name, width):
    report, _ = audited[name]
    text = render_table(report, width=width)
    lines = text.splitlines()
    assert all(len(line) <= width for line in lines)
    assert all(line == line.rstrip() for line in lines)
    assert max(len(line) for line in lines) > width - 5  # the width is used, not ignored


def test_role_is_on_its_own_indented_lines(audited):
    report, _ = audited["port_strike"]
    text = render_table(report, width=100)
    lines = text.splitlines()
    name_line = next(n for n, line in enumerate(lines) if "Amina Wekesa" in line)
    assert "general" not in lines[name_line]
    assert lines[name_line + 1].startswith("    general")


def test_full_shows_claims_whole(audited):
    report, _ = audited["port_strike"]
    long = next(a for a in report.attributions if len(a.content.text) > CLAIM_CHARS + 20)
    tail = " ".join(long.content.text.split()[-3:])
    cut = " ".join(render_table(report, width=400).split())
    whole = " ".join(render_table(report, width=400, full=True).split())
    assert tail not in cut
    assert tail in whole


def test_summary_lines_are_indented(audited):
    report, _ = audited["port_strike"]
    text = render_table(report, width=60)
    after = text.split("\nSummary\n", 1)[1].splitlines()
    assert after and all(line.startswith("  ") for line in after)


def test_batch_summary_totals(audited):
    reports = [audited[p.stem][0] for p in SAMPLES]
    failure = AuditFailure("gone.txt", "not_found", "gone.txt: no such file")
    text = render_batch_summary([*reports, failure], width=80)
    flags = sum(len(r.flags) for r in reports)
    assert f"documents: {len(reports) + 1} (1 failed)" in text
    assert f"attributions: {sum(len(r.attributions) for r in reports)}" in text
    assert f"flags: {flags}" in text
    high = sum(1 for r in reports for f in r.flags if f.severity == "high")
    assert f"high {high}" in text
    assert "Most-cited sources" in text


@pytest.mark.parametrize(("columns", "widest"), [("50", 50), ("140", 140)])
def test_columns_variable_sets_the_width_when_piped(runner, monkeypatch, columns, widest):
    monkeypatch.setenv("COLUMNS", columns)
    result = runner.invoke(app, ["check", str(SAMPLES[0])])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= widest
    assert max(len(line) for line in lines) > widest - 10


def test_piped_without_columns_is_80(runner, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    result = runner.invoke(app, ["check", str(SAMPLES[0])])
    lines = result.stdout.splitlines()
    assert 75 < max(len(line) for line in lines) <= 80


def test_several_inputs_end_with_the_batch_summary(runner, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    result = runner.invoke(app, ["check", str(SAMPLES[0]), str(SAMPLES[1])])
    assert result.exit_code == 0
    assert "\nBatch summary\n  documents: 2\n" in result.stdout
    single = runner.invoke(app, ["check", str(SAMPLES[0])])
    assert "Batch summary" not in single.stdout


def test_a_count_of_one_takes_the_singular():
    """ "1 attribution, 1 source", not "1 attributions, 1 sources"; in Markdown too."""
    from newsaudit import audit
    from newsaudit.formats.markdown import render_markdown

    report = audit("Ama Owusu, a clerk, said the ward would vote on Friday.\n")
    line = "1 sentence: 1 attribution, 1 source, 0 flags"
    assert line in render_table(report, width=100)
    assert line in render_markdown([report])
