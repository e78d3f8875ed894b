"""rules/acts.py: a verb of stance used in a sense that reports a deed gives no stance, on
sentences written for the purpose; the same verbs stating a view keep theirs."""

from __future__ import annotations

import pytest


def stances(report: dict) -> list[tuple[str, str]]:
    """(cue, content) of every attribution of category ``stance``."""
    return [
        (a["cue"]["text"], a["content"]["text"])
        for a in report["attributions"]
        if a["category"] == "stance"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a time is when, not what
        "The minister's remarks on Tuesday night drew little applause.",
        "The inquiry contradicted many of the director's statements over the past two years.",
        "The harbour master promised Friday to reopen the quay.",
        # a perception of a deed in progress
        "Two volunteers were seen carrying sandbags along the flooded quay.",
        "A young deer was seen crossing the runway shortly before noon.",
        # a name given with nobody's judgement behind it
        "The new ferry will be called Northern Star and will sail from Larne.",
        "Okafor was later named deputy harbour master of the eastern docks.",
        # an amount lived through
        "The province could see up to 4,000 new infections a week by December.",
        "The shelter saw 120 arrivals over the long weekend.",
        "Portugal is seeing a shortage of lorry drivers this winter.",
        # a notice handed to someone who acts on it
        "The clinic reported the theft to the police on Monday.",
        # a particle that makes a verb of doing
        "The new owners ripped up the orchard to build a car park.",
        "Wardens backed up the lorry to the loading bay.",
    ],
)
def test_deeds_are_no_stance(run, text):
    assert stances(run(text)) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Many traders have seen the levy as a tax on small shops.",
            "seen",
            "the levy as a tax on small shops",
        ),
        (
            "Portugal sees the treaty as a threat to its fisheries.",
            "sees",
            "the treaty as a threat to its fisheries",
        ),
        ("The councillor opposed the bill.", "opposed", "the bill"),
        ("The old dockers talked about the 1990s.", "talked", "the 1990s"),
        (
            "Fishermen slammed the decision on Friday.",
            "slammed",
            "the decision",
        ),
        ("The weekly paper endorsed the mayor.", "endorsed", "the mayor"),
        (
            # a name in quotation marks is somebody's word for it
            "The new levy is being called a “stealth tax” in the county.",
            "called",
            "a “stealth tax”",
        ),
        ("The minister talked up his plans for the port.", "talked up", "his plans for the port"),
    ],
)
def test_stances_stay(run, text, cue, content):
    assert any(c == cue and content in body for c, body in stances(run(text)))
