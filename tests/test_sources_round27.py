"""Round 27, sources: one source per person. A person reached through two lookups (a
headline's bare surname, a title, an honorific whose gender a first name had guessed
otherwise) is listed once; a name after a title keeps its own given name, so a second
person of one surname is not folded into the first.

Every text here is written for the test; the people in it are invented.
"""

from __future__ import annotations

import pytest


def people(report: dict) -> list[tuple[str, int]]:
    """Each person source with the number of attributions it made."""
    return [(s["name"], len(s["attributions"])) for s in report["sources"] if s["type"] == "person"]


@pytest.mark.parametrize(
    "text",
    [
        # a first name read as a woman's, then the honorific "Mr."
        "Lindsey Harwood, a senator from Ohio, said the bill was dead.\n\n"
        'Mr. Harwood said the vote would fail. "We lost," he said.',
        "Senator Lindsey Harwood said the bill was dead. Mr. Harwood said the vote would fail.",
        # a headline's bare surname, then the body's full name and an honorific
        "Harwood: the bill is dead\n\n"
        "Senator Lindsey Harwood said on Tuesday that the bill was dead. "
        "Mr. Harwood said the vote would fail.",
    ],
)
def test_one_person_named_several_ways_is_one_source(run, text):
    assert [name for name, _ in people(run(text))] == ["Lindsey Harwood"]


def test_a_name_after_a_title_keeps_its_given_name(run):
    text = (
        "Gary Lund, the party's candidate, said the race was close.\n\n"
        "Transport Secretary Ilkka Lund said the roads would reopen on Monday."
    )
    assert people(run(text)) == [("Gary Lund", 1), ("Ilkka Lund", 1)]


def test_a_man_of_her_surname_is_not_named_after_her(run):
    """ "Mr. Okafor" after "Rachel Okafor" is another person, and not given her name."""
    text = (
        "Rachel Okafor said the shop would close on Friday.\n\n"
        "Mr. Okafor said it would stay open. Ms. Okafor said the lease had ended."
    )
    assert people(run(text)) == [("Rachel Okafor", 2), ("Okafor", 1)]
