"""Round 22, rules: an event heard or watched is the speaker's, not the hearer's; "so"
after a verb of belief; "according to" inside a reported clause; "admitted to" a quoted
gerund; a phone call is no stance.

Every text here is written for the test; the people and groups in it are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import by_cue


@pytest.mark.parametrize(
    "text",
    [
        "The jury heard Hartley admit that he had forgotten the screws.",
        "Reporters watched Ruiz announce that the port would close.",
    ],
)
def test_someone_heard_or_watched_saying_something_is_the_speaker(run, text):
    # a perception with a bare infinitive is an event witnessed; the words are the speaker's
    # (the "watched" case is a guard: "watch" was never a cue)
    report = run(text)
    cues = [a["cue"]["text"] for a in report["attributions"]]
    assert "heard" not in cues and "watched" not in cues
    speaker = "Hartley" if "Hartley" in text else "Ruiz"
    assert [a["source"]["text"] for a in report["attributions"]] == [speaker]


def test_seeing_someone_do_something_is_no_view(run):
    assert run("I have seen the mayor speak many times at the harbour.")["attributions"] == []


def test_hearing_that_something_happened_is_still_hearsay(run):
    # a guard: it passed before this round too
    found = by_cue(run("The court heard that Ruiz had forgotten the screws."), "heard")
    assert found["content"]["text"] == "that Ruiz had forgotten the screws"


def test_an_event_someone_wants_or_expects_to_see_is_still_a_view(run):
    # a guard: it passed before this round too
    found = by_cue(run("Dock workers may soon see wages return to normal."), "see")
    assert found["content"]["text"] == "wages return to normal"


@pytest.mark.parametrize(
    "text, cue, source",
    [
        ("Ruiz apparently thinks so, too.", "thinks", "Ruiz"),
        ("The union's rivals never believed so.", "never believed", "The union's rivals"),
    ],
)
def test_so_after_a_verb_of_belief_is_what_is_believed(run, text, cue, source):
    found = by_cue(run(text), cue)
    assert (found["category"], found["source"]["text"], found["content"]["text"]) == (
        "belief",
        source,
        "so",
    )


def test_so_as_a_degree_is_no_belief(run):
    # a guard: "so strongly … that" is a degree of what follows, not a proposition
    report = run("The mayor believes so strongly in the port that she stayed.")
    assert all(a["content"]["text"] != "so" for a in report["attributions"])


def test_according_to_inside_a_reported_clause_attributes_what_follows(run):
    text = (
        "The Courier reported that, according to an analysis of the ledgers, 85 of the "
        "154 meetings were with donors."
    )
    found = by_cue(run(text), "according to")
    assert found["content"]["text"] == "85 of the 154 meetings were with donors"


def test_according_to_set_off_after_the_subject_attributes_the_whole_clause(run):
    # a guard: it passed before this round too
    found = by_cue(
        run("The levy, according to aides, would cut the harbour's debt."), "according to"
    )
    assert found["content"]["text"] == "The levy, according to aides, would cut the harbour's debt"


def test_admitting_to_a_quoted_gerund_is_what_was_admitted(run):
    # after the quotation mark the parser reads "to" and the gerund as an infinitive's
    report = run('The jury heard Okafor admit to "forgetting" the screws during the job.')
    found = by_cue(report, "admit")
    assert (found["source"]["text"], found["content"]["text"]) == (
        "Okafor",
        '"forgetting" the screws during the job',
    )


def test_calling_someone_while_doing_something_is_a_phone_call(run):
    assert run("The station called the sheriff's office asking questions.")["attributions"] == []


def test_calling_something_a_participle_of_judgement_is_still_a_stance(run):
    # a guard: it passed before this round too
    found = by_cue(run("The union called the offer insulting."), "called")
    assert found["content"]["text"] == "the offer insulting"


def test_what_someone_calls_a_gerund_with_a_determiner_is_still_their_word(run):
    # a guard: "the 'shaming' of students" is a noun, their name for what happens
    found = by_cue(run('The rector objects to what he calls the "shaming" of students.'), "calls")
    assert found["content"]["text"] == 'what he calls the "shaming" of students'


def test_the_subject_after_a_fronted_time_and_a_participle_clause(run):
    # the parser hangs the name on the time and leaves the verb without a subject
    text = "Friday, Harlow County, leading a group of 13 towns, asked a judge to block the levy."
    found = by_cue(run(text), "asked")
    assert (found["source"]["text"], found["content"]["text"]) == (
        "Harlow County",
        "a judge to block the levy",
    )


def test_the_writers_lead_in_before_a_colon_is_not_the_quotation(run):
    report = run('The mayor was blunt: "We will close the port," she said.')
    found = by_cue(report, "said")
    assert (found["kind"], found["content"]["text"]) == ("direct", '"We will close the port,"')


@pytest.mark.parametrize(
    "text",
    [
        "Harbour worker found with head wounds",
        "The body of the diver was found with head wounds near the quay.",
    ],
)
def test_someone_found_with_wounds_is_no_finding(run, text):
    # "with" holds what a poll found of someone ("found Ruiz with a lead"), not a passive's
    assert run(text)["attributions"] == []


def test_a_poll_finding_someone_with_a_lead_is_still_a_finding(run):
    # a guard: it passed before this round too
    found = by_cue(run("The April survey found Okafor with a seven-point lead."), "found")
    assert found["content"]["text"] == "Okafor with a seven-point lead"
