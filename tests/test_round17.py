"""Round 17: a clause ending on a colon introduces the quotation after it, and "he" keeps
to the subject over a person named as an object.

Every text here is written for the test; the people in it are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import by_cue, cued_source, last_by_cue, source_of


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # any verb: the clause before the colon says who speaks
        (
            "Ada Okafor leaned in and boomed: “We will win this seat in November.”",
            "boomed",
            "Ada Okafor",
        ),
        (
            "Ada Okafor released the following statement: “We mourn a friend of this town.”",
            "released",
            "Ada Okafor",
        ),
        (
            "The ferry company worded it more carefully: “Sailings may be reduced for a time.”",
            "worded",
            "The ferry company",
        ),
        # the clause closes one paragraph and the quotation fills the next
        (
            "Okafor delivered a snappy retort:\n\n“No one is tearing this up. We go on.”",
            "delivered",
            "Okafor",
        ),
    ],
)
def test_a_clause_ending_on_a_colon_introduces_the_quotation(run, text, cue, source):
    found = by_cue(run(text), cue)
    assert (found["kind"], found["category"]) == ("direct", "statement")
    assert found["source"]["text"] == source
    assert found["content"]["text"].startswith("“")


@pytest.mark.parametrize(
    "text",
    [
        # a thing is no speaker: the signs' words are not the crowd's attribution here
        "The lorry carried a banner: “Fresh fish daily from the harbour.”",
        # a bare "are:" opens a list, not a quotation
        "This year's winners are:\n\n“Harbour Lights” by Ada Okafor, a story of the port.",
    ],
)
def test_a_colon_after_no_speaker_introduces_nothing(run, text):
    assert [a["cue"]["text"] for a in run(text)["attributions"]] == []


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        # the person named as an object gives way to the subject named before
        (
            "Tom Harlan took over the family vineyard in May. Although he now works "
            "with Kim Sato, he says the grape is a difficult one to grow.",
            "says",
            "Tom Harlan",
        ),
        (
            "Dana Whitfield opened the clinic in March. After she met with Ashley Grant, "
            "she said the ward would stay open.",
            "said",
            "Dana Whitfield",
        ),
        # with no subject at hand, the object is still the one meant
        (
            "Police arrested Tom Harlan on Monday. He said he had done nothing wrong.",
            "said",
            "Tom Harlan",
        ),
        # the one asked answers: the addressee of "asked" is no mere object
        (
            "The Courier's Kim Sato asked Tom Harlan whether the fares were fair. "
            "“Sure they are,” he said.",
            "said",
            "Tom Harlan",
        ),
    ],
)
def test_he_keeps_to_the_subject_over_an_object(run, text, cue, name):
    report = run(text)
    found = last_by_cue(report, cue)
    source = source_of(report, found)
    assert (source["name"], source["type"]) == (name, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Centers for Disease Control and Prevention said cases rose.",
            "Centers for Disease Control and Prevention",
        ),
        (
            "The Institute for Fiscal Studies said that the levy would raise little.",
            "Institute for Fiscal Studies",
        ),
    ],
)
def test_a_body_named_with_for_keeps_its_whole_name(run, text, name):
    assert cued_source(run(text), "said")["name"] == name


def test_a_named_database_cited_is_a_ground_not_a_speaker(run):
    report = run(
        "Citing the Global Fire Emissions Database, NASA noted that fire levels are "
        "slightly below average."
    )
    assert cued_source(report, "noted")["name"] == "NASA"
    citing = by_cue(report, "Citing")
    assert (citing["category"], citing["content"]["text"]) == (
        "stance",
        "the Global Fire Emissions Database",
    )
    assert cued_source(report, "Citing")["name"] == "NASA"


@pytest.mark.parametrize(
    "text",
    [
        # a verb of remembering closes the first quotation: the next one is hers too
        "Volunteers went in with a plan.\n“Those goats were so smart,” remembers Ada "
        "Okafor, who led them. “They would look at our snares, and jump over them.”",
        # a two-word answer that opens its sentence is a quotation, not a scare quote
        "Okafor told the meeting that the levy is low. “It’s fine,” Okafor said of the "
        "levy. “And much more than that is fine. We will keep it.”",
        "The board met on Monday. “No,” she said. “We will not sell the ferry.”",
    ],
)
def test_the_quotation_after_an_attributed_one_goes_on_in_its_words(run, text):
    quoted = [a for a in run(text)["attributions"] if a["kind"] in ("direct", "mixed")]
    assert len(quoted) == 1
    assert quoted[0]["content"]["text"].endswith("”")
    assert text.rsplit("“", 1)[1] in quoted[0]["content"]["text"]


def test_the_one_asked_is_not_the_one_asking(run):
    # the tagger reads the opening "Asked" as a past tense: still a passive participle
    report = run(
        "Asked what it is about politics that draws him, Tom Harlan said, “As I grew "
        "up, I watched the council meet.”"
    )
    asked = by_cue(report, "Asked")
    assert asked["source"] is None
    assert asked["content"]["text"] == "what it is about politics that draws him"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ruth Okafor is upbeat about the ferry talks, in part because she sees the "
            "operator as a partner. “Not only can we settle this, we can settle it soon.”",
            "Ruth Okafor",
        ),
        (
            "Okafor praised the crew for its work during the storm.\n\n“We need people "
            "who cut through the noise and get the boats out.”",
            "Okafor",
        ),
    ],
)
def test_a_view_goes_on_in_its_holders_own_words(run, text, name):
    report = run(text)
    quoted = [a for a in report["attributions"] if a["kind"] == "direct"]
    assert len(quoted) == 1
    assert quoted[0]["category"] == "statement"
    assert source_of(report, quoted[0])["name"] == name


def test_a_view_between_a_quote_and_the_next_keeps_its_own_content(run):
    # the aside "she plans to …" is hers, and stays whole: it is not joined into the
    # quotes around it; the last quote goes on in her words as an attribution of its own
    # (round 18: the paragraph names one speaker and takes her up as "she")
    report = run(
        "“You can’t blame the mayor for what her brother did,” said Sara Walker, a nurse "
        "from Nashua. An immigrant who became a citizen in 2013, she plans to vote for "
        "the first time next month. “All she went through, and now this.”"
    )
    plans = [a for a in report["attributions"] if a["category"] == "belief"]
    assert [a["content"]["text"] for a in plans] == ["to vote for the first time next month"]
    last = report["attributions"][-1]
    assert (last["content"]["text"], last["category"]) == (
        "“All she went through, and now this.”",
        "statement",
    )
    assert source_of(report, last)["name"] == "Sara Walker"


@pytest.mark.parametrize(
    "text",
    [
        "Gallery: Harbour festival through the years (Photo Desk)",
        "Video: Mayor Okafor opens the new ferry terminal (City TV)",
    ],
)
def test_a_media_label_is_no_speaker(run, text):
    assert [a["cue"]["text"] for a in run(text)["attributions"] if a["cue"]["text"] == ":"] == []


def test_an_attitude_whose_clause_hangs_on_the_copula(run):
    found = by_cue(run("The mayor was adamant that the levy would stay."), "adamant")
    assert (found["category"], found["content"]["text"]) == ("belief", "that the levy would stay")
    assert found["source"]["text"] == "The mayor"


def test_a_thing_growing_clear_is_the_writers_judgement(run):
    text = "The science became ever more clear that the harbour was silting up."
    assert run(text)["attributions"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ada Okafor, 45, is accused of fraud. The prosecutor told the jury that Okafor had lied.",
        "The judge told Ada Okafor that she would be jailed for a year.",
        "Ada Okafor was arrested on Monday. The spokesman said that she had been released.",
    ],
)
def test_a_role_in_a_proceeding_is_not_the_one_it_acts_on(run, text):
    report = run(text)
    found = [a for a in report["attributions"] if a["cue"]["text"] in ("told", "said")][-1]
    assert source_of(report, found)["name"] != "Ada Okafor"


def test_a_title_set_off_before_a_name_is_the_named_ones(run):
    report = run(
        "Ada Okafor, 45, is accused of fraud. Her lawyer, Ruth Mensah, says she is "
        "innocent. The lawyer told the jury that Okafor was framed."
    )
    source = cued_source(report, "told")
    assert (source["name"], source["role"]) == ("Ruth Mensah", "Her lawyer")


@pytest.mark.parametrize(
    ("text", "category", "kind"),
    [
        # what a court or an inquest hears is testimony given before it
        (
            "The court heard that Okafor had forgotten to secure the boiler.",
            "statement",
            "organization",
        ),
        ("The inquest heard the driver was not wearing a seatbelt.", "statement", "organization"),
        # what a person hears is news that reached them
        ("Ada Okafor heard that the ferry would close in May.", "belief", "person"),
    ],
)
def test_what_a_court_hears_is_testimony(run, text, category, kind):
    report = run(text)
    assert by_cue(report, "heard")["category"] == category
    assert cued_source(report, "heard")["type"] == kind


def test_words_reported_of_a_raised_subject_are_theirs_passed_on_as_hearsay(run):
    report = run("Okafor is reported to have said that the ferry was safe.")
    said = by_cue(report, "said")
    assert (said["source"]["text"], said["content"]["text"]) == (
        "Okafor",
        "that the ferry was safe",
    )
    assert any(f["type"] == "vague_source" for f in report["flags"])


def test_a_cue_in_the_clause_of_it_was_reported_stays_the_rumours(run):
    report = run("It was reported that Okafor had threatened to resign.")
    assert [a["cue"]["text"] for a in report["attributions"]] == ["reported"]
