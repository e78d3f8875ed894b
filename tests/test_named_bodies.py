"""Names that are not people's though the tagger labels them so.

A possessive inside a one-word name makes a body ("Emily's List", "Moe's Tavern"), where
"List" alone had been taken for a person's surname; a possessor with a name of its own
after it stays an owner ("Obama's Justice Department"), and a body's name before a
possessive owns a person ("Purple PAC's Crane"). A business named by its premises
("Rathcormac Inn", "the Harbour Bar") or by its legal form ("Harbor Freight Inc.") is a
body whatever label the tagger gives the word before or an apposition suggests, and so
is a trust by its name ("the National Trust"), though "trust" alone is no body. A common
noun that a person's name only modifies ("the Tom Hanks movie", "Some Cruz endorsers") is
what the noun says, not that person.

Every text here is written for the test; the people and bodies in it are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import cued_source


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        ("Emily's List said the candidate was the best choice.", "said", "Emily's List"),
        ("Moe's Tavern said it would close for the winter.", "said", "Moe's Tavern"),
        ("Rathcormac Inn said it would close for the winter.", "said", "Rathcormac Inn"),
        ("Shelbourne Bar says they are glad to greet customers again.", "says", "Shelbourne Bar"),
        (
            "Harbor Freight Inc., the region's largest shipper, said it would hire more.",
            "said",
            "Harbor Freight Inc.",
        ),
        # a trust is a body by its name, after a party label ("Independent") too
        (
            "The Riders' Independent Transit Trust, which guards the fare fund, complained "
            "that it had been kept in the dark.",
            "complained",
            "Riders' Independent Transit Trust",
        ),
    ],
)
def test_a_body_named_with_a_possessive_or_by_its_premises(run, text, cue, name):
    source = cued_source(run(text), cue)
    assert (source["type"], source["name"]) == ("organization", name)


def test_a_premises_word_makes_a_description_a_body(run):
    source = cued_source(run("The restaurant said it would close for the winter."), "said")
    assert source["type"] == "organization"


def test_a_person_a_body_owns_stays_a_person(run):
    """Guard: only a one-word possessor before a one-word name is part of that name."""
    source = cued_source(run("Purple PAC's Crane said the two parties had failed."), "said")
    assert (source["type"], source["name"]) == ("person", "Crane")


def test_an_owner_before_a_name_of_its_own_stays_an_owner(run):
    """Guard: "Obama's Justice Department" is the department, named without him."""
    text = "The Justice Department said it would appeal. Obama's Justice Department has sued twice."
    report = run(text)
    source = cued_source(report, "said")
    assert (source["type"], source["name"]) == ("organization", "Justice Department")


@pytest.mark.parametrize(
    ("text", "cue", "kind"),
    [
        ("The Tom Hanks movie shows that the exchange was tense.", "shows", "unresolved"),
        ("Some Cruz endorsers said he would win the state.", "said", "anonymous"),
        ("An Abraham Lincoln impersonator said the speech ran long.", "said", "anonymous"),
    ],
)
def test_a_noun_a_name_modifies_is_not_that_person(run, text, cue, kind):
    assert cued_source(run(text), cue)["type"] == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Veterans' Affairs Department said the clinic would reopen.",
            "Veterans' Affairs Department",
        ),
        ("The Citizens’ Harbour Trust said the plan was sound.", "Citizens’ Harbour Trust"),
    ],
)
def test_a_plural_possessive_inside_a_name_is_part_of_it(run, text, name):
    assert cued_source(run(text), "said")["name"] == name


def test_a_possessive_after_an_s_names_the_same_body_however_written(run):
    """Guard: with the owner now kept, its full and its short form are one campaign."""
    text = (
        "Ruth Sanders’ campaign said it raised $2 million. Later, Sanders’ campaign said it "
        "had spent most of it."
    )
    ids = {a["source"]["id"] for a in run(text)["attributions"]}
    assert len(ids) == 1


def test_trust_as_a_common_noun_is_no_source(run):
    """Guard: a trust is a body only by its name (round 32 tried "trust" as any body's
    head, and "citing trust" became a source)."""
    report = run("Some of his supporters remain wary of the deal, citing trust.")
    assert "trust" not in [s["name"] for s in report["sources"]]


@pytest.mark.parametrize(
    ("text", "cue", "kind", "name"),
    [
        # "the" is never said before a person's name, whatever label the tagger gives it
        ("The Louvre said the painting would return in May.", "said", "organization", "Louvre"),
        (
            "The drug halved deaths, according to the first human clinical trial.",
            "according to",
            "document",
            "first human clinical trial",
        ),
    ],
)
def test_a_body_by_its_article_and_a_trial_as_a_document(run, text, cue, kind, name):
    source = cued_source(run(text), cue)
    assert (source["type"], source["name"]) == (kind, name)
