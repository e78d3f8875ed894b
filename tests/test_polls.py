"""Findings of named polls, surveys and analyses, on sentences written for the purpose: the
poll is the source (cue "in" or a verb of finding), typed by the outlet that made it."""

from __future__ import annotations

import pytest

from tests.reports import assert_outlet_finding


@pytest.mark.parametrize(
    ("text", "cue", "source", "content", "outlet"),
    [
        (
            "In a CNN poll released on Tuesday, 44 percent of likely voters favoured the "
            "tram plan.",
            "In",
            "a CNN poll",
            "44 percent of likely voters favoured the tram plan",
            "CNN",
        ),
        (
            "The governor trails his rival by six points in the latest Reuters/Ipsos survey.",
            "in",
            "the latest Reuters/Ipsos survey",
            "The governor trails his rival by six points",
            "Reuters",
        ),
        (
            # the phrase hangs on a noun ("lead"): the whole clause is what the poll says
            "The mayor entered the race with a narrow lead in the latest ABC News poll.",
            "in",
            "the latest ABC News poll",
            "The mayor entered the race with a narrow lead",
            "ABC News",
        ),
        (
            # the phrase hangs inside what respondents said: the poll frames the saying
            "Sixty-one percent of renters said they had a poor view of the plan in an NBC "
            "News poll.",
            "in",
            "an NBC News poll",
            "Sixty-one percent of renters said they had a poor view of the plan",
            "NBC News",
        ),
        (
            "A new Fox News survey found broad support for the transit levy among parents.",
            "found",
            "A new Fox News survey",
            "broad support for the transit levy among parents",
            "Fox News",
        ),
        (
            "The latest NBC News count gives the senator 412 delegates.",
            "gives",
            "The latest NBC News count",
            "the senator 412 delegates",
            "NBC News",
        ),
        (
            "A POLITICO survey found both candidates largely unknown in the valley.",
            "found",
            "A POLITICO survey",
            "both candidates largely unknown in the valley",
            "Politico",
        ),
        (
            "The mayor cheered a new CNN poll showing her ahead by nine points.",
            "showing",
            "a new CNN poll",
            "her ahead by nine points",
            "CNN",
        ),
        (
            "CNN exit poll data revealed deep worry over rents.",
            "revealed",
            "CNN exit poll data",
            "deep worry over rents",
            "CNN",
        ),
        (
            "A March Bloomberg article found no trace of the harbour contract.",
            "found",
            "A March Bloomberg article",
            "no trace of the harbour contract",
            "Bloomberg",
        ),
    ],
)
def test_a_named_poll_is_the_source_of_its_finding(run, text, cue, source, content, outlet):
    assert_outlet_finding(run(text), cue, source, content, outlet)


@pytest.mark.parametrize(
    "text",
    [
        "She met the candidate in a CNN studio in Atlanta.",  # a place, not a poll
        "In a poll of parents, most backed the levy.",  # no one named as its maker
    ],
)
def test_in_without_a_named_poll_is_no_attribution(run, text):
    assert [a for a in run(text)["attributions"] if a["cue"]["text"].lower() == "in"] == []


def test_a_finding_with_a_clause_is_reported_once(run):
    report = run("A Register poll found that most renters favour the new rules.")
    found = [a for a in report["attributions"] if a["cue"]["text"] == "found"]
    assert len(found) == 1
    assert found[0]["content"]["text"] == "that most renters favour the new rules"


@pytest.mark.parametrize(
    ("text", "source", "content", "outlet"),
    [
        (
            "A CNN poll found last month most renters oppose the new rules.",
            "A CNN poll",
            "last month most renters oppose the new rules",
            "CNN",
        ),
        (
            "In April, a Reuters poll found by 48%-39%, the public overall says the levy "
            "should rise.",
            "a Reuters poll",
            "by 48%-39%, the public overall says the levy should rise",
            "Reuters",
        ),
    ],
)
def test_a_finding_the_parser_took_for_a_participle(run, text, source, content, outlet):
    # a phrase after "found" makes the parser read it as a participle on the poll and the
    # finding as the main clause, whose verb then has two subjects
    assert_outlet_finding(run(text), "found", source, content, outlet)


def test_a_poll_found_to_be_something_is_no_finding(run):
    report = run("A poll found by auditors to be flawed was withdrawn on Monday.")
    assert [a for a in report["attributions"] if a["cue"]["text"] == "found"] == []
