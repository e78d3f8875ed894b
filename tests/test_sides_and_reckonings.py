"""Sourcing forms and sides read from PolNeAR train: "by X's count" (or tally, estimate,
reckoning; "by some estimates") set off at a clause's edge names who counted a figure, as
"according to" does (annotated in 2 of its 3 such uses in the studied split); "came out
against" (3 of 3) and "be against" said of a person or body (3 of 4) take a side, a
stance. Sentences written for the test.
"""

from __future__ import annotations

import pytest

from tests.reports import in_brief, source_of


def only(report: dict) -> tuple[str, str, str, str, str]:
    """(cue, category, content, source type, source name) of the one attribution."""
    (found,) = report["attributions"]
    source = source_of(report, found)
    return (
        found["cue"]["text"],
        found["category"],
        found["content"]["text"],
        source["type"],
        source["name"],
    )


@pytest.mark.parametrize(
    ("text", "content", "kind", "name"),
    [
        (
            "By the Associated Press tally, the senator now has 412 delegates.",
            "the senator now has 412 delegates",
            "outlet",
            "Associated Press",
        ),
        (
            "By the campaign's own count, 4,000 volunteers knocked on doors on Saturday.",
            "4,000 volunteers knocked on doors on Saturday",
            "organization",
            "campaign",
        ),
        (
            "The governor has 88 delegates, by The Associated Press' count.",
            "The governor has 88 delegates",
            "outlet",
            "Associated Press",
        ),
        (
            "By some estimates, the sea wall would cost $2 billion to build.",
            "the sea wall would cost $2 billion to build",
            "document",
            "some estimates",
        ),
    ],
)
def test_a_reckoning_names_who_counted(run, text, content, kind, name):
    report = run(in_brief(text))
    assert only(report)[1:] == ("evidence", content, kind, name)
    # sourced to its counter, the figure is no unattributed claim
    assert not [f for f in report["flags"] if f["type"] == "unattributed_claim"]


@pytest.mark.parametrize(
    "text",
    [
        "Growth on the island remains weak by historical standards this year.",
        "The mayor won the vote by far the widest margin in decades.",
        "The figures were checked by a count of every ballot in the ward.",
    ],
)
def test_a_standard_or_an_agent_is_no_reckoning(run, text):
    """Guard: "by" before a standard, before "far", or inside the clause as a passive's
    agent names no one who counted."""
    report = run(in_brief(text))
    assert [a for a in report["attributions"] if a["cue"]["text"].lower() == "by"] == []


def test_coming_out_against_is_a_stance(run):
    report = run("News in brief\n\nPremier Dana Whitford came out against the carbon levy.")
    assert only(report) == ("came out", "stance", "the carbon levy", "person", "Dana Whitford")


def test_coming_out_of_a_room_is_no_stance(run):
    """Guard: "came out of the meeting" is where one went, not a side taken."""
    report = run("News in brief\n\nThe premier came out of the meeting looking tired.")
    assert report["attributions"] == []


@pytest.mark.parametrize(
    ("text", "cue", "content", "name"),
    [
        (
            "Two councillors, Ama Boateng and Rui Costa, are against selling the depot.",
            "are against",
            "selling the depot",
            "Two councillors",
        ),
        (
            "Most residents were firmly against the new tower.",
            "were firmly against",
            "the new tower",
            "Most residents",
        ),
    ],
)
def test_being_against_something_is_a_stance(run, text, cue, content, name):
    report = run(in_brief(text))
    found = [a for a in report["attributions"] if a["cue"]["text"] == cue]
    assert [(a["category"], a["content"]["text"]) for a in found] == [("stance", content)]
    assert source_of(report, found[0])["name"] == name


@pytest.mark.parametrize(
    "text",
    ["The odds are against the home side this season.", "The tide was against the rowers."],
)
def test_what_no_one_holds_takes_no_side(run, text):
    """Guard: odds or a tide against someone are no one's side."""
    assert run(in_brief(text))["attributions"] == []


def test_a_lead_in_before_a_colon_is_not_what_was_said(run):
    report = run(
        "News in brief\n\nIt is not just the council: Premier Dana Whitford came out against "
        "the levy in March."
    )
    assert only(report)[2] == "the levy"
