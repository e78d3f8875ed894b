"""Speakers as Canadian news names them (studied on speech set g): an abbreviated title
with its stop ("Coun.", "Supt.", "Insp.") is one word, and the sentence and the name go
on after it; a person's name the recognizer cut short of a surname it read as a place
("Rajinder Kaur" of "Rajinder Kaur Bassi-Thiara"); "the legislator" for a Member of
Parliament, "the Thera" for a monk introduced as "Ven. …"; and a name after a quotation
that the parser hangs on the quoted clause.

Every text here is written for the test; the people, places and bodies are invented.
"""

from __future__ import annotations

import pytest

from newsaudit.nlp import abbreviated_titles
from tests.reports import in_brief, last_speaker


@pytest.mark.parametrize("title", ["Coun.", "Supt.", "Insp.", "Cpl.", "Det.", "Hon.", "Capt."])
def test_an_abbreviated_title_is_one_word_and_ends_no_sentence(nlp, title):
    doc = nlp(f"Police spokesperson {title} Ann Lee said the road was closed.")
    assert title in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


def test_the_abbreviated_titles_come_from_the_lexicon():
    found = abbreviated_titles()
    assert found["Coun."] == "gov." and found["Mme."] == "mr."
    assert all(word.endswith(".") for word in found)


def test_a_name_after_an_abbreviated_title_is_known_later(run):
    text = (
        "Transit line delayed again\n\n"
        "For Coun. Marisol Dela Peña, whose ward the line runs through, the news was "
        "another blow to shops along the road.\n\n"
        '"Two more years is a death sentence for some of these shops," Dela Peña said.'
    )
    assert last_speaker(run(text), "said") == ("person", "Marisol Dela Peña")


def test_a_name_cut_short_by_the_recognizer_is_whole(run):
    text = (
        "Province to override zoning near stations, housing minister says\n\n"
        "VICTORIA — The province will strip cities of the power to block towers near "
        "transit stations, Housing Minister Rajinder Kaur Bassi-Thiara announced Tuesday.\n\n"
        '"We have spent 20 years asking nicely," Bassi-Thiara told reporters.'
    )
    report = run(text)
    people = [s["name"] for s in report["sources"] if s["type"] == "person"]
    assert people == ["Rajinder Kaur Bassi-Thiara"]


def test_a_name_is_not_run_on_past_its_verb(run):
    """Guard: "Trump accused Cruz" is two people; the parser may hang the first on the
    second, across the verb."""
    text = (
        "News in brief\n\n"
        "Kicking off the day in Salem, Okafor accused Lindqvist, the senator from the "
        'north, of being "very queasy" on the issue. Then he cut into Bellamy.\n\n'
        '"You have to go out and vote tomorrow," Okafor said.'
    )
    people = {s["name"] for s in run(text)["sources"] if s["type"] == "person"}
    assert "Lindqvist" not in people and "Okafor" in people


@pytest.mark.parametrize(
    ("intro", "later", "name"),
    [
        (
            "Arua City Woman Member of Parliament Hon. Dr. Grace Adiru Ejua said she had "
            "raised the matter twice.",
            '"It is shameful that nurses are begging for their pay," the legislator said.',
            "Grace Adiru Ejua",
        ),
        (
            "The protest was led by the chief incumbent of the temple, Ven. Hiriwadunne "
            "Dhammasiri Thero, who said cracks had appeared in the stupa.",
            '"This stupa has stood for two hundred years," the Thera said.',
            "Hiriwadunne Dhammasiri",
        ),
    ],
)
def test_a_word_for_any_holder_of_the_office_is_the_one_introduced(run, intro, later, name):
    """Guard: these passed while the stop of "Hon." and "Ven." split the sentence and the
    role was lost; with the role kept, "legislator" and "Thera" must still fit it."""
    report = run(f"News in brief\n\n{intro}\n\n{later}")
    assert last_speaker(report, "said") == ("person", name)


def test_a_legislator_is_not_a_mayor(run):
    """Guard: "the legislator" after a mayor is someone else, unnamed."""
    report = run(
        "News in brief\n\n"
        "Mayor Tobias Renwick said the depot would close.\n\n"
        '"This is a betrayal," the legislator said.'
    )
    assert last_speaker(report, "said")[1] != "Tobias Renwick"


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        (
            "A spokesperson for Maple Crest Manor said all residents were receiving care.",
            "organization",
            "Maple Crest Manor",
        ),
        (
            "A spokesperson for the province's Department of Opportunities said 40 beds "
            "would open in November.",
            "organization",
            "Department of Opportunities",
        ),
        (
            "A spokesperson for L'Heureux, Émilie Côté-Rancourt, said Friday that there "
            "would be no extension.",
            "person",
            "Émilie Côté-Rancourt",
        ),
    ],
)
def test_a_spokesperson_speaks_for_the_body_or_is_named(run, text, kind, name):
    assert last_speaker(run(in_brief(text)), "said") == (kind, name)


def test_a_spokesperson_for_a_person_is_no_body(run):
    """Guard: "a spokesperson for Ann Kowalski" speaks for a person, and is unnamed."""
    report = run(
        "News in brief\n\nPresident Ann Kowalski spoke at noon.\n\n"
        "A spokesperson for Ann Kowalski said the talks went well."
    )
    assert last_speaker(report, "said")[0] == "anonymous"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Pacific Homebuilders Council, which represents builders across the "
            "province, welcomed the law.\n\n"
            "In a statement, the group said the rules would remove years of uncertainty.",
            "Pacific Homebuilders Council",
        ),
        (
            "The fire had grown to 18,000 hectares by Sunday, according to the Coastal "
            "Fire Service. The agency said it was sparked by lightning on Thursday.",
            "Coastal Fire Service",
        ),
    ],
)
def test_the_group_or_the_agency_is_the_body_before_it(run, text, name):
    assert last_speaker(run(in_brief(text)), "said") == ("organization", name)


def test_a_group_of_people_is_no_body_named_before(run):
    """Guard: "the group" after "a group of parents" is the parents."""
    report = run(
        "News in brief\n\n"
        "The Hillview School Board met on Monday. A group of parents waited outside. "
        "The group said the plan was unfair."
    )
    assert last_speaker(report, "said")[1] != "Hillview School Board"


def test_a_leads_body_is_the_one_named_right_after_it(run):
    text = (
        "Rural ER to close overnight\n\n"
        "A rural emergency room will close every night until Labour Day because there "
        "are not enough doctors, the regional health authority says.\n\n"
        "Prairie Mountain Health announced Wednesday that the emergency department at "
        "Rivers Crossing District Hospital will be open only in daytime.\n\n"
        "Patients will have to travel to Brandon, the authority said."
    )
    report = run(text)
    assert last_speaker(report, "says") == ("organization", "Prairie Mountain Health")
    assert last_speaker(report, "said") == ("organization", "Prairie Mountain Health")


def test_the_judge_is_the_justice_introduced(run):
    report = run(
        in_brief(
            "Justice Hélène M. Gagnon-Fisher of the Court of King's Bench handed down the "
            "sentence Friday to Dale Ostrowski, 58.\n\n"
            "The judge said she had considered his guilty plea."
        )
    )
    assert last_speaker(report, "said") == ("person", "Hélène M. Gagnon-Fisher")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A spokesperson for Fisheries and Oceans Canada said the quota would not change.",
            "Fisheries and Oceans Canada",
        ),
        (
            "Environment and Climate Change Canada said the warning would stay in place.",
            "Environment and Climate Change Canada",
        ),
        (
            "Crown-Indigenous Relations and Northern Affairs Canada said the money had been spent.",
            "Crown-Indigenous Relations and Northern Affairs Canada",
        ),
        ("Police Scotland said the road would reopen on Monday.", "Police Scotland"),
    ],
)
def test_a_national_body_named_by_its_country_is_a_body(run, text, name):
    """The Canadian names with "and" inside were a person ("Change Canada") or no one;
    "Police Scotland" was typed right before, and stays a guard."""
    assert last_speaker(run(in_brief(text)), "said") == ("organization", name)


def test_a_person_with_a_country_for_a_surname_is_a_person(run):
    """Guard: "Nick England" opens with a given name."""
    report = run(in_brief("Nick England said the club would appeal the ruling."))
    assert last_speaker(report, "said") == ("person", "Nick England")
