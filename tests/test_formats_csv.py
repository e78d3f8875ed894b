"""CSV: one row per attribution, RFC 4180, read back with csv.DictReader."""

from __future__ import annotations

import csv
import io

import pytest

from newsaudit.formats.csv import COLUMNS, render_csv
from newsaudit.report import AuditFailure

from .conftest import article_names


def read(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


@pytest.mark.parametrize("name", article_names())
def test_csv_reads_back_one_row_per_attribution(audited, name):
    report, _ = audited[name]
    rows = read(render_csv([report]))
    assert len(rows) == len(report.attributions)
    names = {s.id: s.name for s in report.sources}
    for row, a in zip(rows, report.attributions, strict=True):
        assert row["content"] == a.words  # line breaks and quotes survive
        assert row["cue"] == a.cue.text
        assert row["line"] == str(a.line)
        assert row["source"] == (names[a.source.id] if a.source else "")
        assert row["via"] == (names[a.via] if a.via else "")


def test_header_and_crlf_line_ends(audited):
    report, _ = audited["port_strike"]
    text = render_csv([report])
    assert text.split("\r\n", 1)[0] == ",".join(COLUMNS)
    assert text.endswith("\r\n")


def test_relayed_claim_names_its_outlet(audited):
    report, _ = audited["port_strike"]
    relayed = [r for r in read(render_csv([report])) if r["via"]]
    assert relayed and {r["via"] for r in relayed} == {"Associated Press"}


def test_batch_keeps_failures_in_place(audited):
    first, _ = audited["city_budget"]
    second, _ = audited["drug_trial"]
    failure = AuditFailure("bad.txt", "binary", 'bad.txt: looks like a binary file, "x", y')
    rows = read(render_csv([first, failure, second]))
    assert len(rows) == len(first.attributions) + 1 + len(second.attributions)
    error = rows[len(first.attributions)]
    assert (error["document"], error["kind"], error["category"]) == ("bad.txt", "error", "binary")
    assert error["content"] == failure.message
    assert rows[-1]["document"] == second.document.path


def test_continuing_a_stream_writes_no_second_header(audited):
    report, _ = audited["city_budget"]
    text = render_csv([report]) + render_csv([report], header=False)
    assert len(read(text)) == 2 * len(report.attributions)


def test_cells_a_spreadsheet_would_run_are_written_as_text():
    from newsaudit import audit

    report = audit("Ama Owusu, a clerk, said +3 points was the swing in the ward.\n")
    failure = AuditFailure("=cmd.txt", "binary", "=cmd.txt: looks like a binary file")
    rows = read(render_csv([report, failure]))
    assert [r["content"] for r in rows] == [
        "'+3 points was the swing in the ward",
        "'=cmd.txt: looks like a binary file",
    ]
    assert rows[1]["document"] == "'=cmd.txt"
    assert rows[0]["source"] == "Ama Owusu"  # other cells are untouched


def test_a_document_with_no_attributions_keeps_its_row(audited):
    """A batch audited with nothing found in one input still lists that input, in place."""
    from newsaudit import audit

    first, _ = audited["city_budget"]
    quiet = audit(
        "The river rose four metres overnight and flooded the lower town.\n", path="q.txt"
    )
    rows = read(render_csv([first, quiet, first]))
    assert len(rows) == 2 * len(first.attributions) + 1
    row = rows[len(first.attributions)]
    assert (row["document"], row["kind"], row["source"], row["content"]) == (
        "q.txt",
        "none",
        "",
        "",
    )
