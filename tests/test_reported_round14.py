"""Reported speech, round 14, on sentences written for the purpose: the one a question is
put to is not what the question is about."""

from __future__ import annotations

import pytest

from tests.test_stance import attributions


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The mayor was questioned by reporters about the delays at the port.",
            "reporters",
            "the delays at the port",
        ),
        (
            "Okafor was asked by a radio host about the closure of the ferry line.",
            "a radio host",
            "the closure of the ferry line",
        ),
    ],
)
def test_passive_question_is_about_its_topic_not_the_one_asked(run, text, source, content):
    found = attributions(run(text))
    found = [(s, c) for _, cue, s, c in found if cue.endswith(("questioned", "asked"))]
    assert found == [(source, content)]


def test_passive_stance_target_stays_in_the_content(run):
    # "Cruz was attacked by rivals for …": the one attacked is what the stance is toward
    found = attributions(run("The ferry chief was attacked by rivals for raising the fares."))
    assert [(cue, source) for _, cue, source, _ in found] == [("attacked", "rivals")]
    assert found[0][3].startswith("The ferry chief")
