"""The rules behind the second round of golden known gaps, on sentences written for the
purpose: quoted names and scare quotes do not make reported speech `mixed`, list items and
schedule rows are not claims, an unnamed crowd is a vague source, and a rumoured trade of
favours is a grave flag."""

from __future__ import annotations

import pytest

from tests.test_flags import CLOSE, HEADLINE, LEAD, article, flags_on, one_flag

# ------------------------------------------------------------------ mixed needs quoted words


@pytest.mark.parametrize(
    "line",
    [
        # a scare quote of one word
        "The harbour board said the new \u201csmart\u201d gates would open in May.",
        # a name after a naming word
        'The harbour board said the dredging plan, known as "Deepwater Two," was on hold.',
        # a nickname in capitals
        "The harbour board said a broker nicknamed \u201cthe Magpie\u201d had bought the berth.",
        "The harbour board said the so-called \u201cnight shift\u201d rota had ended.",
    ],
)
def test_a_quoted_name_or_scare_quote_leaves_reported_speech_indirect(run, line):
    text = article(line)
    start = text.index(line)
    kinds = [
        a["kind"]
        for a in run(text)["attributions"]
        if a["cue"]["text"] == "said" and start <= a["cue"]["start"] < start + len(line)
    ]
    assert kinds == ["indirect"]


@pytest.mark.parametrize(
    "line",
    [
        'The harbour master said the crews had "cut every corner" that winter.',
        'The harbour master admitted that the gates were "not ready."',
    ],
)
def test_quoted_words_of_the_speaker_make_reported_speech_mixed(run, line):
    text = article(line)
    cue = "said" if "said" in line else "admitted"
    start = text.index(line)
    kinds = [
        a["kind"]
        for a in run(text)["attributions"]
        if a["cue"]["text"] == cue and start <= a["cue"]["start"] < start + len(line)
    ]
    assert kinds == ["mixed"]


# ------------------------------------------------------------- lines that assert nothing


def test_schedule_rows_are_not_unattributed_claims(run):
    rows = [
        "- North quay ferry: last sailing of the season is on October 12",
        "- South quay ferry: moved to a winter timetable of two crossings",
    ]
    text = article(*rows)
    report = run(text)
    for row in rows:
        assert not flags_on(report, text, row[2:], "unattributed_claim")


def test_a_lead_in_to_a_list_is_not_an_unattributed_claim(run):
    line = "Here are the five crossings that will be cut from the winter timetable:"
    text = article(line, "- the early crossing to Marrow Point")
    assert not flags_on(run(text), text, line, "unattributed_claim")


def test_the_same_row_as_a_sentence_is_still_a_claim(run):
    line = "The last sailing of the north quay ferry this season is on October 12."
    text = article(line)
    one_flag(run(text), text, line, "unattributed_claim")


# ------------------------------------------------------------------------ crowd sources


@pytest.mark.parametrize("crowd", ["Residents", "Parents"])
def test_an_unnamed_crowd_is_a_vague_source(run, crowd):
    line = f"{crowd} said the new timetable had left them stranded at the quay."
    text = article(line)
    flag = one_flag(run(text), text, crowd, "vague_source")
    assert flag["severity"] == "low"
    assert not flags_on(run(text), text, crowd, "anonymous_source")


def test_unnamed_officials_stay_an_anonymous_source(run):
    line = "Officials said the new timetable would be reviewed in the spring."
    text = article(line)
    one_flag(run(text), text, "Officials", "anonymous_source")


# ------------------------------------------------------------------ rumoured trades


@pytest.mark.parametrize(
    "line",
    [
        "Kessler is said to have promised the harbour ward a new slipway in exchange for "
        "its support.",
        "The contractor is reported to have paid for the trip in return for the licence.",
    ],
)
def test_a_rumoured_trade_of_favours_is_high(run, line):
    text = article(line)
    hearsay = flags_on(run(text), text, line, "vague_source")
    assert [f["severity"] for f in hearsay] == ["high"]


def test_other_sourceless_hearsay_stays_medium(run):
    line = "Kessler is said to have promised the harbour ward a new slipway next year."
    text = article(line)
    hearsay = flags_on(run(text), text, line, "vague_source")
    assert [f["severity"] for f in hearsay] == ["medium"]


# ------------------------------------------------------------------ interview answers


def test_an_interviewees_answer_is_not_an_unattributed_claim(run):
    answer = "A: The crossings lost money every winter. We cut two of them in January."
    after = "The harbour office had warned the council about the losses in the autumn."
    text = article("Q: Why were the winter crossings cut?", answer, after)
    report = run(text)
    for part in ("The crossings lost money", "We cut two", "The harbour office had warned"):
        assert not flags_on(report, text, part, "unattributed_claim")


def test_the_same_words_outside_a_transcript_are_flagged(run):
    line = "The crossings lost money every winter, and two of them were cut in January."
    text = article(line)
    one_flag(run(text), text, line, "unattributed_claim")


@pytest.mark.parametrize("signature", ["@quaysidereader.", "\u2014 Ines Marlow, a ferry captain"])
def test_a_comment_signed_on_the_next_line_is_not_an_unattributed_claim(run, signature):
    comment = "The crossings lost money every winter, and the council did nothing about it."
    text = article(comment, signature)
    assert not flags_on(run(text), text, comment, "unattributed_claim")


def test_a_paragraph_before_an_ordinary_sentence_is_still_flagged(run):
    line = "The company has cut the wages of its night crews twice since 2021."
    text = article(line, "\u2014 The ferry was cancelled twice last week because of storms.")
    one_flag(run(text), text, line, "unattributed_claim")


# ------------------------------------------------------------------ parser slips


def test_a_closing_sign_off_with_a_plural_subject_is_a_source(run):
    # the parser reads "records show" as a compound noun, not a subject and its verb
    line = "The ferry lost money in each of the last four winters, harbour records show."
    text = article(line)
    assert not flags_on(run(text), text, line, "unattributed_claim")


def test_a_closing_noun_phrase_is_no_sign_off(run):
    line = "The harbour board has delayed the vote twice since 2021, a familiar show."
    text = article(line)
    one_flag(run(text), text, line, "unattributed_claim")


# ------------------------------------------------------------------ dateline places


def test_the_county_after_a_capitals_dateline_is_that_county(run):
    text = (
        "Ferry subsidy cut\n"
        "MARROW COUNTY \u2014 Two of the island's three ferry routes will lose their subsidy "
        "in July. The county says the cut will save $1.1 million a year.\n"
    )
    report = run(text)
    sources = {s["id"]: s for s in report["sources"]}
    said = [a for a in report["attributions"] if a["cue"]["text"] == "says"]
    assert [
        (sources[a["source"]["id"]]["name"], sources[a["source"]["id"]]["type"]) for a in said
    ] == [("Marrow County", "organization")]
    assert not [f for f in report["flags"] if f["type"] == "unresolved_source"]


# ------------------------------------------------------------------ on the scene


SCENE = "Hundreds of commuters waited outside the ferry terminal for most of the morning."
DATELINE = "MARROW, Lakeshore (AP) \u2014 "


def test_the_sentence_after_a_dateline_is_what_the_reporter_saw(run):
    text = "\n".join([HEADLINE, LEAD, DATELINE + SCENE, CLOSE]) + "\n"
    assert one_flag(run(text), text, SCENE, "unattributed_claim")["severity"] == "info"


def test_the_same_sentence_with_no_dateline_stays_low(run):
    text = article(SCENE)
    assert one_flag(run(text), text, SCENE, "unattributed_claim")["severity"] == "low"


def test_a_figure_after_a_dateline_keeps_its_severity(run):
    line = "The ferry carried 410,000 passengers a year before the subsidy was cut."
    text = "\n".join([HEADLINE, LEAD, DATELINE + line, CLOSE]) + "\n"
    assert one_flag(run(text), text, line, "unattributed_claim")["severity"] == "medium"
