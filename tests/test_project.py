"""The project's own promises: the README's two set-up commands, lint, the shipped data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsaudit.data import builtin_outlets, cues

ROOT = Path(__file__).resolve().parent.parent


def test_readme_quickstart_is_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Quickstart", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line for line in block.strip().splitlines() if line.strip()]
    assert commands == [
        "pip install . && newsaudit check samples/port_strike.txt",
        "pip install '.[test]' && pytest",
    ]
    assert (ROOT / "samples" / "port_strike.txt").exists()


def test_readme_excerpt_is_what_the_sample_prints():
    """The README's excerpt of the table for the quickstart sample is real output: each of
    its pieces between "..." is a run of lines the command prints at 80 columns."""
    from newsaudit import audit
    from newsaudit.formats.table import render_table

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    opening = "```\nsamples/port_strike.txt\n"
    excerpt = readme.split(opening, 1)[1].split("```", 1)[0]
    sample = ROOT / "samples" / "port_strike.txt"
    report = audit(sample.read_text(encoding="utf-8"), path="samples/port_strike.txt")
    printed = render_table(report, width=80)
    pieces = ("samples/port_strike.txt\n" + excerpt).split("...\n")
    at = 0
    for piece in pieces:
        found = printed.find(piece, at)
        assert found >= 0, piece
        at = found + len(piece)


def test_ci_runs_the_readme_commands():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install . && newsaudit check samples/port_strike.txt" in ci
    assert "pip install '.[test]' && pytest" in ci


@pytest.mark.parametrize("args", [["check"], ["format", "--check"]])
def test_ruff_clean(args):
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", *args, "newsaudit", "tests", "benchmarks", "tools"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr


def test_lexicon_and_gazetteer_sizes():
    verbs = {cue for cue, pos in cues() if pos == "verb"}
    assert len(verbs) >= 150
    assert {"criticise", "criticize", "point out", "say", "according to"} <= {
        cue for cue, _ in cues()
    }
    assert len(set(builtin_outlets().values())) >= 400
    assert builtin_outlets()["ap"] == "Associated Press"
