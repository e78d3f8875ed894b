"""Reported speech the parser misreads, round 5, on sentences written for the purpose:
a cue set off by commas whose subject or a fronted phrase the parser hangs on it, and a
cue closing the sentence that the parser takes for an adverbial clause."""

from __future__ import annotations

import pytest

from newsaudit.rules.reported import find_reported
from tests.parses import given_parse
from tests.test_stance import attributions


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            # the fronted phrase is hung on the cue, not on the clause it sets in time
            "At times last spring, people close to the mayor said, the mere mention of "
            "the levy could make her fume.",
            "said",
            "people close to the mayor",
        ),
        (
            # the infinitive of purpose belongs to the reported clause
            "But to meet its target, the review panel concluded, the levy must rise again in 2027.",
            "concluded",
            "the review panel",
        ),
    ],
)
def test_a_cue_between_commas_after_a_fronted_phrase(run, text, cue, source):
    # the content is the whole sentence around the cue (both halves)
    found = [(c, s, t) for _, c, s, t in attributions(run(text))]
    assert found == [(cue, source, text[:-1])]


def test_a_closing_cue_reports_the_whole_clause_before_it(run):
    # the parser hangs the phrase after "small, if steady," on the cue, not on the clause
    text = (
        "The new law has made it easier for tenants with small, if steady, incomes to rent "
        "flats in the city, he said."
    )
    found = [(c, s, t) for _, c, s, t in attributions(run(text))]
    assert found == [("said", "he", text[: text.index(", he said")])]


# "…, she said." read as an adverbial clause marked by the "for" of the content, as the
# small model reads some long sentences: (word, head, dependency, tag, part of speech)
MISREAD_CLOSING_CUE = [
    ("The", 1, "det", "DT", "DET"),
    ("app", 2, "nsubj", "NN", "NOUN"),
    ("made", 2, "ROOT", "VBD", "VERB"),
    ("it", 4, "nsubj", "PRP", "PRON"),
    ("possible", 2, "ccomp", "JJ", "ADJ"),
    ("for", 15, "mark", "IN", "SCONJ"),
    ("riders", 15, "nsubj", "NNS", "NOUN"),
    ("with", 6, "prep", "IN", "ADP"),
    ("odd", 9, "amod", "JJ", "ADJ"),
    ("plans", 7, "pobj", "NNS", "NOUN"),
    ("to", 11, "aux", "TO", "PART"),
    ("form", 15, "advcl", "VB", "VERB"),
    ("clubs", 11, "dobj", "NNS", "NOUN"),
    (",", 15, "punct", ",", "PUNCT"),
    ("she", 15, "nsubj", "PRP", "PRON"),
    ("said", 2, "advcl", "VBD", "VERB"),
    (".", 2, "punct", ".", "PUNCT"),
]


def test_a_closing_cue_read_as_an_adverbial_clause(nlp):
    # the parse is given, so the rule is tested on the misreading whatever the model does
    # with this sentence
    doc = given_parse(nlp.vocab, MISREAD_CLOSING_CUE, {"said": "say"})
    found = [
        (doc.text[slice(*c.cue)], doc.text[slice(*c.content)], c.source.text)
        for c in find_reported(doc[:], set())
    ]
    assert found == [
        ("said", "The app made it possible for riders with odd plans to form clubs", "she")
    ]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            # "many" read as a modifier of the verb, not as its subject
            "That attitude, many argue, could carry legal costs if Lee becomes mayor.",
            "argue",
            "many",
            "That attitude, many argue, could carry legal costs if Lee becomes mayor",
        ),
        (
            # a name ending in "-ing" tagged as a participle is still the subject
            "Driving to the next town, Ebeling reminisced about her youth as a farm girl "
            "with Okafor, and said their views were both changed by the strike.",
            "said",
            "Ebeling",
            "their views were both changed by the strike",
        ),
        (
            # a day named right after the verb is no object barring its infinitive
            "Senator Ann Bell promised Monday to begin taking action on the levy.",
            "promised",
            "Senator Ann Bell",
            "to begin taking action on the levy",
        ),
        (
            # a headline clause whose verb the tagger took for a noun ("hinges")
            "Her fate in the vote hinges on the mayor's popularity at the time, analyst says.",
            "says",
            "analyst",
            "Her fate in the vote hinges on the mayor's popularity at the time",
        ),
        (
            # ", but" and a clause with its own subject: the writer's reply
            "Bello says the fares were set fairly and not to punish riders, but for the "
            "union, it is a betrayal of the deal struck in 2019.",
            "says",
            "Bello",
            "the fares were set fairly and not to punish riders",
        ),
    ],
)
def test_parser_slips_a_rule_survives(run, text, cue, source, content):
    found = [(c, s, t) for _, c, s, t in attributions(run(text))]
    assert (cue, source, content) in found


def test_a_reported_or_quoted_clause_after_but_stays_in_the_content(run):
    text = (
        'The board said that its count showed the party had won 80 percent of the vote, but "we '
        'are still counting the seats."'
    )
    found = [(c, t) for _, c, _, t in attributions(run(text))]
    assert ("said", text[text.index("that its") :]) in found


def test_a_span_of_time_or_a_named_day_is_still_an_object(run):
    found = [(c, t) for _, c, _, t in attributions(run("The pastor was calling Christmas a sham."))]
    assert found == [("calling", "Christmas a sham")]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            # the name set off after a fronted phrase, read as an apposition of its noun
            "To understand the real Lord Byron, Professor Ann Hale said, one should visit "
            "this house.",
            "said",
            "Professor Ann Hale",
            "To understand the real Lord Byron, Professor Ann Hale said, one should visit "
            "this house",
        ),
        (
            # the reported clause after a phrase of time, read as an adverbial clause
            "Lee said after the vote she would not accept the council's offer if it were made.",
            "said",
            "Lee",
            "after the vote she would not accept the council's offer if it were made",
        ),
        (
            # a verbless content before a closing cue
            "People like Okafor, he said.",
            "said",
            "he",
            "People like Okafor",
        ),
        (
            # no comma after the fronted phrase: the name is read as the end of its noun
            "In a March meeting with the editorial board of the Daily Courier Okafor said that "
            "the port may need to be sold.",
            "said",
            "the Daily Courier Okafor",
            "that the port may need to be sold",
        ),
    ],
)
def test_more_parser_slips_a_rule_survives(run, text, cue, source, content):
    found = [(c, s, t) for _, c, s, t in attributions(run(text))]
    assert (cue, source, content) in found


def test_the_question_before_a_parenthetical_cue_is_not_the_answer(run):
    # "Asked …" is the question put to the speaker: its own attribution, not the answer's
    text = 'Asked what he made of the new levy, he said, "It is the wrong tax at the wrong time."'
    found = [(c, t) for _, c, _, t in attributions(run(text))]
    assert ("Asked", "what he made of the new levy") in found
    assert all(not t.startswith("Asked") for c, t in found if c == "said")


def test_a_day_before_a_verb_with_no_subject_is_not_its_source(run):
    # "on Tuesday wrote": the day ends a fronted phrase of time; it says nothing
    text = (
        "The harbour columnist Ann Lee has been critical of the plan but on Tuesday wrote "
        "that she agreed with the mayor."
    )
    found = [(c, s) for _, c, s, _ in attributions(run(text))]
    assert found and all(s != "Tuesday" for c, s in found)


def test_a_closing_plural_subject_hung_on_the_cue_is_its_source(run):
    # "records" tagged a verb in "-s" and hung on "show" as a compound
    text = (
        "In all, the harbour committee raised $57 million, Federal Election Commission "
        "records show."
    )
    found = [(c, s, t) for _, c, s, t in attributions(run(text))]
    assert ("show", "records", "In all, the harbour committee raised $57 million") in found
