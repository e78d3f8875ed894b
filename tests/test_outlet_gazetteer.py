"""Outlets of US political news that the gazetteer names: sites and magazines cited as
sources, and news programmes cited as where words were said. Sentences written for the
purpose."""

from __future__ import annotations

import pytest

from tests.reports import by_cue, cued_source, source_of, sources_by_id


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("ThinkProgress reported that the plant had been fined twice.", "ThinkProgress"),
        ("Gawker reported that the plant had been fined twice.", "Gawker"),
        ("Hot Air reported that the plant had been fined twice.", "Hot Air"),
        # the site's name as news writes it, two words, beside its own spelling
        ("The Blaze reported that the plant had been fined twice.", "TheBlaze"),
        ("A Quartz analysis found that the plant had been fined twice.", "Quartz"),
    ],
)
def test_sites_cited_as_sources_are_outlets(run, text, outlet):
    report = run(text)
    cue = "found" if "analysis" in text else "reported"
    entity = cued_source(report, cue)
    assert (entity["type"], entity["name"]) == ("outlet", outlet)


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        ("The senator told NBC's Meet the Press that the plant would stay open.", "Meet the Press"),
    ],
)
def test_a_programme_is_the_outlet_words_reached_through(run, text, programme):
    report = run(text)
    told = by_cue(report, "told")
    assert source_of(report, told)["type"] != "outlet"
    relay = sources_by_id(report)[told["via"]]
    assert (relay["type"], relay["name"]) == ("outlet", programme)
