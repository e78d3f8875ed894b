"""Sentences that report a view, its evidence or an open question are not unsourced
assertions, and a private cue that passes on a reported clause is not a private act
(``rules/claims.py``: ``SentenceInfo.unasserted`` and the private heads).

Each case pairs a sentence that must not get an ``unattributed_claim`` flag with a
sentence of the same shape that asserts a fact on the writer's word and keeps its flag,
so the tests pin the criterion rather than the wording.
"""

from __future__ import annotations

import pytest

from tests.test_flags import article, flags_on, one_flag

NOT_ASSERTED = [
    # an open question: the clause is not asserted
    "It is unclear whether the harbour budget will last until the summer recess.",
    "It is not known if the ferry fares will rise again next spring.",
    "Whether the new dredging contract will survive an audit is still uncertain.",
    # an attitude of a person or body toward something: their stance
    "The transport minister was bent on finishing the bridge before the election.",
    "The harbour workers were far less shy about their wages this year.",
    "Several councillors remained lukewarm about the sale of the old depot.",
    "The councillors were more careful about the depot sale before the election.",
    # a name the parser does not tag holds the attitude as well as a tagged one
    "Okafor remained vague about the cost of the second ferry terminal.",
    # a fronted "to" phrase says whose judgement the sentence gives
    "To the night-shift workers, the new contract is a step backwards for safety.",
    "And to them, the new ferry timetable makes no sense at all.",
    # a verb the cue lexicon lacks, said of someone, with a "that" clause: their account
    "Several port officials posited that the cranes had been sabotaged overnight.",
    "The bishop further related that the parish had lost half its members.",
    # the measure the claim comes from
    "The mayor leads her nearest rival by nine points in the latest city poll.",
    "Two thirds of commuters take the tram to work in a survey taken over the summer.",
    # a reporting aside the parser reads as a noun phrase ("the Courier reports")
    "The council, the Courier reports, will close three libraries before the end of the year.",
    # a text or an outlet telling, in the present tense, what it holds
    "The council's email includes a photo of the harbour master at the tender meeting.",
    "The Guardian investigates the harbour contract in a series starting this weekend.",
]

ASSERTED = [
    # the writer's own claims of the same shapes
    "It is clear that the harbour budget will run out before the summer recess.",
    "The transport minister was responsible for the bridge until the election.",
    "The bridge across the estuary was finished two months before the election.",
    "The mayor leads her nearest rival by nine points after a strong spring campaign.",
    "The council, the largest in the region, will close three libraries by the end of the year.",
    "The council's email prompted a protest outside the town hall last week.",
    "The Guardian hired three reporters for its harbour team last spring.",
    # "to" naming a place or a thing, not someone whose view it is
    "To the north of the port, the new terminal handles most of the container traffic.",
    "To everyone's surprise, the new terminal opened two months early.",
    # a "that" clause the writer infers, or a subject "that", or "now that"
    "The new timetable means that night crews lose their Sunday shifts.",
    "But that does not mean the pier is safe, and the council has closed it.",
    "The night crews are panicking now that the first pay cut is close at hand.",
    # the writer's prescription, and a poll that backs only a relative clause
    "The councillors must be more careful about the depot sale before the election.",
    "The depot opens next week under a mayor who has gained ground in the latest city poll.",
    # a second main clause asserts on its own
    "It is unclear whether the ferry fares will rise, but the operator has already cut two routes.",
]


@pytest.mark.parametrize("line", NOT_ASSERTED)
def test_views_evidence_and_open_questions_are_not_flagged(run, line):
    text = article(line)
    assert flags_on(run(text), text, line, "unattributed_claim") == []


@pytest.mark.parametrize("line", ASSERTED)
def test_the_writers_own_assertions_keep_their_flag(run, line):
    text = article(line)
    one_flag(run(text), text, line, "unattributed_claim")


def test_a_private_verb_of_saying_with_its_clause_passes_the_claim_on(run):
    line = "The minister's aides privately conceded that the harbour plan had been a mistake."
    text = article(line)
    assert flags_on(run(text), text, line, "unattributed_claim") == []


@pytest.mark.parametrize(
    "line",
    [
        "The minister privately urged the harbour board to delay the vote until spring.",
        "The minister privately urged port managers not to publish the delay figures.",
    ],
)
def test_a_private_directive_stays_a_private_act(run, line):
    text = article(line)
    assert one_flag(run(text), text, line, "unattributed_claim")["severity"] == "high"


def test_unnamed_polls_are_vague_sourcing(run):
    line = "The mayor leads her nearest rival by nine points in recent polls."
    text = article(line)
    report = run(text)
    assert flags_on(report, text, line, "unattributed_claim") == []
    flag = one_flag(report, text, line, "vague_source")
    assert (flag["text"], flag["severity"]) == ("polls", "low")


def test_polls_named_by_their_pollster_are_a_source(run):
    line = (
        "The mayor leads her rival by nine points in recent polls for the Courier and Channel Four."
    )
    text = article(line)
    assert flags_on(run(text), text, line) == []
