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


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Six in 10 say the ferry should run at night.", "Six in 10"),
        # the parser reads the share as the verb's number
        ("About 4 in 10 say the ferry should run at night.", "About 4 in 10"),
        ("Nearly half say the ferry should run at night.", "Nearly half"),
        ("Sixty-one percent said the ferry should run at night.", "Sixty-one percent"),
    ],
)
def test_a_share_of_people_is_an_unnamed_source(run, text, source):
    report = run(text)
    assert by_cue(report, text.split()[len(source.split())])["source"]["text"] == source
    assert cued_source(report, text.split()[len(source.split())])["type"] == "anonymous"


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        # a year is no whole a share is counted in
        ("Two in 2016 said the ferry was late.", "Two", "anonymous"),
        # a number inside a body's description does not make it a share
        ("A three-judge panel said the ruling would stand.", "A three-judge panel", "organization"),
    ],
)
def test_a_number_in_a_source_is_not_always_a_share(run, text, source, kind):
    report = run(text)
    assert by_cue(report, "said")["source"]["text"] == source
    assert cued_source(report, "said")["type"] == kind


def test_they_after_a_share_is_the_group_counted(run):
    text = (
        "The harbour workers were polled in May. Nearly nine out of 10 say the ferry is "
        "late. They are skeptical of the new timetable."
    )
    report = run(text)
    assert cued_source(report, "say")["name"] == "Nearly nine out of 10"
    assert cued_source(report, "skeptical of")["name"] == "harbour workers"


def _flags_on(report: dict, words: str) -> list[tuple[str, str]]:
    """The type and reason of each flag on exactly ``words``."""
    return [(f["type"], f["reason"]) for f in report["flags"] if f["text"] == words]


def test_a_count_with_no_poll_named_is_a_vague_source(run):
    report = run("Six in 10 say the ferry should run at night.")
    assert _flags_on(report, "Six in 10") == [
        ("vague_source", "A count of people with no poll or survey named: counted by whom?")
    ]


def test_a_count_inside_a_polls_finding_is_not_flagged(run):
    text = (
        "A poll by the Harbour Institute found that 42 percent say the ferry should run at night."
    )
    assert _flags_on(run(text), "42 percent") == []


def test_a_count_after_the_poll_is_cited_is_the_polls_figure(run):
    # a poll story names its poll once, then gives its figures
    text = (
        "A Harbour Institute poll found the night ferry is popular.\n\n"
        "Six in 10 say it should run all year."
    )
    assert _flags_on(run(text), "Six in 10") == []


@pytest.mark.parametrize(
    "text",
    [
        # people known otherwise, not a share counted by a poll
        "Okafor and Reyes met the board. The two said the ferry was late.",
        "One of the harbour workers said the ferry was late.",
    ],
)
def test_a_number_of_known_people_is_no_count(run, text):
    report = run(text)
    assert not [f for f in report["flags"] if f["reason"].startswith("A count")]


def test_the_statement_of_a_pronoun_issuer_is_theirs(run):
    text = (
        "Mayor Ada Okafor spoke on Monday. She said in a statement that the quay would "
        "close. The statement added that the ferry would run."
    )
    assert cued_source(run(text), "added")["name"] == "Ada Okafor"


def test_a_statement_with_its_own_issuer_is_theirs_not_the_last_ones(run):
    text = (
        "Senator Ada Okafor issued a statement on Monday. Tomas Reyes, in a statement "
        "released by the campaign on Thursday, said he was grateful. The campaign's "
        "statement then declares the matter closed."
    )
    found = cued_source(run(text), "declares")
    assert (found["name"], found["type"]) == ("campaign", "organization")
