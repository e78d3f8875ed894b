""" "It" as the object of a stance (``rules/frames.py``), on sentences written for the
purpose: after a verb that takes any noun phrase, "it" stands for the measure named
before; after a verb of doing it is nothing said."""

from __future__ import annotations

import pytest

from tests.test_stance import attributions


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The levy passed in May. Most traders opposed it from the start.",
            "opposed",
            "Most traders",
        ),
        (
            "The ferry plan was costly, but the harbour board backed it anyway.",
            "backed",
            "the harbour board",
        ),
    ],
)
def test_it_after_a_stance_verb_is_its_target(run, text, cue, source):
    assert ("stance", cue, source, "it") in attributions(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The crew found the old anchor and threw it back into the harbour.",
        "The mayor called it off on Friday.",
    ],
)
def test_it_after_a_verb_of_doing_is_nothing_said(run, text):
    assert not [a for a in attributions(run(text)) if a[3] == "it"]
