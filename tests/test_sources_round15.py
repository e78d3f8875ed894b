"""Sources, round 15, on sentences written for the purpose: a no-break space is a space to
the parser, a name keeps its particles ("de", "da"), an outlet's descriptor before its
name types it even where the tagger calls the descriptor an adjective, and a person's
name right after a noun for them ("his nephew Tom Reyes") is the source."""

from __future__ import annotations

import pytest

from tests.reports import by_cue, cued_source


def named(report: dict, cue: str) -> tuple[str, str]:
    """The name and type of the source of the attribution cued by ``cue``."""
    found = cued_source(report, cue)
    return found["name"], found["type"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "de" between the two words of the name
        (
            "The quay closed in May, Portuguese newspaper Diario de Sintra reported.",
            "Diario de Sintra",
        ),
        # "daily" and "tabloid" read as adjectives before the name
        ("The quay closed in May, Brazilian daily Folha Nova reported.", "Folha Nova"),
        ("The quay closed in May, the Lisbon tabloid Jornal Azul reported.", "Jornal Azul"),
    ],
)
def test_a_descriptor_before_an_unknown_name_makes_an_outlet(run, text, name):
    assert named(run(text), "reported") == (name, "outlet")


def test_a_no_break_space_is_a_space_to_the_parser(run):
    # a web page's "&nbsp;" around a sign-off: the verb was read as a noun, and nothing
    # was attributed
    text = (
        "Silva worked as an engineer in Maputo,\u00a0Portuguese newspaper Gazeta de Vale"
        "\u00a0reports."
    )
    report = run(text)
    found = by_cue(report, "reports")
    assert found["content"]["text"] == "Silva worked as an engineer in Maputo"
    assert named(report, "reports") == ("Gazeta de Vale", "outlet")
    # the offsets still index the text as written
    assert text[found["source"]["start"] : found["source"]["end"]] == (
        "Portuguese newspaper Gazeta de Vale"
    )


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        ('"We had called him," his nephew Tom Reyes added.', "added", "Tom Reyes"),
        # a name the tagger types as nothing
        (
            '"He had plans," her friend Amara Diallo Sow told the website.',
            "told",
            "Amara Diallo Sow",
        ),
    ],
)
def test_a_name_right_after_a_noun_for_the_person_is_the_source(run, text, cue, name):
    assert named(run(text), cue) == (name, "person")


def test_a_name_after_a_news_site_is_still_the_outlet(run):
    text = "The quay closed in May, the news site Harbor Watch reported."
    assert named(run(text), "reported") == ("Harbor Watch", "outlet")


def test_a_title_with_elect_and_a_surname_in_s_still_name_one_person(run):
    # "President-elect" is one title ("elect" is no given name), and "Reyes" read as a
    # plural noun must not stop "He" from pointing back to him
    text = (
        "President-elect Tomas Reyes apologized to the two port workers on Monday. "
        "He also mentioned his government would ban night shifts at the docks."
    )
    found = cued_source(run(text), "mentioned")
    assert (found["name"], found["type"], found["role"]) == (
        "Tomas Reyes",
        "person",
        "President-elect",
    )


def test_the_president_after_a_president_elect_is_them(run):
    text = (
        "President-elect Tomas Reyes apologized to the dock workers on Monday. "
        '"I deeply regret it," said the future President.'
    )
    assert named(run(text), "said") == ("Tomas Reyes", "person")


def test_according_to_a_statement_from_someone_is_their_word(run):
    # the statement speaks for its author, as "a statement from the ministry said" does:
    # no unnamed document to flag
    report = run("According to a statement from Harbour Foods, the depot will close in May.")
    assert named(report, "According to") == ("Harbour Foods", "organization")
    assert by_cue(report, "According to")["category"] == "statement"
    assert [f["type"] for f in report["flags"]] == []
