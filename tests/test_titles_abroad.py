"""Titles before a name that are no part of it, as news outside the United States writes
them: an Indonesian regent, a school's head, a township's reeve, a naval commodore, a
monsignor, a state trooper, an Indian district collector or sarpanch, a Newfoundland MHA,
a chaplain, a group's convener; a body whose name opens with such a word keeps it
("Principal Financial Group"); and a local title in brackets before a name set off after
it is not the name ("the village headman (turaga ni koro), Viliame Ratuvou"); particles
inside names ("wa", "arap", "a/l", Welsh "ab") keep a name whole, with the given name
before them, and a given name after an honorific ("Hon. Gifty Ama …") is the name's.

Every text here is written for the test; the people, places and bodies are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import in_brief, last_speaker


@pytest.mark.parametrize(
    ("titled", "name"),
    [
        ("Kebumen Regent Bambang Setyo Wibowo", "Bambang Setyo Wibowo"),
        ("Headteacher Ama Owusu", "Ama Owusu"),
        ("School principal Aroha Ngata", "Aroha Ngata"),
        ("Commodore Josefa Vunivalu", "Josefa Vunivalu"),
        ("Monsignor Peter Kelleher", "Peter Kelleher"),
        ("Reeve Dale Gordon", "Dale Gordon"),
        ("Trooper Dan Kowalski", "Dan Kowalski"),
        ("District Collector Anjali Menon", "Anjali Menon"),
        ("Sarpanch Ramesh Yadav", "Ramesh Yadav"),
        ("MHA Paul Dinn", "Paul Dinn"),
        ("Chaplain Mary Dunne", "Mary Dunne"),
        ("Convener Thabo Nkosi", "Thabo Nkosi"),
    ],
)
def test_a_title_before_a_name_is_no_part_of_it(run, titled, name):
    report = run(in_brief(f"{titled} said the road would stay closed until Friday."))
    assert last_speaker(report, "said") == ("person", name)


def test_a_regent_is_known_by_his_given_name_later(run):
    text = in_brief(
        "Kebumen Regent Bambang Setyo Wibowo said the price had been set by an appraiser.\n\n"
        '"The team is independent," Bambang said after a meeting with village heads.'
    )
    assert last_speaker(run(text), "said") == ("person", "Bambang Setyo Wibowo")


def test_a_body_named_with_a_title_word_keeps_it(run):
    """Guard: not the person "Harbour Group" titled "Principal", now that "principal" is a
    title."""
    report = run(in_brief("Principal Harbour Group said its profits rose in the spring."))
    assert last_speaker(report, "said") == ("organization", "Principal Harbour Group")


def test_a_local_title_in_brackets_is_not_the_name_set_off_after_it(run):
    """Guard: with "headman" a title, the words in brackets after it were taken for the
    name set off."""
    text = in_brief(
        "The village will move inland by 2030, said the village headman (turaga ni koro), "
        "Viliame Ratuvou."
    )
    assert last_speaker(run(text), "said") == ("person", "Viliame Ratuvou")


def test_an_honorific_in_brackets_before_a_name_stays_with_it(run):
    """Guard: "Chief (Mrs) Ada Obi" is one name with its honorific."""
    report = run(in_brief("Chief (Mrs) Ada Obi said the market would reopen on Monday."))
    assert last_speaker(report, "said") == ("person", "Ada Obi")


@pytest.mark.parametrize(
    "name",
    ["Ngugi wa Kamau", "Daniel arap Kiprono", "Ravi a/l Subramaniam"],
)
def test_a_particle_inside_a_name_keeps_the_name_whole(run, name):
    """Kikuyu "wa", Kalenjin "arap", the Malaysian Indian "a/l" (one word, where the
    slash had split it into letters the parser took for names)."""
    text = in_brief(f"The river will flood again, said {name}, who runs a shop in the town.")
    assert last_speaker(run(text), "said") == ("person", name)


def test_a_name_split_at_its_particle_into_two_subjects_is_one(run):
    text = in_brief("The river will flood again, said Rhys ap Iorwerth, who farms near the town.")
    assert last_speaker(run(text), "said") == ("person", "Rhys ap Iorwerth")


def test_a_patronymic_marker_is_one_word(nlp):
    doc = nlp("Ravi a/l Subramaniam and Anita a/p Krishnan spoke.")
    assert {"a/l", "a/p"} <= {t.text for t in doc}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The clinic will close, said Rhodri ab Ifan, who farms near the town.", "Rhodri ab Ifan"),
        (
            "Gwenllïan ap Dafydd MS, who represents the valley, said the clinic would close.",
            "Gwenllïan ap Dafydd",
        ),
    ],
)
def test_a_welsh_name_keeps_its_given_name_and_particle(run, sentence, name):
    """Welsh "ab" is "ap" before a vowel; a given name before "ap" the tagger reads as an
    adjective is still the name's."""
    assert last_speaker(run(in_brief(sentence)), "said") == ("person", name)


def test_a_given_name_the_parser_hangs_on_the_title_before_is_the_names(run):
    text = in_brief(
        "The Member of Parliament for the area, Hon. Gifty Ama Nyarko-Asante, said she "
        "would raise the closure in Parliament."
    )
    assert last_speaker(run(text), "said") == ("person", "Gifty Ama Nyarko-Asante")
