"""Flags real pages showed wrong or missing (round 33), on articles written for the test.

- A hedge ("allegedly", "an estimated") in a sentence that names its source, or goes on
  with the sentence before it, is the law's or the writer's caution, no vague sourcing.
- An unnamed subject of a verb of perceiving or intending ("a worker noticed", "customers
  who sought to pay") is no anonymous source.
- A passive of an act ("was admitted to a hospital") passes on no one's word; "is said
  to", "is expected to bring in", "has been described as" still do.
- A paragraph closed by "…, the officials said" is theirs; a sentence between two
  accounts of one source, told a sentence a paragraph, goes on with it.
- An outlet's own "understands" or "has learnt" rests on sources it does not name.

The people and bodies are invented.
"""

from __future__ import annotations

import pytest

from tests.test_flags import article, flags_on, line_flags


@pytest.mark.parametrize(
    "line",
    [
        "Three people were arrested for allegedly running the network, federal prosecutors "
        "announced on Wednesday.",
        "The defendants allegedly ran the network for two years, according to a complaint "
        "filed by the Harbour Police.",
    ],
)
def test_a_hedge_in_a_sourced_sentence_is_no_vague_source(run, line):
    assert line_flags(run, line, "vague_source") == []


def test_a_hedge_with_no_one_named_is_still_flagged(run):
    """Guard: nobody in the sentence or around it says so."""
    line = "A female inspector had to seek treatment after she was reportedly assaulted."
    assert len(line_flags(run, line, "vague_source")) == 1


@pytest.mark.parametrize(
    "line",
    [
        "A hospital worker noticed on Thursday that some boxes of masks were missing.",
        "Customers who sought to pay their bills were turned away at the door.",
    ],
)
def test_one_who_perceived_or_meant_is_no_anonymous_source(run, line):
    assert line_flags(run, line, "anonymous_source") == []


def test_an_unnamed_holder_of_a_view_is_still_flagged(run):
    """Guard: a view held by people left unnamed is anonymous sourcing."""
    line = "Officials fear that the north pier will collapse in the next storm."
    assert len(line_flags(run, line, "anonymous_source")) == 1


def test_a_passive_act_passes_on_no_ones_word(run):
    line = "The harbour master was admitted to a hospital on Friday evening."
    assert line_flags(run, line, "vague_source") == []


def test_a_passive_name_passes_on_no_ones_word(run):
    """Guard: a name a thing bears is nobody's report."""
    line = "Two of the new streets are named after colonial officials from the 1880s."
    assert line_flags(run, line, "vague_source") == []


@pytest.mark.parametrize(
    "line",
    [
        "The pier is said to be unsafe in winter storms.",
        "The price rise is expected to bring in about $640,000 a year.",
        'The dispute has been described as "a fight for the soul of the waterfront."',
    ],
)
def test_a_passive_of_hearsay_is_still_flagged(run, line):
    """Guard: these passives pass on someone's word, whose name is left out."""
    assert [f["severity"] for f in line_flags(run, line, "vague_source")] == ["medium"]


def test_a_paragraph_closed_by_its_source_is_theirs(run):
    line = (
        "Four of the twelve boxes of masks were gone. Each box had held thirty packages. "
        "The room is usually locked, the officials said."
    )
    assert line_flags(run, line, "unattributed_claim") == []


def test_a_paragraph_closed_by_a_quotation_keeps_the_writers_point(run):
    """Guard: a quotation backs the point before it with a voice of its own."""
    line = (
        "The loss of the ferry would leave the island in deep trouble. "
        '"If the boat stops, the shops close," said Dan Okoro, who runs the harbour café.'
    )
    text = article(line)
    report = run(text)
    point = "The loss of the ferry would leave the island in deep trouble."
    assert flags_on(report, text, point, "unattributed_claim")


def test_one_speakers_account_a_sentence_a_paragraph(run):
    before = "Superintendent Dan Okoro said officers found a man slumped in a car on the road."
    line = "His body had wounds consistent with gunshot injuries and he died at the scene."
    after = '"We are asking anyone with information to come forward," Okoro said.'
    text = article(before, line, after)
    assert flags_on(run(text), text, line, "unattributed_claim") == []


def test_a_sentence_between_two_quotations_is_the_writers(run):
    """Guard: between a source's own words, the writer's sentence is the writer's."""
    before = '"I felt severe pain on the road," Mary Wekesa said.'
    line = "The stress of the long walk brought on the early birth of her child."
    after = '"My child has been in the nursery for ten days," Wekesa said.'
    text = article(before, line, after)
    assert flags_on(run(text), text, line, "unattributed_claim")


@pytest.mark.parametrize(
    "line",
    [
        "The Harbour Herald understands that the loggers were never paid for the work.",
        "The Harbour Herald has learnt that the pier will close for the whole winter.",
    ],
)
def test_an_outlets_own_unnamed_sources(run, line):
    found = line_flags(run, line, "vague_source")
    assert len(found) == 1 and "does not name" in found[0]["reason"]


def test_a_name_with_a_digit_is_no_figure(run):
    line = "7News cameras captured the wrecked car under the overpass on Sunday."
    reasons = [f["reason"] for f in line_flags(run, line, "unattributed_claim")]
    assert reasons == ["States a fact without a source."]


def test_a_clock_time_is_no_figure_and_a_figure_with_its_unit_is(run):
    """Guard: a clock time sets no figure (the recognizer need not call it a number), and
    "$12m" is a measured figure."""
    clock = "The harbour bars must now shut their doors at 21:00 every night, under the rule."
    assert "States figures without a source." not in [
        f["reason"] for f in line_flags(run, clock, "unattributed_claim")
    ]
    line = "The county pays the operator $12m a year to run the island route."
    reasons = [f["reason"] for f in line_flags(run, line, "unattributed_claim")]
    assert reasons == ["States figures without a source."]
