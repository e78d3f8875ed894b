"""Names the speaker is given in a phrase the parser cut wrongly, and short forms of
long names:

- "One of its volunteers, Tariq Mahmood, 23, said": the name set off after the group
  "one" is of is the one's (``rules/mentions._one_of``); two people named there are no
  one person;
- "Sound of Mull Ferries' chief executive, Fiona Dalgleish, said": a body's name whose
  first word the parser took for the subject (``rules/mentions._titled_in_name``);
- "Ahmad Fauzi" later is "Ahmad Fauzi bin Mohd Yusof", the words before the father's
  name being the person's own (``people._named_first``);
- "the Bureau of Fisheries and Aquatic Resources": an "of" inside a body's name that the
  recognizer spans whole with its "and" is the name's (``rules/phrases.read_phrase``).

Every text here is written for the test; the people and bodies are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import in_brief, source_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "One of its volunteers, Muhammad Ashfaq Qureshi, 23, said the water had reached "
            "the second floor.",
            "Muhammad Ashfaq Qureshi",
        ),
        (
            "Sound of Mull Ferries' chief executive, Fiona Dalgleish, said fares would rise.",
            "Fiona Dalgleish",
        ),
        (
            "The Bureau of Fisheries and Aquatic Resources said the fish kill was caused by "
            "low oxygen.",
            "Bureau of Fisheries and Aquatic Resources",
        ),
        (
            "Fisheries officer Ahmad Fauzi bin Mohd Yusof said the catch had fallen. "
            '"The river is empty," Ahmad Fauzi said.',
            "Ahmad Fauzi bin Mohd Yusof",
        ),
    ],
)
def test_the_speaker_is_the_person_named(run, text, name):
    report = run(in_brief(text))
    assert source_name(report, report["attributions"][-1]) == name


def test_two_named_of_a_group_are_not_one_speaker(run):
    """Guard: "Two of its volunteers, A and B," are two people, neither of them alone."""
    report = run(
        in_brief(
            "Two of its volunteers, Muhammad Ashfaq Qureshi and Sara Khan, said the water "
            "had risen."
        )
    )
    assert source_name(report, report["attributions"][-1]) not in (
        "Muhammad Ashfaq Qureshi",
        "Sara Khan",
    )


def test_two_bodies_joined_by_and_stay_two(run):
    """Guard: "the Ministry of Health and the Ministry of Finance" are two names."""
    report = run(
        in_brief("The Ministry of Health and the Ministry of Finance said the budget was agreed.")
    )
    assert source_name(report, report["attributions"][-1]) == "Ministry of Health"
