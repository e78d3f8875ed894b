"""Round 20: outlet names written as common nouns, and other fixes for real articles.

Every text here is written for the test; the people in it are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import by_cue, cued_source


@pytest.mark.parametrize(
    "text",
    [
        # an outlet's name spelled in lower case is the common noun it was made from
        "The levy will fail, the economist said.",
        "The economist said the levy would fail.",
        "The levy will fail, the guardian of the trust said.",
        "The levy will fail, the insider said.",
    ],
)
def test_a_common_noun_is_not_the_outlet_it_spells(run, text):
    assert cued_source(run(text), "said")["type"] != "outlet"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a guard: it passed before this round too
        ("The levy will fail, the Economist said.", "The Economist"),
        ("the Guardian said the levy would fail.", "The Guardian"),
    ],
)
def test_an_outlet_written_as_a_name_is_still_one(run, text, outlet):
    source = cued_source(run(text), "said")
    assert (source["name"], source["type"]) == (outlet, "outlet")


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        # after a long subject the tagger reads the verb in "-s" as a plural noun
        (
            "Prices will rise faster than wages, the port authority's chief planner maintains.",
            "maintains",
            "the port authority's chief planner",
            "Prices will rise faster than wages",
        ),
        # and the parser may glue the subject to it as one noun ("office predicts")
        (
            "The state planning office predicts that the harbour will close by May.",
            "predicts",
            "The state planning office",
            "that the harbour will close by May",
        ),
        # and call its "that" clause a relative clause on that noun
        (
            "The Island Weather Service forecasts that temperatures will fall.",
            "forecasts",
            "The Island Weather Service",
            "that temperatures will fall",
        ),
    ],
)
def test_a_cue_verb_tagged_as_a_plural_noun_still_reports(run, text, cue, source, content):
    found = by_cue(run(text), cue)
    assert found["source"]["text"] == source
    assert text[found["content"]["start"] : found["content"]["end"]] == content


@pytest.mark.parametrize(
    "text",
    [
        # a guard: it passed before this round too
        # a plural noun of saying with its clause is a noun, not a verb
        "Reports that the harbour was closing drew a crowd to the quay.",
        "Fears that the harbour would close grew all week.",
    ],
)
def test_a_noun_of_saying_with_its_clause_is_not_a_mistagged_verb(run, text):
    assert run(text)["attributions"] == []


def test_a_relative_clause_after_a_date_is_about_the_noun_before_it(run):
    # the parser hangs ", which showed" on "July"; a date shows nothing
    report = run("Okafor released her tax returns in July, which showed she had lost money.")
    source = cued_source(report, "showed")
    assert (source["name"], source["type"]) == ("her tax returns", "document")


@pytest.mark.parametrize(
    "text",
    [
        "Okafor clashed with Ruiz at Saturday's debate over the port levy.",
        "Lee stood firm during this week's debate on the port levy.",
    ],
)
def test_a_day_is_not_the_source_of_a_debate(run, text):
    assert run(text)["attributions"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the tokenizer splits "anti-union" in three; the content ends with the word
        ("Critics called the levy anti-union.", "the levy anti-union"),
        ("Dockers are eager to re-elect her.", "to re-elect her"),
    ],
)
def test_a_content_does_not_end_inside_a_hyphenated_word(run, text, content):
    found = run(text)["attributions"][0]
    assert text[found["content"]["start"] : found["content"]["end"]] == content


def _severity(report, flag_type="unattributed_claim"):
    return next(f["severity"] for f in report["flags"] if f["type"] == flag_type)


@pytest.mark.parametrize(
    "text",
    [
        # "behind closed doors" said of how an event is held: no crowd, no secret
        "The county finals went ahead, and the games were behind closed doors.",
        "The cup final was played behind closed doors after the riot.",
    ],
)
def test_an_event_held_behind_closed_doors_is_no_private_act(run, text):
    assert _severity(run(text)) != "high"


def test_a_meeting_behind_closed_doors_is_still_a_private_act(run):
    # a guard: it passed before this round too
    text = "The minister met the donors behind closed doors on Friday to agree the deal."
    assert _severity(run(text)) == "high"


@pytest.mark.parametrize(
    "text",
    [
        # the tagger gives "Ana Ruiz" no entity label; her given name says who she is
        'Ana Ruiz spoke outside the gates. "We will not back down," she said.',
        "Ana Ruiz arrived on Monday. She said the dockers would not back down.",
    ],
)
def test_a_name_the_tagger_left_unlabelled_is_a_pronouns_antecedent(run, text):
    source = cued_source(run(text), "said")
    assert (source["name"], source["type"]) == ("Ana Ruiz", "person")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # the cue and speaker set off inside the clause are not its words
        (
            "The levy, Ruiz argued, would cost the port its trade.",
            ["The levy", "would cost the port its trade"],
        ),
        ("The levy, according to dockers, would cost jobs.", ["The levy", "would cost jobs"]),
        ("The levy — Ruiz argued — would cost jobs.", ["The levy", "would cost jobs"]),
        # a guard: it passed before this round too
        ('"It is over," Ruiz said, "and we lost."', ['"It is over,"', '"and we lost."']),
    ],
)
def test_a_cue_set_off_inside_its_content_is_not_one_of_its_parts(run, text, parts):
    found = run(text)["attributions"][0]
    assert [p["text"] for p in found["parts"]] == parts


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a headline drops the passive's "are": the dockers were urged, they did not urge
        ("Dockers Urged to Stay Home During Strike", "Urged"),
        ("Residents told to boil water after flood", "told"),
    ],
)
def test_a_headline_passive_has_no_source_in_its_subject(run, text, cue):
    assert by_cue(run(text), cue)["source"] is None


def test_an_active_directive_keeps_its_subject(run):
    # a guard: it passed before this round too
    found = by_cue(run("Ruiz urged dockers to stay home."), "urged")
    assert found["source"]["text"] == "Ruiz"


def test_the_subject_after_a_fronted_according_phrase_is_in_its_content(run):
    # the parser takes "the national weather office" for an apposition of "Hollis Herald"
    text = (
        "According to a blog post for the Hollis Herald, the national weather office for "
        "the region predicts that rain will be scarce."
    )
    found = by_cue(run(text), "According to")
    content = text[found["content"]["start"] : found["content"]["end"]]
    assert content == "the national weather office for the region predicts that rain will be scarce"


def test_a_mistagged_loaded_verb_keeps_its_tone(run):
    # "claims" is tagged a plural noun here, as "maintains" is above
    report = run("Prices will rise faster than wages, the port authority's chief planner claims.")
    assert by_cue(report, "claims")["source"]["text"] == "the port authority's chief planner"
    assert "loaded_cue" in [f["type"] for f in report["flags"]]


def test_a_surname_an_honorific_names_elsewhere_is_a_person(run):
    # the tagger calls the bare "Okafor" a body; "Mr. Okafor" below says otherwise
    text = "Okafor said he was owed money. Later, Mr. Okafor said the firm had not paid."
    report = run(text)
    assert {(s["name"], s["type"]) for s in report["sources"]} == {("Okafor", "person")}


@pytest.mark.parametrize(
    "text",
    [
        # a time after the object is no "call on": the union called a strike, an act
        "The union called the strike on Monday.",
        "The mayor called the harbour police on Friday night.",
    ],
)
def test_a_call_with_a_time_after_its_object_is_an_act(run, text):
    assert run(text)["attributions"] == []
