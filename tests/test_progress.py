"""Progress and --quiet: a bar only for a batch on a terminal's stderr, warnings silenced."""

from __future__ import annotations

import io

from typer.testing import CliRunner

from newsaudit.cli import app
from newsaudit.cli import writing as cli

NOT_ENGLISH = (
    "Le maire a déclaré lundi que le budget de la ville serait voté avant la fin du mois, "
    "selon le conseil municipal, et que les impôts locaux ne changeraient pas.\n"
)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_quiet_silences_warnings(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text(NOT_ENGLISH, encoding="utf-8")
    loud = CliRunner().invoke(app, ["check", str(path), "-f", "jsonl"])
    assert "newsaudit: warning:" in loud.stderr
    quiet = CliRunner().invoke(app, ["check", str(path), "-f", "jsonl", "--quiet"])
    assert quiet.stderr == ""
    assert quiet.stdout == loud.stdout


def test_progress_only_for_a_batch_on_a_terminal(monkeypatch, tmp_path):
    monkeypatch.setattr(cli.sys, "stderr", Terminal())
    monkeypatch.setattr(cli.sys, "stdout", io.StringIO())  # reports piped
    assert cli.wants_progress(3, None, quiet=False)
    assert not cli.wants_progress(1, None, quiet=False)  # one document: no bar
    assert not cli.wants_progress(3, None, quiet=True)
    monkeypatch.setattr(cli.sys, "stdout", Terminal())  # reports on that same terminal
    assert not cli.wants_progress(3, None, quiet=False)
    assert cli.wants_progress(3, tmp_path / "out.csv", quiet=False)
    monkeypatch.setattr(cli.sys, "stderr", io.StringIO())  # stderr piped: never
    assert not cli.wants_progress(3, tmp_path / "out.csv", quiet=False)


def test_progress_passes_records_through_and_draws_on_stderr(monkeypatch):
    stderr = Terminal()
    monkeypatch.setattr(cli.sys, "stderr", stderr)
    records = ["a", "b", "c"]
    assert list(cli.with_progress(iter(records), 3, [])) == records
    assert "3/3" in stderr.getvalue()
