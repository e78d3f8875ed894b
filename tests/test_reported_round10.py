"""Reported speech, round 10, on sentences written for the purpose: "show" with a noun of
disposition ("showed no sign of backing down", "has shown little inclination to act")
tells the subject's stance."""

from __future__ import annotations

import pytest

from tests.test_stance import attributions


@pytest.mark.parametrize(
    ("text", "category", "cue", "source", "content"),
    [
        (
            "The harbour board showed no sign of backing down on the levy.",
            "stance",
            "showed no sign of",
            "The harbour board",
            "backing down on the levy",
        ),
        (
            "The mayor has shown little inclination to reopen the quay.",
            "belief",
            "shown little inclination",
            "The mayor",
            "to reopen the quay",
        ),
        (
            "Both ferry firms have shown interest in buying the old terminal.",
            "stance",
            "shown interest in",
            "Both ferry firms",
            "buying the old terminal",
        ),
        (
            "Okafor showed no sign that she would drop the appeal.",
            "belief",
            "showed no sign",
            "Okafor",
            "that she would drop the appeal",
        ),
        (
            "The council has not shown any interest in the plan.",
            "stance",
            "has not shown any interest in",  # the negation is part of the cue
            "The council",
            "the plan",
        ),
    ],
)
def test_shown_disposition_is_the_subjects_stance(run, text, category, cue, source, content):
    assert (category, cue, source, content) in attributions(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # a condition, not a disposition
        "The divers showed signs of exhaustion after the dive.",
        # showing a thing
        "The pilot showed the crew a map of the harbour.",
        "The guide showed an interest rate table to the visitors.",
    ],
)
def test_showing_a_thing_or_a_condition_is_no_stance(run, text):
    assert not [a for a in attributions(run(text)) if a[1].startswith("show")]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "A new batch of council memos released this week showed the close ties between "
            "the port authority and the ferry operator.",
            "A new batch",
            "the close ties between the port authority and the ferry operator",
        ),
        (
            "None of the videos showed the collision that the captain had described.",
            "None",
            "the collision",
        ),
        (
            "A trove of court filings showed the deep rift between the two partners.",
            "A trove",
            "the deep rift between the two partners",
        ),
    ],
)
def test_records_and_batches_of_records_show_a_thing(run, text, source, content):
    found = [(a[1], a[2], a[3]) for a in attributions(run(text))]
    assert ("showed", source, content) in found


def test_a_long_document_name_still_signs_off_the_clause(run):
    text = (
        "Okafor has not given money to any other candidate this year, Harbour Commission "
        "filings compiled by the Centre for Maritime Accountability in Leeds show."
    )
    assert (
        "evidence",
        "show",
        "Harbour Commission filings",
        "Okafor has not given money to any other candidate this year",
    ) in attributions(run(text))


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The mayor could still win the county, but she cannot win without the union's "
            "support, O'Keefe notes.",
            "notes",
            "O'Keefe",
            "The mayor could still win the county, but she cannot win without the union's support",
        ),
        (
            "The engineer had worked for the firm for six years, Portuguese newspaper Correio "
            "da Tarde reports.",
            "reports",
            "Portuguese newspaper Correio da Tarde",
            "The engineer had worked for the firm for six years",
        ),
    ],
)
def test_a_signoff_verb_read_as_a_noun_still_signs_off(run, text, cue, source, content):
    assert ("statement", cue, source, content) in attributions(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "The levy passed by eight votes, with Brant and Orme losing by 12 points.",
        "The board kept the minutes, and Okafor kept the Harbour Notes.",
        "The ferry sailed at noon, according to the Harbour Reports.",
    ],
)
def test_a_closing_plural_noun_is_no_signoff(run, text):
    assert not [
        a for a in attributions(run(text)) if a[1].lower() in ("points", "notes", "reports")
    ]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            '"Our movement has already forced the council to change its mind on the levy," '
            "read the email.",
            "the email",
            '"Our movement has already forced the council to change its mind on the levy,"',
        ),
        (
            '"The port will reopen on Monday," read a statement from the authority.',
            "a statement",
            '"The port will reopen on Monday,"',
        ),
    ],
)
def test_a_text_inverted_after_its_quotation_words_it(run, text, source, content):
    assert [(a[1], a[2], a[3]) for a in attributions(run(text))] == [("read", source, content)]


def test_reading_a_text_aloud_is_no_attribution(run):
    text = '"I will sail," he said, and read the letter twice.'
    assert [a[1] for a in attributions(run(text))] == ["said"]


def test_a_poll_that_finds_signs_off_the_clause_before_it(run):
    text = (
        "Most harbour workers oppose the new levy, a new Courier poll finds, a result that "
        "will worry the mayor."
    )
    assert (
        "evidence",
        "finds",
        "a new Courier poll",
        "Most harbour workers oppose the new levy",
    ) in attributions(run(text))


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Harbour voters were far less divided on the question of a new quay.",
            "divided on",
            "Harbour voters",
            "the question of a new quay",
        ),
        (
            "Some of the dock workers are less confident in the mayor.",
            "confident in",
            "Some",
            "the mayor",
        ),
        (
            "The ferry board was interested in buying the old terminal.",
            "interested in",
            "The ferry board",
            "buying the old terminal",
        ),
    ],
)
def test_an_attitude_adjective_on_or_in_a_target(run, text, cue, source, content):
    assert ("stance", cue, source, content) in attributions(run(text))


def test_an_adjective_with_another_preposition_is_no_stance(run):
    text = "The harbour master is familiar with the tides and angry at the delay."
    assert not [a for a in attributions(run(text)) if a[1].split()[0] in ("familiar", "angry")]
