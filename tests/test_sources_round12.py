"""Who a source is, round 12: given names beyond the hand-made lists (the census names
kept by ``tools/build_given_names.py``) give people their gender, so "she" finds the
woman named before; a surname shared by several people keeps each one's own name.

Every text here is written for the test; the people in it are invented.
"""

from __future__ import annotations

import pytest

from newsaudit.data import given_names
from newsaudit.person_names import census_given
from tests.reports import by_cue, cued_source, source_of


@pytest.mark.parametrize(
    ("name", "gender"),
    [("chris", "male"), ("lindsey", "female"), ("carly", "female"), ("debbie", "female")],
)
def test_census_names_kept_with_their_gender(name, gender):
    assert given_names()[name] == gender


# places, months, surnames and common words the census lists also hold
@pytest.mark.parametrize("word", ["florida", "america", "june", "will", "clinton", "cruz"])
def test_census_words_the_news_writes_otherwise_are_dropped(word):
    assert word not in given_names()


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Chris", "Dalworth"], True),
        (["Chris", "Dalworth", "Jr."], True),
        (["Chris"], False),  # a single word may be anything
        (["Chris", "Dalworth", "Harbour", "Trust"], False),
        (["Chris", "of", "Dalworth"], False),
    ],
)
def test_a_census_name_counts_only_first_in_a_short_capitalised_name(words, expected):
    assert census_given(words) is expected


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        # "Chris" is a man's name: "she" is the woman named before him
        (
            "Debbie Harlan runs the ferry depot. Chris Dalworth, a captain, joined her "
            "on Monday.\n\n"
            '"The harbour needs dredging before winter," she said.',
            "said",
            "Debbie Harlan",
        ),
        (
            "Lindsey Okoro chairs the parish council. Ben Trask, the treasurer, sat beside "
            "her.\n\n"
            '"We cannot raise the rates again," she said.',
            "said",
            "Lindsey Okoro",
        ),
        # and "he" is the man, not the woman named after him
        (
            "Chris Dalworth, a captain, met Megyn Ashby, the harbourmaster, on Monday.\n\n"
            '"The channel is too shallow for the new ferries," he said.',
            "said",
            "Chris Dalworth",
        ),
    ],
)
def test_a_pronoun_finds_the_person_of_its_gender(run, text, cue, name):
    report = run(text)
    source = cued_source(report, cue)
    assert (source["name"], source["type"]) == (name, "person")


def test_a_full_name_keeps_its_own_given_name_beside_a_namesake(run):
    # the surname's full form named first is another woman: "Marta Pryce" is not her
    text = (
        "Councillor Alan Pryce married Dena Ashcombe Pryce, a pharmacist, last spring.\n\n"
        "Marta Pryce said on Friday that her marriage to him had ended badly."
    )
    report = run(text)
    source = cued_source(report, "said")
    assert (source["name"], source["type"]) == ("Marta Pryce", "person")


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State claimed responsibility for the bombing in a statement on Sunday.",
        "The Islamic State said in a message that its fighters had taken the town.",
    ],
)
def test_a_body_named_after_a_faith_is_no_person(run, text):
    # the tagger marks only "Islamic" NORP; the name ends in a body's word, not a member's
    report = run(text)
    (attribution,) = report["attributions"]
    source = source_of(report, attribution)
    assert (source["name"], source["type"]) == ("Islamic State", "organization")


def test_a_couple_named_together_stay_two_people(run):
    # "Tevita and Losaline Fifita": her name has more letters, but it is no longer form
    # of "Tevita Fifita"
    text = (
        "Tevita and Losaline Fifita opened the bakery in 1998.\n\n"
        "Tevita Fifita said the rent had doubled since then.\n\n"
        "Losaline Fifita said they would stay."
    )
    report = run(text)
    said = [a for a in report["attributions"] if a["cue"]["text"] == "said"]
    names = [source_of(report, a)["name"] for a in said]
    assert names == ["Tevita Fifita", "Losaline Fifita"]


def test_a_bare_surname_stays_with_the_one_the_article_calls_so(run):
    # the profile's subject is "Ebersole"; her husband, named in full once, is not
    text = (
        "Marta Ebersole has run the ferry café for thirty years.\n\n"
        '"We never closed, not even in the storm," Ebersole said.\n\n'
        "Tom Ebersole, her husband, said he bakes the bread.\n\n"
        '"People come back for the soup," Ebersole said.'
    )
    report = run(text)
    said = [a for a in report["attributions"] if a["cue"]["text"] == "said"]
    names = [source_of(report, a)["name"] for a in said]
    assert names == ["Marta Ebersole", "Tom Ebersole", "Marta Ebersole"]


def test_a_title_before_a_surname_is_no_other_given_name(run):
    # "Dean" is a given name too, but before the surname of the dean it is his title
    text = (
        "Farid Haddock, the dean of the law school, said the ruling was narrow.\n\n"
        "Dean Haddock said the court would hear the case again."
    )
    report = run(text)
    said = [a for a in report["attributions"] if a["cue"]["text"] == "said"]
    ids = {a["source"]["id"] for a in said}
    assert len(said) == 2 and len(ids) == 1
    assert source_of(report, said[1])["name"] == "Farid Haddock"


TRANSCRIPT = (
    "Q&A with harbour master Ines Valcourt.\n\n"
    "Harbour master Ines Valcourt met our reporter, Tom Brandt, on the quay. Valcourt "
    "has run the port for a decade. Here is the edited transcript.\n\n"
    "Q: Will the new ferries fit the channel?\n\n"
    "A: I think the channel is deep enough for them.\n\n"
    "Q: What about the storms?\n\n"
    "A: The sea wall held last winter.\n\n"
    "I believe it will hold again."
)


@pytest.mark.parametrize("cue", ["think", "believe"])
def test_the_first_person_of_an_answer_is_the_interviewee(run, cue):
    # the introduction names her most; the answer runs on past its labelled paragraph
    report = run(TRANSCRIPT)
    found = by_cue(report, cue)
    assert found["source"]["text"] == "I"
    assert source_of(report, found)["name"] == "Ines Valcourt"


def test_a_first_person_without_a_transcript_stays_unnamed(run):
    text = (
        "Ines Valcourt has run the port for a decade.\n\n"
        "I think the channel is deep enough for the new ferries."
    )
    report = run(text)
    source = cued_source(report, "think")
    assert source["type"] == "unresolved"


def test_a_given_name_the_tagger_left_out_of_a_body_name_makes_a_person():
    # the tagger took only "Fiorello" for a body (ORG); "Carly" before it is her given name
    from newsaudit.rules.base import Mention
    from newsaudit.sources import Resolver

    text = "Carly Fiorello spoke at the rally.\n\nFiorello said the plan would fail."
    first = Mention(0, 14, "Carly Fiorello", "fiorello", False, False, True, "ORG", name="Fiorello")
    again = Mention(36, 44, "Fiorello", "fiorello", False, False, True, "ORG", name="Fiorello")
    resolver = Resolver({}, [first, again], text=text)
    one, two = resolver.resolve(first), resolver.resolve(again)
    assert (one.type, one.name) == ("person", "Carly Fiorello")
    assert two is one


def test_a_platform_that_speaks_is_a_company(run):
    report = run("Twitter said on Friday that it had suspended the accounts.")
    source = cued_source(report, "said")
    assert (source["name"], source["type"]) == ("Twitter", "organization")


@pytest.mark.parametrize(
    "text",
    [
        'Marta Solis posted a video on Twitter on Monday. "The bridge is unsafe," he said.',
        # "Justice" is a title word, but "the Justice Department" names no one
        "Marta Solis wrote to the Justice Department.\n\nHe said the bridge was unsafe.",
    ],
)
def test_he_finds_no_person_in_a_platform_or_a_department(run, text):
    report = run(text)
    source = cued_source(report, "said")
    assert source["type"] == "unresolved"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Harlan Voss toured the empty shipyard on Monday.\n\n"
            "The billionaire said he would build flats there.",
            "Harlan Voss",
        ),
        (
            "Elena Marsh, who starred in the film, arrived late to the premiere.\n\n"
            "The actress said the script had been rewritten twice.",
            "Elena Marsh",
        ),
    ],
)
def test_what_someone_is_known_as_refers_back_to_them(run, text, name):
    report = run(text)
    source = cued_source(report, "said")
    assert (source["name"], source["type"]) == (name, "person")


def test_a_new_bare_surname_is_the_one_the_article_is_about(run):
    # "Dunmore" alone is first used after both are cited: the son the story follows
    text = (
        "Eric Dunmore said his charity had received large gifts from his father.\n\n"
        "But now Eric Dunmore says he cannot name a single one.\n\n"
        "Paul Dunmore, his father, said the gifts had been made in private.\n\n"
        '"I do not keep the letters," Dunmore said.'
    )
    report = run(text)
    found = [a for a in report["attributions"] if a["source"]["text"] == "Dunmore"]
    assert len(found) == 1
    assert source_of(report, found[0])["name"] == "Eric Dunmore"


def test_a_pronoun_before_anyone_is_named_points_forward_in_its_sentence(run):
    text = (
        "Months after he mocked the plan in a speech, Mayor Tom Brandt told reporters "
        "that the council would vote on it."
    )
    report = run(text)
    source = cued_source(report, "mocked")
    assert (source["name"], source["type"]) == ("Tom Brandt", "person")


def test_a_pronoun_does_not_point_forward_past_its_sentence(run):
    text = (
        "Council vote nears.\n\n"
        "He mocked the plan in a speech.\n\nMayor Tom Brandt told reporters the vote was close."
    )
    report = run(text)
    source = cued_source(report, "mocked")
    assert source["type"] == "unresolved"


def test_a_pronoun_in_a_headline_points_to_the_first_one_the_article_names(run):
    text = (
        "At the rally, she attacks the harbour plan\n\n"
        "Senator Ana Ruiz spoke in Leeds on Monday about the new ferries."
    )
    report = run(text)
    source = cued_source(report, "attacks")
    assert (source["name"], source["type"]) == ("Ana Ruiz", "person")
