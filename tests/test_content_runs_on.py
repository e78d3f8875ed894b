"""Where reported content stops (``rules/stops.py``): a word of the cue lexicon inside
what was said is no second report when it is used for an act ("would not call off the
strike", "continued to fill sandbags", "a committee to assess the losses"), and a verb
in the past perfect joined to the reported clause is that clause shifted back ("said the
council had met and had asked …"), whose subject is the clause's own. A verb of saying
that starts the speaker's next act still ends the content.

Every text here is written for the test; the people and bodies are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import by_cue, in_brief, source_of


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Okafor said the drivers would stay out and would not call off the strike until "
            "the fares were cut.",
            "the drivers would stay out and would not call off the strike until the fares were cut",
        ),
        (
            "The mayor said the river had peaked overnight while residents continued to "
            "fill sandbags along the quay.",
            "the river had peaked overnight while residents continued to fill sandbags along "
            "the quay",
        ),
        (
            "The minister said the government would set up a committee to assess the "
            "losses and pay farmers by March.",
            "the government would set up a committee to assess the losses and pay farmers by March",
        ),
        (
            "She said the council had received the report and had asked the engineers to "
            "check the bridge again.",
            "the council had received the report and had asked the engineers to check the "
            "bridge again",
        ),
    ],
)
def test_an_act_inside_what_was_said_does_not_end_it(run, sentence, content):
    found = by_cue(run(in_brief(sentence)), "said")
    assert found["content"]["text"] == content


def test_a_backshifted_verb_of_saying_is_the_clause_subject_s(run):
    report = run(
        in_brief(
            "She said the council had received the report and had asked the engineers to "
            "check the bridge again."
        )
    )
    assert source_of(report, by_cue(report, "asked"))["name"].lower().endswith("council")


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Mensah said the fares were fair and insisted that the drivers would be paid.",
            "the fares were fair",
        ),
        (
            "Mensah said the fares were fair and called the strike a stunt.",
            "the fares were fair",
        ),
        (
            "He said the board had met on Monday, and added that no decision had been made.",
            "the board had met on Monday",
        ),
    ],
)
def test_the_speaker_s_next_act_still_ends_it(run, sentence, content):
    """Guard: a finite verb of saying, in the speaker's own tense, is their next act."""
    found = by_cue(run(in_brief(sentence)), "said")
    assert found["content"]["text"] == content
