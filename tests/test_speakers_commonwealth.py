"""Speakers as British, Irish and Caribbean papers name them: long titles and employers run
into the name, dotless abbreviations ("Supt"), honours after the name, "the Opposition MP".

Every text here is written for the test; the people in it are invented.
"""

from __future__ import annotations

import pytest

from newsaudit.person_names import person_name
from tests.test_sources import attribution, speaker


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Minister in the Ministry of Finance Brian Walcott", "Brian Walcott"),
        ("Harbour Foods Debra Lyle", "Debra Lyle"),
        # three words with no office before them: a given name may well stand second
        ("Kwame Anthony Appiah", "Kwame Anthony Appiah"),
        ("police liaison officer Superintendent Audley Grant", "Audley Grant"),
        ("Neil Ashford QC", "Neil Ashford"),
        ("Senator the Hon. Aubrey Hinds", "Aubrey Hinds"),
        ("Lord Hale", "Lord Hale"),
        ("Martin Luther King Jr.", "Martin Luther King Jr."),
        ("Ursula von der Leyen", "Ursula von der Leyen"),
        ("Bill de Blasio", "Bill de Blasio"),
        ("Supt Grant", "Grant"),
    ],
)
def test_person_name_drops_office_and_employer(name, expected):
    assert person_name(name) == expected


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        (
            "The tax will not be raised this year, Minister in the Ministry of Finance "
            "Brian Walcott said on Monday.",
            "said",
            "Brian Walcott",
        ),
        (
            "Shelves will stay full, President and Chief Executive of Harbour Foods "
            "Susan Clarke said yesterday.",
            "said",
            "Susan Clarke",
        ),
        (
            "Deputy Commissioner of Police Desmond Baptiste said the force was ready. "
            '"Nobody will block the roads," Supt Baptiste added.',
            "added",
            "Desmond Baptiste",
        ),
        # inverted, with the body's acronym in brackets before the office and the name
        (
            "The region cannot relax its guard, warns World Food Council (WFC) Director "
            "Amara N. Osei as she urged donors to keep funding the programme.",
            "warns",
            "Amara N. Osei",
        ),
        (
            "Fares will rise by a tenth next month, says Eastern Caribbean Ferry Authority "
            "(ECFA) Chairman Desmond Lyle, who blamed the cost of fuel.",
            "says",
            "Desmond Lyle",
        ),
    ],
)
def test_a_name_after_its_office_is_the_person(run, text, cue, name):
    source = speaker(run(text), cue=cue)
    assert (source["name"], source["type"]) == (name, "person")


def test_dotless_abbreviation_is_the_same_person(run):
    report = run(
        "Superintendent Audley Grant said officers reached the scene within minutes.\n"
        "Supt Grant said the victim was a bystander.\n"
        '"We will find them," Supt Grant said.'
    )
    people = [s for s in report["sources"] if s["type"] == "person"]
    assert [p["name"] for p in people] == ["Audley Grant"]
    assert len(people[0]["attributions"]) == 3


def test_honours_after_the_name_are_not_the_surname(run):
    report = run(
        "Judge Neil Ashford QC jailed the builder for three years. "
        'Judge Ashford said: "You knew the dangers."'
    )
    assert speaker(report, cue="said")["name"] == "Neil Ashford"


def test_mr_is_not_the_daughter_of_the_same_surname(run):
    report = run(
        "Ada Okafor, 19, studied in Leeds. Her father, Emeka Okafor, runs a shop there.\n"
        "Mr Okafor said she had loved the city."
    )
    assert speaker(report, cue="said")["name"] == "Emeka Okafor"


def test_a_titled_description_keeps_the_named_speaker(run):
    # "the Conservative MP" stands for the MP quoted just before and must not rename him
    report = run(
        "Tony Blair warned on Monday that the airlines were struggling.\n"
        'Speaking in the Commons, the Conservative MP said: "It need not be like this."'
    )
    source = speaker(report, cue="said")
    assert (source["name"], source["type"]) == ("Tony Blair", "person")


def test_the_prime_minister_is_the_one_introduced_so(run):
    report = run(
        "The Prime Minister, Dr the Hon. Walter Greaves, said the country would recover.\n"
        '"We are a resilient people," the Prime Minister said.'
    )
    mentions = ("the Hon. Walter Greaves", "the Prime Minister")
    names = {speaker(report, mention=m)["name"] for m in mentions}
    assert names == {"Walter Greaves"}


def test_a_long_office_before_the_name_is_the_named_ones_title(run):
    # the parser makes "Prime Minister and Chair …" and "Dr Lena Baptiste" two subjects
    report = run(
        "Tobago's Prime Minister and Chair of the Regional Authority, Dr Lena Baptiste has"
        " voiced her support for an annual forum on banking.\n"
        "The forum, proposed by US Congresswoman Alice Harper, was on the agenda of the"
        " meeting in Bridgetown.\n"
        '"We are taken for granted in Washington," the Prime Minister said.'
    )
    source = speaker(report, cue="said")
    assert source["name"] == "Lena Baptiste"
    assert source["role"].startswith("Tobago's Prime Minister and Chair")


def test_a_quote_paragraph_after_one_speakers_reported_clause_is_theirs(run):
    report = run(
        "Asked whether the two shootings were linked, Supt Audley Grant said it was possible.\n"
        '"We will not rule that out, because the information is still coming in."\n'
    )
    quote = next(a for a in report["attributions"] if a["content"]["text"].startswith('"We'))
    assert quote["kind"] == "direct"
    assert next(s for s in report["sources"] if s["id"] == quote["source"]["id"])["name"] == (
        "Audley Grant"
    )


def test_a_quote_with_its_own_cue_is_not_carried(run):
    # the paragraph holds its own speaker: nothing is inherited from the clause before
    report = run(
        "Mayor Lorraine Baptiste said the budget was tight.\n"
        '"We will manage," her deputy, Tom Reyes, told reporters.\n'
    )
    quote = next(a for a in report["attributions"] if a["content"]["text"].startswith('"We'))
    assert quote["source"]["text"] != "Mayor Lorraine Baptiste"


def test_a_quote_before_an_abbreviated_title_keeps_its_speaker(run):
    # the stop of "Hon." ends the parser's sentence between the title and the name
    report = run(
        '"We expect ministers from across the region. We will also host trade talks," '
        "Minister of Agriculture and Fisheries, Senator the Hon. Marcus Daley, told the agency."
    )
    source = speaker(report, cue="told")
    assert (source["name"], source["type"]) == ("Marcus Daley", "person")
    quote = attribution(report, cue="told")
    assert quote["kind"] == "direct" and quote["content"]["text"].startswith('"We expect')


def test_a_business_description_is_the_business_named_before(run):
    report = run(
        "Shoppers at Harbour Foods found empty shelves on Monday.\n"
        "The grocery giant said it had six months of tinned goods in stock."
    )
    source = speaker(report, cue="said")
    assert (source["name"], source["type"]) == ("Harbour Foods", "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "About 25 bodies a week are buried on the island, according to the "
            "Associated Press news agency.",
            "Associated Press",
        ),
        ("The port will stay closed, the Reuters news agency reported.", "Reuters"),
    ],
)
def test_an_outlet_named_with_what_it_is(run, text, name):
    source = next(s for s in run(text)["sources"] if s["type"] == "outlet")
    assert source["name"] == name


def test_a_section_kicker_in_capitals_is_no_speaker(run):
    report = run("STRESS: How to look after your mental health\n\nThe council met on Monday.")
    assert report["attributions"] == []


def test_a_gendered_title_skips_the_speaker_of_the_other_gender(run):
    report = run(
        "Prince Harry said the family had been cruel to them.\nThe duchess said she had felt alone."
    )
    assert speaker(report, mention="The duchess")["name"] != "Harry"


def test_a_surname_that_is_also_a_title_is_a_name(run):
    report = run(
        '"Those goats were so clever," remembers Shanna Challenger, coordinator for the '
        "island programme."
    )
    source = speaker(report, mention="Shanna Challenger")
    assert (source["name"], source["type"]) == ("Shanna Challenger", "person")


def test_the_name_after_a_title_and_its_body_is_the_source(run):
    report = run(
        "The file was sent to the Deputy Director of Public Prosecutions Mrs. Joan "
        "Honore-Baptiste who advised that the man should be charged."
    )
    source = speaker(report, cue="advised")
    assert (source["name"], source["type"]) == ("Joan Honore-Baptiste", "person")


def test_a_body_named_with_of_keeps_its_whole_name(run):
    report = run(
        "In a statement, the Ministry of Health said that twelve new cases had been found.\n"
        "The ministry said testing would continue at the airport."
    )
    first, second = (
        speaker(report, cue="said", mention=m) for m in ("the Ministry", "The ministry")
    )
    assert (first["name"], first["type"]) == ("Ministry of Health", "organization")
    assert second["id"] == first["id"]


@pytest.mark.parametrize(
    ("headline", "cue", "content"),
    [
        ("Schools safe amid surge, says minister", "says", "Schools safe amid surge"),
        ("Fares to rise by a third, airline warns", "warns", "Fares to rise by a third"),
        (
            "Ferry Carrying Fuel Stopped By Coast Guard, Officials Say",
            "Say",
            "Ferry Carrying Fuel Stopped By Coast Guard",
        ),
    ],
)
def test_a_headline_signs_off_a_verbless_claim(run, headline, cue, content):
    report = run(headline + "\n\nThe port was quiet on Monday.")
    found = attribution(report, cue=cue)
    assert (found["category"], found["content"]["text"]) == ("statement", content)


def test_a_time_before_the_comma_is_no_claim(run):
    report = run("Earlier this year, the Ledger reported.\n\nThe port was quiet on Monday.")
    assert report["attributions"] == []


def test_a_headline_title_is_the_person_the_article_names(run):
    report = run(
        "Schools safe amid surge, says minister\n\n"
        "The Minister of Education, Kay Marshall, said on Monday that classes would go on."
    )
    assert speaker(report, cue="says")["name"] == "Kay Marshall"


def test_a_name_with_digits_is_nobody():
    # the tagger may call "COVID-19" a person: a headline's title must not resolve to it
    from newsaudit.rules.base import Mention
    from newsaudit.sources import Resolver

    title = Mention(30, 38, "director", "director", False, False, False, "")
    virus = Mention(50, 58, "COVID-19", "covid-19", False, False, True, "PERSON", name="COVID-19")
    lopez = Mention(
        90, 102, "Marisa Lopez", "lopez", False, False, True, "PERSON", name="Marisa Lopez"
    )
    resolver = Resolver({}, [virus, lopez], headings_end=45)
    assert resolver.resolve(title).name == "Marisa Lopez"


def test_a_transcript_label_in_capitals_is_a_speaker(run):
    report = run("GRANT: And obviously, you are backing the governor.\n\nThe council met.")
    assert attribution(report, cue=":")["source"]["text"] == "GRANT"


def test_a_quote_cut_off_before_a_later_name_takes_no_speaker_from_the_next_sentence(run):
    # only the stop of an abbreviated title lets the speaker search run on
    report = run(
        'Her agenda rests on plans to "build on the progress" of the Harbour Board. '
        "In the north, the mayor spends her speeches praising the board."
    )
    praising = [a for a in report["attributions"] if a["cue"]["text"] == "praising"]
    assert all('"build' not in a["content"]["text"] for a in praising)


def test_a_speaker_before_the_comma_signs_off_nothing(run):
    report = run('"Perpetual motion!" Rep. Tom Reyes, D-Fla., said of the convention.')
    assert all(a["content"]["text"] != "Rep. Tom Reyes, D-Fla." for a in report["attributions"])


def test_a_quote_paragraph_with_two_quotes_paired_wrong_is_not_carried(run):
    report = run(
        "Mayor Lorraine Baptiste has said the budget comes first.\n"
        "\"It's not just me saying, 'Oh, yes, vote for the plan,' \" Baptiste told "
        'the radio station. "It is the whole council."\n'
    )
    carried = [a for a in report["attributions"] if a["cue"]["text"] == "said"]
    assert all(not a["content"]["text"].startswith('"It') for a in carried)


def test_she_and_a_shared_surname_is_not_the_man_cited_last(run):
    report = run(
        "Mary Boateng launched her campaign in Kumasi.\n"
        "Peter Boateng, her husband, said the family backed her.\n"
        "The crowd cheered for Boateng. She said the roads would come first."
    )
    assert speaker(report, mention="She")["name"] == "Mary Boateng"


def test_a_name_in_apposition_after_a_title_and_its_body_is_the_source(run):
    report = run(
        "Professor Alan Reid, Chief Executive Officer of the Harbour Board, opened the "
        "meeting.\nChief Executive Officer (Acting) of the Port Authority, Gary Sutton, "
        "added that two new berths would open in March."
    )
    assert speaker(report, cue="added")["name"] == "Gary Sutton"


def test_a_name_in_capitals_is_the_same_person(run):
    report = run(
        "Former Environment Secretary THERESA VILLIERS said the deal would hurt farmers.\n"
        "Theresa Villiers said later that she would vote against it."
    )
    people = [s for s in report["sources"] if s["type"] == "person"]
    assert [(p["name"], len(p["attributions"])) for p in people] == [("Theresa Villiers", 2)]


def test_a_place_alone_is_not_a_body_named_after_it(run):
    report = run(
        "Kenya Airways cancelled four flights on Monday.\n"
        "Kenya said the new rules would take effect in March."
    )
    assert speaker(report, mention="Kenya")["name"] != "Kenya Airways"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Republican Donald Trump", "Donald Trump"),
        ("Rival Hillary Clinton", "Hillary Clinton"),
        ("Conservative Party", "Conservative Party"),  # a party's own name keeps its label
    ],
)
def test_a_party_label_before_a_name_is_not_part_of_it(name, expected):
    assert person_name(name) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dean Okoro, a 55-year-old salesman from Sumter, said prices were too high.",
            "Dean Okoro",
        ),
        ("Duke Bennett, the mayor, said the bridge would open in May.", "Duke Bennett"),
    ],
)
def test_a_title_that_is_also_a_given_name_before_one_name_is_the_name(run, text, name):
    assert speaker(run(text), cue="said")["name"] == name
