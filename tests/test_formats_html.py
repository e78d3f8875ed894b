"""The HTML report without a browser: self-contained, escaped, its CSP matching its own
inline style and script, for every sample and the seed (the browser tests check what a
person sees)."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from newsaudit.cli import app
from newsaudit.formats.html import render_html

from .conftest import SAMPLES, article_names


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text of <style> and <script>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.inline: dict[str, str] = {}
        self._open: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._open = tag if tag in ("style", "script") else None

    def handle_data(self, data):
        if self._open:
            self.inline[self._open] = self.inline.get(self._open, "") + data

    def handle_endtag(self, tag):
        self._open = None


def parse(page: str) -> Elements:
    elements = Elements()
    elements.feed(page)
    return elements


def digest(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


@pytest.mark.parametrize("name", article_names())
def test_page_is_self_contained_and_its_csp_allows_only_itself(audited, name):
    report, text = audited[name]
    page = render_html([(report, text)])
    elements = parse(page)
    tags = [t for t, _ in elements.tags]
    assert tags.count("script") == 1 and tags.count("style") == 1
    for _, attrs in elements.tags:
        assert "src" not in attrs and "style" not in attrs
        assert not attrs.get("href", "#").strip().lower().startswith(("http", "javascript", "//"))
        assert not any(k.startswith("on") for k in attrs)
    csp = next(
        a["content"] for t, a in elements.tags if a.get("http-equiv") == "Content-Security-Policy"
    )
    assert "default-src 'none'" in csp
    assert f"'sha256-{digest(elements.inline['style'])}'" in csp
    assert f"'sha256-{digest(elements.inline['script'])}'" in csp
    marked = {i for _, a in elements.tags for i in a.get("data-c", "").split()}
    assert marked == {f"d1-{a.id}" for a in report.attributions}


def test_article_text_is_escaped(nlp):
    from newsaudit.engine import audit

    text = 'The mayor said "<script>alert(1)</script>" and <img src=x onerror=alert(2)> today.\n'
    page = render_html([(audit(text, nlp=nlp), text)])
    assert "<script>alert" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_without_the_text_the_lists_remain(audited):
    report, _ = audited["port_strike"]
    page = render_html([(report, None)])
    assert "article text is not available" in page
    assert page.count('class="note-flag') == len(report.flags)
    assert page.count('class="source ') == len(report.sources) + 1  # + no source named


def test_cli_writes_one_page_for_a_batch(tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        app, ["check", str(SAMPLES[0]), str(SAMPLES[1]), "-f", "html", "-o", str(out)]
    )
    assert result.exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.count("<html") == 1
    assert re.findall(r'<section class="document" id="(d\d+)"', page) == ["d1", "d2"]
    assert "Batch summary" in page


def test_help_lists_the_new_options():
    result = CliRunner().invoke(app, ["check", "--help"])
    for option in ("--full", "--fail-on", "--fail-on-type", "--config", "--quiet", "html"):
        assert option in result.stdout
