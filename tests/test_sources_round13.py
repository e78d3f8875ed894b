"""Sources, round 13, on sentences written for the purpose: a name the gazetteer lacks is
an outlet when the apposition right after it can only describe one ("Kvällsbladet, a
Swedish tabloid"), for every mention of it and for the staff it employs; a place, or a
name the parser hung someone else's apposition on, stays what it is; a name described as a
report or a study is that document; "they" stands for the group named last before it, cited
or not."""

from __future__ import annotations

import pytest

from tests.reports import by_cue, cued_source, source_of, sources_by_id


@pytest.mark.parametrize(
    ("text", "cue", "outlet"),
    [
        (
            "The talks failed, according to Kvällsbladet, a Swedish tabloid.",
            "according to",
            "Kvällsbladet",
        ),
        (
            "Nordic Affairs, a monthly magazine based in Riga, reported that the talks had failed.",
            "reported",
            "Nordic Affairs",
        ),
        (
            "Harbor Watch, a local news site, said the mayor had misled voters.",
            "said",
            "Harbor Watch",
        ),
    ],
)
def test_a_name_beside_an_apposition_that_only_describes_an_outlet_is_that_outlet(
    run, text, cue, outlet
):
    source = cued_source(run(text), cue)
    assert (source["type"], source["name"]) == ("outlet", outlet)


def test_the_described_outlet_is_known_to_its_later_mentions_and_its_staff(run):
    report = run(
        "Harbor Watch, a local news site, first reported the closure. The depot will shut "
        "in May, said Tom Reyes, a reporter for Harbor Watch. Later, Harbor Watch said the "
        "port had not replied."
    )
    sources = sources_by_id(report)
    said = [a for a in report["attributions"] if a["cue"]["text"] == "said"]
    assert [a["source"]["text"] for a in said] == ["Tom Reyes", "Harbor Watch"]
    assert [
        (sources[a["source"]["id"]]["type"], sources[a["source"]["id"]]["name"]) for a in said
    ] == [
        ("outlet", "Harbor Watch"),
        ("outlet", "Harbor Watch"),
    ]


@pytest.mark.parametrize(
    ("text", "cue", "kind", "name"),
    [
        (
            # the apposition describes the paper, but the parser hangs it on the country
            "Its owner also runs the biggest paper in Norway, a free daily. Norway said it "
            "would tax the press.",
            "said",
            "organization",
            "Norway",
        ),
        (
            # the apposition is the network's, hung on the anchor named before it
            "Lena Ost anchored the night from Harbour TV, the liberal network she later "
            "sold. Ost said the coverage was fair.",
            "said",
            "person",
            "Lena Ost",
        ),
    ],
)
def test_an_apposition_that_is_not_right_after_a_name_or_names_a_place_makes_no_outlet(
    run, text, cue, kind, name
):
    source = cued_source(run(text), cue)
    assert (source["type"], source["name"]) == (kind, name)


def test_a_name_beside_an_apposition_naming_a_document_is_that_document(run):
    source = cued_source(
        run("Fair Shares, a report by the Harbor Institute, found that rents rose."), "found"
    )
    assert (source["type"], source["name"]) == ("document", "Fair Shares")


def test_a_person_described_by_the_document_they_wrote_stays_a_person(run):
    source = cued_source(
        run("Tom Reyes, the author of a report on rents, said the city had failed."), "said"
    )
    assert (source["type"], source["name"]) == ("person", "Tom Reyes")


def test_the_backers_of_a_letter_do_not_make_it_their_employers_words(run):
    report = run(
        "The letter, also backed by BBC presenter Anita Rani and two charities, demands "
        "assurances that imported beef will meet local rules."
    )
    source = cued_source(report, "demands assurances")
    assert (source["type"], source["name"]) == ("document", "letter")


def test_they_after_one_document_stands_for_its_signatories_not_for_it(run):
    report = run(
        "Forty chefs signed a letter to the minister. The letter demands assurances that "
        "imported beef will meet local rules. They say the pandemic has raised the stakes."
    )
    source = cued_source(report, "say")
    assert (source["name"], source["type"]) == ("Forty chefs", "anonymous")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tom Reyes is a former mayor and lawyer who has pledged to cut the port fees.",
            "Tom Reyes",
        ),
        ("Ana Lund is the state attorney who charged the captain with fraud.", "Ana Lund"),
    ],
)
def test_who_on_a_predicate_noun_stands_for_the_named_subject(run, text, name):
    report = run(text)
    (relative,) = [a for a in report["attributions"] if a["source"]["text"] == "who"]
    assert source_of(report, relative)["name"] == name


def test_who_on_a_predicate_noun_of_an_unnamed_subject_stands_for_that_noun(run):
    report = run("The targets are centrist leaders who have backed the trade pact for decades.")
    assert cued_source(report, "backed")["name"] == "centrist leaders"


def test_they_stands_for_a_group_named_before_it_that_is_no_source_yet(run):
    report = run(
        "The cuts on those days left some of the region's water engineers puzzled. They "
        "said that the towns had plenty of water."
    )
    source = cued_source(report, "said")
    assert (source["name"], source["type"]) == ("region's water engineers", "anonymous")


def test_a_group_named_as_subject_since_is_nearer_than_a_body_cited_before(run):
    report = run(
        "The Hollis Courier reported the strike on Monday. Many dock workers walked out at "
        "noon. They said the pay offer was an insult."
    )
    assert cued_source(report, "said")["name"] == "Many dock workers"


def test_a_possessive_closed_by_a_comma_is_not_part_of_the_source_after_it(run):
    report = run(
        "Lund has not donated to any campaign except Reyes's, state election records "
        "compiled by the Center for Open Politics show."
    )
    assert by_cue(report, "show")["source"]["text"] == "state election records"
