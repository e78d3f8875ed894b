"""A description of an outlet with its name beside it ("the news site Semafor", "the
conservative website Breitbart") names that outlet, not the outlet cited last nor a body
called by the description; a name beside a description that may be a public body ("the
agency FEMA") stays a body. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.reports import by_cue, source_of


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
    entity = source_of(report, by_cue(report, "reported"))
    assert (entity["type"], entity["name"]) == ("outlet", outlet)


def test_a_name_beside_a_description_of_a_body_is_no_outlet(run):
    report = run("The agency FEMA said that the levy would rise.")
    assert source_of(report, by_cue(report, "said"))["type"] != "outlet"
