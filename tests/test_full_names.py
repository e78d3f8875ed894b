"""A surname resolves to the person's full name wherever the article gives it: past a
"Jr." or "QC" after it, inside a Spanish double surname, in a name the tagger called an
organization, or in a quote the tagger does not read for names.

Every text here is written for the test; the people in it are invented.
"""

from __future__ import annotations

import pytest

from newsaudit.person_names import surname
from tests.reports import cued_source, last_by_cue, source_of


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Colin T. Marsh Jr.", "Marsh"),
        ("Neil Ashford QC", "Ashford"),
        ("Harold Bates III", "Bates"),
        ("Marsh", "Marsh"),
        ("Ada Okafor", "Okafor"),
    ],
)
def test_surname_is_past_what_tells_father_from_son(name, expected):
    assert surname(name) == expected


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        (
            "Rear Admiral Colin T. Marsh Jr. arrived in the port on Monday.\n\n"
            "Admiral Marsh said the fleet was ready to sail.",
            "said",
            "Colin T. Marsh Jr.",
        ),
        # the father's surname, first of two, is the short form
        (
            "The bank's president, Lucía Ferrer Ibáñez, defended the loans on Tuesday.\n\n"
            "Ms. Ferrer said the loans were sound.",
            "said",
            "Lucía Ferrer Ibáñez",
        ),
        # named in full only inside a quote
        (
            '"I have known Karen Whitlock for twenty years," an aide said.\n\n'
            "Whitlock said the ferry plan would save the island.",
            "said",
            "Karen Whitlock",
        ),
    ],
)
def test_a_surname_resolves_to_the_full_name(run, text, cue, name):
    report = run(text)
    found = last_by_cue(report, cue)
    source = source_of(report, found)
    assert (source["name"], source["type"]) == (name, "person")


def test_a_full_name_tagged_as_a_body_is_a_person_once_its_surname_speaks(run):
    """The tagger calls "Inderdai Ramkissoon" an organization; the article's later
    "Ramkissoon" shows a person, and both mentions are one source."""
    report = run(
        "Speaking with reporters on Thursday, the fisherman's sister, Inderdai Ramkissoon "
        "said that he had left home before dawn.\n\n"
        "Ramkissoon told this newspaper the boat was found empty."
    )
    first, later = (
        cued_source(report, "said"),
        cued_source(report, "told"),
    )
    assert first["id"] == later["id"]
    assert (first["name"], first["type"]) == ("Inderdai Ramkissoon", "person")


def test_a_first_name_opening_a_sentence_is_no_full_name(run):
    """ "Will Whitlock win?": "Will" is a first name, but here it opens a question."""
    report = run(
        "Will Whitlock win the vote? The ferry plan is popular.\n\n"
        "Whitlock said the ferry plan would save the island."
    )
    assert cued_source(report, "said")["name"] == "Whitlock"
