"""Light-verb cues (``rules/light.py``) and noun objects of "decline", on sentences
written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_stance import attributions


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The harbour master made clear that the ferry would not sail before spring.",
            "made clear",
            "The harbour master",
            "that the ferry would not sail before spring",
        ),
        (
            "Okafor made it clear to the traders on Monday that the levy would stay.",
            "made it clear",
            "Okafor",
            "that the levy would stay",
        ),
        (
            "Union leaders made clear Tuesday they have no plans to end the strike.",
            "made clear",
            "Union leaders",
            "they have no plans to end the strike",
        ),
    ],
)
def test_made_clear_states_the_clause_after_it(run, text, cue, source, content):
    assert attributions(run(text))[0] == ("statement", cue, source, content)


def test_made_no_secret_of_is_a_stance_toward_its_object(run):
    text = "The mayor has made no secret of her dislike of the new port levy."
    found = attributions(run(text))
    assert ("stance", "made no secret of", "The mayor", "her dislike of the new port levy") in (
        found
    )


@pytest.mark.parametrize(
    "text",
    [
        # the answer is withheld
        "The mayor did not make clear whether the ferry would sail.",
        # a circumstance of the statement, not what was made clear
        "The council made clear as the crowd cheered outside the hall.",
        # an act on a thing
        "The crew made the harbour clear of debris by noon.",
    ],
)
def test_no_light_cue_without_a_stated_clause(run, text):
    assert not [a for a in attributions(run(text)) if a[1].startswith("made")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The harbour board declined comment on the levy.", "comment on the levy"),
        ("Okafor declined a question about the ferry fares.", "a question about the ferry fares"),
    ],
)
def test_declining_comment_names_what_was_declined(run, text, content):
    [(_, cue, _, found)] = attributions(run(text))
    assert (cue, found) == ("declined", content)
