"""Markdown: renders (markdown-it-py, CommonMark plus GFM tables) with nothing from the
article acting as markup."""

from __future__ import annotations

import html
import re

import pytest
from markdown_it import MarkdownIt

from newsaudit.formats.markdown import escape, render_markdown
from newsaudit.report import AuditFailure

from .conftest import article_names

# html=True as on GitHub: raw HTML would be passed through, so escaping must stop it.
RENDERER = MarkdownIt("commonmark", {"html": True}).enable("table")


def visible(markdown: str) -> str:
    """The text a reader sees: rendered, tags dropped, entities decoded, spaces collapsed."""
    rendered = RENDERER.render(markdown)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", rendered)).split())


@pytest.mark.parametrize("name", article_names())
def test_markdown_renders_every_claim_as_written(audited, name):
    report, _ = audited[name]
    markdown = render_markdown([report])
    rendered = RENDERER.render(markdown)
    assert "<table>" in rendered
    seen = visible(markdown)
    for a in report.attributions:
        assert " ".join(a.words.split()) in seen
    for f in report.flags:
        assert f.reason in seen
    # every table row has as many cells as its header: no stray "|" split a cell
    for table in re.findall(r"<table>.*?</table>", rendered, re.S):
        widths = {
            len(re.findall(r"<t[hd][ >]", row)) for row in re.findall(r"<tr>.*?</tr>", table, re.S)
        }
        assert len(widths) == 1


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "[click](javascript:alert(1)) and <javascript:alert(1)>",
        "**bold** _it_ `code` | pipe ~~gone~~ # not a heading &amp; &lt;",
        "\\*escaped\\* ![image](x.png)",
    ],
)
def test_markup_in_article_text_stays_text(text):
    rendered = RENDERER.render(f"| a |\n|---|\n| {escape(text)} |\n\n{escape(text)}\n")
    for tag in ("<script", "<img", "<a ", "<strong", "<em", "<code", "<del", "<h1"):
        assert tag not in rendered
    assert visible(escape(text)) == " ".join(text.split())


def test_several_documents_end_with_a_batch_summary(audited):
    reports = [audited[name][0] for name in ("city_budget", "flood_response")]
    failure = AuditFailure("gone.txt", "not_found", "gone.txt: no such file")
    markdown = render_markdown([*reports, failure])
    headings = re.findall(r"^## (.+)$", markdown, re.M)
    assert headings == [
        escape(reports[0].document.path),
        escape(reports[1].document.path),
        "gone.txt",
        "Batch summary",
    ]
    seen = visible(markdown.split("## Batch summary")[1])
    total = sum(len(r.attributions) for r in reports)
    assert "documents: 3 (1 failed)" in seen
    assert f"attributions: {total}" in seen
