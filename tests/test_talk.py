"""Talk with no talker (``rules/talk.py``): "there has been talk about X" is hearsay, an
attribution with no source, flagged as such rather than as the writer's own claim."""

from __future__ import annotations

import pytest

from tests.test_flags import article, flags_on, one_flag

HEARSAY = [
    ("There has been a lot of talk about a merger of the two ferry companies.", "talk about"),
    ("There is renewed chatter about who might replace the harbour master in May.", "chatter"),
    ("There were rumblings about the dredging contract for most of the autumn.", "rumblings"),
    ("Speculation about the mayor's health grew after she missed three meetings.", "Speculation"),
]


def _attribution(report: dict, text: str, line: str) -> dict:
    start = text.index(line)
    found = [a for a in report["attributions"] if start <= a["cue"]["start"] < start + len(line)]
    assert len(found) == 1, [(a["cue"]["text"], a["content"]["text"]) for a in found]
    return found[0]


@pytest.mark.parametrize(("line", "cue"), HEARSAY)
def test_talk_with_no_talker_is_sourceless_hearsay(run, line, cue):
    text = article(line)
    report = run(text)
    found = _attribution(report, text, line)
    assert found["cue"]["text"].startswith(cue)
    assert found["source"] is None
    assert not flags_on(report, text, line, "unattributed_claim")
    assert one_flag(report, text, line, "vague_source")["severity"] == "medium"


def test_talk_content_is_what_is_talked_about(run):
    line = "There has been a lot of talk about a merger of the two ferry companies."
    text = article(line)
    found = _attribution(run(text), text, line)
    assert found["content"]["text"] == "a merger of the two ferry companies"


def test_among_names_who_is_talking(run):
    line = "Among the harbour pilots, there is chatter about who might take the night shift."
    text = article(line)
    found = _attribution(run(text), text, line)
    assert found["source"]["text"] == "the harbour pilots"
    assert found["content"]["text"] == "who might take the night shift"


@pytest.mark.parametrize(
    "line",
    [
        # the talks themselves, an event: nothing is said to be said
        "There were talks between the ferry companies and the port all through March.",
        # talk as the object of someone's act: the verb's own reading decides
        "The harbour board has ignored the chatter on the quays for a month now.",
    ],
)
def test_talk_without_a_topic_or_as_an_object_is_no_hearsay(run, line):
    text = article(line)
    report = run(text)
    start = text.index(line)
    assert not [
        a
        for a in report["attributions"]
        if start <= a["cue"]["start"] < start + len(line) and a["source"] is None
    ]


def test_an_aside_after_the_topic_is_the_writers(run):
    line = "There is chatter about a new ferry line, which would be the third on the lake."
    text = article(line)
    found = _attribution(run(text), text, line)
    assert found["content"]["text"] == "a new ferry line"
