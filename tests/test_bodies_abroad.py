"""Bodies and names as news from outside the United States writes them.

A company closed by a legal form of another country ("K.K.", "S.p.A.", "Bhd") is a body;
initials defined in brackets after a name ("Showa Denko K.K. (SDK)") stand for that name
wherever they come back, though the letters do not spell its words; before such
brackets the parser may split a name in two, which stays one name; a body introduced by
what it is ("German carmaker Volkswagen") is named by its name, the description its
role, so that a later "Volkswagen" is the same source; a name written once with its
accents and once without ("Honoré", "Honore") is one person; and "forecast" and
"project" report a prediction put as an object and an infinitive ("forecasts the cold
to return").

Every text here is written for the test; the people and events in it are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import by_cue, cued_source, last_by_cue, source_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Japanese firm Arakawa Seiki K.K. said the new plant would open in May.",
            "Arakawa Seiki K.K.",
        ),
        (
            "Marco Gallo S.p.A. said the line would reopen in the spring.",
            "Marco Gallo S.p.A.",
        ),
        (
            "Lembah Hijau Plantations Bhd said palm oil output fell by a tenth.",
            "Lembah Hijau Plantations Bhd",
        ),
    ],
)
def test_a_foreign_legal_form_makes_a_body(run, text, name):
    source = cued_source(run(text), "said")
    assert source["type"] == "organization"
    assert source["name"].endswith(name)


def test_initials_defined_in_brackets_stand_for_the_name(run):
    report = run(
        "Japanese firm Arakawa Seiki K.K. (ASK) has opened a plant in Ohio.\n\n"
        "ASK said the plant would hire 400 workers by next year."
    )
    source = cued_source(report, "said")
    assert (source["type"], source["name"]) == ("organization", "Arakawa Seiki K.K.")


def test_initials_in_brackets_need_the_first_letter():
    """A bracket after a person's name ("Sen. Tim Kaine (VA)") defines no body: the name
    must begin with the initials' first letter; "Co-operation" need not begin with "C"."""
    from newsaudit.body_names import spellings

    text = "Sen. Ana Lund (VA) said the bill would pass. The VA said the clinics would open."
    assert spellings("VA", text) == []
    text = "The Organisation for Economic Co-operation and Development (OECD) cut its forecast."
    assert spellings("OECD", text) == [
        (4, "Organisation for Economic Co-operation and Development")
    ]


def test_a_name_split_before_its_initials_stays_whole(run):
    report = run(
        "The Jamaica Special Economic Zone Authority (JSEZA) said investment rose by a third."
    )
    found = by_cue(report, "said")
    assert found["source"]["text"] == "The Jamaica Special Economic Zone Authority"
    assert source_of(report, found)["name"] == "Jamaica Special Economic Zone Authority"


def test_a_body_introduced_by_a_description_is_named_by_its_name(run):
    report = run(
        "German carmaker Volkswagen said it would cut 3,000 jobs at two plants. "
        "Volkswagen added that the plant in Emden would stay open."
    )
    first = cued_source(report, "said")
    assert (first["type"], first["name"], first["role"]) == (
        "organization",
        "Volkswagen",
        "German carmaker",
    )
    assert cued_source(report, "added")["id"] == first["id"]


def test_a_name_with_and_without_accents_is_one_person(run):
    report = run(
        "Joan Honoré-Paul, the deputy prosecutor, said the case would go ahead in March.\n\n"
        "Joan Honore-Paul added that the court had agreed to hear two witnesses by video."
    )
    said, added = cued_source(report, "said"), cued_source(report, "added")
    assert said["id"] == added["id"]
    assert said["name"] == "Joan Honoré-Paul"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The Korea Meteorological Administration forecasts the cold weather to return "
            "next week.",
            "forecasts",
            "the cold weather to return next week",
        ),
        (
            "The central bank projected inflation to ease to 4 percent by June.",
            "projected",
            "inflation to ease to 4 percent by June",
        ),
    ],
)
def test_a_forecast_as_an_object_and_an_infinitive(run, text, cue, content):
    found = last_by_cue(run(text), cue)
    assert found["content"]["text"] == content
    assert found["category"] == "statement"


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        (
            "Harbour Roads Agency regional manager Tui Henare said the cracks had widened.\n\n"
            "According to the agency, a third of the traffic on the route is trucks.",
            "According to",
            "Harbour Roads Agency",
        ),
        (
            "The district assembly has written to the Ministry of Fisheries and Aquaculture "
            "on behalf of the fishers.\n\n"
            "The ministry said the closed season would stand until August.",
            "said",
            "Ministry of Fisheries and Aquaculture",
        ),
    ],
)
def test_a_body_named_in_passing_is_the_one_its_description_means(run, text, cue, name):
    source = cued_source(run("Fishers wait for relief\n\n" + text), cue)
    assert (source["type"], source["name"]) == ("organization", name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A spokesperson for the Harbour Roads Authority said the bridge would reopen in May.",
            "Harbour Roads Authority",
        ),
        (
            "A Scottish Government spokesperson said the decision was a matter for the bank.",
            "Scottish Government",
        ),
        (
            "The district assembly wrote to the Ministry of Water Resources last week.\n\n"
            "A spokesman for the ministry said the pipes would be replaced.",
            "Ministry of Water Resources",
        ),
    ],
)
def test_a_spokesperson_speaks_for_the_body(run, text, name):
    report = run("Water cuts go on\n\n" + text)
    source = source_of(report, report["attributions"][-1])
    assert (source["type"], source["name"]) == ("organization", name)


def test_a_persons_spokesperson_stays_unnamed(run):
    """Guard: a spokeswoman for a person ("a Trump spokeswoman") speaks for no body."""
    source = cued_source(run("A Trump spokeswoman said the rally would go ahead."), "said")
    assert source["type"] == "anonymous"


def test_the_company_is_the_business_named_with_a_legal_form(run):
    report = run(
        "Mill to close\n\nSunrise Timber Ltd. will close its sawmill in Baie-Comeau, Que., "
        "in June, the company announced Tuesday."
    )
    assert cued_source(report, "announced")["name"] == "Sunrise Timber Ltd."
