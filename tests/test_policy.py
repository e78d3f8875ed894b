"""--fail-on and --fail-on-type: exit 1 when the policy fails, after the report is written;
input errors (2) take precedence."""

from __future__ import annotations

import json

import pytest

from newsaudit.cli import app
from newsaudit.exitcodes import ExitCode, policy_code

from .conftest import SAMPLES, SEED

SAMPLE = {p.stem: p for p in SAMPLES}
# drug_trial's golden file holds no high flag (medium, low and info only).
NO_HIGH = SAMPLE["drug_trial"]


def test_policy_code_thresholds():
    flags = [("loaded_cue", "info"), ("vague_source", "medium")]
    assert policy_code(flags, None) is ExitCode.OK
    assert policy_code(flags, "medium") is ExitCode.POLICY
    assert policy_code(flags, "high") is ExitCode.OK
    assert policy_code(flags, "info", ["loaded_cue"]) is ExitCode.POLICY
    assert policy_code(flags, "low", ["loaded_cue"]) is ExitCode.OK
    assert policy_code(flags, None, ["vague_source"]) is ExitCode.POLICY
    assert policy_code([], "info") is ExitCode.OK


@pytest.mark.skipif(not SEED, reason="../shared/seed is not here")
def test_seed_fails_on_high_after_writing_the_report(runner):
    result = runner.invoke(app, ["check", str(SEED[0]), "--fail-on", "high", "-f", "json"])
    assert result.exit_code == ExitCode.POLICY
    data = json.loads(result.stdout)  # the whole report was written first
    high = [f["text"] for f in data["flags"] if f["severity"] == "high"]
    assert any("Washington privately urged" in text for text in high)


def test_sample_without_high_flag_passes(runner):
    golden = json.loads(
        (NO_HIGH.parent.parent / "tests" / "golden" / "drug_trial.json").read_text()
    )
    assert "high" not in golden["summary"]["by_severity"]
    result = runner.invoke(app, ["check", str(NO_HIGH), "--fail-on", "high"])
    assert result.exit_code == ExitCode.OK
    assert runner.invoke(app, ["check", str(NO_HIGH), "--fail-on", "medium"]).exit_code == 1


def test_fail_on_type_limits_the_gate(runner):
    args = ["check", str(NO_HIGH), "-f", "jsonl"]
    data = json.loads(runner.invoke(app, args).stdout)
    present = set(data["summary"]["by_flag_type"])
    absent = "unbalanced_quotes"
    assert absent not in present
    assert runner.invoke(app, [*args, "--fail-on-type", absent]).exit_code == ExitCode.OK
    some = sorted(present)[0]
    result = runner.invoke(app, [*args, "--fail-on-type", f"{absent},{some}"])
    assert result.exit_code == ExitCode.POLICY


def test_input_error_takes_precedence_over_policy(runner, tmp_path):
    result = runner.invoke(
        app, ["check", str(SAMPLE["port_strike"]), str(tmp_path / "gone.txt"), "--fail-on", "info"]
    )
    assert result.exit_code == ExitCode.INPUT


@pytest.mark.parametrize(
    ("args", "needle"),
    [(["--fail-on", "severe"], "--fail-on"), (["--fail-on-type", "typo_flag"], "typo_flag")],
)
def test_bad_policy_option_is_one_line_exit_2(runner, args, needle):
    result = runner.invoke(app, ["check", str(NO_HIGH), *args])
    assert result.exit_code == ExitCode.INPUT
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("newsaudit: error:") and needle in result.stderr
