"""Round 4 of indirect attributions, on sentences written for the purpose: where a stance's
object ends, and speakers the parser left without a subject link."""

from __future__ import annotations

import pytest

from tests.test_stance import attributions


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "She cited criticism of the harbour master, who took heat for the closures.",
            "cited",
            "criticism of the harbour master",
        ),
        (
            "The mayor praised the work of Ana Ruiz, the engineer behind the new sea wall.",
            "praised",
            "the work of Ana Ruiz",
        ),
    ],
)
def test_an_aside_set_off_inside_the_object_is_not_its_content(run, text, cue, content):
    found = [(c, t) for _, c, _, t in attributions(run(text))]
    assert (cue, content) in found


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        # the name after a fronted phrase, read by the parser as its apposition
        (
            "As part of the settlement, Dorian Vale, 61, said that he would repay the fund.",
            "said",
            "Dorian Vale",
            "that he would repay the fund",
        ),
        # a name with an apposition, read by the parser as an adverb of the verb
        (
            "But Ned Skelly, a longtime data operative, vouched for both aides.",
            "vouched",
            "Ned Skelly",
            "both aides",
        ),
        # a surname that is also a verb, coordinated with another subject
        (
            "Trump and his lawyers have said the company would return.",
            "said",
            "Trump",
            "the company would return",
        ),
    ],
)
def test_a_subject_the_parser_did_not_link_is_the_source(run, text, cue, source, content):
    assert (cue, source, content) in [(c, s, t) for _, c, s, t in attributions(run(text))]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Okafor's pledge to reopen the ferry line won her the ward.",
            "pledge",
            "Okafor",
            "to reopen the ferry line",
        ),
        (
            "His promise to cut the harbour levy was popular.",
            "promise",
            "His",
            "to cut the harbour levy",
        ),
    ],
)
def test_what_a_named_source_promised(run, text, cue, source, content):
    assert (cue, source, content) in [(c, s, t) for _, c, s, t in attributions(run(text))]


def test_a_plan_or_decision_is_not_a_saying(run):
    # intentions and decisions named by a noun are acts in the making (study: 24 of 67)
    found = attributions(run("Her plan to sell the depot angered the union."))
    assert [c for _, c, _, _ in found if c.startswith("plan")] == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The council backed the levy, which the harbour union opposed.", "opposed", "the union"),
        ("She nominated Ruiz, whom the union had endorsed.", "endorsed", "the union"),
    ],
)
def test_a_relative_pronoun_object_is_what_the_stance_is_toward(run, text, cue, source):
    found = [(c, s, t) for _, c, s, t in attributions(run(text))]
    assert any(c == cue and t in ("which", "whom") for c, _, t in found), found


def test_something_is_still_no_stance(run):
    assert attributions(run("The mayor opposed something.")) == []


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        # a noun's possessor
        (
            "The two rivals abandoned their strategy of attacking the mayor.",
            "attacking",
            "their",
            "the mayor",
        ),
        # the subject of the verb an adjective describes
        ("The mayor was keen on telling the union to wait.", "telling", "The mayor", None),
        # the subject of the verb an adverb hangs on
        ("She stopped short of calling for a recount.", "calling for", "She", "a recount"),
    ],
)
def test_the_holder_of_a_gerund_after_a_preposition(run, text, cue, source, content):
    found = [(c, s, t) for _, c, s, t in attributions(run(text))]
    assert any(c == cue and s == source and t == (content or t) for c, s, t in found), found


def test_a_gerund_nobody_holds_is_no_attribution(run):
    # "the task of identifying …" names no one who identifies
    assert attributions(run("The task of identifying the donors fell to the clerk.")) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a clause as the subject of the reported clause
        (
            "Republicans have expressed concern that changing the rule could invite fraud.",
            "expressed concern",
            "that changing the rule could invite fraud",
        ),
        # an empty "there" as its subject
        (
            "Critics voiced fears that there would be no inspectors left.",
            "voiced fears",
            "that there would be no inspectors left",
        ),
    ],
)
def test_a_reported_clause_with_a_clause_or_there_as_subject(run, text, cue, content):
    assert (cue, content) in [(c, t) for _, c, _, t in attributions(run(text))]
