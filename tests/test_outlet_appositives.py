"""A description of an outlet with its name beside it ("the news site Semafor", "the
conservative website Breitbart") names that outlet, not the outlet cited last nor a body
called by the description; a name beside a description that may be a public body ("the
agency FEMA") stays a body. The staff of a described paper ("the paper's editorial board")
speak for the paper named before, or for an unnamed outlet when none was. Sentences
written for the purpose."""

from __future__ import annotations

import pytest

from tests.reports import by_cue, cued_source, source_of


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The conservative website Breitbart reported that the levy would rise.", "Breitbart News"),
        ("The news site Semafor reported that the levy would rise.", "Semafor"),
        ("The liberal magazine Mother Jones reported that the levy would rise.", "Mother Jones"),
        (
            "Reuters said the port was closed. The online magazine Slate reported that the "
            "levy would rise.",
            "Slate",
        ),
    ],
)
def test_a_description_names_the_outlet_beside_it(run, text, outlet):
    report = run(text)
    entity = cued_source(report, "reported")
    assert (entity["type"], entity["name"]) == ("outlet", outlet)


def test_a_name_beside_a_description_of_a_body_is_no_outlet(run):
    report = run("The agency FEMA said that the levy would rise.")
    assert cued_source(report, "said")["type"] != "outlet"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The paper's editorial board wrote that the levy would fail.",
            "The paper's editorial board",
        ),
        (
            "The conservative magazine's editors wrote that the levy would fail.",
            "The conservative magazine's editors",
        ),
    ],
)
def test_staff_of_a_described_paper_with_none_named_speak_for_an_outlet(run, text, source):
    report = run(text)
    found = by_cue(report, "wrote")
    assert found["source"]["text"] == source
    assert source_of(report, found)["type"] == "outlet"


def test_staff_of_a_described_paper_speak_for_the_paper_named_before(run):
    report = run(
        "The Times reported the fire. The paper's editorial board wrote that it would spread."
    )
    entity = cued_source(report, "wrote")
    assert (entity["type"], entity["name"]) == ("outlet", "The New York Times")


def test_a_body_described_with_an_editorial_board_is_no_outlet(run):
    report = run("The city's editorial board wrote that the levy would fail.")
    assert cued_source(report, "wrote")["type"] != "outlet"
