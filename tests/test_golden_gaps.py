"""Parser slips and reporting conventions behind the golden known gaps, on sentences
written for the purpose: a subject the parser hung elsewhere, a request not to be named,
and a paper's name wrapped in markup."""

from __future__ import annotations

import pytest

from newsaudit import engine
from newsaudit.inputs import from_bytes
from tests.test_stance import attributions


def _via_name(report: dict, attribution: dict) -> str | None:
    sources = {s["id"]: s for s in report["sources"]}
    return sources[attribution["via"]]["name"] if attribution["via"] else None


def test_subject_after_a_fronted_interview_phrase(run):
    # the parser takes "Tomas Vell" for a conjunct of "Reuters" and leaves "warned" bare
    text = (
        "In an interview with Reuters, Tomas Vell, the port's chief engineer, warned "
        "that the cranes were failing."
    )
    report = run(text)
    assert attributions(report) == [
        ("statement", "warned", "Tomas Vell", "that the cranes were failing")
    ]
    assert _via_name(report, report["attributions"][0]) == "Reuters"


def test_conjoined_nouns_in_a_fronted_phrase_are_no_subject(run):
    # "and" joins the two nouns for real: the verb's subject is its own
    text = "In talks with unions and employers, the minister said the deal was close."
    assert attributions(run(text)) == [("statement", "said", "the minister", "the deal was close")]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # the parser reads the name "Pike" as an interjection
        (
            "Pike objected, arguing the survey left out rural clinics.",
            "arguing",
            "the survey left out rural clinics",
        ),
        (
            "Pike denied it, adding that the survey was out of date.",
            "adding",
            "that the survey was out of date",
        ),
    ],
)
def test_name_misread_as_an_interjection_is_the_subject(run, text, cue, content):
    assert attributions(run(text)) == [("statement", cue, "Pike", content)]


@pytest.mark.parametrize(
    "text",
    [
        "One driver, who asked not to be named, said the depot had lost its heating.",
        "One driver, who requested not to be identified, said the depot had lost its heating.",
    ],
)
def test_a_request_not_to_be_named_is_no_attribution(run, text):
    assert attributions(run(text)) == [
        ("statement", "said", "One driver", "the depot had lost its heating")
    ]


@pytest.mark.parametrize("name", ["note.txt", "note.md"])
def test_paper_named_in_markup_is_the_relay(nlp, name):
    # in Markdown the emphasis marks are blanked before parsing, leaving the article "the"
    # apart from the name
    text = (
        "Olu Bright, who coaches a youth team, told the _Fenwick Herald_ "
        "that most parents had stopped paying fees.\n"
    )
    report = engine.audit(from_bytes(text.encode(), name), nlp=nlp).to_dict()
    [attribution] = report["attributions"]
    assert attribution["source"]["text"] == "Olu Bright"
    assert _via_name(report, attribution) == "Fenwick Herald"


def test_a_person_told_is_no_relay(run):
    report = run("Olu Bright told Dana Price that most parents had stopped paying fees.")
    [attribution] = report["attributions"]
    assert attribution["via"] is None


def test_saying_one_cannot_name_something_reports_words(run):
    # not a request for anonymity: the naming verb is active and its object is the content
    text = "The treasurer says she cannot name a single contract the audit missed."
    assert attributions(run(text)) == [
        ("statement", "says", "The treasurer", "she cannot name a single contract the audit missed")
    ]
