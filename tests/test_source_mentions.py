"""Which words an attribution names as its source mention, by the conventions annotators
follow: the noun a relative "that" modifies, no source for raising verbs and for the
unnamed asker of "Asked whether …".

Every text here is written for the test; the people in it are invented.
"""

from __future__ import annotations

from tests.test_sources import attribution, by_id


def test_relative_that_is_marked_on_the_noun_it_modifies(run):
    report = run(
        "Headline.\nThe plan drew fire from a local pressure group that said the new "
        "pier would flood the old market."
    )
    a = attribution(report, cue="said")
    assert a["source"]["text"] == "a local pressure group"


def test_relative_who_stays_the_mention(run):
    report = run(
        "Headline.\nResidents cheered Marta Olsen, who said the ferry would run again by spring."
    )
    a = attribution(report, cue="said")
    assert a["source"]["text"] == "who"
    assert {s["name"] for s in report["sources"] if s["id"] == a["source"]["id"]} == {"Marta Olsen"}


def test_raising_verb_has_no_source(run):
    report = run(
        "Headline.\nThe council leader seemed to accept that the budget would not balance "
        "this year."
    )
    a = attribution(report, cue="seemed")
    assert a["source"] is None


def test_asked_clause_names_no_asker(run):
    report = run(
        "Headline.\nAsked whether he would stand again next year, Piet Marlowe said he "
        "had not decided."
    )
    asked = attribution(report, cue="Asked")
    said = attribution(report, cue="said")
    assert asked["source"] is None
    assert said["source"]["text"] == "Piet Marlowe"


def test_asked_by_someone_keeps_the_asker(run):
    report = run(
        "Headline.\nThe minister was asked by a reporter whether the tunnel would open on time."
    )
    a = attribution(report, cue="asked")
    assert a["source"]["text"] == "a reporter"


def test_quoted_noun_is_not_taken_for_the_speaker(run):
    # the parser hangs the quotation's first noun on "said" as a second subject
    report = run('Headline.\n"My apologies, I am sorry," Oduya said after a long exchange.')
    a = attribution(report, cue="said")
    assert a["source"]["text"] == "Oduya"


# ------------------------------------------------------------- names and outlets


def test_first_name_alone_is_the_person_named_with_it(run):
    report = run(
        "Headline.\nDaniel Okafor, a ferry captain, spoke at the quay on Friday.\n"
        '"We sail at dawn whatever the weather," Daniel said.'
    )
    a = attribution(report, cue="said")
    assert speaker_name(report, a) == "Daniel Okafor"


def test_hyphenated_outlet_behind_its_reporter(run):
    report = run("Headline.\nA correspondent for Agence France-Presse said the road was closed.")
    source = by_id(report)[attribution(report, cue="said")["source"]["id"]]
    assert (source["type"], source["name"]) == ("outlet", "Agence France-Presse")


def test_headline_label_newspaper_is_an_outlet(run):
    report = run("Newspaper: Harbour chief kept second set of accounts\nThe chief denied it.")
    source = by_id(report)[attribution(report, cue=":")["source"]["id"]]
    assert source["type"] == "outlet"


def speaker_name(report: dict, a: dict) -> str:
    return by_id(report)[a["source"]["id"]]["name"]


def test_company_description_before_the_name_is_that_company(run):
    report = run(
        "Headline.\nThe operator said fares would rise by a fifth in April.\n"
        "Quillmoor Buses runs every route on the island."
    )
    assert speaker_name(report, attribution(report, cue="said")) == "Quillmoor Buses"


def test_the_county_is_the_county_named_before(run):
    report = run(
        "Headline.\nThree libraries in Marion County will close this year.\n"
        "The county says closing them will save money."
    )
    source = by_id(report)[attribution(report, cue="says")["source"]["id"]]
    assert (source["type"], source["name"]) == ("organization", "Marion County")


def test_bare_description_is_the_person_cited_last(run):
    report = run(
        "Headline.\nHelen Marwick told supporters in Leeds that the count was rigged.\n"
        '"We will appeal every single result," the candidate said.'
    )
    assert speaker_name(report, attribution(report, mention="the candidate")) == "Helen Marwick"


def test_description_refers_back_to_the_unnamed_one_with_that_title(run):
    report = run(
        "Headline.\nAn aide to the governor said the plan was dead.\n"
        "Later the mayor, Tomas Reed, spoke to the crowd.\n"
        "The aide said the offer was not serious."
    )
    first = attribution(report, mention="An aide")
    again = attribution(report, mention="The aide")
    assert first["source"]["id"] == again["source"]["id"]


def test_description_with_its_own_of_phrase_is_someone_new(run):
    report = run(
        "Headline.\nHelen Marwick told supporters that the count was rigged.\n"
        "The head of the dockers' union said talks would resume on Monday."
    )
    assert speaker_name(report, attribution(report, cue="said")) != "Helen Marwick"


def test_outlet_possessive_before_its_journalist_is_no_quotation(run):
    # two subjects again, but the apostrophe is a possessive: the outlet's journalist
    report = run("Headline.\nFox News’ Bret Baier noticed that the numbers were off.")
    source = by_id(report)[attribution(report, cue="noticed")["source"]["id"]]
    assert (source["type"], source["name"]) == ("outlet", "Fox News")


# ------------------------------------------------------------- whose words


def test_causative_object_is_the_one_who_says(run):
    report = run("Headline.\nThe verdict led many dockers to say the strike had been worth it.")
    assert attribution(report, cue="say")["source"]["text"] == "many dockers"


def test_urging_someone_to_act_is_the_urger_s_stance(run):
    report = run("Headline.\nHelen Marwick urged the council to reject the pier plan.")
    assert attribution(report, cue="urged")["source"]["text"] == "Helen Marwick"


def test_what_a_source_sends_out_speaks_for_it(run):
    report = run("Headline.\nThe senator sent supporters an email saying the fight would go on.")
    assert attribution(report, cue="saying")["source"]["text"] == "The senator"


def test_plural_party_name_is_no_person(run):
    report = run("Headline.\nMany Republicans said the trial had been rigged.")
    source = by_id(report)[attribution(report, cue="said")["source"]["id"]]
    assert source["type"] != "person"


def test_names_run_in_before_the_article_are_no_part_of_the_source(run):
    # a page's share bar extracted into the sentence: the noun phrase opens at "A"
    report = run("WhatsApp Email Telegram A senior warden said the fences were too old.")
    (found,) = report["attributions"]
    assert found["source"]["text"] == "A senior warden"


def test_a_word_before_the_article_stays_in_the_source(run):
    """Guard: "all the officials" keeps its predeterminer."""
    report = run("All the officials said the plan was sound.")
    (found,) = report["attributions"]
    assert found["source"]["text"] == "All the officials"
