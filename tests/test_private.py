"""What is said or thought in private is still its holder's (``rules/private.py``): a verb
of saying with its reported clause ("aides privately conceded that …") and a belief
("officials privately worry about …") are attributions, while an act done in private
("privately urged the board to …", "met privately with …") is the writer's claim and
no attribution.

Every text here is written for the test; the people are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import by_cue, in_brief


@pytest.mark.parametrize(
    ("sentence", "cue", "source", "content", "category"),
    [
        (
            "The mayor's aides privately conceded that the harbour plan had been a mistake.",
            "conceded",
            "The mayor's aides",
            "that the harbour plan had been a mistake",
            "statement",
        ),
        (
            "Several councillors privately believe the ferry contract will collapse.",
            "believe",
            "Several councillors",
            "the ferry contract will collapse",
            "belief",
        ),
        (
            "Port officials privately worry about the cost of the second terminal.",
            "worry",
            "Port officials",
            "the cost of the second terminal",
            "stance",  # a view of a thing, not of a proposition
        ),
        (
            "Behind closed doors, union stewards admitted that the vote had been close.",
            "admitted",
            "union stewards",
            "that the vote had been close",
            "statement",
        ),
    ],
)
def test_what_is_said_or_thought_in_private_is_attributed(
    run, sentence, cue, source, content, category
):
    found = by_cue(run(in_brief(sentence)), cue)
    assert found["source"]["text"] == source
    assert found["content"]["text"] == content
    assert found["category"] == category


@pytest.mark.parametrize(
    "sentence",
    [
        "Last week the ministry privately urged the union to accept the offer.",
        "The harbour master met privately with the ferry crews on Monday.",
        "The council secretly funded three trips to the coast for its members.",
    ],
)
def test_an_act_done_in_private_is_no_attribution(run, sentence):
    """Guard: the act is the writer's claim, which the flag rules mark as private."""
    report = run(in_brief(sentence))
    assert [a["cue"]["text"] for a in report["attributions"]] == []
