"""Scene-setting in a datelined piece is `info`, not an unsourced claim
(``rules/scene.py``): the state of a place set by a fronted phrase of place, in the past
tense, and background about the dateline's place in the timeless present. The same
sentences with no dateline, and claims of the same look, keep their severity."""

from __future__ import annotations

import pytest

from tests.test_flags import CLOSE, HEADLINE, LEAD, article, one_flag

DATELINE = "HARWICK, Lakeshore (AP) \u2014 "
FIRST = "Hundreds of commuters waited outside the ferry terminal for most of the morning."


def datelined(*paragraphs: str) -> str:
    return "\n".join([HEADLINE, DATELINE + FIRST, *paragraphs, LEAD, CLOSE]) + "\n"


SCENE = [
    "On the quayside, the mood was sombre.",
    "Outside the ferry terminal, the crowd remained calm.",
    "Harwick handles most of the grain shipped across the lake from the northern farms.",
]


@pytest.mark.parametrize("line", SCENE)
def test_the_scene_at_the_dateline_is_info(run, line):
    text = datelined(line)
    assert one_flag(run(text), text, line, "unattributed_claim")["severity"] == "info"


@pytest.mark.parametrize("line", SCENE)
def test_the_same_sentence_with_no_dateline_stays_low(run, line):
    text = article(line)
    assert one_flag(run(text), text, line, "unattributed_claim")["severity"] == "low"


@pytest.mark.parametrize(
    "line",
    [
        # a phrase of time sets no scene
        "By Friday afternoon, the timetable was circulating widely among the crews.",
        "On Tuesday, the mood in the ferry company was sombre.",
        # an event at the place, not a state of it
        "On the quayside, the police arrested two ticket inspectors.",
        # the dateline's place in the past tense, or another place in the present
        "Harwick banned night crossings on the lake after the storm.",
        "Dunmore handles most of the grain shipped across the lake from the northern farms.",
    ],
)
def test_claims_of_the_same_look_stay_low(run, line):
    text = datelined(line)
    assert one_flag(run(text), text, line, "unattributed_claim")["severity"] == "low"
