"""Outlets typed right when a source names them indirectly, on sentences written for the
purpose: stations by their call signs, an outlet's products and staff, the paper that
ran a piece, descriptors pointing back, a headline's bare "Network", and an outlet's
finding inside someone else's words. Persons, parties and companies stay what they are."""

from __future__ import annotations

import pytest

from newsaudit.outlet_names import call_sign
from tests.reports import by_cue, cued_source


def typed(report: dict, cue: str) -> tuple[str, str]:
    entity = cued_source(report, cue)
    return entity["type"], entity["name"]


@pytest.mark.parametrize(
    ("text", "cue", "outlet"),
    [
        (
            "The ferry will resume on Monday, according to a report from WKOW.",
            "according to",
            "WKOW",
        ),
        (
            "The harbour will close for two weeks, according to a report Monday from KTLA, "
            "the CBS affiliate in Los Angeles.",
            "according to",
            "KTLA",
        ),
        ("The plan will cost $4 billion, KQED reported.", "reported", "KQED"),
        ("A WBZ-TV report said the fire started in the kitchen.", "said", "WBZ-TV"),
    ],
)
def test_a_station_is_named_by_its_call_sign(run, text, cue, outlet):
    assert typed(run(text), cue) == ("outlet", outlet)


@pytest.mark.parametrize("word", ["WHAT", "WWII", "KPMG", "WHO", "KKK", "WTO", "Kent"])
def test_words_and_bodies_shaped_like_call_signs_are_none(word):
    assert call_sign(word) is None


def test_a_body_known_by_call_sign_lookalike_initials_stays_a_body(run):
    report = run("KPMG said the audit found no errors in the accounts.")
    assert typed(report, "said")[0] == "organization"


@pytest.mark.parametrize(
    ("text", "cue", "outlet"),
    [
        (
            "An analysis by The Washington Post found that the levy would raise less.",
            "found",
            "The Washington Post",
        ),
        (
            "A March Bloomberg article said the fund had lost money for three years.",
            "said",
            "Bloomberg",
        ),
        ("A CNN poll found 48 percent of voters backed the tunnel.", "found", "CNN"),
        ("CNN reporters said the convoy had turned back at the border.", "said", "CNN"),
        (
            "A Reuters/Ipsos poll found that 41 percent of adults support the levy.",
            "found",
            "Reuters",
        ),
        ("A new CNN-ORC poll shows that most Democrats want a longer primary.", "shows", "CNN"),
        ("A USA TODAY/Suffolk survey found broad support for the plan.", "found", "USA Today"),
        (
            "A Washington Post/ABC poll showed the governor with a 12-point lead.",
            "showed",
            "The Washington Post",
        ),
        (
            # the place a paper is based in is no part of its title
            "Ruiz, according to a count from the Charleston-based Post and Courier, has "
            "the backing of six state legislators.",
            "according to",
            "The Post and Courier",
        ),
    ],
)
def test_an_outlets_product_or_staff_speaks_for_it(run, text, cue, outlet):
    assert typed(run(text), cue) == ("outlet", outlet)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The Washington Post ran a piece that noted the plan would cost more.",
            "ran a piece that noted",
        ),
        ("A story The Washington Post ran on Sunday said the mayor had resigned.", "said"),
    ],
)
def test_a_piece_speaks_for_the_paper_that_ran_it(run, text, cue):
    report = run(text)
    assert typed(report, cue) == ("outlet", "The Washington Post")
    assert by_cue(report, cue)["via"] is None


def test_a_survey_a_council_ran_is_no_outlets(run):
    report = run("The council ran a survey that found most residents opposed the plan.")
    assert typed(report, "found")[0] == "document"


@pytest.mark.parametrize(
    ("text", "cue", "outlet"),
    [
        (
            "The Guardian published the letter on Friday. The daily said the minister knew.",
            "said",
            "The Guardian",
        ),
        (
            "Sky News aired the clip on Sunday. The network said it had verified it.",
            "said",
            "Sky News",
        ),
    ],
)
def test_a_descriptor_points_back_to_the_outlet_named(run, text, cue, outlet):
    assert typed(run(text), cue) == ("outlet", outlet)


def test_a_headlines_bare_network_is_the_outlet_the_article_names(run):
    text = (
        "Network defends its anchor after outcry\n\n"
        "Fox News said on Monday that its evening anchor would stay on the air.\n"
    )
    assert typed(run(text), "defends") == ("outlet", "Fox News")


def test_a_headlines_bare_network_with_no_outlet_named_is_no_outlet(run):
    text = (
        "Network defends its plan after outcry\n\n"
        "The rail operator said on Monday that the timetable would stay.\n"
    )
    report = run(text)
    assert all(s["type"] != "outlet" for s in report["sources"])


def test_an_outlets_poll_inside_someones_words_stays_the_outlets(run):
    text = (
        "The two rivals appeared to be level in the state, with the new Quayside Courier/"
        "Bloomberg survey finding that 41 percent of voters backed each of them."
    )
    report = run(text)
    assert typed(report, "finding") == ("outlet", "Bloomberg")
    assert by_cue(report, "finding")["content"]["text"] == (
        "that 41 percent of voters backed each of them"
    )


@pytest.mark.parametrize(
    ("text", "cue", "kind"),
    [
        ("Senator Ruth Achebe told the Hollis Courier that the bill was dead.", "told", "person"),
        ("The Labour Party said the vote was rigged.", "said", "organization"),
        ("Harbourlink Ferries said fares would rise in May.", "said", "organization"),
        ("Michael Bloomberg said he would not run.", "said", "person"),
    ],
)
def test_persons_parties_and_companies_are_not_outlets(run, text, cue, kind):
    assert typed(run(text), cue)[0] == kind


def test_an_impression_inside_an_outlets_report_is_the_outlets(run):
    text = (
        "With its new port and two colleges, the town's voters seem taken with the "
        "mayor, according to the Hollis Courier."
    )
    report = run(text)
    assert [a["cue"]["text"] for a in report["attributions"]] == ["according to"]
    assert typed(report, "according to") == ("outlet", "Hollis Courier")


def test_a_poll_finding_runs_on_through_what_a_colon_spells_out(run):
    text = (
        "A new Hollis Courier poll has the mayor ahead by nine points: six in 10 voters "
        "said they back her plan for the harbour."
    )
    report = run(text)
    assert typed(report, "has") == ("outlet", "Hollis Courier")
    assert by_cue(report, "has")["content"]["text"] == (
        "the mayor ahead by nine points: six in 10 voters said they back her plan for the harbour"
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Jane Post said the plan was sound.", "person"),
        ("Ruth Herald said the plan was late.", "person"),
        ("The Hollis Courier said the plan was late.", "outlet"),
        ("WEBK-TV said the plan was late.", "outlet"),
    ],
)
def test_a_surname_shaped_like_a_paper_is_a_persons(run, text, kind):
    assert typed(run(text), "said")[0] == kind


@pytest.mark.parametrize(
    ("text", "cue", "outlet"),
    [
        (
            "The Guardian published the letter. The paper's editorial board said the plan "
            "was reckless.",
            "said",
            "The Guardian",
        ),
        (
            "The Guardian published the letter. The news organization said it would appeal.",
            "said",
            "The Guardian",
        ),
        (
            "The New York Times covered the vote. A Times/Siena poll found the mayor trailing.",
            "found",
            "The New York Times",
        ),
        ("An Economist/YouGov poll found the race tied.", "found", "The Economist"),
    ],
)
def test_an_outlet_described_or_shortened_behind_its_staff_or_poll(run, text, cue, outlet):
    assert typed(run(text), cue) == ("outlet", outlet)


def test_a_staffer_of_the_hill_is_no_outlets(run):
    # "Hill" on a person is Capitol Hill; only a poll or an article is an outlet's work
    assert typed(run("A Hill staffer said the bill was dead."), "said")[0] != "outlet"


def test_the_possessor_of_a_descriptor_needs_an_outlet_named(run):
    report = run("The network's chairman said the plans would cost more.")
    assert typed(report, "said")[0] != "outlet"


@pytest.mark.parametrize(
    ("text", "cue", "outlet"),
    [
        ("The Register reported that the vote was close.", "reported", "Register"),
        (
            "The New York Times covered it. Times reporter Tess Varga wrote that the vote "
            "was close.",
            "wrote",
            "The New York Times",
        ),
    ],
)
def test_a_paper_by_its_names_last_word_or_a_title_word_named_before(run, text, cue, outlet):
    assert typed(run(text), cue) == ("outlet", outlet)


@pytest.mark.parametrize(
    "text",
    [
        "Khizr and Ghazala Khan, the Gold Star parents who spoke, say they felt compelled.",
        "Golden Globe winner Jane Doe said the film was late.",
        "Post reporters found that the vote was close.",  # no Post named
    ],
)
def test_awards_and_unnamed_papers_are_no_outlets(run, text):
    assert all(s["type"] != "outlet" for s in run(text)["sources"])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Jim Rook, a former editor of the Daily Courier, said the paper was doomed.", "person"),
        ("Former Washington Post reporter Ana Lund said the race was close.", "person"),
        ("Ex-CNN anchor Ana Lund said the race was close.", "person"),
        ("Several former CNN producers said they had been given no say.", "anonymous"),
    ],
)
def test_someone_who_left_a_newsroom_speaks_for_themselves(run, text, kind):
    assert typed(run(text), "said")[0] == kind


def test_a_current_post_after_a_former_one_is_the_outlets(run):
    """Guard: "former" governs only the office it stands before."""
    text = "The former White House aide and current ABC News anchor Tom Reyes said it was close."
    assert typed(run(text), "said") == ("outlet", "ABC News")
