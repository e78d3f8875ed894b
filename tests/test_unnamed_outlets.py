"""Outlets the text describes instead of naming, on sentences written for the purpose: an
unnamed outlet ("a local TV station", "state television") is an outlet under its
description, and a descriptor ("the network", "the magazine") points back only to an
outlet of its kind. What is not an outlet ("the paper" as a study, a donors' network, an
agency after a newspaper) stays what it is."""

from __future__ import annotations

import pytest

from newsaudit.outlet_descriptions import is_unnamed
from newsaudit.outlet_names import OutletNames
from tests.reports import cued_source, source_of


def typed(report: dict, cue: str) -> tuple[str, str]:
    entity = cued_source(report, cue)
    return entity["type"], entity["name"]


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        (
            "State television reported that the minister had resigned.",
            "reported",
            "state television",
        ),
        ("A local TV station said that the bridge would stay shut.", "said", "a local TV station"),
        (
            "A conservative news site claimed that the senator skipped the vote.",
            "claimed",
            "a conservative news site",
        ),
        (
            "An Italian newspaper reported that the coach would stay on.",
            "reported",
            "an Italian newspaper",
        ),
        (
            "A Russian news agency said that the talks would resume.",
            "said",
            "a Russian news agency",
        ),
        (
            "Several news outlets reported that the talks had stalled.",
            "reported",
            "several news outlets",
        ),
    ],
)
def test_an_unnamed_outlet_is_an_outlet_under_its_description(run, text, cue, name):
    assert typed(run(text), cue) == ("outlet", name)


def test_the_same_descriptor_with_no_outlet_named_is_an_unnamed_outlet(run):
    text = "The state news agency said that the border would reopen on Monday."
    assert typed(run(text), "said") == ("outlet", "the state news agency")


@pytest.mark.parametrize(
    ("text", "said", "outlet"),
    [
        # a network is no magazine: the magazine is one the text does not name
        (
            "CNN reported on Monday that the talks had collapsed. "
            "The magazine reported that the governor had hired a new aide.",
            "governor",
            ("outlet", "the magazine"),
        ),
        # nor a newspaper a network, though named last
        (
            "Sky News aired the clip on Sunday. The Guardian printed a transcript on Monday. "
            "The network said it had verified the footage.",
            "verified",
            ("outlet", "Sky News"),
        ),
        (
            "The Atlantic reported that the envoy had been recalled. The magazine said the "
            "recall was expected.",
            "expected",
            ("outlet", "The Atlantic"),
        ),
        # an outlet the gazetteer does not know, of the kind its name tells
        (
            "The Harbour Gazette reported the closure first. The paper said the owners had "
            "known for months.",
            "known",
            ("outlet", "Harbour Gazette"),
        ),
    ],
)
def test_a_descriptor_points_back_to_an_outlet_of_its_kind(run, text, said, outlet):
    report = run(text)
    (found,) = [a for a in report["attributions"] if said in a["content"]["text"]]
    entity = source_of(report, found)
    assert (entity["type"], entity["name"]) == outlet


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # "the paper" with no paper named is as often a study
        (
            "The researchers published their findings last spring. The paper found that "
            "the drug cut the risk of a second stroke.",
            "found",
        ),
        # an agency after a newspaper is a public body, not the paper
        (
            "The Guardian reported the outbreak on Friday. The agency said that the water "
            "was safe to drink.",
            "said",
        ),
    ],
)
def test_a_descriptor_of_another_kind_is_no_outlet(run, text, cue):
    assert typed(run(text), cue)[0] != "outlet"


@pytest.mark.parametrize(
    ("text", "cue", "kind"),
    [
        (
            "A former newspaper editor, Jane Okafor, said that the story was never checked.",
            "said",
            "person",
        ),
        (
            "The donor network said that it would spend $400 million on the race.",
            "said",
            "organization",
        ),
        ("A study published in a journal found that the drug worked.", "found", "document"),
    ],
)
def test_people_bodies_and_documents_near_outlet_words_stay_what_they_are(run, text, cue, kind):
    assert typed(run(text), cue)[0] == kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("CNN", "broadcast"),
        ("The New York Times", "press"),
        ("The Atlantic", "magazine"),
        ("Reuters", "agency"),
        ("Politico", "online"),
        ("Hollis Courier", "press"),
        ("Radio Liberty Bitola", "broadcast"),
        ("KQED", "broadcast"),
        ("a local TV station", "broadcast"),
        ("Quayside Herald Online Edition", None),
    ],
)
def test_the_kind_of_an_outlet_comes_from_the_gazetteer_or_its_name(name, kind):
    assert OutletNames({}, []).kind_of(name) == kind


def test_a_named_outlet_between_its_descriptions_is_named(run):
    text = "The state-run Global Times tabloid said that the drills were routine."
    assert typed(run(text), "said") == ("outlet", "Global Times")


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        # the parser makes the name a second subject of the verb
        ("The talks collapsed, the newspaper Haaretz reported on Sunday.", "reported", "Haaretz"),
        # a channel by its number, after the country that owns it
        ("The talks collapsed, Israel's Channel 12 reported.", "reported", "Channel 12"),
        ("The talks collapsed, Israeli media reported.", "reported", "Israeli media"),
        ("Local media reported that the mayor had resigned.", "reported", "local media"),
    ],
)
def test_outlets_named_or_described_beside_a_descriptor(run, text, cue, name):
    assert typed(run(text), cue) == ("outlet", name)


def test_social_media_is_no_outlet(run):
    report = run("Social media users claimed that the video was fake.")
    assert typed(report, "claimed")[0] != "outlet"


@pytest.mark.parametrize(
    ("name", "unnamed"),
    [
        ("a local TV station", True),
        ("Israeli media", True),
        ("several news outlets", True),
        ("the magazine", True),
        ("Time magazine", False),
        ("Stern magazine", False),
        ("Channel 12", False),
        ("Hollis Courier", False),
    ],
)
def test_a_description_is_told_from_a_name(name, unnamed):
    assert is_unnamed(name) is unnamed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Family Circle magazine said the poll had picked the winner.", "Family Circle"),
        ("The Quayside Clarion newspaper said the poll was wrong.", "Quayside Clarion"),
        # a place's paper is named by no title
        ("A Brooklyn newspaper said the poll was wrong.", "a Brooklyn newspaper"),
    ],
)
def test_a_title_before_a_descriptor_names_the_outlet(run, text, name):
    assert typed(run(text), "said") == ("outlet", name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the parser makes the name a second subject after a description with no article
        ("Local news affiliate CBS 4 reported that the ferry had run aground.", "CBS 4"),
        (
            "The local TV affiliate reported that the ferry had run aground.",
            "the local TV affiliate",
        ),
    ],
)
def test_a_stations_description_is_the_station_it_names(run, text, name):
    assert typed(run(text), "reported") == ("outlet", name)


def test_a_headlines_bare_newspaper_over_a_story_naming_none_is_an_unnamed_outlet(run):
    text = (
        "Newspaper Says Harbour Board Hid Dredging Costs\n\n"
        "A newspaper in the state capital reported on Monday that the board had hidden "
        "the costs of dredging the harbour for three years.\n"
    )
    assert typed(run(text), "Says") == ("outlet", "newspaper")


def test_a_headlines_bare_newspaper_is_the_outlet_the_story_names(run):
    """Guard: with a paper named in the body, the headline's "Newspaper" is that paper."""
    text = (
        "Newspaper Says Harbour Board Hid Dredging Costs\n\n"
        "The Boston Globe reported on Monday that the board had hidden the costs of "
        "dredging the harbour for three years.\n"
    )
    assert typed(run(text), "Says") == ("outlet", "The Boston Globe")
