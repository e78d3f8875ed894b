"""Sources counted rather than named: "a number of economists", "hundreds of
protesters", "two-thirds of voters", "a growing body of research".

A quantity word heads its phrase, but the "of" phrase says who or what the source is:
"A number of economists said" is economists, unnamed (the source had been "A number"),
"a large body of research suggests" is research, a document. A crowd's noun is the
source up to that noun, without the clause or place after it; "the number of emails" is
a figure, not a group. A count of members of a party or a nation ("dozens of
Republicans", "most Americans") is those people, unnamed, not the party or the nation.
A group named again with "the" ("the grid engineers" after "some of the county's grid
engineers") is the group cited before, not a new one; a share of a group ("42% of
voters") is not the group. "Another resident", however often the words recur, is
someone else each time.

Every text here is written for the test; the people and bodies in it are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import by_cue, cued_source


@pytest.mark.parametrize(
    ("text", "cue", "source", "kind"),
    [
        (
            "A number of economists said the levy would fail.",
            "said",
            "A number of economists",
            "anonymous",
        ),
        (
            "A handful of senators said they would oppose the harbor bill.",
            "said",
            "A handful of senators",
            "anonymous",
        ),
        (
            "Hundreds of dockworkers said they would return on Monday.",
            "said",
            "Hundreds of dockworkers",
            "anonymous",
        ),
        (
            "A lot of people think the ferry vote was rigged.",
            "think",
            "A lot of people",
            "anonymous",
        ),
        (
            "A chorus of local bakers said the new rule was unfair.",
            "said",
            "A chorus of local bakers",
            "anonymous",
        ),
        (
            "A large body of research suggests that naps help memory.",
            "suggests",
            "A large body of research",
            "document",
        ),
        (
            "A series of studies found that the tonic works.",
            "found",
            "A series of studies",
            "document",
        ),
    ],
)
def test_a_counted_group_is_named_by_what_it_counts(run, text, cue, source, kind):
    report = run(text)
    assert by_cue(report, cue)["source"]["text"] == source
    assert cued_source(report, cue)["type"] == kind


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Majorities of both parties say the canal tolls are too high.",
            "say",
            "Majorities of both parties",
        ),
        (
            "Two-thirds of voters said the county is on the wrong track.",
            "said",
            "Two-thirds of voters",
        ),
        (
            "Dozens of Republicans said they would not back the levy.",
            "said",
            "Dozens of Republicans",
        ),
        (
            "Thousands of Canadians said they would not back the levy.",
            "said",
            "Thousands of Canadians",
        ),
        ("Most Canadians say the levy is too high.", "say", "Most Canadians"),
    ],
)
def test_a_count_of_members_is_people_not_the_party_or_the_nation(run, text, cue, source):
    report = run(text)
    assert by_cue(report, cue)["source"]["text"] == source
    assert cued_source(report, cue)["type"] == "anonymous"


def test_a_crowd_ends_at_its_noun(run):
    report = run("Thousands of fishermen protesting against the quota said it would ruin them.")
    assert by_cue(report, "said")["source"]["text"] == "Thousands of fishermen"


def test_a_share_keeps_the_sample_it_is_taken_from(run):
    """Guard: a share's "of" phrase names the sample whole, clause and all."""
    report = run("Some 31 percent of those surveyed said they would move away.")
    assert by_cue(report, "said")["source"]["text"] == "Some 31 percent of those surveyed"


def test_the_number_of_people_is_a_figure_not_a_group(run):
    """Guard: "the number of" is the figure, which the quantity words must not take."""
    report = run("The number of voters shows that turnout fell sharply in the harbor wards.")
    assert cued_source(report, "shows")["type"] != "anonymous"


def test_a_definite_group_refers_back_to_the_group_cited_before(run):
    text = (
        "The blackouts left some of the county's grid engineers bewildered. They said the "
        "plant had power to spare.\n\nThe weather has been hot all week.\n\nThe grid "
        "engineers noted that demand fell below last year's peak."
    )
    report = run(text)
    assert by_cue(report, "noted")["source"]["id"] == by_cue(report, "said")["source"]["id"]
    assert cued_source(report, "noted")["name"] == "county's grid engineers"


def test_a_definite_group_is_not_a_share_of_it(run):
    """Guard: a share counts some of a group, so the group named later is not the share."""
    text = "42% of voters say the ferry is too slow. The voters also said the mayor should go."
    report = run(text)
    assert by_cue(report, "said")["source"]["id"] != by_cue(report, "say")["source"]["id"]


def test_another_unnamed_person_is_someone_else_each_time(run):
    text = (
        "One resident said the ferry was late. Another resident said it was early. "
        "Another resident said it never came at all."
    )
    ids = [a["source"]["id"] for a in run(text)["attributions"]]
    assert len(ids) == 3 and len(set(ids)) == 3
