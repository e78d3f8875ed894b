"""Reported speech, round 9, on sentences written for the purpose: a reported clause the
parser hangs on the noun of the phrase that says when or how it was said ("said for the
first time that …", "says in a statement that …") is still the cue's content, read once."""

from __future__ import annotations

import pytest

from newsaudit.rules.reported import find_reported
from tests.parses import given_parse
from tests.reports import by_cue
from tests.test_stance import attributions


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Lund said for the first time that the ledgers had been located.",
            "said",
            "Lund",
            "that the ledgers had been located",
        ),
        (
            "The ferry operator's chief executive, Ana Lund, says in a statement that the "
            "route will now be a three-way contest between Hollis, Brant and Orme.",
            "says",
            "Ana Lund",
            "that the route will now be a three-way contest between Hollis, Brant and Orme",
        ),
        (
            "Reyes told the board at the start of the meeting that the city would not pay "
            "for the quay.",
            "told",
            "Reyes",
            "that the city would not pay for the quay",
        ),
    ],
)
def test_clause_hung_on_the_setting_is_the_content(run, text, cue, source, content):
    found = by_cue(run(text), cue)
    assert found["source"]["text"] == source
    assert found["content"]["text"] == content
    assert found["category"] == "statement"


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master offered a cautious welcome on Monday, stressing in his remarks "
        "that the board would honour contracts signed by the previous owners.",
    ],
)
def test_setting_noun_does_not_repeat_the_verb(run, text):
    """ "stressing in his remarks that …": the verb's content, not also the noun's."""
    found = attributions(run(text))
    content = "that the board would honour contracts signed by the previous owners"
    assert [a for a in found if a[3] == content] == [
        ("statement", "stressing", "The harbour master", content)
    ]


def test_argument_of_the_cue_keeps_its_clause_to_its_noun(run):
    """Guard: "called for X following news that …" calls for X; the news is not called for."""
    found = attributions(
        run(
            "The union called for the removal of the port chief following news that the "
            "state would sue the city."
        )
    )
    assert ("statement", "called for", "The union", "the removal of the port chief") in found
    assert not [a for a in found if a[1] == "called for" and a[3].startswith("that")]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "This includes a special unit to assist the coast guard, the Defence Secretary, "
            "Ana Lund, told a Senate panel Wednesday.",
            "told",
            "Ana Lund",  # the name is the mention, "the Defence Secretary" her role
            "This includes a special unit to assist the coast guard",
        ),
        (
            "The levy funds a new unit to patrol the harbour, Harbour Master Tomas Reyes "
            "told the council Tuesday.",
            "told",
            "Harbour Master Tomas Reyes",
            "The levy funds a new unit to patrol the harbour",
        ),
    ],
)
def test_closing_cue_read_as_a_second_clause_reports_the_first(run, text, cue, source, content):
    """ "Y, X told a panel.": the parser may join the closing cue to Y as a second main
    clause; set off by a comma with no "and", it is still the cue of Y."""
    found = by_cue(run(text), cue)
    assert found["source"]["text"] == source
    assert found["content"]["text"] == content


def test_joined_clause_after_and_is_not_a_closing_cue(run):
    """Guard: "Y, and the operator posted a notice" reports nothing of Y."""
    found = attributions(
        run("The ferry stopped at Orme, and the operator posted a notice on its website.")
    )
    assert not [a for a in found if a[1] == "posted"]


def test_object_placed_up_by_a_margin_is_a_finding(run):
    """ "Polls show Clinton up by 10 points": "up" before a margin places the object in
    the count; it is no particle making "show up" a verb of doing."""
    found = by_cue(run("Polls show the mayor up by 10 points in the next contest."), "show")
    assert found["source"]["text"] == "Polls"
    assert found["content"]["text"].startswith("the mayor")


def test_particle_of_doing_still_makes_an_act(run):
    """Guard: "ripped the vine up by the roots" is a deed, whatever follows the particle."""
    found = attributions(run("The crew ripped the vine up by the roots."))
    assert found == []


# "He called Mayor Lund an idiot." as the parser may read it: the predicate as a second
# object (word, head, dependency, tag, part of speech).
PREDICATE_AS_SECOND_OBJECT = [
    ("He", 1, "nsubj", "PRP", "PRON"),
    ("called", 1, "ROOT", "VBD", "VERB"),
    ("Mayor", 3, "compound", "NNP", "PROPN"),
    ("Lund", 1, "dobj", "NNP", "PROPN"),
    ("an", 5, "det", "DT", "DET"),
    ("idiot", 1, "dobj", "NN", "NOUN"),
    (".", 1, "punct", ".", "PUNCT"),
]


def test_predicate_read_as_a_second_object(nlp):
    # the parse is given, so the rule is tested on the misreading whatever the model does
    # with this sentence
    doc = given_parse(nlp.vocab, PREDICATE_AS_SECOND_OBJECT, {"called": "call"})
    found = [
        (doc.text[slice(*c.cue)], doc.text[slice(*c.content)], c.category)
        for c in find_reported(doc[:], set())
    ]
    assert found == [("called", "Mayor Lund an idiot", "stance")]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            'The mayor has attacked the harbour board, calling the Orme ferry crews "pirates" '
            "and threatening to cut its funds.",
            "calling",
            "The mayor",
            'the Orme ferry crews "pirates"',
        ),
        (
            'Lund, who has called the ferry timetable "fiction," said the board would review it.',
            "called",
            "who",
            'the ferry timetable "fiction,"',
        ),
    ],
)
def test_quoted_name_given_to_a_thing_is_a_predicate(run, text, cue, source, content):
    """ "calling the crews 'pirates'": the parser reads the quoted name as the head of one
    noun phrase; what is called so, and the name, are the stance's content."""
    found = by_cue(run(text), cue)
    assert found["source"]["text"] == source
    assert found["content"]["text"] == content
    assert found["category"] == "stance"


def test_quotation_opening_the_object_only_names_it(run):
    """Guard: "called the 'Islamic State' a threat" calls the named thing a threat; the
    quotation is its name, not what it is called."""
    found = by_cue(run('The mayor called the "harbour cartel" a threat to the town.'), "called")
    assert found["content"]["text"] == 'the "harbour cartel" a threat to the town'


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The chair wrote to members, noting that most of the money raised would go to "
            "the party for its voter drive this fall.",
            "noting",
            "that most of the money raised would go to the party for its voter drive this fall",
        ),
        (
            "The mayor said the men detained could be part of the gang.",
            "said",
            "the men detained could be part of the gang",
        ),
    ],
)
def test_participle_on_the_subject_does_not_end_the_clause(run, text, cue, content):
    """ "the money raised would go …": the parser may take the participle describing the
    subject for the clause's verb and hang the real verb on the cue as a second clause."""
    assert by_cue(run(text), cue)["content"]["text"] == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The next month, a former harbour clerk announced plans to sue the port board.",
            "announced",
            "plans to sue the port board",
        ),
        (
            "The mayor condemned the board's proposal to close the ferry terminal at night.",
            "condemned",
            "the board's proposal to close the ferry terminal at night",
        ),
    ],
)
def test_infinitive_completing_the_object_is_part_of_the_stance(run, text, cue, content):
    """ "announced plans to sue": a to-infinitive right after its noun says what is
    planned or proposed; it belongs to the noun phrase the stance is toward."""
    found = by_cue(run(text), cue)
    assert found["content"]["text"] == content
    # what was announced is news passed on, a statement; a condemned proposal a stance
    assert found["category"] == ("statement" if cue == "announced" else "stance")


def test_relative_clause_after_the_object_is_still_left_out(run):
    """Guard: "opposed the bill, which the council passed": the writer's aside."""
    found = by_cue(run("The mayor opposed the bill, which the council passed in May."), "opposed")
    assert found["content"]["text"] == "the bill"
