"""Forms added from PolNeAR train frequencies (``benchmarks/cue_frames.py``), on sentences
written for the purpose: a stance voiced through a noun object, negated beliefs, and
prepositional frames of judging and evidence."""

from __future__ import annotations

import pytest

from tests.test_stance import attributions


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The harbour master expressed support for the new dredging plan on Friday.",
            "expressed support for",
            "The harbour master",
            "the new dredging plan",
        ),
        (
            "Two shop owners have made allegations against the market inspector.",
            "made allegations against",
            "Two shop owners",
            "the market inspector",
        ),
        (
            "The ferry operator voiced concern about the cost of fuel.",
            "voiced concern about",
            "The ferry operator",
            "the cost of fuel",
        ),
    ],
)
def test_stance_voiced_through_a_noun_object(run, text, cue, source, content):
    assert attributions(run(text)) == [("stance", cue, source, content)]


def test_a_noun_object_drawn_from_others_is_not_the_subjects_stance(run):
    # the critics of the levy are the residents, not the levy
    text = "The harbour levy drew criticism from residents over its cost."
    assert all(src != "The harbour levy" for _, _, src, _ in attributions(run(text)))


def test_possessed_support_for_a_thing(run):
    text = "Her support for the ferry subsidy surprised the council."
    assert attributions(run(text)) == [("stance", "support for", "Her", "the ferry subsidy")]


def test_negated_belief_is_still_held(run):
    text = "The treasurer does not believe the levy will raise enough money."
    assert attributions(run(text)) == [
        # the negation is part of the cue (round 19)
        ("belief", "does not believe", "The treasurer", "the levy will raise enough money")
    ]


def test_negated_saying_reports_no_words(run):
    assert attributions(run("The ferry company did not say how many sailings were lost.")) == []


def test_a_condition_inside_the_content_is_no_second_cue(run):
    text = "Adebayo said she would appeal if the tribunal did not order a new hearing."
    assert attributions(run(text)) == [
        (
            "statement",
            "said",
            "Adebayo",
            "she would appeal if the tribunal did not order a new hearing",
        )
    ]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "A survey of dock workers shows the mayor with a narrow lead.",
            "shows",
            "A survey",  # what it surveyed goes into the source's role
            "the mayor with a narrow lead",
        ),
        (
            "The councillor hinted at a change of course on parking fees.",
            "hinted",
            "The councillor",
            "a change of course on parking fees",
        ),
        (
            "The fishermen's guild sided with the striking crews.",
            "sided",
            "The fishermen's guild",
            "the striking crews",
        ),
    ],
)
def test_prepositional_frames_chosen_by_frequency(run, text, cue, source, content):
    found = attributions(run(text))
    assert [(c, s, t) for _, c, s, t in found] == [(cue, source, content)]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Adeyemi: Fares prove the ferry plan failed",
            "Adeyemi",
            "Fares prove the ferry plan failed",
        ),
        ("Insiders: The mayor will run again", "Insiders", "The mayor will run again"),
    ],
)
def test_headline_label_before_a_sentence(run, text, source, content):
    found = attributions(run(text + "\n\nThe council met on Monday."))
    assert [(c, s, t) for _, c, s, t in found] == [(":", source, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Update: The ferry has resumed its evening sailings.",  # a page label
        "Lagos: 1,204.",  # a tally
        "Delegates: Ade Bello, Bisi Okafor, Chidi Eze.",  # a list of names
    ],
)
def test_label_before_a_tally_a_list_or_page_copy_is_no_speaker(run, text):
    assert attributions(run(text + "\n\nThe council met on Monday.")) == []


def test_subject_of_a_cue_left_unlabelled_by_the_parser(run):
    text = (
        "Majorities of renters in three cities going to the polls Monday say they would "
        "back the rent cap."
    )
    found = attributions(run(text))
    # a share keeps the sample it is taken from (tests/test_counted_groups.py)
    sample = "Majorities of renters in three cities going to the polls Monday"
    assert [(c, s, t) for _, c, s, t in found] == [("say", sample, "they would back the rent cap")]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "It seems that the ferry will not sail today.",
            "seems",
            "that the ferry will not sail today",
        ),
        (
            "It appears the council has changed its mind.",
            "appears",
            "the council has changed its mind",
        ),
    ],
)
def test_it_of_seem_is_no_source(run, text, cue, content):
    assert [(c, s, t) for _, c, s, t in attributions(run(text))] == [(cue, None, content)]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The political fallout appears significant for the harbour board.",
            "appears",
            "The political fallout appears significant for the harbour board",
        ),
        (
            "The shipping firm appears to be the link between the two owners.",
            "appears",
            "The shipping firm appears to be the link between the two owners",
        ),
    ],
)
def test_impression_of_a_raising_verb_has_no_source(run, text, cue, content):
    assert attributions(run(text)) == [("belief", cue, None, content)]


def test_parenthetical_cue_around_a_verb_of_doing(run):
    # "try" takes no content here, so the clause around "she said" is what she said
    text = "At the time, she said, the council was trying to sell the land."
    assert [(c, s, t) for _, c, s, t in attributions(run(text))] == [("said", "she", text[:-1])]


def test_citing_a_ground_is_the_citers_stance(run):
    text = "The senator opposed the levy, citing low growth and rising debt."
    assert ("stance", "citing", "The senator", "low growth and rising debt") in attributions(
        run(text)
    )


def test_citing_informants_keeps_them_as_the_source(run):
    text = "The wire service reported that the plant would close, citing two officials."
    found = attributions(run(text))
    assert ("statement", "citing", "two officials", "that the plant would close") in found


def test_reported_clause_misread_as_a_relative_clause_of_the_addressee(run):
    text = "Okafor criticised the levy, telling a radio host that Bello had opposed the changes."
    found = attributions(run(text))
    assert ("statement", "telling", "Okafor", "that Bello had opposed the changes") in found


def test_stance_toward_a_person_named_before(run):
    text = "Both ferry unions endorsed her early in the race."
    assert attributions(run(text)) == [("stance", "endorsed", "Both ferry unions", "her")]


@pytest.mark.parametrize("text", ["Police questioned them.", "The minister said it."])
def test_a_pronoun_after_an_act_or_a_saying_is_no_content(run, text):
    assert attributions(run(text)) == []


def test_participle_of_a_stance_with_its_holder_in_a_by_phrase(run):
    text = "The ferry plan, backed by the mayor, failed in the council."
    assert attributions(run(text)) == [("stance", "backed", "the mayor", "The ferry plan")]


def test_a_belief_joined_to_the_reported_clause_stays_in_the_content(run):
    # annotators keep "and wanted to see…" inside what Okafor said
    text = "Okafor said he was worried by the footage and wanted to see the depot himself."
    assert (
        "statement",
        "said",
        "Okafor",
        "he was worried by the footage and wanted to see the depot himself",
    ) in attributions(run(text))


def test_a_saying_joined_to_the_reported_clause_is_the_speakers_next_act(run):
    text = "Okafor said the depot was unsafe and criticized the owners for the delay."
    found = attributions(run(text))
    assert ("statement", "said", "Okafor", "the depot was unsafe") in found


@pytest.mark.parametrize(
    ("text", "clause_before"),
    [
        (
            "The ferry was late again; the captain and the clerk had said the same thing.",
            "The ferry was late again",
        ),
        (
            "When I rose to speak I saw her surprise—she expected me to read my notes.",
            "When I rose to speak",
        ),
        (
            "Overall, the traders were split: most of the fishmongers preferred the old market.",
            "the traders were split",
        ),
    ],
)
def test_a_cue_with_its_own_complement_does_not_report_the_clause_before(run, text, clause_before):
    assert not any(clause_before in content for *_, content in attributions(run(text)))


def test_a_clause_before_an_addressee_is_still_what_was_said(run):
    text = "The pier will reopen in May, the harbour master told reporters."
    assert (
        "statement",
        "told",
        "the harbour master",
        "The pier will reopen in May",
    ) in attributions(run(text))


@pytest.mark.parametrize(
    ("text", "cue", "source", "quote"),
    [
        # a long sentence split off after the closing mark still opens with its speaker
        (
            "“Who do they think they are?” Okafor said of the operator in March, when "
            "the firm raised its fares.",
            "said",
            "Okafor",
            "“Who do they think they are?”",
        ),
        # a verb the lexicon does not list, right after a quote closed on a comma
        (
            "“Go back to the office,” Okafor barked, and a guard walked the man out.",
            "barked",
            "Okafor",
            "“Go back to the office,”",
        ),
    ],
)
def test_the_speaker_right_after_a_quote(run, text, cue, source, quote):
    assert ("statement", cue, source, quote) in attributions(run(text))


def test_a_verb_after_a_quote_closed_on_a_full_stop_is_not_its_cue(run):
    text = "“The pier is closed.” Okafor walked to the ferry."
    assert not any(cue == "walked" for _, cue, *_ in attributions(run(text)))


def test_a_name_the_parser_split_off_into_a_clause_before_the_cue_is_its_speaker(run):
    # the commas of "Dayton, Ohio," make the parser read "rabbi" as a verb with the name
    # as its subject, leaving "said" with no subject of its own
    text = (
        "Peter Okafor, a Dayton, Ohio, rabbi helping to plan the boycott, said he and "
        "other rabbis were worried about the rhetoric."
    )
    assert (
        "statement",
        "said",
        "Peter Okafor",
        "he and other rabbis were worried about the rhetoric",
    ) in attributions(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "That said, a loss in this ward would hurt her more than any other defeat.",
        "That being said, the mayor will press ahead with the levy next spring.",
    ],
)
def test_that_said_is_a_discourse_marker_not_a_report(run, text):
    assert not any(cue == "said" for _, cue, *_ in attributions(run(text)))


@pytest.mark.parametrize(
    "text",
    [
        # the quotations are the reality star's, but "say" rephrases the question before
        "Which is to say, why was a reality star who “bragged about his fortune” and "
        "“called himself a genius” able to win the county?",
        "That is to say, why did the council “cut the library” and “sell the pool” at all?",
    ],
)
def test_is_to_say_rephrases_and_reports_no_one(run, text):
    assert not any(cue == "say" for _, cue, *_ in attributions(run(text)))


def test_questioning_a_thing_is_a_stance_and_questioning_people_an_act(run):
    found = attributions(run("The auditor questioned the timing of the levy."))
    assert ("stance", "questioned", "The auditor", "the timing of the levy") in found
    assert attributions(run("Police questioned two men on Friday.")) == []


def test_a_clause_after_the_object_and_a_comma_is_not_the_content(run):
    text = "At the moment Okafor announced his bid last spring, Marsh was holding a meeting."
    found = attributions(run(text))
    assert ("statement", "announced", "Okafor", "his bid") in found  # news passed on
    assert not any("Marsh was holding" in content for *_, content in found)


def test_an_impression_runs_over_an_infinitive_hung_on_its_verb(run):
    text = "She appears ready to use tariffs to deter the rival port."
    [(category, cue, source, content)] = attributions(run(text))
    assert (category, cue, source) == ("belief", "appears", None)
    assert content == "She appears ready to use tariffs to deter the rival port"


def test_a_headline_is_read_like_the_body(run):
    text = (
        "Harbour users slam dredging plan as fees climb\n\n"
        "Boat owners in Hollis packed a hearing on Monday to oppose the plan.\n"
    )
    found = attributions(run(text))
    assert ("stance", "slam", "Harbour users", "dredging plan") in found
    # an act in a headline is still no attribution
    assert (
        attributions(run("Police question two men after harbour fire\n\nNo one was hurt.\n")) == []
    )


def test_a_quote_after_a_relative_clause_keeps_the_main_speaker(run):
    text = (
        "Rally\n\n''It may have been the boy's first real protest,'' said his aunt, who raised "
        "him. ''He never forgot it.''\n"
    )
    found = attributions(run(text))
    assert [(cue, source) for _, cue, source, _ in found] == [("said", "his aunt")]


def test_a_subject_the_parser_hung_on_the_addressee_stays_in_the_content(run):
    text = "Councillor Dev Patel told BBC Radio Hollis the council had wasted millions on fees."
    assert (
        "statement",
        "told",
        "Councillor Dev Patel",
        "the council had wasted millions on fees",
    ) in attributions(run(text))
