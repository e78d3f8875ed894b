"""Configuration: [tool.newsaudit] or newsaudit.toml, found upward; the command line wins;
unknown keys and bad values are one-line errors with exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsaudit.cli import app
from newsaudit.config import ConfigError, Settings, apply_flag_settings, parse_config
from newsaudit.exitcodes import ExitCode

from .conftest import SAMPLES

SAMPLE = {p.stem: p for p in SAMPLES}["drug_trial"]


def test_parse_every_key(tmp_path):
    text = """
[tool.newsaudit]
format = "csv"
fail-on = "medium"
fail-on-type = ["anonymous_source"]
outlets = "lists/outlets.txt"
disable = ["loaded_cue"]
model = "en_core_web_md"

[tool.newsaudit.severity]
vague_source = "low"
"""
    settings = parse_config(text, tmp_path / "pyproject.toml")
    assert settings == Settings(
        format="csv",
        fail_on="medium",
        fail_on_type=("anonymous_source",),
        outlets=tmp_path / "lists" / "outlets.txt",
        disable=("loaded_cue",),
        severity=(("vague_source", "low"),),
        model="en_core_web_md",
    )


def test_pyproject_without_our_table_is_not_a_config(tmp_path):
    assert parse_config("[tool.other]\nx = 1\n", tmp_path / "pyproject.toml") is None
    assert parse_config("", tmp_path / "newsaudit.toml") == Settings()


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('formt = "csv"', "unknown key 'formt'"),
        ('format = "xml"', "format = 'xml'"),
        ('fail-on = "severe"', "fail-on = 'severe'"),
        ('disable = ["no_such_flag"]', "disable"),
        ('severity = { vague_source = "extreme" }', "severity"),
        ("model = 3", "model = 3"),
        ("format = ", "not valid TOML"),
    ],
)
def test_bad_config_is_one_clear_line(tmp_path, text, needle):
    with pytest.raises(ConfigError) as err:
        parse_config(text + "\n", tmp_path / "newsaudit.toml")
    message = str(err.value)
    assert needle in message and "\n" not in message
    assert str(tmp_path / "newsaudit.toml") in message


def test_disable_and_severity_rewrite_flags_and_counts(audited):
    report, _ = audited["port_strike"]
    settings = Settings(disable=("loaded_cue",), severity=(("vague_source", "high"),))
    changed = apply_flag_settings(report, settings)
    assert not any(f.type == "loaded_cue" for f in changed.flags)
    assert all(f.severity == "high" for f in changed.flags if f.type == "vague_source")
    removed = sum(1 for f in report.flags if f.type == "loaded_cue")
    assert changed.summary["flags"] == len(report.flags) - removed
    assert "loaded_cue" not in changed.summary["by_flag_type"]
    vague = report.summary["by_flag_type"]["vague_source"]
    high = report.summary["by_severity"].get("high", 0)
    assert changed.summary["by_severity"]["high"] == high + vague
    assert changed.summary["attributed_share"] == report.summary["attributed_share"]


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def test_found_from_the_working_directory_upward(runner, tmp_path, monkeypatch):
    write(tmp_path, "pyproject.toml", '[tool.newsaudit]\nformat = "csv"\n')
    write(tmp_path / "a", "pyproject.toml", "[project]\nname = 'x'\n")  # no table: go on up
    monkeypatch.chdir(tmp_path / "a")
    result = runner.invoke(app, ["check", str(SAMPLE)])
    assert result.exit_code == ExitCode.OK
    assert result.stdout.startswith("document,line,kind")
    write(tmp_path / "a", "newsaudit.toml", 'format = "jsonl"\n')  # nearer wins
    result = runner.invoke(app, ["check", str(SAMPLE)])
    assert json.loads(result.stdout)["document"]["path"] == str(SAMPLE)


def test_command_line_overrides_the_file(runner, tmp_path, monkeypatch):
    write(tmp_path, "newsaudit.toml", 'format = "csv"\nfail-on = "info"\n')
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["check", str(SAMPLE)]).exit_code == ExitCode.POLICY
    result = runner.invoke(app, ["check", str(SAMPLE), "-f", "json", "--fail-on", "high"])
    assert result.exit_code == ExitCode.OK
    assert json.loads(result.stdout)["schema_version"] == "1"


def test_config_option_and_relative_outlets_file(runner, tmp_path):
    article = write(tmp_path, "a.txt", "The harbour board will meet, the Quayside Courier said.\n")
    write(tmp_path / "conf", "outlets.txt", "Quayside Courier | the Courier\n")
    config = write(tmp_path / "conf", "settings.toml", 'outlets = "outlets.txt"\nformat = "json"\n')
    result = runner.invoke(app, ["check", str(article), "--config", str(config)])
    assert result.exit_code == ExitCode.OK
    data = json.loads(result.stdout)
    assert [(s["name"], s["type"]) for s in data["sources"]] == [("Quayside Courier", "outlet")]


def test_disabled_flags_do_not_trip_the_gate(runner, tmp_path, monkeypatch):
    write(tmp_path, "newsaudit.toml", "")
    monkeypatch.chdir(tmp_path)
    data = json.loads(runner.invoke(app, ["check", str(SAMPLE), "-f", "json"]).stdout)
    types = sorted(data["summary"]["by_flag_type"])
    write(tmp_path, "newsaudit.toml", f"disable = {json.dumps(types)}\n")
    result = runner.invoke(app, ["check", str(SAMPLE), "-f", "json", "--fail-on", "info"])
    assert result.exit_code == ExitCode.OK
    assert json.loads(result.stdout)["flags"] == []


@pytest.mark.parametrize("text", ['colour = "red"\n', 'fail-on = "loud"\n'])
def test_bad_config_file_exits_2_with_one_line(runner, tmp_path, monkeypatch, text):
    write(tmp_path, "newsaudit.toml", text)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", str(SAMPLE)])
    assert result.exit_code == ExitCode.INPUT
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("newsaudit: error: ")
    assert result.stdout == ""


def test_missing_config_file_is_an_error(runner, tmp_path):
    result = runner.invoke(app, ["check", str(SAMPLE), "--config", str(tmp_path / "no.toml")])
    assert result.exit_code == ExitCode.INPUT
    assert "no.toml" in result.stderr


def test_the_readme_block_works_in_a_file_of_any_name(tmp_path):
    """The README shows the settings as a [tool.newsaudit] table; copied into a file that
    --config names (or a newsaudit.toml), the table is read, not refused as a key "tool"."""
    text = '[tool.newsaudit]\nformat = "csv"\n\n[tool.newsaudit.severity]\nvague_source = "low"\n'
    for name in ("ci.toml", "newsaudit.toml"):
        settings = parse_config(text, tmp_path / name)
        assert (settings.format, settings.severity) == ("csv", (("vague_source", "low"),))


def test_a_table_beside_other_keys_is_still_an_unknown_key(tmp_path):
    """Guard: a file mixing top-level keys and a tool table is an error naming the key."""
    with pytest.raises(ConfigError, match="tool"):
        parse_config('format = "csv"\n[tool.newsaudit]\nformat = "json"\n', tmp_path / "a.toml")
