"""Impressions read from more forms of the raising verbs (``rules/impression.py``), on
sentences written for the purpose: a participle the parser takes the verb for the
auxiliary of, a noun phrase or "like" comparison after "seem", an adjective after
"sound", and an "it" that stands for something."""

from __future__ import annotations

import pytest

from tests.test_stance import attributions


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The ferry chief seemed rattled by the questions at the hearing on Monday.",
            "seemed",
            "The ferry chief seemed rattled by the questions at the hearing on Monday",
        ),
        (
            "The traders, too, appeared headed for a long and bitter dispute.",
            "appeared",
            "The traders, too, appeared headed for a long and bitter dispute",
        ),
        (
            "For the harbour board, the vote seemed a warning that the fare rise had gone too far.",
            "seemed",
            "the vote seemed a warning that the fare rise had gone too far",
        ),
        (
            "The new timetable seems like a fair deal for the island's commuters.",
            "seems",
            "The new timetable seems like a fair deal for the island's commuters",
        ),
        (
            "The levy sounds reasonable to most of the stallholders.",
            "sounds",
            "The levy sounds reasonable to most of the stallholders",
        ),
        (
            "The dredging bill has stalled twice. It now appears certain to pass the "
            "assembly next week.",
            "appears",
            "It now appears certain to pass the assembly next week",
        ),
        (
            "Choosing a new harbour master seemed beside the point after the storm.",
            "seemed",
            "Choosing a new harbour master seemed beside the point after the storm",
        ),
        (
            "The ferry vote appears closer than the council expected.",
            "appears",
            "The ferry vote appears closer than the council expected",
        ),
        (
            "At the market, there seems to be more interest in fish prices than in the vote.",
            "seems",
            "there seems to be more interest in fish prices than in the vote",
        ),
    ],
)
def test_more_forms_of_an_impression(run, text, cue, content):
    assert attributions(run(text)) == [("belief", cue, None, content)]


@pytest.mark.parametrize(
    "text",
    [
        # showing up somewhere, not seeming
        "The harbour master appeared on the evening news on Monday.",
        # a signal given, not an impression
        "The mayor sounded a warning about the port budget.",
        # who is heard, as often as how a thing sounds
        "The caller did not sound like the mayor.",
        # something present, not how it seems
        "There appears in the report a table of ferry fares.",
    ],
)
def test_no_impression_without_a_complement_of_seeming(run, text):
    assert not [a for a in attributions(run(text)) if a[0] == "belief"]


def test_an_empty_it_before_a_clause_is_still_no_impression(run):
    found = attributions(run("It appears likely that the ferry will sail on time."))
    assert not any(content.startswith("It appears") for *_, content in found)


def test_an_adjective_holding_a_clause_after_an_empty_it_is_the_impression(run):
    found = attributions(run("It seems increasingly likely that the ferry will be sold."))
    assert found == [("belief", "seems", None, "increasingly likely that the ferry will be sold")]
