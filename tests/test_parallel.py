"""Scale: worker processes, the size limit, bounded parser pieces and the first result."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsaudit import engine, parallel, segments
from newsaudit.cli import app
from newsaudit.exitcodes import ExitCode
from newsaudit.report import AuditFailure, Report

from .conftest import check_report

ARTICLES = [
    "The mayor said the budget would pass.\n\u201cWe are ready,\u201d she told reporters.\n",
    "Flooding closed two roads, according to the county.\nOfficials fear more rain.\n",
    "A union leader, Ana Ruiz, said talks had stalled.\n",
    "The vote was delayed. Critics said the plan was rushed, the Gazette reported.\n",
]


def _dicts(results) -> list[dict]:
    return [r.to_dict() for r in results]


def test_two_jobs_give_the_single_process_reports_in_order(nlp):
    items = [(f"doc{n}.txt", text) for n, text in enumerate(ARTICLES * 3)]
    alone = _dicts(engine.audit_many(items, nlp=nlp))
    together = _dicts(parallel.audit_parallel(iter(items), 2))
    assert together == alone
    assert [r["document"]["path"] for r in together] == [p for p, _ in items]


def _trap_in_workers(monkeypatch, word: str, spring) -> None:
    """Make every worker call ``spring()`` when it reads a document containing ``word``
    (workers are forked after this, so they inherit the trap)."""
    real = parallel._audit_stream

    def trapped(items, nlp, outlets):
        def watched():
            for item in items:
                if item is not engine.FLUSH and word in item[1]:
                    spring()
                yield item

        return real(watched(), nlp, outlets)

    monkeypatch.setattr(parallel, "_audit_stream", trapped)


def _audit_with_one_bad(items: list, bad: int) -> AuditFailure:
    """Audit over two workers; check every input has its result, in order, and only the
    bad one failed; return its failure."""
    results = list(parallel.audit_parallel(items, 2))
    paths = [r.document.path if isinstance(r, Report) else r.path for r in results]
    assert paths == [p for p, _ in items]
    assert all(isinstance(r, Report) for n, r in enumerate(results) if n != bad)
    assert isinstance(results[bad], AuditFailure)
    assert results[bad].type == "internal"
    return results[bad]


def test_a_dead_worker_costs_one_document(monkeypatch):
    # what a segfault or the OOM killer leaves behind
    _trap_in_workers(monkeypatch, "CRASH", lambda: os._exit(9))
    items = [("a.txt", ARTICLES[0]), ("b.txt", "CRASH " + ARTICLES[1])]
    items += [(f"c{n}.txt", ARTICLES[2]) for n in range(3 * parallel.IN_FLIGHT)]
    assert "exit code 9" in _audit_with_one_bad(items, 1).message


def test_a_bug_in_a_worker_stream_costs_one_document(monkeypatch):
    def bug():
        raise ValueError("a bug in the parse step")

    _trap_in_workers(monkeypatch, "BUG", bug)
    items = [(f"d{n}.txt", ARTICLES[n % 4]) for n in range(10)]
    items[6] = ("bug.txt", "BUG " + ARTICLES[0])
    assert "ValueError: a bug in the parse step" in _audit_with_one_bad(items, 6).message


def test_flush_finishes_what_was_read_and_changes_nothing(nlp):
    items = [(f"doc{n}.txt", text) for n, text in enumerate(ARTICLES)]
    read: list[str] = []

    def flushed():
        for path, text in items:
            read.append(path)
            yield path, text
            yield engine.FLUSH

    stream = engine.audit_many(flushed(), nlp=nlp)
    reports = [next(stream), next(stream)]
    assert read == ["doc0.txt", "doc1.txt"]  # the second came before a third was read
    reports += list(stream)
    assert _dicts(reports) == _dicts(engine.audit_many(items, nlp=nlp))


def test_workers_do_not_outlive_a_killed_parent(tmp_path):
    script = tmp_path / "batch.py"
    script.write_text(
        "import multiprocessing\n"
        "from newsaudit import parallel\n"
        "items = [(str(n), 'The mayor said the budget would pass. ' * 40) for n in range(500)]\n"
        "for n, _ in enumerate(parallel.audit_parallel(items, 2)):\n"
        "    if n == 0:\n"
        "        print(*(p.pid for p in multiprocessing.active_children()), flush=True)\n",
        encoding="utf-8",
    )
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    workers = [int(pid) for pid in parent.stdout.readline().split()]
    assert len(workers) == 2
    parent.kill()  # no clean-up runs: only the closed pipe tells the workers
    parent.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in workers)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its parent (init here) reaps it


def test_job_count_zero_means_one_per_core():
    assert parallel.job_count(3) == 3
    assert parallel.job_count(0) >= 1


def test_cli_jobs_two_equals_jobs_one(tmp_path):
    for n, text in enumerate(ARTICLES):
        (tmp_path / f"{n}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "1b.txt").write_bytes(b"\x00\x01binary")
    runner = CliRunner()
    outputs = []
    for jobs in ("1", "2"):
        result = runner.invoke(app, ["check", str(tmp_path), "-f", "jsonl", "-j", jobs])
        assert result.exit_code == ExitCode.INPUT  # the binary file
        outputs.append([check_report(json.loads(line)) for line in result.stdout.splitlines()])
    assert outputs[0] == outputs[1]
    assert ["error" in r for r in outputs[1]] == [False, False, True, False, False]


def test_document_over_max_chars_is_an_error_record(tmp_path):
    small, big = tmp_path / "a.txt", tmp_path / "b.txt"
    small.write_text(ARTICLES[0], encoding="utf-8")
    big.write_text(ARTICLES[1] * 10, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["check", str(small), str(big), "-f", "jsonl", "--max-chars", "500"]
    )
    assert result.exit_code == ExitCode.INPUT
    records = [check_report(json.loads(line)) for line in result.stdout.splitlines()]
    assert "error" not in records[0]
    assert records[1]["error"]["type"] == "too_large"
    assert "newsaudit: error:" in result.stderr


@pytest.mark.parametrize(
    "paragraph",
    [
        "word " * 5000,  # longer than a piece: cut at spaces
        "x" * 25_000,  # no space at all
        "She said it was over" + "!" * 1000 + " and left.",  # a punctuation run
        "\u201c" * 3000 + " the end",  # a run of opening quotes
    ],
)
def test_pieces_cover_the_segment_exactly_and_are_bounded(paragraph):
    pieces = list(segments.pieces(paragraph, 0, len(paragraph)))
    assert "".join(paragraph[s:e] for s, e in pieces) == paragraph
    assert all(0 < e - s <= segments.PIECE for s, e in pieces)
    for s, e in pieces:
        assert segments._PUNCT_RUN.search(paragraph, s, e - segments.PUNCT_RUN) is None


def test_a_paragraph_parsed_in_pieces_keeps_exact_offsets(run):
    text = (
        "Officials said the bridge would reopen" + "?" * 500 + " in spring.\n"
        "\u201cIt is safe,\u201d the engineer said. " + "The repairs went on. " * 600 + "\n"
    )
    data = run(text)  # run checks every span's offsets against the text
    assert data["document"]["characters"] == len(text)
    assert any(a["cue"]["text"] == "said" for a in data["attributions"])


def test_first_report_arrives_before_the_next_document_is_read(nlp):
    read: list[str] = []

    def items():
        for n, text in enumerate(ARTICLES):
            read.append(f"doc{n}")
            yield f"doc{n}", text

    stream = engine.audit_many(items(), nlp=nlp)
    first = next(stream)
    assert first.document.path == "doc0"
    assert read == ["doc0"]
