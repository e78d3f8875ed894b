"""Web pages: the article is extracted, its headings kept, furniture left out, metadata
read, and offsets index the extracted text that the report carries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsaudit import engine
from newsaudit.cli import app
from newsaudit.inputs import from_bytes
from newsaudit.inputs.html import looks_like_html

from .conftest import check_report

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "ferry_fares.html"
PAGES = Path(__file__).resolve().parents[2] / "shared" / "pages"


@pytest.fixture(scope="module")
def page():
    return from_bytes(SAMPLE.read_bytes(), SAMPLE.name)


@pytest.fixture(scope="module")
def report(page, nlp):
    return check_report(engine.audit(page, nlp=nlp).to_dict(), page.text)


def test_metadata(page):
    assert page.kind == "html"
    assert page.title == "Island ferry fares to rise 18% as operator cites fuel costs"
    assert page.author == "Priya Castellanos"
    assert page.date == "2026-03-04"
    assert page.site_name == "The Lakeshore Gazette"
    assert page.language == "en"


def test_article_is_kept_and_page_furniture_is_not(page):
    assert "Fares on the ferry between Port Edwin and Marrow Island" in page.text
    assert "one reason fares had to go up now." in page.text
    for furniture in (
        "We use cookies",  # a hidden consent dialog
        "Sport",  # navigation
        "Harbour festival returns",  # related links
        "Leave a Reply",  # comment form
        "Privacy policy",  # footer
        "<p>",
    ):
        assert furniture not in page.text


def test_paragraphs_and_headings(page):
    texts = [page.text[s:e] for s, e in page.paragraphs]
    assert all("\n" not in t for t in texts)
    headings = [page.text[s:e] for s, e in page.headings]
    assert headings[0] == page.title  # the headline leads the text
    assert "Subsidy talks" in headings


def test_report_carries_the_text_its_offsets_index(report, page):
    assert report["document"]["text"] == page.text
    assert report["document"]["input"] == "html"
    assert report["document"]["site_name"] == "The Lakeshore Gazette"


def test_attributions_of_the_page(report):
    found = {
        (a["cue"]["text"], a["source"]["text"] if a["source"] else None)
        for a in report["attributions"]
    }
    assert ("said", "Oona Delacroix") in found
    assert ("told", "Gideon Marsh") in found
    assert ("According to", "maintenance records") in found
    names = {s["name"] for s in report["sources"]}
    assert {"Oona Delacroix", "Gideon Marsh", "Reggie Amankwah"} <= names


def test_headings_and_notices_raise_no_flags(report):
    text = report["document"]["text"]
    kinds = {text[e["start"] : e["end"]]: e["type"] for e in report["excluded"]}
    assert kinds["Subsidy talks"] == "heading"
    assert kinds["© 2026 The Lakeshore Gazette. All rights reserved."] == "copyright"
    contact = next(k for k in kinds if "newsdesk@" in k)
    assert kinds[contact] == "notice"
    for flag in report["flags"]:
        assert not any(e["start"] <= flag["start"] < e["end"] for e in report["excluded"])


@pytest.mark.parametrize(
    "data, is_html",
    [
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        (b"\xef\xbb\xbf  <!-- saved page -->\n<html lang='en'>", True),
        (b"<HTML><HEAD><TITLE>x</TITLE></HEAD>", True),
        (b"The <b>mayor</b> said on Monday that the budget would pass.", False),
        (b"Mayor: <html> tags are not a page", False),
    ],
)
def test_html_is_sniffed_from_content(data, is_html):
    assert looks_like_html(data) is is_html


def test_html_whatever_its_name_and_on_stdin(tmp_path):
    renamed = tmp_path / "page.txt"
    renamed.write_bytes(SAMPLE.read_bytes())
    runner = CliRunner()
    result = runner.invoke(app, ["check", str(renamed), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["document"]["input"] == "html"
    result = runner.invoke(app, ["check", "-", "--format", "json"], input=SAMPLE.read_bytes())
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)["document"]
    assert document["input"] == "html"
    assert "<" not in document["text"]


def test_html_files_in_a_directory_are_audited(tmp_path):
    (tmp_path / "a.html").write_bytes(SAMPLE.read_bytes())
    (tmp_path / "b.HTM").write_bytes(SAMPLE.read_bytes())
    (tmp_path / "notes.json").write_text("{}")
    result = CliRunner().invoke(app, ["check", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    paths = [json.loads(line)["document"]["path"] for line in result.stdout.splitlines()]
    assert [Path(p).name for p in paths] == ["a.html", "b.HTM"]


def test_include_text_carries_plain_text_too(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Port fees rise\nThe harbour board said fees would rise in March.\n")
    result = CliRunner().invoke(app, ["check", str(article), "--format", "json", "--include-text"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["document"]["text"] == article.read_text()


def test_hidden_dialog_is_dropped_but_a_script_revealed_article_is_kept():
    body = "".join(
        f"<p>The harbour board met on Monday for the {n}th time this year to discuss the "
        "new fees, which shipping firms have opposed for months.</p>"
        for n in range(4, 12)
    )
    page = (
        "<!DOCTYPE html><html><body>"
        '<div role="dialog"><p>Subscribe today and get a free tote bag with your first '
        "order of our weekly print edition, delivered to your door.</p></div>"
        f'<div style="display: none" class="story">{body}</div>'
        "</body></html>"
    )
    document = from_bytes(page.encode(), "page.html")
    assert "harbour board met on Monday for the 4th time" in document.text
    assert "tote bag" not in document.text


def test_an_extractor_failure_costs_one_input(tmp_path, monkeypatch):
    import trafilatura

    def broken(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    (tmp_path / "a.html").write_bytes(SAMPLE.read_bytes())
    (tmp_path / "b.txt").write_text("Port fees rise\nThe board said fees would rise.\n")
    result = CliRunner().invoke(app, ["check", str(tmp_path), "--format", "jsonl"])
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["error"]["type"] == "internal"
    assert "RecursionError" in first["error"]["message"]
    assert second["document"]["input"] == "text"
    assert result.exit_code == 3


def test_an_empty_page_is_an_empty_report(nlp):
    document = from_bytes(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    report = check_report(engine.audit(document, nlp=nlp).to_dict(), document.text)
    assert report["attributions"] == [] and report["flags"] == []


@pytest.mark.skipif(not PAGES.exists(), reason="../shared/pages is not here")
def test_saved_pages_in_other_languages_are_recognised():
    truth = [json.loads(line) for line in (PAGES / "truth-other-languages.jsonl").open()]
    assert len(truth) == 15
    for entry in truth:
        path = PAGES / "html-other-languages" / entry["file"]
        document = from_bytes(path.read_bytes(), path.name)
        assert document.language == entry["lang"], entry["file"]
        assert document.warnings


def test_soft_hyphens_are_dropped_so_names_and_words_stay_whole(nlp):
    shy = "\u00ad"
    page = (
        "<!DOCTYPE html><html><head><title>Port fees to rise</title></head><body><article>"
        f"<p>“The fees will rise in March,” said Min{shy}is{shy}ter Ruth Ache{shy}be, who "
        f"spoke to re{shy}port{shy}ers at the harbour on Monday after the board meeting.</p>"
        "<p>The harbour board met on Monday to discuss the new fees, which shipping firms "
        "have opposed for months, and approved them by seven votes to two.</p>"
        "</article></body></html>"
    )
    document = from_bytes(page.encode(), "page.html")
    assert shy not in document.text
    assert "Minister Ruth Achebe, who spoke to reporters" in document.text
    report = engine.audit(document, nlp=nlp)
    people = [s.name for s in report.sources if s.type == "person"]
    assert people == ["Ruth Achebe"]


def test_note_marks_do_not_run_into_the_words_around_them():
    page = (
        "<!DOCTYPE html><html><head><title>Harbour fees</title></head><body><article>"
        "<p>Among the pilots who have taken a side, most back the new fees, according to "
        'the Harbour Ledger.<a href="#n2"><sup id="s2">2</sup></a> Ruth Achebe has the most '
        "backers among the tug crews, per a list the union keeps.<sup><a href='#n3'>[3]</a>"
        "</sup></p>"
        "<p>The harbour board met on Monday to discuss the new fees, which shipping firms "
        "have opposed for months, and approved them by 7<sup>th</sup> of June.</p>"
        "</article></body></html>"
    )
    text = from_bytes(page.encode(), "page.html").text
    assert "according to the Harbour Ledger. Ruth Achebe has" in text
    assert "the union keeps." in text and "[3]" not in text
    assert "by 7th of June" in text  # a superscript that is no note's mark stays
