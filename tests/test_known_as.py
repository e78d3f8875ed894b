"""What a person is known as ("the businessman", "the singer", "the author") refers back
to the person named before, as a title does ("the mayor"); so does a word for anyone in
a field ("the expert" after "Professor Ana Lund"), though another office does not.

Every text here is written for the test; the people and bodies in it are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import cued_source


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lund released a new album on Friday. The singer said she was proud of it.",
        'Tomas Varga has written six books on the port. "It was hard," the author said.',
        "Ruth Achebe opened a gallery on Monday. The artist said the town had changed.",
    ],
)
def test_what_someone_is_known_as_refers_back_to_them(run, text):
    source = cued_source(run(text), "said")
    assert source["type"] == "person"
    assert source["name"] == " ".join(text.split()[:2])


def test_a_business_title_refers_back_as_before(run):
    """Guard: the study split's own description nouns still refer back."""
    text = "Piet Kraal bought the ferry line in May. The businessman said fares would fall."
    assert cued_source(run(text), "said")["name"] == "Piet Kraal"


def test_a_word_for_anyone_in_a_field_is_no_other_title(run):
    text = (
        "Professor of nutrition Ana Lund said most diets fail. The University of Harbour "
        "expert said people should eat less sugar."
    )
    report = run(text)
    assert [s["name"] for s in report["sources"]] == ["Ana Lund"]
    assert len(report["attributions"]) == 2


def test_another_office_is_someone_else(run):
    """Guard: "the senator" after "Mayor Ana Lund" is not her."""
    report = run("Mayor Ana Lund spoke on Monday. The senator said the bill was dead.")
    assert cued_source(report, "said")["name"] != "Ana Lund"


def test_someones_explanations_are_their_words(run):
    text = (
        "Tomas Varga arrived in the port on Monday. The deal would cover the ferries, "
        "according to Varga’s explanations."
    )
    source = cued_source(run(text), "according to")
    assert (source["type"], source["name"]) == ("person", "Tomas Varga")
