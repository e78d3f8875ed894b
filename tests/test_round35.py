"""Flags of round 35, each on sentences written for the test.

- An act in office is a matter of public record, which wire style states without a
  source: a court's verdict or sentence, a legislature's law, a government's sanctions
  or curfew (``rules/record``). Not any act of anyone ("the troops entered the city",
  "the workers lifted the crates"), and not when the sentence also makes a claim an
  editor must check (a figure, a cause, a judgement).
- "Nobody knows what …" names no one to trace; "a reporter asked the judge, '…?'" puts a
  question, which vouches for nothing: neither is an anonymous or unresolved source to
  flag (``flags``). "Critics asked why …" stays vague.
- A text on display ("'Closed,' read the sign", "placards said …") is a document, not a
  person nobody can tell (``mention_kinds``), and not a publication to ask about.
- "the First Nation" after "Minowin River First Nation" is that body: with "the", the
  last words of a name, capitalised as in it (``body_names``).
- "In a news release on Friday, the Harbour Police said …": a fronted "in" phrase names
  the release the speaker put out, so a later "the release said" is theirs (``rules/issued``).
- An office before a full name is a person's, whatever the tagger calls the name:
  "Headteacher Ceinwen Prys" however tagged (``mention_kinds``), "Commissioner of
  Police Cleophas Aurelius Knowles-Bain" with a given name no list holds, "Opposition MPL
  Anri Vermaak" (a South African provincial member, ``data/lexicon``).
- A compound word for a trade before a name says what the person is, whatever given name
  follows: "Fishmonger Tavita Faleolo Leota", "Harbourmaster …" (``person_names``).
- A given name that opens a sentence and that the tagger read as a verb is still a word
  of the recognized name ("Caoimhín Ó Dubhghaill TD said"), where a description there
  ("Billionaire Donald Trump") is a noun (``rules/phrases``).
- A later mention by the last names is the person whose full name ends in a regnal
  numeral: "Kwarteng Ampofo" after "Togbe Owusu Kwarteng Ampofo V" (``people``).

The people and bodies are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import in_brief, last_speaker
from tests.test_flags import line_flags


@pytest.mark.parametrize(
    "line",
    [
        "A jury at the county court convicted Darnell Pike of manslaughter on Tuesday.",
        "In 2019, the Republican-controlled legislature repealed the law.",
        "The Security Council has imposed sanctions on the group's leaders, freezing their assets.",
        "Late on Sunday, the city lifted the midnight curfew it put in place on Thursday.",
        "The ministry has put in place restrictions on foreign ownership of the broadcasters.",
        "The state assembly ratified the border treaty on Monday morning in the capital.",
        "Judge Amara Eze sentenced Pike to six years in prison at the same hearing.",
    ],
)
def test_an_act_in_office_needs_no_source(run, line):
    assert line_flags(run, line, "unattributed_claim") == []


@pytest.mark.parametrize(
    "line",
    [
        "Government troops on Friday entered the port city after a long siege.",
        "The workers lifted the heavy crates onto the lorry before noon on Friday.",
        "The dockers passed the heavy crates along the quay before noon on Friday.",
        "The minister privately urged the council to lift the curfew before the match.",
    ],
)
def test_other_acts_are_still_flagged(run, line):
    """Guard: only an act in office is on the record; a private act never is."""
    assert len(line_flags(run, line, "unattributed_claim")) == 1


def test_a_fine_with_its_figure_is_still_flagged(run):
    """Guard: the record backs the act, not the figure the writer gives for it."""
    line = "The regulator fined the bank $185 million for overcharging its customers."
    assert len(line_flags(run, line, "unattributed_claim")) == 1


SOURCE_FLAGS = ("anonymous_source", "unresolved_source", "vague_source")


@pytest.mark.parametrize(
    "line",
    [
        "Nobody knows what will happen to the harbour wall when the autumn storms return.",
        "The director said that no-one could predict what the festival would bring this year.",
        'At the news conference, a reporter asked the judge, "What will you change first?"',
        "A young voter asked the candidate whether she would raise taxes on small farms.",
    ],
)
def test_no_one_and_a_question_are_no_source_to_flag(run, line):
    assert [f for kind in SOURCE_FLAGS for f in line_flags(run, line, kind)] == []


def test_unnamed_people_asking_are_still_vague(run):
    """Guard: the question is theirs to put, but who they are is still vague."""
    line = "Critics asked why the council had waited so long to repair the harbour wall."
    assert len(line_flags(run, line, "vague_source")) == 1


def test_a_request_is_still_an_unnamed_source(run):
    """Guard: asking someone to act is a stance, whose holders an editor may want named."""
    line = "Two councillors asked the agency to review the harbour contracts this year."
    assert len(line_flags(run, line, "anonymous_source")) == 1


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ('"Closed for repairs," read the sign on the door of the cafe.', "sign"),
        ("Protesters carried placards that said the mayor had betrayed the town.", "placards"),
    ],
)
def test_a_text_on_display_is_a_document(run, line, name):
    report = run(in_brief(line))
    assert [(s["name"], s["type"]) for s in report["sources"]] == [(name, "document")]
    assert [f["type"] for f in report["flags"] if f["type"] in SOURCE_FLAGS] == []


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "Families in Minowin River First Nation have boiled their water for a decade. "
            "More than 900 people live on reserve, according to the First Nation.",
            "according to",
            ("organization", "Minowin River First Nation"),
        ),
        (
            "The Harbour Fees Commission opened its hearing on Monday. Fares would rise by a "
            "third, the Commission said.",
            "said",
            ("organization", "Harbour Fees Commission"),
        ),
    ],
)
def test_the_last_words_of_a_name_are_that_body(run, text, cue, expected):
    assert last_speaker(run(in_brief(text)), cue) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In a news release on Friday, the Kestrel Bay Police said the man was 52. A "
        "post-mortem found he had died before the fire, the release said.",
        "In an internal memo, chief executive Nadine Okoro told staff the cuts were needed. "
        "Most of the cuts are in finance, the memo said.",
    ],
)
def test_a_release_named_before_its_speaker_is_theirs(run, text):
    report = run(in_brief(text))
    speakers = {s["name"] for s in report["sources"]}
    assert len(report["attributions"]) == 2
    assert len(speakers) == 1 and speakers <= {"Kestrel Bay Police", "Nadine Okoro"}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "Commissioner of Police Cleophas Aurelius Knowles-Bain said officers closed the road.",
            "Cleophas Aurelius Knowles-Bain",
        ),
        ("Opposition MPL Anri Vermaak said the department had known for a year.", "Anri Vermaak"),
    ],
)
def test_an_office_before_a_full_name_is_a_person(run, line, name):
    report = run(in_brief("The school will close in July.\n\n" + line))
    assert [(s["name"], s["type"]) for s in report["sources"]] == [(name, "person")]


def test_an_office_before_a_name_tagged_a_group_is_a_person():
    """The tagger may read a paragraph's opening "Headteacher Ceinwen Prys" as a group
    ("Ceinwen Prys" NORP, "Prys" a plural): the office before the name says whose."""
    from newsaudit.mention_kinds import classify
    from newsaudit.rules.base import Mention

    mention = Mention(
        0, 24, "Headteacher Ceinwen Prys", "prys", False, True, True, "NORP", name="Ceinwen Prys"
    )
    assert classify(mention, lambda name: None) == "person"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Fishmonger Tavita Faleolo Leota said prices had doubled.", "Tavita Faleolo Leota"),
        (
            "Harbourmaster Tavita Aumua Fuimaono said the channel would reopen.",
            "Tavita Aumua Fuimaono",
        ),
    ],
)
def test_a_trade_compound_before_a_name_is_no_part_of_it(run, line, name):
    report = run(in_brief("The market reopened on Monday.\n\n" + line))
    assert [(s["name"], s["type"]) for s in report["sources"]] == [(name, "person")]


def test_a_given_name_ending_like_a_trade_is_kept():
    """Guard: "Jennifer" ends in "-er" but is a given name; a bare "Holder" is a surname."""
    from newsaudit.person_names import person_name

    assert person_name("Jennifer Lynn Okafor") == "Jennifer Lynn Okafor"
    assert person_name("Holder Amos Okafor") == "Holder Amos Okafor"


@pytest.mark.parametrize(("pos", "inside"), [("VERB", True), ("INTJ", True), ("NOUN", False)])
def test_a_name_word_opening_a_sentence_by_its_tag(pos, inside):
    """Model-free: the first word of a recognized person opening a sentence is a name word
    when the tagger read it as no noun or adjective."""
    import spacy
    from spacy.tokens import Doc

    from newsaudit.rules.phrases import _capitalised_inside

    words = ["Ruairí", "Ó", "Briain", "TD", "said", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        pos=[pos, "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
        ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"],
        sent_starts=[True, False, False, False, False, False],
    )
    assert _capitalised_inside(doc[0]) is inside


def test_a_later_mention_of_a_name_with_a_numeral(run):
    text = in_brief(
        "Togbe Owusu Kwarteng Ampofo V, the chief of Dunkwa, said the river had been "
        "destroyed by the miners.\n\nKwarteng Ampofo said he had reported them to the "
        "district police."
    )
    report = run(text)
    assert len(report["sources"]) == 1 and len(report["attributions"]) == 2
