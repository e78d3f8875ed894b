"""Unattributed-claim flags that are wrong for an editor, beside guards of the same shape
that must keep their flag; a gap the flag rules do not yet avoid is pinned ``xfail``."""

from __future__ import annotations

import pytest

from tests.test_flags import article, flags_on, one_flag


@pytest.mark.parametrize(
    "line",
    [
        # the same open question with a typographic and with a typewriter apostrophe
        "It\u2019s unclear whether the harbour board will ever lower the mooring fees.",
        "It's unclear whether the harbour board will ever lower the mooring fees.",
        # an opening "Nor" negates the point
        "Nor is it clear that the new dredging contract will survive the audit.",
    ],
)
def test_an_open_question_is_not_flagged(run, line):
    text = article(line)
    assert flags_on(run(text), text, line, "unattributed_claim") == []


def test_a_clear_point_is_the_writers_claim(run):
    line = "And it is clear that the new dredging contract will not survive the audit."
    text = article(line)
    one_flag(run(text), text, line, "unattributed_claim")


@pytest.mark.parametrize(
    "line",
    [
        # a kind of event, not a secret one
        "The mayor will spend most of the week in private fundraisers in the hills.",
        # owned outside the state, not acting in secret
        "The ferry operator is privately held and has never published its accounts.",
    ],
)
def test_private_as_a_kind_is_no_secret_act(run, line):
    text = article(line)
    flags = flags_on(run(text), text, line, "unattributed_claim")
    assert [f["severity"] for f in flags if f["severity"] == "high"] == []


def test_a_private_meeting_is_a_secret_act(run):
    line = "The mayor met the ferry operator in private on Tuesday, two days before the vote."
    text = article(line)
    assert one_flag(run(text), text, line, "unattributed_claim")["severity"] == "high"


@pytest.mark.xfail(
    reason="an attribution inside the private act ('to discuss') reads as someone vouching "
    "for it; counting only attributions whose content holds the act adds 12 flags on study"
)
def test_a_private_meeting_with_a_purpose_is_a_secret_act(run):
    line = "The mayor met the ferry operator in private on Tuesday to discuss the fees."
    text = article(line)
    assert one_flag(run(text), text, line, "unattributed_claim")["severity"] == "high"
