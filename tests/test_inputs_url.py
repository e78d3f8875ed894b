"""Web addresses, fetched from a local server on 127.0.0.1 that the tests start (never the
internet): a page, a text file, 404, a redirect loop, a body over the limit, a binary
content type, a server that does not answer in time."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsaudit.cli import app
from newsaudit.exitcodes import ExitCode
from newsaudit.inputs import InputError, from_url
from newsaudit.inputs import url as url_module

PAGE = (Path(__file__).resolve().parent.parent / "samples" / "ferry_fares.html").read_bytes()
TEXT = b"Port fees rise\nThe harbour board said on Monday that fees would rise in March.\n"
SLOW_SECONDS = 2.0
seen_agents: list[str] = []


class Handler(BaseHTTPRequestHandler):
    routes = {
        "/article": (200, "text/html; charset=utf-8", PAGE),
        "/plain.txt": (200, "text/plain", TEXT),
        "/photo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
        "/big": (200, "text/html", b"<html><body>" + b"<p>word</p>" * 5000 + b"</body></html>"),
    }

    def do_GET(self):  # noqa: N802 (the http.server API)
        seen_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(SLOW_SECONDS)
        status, kind, body = self.routes.get(self.path, (404, "text/html", b"not found"))
        if self.path == "/slow":
            status, kind, body = self.routes["/plain.txt"]
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_page_is_fetched_and_extracted(server):
    document = from_url(f"{server}/article")
    assert document.kind == "url"
    assert document.title == "Island ferry fares to rise 18% as operator cites fuel costs"
    assert "Oona Delacroix" in document.text and "<p>" not in document.text
    assert seen_agents[-1].startswith("newsaudit/")


def test_plain_text_is_read_as_text(server):
    document = from_url(f"{server}/plain.txt")
    assert document.kind == "url"
    assert document.text == TEXT.decode()


@pytest.mark.parametrize(
    "path, kind, words",
    [
        ("/missing", "http", "404"),
        ("/loop", "http", "redirect"),
        ("/photo.png", "content_type", "image/png"),
    ],
)
def test_failures_are_input_errors(server, path, kind, words):
    with pytest.raises(InputError) as err:
        from_url(server + path)
    assert err.value.kind == kind
    assert words in str(err.value)
    assert "\n" not in str(err.value)


def test_too_large_body(server, monkeypatch):
    monkeypatch.setattr(url_module, "MAX_BYTES", 10_000)
    with pytest.raises(InputError) as err:
        from_url(f"{server}/big")
    assert err.value.kind == "too_large"


def test_timeout(server, monkeypatch):
    monkeypatch.setattr(url_module, "TIMEOUT", 0.3)
    started = time.monotonic()
    with pytest.raises(InputError) as err:
        from_url(f"{server}/slow")
    assert err.value.kind == "network"
    assert time.monotonic() - started < SLOW_SECONDS


def test_unreachable_host_is_a_network_error():
    with pytest.raises(InputError) as err:
        from_url("http://127.0.0.1:9/article")  # the discard port: nothing listens
    assert err.value.kind == "network"


def test_batch_with_a_bad_address(server):
    good, bad = f"{server}/article", f"{server}/missing"
    result = CliRunner().invoke(app, ["check", good, bad, "--format", "jsonl"])
    assert result.exit_code == ExitCode.INPUT
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["document"]["path"] == good
    assert first["document"]["input"] == "url"
    assert "Oona Delacroix" in first["document"]["text"]
    assert second == {
        "schema_version": "1",
        "document": {"path": bad},
        "error": {"type": "http", "message": f"{bad}: HTTP 404 Not Found"},
    }
    errors = [line for line in result.stderr.splitlines() if line.startswith("newsaudit: error")]
    assert errors == [f"newsaudit: error: {bad}: HTTP 404 Not Found"]
