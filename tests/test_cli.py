"""The command line, through typer's runner: formats, inputs, and every exit code."""

from __future__ import annotations

import json

import pytest

from newsaudit import __version__
from newsaudit.cli import app
from newsaudit.exitcodes import ExitCode

from .conftest import check_report

ARTICLE = (
    "Port workers walked out on Monday.\n"
    "\u201cWe have waited long enough,\u201d said Maria Okonjo, a union organiser.\n"
    "The port authority said it would meet the union on Friday, according to Reuters.\n"
)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "strike.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == ExitCode.OK
    assert result.stdout.strip() == f"newsaudit {__version__}"


def test_help_lists_the_options(runner):
    result = runner.invoke(app, ["check", "--help"])
    assert result.exit_code == 0
    for option in ("--format", "--output", "--model", "--outlets"):
        assert option in result.stdout


def test_table_names_the_speaker_and_the_outlet(runner, article):
    result = runner.invoke(app, ["check", str(article)])
    assert result.exit_code == ExitCode.OK
    assert "Maria Okonjo" in result.stdout
    assert "Reuters" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour codes when not a terminal


def test_json_is_one_valid_report(runner, article):
    result = runner.invoke(app, ["check", str(article), "--format", "json"])
    assert result.exit_code == ExitCode.OK
    data = check_report(json.loads(result.stdout), ARTICLE)
    assert data["document"]["path"] == str(article)
    speakers = {a["source"]["text"] for a in data["attributions"] if a["source"]}
    assert "Maria Okonjo" in speakers


def test_stdin(runner):
    result = runner.invoke(app, ["check", "-", "--format", "json"], input=ARTICLE)
    assert result.exit_code == ExitCode.OK
    data = check_report(json.loads(result.stdout), ARTICLE)
    assert data["document"]["path"] == "-"


def test_utf8_bom_is_accepted(runner, tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    result = runner.invoke(app, ["check", str(path), "--format", "json"])
    assert result.exit_code == ExitCode.OK
    assert json.loads(result.stdout)["document"]["characters"] == len(ARTICLE)


def test_latin1_is_detected_not_garbled(runner, tmp_path):
    text = "Le ministre a déclaré que la réforme était nécessaire, selon l'agence."
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    result = runner.invoke(app, ["check", str(path), "--format", "json"])
    assert result.exit_code == ExitCode.OK
    assert json.loads(result.stdout)["document"]["characters"] == len(text)


def test_missing_file_is_one_line_and_exit_2(runner, tmp_path):
    result = runner.invoke(app, ["check", str(tmp_path / "nope.txt")])
    assert result.exit_code == ExitCode.INPUT
    assert result.stderr.strip().count("\n") == 0
    assert "no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_binary_file_is_refused(runner, tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == ExitCode.INPUT
    assert "binary" in result.stderr


def test_missing_model_names_the_install_command(runner, article):
    result = runner.invoke(app, ["check", str(article), "--model", "xx_no_such_pipeline"])
    assert result.exit_code == ExitCode.INPUT
    assert "xx_no_such_pipeline" in result.stderr
    assert "install" in result.stderr
    assert result.stderr.strip().count("\n") == 0


def test_model_from_environment(runner, article, monkeypatch):
    monkeypatch.setenv("NEWSAUDIT_MODEL", "xx_env_pipeline")
    result = runner.invoke(app, ["check", str(article)])
    assert result.exit_code == ExitCode.INPUT
    assert "xx_env_pipeline" in result.stderr


def test_batch_keeps_every_input_and_exits_2(runner, tmp_path, article):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    missing = str(tmp_path / "gone.txt")
    result = runner.invoke(
        app, ["check", str(tmp_path / "bad.txt"), str(article), missing, "--format", "jsonl"]
    )
    assert result.exit_code == ExitCode.INPUT
    records = [check_report(json.loads(line)) for line in result.stdout.splitlines()]
    assert [r["document"]["path"] for r in records] == [
        str(tmp_path / "bad.txt"),
        str(article),
        missing,
    ]
    assert records[0]["error"]["type"] == "binary"
    assert "attributions" in records[1]
    assert records[2]["error"]["type"] == "not_found"


def test_directory_is_expanded_sorted(runner, tmp_path):
    (tmp_path / "b.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "skip.csv").write_text("x,y", encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == ExitCode.OK
    paths = [json.loads(line)["document"]["path"] for line in result.stdout.splitlines()]
    assert paths == [str(tmp_path / "a.txt"), str(tmp_path / "b.md")]


def test_json_with_several_inputs_is_refused_pointing_to_jsonl(runner, tmp_path, article):
    result = runner.invoke(app, ["check", str(article), str(article), "--format", "json"])
    assert result.exit_code == ExitCode.INPUT
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("newsaudit: error: ")
    assert "--format jsonl" in result.stderr


def test_empty_directory_is_an_input_error(runner, tmp_path):
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == ExitCode.INPUT
    assert "no .txt, .md or .html files" in result.stderr


def test_output_file(runner, tmp_path, article):
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["check", str(article), "-f", "json", "-o", str(out)])
    assert result.exit_code == ExitCode.OK
    assert result.stdout == ""
    check_report(json.loads(out.read_text(encoding="utf-8")), ARTICLE)


def test_user_outlets_file(runner, tmp_path):
    text = "The harbour board will meet on Friday, the Quayside Courier reported on Monday.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    gazetteer = tmp_path / "outlets.txt"
    gazetteer.write_text("# local papers\nQuayside Courier | the Courier\n", encoding="utf-8")
    result = runner.invoke(
        app, ["check", str(tmp_path / "a.txt"), "-f", "json", "--outlets", str(gazetteer)]
    )
    data = json.loads(result.stdout)
    assert [(s["name"], s["type"]) for s in data["sources"]] == [("Quayside Courier", "outlet")]


def test_unknown_format_is_a_usage_error(runner, article):
    result = runner.invoke(app, ["check", str(article), "--format", "xml"])
    assert result.exit_code == ExitCode.INPUT


def test_a_bug_costs_one_document_not_the_batch(runner, tmp_path, monkeypatch):
    from newsaudit import engine

    real = engine.assemble

    def fragile(analysis, outlets):
        if analysis.path.endswith("boom.txt"):
            raise RuntimeError("simulated bug")
        return real(analysis, outlets)

    monkeypatch.setattr(engine, "assemble", fragile)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "boom.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "c.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == ExitCode.INTERNAL
    records = [check_report(json.loads(line)) for line in result.stdout.splitlines()]
    assert ["error" in r for r in records] == [False, True, False]
    assert records[1]["error"]["type"] == "internal"
    assert "simulated bug" in result.stderr


def test_paragraph_longer_than_a_parser_piece_is_audited(runner, tmp_path):
    from newsaudit.segments import MAX_SEGMENT

    text = "The council met again, the clerk said. " * (MAX_SEGMENT // 38 + 10) + "\n"
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["check", str(path), "--format", "json"])
    assert result.exit_code == ExitCode.OK
    data = check_report(json.loads(result.stdout), text)
    assert data["document"]["characters"] > MAX_SEGMENT
    assert data["attributions"]
