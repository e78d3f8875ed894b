"""Titles written with a bound prefix ("co-founder", "ex-governor"), on sentences written
for the purpose. Split at the hyphen, the stray "co" or "Ex" is read as a noun and made
the subject, so the speaker came out as "Apple co" or "Ex-governor"; kept in the word,
the title is a title and the name after it the speaker."""

from __future__ import annotations

import pytest

from newsaudit.data import lexicon
from tests.reports import cued_source


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        ("Apple co-founder Steve Wozniak said the store would close.", "said", "Steve Wozniak"),
        (
            "Ex-governor Tom Brennan said the bridge tolls were far too high.",
            "said",
            "Tom Brennan",
        ),
        (
            "In an interview, co-host Mika Jorgensen asked the senator about the wall.",
            "asked",
            "Mika Jorgensen",
        ),
    ],
)
def test_the_name_after_a_prefixed_title_is_the_speaker(run, text, cue, name):
    entity = cued_source(run(text), cue)
    assert (entity["type"], entity["name"]) == ("person", name)


def test_a_newsroom_job_with_a_prefix_speaks_for_the_outlet(run):
    text = "NBC Nightly News co-anchor Tom Brennan said the mayor had misled the council."
    entity = cued_source(run(text), "said")
    assert (entity["type"], entity["name"]) == ("outlet", "NBC Nightly News")


def test_a_prefix_before_a_name_stays_apart_from_it(nlp):
    """Guard: "ex-Trump aide" keeps "Trump" a word of its own, so the name is still
    found."""
    words = [t.text for t in nlp("An ex-Trump aide said the deal was dead.")]
    assert "Trump" in words


def test_every_one_word_title_has_its_prefixed_forms():
    assert {"ex-governor", "co-founder", "co-chair", "ex-minister"} <= lexicon.TITLES
    assert "ex-chief of staff" not in lexicon.TITLES
