"""Cues real pages showed missed (round 33), each on sentences written for the test.

- "as confirmed by X", "As noted by analysts, …": "as reported by" with any verb of saying
  or showing (``rules/according``), set off at the clause's edge.
- '"…," wrote another': a word for one more unnamed speaker, read as the verb's object
  (``rules/inverted``).
- "Building and mending nets by hand, the researchers note, requires years of practice":
  a set-off cue the parser made the root (``rules/setoff``).
- "…, the paper states.": a closing cue in "-s" tagged a noun (``rules/mistagged``).
- "The levy was dubbed 'the ferry tax' by critics": a passive's "by" hung on the name it
  gives (``rules/passives``).
- "related that", "posit that": verbs of saying the lexicon lacked.

The people and bodies are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import by_cue, in_brief, read_cue


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "The ferry will resume in May, as confirmed by the harbour master Dan Okoro.",
            "as confirmed by",
            ("statement", "Dan Okoro", "The ferry will resume in May"),
        ),
        (
            "As noted by analysts, the pier is unsafe.",
            "As noted by",
            ("statement", "analysts", "the pier is unsafe"),
        ),
    ],
)
def test_as_and_a_participle_of_saying_by(run, text, cue, expected):
    assert read_cue(run, text, cue) == expected


def test_as_a_participle_inside_the_clause_is_no_cue(run):
    """Guard: "built as ordered by the council" is how it was built, not who said so."""
    report = run(in_brief("The new boat was built as ordered by the council."))
    assert report["attributions"] == []


def test_one_more_unnamed_speaker_after_the_verb(run):
    text = '"She looks happy to me," wrote another.'
    assert read_cue(run, text, "wrote") == ("statement", "another", '"She looks happy to me,"')


@pytest.mark.parametrize("speaker", ["one", "others"])
def test_an_unnamed_speaker_the_parser_takes_for_the_subject(run, speaker):
    """Guard: where the parser reads the word as the verb's subject, it stays the source."""
    text = f'"She looks happy to me," wrote {speaker}.'
    assert read_cue(run, text, "wrote") == ("statement", speaker, '"She looks happy to me,"')


def test_a_set_off_cue_read_as_the_root(run):
    text = "Building and mending nets by hand, the researchers note, requires years of practice."
    assert read_cue(run, text, "note") == ("statement", "the researchers", text[:-1])


def test_a_clause_joined_after_a_fronted_phrase_is_no_set_off_cue(run):
    """Guard: "the skipper checked the nets, hauled them in" is the writer's account."""
    report = run(in_brief("At dawn, the skipper checked the nets, hauled them in and left."))
    assert report["attributions"] == []


def test_a_closing_cue_in_s_tagged_a_noun(run):
    text = "The principle of consent must be upheld for fair partnerships, the paper states."
    assert read_cue(run, text, "states") == ("statement", "the paper", text[: text.index(",")])


def test_a_closing_cue_in_s_tagged_a_verb(run):
    """Guard: the same shape where the tagger reads the verb as one."""
    text = "The harbour needs dredging, the port authority insists."
    expected = ("statement", "the port authority", text[: text.index(",")])
    assert read_cue(run, text, "insists") == expected


def test_a_noun_phrase_set_beside_a_clause_is_no_cue(run):
    """Guard: a plural noun closing the sentence that is no verb of saying."""
    assert run(in_brief("He bought two boats, the fishing nets."))["attributions"] == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ('The levy was dubbed "the ferry tax" by critics.', "dubbed", "critics"),
        ("The levy was described as a tax on islanders by critics.", "described", "critics"),
    ],
)
def test_a_passives_agent_hung_on_the_name_it_gives(run, text, cue, source):
    found = by_cue(run(in_brief(text)), cue)
    assert found["source"]["text"] == source


def test_an_agent_of_a_clause_joined_to_the_passive_is_not_its_own(run):
    """Guard: Lee carried the laws out; who proposed them is not said."""
    text = "The laws proposed during the mayor's term and carried out by Ann Lee were harsh."
    report = run(in_brief(text))
    assert [a for a in report["attributions"] if a["cue"]["text"] == "proposed"] == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Family members related that the loggers had made it out of the forest.", "related"),
        ("Scientists posit that the forests store more carbon than thought.", "posit"),
        ("Okoro stipulates that the pier must be repaired first.", "stipulates"),
    ],
)
def test_verbs_of_saying_the_lexicon_lacked(run, text, cue):
    category, _, content = read_cue(run, text, cue)
    assert (category, content) == ("statement", text[text.index("that") : -1])


def test_related_to_is_no_cue(run):
    """Guard: only the that-clause frame."""
    assert run(in_brief("The charge is related to the case."))["attributions"] == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Okoro derided the new timetable.", "derided", "the new timetable"),
        (
            "The mayor lambasted the operator for the delays.",
            "lambasted",
            "the operator for the delays",
        ),
        ("Wekesa lauded the crews for their courage.", "lauded", "the crews for their courage"),
    ],
)
def test_verbs_of_praise_and_blame_take_what_they_judge(run, text, cue, content):
    found = by_cue(run(in_brief(text)), cue)
    assert (found["category"], found["content"]["text"]) == ("stance", content)
