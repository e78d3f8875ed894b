"""What a speaker calls something, and who asks a quoted question, where the parser hides
it: a quoted predicate closed after the sentence's stop ("called the ruling
'arbitrary.'"), a quoted name given to a pronoun ("called her 'half-baked'"), a predicate
set off after the object's apposition ("called Ana Ruiz, a former mayor, a fine
leader"); and the one who asks after a quoted question ('"How long?" asked the boy'),
whom the parser takes for the one asked; and a web publication named "… Online".

Every text here is written for the test; the people are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import by_cue, in_brief, last_speaker


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Okafor called the board’s ruling “arbitrary.”", "the board’s ruling “arbitrary.”"),
        ("Okafor later called her “half-baked” and walked out.", "her “half-baked”"),
        (
            "At the time, Okafor called Ana Ruiz, a former harbour mayor, an able leader.",
            "Ana Ruiz, a former harbour mayor, an able leader",
        ),
    ],
)
def test_what_a_speaker_calls_something_is_a_stance(run, sentence, content):
    found = by_cue(run(in_brief(sentence)), "called")
    assert found["content"]["text"] == content
    assert found["source"]["text"] == "Okafor"


def test_a_phone_call_to_a_quoted_friend_is_no_stance(run):
    """Guard: a quotation that only names the one called gives no predicate."""
    report = run(in_brief("He called his “friend” in Ohio on Monday."))
    assert [a["cue"]["text"] for a in report["attributions"]] == []


def test_a_call_to_someone_described_is_no_stance(run):
    """Guard: one apposition after the object describes it; nothing is called anything."""
    report = run(in_brief("He called Ann Lee, a lawyer in Ohio, on Monday."))
    assert [a["cue"]["text"] for a in report["attributions"]] == []


def test_the_one_after_a_quoted_question_asked_it(run):
    text = in_brief(
        "“How long will the road be closed?” asked the boy, who had come with his father."
    )
    found = by_cue(run(text), "asked")
    assert found["source"]["text"] == "the boy"
    assert found["content"]["text"] == "“How long will the road be closed?”"


def test_the_one_asked_after_a_statement_is_not_the_speaker(run):
    """Guard: only a question puts the asker after the verb."""
    report = run(in_brief("“We will pay for it,” she told the minister."))
    assert last_speaker(report, "told") == ("unresolved", "she")


def test_a_web_publication_named_online_is_an_outlet_not_the_she_after_it(run):
    text = in_brief(
        "Singer Ana Lund appeared at the show in July.\n\n"
        "And while the singer again faced criticism, with Harbour Online calling her "
        "“scary skinny,” for instance, she has proved that she can take it in her stride."
    )
    report = run(text)
    assert last_speaker(report, "calling") == ("outlet", "Harbour Online")
    assert last_speaker(report, "proved") == ("person", "Ana Lund")
