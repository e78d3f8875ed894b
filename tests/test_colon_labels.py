"""Headline labels with a colon ("Name: words"), which annotators read as the named
speaker's words: a verbless claim, a title-case line, a title or adjective before the name,
a page label before it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_stance import attributions

BODY = "\n\nThe council met on Monday."


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # a claim with no verb is what the label says all the same
        (
            "Okafor: No new ferry fees for island riders this year.",
            "Okafor",
            "No new ferry fees for island riders this year",
        ),
        # in title case the tagger reads "Beats" as a name
        (
            "Poll: Okafor Beats Mensah In Harbour Race",
            "Poll",
            "Okafor Beats Mensah In Harbour Race",
        ),
        # an adjective and a title before the name, a place after it
        (
            "Former Mayor Okafor at the depot: buses will run again.",
            "Former Mayor Okafor",
            "buses will run again",
        ),
        # a page label and a dash printed before the speaker's label
        (
            "EXCLUSIVE – Ruth Okafor: Don't Raise The Ferry Fares.",
            "Ruth Okafor",
            "Don't Raise The Ferry Fares",
        ),
        # a name the tagger calls an adjective, which the entity recogniser knows
        (
            "Issa: Ruth Okafor’s ‘Record Is In Question.’",
            "Issa",
            "Ruth Okafor’s ‘Record Is In Question.’",
        ),
    ],
)
def test_headline_label_speaks(run, text, source, content):
    found = attributions(run(text + BODY))
    assert [(c, s, t) for _, c, s, t in found] == [(":", source, content)]


def test_a_verbless_claim_is_not_the_speakers_role(run):
    report = run("Okafor: No new ferry fees for island riders this year." + BODY)
    assert [s["role"] for s in report["sources"]] == [None]


def test_where_the_speaker_spoke_is_not_her_role(run):
    report = run("Former Mayor Okafor at the Mombasa rally: The port will stay open." + BODY)
    assert [(s["name"], s["role"]) for s in report["sources"]] == [("Okafor", "Former Mayor")]


@pytest.mark.parametrize(
    "text",
    [
        "Lagos: 1,204 new cases and three deaths overnight.",  # a tally
        "Harbour routes: Kirkwall, Stromness, Lerwick and Scalloway.",  # a list of places
        "The reason: rising costs for the ferry operators.",  # prose, not a label
        "Harbour Herald Daily: A Town at Sea.",  # a programme's title
    ],
)
def test_verbless_line_after_a_label_that_is_no_claim(run, text):
    assert attributions(run(text + BODY)) == []
