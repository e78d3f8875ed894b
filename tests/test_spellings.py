"""Names written with accents or a typographic apostrophe are read as plainly written ones."""

from __future__ import annotations

import pytest

import newsaudit
from newsaudit import nlp as nlp_loader
from newsaudit import spellings
from newsaudit.person_names import given_gender


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Céline", "Celine"),
        ("Angélil", "Angelil"),
        ("Søren", "Soren"),
        ("Łukasz", "Lukasz"),
        ("Straße", "Strasse"),
        ("O\u2019Brien", "O'Brien"),
        ("Москва", "Москва"),  # another alphabet has no plain spelling in Latin letters
        ("Dion", "Dion"),
    ],
)
def test_plain_spelling(word, expected):
    assert spellings.plain(word) == expected


def test_the_component_runs_first_and_leaves_the_text_as_written():
    nlp = nlp_loader.load()
    assert nlp.pipe_names[0] == spellings.NAME
    doc = nlp("Even though Céline Dion is a pop star, few knew her in Trois-Rivières.")
    assert doc.text == "Even though Céline Dion is a pop star, few knew her in Trois-Rivières."
    assert [t.text for t in doc][2:4] == ["Céline", "Dion"]
    assert ("Céline Dion", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_an_accented_speaker_is_one_named_person():
    report = newsaudit.audit(
        "Even though Céline Dion is a pop star, she rarely gives interviews.\n\n"
        "\u201cI sing because I love it,\u201d Dion said after the concert."
    )
    (source,) = [s for s in report.sources if "Dion" in s.name]
    assert (source.type, source.name) == ("person", "Céline Dion")
    assert [a.source.text for a in report.attributions] == ["Dion"]


def test_a_name_with_a_typographic_apostrophe_is_a_person():
    report = newsaudit.audit(
        "Brett O\u2019Donnell, a debate coach, said the format favored the front-runner. "
        "\u201cIt\u2019s taxing on campaigns,\u201d O\u2019Donnell said."
    )
    names = {(s.type, s.name) for s in report.sources}
    assert names == {("person", "Brett O\u2019Donnell")}


@pytest.mark.parametrize(
    ("word", "gender"),
    [
        ("Hélène", "female"),
        ("Helene", "female"),
        ("René", "male"),
        ("René-Charles", "male"),
        ("Marie-Ève", "female"),
        ("Jean-François", "male"),  # "Jean" is in neither list; "François" decides
        ("Camille", None),  # given to women and men alike
    ],
)
def test_given_name_gender_in_any_letters(word, gender):
    assert given_gender(word) == gender


def test_she_skips_a_man_with_an_accented_given_name():
    report = newsaudit.audit(
        "Anne Roy and René Lévesque arrived late. \u201cIt was a long night,\u201d she said."
    )
    (quoted,) = [a for a in report.attributions if a.source and a.source.text == "she"]
    names = {s.id: s.name for s in report.sources}
    assert names[quoted.source.id] == "Anne Roy"
