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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbour master took aim at a levy on ferry tickets.",
            ("stance", "took aim at", "The harbour master", "a levy on ferry tickets"),
        ),
        (
            "Okafor took issue with the council's figures.",
            ("stance", "took issue with", "Okafor", "the council's figures"),
        ),
        (
            "The mayor also took a swipe at her predecessor.",
            ("stance", "took a swipe at", "The mayor", "her predecessor"),
        ),
        (
            "The union threw its support behind the night-shift ban.",
            ("stance", "threw its support behind", "The union", "the night-shift ban"),
        ),
        (
            "Okafor made no mention of the levy.",
            ("statement", "made no mention of", "Okafor", "the levy"),
        ),
        (
            "The port authority took credit for the new ferry timetable.",
            ("statement", "took credit for", "The port authority", "the new ferry timetable"),
        ),
        (
            "The mayor made the case for a second ferry line.",
            ("statement", "made the case for", "The mayor", "a second ferry line"),
        ),
        # the clause, not a phrase of time or the audience, is what is argued
        (
            "Okafor has been making the case for weeks that the levy is unfair.",
            ("statement", "making the case", "Okafor", "that the levy is unfair"),
        ),
        (
            "Okafor made an impassioned case to a meeting of dock workers that the levy "
            "would cost jobs.",
            (
                "statement",
                "made an impassioned case",
                "Okafor",
                "that the levy would cost jobs",
            ),
        ),
    ],
)
def test_a_fixed_phrase_of_a_light_verb_is_one_cue(run, text, expected):
    assert expected in attributions(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # a thing aimed at, not a view
        "The striker took a shot at goal in the last minute of the match.",
        # withheld
        "The ferry company did not take issue with the new timetable.",
        # the phrase's own noun is not the idiom's
        "The harbour master took the ferry to the island on Monday.",
        pytest.param(
            "The crew made a case for the old compass out of driftwood.",
            marks=pytest.mark.xfail(
                reason="a case as a box is not told apart from a case argued; in news the "
                "argued sense is the one met (study split: every 'made a case for' argued)",
                strict=True,
            ),
        ),
    ],
)
def test_no_fixed_phrase_cue_on_an_act(run, text):
    found = [a for a in attributions(run(text)) if a[1].split()[0] in ("took", "take", "made")]
    assert not found, found
