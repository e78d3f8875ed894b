"""Sources, round 16, on sentences written for the purpose: an "and" inside a body's name
joins words of one name, not two sources."""

from __future__ import annotations

import pytest

from tests.reports import by_cue, cued_source


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Customs and Border Protection said on Monday that the boat had been seized.",
            "Customs and Border Protection",
        ),
        ("Procter and Gamble said the plant would close in May.", "Procter and Gamble"),
    ],
)
def test_a_body_named_with_and_is_one_source(run, text, name):
    report = run(text)
    assert by_cue(report, "said")["source"]["text"] == name
    assert cued_source(report, "said")["name"] == name


@pytest.mark.parametrize(
    "text",
    [
        "Police and firefighters said the fire started at noon.",
        # the recogniser's span stops inside the pair ("Marsh and" | "Fennimore")
        "Marsh and Fennimore said the plant would close in May.",
    ],
)
def test_two_sources_joined_by_and_are_not_one_name(run, text):
    # the first conjunct stands for the pair, as before
    report = run(text)
    assert by_cue(report, "said")["source"]["text"] == text.split()[0]


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        (
            "Harbour Foods said in a statement on Monday that six stores would close. "
            "According to the statement, the stores lost money for a decade.",
            "According to",
            "Harbour Foods",
        ),
        (
            "The port authority issued a press release on Monday. The release said the "
            "quay would reopen in May.",
            "said",
            "port authority",
        ),
        (
            "A statement from the ferry company was posted at noon. The statement said "
            "the night crossing would stop.",
            "said",
            "ferry company",
        ),
    ],
)
def test_the_statement_speaks_for_the_issuer_named_before(run, text, cue, name):
    found = cued_source(run(text), cue)
    assert (found["name"], found["type"]) == (name, "organization")


def test_a_statement_with_no_issuer_named_is_still_a_document(run):
    text = "A report by the auditor was published. The statement said the quay would close."
    assert cued_source(run(text), "said")["type"] == "document"


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        (
            "Coventry University opened an inquiry on Monday. The institution called the "
            "gathering an illegal party.",
            "called",
            "Coventry University",
        ),
        (
            "Hollis Community College confirmed the closure. The school said the campus "
            "would reopen in May.",
            "said",
            "Hollis Community College",
        ),
    ],
)
def test_the_institution_is_the_place_of_learning_named_before(run, text, cue, name):
    assert cued_source(run(text), cue)["name"] == name


def test_the_institution_is_not_a_business_named_before(run):
    text = "The ferry company said the quay would close. The institution said it would not comment."
    report = run(text)
    named = [s["name"] for s in report["sources"]]
    assert "ferry company" in named and "institution" in named
