"""Round 23, rules: a stance given partly in the holder's own quoted words was said; a
letter or a note tells as its writer would, and so do the press's reports, which speak for
outlets the text does not name; a conjecture put forward ("speculated that") was said.

Every text here is written for the test; the people in it are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import by_cue, cued_source, source_of


@pytest.mark.parametrize(
    "text, cue",
    [
        ('Ann Reyes denounced the "reckless and cruel" plan.', "denounced"),
        ('Ann Reyes called the reversal "a betrayal of every tenant" on Monday.', "called"),
    ],
)
def test_a_stance_in_quoted_words_is_a_statement(run, text, cue):
    attribution = by_cue(run(text), cue)
    assert (attribution["kind"], attribution["category"]) == ("mixed", "statement")


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Ann Reyes opposed the plan.", "opposed"),
        # a guard: one quoted word is a scare quote, not her words
        ('Ann Reyes called the new "smart" meters a waste of money and time.', "called"),
    ],
)
def test_a_stance_without_quoted_words_stays_a_stance(run, text, cue):
    # guards: the change must leave a stance with no quoted words of the holder alone
    assert by_cue(run(text), cue)["category"] == "stance"


@pytest.mark.parametrize(
    "text, cue, category",
    [
        # a guard: a note is a document now, which must not make its warning evidence
        ("The ransom note warns that the files will be lost.", "warns", "statement"),
        ("The letter argued that the plan was unfair.", "argued", "statement"),
        ("The emails show that the mayor knew of the deal.", "show", "evidence"),  # a guard
    ],
)
def test_a_written_message_tells_as_its_writer_would(run, text, cue, category):
    # the cue decides, as for a story: a warning is said, what emails show is evidence
    assert by_cue(run(text), cue)["category"] == category


@pytest.mark.parametrize(
    "text, cue, category",
    [
        (
            "The town was covered in smoke, according to local news reports.",
            "according to",
            "statement",
        ),
        ("A news report said the mayor would resign.", "said", "statement"),
        ("Media accounts describe the mayor as tired of the job.", "describe", "stance"),
        ("News reports show the car was speeding.", "show", "evidence"),  # the cue decides
    ],
)
def test_the_press_reports_speak_for_unnamed_outlets(run, text, cue, category):
    report = run(text)
    attribution = by_cue(report, cue)
    assert (source_of(report, attribution)["type"], attribution["category"]) == (
        "outlet",
        category,
    )
    assert any(f["type"] == "vague_source" for f in report["flags"])  # which outlet?


def test_reports_of_others_stay_documents(run):
    # a guard: police reports are the force's records, evidence
    report = run("Police reports show the car was speeding.")
    attribution = by_cue(report, "show")
    assert (source_of(report, attribution)["type"], attribution["category"]) == (
        "document",
        "evidence",
    )


def test_a_named_outlets_report_stays_the_outlets(run):
    # a guard: "Press" in "the Associated Press report" is a name's word
    report = run(
        "The Associated Press reported the sale on Monday. The Associated Press report, "
        "which notes that the deal closed, was cited by the mayor."
    )
    assert cued_source(report, "notes")["name"] == "Associated Press"


@pytest.mark.parametrize(
    "text, cue, category",
    [
        ("Local Republicans speculated that she had known in advance.", "speculated", "statement"),
        ("The analyst predicted that the plant would close by spring.", "predicted", "statement"),
        ("Okafor theorized in 2017 that the firm would one day do this.", "theorized", "statement"),
        # a guard: a view held, which may go unsaid, stays a belief
        ("The analyst suspects that the plant will close by spring.", "suspects", "belief"),
    ],
)
def test_a_conjecture_put_forward_is_a_statement(run, text, cue, category):
    assert by_cue(run(text), cue)["category"] == category


def test_a_directive_with_a_participle_before_its_object_keeps_its_speaker(run):
    # the parser hangs "struggling" on "urged" as a participle, which had made "urged"
    # read as a headline's passive ("Users Urged to Remain Cautious") with no one urging
    report = run("A spokesperson for the college urged struggling students to talk to staff.")
    assert by_cue(report, "urged")["source"]["text"] == "A spokesperson"


def test_a_headlines_bare_passive_directive_has_no_speaker(run):
    # a guard: here the one urged is the subject
    report = run("Users Urged to Remain Cautious\n\nThe outage hit millions of people.")
    assert by_cue(report, "Urged")["source"] is None
