"""A source's role holds an office or a description of what the source is, never an
adjective of the moment, a reflexive, a quantifier or where the person happened to be."""

from __future__ import annotations

import pytest

from tests.test_sources import speaker


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        (
            "At the rally, former Ohio governor Ada Marsh said the plan would fail.",
            "former Ohio governor Ada Marsh",
            "former Ohio governor",
        ),
        (
            "On Monday, retired Navy captain Tomas Reyes said the fees would rise.",
            "retired Navy captain Tomas Reyes",
            "retired Navy captain",
        ),
        (
            "Republican Ada Marsh and Democrat Tomas Reyes said the levy would be dropped.",
            "Republican Ada Marsh and Democrat Tomas Reyes",
            "Democrat",
        ),
    ],
)
def test_the_title_is_every_word_before_the_name(run, text, mention, role):
    # proper nouns inside the title ("Ohio", "Navy") are part of it, not of the name;
    # a conjunction after another name ends it
    assert speaker(run(text), mention=mention)["role"] == role


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "In the end, an unlikely Tomas Reyes said the levy would be dropped.",
            "an unlikely Tomas Reyes",
        ),
        (
            "On Monday, a young Peter Okafor told the panel that the bridge had been unsafe.",
            "a young Peter Okafor",
        ),
        (
            "Later that week, the younger Mr. Okafor said the bridge had been unsafe.",
            "the younger Mr. Okafor",
        ),
    ],
)
def test_an_adjective_before_a_name_is_no_office(run, text, mention):
    assert speaker(run(text), mention=mention)["role"] is None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Officials disagreed, but Lena Bryce herself said the ferry would run on Friday.",
            "Lena Bryce",
        ),
        ("Tomas Reyes and Ada Marsh both said the levy would be dropped.", "Tomas Reyes"),
        ("Ada Marsh in Leeds said the levy would be dropped.", "Ada Marsh"),
    ],
)
def test_a_reflexive_a_quantifier_or_a_place_is_no_role(run, text, mention):
    assert speaker(run(text), mention=mention)["role"] is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ada Marsh of the harbour board said the levy would be dropped.", "of the harbour board"),
        ("Ada Marsh, a nurse in Leeds, said the levy would be dropped.", "a nurse in Leeds"),
        (
            "Last year, union spokeswoman Ada Marsh said the levy would be dropped.",
            "union spokeswoman",
        ),
    ],
)
def test_where_a_person_belongs_and_what_they_are_stay_roles(run, text, role):
    assert speaker(run(text), cue="said")["role"] == role
