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


@pytest.mark.parametrize(
    "text, cue",
    [
        ("In fact, it would be safe to say that most of the work is done at night.", "say"),
        ("It is worth emphasizing that the plan relies on a private market.", "emphasizing"),
        ("It is worth pointing out that the fund has never been audited.", "pointing out"),
    ],
)
def test_it_is_fair_to_say_is_the_writers_judgement(run, text, cue):
    # nobody's words: no source (the "it" stands for the infinitive), and not a statement
    attribution = by_cue(run(text), cue)
    assert attribution["source"] is None
    assert attribution["category"] == "belief"


def test_it_is_my_duty_to_inform_still_tells(run):
    # a guard: a noun with its holder ("my duty"), not an adjective, keeps the telling
    report = run("“It is my duty to inform you that the premier was detained,” the governor said.")
    assert by_cue(report, "said")["category"] == "statement"


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The union called for calm after the vote.", "called for"),
        ("Ann Reyes calls for a better system of flood warnings.", "calls for"),
    ],
)
def test_a_call_for_something_is_a_statement(run, text, cue):
    # a demand put into words: "called for calm" says there should be calm
    attribution = by_cue(run(text), cue)
    assert (attribution["kind"], attribution["category"]) == ("indirect", "statement")


def test_calling_something_a_name_stays_a_stance(run):
    # a guard: "called the plan a disgrace" judges; it calls for nothing
    assert by_cue(run("Ann Reyes called the plan a disgrace."), "called")["category"] == "stance"
