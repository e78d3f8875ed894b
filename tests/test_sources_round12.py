"""Who a source is, round 12: given names beyond the hand-made lists (the census names
kept by ``tools/build_given_names.py``) give people their gender, so "she" finds the
woman named before; a surname shared by several people keeps each one's own name.

Every text here is written for the test; the people in it are invented.
"""

from __future__ import annotations

import pytest

from newsaudit.data import given_names
from newsaudit.mention_kinds import census_given
from tests.reports import by_cue, source_of


@pytest.mark.parametrize(
    ("name", "gender"),
    [("chris", "male"), ("lindsey", "female"), ("carly", "female"), ("debbie", "female")],
)
def test_census_names_kept_with_their_gender(name, gender):
    assert given_names()[name] == gender


# places, months, surnames and common words the census lists also hold
@pytest.mark.parametrize("word", ["florida", "america", "june", "will", "clinton", "cruz"])
def test_census_words_the_news_writes_otherwise_are_dropped(word):
    assert word not in given_names()


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Chris", "Dalworth"], True),
        (["Chris", "Dalworth", "Jr."], True),
        (["Chris"], False),  # a single word may be anything
        (["Chris", "Dalworth", "Harbour", "Trust"], False),
        (["Chris", "of", "Dalworth"], False),
    ],
)
def test_a_census_name_counts_only_first_in_a_short_capitalised_name(words, expected):
    assert census_given(words) is expected


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        # "Chris" is a man's name: "she" is the woman named before him
        (
            "Debbie Harlan runs the ferry depot. Chris Dalworth, a captain, joined her "
            "on Monday.\n\n"
            '"The harbour needs dredging before winter," she said.',
            "said",
            "Debbie Harlan",
        ),
        (
            "Lindsey Okoro chairs the parish council. Ben Trask, the treasurer, sat beside "
            "her.\n\n"
            '"We cannot raise the rates again," she said.',
            "said",
            "Lindsey Okoro",
        ),
        # and "he" is the man, not the woman named after him
        (
            "Chris Dalworth, a captain, met Megyn Ashby, the harbourmaster, on Monday.\n\n"
            '"The channel is too shallow for the new ferries," he said.',
            "said",
            "Chris Dalworth",
        ),
    ],
)
def test_a_pronoun_finds_the_person_of_its_gender(run, text, cue, name):
    report = run(text)
    source = source_of(report, by_cue(report, cue))
    assert (source["name"], source["type"]) == (name, "person")
