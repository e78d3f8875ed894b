"""Round 22, sources: a lone surname is a person's, and "he" or "she" after it stands for
them; a text of law is a document, whose words are its makers'.

Every text here is written for the test; the people and groups in it are invented.
"""

from __future__ import annotations

import pytest

from newsaudit.data import surnames
from newsaudit.person_names import fold_surname
from tests.reports import by_cue, cued_source, sources_by_id


@pytest.mark.parametrize(
    "text, cue",
    [
        ('"We will go on," Ruiz said.', "said"),
        ("Walker said the plan would fail.", "said"),
        ("Okafor told the council it was too late.", "told"),
        ("Nguyen argued that the port should stay open.", "argued"),
    ],
)
def test_a_lone_surname_is_a_person(run, text, cue):
    # the tagger gives none of these names a label; a name it calls a body stays one
    assert cued_source(run(text), cue)["type"] == "person"


@pytest.mark.parametrize(
    "text, name",
    [
        ('"We will go on," Ruiz said. She added that the strike would last.', "Ruiz"),
        ("Walker said the plan would fail. He added that it cost too much.", "Walker"),
    ],
)
def test_a_pronoun_after_a_lone_surname_stands_for_them(run, text, name):
    report = run(text)
    assert sources_by_id(report)[by_cue(report, "added")["source"]["id"]]["name"] == name


def test_a_surname_that_begins_a_body_named_in_the_article_is_the_body(run):
    # a guard of the surname rule: "Harlow" is a census surname, but the article shortens
    # "Harlow Energy" to it
    report = run("Shares of Harlow Energy fell. Harlow said the sale had gone well.")
    source = cued_source(report, "said")
    assert (source["name"], source["type"]) == ("Harlow Energy", "organization")


def test_a_company_the_news_names_is_still_a_body(run):
    # a guard: "Nielsen" is a census surname, but news writes it as a firm ("the Nielsen ratings")
    report = run("Nielsen said ratings fell. It added that viewers had left.")
    assert cued_source(report, "said")["type"] == "organization"


@pytest.mark.parametrize("word", ["ruiz", "okafor", "walker", "omalley", "nguyen"])
def test_the_list_holds_surnames(word):
    assert word in surnames()


@pytest.mark.parametrize(
    "word",
    # census surnames that news writes as places, papers, bodies or plain words
    ["washington", "cleveland", "times", "post", "council", "will", "white", "young"],
)
def test_the_list_leaves_out_words_news_uses_otherwise(word):
    assert word not in surnames()


@pytest.mark.parametrize(
    "written, folded", [("O'Malley", "omalley"), ("Ruiz’s", "ruiz"), ("McCann", "mccann")]
)
def test_a_written_surname_folds_to_the_census_spelling(written, folded):
    assert fold_surname(written) == folded


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The legislation says that fines can be imposed for lying to tracers.", "says"),
        (
            "According to state law, no one may hand out leaflets near a polling place.",
            "According to",
        ),
        ("The port's new rules say that no boat may moor overnight.", "say"),
    ],
)
def test_a_text_of_law_is_a_document(run, text, cue):
    assert cued_source(run(text), cue)["type"] == "document"


def test_backing_a_text_of_law_is_still_a_stance(run):
    # a guard: a law as the object of a stance is what the stance is about
    found = by_cue(run("The mayor backs tougher regulations for the harbour."), "backs")
    assert found["content"]["text"] == "tougher regulations for the harbour"


def test_what_a_text_of_law_says_is_a_statement(run):
    # a guard of the law rule: its makers' words, as a press release's are its issuer's (a
    # document's would be evidence); a report's is evidence
    report = run(
        "The legislation says that fines can be imposed for lying to tracers. "
        "A report by the council found that the port lost money."
    )
    assert by_cue(report, "says")["category"] == "statement"
    assert by_cue(report, "found")["category"] == "evidence"


def test_a_one_word_title_inside_a_longer_run_of_names_is_no_outlet(run):
    # "The Independent" is a paper; "the Independent Vermont senator" is a party's member
    text = (
        "Sen. Ann Lund spoke first. The Independent Vermont senator vowed to take her "
        "campaign to the convention."
    )
    source = cued_source(run(text), "vowed")
    assert (source["name"], source["type"]) == ("Ann Lund", "person")


def test_a_title_points_to_the_one_of_its_bearers_named_last(run):
    # both were introduced as senators; the article last named Lund before "the senator"
    text = (
        "Sen. Ann Lund spoke first. Sen. Maria Okafor spoke next. Okafor won the state. "
        "But Lund still hopes to win over the delegates. The senator vowed to take her "
        "campaign to the convention."
    )
    assert cued_source(run(text), "vowed")["name"] == "Ann Lund"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Cllr Tom Baker said the budget was tight.", "Tom Baker"),
        ("DCI Ruth Lowe said the inquiry was closed.", "Ruth Lowe"),
        ("Const. Amir Khan said the driver had fled.", "Amir Khan"),
        ("NDP MLA Sara Holt said the bill would fail.", "Sara Holt"),
    ],
)
def test_commonwealth_titles_are_not_part_of_the_name(run, text, name):
    # "Const." is a guard: it was a title before this round
    assert cued_source(run(text), "said")["name"] == name


@pytest.mark.parametrize(
    "text, cue, category",
    [
        ("A separate story reported that the port would close.", "reported", "statement"),
        ("The documentary shows that the port was failing.", "shows", "evidence"),
    ],
)
def test_a_published_work_with_no_outlet_named_is_a_document_that_tells(run, text, cue, category):
    report = run(text)
    assert cued_source(report, cue)["type"] == "document"
    assert by_cue(report, cue)["category"] == category


def test_an_outlets_published_work_is_still_the_outlet(run):
    # a guard: it passed before this round too
    source = cued_source(run("A Hollis Courier article said the port would close."), "said")
    assert source["type"] == "outlet"


def test_the_work_an_outlet_put_out_speaks_for_it(run):
    text = (
        "The Washington Post's editorial board wrote that the plan was fiction. The piece "
        "goes on to slam the levy. And it accuses the mayor of ignoring the facts."
    )
    report = run(text)
    assert cued_source(report, "slam")["name"] == "The Washington Post"
    assert cued_source(report, "accuses")["name"] == "The Washington Post"


def test_a_surname_the_tagger_took_for_a_plural_noun_is_a_person(run):
    source = cued_source(run("Sanders sided with the dockers on the levy."), "sided")
    assert (source["name"], source["type"]) == ("Sanders", "person")


def test_a_plural_noun_that_is_also_a_surname_stays_a_group(run):
    # a guard: "banks" is a census surname, but news writes it in lower case
    assert cued_source(run("Banks said rates would rise."), "said")["type"] == "anonymous"
