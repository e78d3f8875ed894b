"""What a statement or a press release says is its issuer's statement; what a report, a
poll or a record shows is evidence. On sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.reports import by_cue


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The statement said the stores would reopen on Monday.", "said"),
        ("A press release confirmed the stores would reopen on Monday.", "confirmed"),
        ("According to the release, the stores will reopen on Monday.", "According to"),
        ("The council's announcement said the quay would close in May.", "said"),
    ],
)
def test_a_statement_or_press_release_says_a_statement(run, text, cue):
    assert by_cue(run(text), cue)["category"] == "statement"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A report by the auditor said the stores would reopen on Monday.", "said"),
        ("Court records show the quay was sold in May.", "show"),
        ("According to the audit, the quay lost money for a decade.", "According to"),
    ],
)
def test_a_report_or_a_record_is_still_evidence(run, text, cue):
    assert by_cue(run(text), cue)["category"] == "evidence"
