"""Adjectives of the cue lexicon said of someone ("wary of", "skeptical of") report that
someone's stance wherever the parser hangs them: after a linking verb, coordinated with
another adjective, or after their noun with a complement of their own -- but not as a bare
attribute before a noun (``rules/claims.py``: ``SentenceInfo.has_cue``)."""

from __future__ import annotations

import pytest

from tests.test_flags import article, flags_on, one_flag


@pytest.mark.parametrize(
    "line",
    [
        # coordinated with an adjective outside the lexicon
        "The night crews are underpaid, exhausted and deeply skeptical of the new rota.",
        "The crews were delighted by the deal and eager to return to the docks on Monday.",
        # after its noun with a complement: a reduced relative clause
        "Shippers wary of further delays have moved their cargo to the northern terminal.",
        "Builders willing to work through the winter finished the bridge in March.",
    ],
)
def test_a_cue_adjective_said_of_someone_reports_their_stance(run, line):
    text = article(line)
    assert flags_on(run(text), text, line, "unattributed_claim") == []


@pytest.mark.parametrize(
    "line",
    [
        # a bare attribute before its noun describes; the sentence is the writer's
        "Supportive shippers moved their cargo to the northern terminal last week.",
        # a state the writer says something left someone in: the writer's claim of a cause
        "The long strike left the dockers unhappy with their own leadership.",
        # said of a thing, not of someone
        "The crews were underpaid, and it was clear from the rota that nobody rested.",
    ],
)
def test_a_cue_adjective_that_reports_nobody_keeps_the_flag(run, line):
    text = article(line)
    one_flag(run(text), text, line, "unattributed_claim")
