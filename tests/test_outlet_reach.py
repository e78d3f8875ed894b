"""Outlets reached indirectly, on sentences written for the purpose: readings of an
outlet's polls ("early results of exit polls conducted for the AP"), "as reported by X"
phrases, and an "according to X" that closes a quotation the parser cut into sentences."""

from __future__ import annotations

import pytest

from tests.reports import assert_outlet_finding, by_cue, source_of


@pytest.mark.parametrize(
    ("text", "cue", "source", "content", "outlet"),
    [
        (
            # the results are of polls made for an outlet: the outlet stands behind them
            "Early results of exit polls conducted by a research firm for The Associated "
            "Press show two-thirds of voters in Ohio back the levy.",
            "show",
            "Early results",
            "two-thirds of voters in Ohio back the levy",
            "Associated Press",
        ),
        (
            "An average of recent NBC News polls shows the senator ahead by four points.",
            "shows",
            "An average",
            "the senator ahead by four points",
            "NBC News",
        ),
    ],
)
def test_a_reading_of_named_polls_is_the_source_of_its_finding(
    run, text, cue, source, content, outlet
):
    assert_outlet_finding(run(text), cue, source, content, outlet)


@pytest.mark.parametrize(
    "text",
    [
        "Early results of a poll of parents show strong support for the levy.",
        # a place says where the poll was taken, not who made it
        "Early results of a poll of parents in Ohio show strong support for the levy.",
    ],
)
def test_results_of_a_poll_nobody_is_named_for_are_no_finding(run, text):
    assert run(text)["attributions"] == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "As reported by the Hollis Courier, the former minister was told to guard the files.",
            "As reported by",
            "the former minister was told to guard the files",
        ),
        (
            "The harbour master will step down this week, as first reported by the Hollis "
            "Courier on Tuesday.",
            "as first reported by",
            "The harbour master will step down this week",
        ),
    ],
)
def test_as_reported_by_an_outlet(run, text, cue, content):
    report = run(text)
    found = by_cue(report, cue)
    assert found["content"]["text"] == content
    entity = source_of(report, found)
    assert (entity["type"], entity["name"]) == ("outlet", "Hollis Courier")


def test_according_to_after_a_quotation_covers_all_of_it(run):
    # the parser ends a sentence after "came in." inside the quotation
    text = (
        '"I came in. This is only manners and nothing else," the bishop told reporters, '
        "according to Reuters, on the flight home."
    )
    found = by_cue(run(text), "according to")
    # the clause goes on after the phrase ("on the flight home" is when he told them), so
    # the phrase set off inside it attributes all of it (round 19)
    assert found["content"]["text"] == (
        '"I came in. This is only manners and nothing else," the bishop told reporters, '
        "according to Reuters, on the flight home"
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("A CNN poll has her ahead by nine points.", "her ahead by nine points"),
        (
            "The NBC News survey had the senator pulling even with the governor.",
            "the senator pulling even with the governor",
        ),
        (
            "A CNN survey released Friday had him at 4 percent in the crowded field.",
            "him at 4 percent in the crowded field",
        ),
    ],
)
def test_a_poll_that_has_someone_somewhere_states_a_finding(run, text, content):
    report = run(text)
    found = next(a for a in report["attributions"] if a["cue"]["text"] in ("has", "had"))
    assert found["content"]["text"] == content
    assert found["category"] == "evidence"
    assert source_of(report, found)["type"] == "outlet"


def test_a_poll_that_has_a_margin_of_error_states_no_finding(run):
    assert run("The CNN poll has a margin of error of three points.")["attributions"] == []
