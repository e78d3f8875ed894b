"""Cues and flags of round 34, each on sentences written for the test.

- "The new regulations state that …", "after leaked minutes from the board meeting show
  the chairman knew": a bare verb of saying or showing the tagger took for a singular
  noun, or whose plural subject the parser hung on the clause above, agrees with the
  plural noun phrase right before it (``rules/mistagged``, ``rules/subjects``).
- "Speaking at the yard in Portree, Skye, Chief Executive Mairi Lamont said …": the
  name after a fronted participle's place is the verb's subject (``rules/subjects``).
- "a Harbour Times report that …" sources the sentence; "amid reports that …" with no one
  named is hearsay, flagged as "reportedly" is (``rules/claims``).
- What a plan or a schedule "will" do ("will involve", "will be held at") is what was
  arranged, not a forecast: a plain fact's low flag, not a prediction's medium one.

The people and bodies are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import in_brief, read_cue
from tests.test_flags import SEVERITY, article, flags_on, line_flags, one_flag


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "The new regulations state that venues must not play music above 85 decibels.",
            "state",
            (
                "statement",
                "The new regulations",
                "that venues must not play music above 85 decibels",
            ),
        ),
        (
            "The dispute has flared again after leaked minutes from the March board meeting "
            "show the chairman knew of the fault.",
            "show",
            ("evidence", "leaked minutes", "the chairman knew of the fault"),
        ),
    ],
)
def test_a_bare_cue_tagged_a_noun_after_its_plural_subject(run, text, cue, expected):
    assert read_cue(run, text, cue) == expected


def test_a_name_after_a_fronted_place_says(run):
    text = (
        "Speaking from a stage at the company's yard in Portree, Skye, Chief Executive "
        "Mairi Lamont said that the firm would build two new ferries."
    )
    expected = (
        "statement",
        "Chief Executive Mairi Lamont",
        "that the firm would build two new ferries",
    )
    assert read_cue(run, text, "said") == expected


def test_a_participle_names_no_one(run):
    """Guard: the fronted participle's own phrase is no speaker."""
    report = run(in_brief("Picking winners and losers seemed beside the point to the board."))
    assert [a["source"] for a in report["attributions"]] == [None]


@pytest.mark.parametrize(
    "line",
    [
        "Shares fell after a Harbour Times report that the ferry lost money in 2019.",
        "Shares in the operator fell after the auditor's report that profits were overstated.",
    ],
)
def test_a_report_with_its_issuer_named_sources_the_sentence(run, line):
    assert line_flags(run, line, "unattributed_claim") == []


def test_reports_with_no_issuer_are_hearsay(run):
    line = "The row deepened on Monday amid reports that the ferry operator may sell its fleet."
    text = article(line)
    report = run(text)
    assert flags_on(report, text, line, "unattributed_claim") == []
    hearsay = flags_on(report, text, "reports", "vague_source")
    assert [f["reason"] for f in hearsay] == [
        "Hearsay with no source: reported or alleged by whom?"
    ]


def test_a_report_someone_wrote_is_no_hearsay(run):
    """Guard: "that" is what the auditors published, not news that they did."""
    line = "The council debated the report that the auditors published in March."
    assert line_flags(run, line, "vague_source") == []


@pytest.mark.parametrize(
    "line",
    [
        "The project will involve five years of events and exhibitions in the old harbour.",
        "The funeral service will be held at the town hall on Friday at noon.",
        "The new ferry terminal would be located on the north shore of the island.",
    ],
)
def test_what_a_plan_will_do_is_no_prediction(run, line):
    text = article(line)
    flag = one_flag(run(text), text, line, "unattributed_claim")
    assert flag["severity"] == "low"
    assert flag["reason"] == "States a fact without a source."


def test_the_noun_will_is_no_prediction(run):
    line = "The party lacks the political will to reform the tax system this year."
    text = article(line)
    assert one_flag(run(text), text, line, "unattributed_claim")["severity"] == "low"


@pytest.mark.parametrize(
    "line",
    [
        "The ferries won't sail to the island before the end of March.",
        "The new timetable will leave islanders without a morning crossing.",
    ],
)
def test_a_forecast_is_still_a_prediction(run, line):
    """What is to come, said on nobody's word ("won't", read as "wo", counts now)."""
    text = article(line)
    flag = one_flag(run(text), text, line, "unattributed_claim")
    assert SEVERITY[flag["severity"]] >= SEVERITY["medium"]
    assert flag["reason"] == "Makes a prediction without a source."
