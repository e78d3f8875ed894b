"""Plain text however it is laid out: hard-wrapped paragraphs, lone CRs, CRLF.

The samples are our own articles (one paragraph a line); wrapping them must not change
what is found: the same attributions, sources and flags, with offsets that map back.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from newsaudit import engine
from newsaudit.inputs import from_bytes, from_text

from .conftest import check_report

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TEXT_SAMPLES = sorted(SAMPLES.glob("*.txt"))


def wrap(text: str, width: int) -> str:
    """The article as an e-mail client sends it: blank-line paragraphs wrapped at width."""
    paragraphs = [line for line in text.splitlines() if line.strip()]
    wrapped = (
        textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False) for p in paragraphs
    )
    return "\n\n".join(wrapped) + "\n"


def norm(text: str | None) -> str | None:
    return None if text is None else " ".join(text.split())


def ink(text: str, offset: int) -> int:
    """How many non-space characters come before ``offset``: the same in both layouts."""
    return len(re.sub(r"\s", "", text[:offset]))


def summary(report: dict, text: str) -> dict:
    """What must not depend on the layout: texts compared whitespace-normalised, offsets
    mapped to a layout-free position."""
    names = {s["id"]: (s["name"], s["type"]) for s in report["sources"]}
    attributions = [
        (
            a["kind"],
            a["category"],
            norm(a["cue"]["text"]),
            ink(text, a["cue"]["start"]),
            norm(a["source"]["text"]) if a["source"] else None,
            names[a["source"]["id"]] if a["source"] else None,
            norm(a["content"]["text"]),
            ink(text, a["content"]["start"]),
            names[a["via"]] if a["via"] else None,
        )
        for a in report["attributions"]
    ]
    flags = [
        (f["type"], f["severity"], norm(f["text"]), ink(text, f["start"])) for f in report["flags"]
    ]
    excluded = [(e["type"], ink(text, e["start"])) for e in report["excluded"]]
    return {
        "attributions": attributions,
        "sources": sorted(names.values()),
        "flags": flags,
        "excluded": excluded,
    }


def audit_bytes(data: bytes, nlp, name: str = "article.txt") -> tuple[dict, str]:
    document = from_bytes(data, name)
    report = engine.audit(document, nlp=nlp).to_dict()
    return check_report(report, document.text), document.text


@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("sample", TEXT_SAMPLES, ids=lambda p: p.stem)
def test_wrapped_article_gives_the_same_audit(sample, width, nlp):
    text = sample.read_text(encoding="utf-8")
    wrapped = wrap(text, width)
    assert max(len(line) for line in wrapped.splitlines()) <= width
    original, _ = audit_bytes(text.encode(), nlp)
    rewrapped, _ = audit_bytes(wrapped.encode(), nlp)
    assert summary(rewrapped, wrapped) == summary(original, text)
    assert original["attributions"]  # the comparison is not empty
    for a in rewrapped["attributions"]:  # lines are the file's physical lines
        assert a["line"] == wrapped.count("\n", 0, a["content"]["start"]) + 1


def test_wrapped_paragraphs_are_joined_and_one_line_paragraphs_are_not():
    short = "A short line.\nAnother short line.\n"
    assert len(from_text(short).paragraphs) == 2
    body = (
        "The council voted on Monday to close the eastern depot, a decision the drivers' "
        "union said it would fight in the courts, and the mayor said the city had no choice."
    )
    wrapped = wrap(f"Depot to close\n{body}\n{body}\n", 60)
    document = from_text(wrapped)
    assert len(document.paragraphs) == 3
    s, e = document.paragraphs[1]
    assert "\n" in document.text[s:e]  # offsets index the file as read...
    assert document.analysed[s:e] == body  # ...while the parser sees one paragraph


def test_lone_cr_file_splits_like_lf(nlp):
    text = TEXT_SAMPLES[0].read_text(encoding="utf-8")
    lf, _ = audit_bytes(text.encode(), nlp)
    cr, _ = audit_bytes(text.replace("\n", "\r").encode(), nlp)
    # the same offsets, since a CR is one character like an LF
    assert cr["attributions"] == lf["attributions"]
    assert cr["flags"] == lf["flags"]
    assert [e["type"] for e in cr["excluded"]] == [e["type"] for e in lf["excluded"]]


def test_crlf_file_gives_the_same_audit(nlp):
    text = TEXT_SAMPLES[0].read_text(encoding="utf-8")
    lf, _ = audit_bytes(text.encode(), nlp)
    crlf_text = text.replace("\n", "\r\n")
    crlf, _ = audit_bytes(crlf_text.encode(), nlp)
    assert summary(crlf, crlf_text) == summary(lf, text)
    assert [a["line"] for a in crlf["attributions"]] == [a["line"] for a in lf["attributions"]]
