"""Round 23, sources: a body's initials stand for the body named in full before them; a
poll described with capitals is a document, not a person; a text of law is a document
by its name or its initials; a former office re-describes someone the story is about;
names described as a place, a party's members or a forum are no person; a body's name
cut at "of" stops where a place begins.

Every text here is written for the test; the people and groups in it are invented.
"""

from __future__ import annotations

import pytest

from newsaudit.body_names import spellings
from tests.reports import cued_source


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The Coastal Transit Authority met on Monday. The CTA said fares would rise.",
            "Coastal Transit Authority",
        ),
        (
            "The Hollis Grid Operator, which runs the power network, announced cuts. "
            "Later, Hollis GO said two plants had shut down.",
            "Hollis Grid Operator",
        ),
        (
            "Agents of the Bureau of Harbour Safety boarded the ship. "
            "The BHS said the cargo was unsafe.",
            "Bureau of Harbour Safety",
        ),
    ],
)
def test_initials_stand_for_the_body_named_in_full(run, text, name):
    source = cued_source(run(text), "said")
    assert (source["name"], source["type"]) == (name, "organization")


def test_initials_of_another_body_stay_their_own(run):
    # a guard: "CTA" is not "Coastal Power Board"'s initials
    report = run("The Coastal Power Board met on Monday. The CTA said fares would rise.")
    assert cued_source(report, "said")["name"] == "CTA"


@pytest.mark.parametrize(
    "name, before, expected",
    [
        ("the RNC", "The Republican National Committee met.", "Republican National Committee"),
        (
            "ICE",
            "Immigration and Customs Enforcement agents",
            "Immigration and Customs Enforcement",
        ),
        ("Hollis GO", "the Hollis Grid Operator said", "Hollis Grid Operator"),
        ("Hollis GO", "the Lakeside Grid Operator said", None),
        ("NC", "the Democratic National Committee", None),  # a name begins where a name does
        ("CBP", "U.S. Customs and Border Protection", "Customs and Border Protection"),
        ("Rnc", "the Republican National Committee", None),  # initials are in capitals
        ("RNC", "the Republican national committee", None),  # of a name, not of words
        ("RNC", "the RNC said", None),
    ],
)
def test_spellings(name, before, expected):
    found = [spelled for _, spelled in spellings(name, before)]
    assert found[-1:] == ([expected] if expected else [])


def test_a_shared_title_goes_to_the_surname_named_last_as_a_word(run):
    # "Lund" stands in "Lundgren spoke", but not as a word: the senator named last is Lundgren
    report = run(
        "Sen. Erik Lundgren and Sen. Anna Lund met on Monday. Lundgren spoke first at the "
        "hearing. The senator said the bill would pass."
    )
    assert cued_source(report, "said")["name"] == "Erik Lundgren"


@pytest.mark.parametrize(
    "text, cue",
    [
        ("A national Hartwell Poll found that voters were unhappy.", "found"),
        ("A Morning Ledger Poll showed Reyes ahead.", "showed"),
        ("Exit polling showed that women backed the mayor.", "showed"),
        ("National polling suggests the race is close.", "suggests"),
    ],
)
def test_a_described_poll_is_a_document(run, text, cue):
    # "Hartwell" and "Poll" are census surnames: "a … Poll" had been a person
    assert cued_source(run(text), cue)["type"] == "document"


def test_a_poll_named_with_the_is_no_person(run):
    # "The Hartwell Poll" may be the pollster's name: a body, but never a person
    report = run("The Hartwell Poll found the governor ahead.")
    assert cued_source(report, "found")["type"] == "organization"


@pytest.mark.parametrize(
    "text, cue, name",
    [
        (
            "The Harbor Safety Act expires this year. The HSA outlines penalties for ports.",
            "outlines",
            "Harbor Safety Act",
        ),
        ("The accord calls on both sides to withdraw their troops.", "calls on", "accord"),
        ("The amendment calls for a ban on the sale of the land.", "calls for", "amendment"),
    ],
)
def test_a_text_of_law_is_a_document(run, text, cue, name):
    source = cued_source(run(text), cue)
    assert (source["name"], source["type"]) == (name, "document")


def test_a_former_office_re_describes_the_one_the_story_is_about(run):
    report = run(
        'Ann Reyes spoke in Hollis on Tuesday. "We will win," Reyes said. The former '
        "secretary of state mocked her rival for his remarks."
    )
    assert cued_source(report, "mocked")["name"] == "Ann Reyes"


def test_the_head_of_a_body_is_someone_new(run):
    # a guard: with no "former", a title "of" something introduces a new person
    report = run(
        'Ann Reyes spoke in Hollis on Tuesday. "We will win," Reyes said. The head of '
        "the union mocked her rival for his remarks."
    )
    assert cued_source(report, "mocked")["name"] != "Ann Reyes"


def test_a_name_described_as_a_place_is_no_person(run):
    # the tagger calls "Amazonas" a person; its apposition says it is a state
    report = run(
        "Earlier this month, Amazonas (the largest state in Brazil) declared that the fires "
        "were a disaster."
    )
    assert cued_source(report, "declared")["type"] == "organization"


def test_a_party_group_with_a_word_before_it_is_no_person(run):
    report = run(
        "Wary Republicans in the state quickly speculated that she had known of the "
        "retirement in advance."
    )
    assert cued_source(report, "speculated")["type"] != "person"


def test_a_forum_is_a_body(run):
    # "Ahrtal", "Grape" and "Forum" carry no label; "the" before a name had not been enough
    report = run(
        "The region now hosts a biennial Ahrtal Grape Forum. The Ahrtal Grape Forum said "
        "the grape was rare."
    )
    assert cued_source(report, "said")["type"] == "organization"


def test_a_note_is_a_document(run):
    report = run("The ransom note warns that the files will be lost after three days.")
    assert cued_source(report, "warns")["type"] == "document"


def test_a_headlines_initials_are_spelled_out_in_the_body(run):
    report = run(
        "Cocaine seized at harbour, HBP says\n\nU.S. Harbour and Border Police found "
        "200 pounds of cocaine on a boat on Sunday."
    )
    assert cued_source(report, "says")["name"] == "Harbour and Border Police"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "On Thursday, the Court of Appeal in Hollis found that the retailer was liable.",
            "Court of Appeal",
        ),
        ("The Bureau of the Census in Suitland said the count was late.", "Bureau of the Census"),
    ],
)
def test_a_bodys_name_cut_at_of_stops_where_a_place_begins(run, text, name):
    report = run(text)
    cue = next(a["cue"]["text"] for a in report["attributions"])
    assert cued_source(report, cue)["name"] == name
