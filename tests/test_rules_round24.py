"""Round 24, rules: a refusal to speak ("declined to comment") gives no words, so it is a
stance, and the saying it refuses ("refused to say whether …") reports none; a negated
verb of informing ("have not disclosed the names") passes on no news.

Every text here is written for the test; the people in it are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import by_cue


def cues(report: dict) -> list[str]:
    return [a["cue"]["text"] for a in report["attributions"]]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The mayor's office declined to comment for this story.", "declined"),
        ("Asked about the contract, Ann Reyes declined to elaborate.", "declined"),
        ("Ann Reyes refused to discuss the settlement with reporters.", "refused"),
    ],
)
def test_a_refusal_to_speak_is_a_stance(run, text, cue):
    attribution = by_cue(run(text), cue)
    assert (attribution["kind"], attribution["category"]) == ("indirect", "stance")


def test_a_refused_question_reports_no_words(run):
    report = run("Ann Reyes refused to say whether the council would appeal the ruling.")
    assert cues(report) == ["refused"]
    assert by_cue(report, "refused")["category"] == "stance"


@pytest.mark.parametrize(
    "text, cue, category",
    [
        ("Police have not disclosed the victims' names.", "have not disclosed", "stance"),
        ("The council did not announce a date for the vote.", "did not announce", "stance"),
        # guards: the news an informing verb passes on is still what was said
        ("The council announced the closure of the library on Monday.", "announced", "statement"),
        ("Ann Reyes confirmed the breach in a letter to customers.", "confirmed", "statement"),
    ],
)
def test_a_negated_informing_verb_passes_on_no_news(run, text, cue, category):
    assert by_cue(run(text), cue)["category"] == category


def test_a_refusal_with_a_clause_said_keeps_the_saying(run):
    # a guard: "said that … but declined to …" keeps what was said
    report = run("Ann Reyes said the talks had stalled but declined to name the developer.")
    assert by_cue(report, "said")["category"] == "statement"
    assert by_cue(report, "declined")["category"] == "stance"
