"""Round 19: who a description names when a person is named beside it.

Every text here is written for the test; the people in it are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import by_cue, cued_source


@pytest.mark.parametrize(
    ("text", "cue", "named"),
    [
        # the person told is not the one who told
        (
            "The chief medical officer told Ruth Achebe that the rules would not be enough.",
            "told",
            "Ruth Achebe",
        ),
        # nor is the person the content is about
        ("The mayor told reporters that Ann Lee would not run again.", "told", "Ann Lee"),
        (
            "The Prime Minister told MPs the plant would close, as Ann Lee looked on.",
            "told",
            "Ann Lee",
        ),
    ],
)
def test_a_description_is_not_the_person_named_later_in_its_sentence(run, text, cue, named):
    source = cued_source(run(text), cue)
    assert source["name"] != named
    assert source["type"] == "unresolved"


def test_a_description_may_still_name_someone_in_a_later_sentence(run):
    # a guard: it passed before this round too
    # a lede that describes first and names after: the mayor is Ann Lee
    text = (
        "The mayor said the rules would not be enough. Ann Lee, who has led Hollis since "
        "2019, spoke at the town hall on Friday."
    )
    assert cued_source(run(text), "said")["name"] == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs the name on the title's "for" or "of" phrase
        "The minister for fisheries Ann Lee said the quota would fall.",
        "The chair of the board of Harbour Foods Ann Lee said the quota would fall.",
    ],
)
def test_a_name_closing_a_titles_phrase_is_its_holder(run, text):
    report = run(text)
    found = by_cue(report, "said")
    assert found["source"]["text"] == "Ann Lee"
    source = cued_source(report, "said")
    assert (source["name"], source["type"]) == ("Ann Lee", "person")


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for Mr. Okafor said the quota would fall.",
        "A spokeswoman for Senator Ann Lee said the quota would fall.",
        "An adviser to Ann Lee said the quota would fall.",
    ],
)
def test_the_one_spoken_for_is_not_the_spokesman(run, text):
    # guards for the rule above: they passed before this round too
    source = cued_source(run(text), "said")
    assert source["type"] == "anonymous"


def test_a_loaded_verb_with_no_one_named_colours_no_speaker(run):
    report = run("The accused is then alleged to have thrown two stones at the officer.")
    types = {f["type"] for f in report["flags"]}
    assert "loaded_cue" not in types
    assert "vague_source" in types  # alleged by whom is still asked


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "per" set off at a clause edge, before a determined noun phrase
        (
            "Okafor leads the race, per the Ledger's tracker, with 40 endorsements.",
            "Okafor leads the race, per the Ledger's tracker, with 40 endorsements",
        ),
        ("Per the tracker, Okafor leads the race.", "Okafor leads the race"),
        # "according to" between the subject and its verb attributes the whole clause
        (
            "The bill, according to aides, would cut taxes for most families.",
            "The bill, according to aides, would cut taxes for most families",
        ),
        # a guard (it passed before): a clause joined after the phrase is the writer's
        ("Okafor leads, according to the tracker, but Reyes is close.", "Okafor leads"),
        # a rate ("per person") is no source; the county, set off by a comma, is
        ("The fee rose to $5 per person, per the county.", "The fee rose to $5 per person"),
    ],
)
def test_a_phrase_set_off_inside_a_clause_attributes_the_clause(run, text, content):
    found = [a for a in run(text)["attributions"] if a["kind"] == "according_to"]
    assert [a["content"]["text"] for a in found] == [content]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The company has not confirmed the layoffs.", "has not confirmed"),
        ("Okafor never mentioned the report in her speech.", "never mentioned"),
        ("Okafor did not rule out a second bid for the seat.", "did not rule out"),
        ("The council has not yet endorsed the plan.", "has not yet endorsed"),
        ("Reyes is not expected to win the seat.", "is not expected"),
    ],
)
def test_a_negated_cue_reads_as_not_said(run, text, cue):
    assert [a["cue"]["text"] for a in run(text)["attributions"]] == [cue]


def test_a_cue_with_no_negation_keeps_its_auxiliary_out(run):
    # a guard: it passed before
    assert [
        a["cue"]["text"] for a in run("Okafor has said the plan will work.")["attributions"]
    ] == ["said"]


@pytest.mark.parametrize(
    "text",
    [
        # American style, the comma inside the marks
        '"Our crews stopped the boats before dawn," Ana Ruiz, Director of the Harbour Branch.',
        # British style, the comma outside
        '"Our crews stopped the boats before dawn", Ana Ruiz, Director of the Harbour Branch.',
        '"Our crews stopped the boats before dawn," Ana Ruiz.',
    ],
)
def test_a_quote_signed_off_by_a_name_with_no_verb(run, text):
    report = run(text)
    [found] = report["attributions"]
    assert (found["kind"], found["cue"]["text"], found["source"]["text"]) == (
        "direct",
        ",",
        "Ana Ruiz",
    )
    assert cued_source(report, ",")["type"] == "person"


@pytest.mark.parametrize(
    "text",
    [
        # a place is no signer
        '"Our crews stopped the boats before dawn," New York City.',
        # a possessive name describes what follows: no one signs the words
        'The crowd sang "We will not be moved today," Ana Ruiz\'s old song, at the match.',
    ],
)
def test_not_every_name_after_a_quote_signs_it(run, text):
    assert run(text)["attributions"] == []


def test_a_name_the_parser_reads_as_an_auxiliary_is_the_subject(run):
    # the tagger calls "SDK" a proper noun, the parser hangs it on the verb as "aux"
    report = run("The firm is big. This week SDK announced it had improved the technology.")
    found = by_cue(report, "announced")
    assert found["source"]["text"] == "SDK"
    assert found["content"]["text"] == "it had improved the technology"


def test_a_verb_of_saying_read_as_a_noun_after_and(run):
    # after "the table and", the tagger reads "whispers" as a plural noun
    text = 'The waiter sets it on the table and whispers, "So you have found our secret?"'
    found = by_cue(run(text), "whispers")
    assert (found["kind"], found["source"]["text"]) == ("direct", "The waiter")


def test_a_quotation_interrupted_by_its_cue_mid_sentence_is_direct_in_two_parts(run):
    text = "“With a little help,” Okafor says, “the marsh can recover.”"
    found = by_cue(run(text), "says")
    assert found["kind"] == "direct"
    assert [p["text"] for p in found["parts"]] == [
        "“With a little help,”",
        "“the marsh can recover.”",
    ]


def test_the_writers_sentence_between_two_quotations_is_no_part_of_them(run):
    # the stop of "Dec." must not open the second part in the writer's words
    text = (
        "“I heard about it late on Tuesday,” said Reyes, who filed to run on Dec. 20. "
        "He said he was not deterred by the short timeline. “I expect nothing.”"
    )
    found = [a for a in run(text)["attributions"] if a["kind"] == "direct"]
    assert [p["text"] for a in found for p in a["parts"]] == [
        "“I heard about it late on Tuesday,”",
        "“I expect nothing.”",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said after the meeting ended that the vote would be delayed.",
        "Okafor said in a statement after the tape became public that the remarks were old.",
    ],
)
def test_a_clause_of_time_between_the_cue_and_what_was_said(run, text):
    # the parser hangs the "that" clause on the time clause's verb
    found = by_cue(run(text), "said")
    assert found["content"]["text"].startswith("that the ")


def test_a_that_clause_of_a_cue_inside_the_time_clause_stays_its_own(run):
    # a guard: "argued" reports its own clause; "vowed" keeps its infinitive
    text = "Reyes vowed to fight on after Okafor argued that the levy was unfair."
    report = run(text)
    assert by_cue(report, "vowed")["content"]["text"].startswith("to fight on")
    assert by_cue(report, "argued")["content"]["text"] == "that the levy was unfair"


def test_an_age_description_after_a_quote_is_its_speaker(run):
    # the parser hangs "the" and "29-year-old" on the verb, leaving it no subject
    text = 'Ada Okafor scored 30 points. "We played hard," the 29-year-old said.'
    report = run(text)
    found = by_cue(report, "said")
    assert (found["kind"], found["source"]["text"]) == ("direct", "the 29-year-old")
    assert cued_source(report, "said")["name"] == "Ada Okafor"


@pytest.mark.parametrize(
    ("text", "name", "kind", "role"),
    [
        ("Critics like Ann Lee say the levy is unfair.", "Ann Lee", "person", "Critics"),
        (
            "Several candidates, including Ann Lee and Senator Tom Reyes, said it was unfair.",
            "Ann Lee",
            "person",
            "Several candidates",
        ),
        (
            "Groups such as the Hollis Fund said the levy was unfair.",
            "Hollis Fund",
            "organization",
            "Groups",
        ),
    ],
)
def test_a_group_speaks_through_the_one_it_names(run, text, name, kind, role):
    report = run(text)
    [found] = report["attributions"]
    source = cued_source(report, found["cue"]["text"])
    assert (source["name"], source["type"], source["role"]) == (name, kind, role)
    assert not any(f["type"] in ("anonymous_source", "vague_source") for f in report["flags"])


def test_a_groups_examples_must_name_someone(run):
    # a guard: with no name given, the critics stay an unnamed group
    report = run("Critics like these say the levy is unfair.")
    assert cued_source(report, "say")["type"] == "anonymous"
