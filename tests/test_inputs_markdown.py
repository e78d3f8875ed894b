"""Markdown drafts: markup is not words, and offsets still index the file as read.

Every article here is written for the test.
"""

from __future__ import annotations

import json

from newsaudit import engine
from newsaudit.inputs import from_bytes

from .conftest import check_report

DRAFT = """# Dock strike enters second week

The strike at the container terminal went into its ninth day on Tuesday, said **Amina Wekesa**,
the general secretary of the dockworkers' union.

> "We have waited three years for a fair wage, and we can wait three more weeks,"
> Wekesa told reporters at the gates.

According to [the Coast Ports Authority](https://example.org/ports), 43 ships were waiting
at anchor on Tuesday, up from 31 a week earlier.

- Talks are set to resume on Friday, a mediator said.
- The union wants a 30% raise over two years, its officials said.

```
print("not an article")
```
"""


def audit(text: str, nlp, name: str = "draft.md") -> dict:
    document = from_bytes(text.encode("utf-8"), name)
    return check_report(engine.audit(document, nlp=nlp).to_dict(), text)


def by_cue(report: dict, cue: str) -> dict:
    return next(a for a in report["attributions"] if a["cue"]["text"] == cue)


def test_emphasis_is_not_part_of_the_source(nlp):
    report = audit(DRAFT, nlp)
    said = by_cue(report, "said")
    assert said["source"]["text"] == "Amina Wekesa"
    names = {s["name"] for s in report["sources"]}
    assert "Amina Wekesa" in names
    assert not any("*" in name for name in names)


def test_block_quote_is_a_quote(nlp):
    report = audit(DRAFT, nlp)
    told = by_cue(report, "told")
    assert told["kind"] == "direct"
    assert told["content"]["text"].startswith('"We have waited three years')
    assert told["content"]["text"].endswith('three more weeks,"')
    assert told["source"]["text"] == "Wekesa"


def test_title_is_a_heading_without_its_marks(nlp):
    report = audit(DRAFT, nlp)
    heading = report["excluded"][0]
    assert heading["type"] == "heading"
    assert DRAFT[heading["start"] : heading["end"]] == "Dock strike enters second week"
    assert not any(f["line"] == 1 for f in report["flags"])


def test_link_target_is_not_words(nlp):
    report = audit(DRAFT, nlp)
    according = by_cue(report, "According to")
    assert according["source"]["text"] == "the Coast Ports Authority"
    assert "example.org" not in according["content"]["text"]


def test_list_items_are_paragraphs_and_code_is_not_audited(nlp):
    document = from_bytes(DRAFT.encode(), "draft.md")
    texts = [document.analysed[s:e] for s, e in document.paragraphs]
    assert "Talks are set to resume on Friday, a mediator said." in texts
    assert "The union wants a 30% raise over two years, its officials said." in texts
    assert not any("print" in t for t in texts)
    report = audit(DRAFT, nlp)
    assert not any("print" in a["content"]["text"] for a in report["attributions"])


def test_offsets_index_the_file_and_nothing_is_carried(nlp):
    report = audit(DRAFT, nlp)  # check_report compares every span with DRAFT itself
    assert report["document"]["input"] == "markdown"
    assert "text" not in report["document"]
    said = by_cue(report, "said")
    assert DRAFT[said["source"]["start"] - 2 : said["source"]["start"]] == "**"


def test_analysed_text_keeps_every_offset():
    document = from_bytes(DRAFT.encode(), "draft.md")
    assert len(document.analysed) == len(document.text) == len(DRAFT)
    for s, e in document.paragraphs:
        assert "*" not in document.analysed[s:e] and "](" not in document.analysed[s:e]


def test_md_on_the_command_line_is_markdown(tmp_path):
    from typer.testing import CliRunner

    from newsaudit.cli import app

    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["document"]["input"] == "markdown"


def test_emphasised_outlet_after_told(nlp):
    text = (
        "Anneke Braithwaite, who runs a reading group at the branch, told the _Hollis "
        "Courier_ that most members found out from a notice taped to the door.\n"
    )
    report = audit(text, nlp)
    assert any(a["cue"]["text"] == "told" for a in report["attributions"])
