"""The speaker after a closing quotation whom the parser takes for the subject of a word
further on ('"…," said David Brock, a confidant who heads the group Correct the Record':
"Brock" read as the subject of "Correct", a clause of "said"): the speaker is the cue's,
and that clause is no part of what was said (``rules.inverted.speaker_clause``). And the
person a "who" clause means where the parser hangs it on a place after them ("a
fisherman in the harbour who told me", ``rules.antecedents``).

The parses are given where the rule is tested on a misreading, whatever the model does
with the sentence; every sentence is written for the test.
"""

from __future__ import annotations

from newsaudit.rules.base import cue_entry
from newsaudit.rules.frames import find_content
from newsaudit.rules.inverted import speaker_clause
from newsaudit.rules.subjects import subject_of
from tests.parses import given_parse
from tests.reports import in_brief, last_speaker

SPEAKER_READ_AS_A_CLAUSE_SUBJECT = [
    ('"', 7, "punct", "``", "PUNCT"),
    ("It", 2, "nsubj", "PRP", "PRON"),
    ("is", 7, "ccomp", "VBZ", "AUX"),
    ("a", 4, "det", "DT", "DET"),
    ("fight", 2, "attr", "NN", "NOUN"),
    (",", 7, "punct", ",", "PUNCT"),
    ('"', 7, "punct", "''", "PUNCT"),
    ("said", 7, "ROOT", "VBD", "VERB"),
    ("Ana", 9, "compound", "NNP", "PROPN"),
    ("Ruiz", 13, "nsubj", "NNP", "PROPN"),
    (",", 9, "punct", ",", "PUNCT"),
    ("who", 12, "nsubj", "WP", "PRON"),
    ("heads", 9, "relcl", "VBZ", "VERB"),
    ("Correct", 7, "ccomp", "VB", "VERB"),
    ("the", 15, "det", "DT", "DET"),
    ("Harbour", 13, "dobj", "NNP", "PROPN"),
    (".", 7, "punct", ".", "PUNCT"),
]


def test_the_speaker_read_as_a_later_clauses_subject_is_the_cues(nlp):
    doc = given_parse(nlp.vocab, SPEAKER_READ_AS_A_CLAUSE_SUBJECT, {"said": "say"})
    assert subject_of(doc[7]).text == "Ruiz"


def test_the_clause_holding_the_speaker_is_not_what_was_said(nlp):
    """What was said is the quotation before the cue, which the direct-quote rule reports;
    the verb finds no content after it."""
    doc = given_parse(nlp.vocab, SPEAKER_READ_AS_A_CLAUSE_SUBJECT, {"said": "say"})
    assert find_content(doc[7], cue_entry(doc[7])) is None


def test_a_participle_after_a_quotation_keeps_its_clause(nlp):
    """Guard: '"…," promising the Friends of the Harbour will …' is what was promised; only
    a finite cue ('"…," said X') comes before its speaker."""
    rows = [
        ('"', 4, "punct", "``", "PUNCT"),
        ("Soon", 4, "advmod", "RB", "ADV"),
        (",", 4, "punct", ",", "PUNCT"),
        ('"', 4, "punct", "''", "PUNCT"),
        ("promising", 4, "ROOT", "VBG", "VERB"),
        ("the", 6, "det", "DT", "DET"),
        ("Friends", 9, "nsubj", "NNPS", "PROPN"),
        ("will", 9, "aux", "MD", "AUX"),
        ("soon", 9, "advmod", "RB", "ADV"),
        ("return", 4, "ccomp", "VB", "VERB"),
        (".", 4, "punct", ".", "PUNCT"),
    ]
    doc = given_parse(nlp.vocab, rows, {"promising": "promise"})
    assert speaker_clause(doc[4]) is None


def test_who_after_a_place_is_the_person_before_it(run):
    """ "It was a fisherman in the harbour who told me …": the parser hangs the "who"
    clause on "harbour", but "who" is said of people."""
    report = run(in_brief("It was a fisherman in the harbour who told me the boats would stay."))
    assert last_speaker(report, "told")[1] == "a fisherman"


def test_who_after_people_in_a_place_is_the_people(run):
    """Guard: a word for people before the "who" is the one it means."""
    report = run(in_brief("Donations came from people in the town who said they liked the plan."))
    assert last_speaker(report, "said")[1] == "people"
