"""Sources, round 14, on sentences written for the purpose: a title set before a name in
apposition is the named person's role, whole."""

from __future__ import annotations

import pytest

from tests.reports import cued_source


def sources(report: dict) -> list[tuple[str, str, str | None]]:
    return [(s["name"], s["type"], s["role"]) for s in report["sources"]]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Grenada’s Prime Minister, Keith Mitchell, has voiced his support for a forum.",
            "Keith Mitchell",
            "Grenada’s Prime Minister",
        ),
        (
            "The chair of the port board, Ana Lund, said the quay would reopen.",
            "Ana Lund",
            "The chair of the port board",
        ),
    ],
)
def test_title_before_a_name_in_apposition_is_the_role(run, text, name, role):
    assert sources(run(text)) == [(name, "person", role)]


def test_title_with_a_bracketed_word_before_the_name_is_the_role(run):
    # the parser hangs the name on the last noun of the title ("Trust, Tom Reyes"): a
    # name does not name a name again, so it is the officer's
    text = "Chief Executive Officer (Acting) of the Harbour Trust, Tom Reyes, said it is late."
    assert sources(run(text)) == [
        ("Tom Reyes", "person", "Chief Executive Officer (Acting) of the Harbour Trust")
    ]


def test_a_surname_that_is_a_title_word_is_still_the_name(run):
    # "King" is a title word, but here the end of a name: the apposition is his role
    found = sources(run("Representative Peter Okafor King, Republican of Ohio, said it was late."))
    assert [(name, kind) for name, kind, _ in found] == [("Peter Okafor King", "person")]


def test_a_person_whose_surname_names_an_outlet_is_a_person(run):
    text = (
        "Eastport Mayor Tom Guardian said the pier would reopen in May. "
        "Guardian added that the levy would stay. "
        "The Guardian reported on Friday that the pier was still shut."
    )
    report = run(text)
    found = {cue: cued_source(report, cue) for cue in ("said", "added", "reported")}
    assert {cue: (s["name"], s["type"]) for cue, s in found.items()} == {
        "said": ("Tom Guardian", "person"),
        "added": ("Tom Guardian", "person"),
        "reported": ("The Guardian", "outlet"),
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“We are ready for the season,” said the Hon. Ana Lund, Minister of Tourism.", "Ana Lund"),
        ("“The forum was useful,” said the Rt. Hon. Keith Mitchell.", "Keith Mitchell"),
        ("The budget is sound, said the Hon. Colm Baptiste, Minister of Finance.", "Colm Baptiste"),
    ],
)
def test_name_after_an_abbreviated_honorific_is_the_speaker(run, text, name):
    # the splitter may end the sentence at "Hon." and the parser take "Hon" for the subject
    assert [s["name"] for s in run(text)["sources"]] == [name]


@pytest.mark.parametrize("text", ["A talk by Dr", "Notes from the Rev"])
def test_an_honorific_at_the_end_of_the_text_is_no_crash(run, text):
    # an abbreviated honorific with no stop and nothing after it (a scraped caption)
    assert run(text)["attributions"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lt. Col. Ana Lund said the unit would leave the port on Monday.", "Ana Lund"),
        ("Reps. Ruth Achebe and Piet Kraal said they would back the levy.", "Ruth Achebe"),
    ],
)
def test_the_stop_of_an_abbreviated_title_is_no_part_of_the_name(run, text, name):
    assert cued_source(run(text), "said")["name"] == name


def test_a_county_office_before_a_name_is_a_title(run):
    text = "Napa County Supervisor Ana Pedroza said the fire was contained."
    assert cued_source(run(text), "said")["name"] == "Ana Pedroza"
