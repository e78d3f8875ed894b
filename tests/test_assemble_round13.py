"""Assembly, round 13, on sentences written for the purpose: a quotation set as a sentence
of its own is not taken by the next sentence's cue when that cue reports a clause of its
own; one content over both would hold the cue and its speaker."""

from __future__ import annotations

from tests.reports import by_cue


def test_a_quoted_sentence_before_a_cue_with_its_own_clause_is_not_its_content(run):
    report = run(
        '"We would like to cut demand for imports." Lund reminded senators that the ministry '
        "has added a tax on luxury food."
    )
    reminded = by_cue(report, "reminded")
    assert reminded["content"]["text"] == "that the ministry has added a tax on luxury food"
    assert not any(a["content"]["text"].startswith('"We') for a in report["attributions"])
    assert [f["type"] for f in report["flags"]].count("orphan_quote") == 1


def test_a_quote_interrupted_by_its_cue_is_still_one_attribution(run):
    report = run('"We will win," Lund said. "The count is clear."')
    assert (
        by_cue(report, "said")["content"]["text"]
        == '"We will win," Lund said. "The count is clear."'
    )
