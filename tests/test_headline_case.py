"""Title-case headlines (``headline_case.py``): the parser reads every capitalised word
of "Glenmore Ferries Slams Fuel Levy" as one name and finds no verb, so a headline so
written is parsed with its verbs of saying and its small words in lower case, and a
person named after the cue in the headline is whom the headline's subject spoke of,
not the subject (``descriptions._same_sentence``).

Every headline here is written for the test; the people and bodies are invented.
"""

from __future__ import annotations

import pytest

from newsaudit.headline_case import parser_cased
from tests.reports import cued_source


@pytest.mark.parametrize(
    ("headline", "cased"),
    [
        ("Glenmore Ferries Slams Fuel Levy", "Glenmore Ferries slams Fuel Levy"),
        ("Mayor Okafor Urges Calm After Flood", "Mayor Okafor urges Calm after Flood"),
        ("Harbour Board Denies Tender Was Rigged", "Harbour Board denies Tender was Rigged"),
        ("Councillor Slammed Plan In Vote", "Councillor slammed Plan in Vote"),
    ],
)
def test_verbs_of_saying_and_small_words_are_lowered(headline, cased):
    assert parser_cased(headline) == cased
    assert len(parser_cased(headline)) == len(headline)


@pytest.mark.parametrize(
    "text",
    [
        "Island skywriters blast mayor",  # sentence case: the parser reads it as prose
        "Glenmore Ferries raised fares on Monday, the company said.",
        "Hope Hicks",  # too few words to tell
    ],
)
def test_other_text_is_left_alone(text):
    """Guard: only a headline in title case is changed."""
    assert parser_cased(text) == text


def test_a_title_case_headline_cue_is_found(run):
    report = run("Glenmore Ferries Slams Fuel Levy\n\nFares rose by a tenth on Monday.\n")
    found = [a for a in report["attributions"] if a["cue"]["text"] == "Slams"]
    assert [a["content"]["text"] for a in found] == ["Fuel Levy"]
    assert cued_source(report, "Slams")["name"] == "Glenmore Ferries"


def test_the_one_a_headline_speaks_of_is_not_its_speaker(run):
    report = run(
        "Veteran Councillor Endorses Mary Okafor for Mayor\n\n"
        "Councillor Tom Reyes said the vote would be close.\n"
    )
    assert cued_source(report, "Endorses")["name"] == "Tom Reyes"
