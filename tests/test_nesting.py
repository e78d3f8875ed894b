"""Nesting and continuation: attributions inside others (`within`), quotations carried
over sentences and paragraphs to their speaker.

Every text here is written for the test; the people in it are invented.
"""

from __future__ import annotations

from tests.reports import by_cue, source_name, sources_by_id


def covering(report: dict, text: str, words: str) -> list[dict]:
    """The attributions whose content holds ``words``."""
    at = text.index(words)
    return [a for a in report["attributions"] if a["content"]["start"] <= at < a["content"]["end"]]


# ----------------------------------------------------------------------------- within


def test_an_outlets_report_keeps_the_belief_inside_it_and_the_belief_records_its_parent(run):
    report = run(
        "Politico reported on Monday that European diplomats feared the truce would collapse "
        "within days."
    )
    outer = by_cue(report, "reported")
    inner = by_cue(report, "feared")
    assert outer["within"] is None
    assert inner["within"] == outer["id"]
    assert inner["via"] == outer["source"]["id"]


def test_according_to_scopes_over_the_statement_it_closes(run):
    report = run(
        "The ministry said the border would reopen on Friday, according to the Associated Press."
    )
    said = by_cue(report, "said")
    according = by_cue(report, "according to")
    assert said["within"] == according["id"]
    assert sources_by_id(report)[said["via"]]["name"] == "Associated Press"


def test_attributions_side_by_side_are_within_nothing(run):
    report = run("Ines Marlow said the vote was rigged. Thomas Ashgrove said the count was fair.")
    assert [a["within"] for a in report["attributions"]] == [None, None]


def test_a_belief_inside_a_persons_words_is_part_of_them(run):
    # PolNeAR annotates "X said Y wants Z" as one attribution: keeping the inner belief
    # costs precision (measured on dev), so it is part of what X said
    report = run("Ines Marlow said the mayor wants the harbour sold by spring.")
    assert [a["cue"]["text"] for a in report["attributions"]] == ["said"]


# ----------------------------------------------------------------------------- quotations


def test_a_quotation_over_several_paragraphs_is_one_attribution(run):
    text = (
        "The strike entered its third week on Monday.\n"
        "“We have waited three years for a fair wage.\n"
        "“We can wait three more weeks if we must.\n"
        "“Nobody here wants this to go on,” said Mara Ellis, the union leader.\n"
        "The port authority did not respond to requests for comment.\n"
    )
    report = run(text)
    quoted = [a for a in report["attributions"] if a["cue"]["text"] == "said"]
    assert len(quoted) == 1
    assert quoted[0]["content"]["text"].startswith("“We have waited")
    assert quoted[0]["content"]["text"].endswith("go on,”")
    assert source_name(report, quoted[0]) == "Mara Ellis"
    assert not [f for f in report["flags"] if f["type"] == "orphan_quote"]


def test_a_turn_of_quote_paragraphs_after_a_quote_is_one_attribution(run):
    text = (
        "“We have waited three years for a fair wage,” said Mara Ellis, the union leader.\n"
        "“We can wait three more weeks if we must.”\n"
        "The port authority did not respond to requests for comment.\n"
    )
    report = run(text)
    [a] = covering(report, text, "We can wait")
    assert a["content"]["text"].startswith("“We have waited")
    assert a["content"]["text"].endswith("if we must.”")
    assert source_name(report, a) == "Mara Ellis"


def test_a_quote_sentence_after_the_cue_in_its_paragraph_keeps_the_speaker(run):
    text = (
        "“We are not going anywhere,” the union leader, Mara Ellis, told reporters at the "
        "gate. “We will stay until the board listens to us.”"
    )
    report = run(text)
    [a] = covering(report, text, "We will stay")
    assert source_name(report, a) == "Mara Ellis"


def test_a_floating_quote_paragraph_takes_the_speaker_of_the_turn_not_the_last_clause(run):
    text = (
        "“The offer is an insult to every worker here,” said Mara Ellis, adding that "
        "members would vote on Friday.\n"
        "“We will not be moved by threats from the board.”\n"
    )
    report = run(text)
    [a] = covering(report, text, "We will not be moved")
    assert source_name(report, a) == "Mara Ellis"
    assert a["kind"] == "direct"


def test_a_floating_quote_after_another_speakers_clause_is_not_given_to_them(run):
    text = (
        "Mara Ellis said the offer was an insult. “We will not be moved by threats,” she "
        "said. Critics say the union is being stubborn.\n"
        "“We have waited long enough for a fair deal.”\n"
    )
    report = run(text)
    at = text.index("We have waited")
    given = [
        source_name(report, a) for a in covering(report, text, "We have waited") if a["source"]
    ]
    assert "Critics" not in given
    # with no speaker it carries, the quote is flagged for an editor
    if not given:
        assert any(
            f["type"] == "orphan_quote" and f["start"] <= at < f["end"] for f in report["flags"]
        )


def test_quoted_words_before_a_sign_off_in_their_paragraph_take_its_source(run):
    text = (
        "Losing the port would “cripple” the region’s exporters. Traders would face “months "
        "of delays at every border crossing”, said the Harbour Gazette.\n"
    )
    report = run(text)
    [a] = covering(report, text, "cripple")
    assert source_name(report, a) == "Harbour Gazette"


def test_a_belief_inside_the_speakers_own_statement_is_part_of_it(run):
    report = run("Ines Marlow said on Monday that she believes the harbour will be sold.")
    assert [a["cue"]["text"] for a in report["attributions"]] == ["said"]


def test_a_phrasal_cue_and_its_verb_are_one_attribution(run):
    text = (
        "Many residents also point out that the old ferry “only ever ran at a loss” and "
        "“question why a new ferry would do any better”."
    )
    report = run(text)
    assert len(report["attributions"]) == 1
    [a] = report["attributions"]
    assert a["cue"]["text"] == "point out"
    assert "question why" in a["content"]["text"]
