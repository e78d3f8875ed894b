"""Complements the parser hangs on a cue that are not what was said: a demonstrative
"that" read as the conjunction of the next clause, and the purpose of a granted
anonymity read as the cue's infinitive."""

from __future__ import annotations

import pytest


def contents(report: dict) -> list[tuple[str, str]]:
    return [(a["cue"]["text"], a["content"]["text"]) for a in report["attributions"]]


@pytest.mark.parametrize(
    "text",
    [
        "When the mayor said that, the crowd on the quay cheered loudly.",
        "After the minister said that, the opposition benches walked out.",
    ],
)
def test_a_demonstrative_that_before_a_comma_starts_no_reported_clause(run, text):
    # what was said is what "that" points back to, as with "said it": no proposition,
    # and the main clause after the comma is nobody's report
    assert contents(run(text)) == []


def test_a_that_set_off_before_a_phrase_of_its_clause_still_reports_it(run):
    report = run("The mayor said that, in her view, the levy would be dropped.")
    assert contents(report) == [("said", "that, in her view, the levy would be dropped")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The levy will be dropped next year, an aide said on condition of anonymity "
            "to discuss the talks.",
            "The levy will be dropped next year",
        ),
        (
            "No buyer could be found for the ferry, he said, on condition of anonymity to "
            "speak freely about the board.",
            "No buyer could be found for the ferry",
        ),
    ],
)
def test_why_anonymity_was_granted_is_not_what_was_said(run, text, content):
    said = [c for cue, c in contents(run(text)) if cue == "said"]
    assert said == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the parser hangs the reported clause on the place it was said, its "that" the
        # object of a passive verb, which takes none
        (
            "Harbour Mayor Ana Whitu told reporters at the council chambers that sprinklers "
            "were banned.",
            "that sprinklers were banned",
        ),
        # or on the addressee, as a relative clause with no gap: its subject and object
        # are both there
        (
            "He told the Tukituki Valley Courier he had already sold a third of his flock.",
            "he had already sold a third of his flock",
        ),
    ],
)
def test_a_reported_clause_hung_on_the_setting_or_the_addressee(run, text, content):
    assert ("told", content) in contents(run(text))


def test_a_subject_hung_on_a_participle_before_the_verb(run):
    """ "Lim, asked about the remarks, said …": the subject the parser gave the
    participle set off by commas is the verb's."""
    report = run(
        'Lim, asked about the remarks, said the quarters were "temporary structures" '
        "put up by a subcontractor."
    )
    said = [a for a in report["attributions"] if a["cue"]["text"] == "said"]
    assert said and said[0]["source"]["text"] == "Lim"
