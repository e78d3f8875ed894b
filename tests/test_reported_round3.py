"""Round 3 of indirect attributions, on sentences written for the purpose: what a speaker
did not say about something named, and the question put to someone who was "asked about"
a thing."""

from __future__ import annotations

import pytest

from tests.test_stance import attributions


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The ferry operator did not mention the new timetable.",
            "did not mention",  # the negation is part of the cue (round 19)
            "The ferry operator",
            "the new timetable",
        ),
        (
            "Councillor Amadi has not commented on the audit of the harbour fund.",
            "has not commented",
            "Councillor Amadi",
            "the audit of the harbour fund",
        ),
        (
            "Okafor never said she would back the levy.",
            "never said",
            "Okafor",
            "she would back the levy",
        ),
    ],
)
def test_what_was_not_said_about_a_named_thing(run, text, cue, source, content):
    found = attributions(run(text))
    assert [(cue, source, content)] == [(c, s, t) for _, c, s, t in found]


@pytest.mark.parametrize(
    "text",
    [
        # an indirect question names what was withheld, not what was said
        "The ferry company would not say whether sailings would resume.",
        # not naming someone withholds a source
        "The newspaper did not name the two inspectors.",
        # a habit of silence is a practice, not a statement
        "The port authority does not comment on pending contracts.",
    ],
)
def test_silence_is_not_an_attribution(run, text):
    assert attributions(run(text)) == []


def test_asked_about_names_the_question(run):
    text = "Asked about the closure of the library, the mayor shrugged."
    assert ("stance", "Asked", None, "the closure of the library") in attributions(run(text))


def test_when_asked_for_names_the_request(run):
    text = "When asked for his view on the ferry fares, Hollis laughed."
    assert ("stance", "asked", None, "his view on the ferry fares") in attributions(run(text))


def test_the_one_an_adjective_describes_is_the_speaker(run):
    # "say" hangs on "likely", an adjective, not on a verb with a subject
    text = "Older voters are far more likely to say that the ferry fares are too high."
    found = attributions(run(text))
    assert ("statement", "say", "Older voters", "that the ferry fares are too high") in found


def test_a_participle_read_as_the_copulas_complement(run):
    text = "The harbour pilots are convinced that the channel is too shallow."
    found = attributions(run(text))
    assert [(s, t) for _, _, s, t in found] == [
        ("The harbour pilots", "that the channel is too shallow")
    ]


def test_a_surname_the_tagger_reads_as_a_verb_is_the_subject(run):
    text = "Trump then defended his remark on the judge."
    found = attributions(run(text))
    assert found == [("stance", "defended", "Trump", "his remark on the judge")]


def test_a_person_pointing_to_a_fact_cites_it(run):
    text = "The harbour master pointed to the rise in ferry traffic."
    assert attributions(run(text)) == [
        ("stance", "pointed to", "The harbour master", "the rise in ferry traffic")
    ]


def test_a_symptom_shown_is_not_evidence_cited(run):
    assert attributions(run("Three passengers showed signs of smoke inhalation.")) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The senator supports raising the harbour levy.", "supports", "raising the harbour levy"),
        ("Okafor proposed closing the ferry terminal.", "proposed", "closing the ferry terminal"),
    ],
)
def test_a_gerund_clause_is_the_object_of_a_stance(run, text, cue, content):
    found = attributions(run(text))
    assert [(c, t) for _, c, _, t in found] == [(cue, content)]


def test_what_is_called_for_is_the_clause_after_for(run):
    text = "The union is calling for the government to raise the minimum wage."
    found = attributions(run(text))
    assert [(s, t) for _, _, s, t in found] == [
        ("The union", "the government to raise the minimum wage")
    ]


def test_a_bare_noun_after_a_cues_preposition_is_a_stance_target(run):
    text = "At the rally, the senator railed against tolls."
    assert attributions(run(text)) == [("stance", "railed against", "the senator", "tolls")]


def test_an_if_clause_after_asked_is_the_question(run):
    text = "Then the inspector asked the pilots if they had slept."
    found = attributions(run(text))
    assert ("statement", "asked", "the inspector", "if they had slept") in found


def test_in_someones_view_frames_the_clause_as_their_belief(run):
    text = "In Amadi's view, the new timetable would hurt commuters."
    found = attributions(run(text))
    assert found == [("belief", "view", "Amadi", "the new timetable would hurt commuters")]


def test_a_clause_hung_on_the_occasion_of_a_saying(run):
    text = "Lopez said in one of a series of messages that the ferry was carrying fuel."
    found = attributions(run(text))
    assert found == [("statement", "said", "Lopez", "that the ferry was carrying fuel")]
