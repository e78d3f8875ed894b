"""Speakers found from the shapes that real pages showed wrong (round 33).

- A verb of saying and then its speaker, set off inside what was said ("The timetable,
  said Fiona Dalgleish, the chief executive, would add two sailings"): the speaker is
  the one after the verb (``rules/inverted.speaker_inside``).
- A cue set off before another verb's report ("The mayor, she said, had promised a new
  bridge") frames the whole clause (``rules/setoff``).
- A participle of hearsay set off after a noun ("The bill, said to cost millions, was
  passed") is a passive with no one named (``rules/misparsed.reduced_passive``).
- "A spokeswoman for the university said … She added …": the pronoun is the
  spokeswoman's, whose words are the university's (``pronouns``).
- A name modifying a noun ("a Molly Brennan weight loss spokeswoman") is not whom the
  next "she" means; a passive's agent ("chaired by Kate Dalmeny") is (``rules/mentions``).
- A refusal to make something known ("declining to reveal who was involved") makes
  nothing known.

Every text here is written for the test; the people and bodies are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import by_cue, cued_source, in_brief, source_name


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "The new ferry timetable, said Fiona Dalgleish, the operator's chief executive, "
            "would add two sailings a day.",
            "said",
            "Fiona Dalgleish",
        ),
        (
            "And the council, said Mary Wekesa, never answered the residents' letters.",
            "said",
            "Mary Wekesa",
        ),
        (
            "Any fair reading of the accounts, said Tomas Herewini, a farmer in the valley, "
            "would show the scheme lost money.",
            "said",
            "Tomas Herewini",
        ),
    ],
)
def test_a_speaker_after_the_verb_inside_what_was_said(run, text, cue, speaker):
    report = run(in_brief(text))
    found = by_cue(report, cue)
    assert source_name(report, found) == speaker
    assert found["content"]["text"] == text[:-1]


def test_an_unnamed_speaker_after_the_verb_inside_what_was_said(run):
    text = "The timetable, says the operator, will add two sailings a day."
    found = by_cue(run(in_brief(text)), "says")
    assert found["source"]["text"] == "the operator"
    assert found["content"]["text"] == text[:-1]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Lorry driver Ken Tan, 51, said his lorry, which was parked outside his house, "
            "had been submerged.",
            "Ken Tan",
            "his lorry, which was parked outside his house, had been submerged",
        ),
        (
            '"We will sail," said Dan Okoro, "when the sea allows."',
            "Dan Okoro",
            '"We will sail," said Dan Okoro, "when the sea allows."',
        ),
    ],
)
def test_a_subject_set_off_before_its_verb_keeps_its_words(run, text, speaker, content):
    """Guard: the comma before "said" closes the speaker's age, and a quotation the cue
    interrupts is one quotation; neither is a speaker inside what was said."""
    report = run(in_brief(text))
    found = by_cue(report, "said")
    assert source_name(report, found) == speaker
    assert found["content"]["text"] == content


def test_a_cue_set_off_before_another_report_frames_the_clause(run):
    text = "The mayor, she said, had promised a new bridge."
    found = by_cue(run(in_brief(text)), "said")
    assert (found["source"]["text"], found["content"]["text"]) == ("she", text[:-1])


@pytest.mark.parametrize(
    ("text", "cue", "category", "content"),
    [
        ("The bill, said to cost millions, was passed.", "said", "statement", "to cost millions"),
        (
            "The scheme, believed to be the largest in the region, opened on Monday.",
            "believed",
            "belief",
            "to be the largest in the region",
        ),
    ],
)
def test_a_participle_of_hearsay_after_a_noun_names_no_one(run, text, cue, category, content):
    found = by_cue(run(in_brief(text)), cue)
    assert (found["category"], found["source"], found["content"]["text"]) == (
        category,
        None,
        content,
    )


def test_a_finite_verb_after_a_subject_set_off_is_no_participle(run):
    """Guard: "…'s campaign, sought to attack" is Elias's verb, not a reduced passive."""
    text = (
        "Marc Elias, a lawyer for the Hollis campaign, sought to overturn the changes the "
        "county made to its voting rules."
    )
    report = run(in_brief(text))
    assert source_name(report, by_cue(report, "sought")) == "Marc Elias"


def test_a_pronoun_after_a_spokeswoman_is_hers(run):
    text = (
        "Union leader Mary Wekesa said staff were exhausted.\n\n"
        "A spokeswoman for Glenmore University said the campus would stay open. She added "
        "that tests were free."
    )
    report = run(in_brief(text))
    assert source_name(report, by_cue(report, "added")) == "Glenmore University"


def test_a_pronoun_after_a_person_named_since_the_spokeswoman_is_that_persons(run):
    """Guard: the spokeswoman spoke first; Wekesa is the one named last."""
    text = (
        "A spokeswoman for Glenmore University said the campus would stay open.\n\n"
        "Union leader Mary Wekesa said staff were exhausted. She added that tests were free."
    )
    report = run(in_brief(text))
    assert source_name(report, by_cue(report, "added")) == "Mary Wekesa"


def test_a_name_modifying_a_noun_is_not_whom_she_means(run):
    text = (
        "Kirstie Vale is an actress. In 2005, Vale became a Molly Brennan weight loss "
        "spokeswoman. In 2006 she told the Telegraph that she felt better."
    )
    report = run(in_brief(text))
    assert source_name(report, by_cue(report, "told")) == "Kirstie Vale"


def test_a_passives_agent_is_whom_she_means(run):
    text = (
        "Trade Secretary Liz Harlow faces pressure over the deal.\n\n"
        "The new group will be chaired by Kate Dalmeny from the Sustain alliance. She said "
        "last night that shoppers wanted local food."
    )
    report = run(in_brief(text))
    assert source_name(report, by_cue(report, "said")) == "Kate Dalmeny"


def test_a_refusal_to_reveal_makes_nothing_known(run):
    text = "Meghan Hollis added, declining to reveal who was involved in the talks."
    report = run(in_brief(text))
    assert "reveal" not in [a["cue"]["text"] for a in report["attributions"]]


def test_an_office_before_a_style_and_a_name_is_the_persons(run):
    text = (
        "Prime Minister the Rt Hon Keith Marlow opened the summit on Monday.\n\n"
        "Congresswoman Ada Reyes also attended the meeting.\n\n"
        'The Prime Minister said, "We claim to have close borders."'
    )
    report = run(in_brief(text))
    assert source_name(report, by_cue(report, "said")) == "Keith Marlow"


def test_office_holders_left_unnamed_are_anonymous(run):
    report = run(in_brief("Tory MPs said the new offences were proof of confusion."))
    source = cued_source(report, "said")
    assert (source["name"], source["type"]) == ("Tory MPs", "anonymous")


def test_office_holders_counted_are_anonymous(run):
    """Guard: a count before the office holders made them a group already."""
    report = run(in_brief("Two TDs said the new offences were proof of confusion."))
    source = cued_source(report, "said")
    assert (source["name"], source["type"]) == ("Two TDs", "anonymous")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The final chapter explains that the harbour was badly run.", "explains"),
        ("A campaign leaflet claimed that the mayor had lied.", "claimed"),
        ("The invitation said the dinner would start at eight.", "said"),
    ],
)
def test_printed_and_posted_matter_is_a_document(run, text, cue):
    assert cued_source(run(in_brief(text)), cue)["type"] == "document"


def test_a_description_keeps_whom_it_meant_over_someone_named_in_passing(run):
    text = (
        "Singer Marie Lavoie returned to the stage in Quebec on Friday. The star said she "
        "had missed her fans.\n\n"
        "In 1992 she recorded a duet with soul star Tony Braxley, which topped the charts.\n\n"
        "Fans worried about her health last year. But the star explained that she was "
        "simply tired."
    )
    report = run(in_brief(text))
    assert source_name(report, by_cue(report, "explained")) == "Marie Lavoie"


def test_a_description_finds_a_new_holder_introduced_as_subject(run):
    """Guard: one introduced as the subject, with the title, is whom it means now."""
    text = (
        "Singer Marie Lavoie returned to the stage in Quebec on Friday. The star said she "
        "had missed her fans.\n\n"
        "Soul star Tony Braxley joined her for a duet on Saturday.\n\n"
        "Later the star explained that he had flown in from Memphis."
    )
    report = run(in_brief(text))
    assert source_name(report, by_cue(report, "explained")) == "Tony Braxley"


def test_and_inside_a_bodys_name_before_its_last_word(run):
    text = "The Kilbrannagh and District Group Water Scheme said supplies would resume."
    source = cued_source(run(in_brief(text)), "said")
    assert (source["name"], source["type"]) == (
        "Kilbrannagh and District Group Water Scheme",
        "organization",
    )
