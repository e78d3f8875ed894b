"""What a verb of voicing voices (``rules/reported.py``, ``rules/nominal.voiced_entry``):
after "express" or "voice", any noun names the view or feeling put into words, whether
or not the noun list has it ("expressed skepticism that …", "voiced outrage that …");
said in private, it is still its holder's; a phrase the parser hangs on the verb right
after the noun is the noun's ("expressing optimism about …"), but a time is not what a
view is about.

Every text here is written for the test; the people and bodies are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import by_cue, in_brief


@pytest.mark.parametrize(
    ("sentence", "cue", "source", "content"),
    [
        (
            "Several ferry engineers expressed skepticism that the new pier could open "
            "before winter.",
            "expressed skepticism",
            "Several ferry engineers",
            "that the new pier could open before winter",
        ),
        (
            "Some parents voiced outrage that so many classrooms were still without heating.",
            "voiced outrage",
            "Some parents",
            "that so many classrooms were still without heating",
        ),
        (
            "Hospital managers have privately expressed frustration over the union's refusal "
            "to negotiate.",
            "expressed frustration over",
            "Hospital managers",
            "the union's refusal to negotiate",
        ),
        (
            "Some councillors privately express reservations about backing a candidate who "
            "has never held office.",
            "express reservations about",
            "Some councillors",
            "backing a candidate who has never held office",
        ),
        (
            "The two owners issued a statement expressing optimism about working together.",
            "issued a statement expressing",
            "The two owners",
            "working together",
        ),
    ],
)
def test_a_voiced_view_is_attributed(run, sentence, cue, source, content):
    report = run(in_brief(sentence))
    found = by_cue(report, cue)
    assert found["source"]["text"] == source
    assert found["content"]["text"] == content
    assert not [f for f in report["flags"] if f["type"] == "unattributed_claim"]


def test_a_time_is_not_what_a_view_is_about(run):
    """Guard: the verb's own clause stays its content; "over the weekend" says when."""
    report = run(
        in_brief(
            "Other councillors expressed cautious optimism over the weekend that the ferry "
            "deal would hold."
        )
    )
    found = by_cue(report, "expressed")
    assert found["content"]["text"] == "that the ferry deal would hold"


@pytest.mark.parametrize(
    "sentence",
    [
        "The island station will air the new advert on Sunday.",
        "Washington privately urged the harbour board to hold back.",
    ],
)
def test_airing_and_acts_in_private_are_no_attribution(run, sentence):
    """Guard: "air" also broadcasts, so only listed nouns are voiced after it; an act done
    in private stays the writer's claim."""
    report = run(in_brief(sentence))
    assert report["attributions"] == []


def test_a_phrase_after_the_noun_phrase_is_not_what_was_voiced(run):
    """Guard: only a phrase right after the noun is the noun's ("for the first time" here
    follows "in public")."""
    report = run(in_brief("The harbour board expressed its views in public for the first time."))
    assert [a["content"]["text"] for a in report["attributions"]] == ["its views in public"]
