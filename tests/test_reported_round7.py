"""Reported speech on the core verbs, round 7, on sentences written for the purpose: a
reported clause whose verb the tagger misreads (an adverb, a noun) is still the content
of the cue it hangs on as a clausal complement; a cue set off by commas inside the clause
it reports is one even when the parser reads it as an adverbial clause."""

from __future__ import annotations

import pytest

from tests.test_stance import attributions


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            # "back" tagged an adverb: the clause has its subject and auxiliary
            "She said he’ll gladly back Ruiz in the runoff.",
            "She",
            "he’ll gladly back Ruiz in the runoff",
        ),
        (
            "Ortiz said he’ll still back Navarro because she’s the nominee.",
            "Ortiz",
            "he’ll still back Navarro because she’s the nominee",
        ),
        (
            # "heightens" tagged a noun: the clause keeps its "that" and its subject
            "Hale said Thursday that the decision heightens the risk of flooding downstream.",
            "Hale",
            "that the decision heightens the risk of flooding downstream",
        ),
        (
            # "closed" tagged an adjective: the clause has the passive's auxiliary
            "Ouellet said the harbor was closed. Élise Ouellet, a pilot, has worked there "
            "for years.",
            "Ouellet",
            "the harbor was closed",
        ),
    ],
)
def test_a_reported_clause_with_a_mistagged_verb(run, text, source, content):
    assert attributions(run(text)) == [("statement", "said", source, content)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "And yet each Monday, from dawn to noon, the former aide told the Courier, Ruiz "
            "would chair a planning session.",
            "the former aide",
        ),
        (
            "And yet on weekends, from 9 a.m. to 5 p.m., the former clerk told the Post, "
            "Mendes would hold court in the lobby.",
            "the former clerk",
        ),
    ],
)
def test_a_cue_between_commas_read_as_an_adverbial_clause(run, text, source):
    # the parser hangs the set-off cue on the reported verb as an adverbial clause, with
    # the fronted phrases of time; the content is the whole clause around it
    assert attributions(run(text)) == [("statement", "told", source, text[:-1])]


def test_a_set_off_clause_with_a_conjunction_is_the_writers(run):
    text = "Each Monday, after the former aide told the Courier, Ruiz would chair a session."
    assert attributions(run(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asked at a briefing on Monday about the envoy's future role, the spokesman said "
            "the envoy would stay.",
            [
                ("stance", "Asked", None, "the envoy's future role"),
                ("statement", "said", "the spokesman", "the envoy would stay"),
            ],
        ),
        (
            "When asked at the trade fair about the merger, she defended her decision.",
            [
                ("stance", "asked", None, "the merger"),
                ("stance", "defended", "she", "her decision"),
            ],
        ),
        (
            "He is talking to farmers about water rights and lower fuel taxes.",
            [("stance", "talking", "He", "water rights and lower fuel taxes")],
        ),
    ],
)
def test_a_topic_hung_on_the_setting_or_the_hearer(run, text, expected):
    # the parser hangs "about …" on the noun of "at a briefing" or "to farmers"
    assert attributions(run(text)) == expected


def test_a_topic_after_in_names_something_else(run):
    # "in response to a question about X": the topic of the question, not what was said
    text = "“The budget is fair,” Lind said in response to a question about the levy."
    assert attributions(run(text)) == [("statement", "said", "Lind", "“The budget is fair,”")]
