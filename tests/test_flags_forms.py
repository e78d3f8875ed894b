"""Sentences whose form, not their verb, says they are no unsourced claim: items of a list
set as sentences with no verb of their own, a sign-off glued by a no-break space, a quote
glued to its cue's comma, a block after a lead-in that holds cues of its own, a speaker
glued to their verb after a quote (``rules/fragments.py``, ``rules/claims.py``,
``quotes.py``, ``engine.py``, ``rules/direct.py``).

Each removed flag is paired with a sentence of the same look that asserts something on
the writer's word and keeps its flag.
"""

from __future__ import annotations

import pytest

from newsaudit.quotes import find_quotes
from tests.test_flags import article, flags_on, one_flag

LIST_OF_ACHIEVEMENTS = (
    "The mayor ran on her record. Rebuilding the flood wall along the river. "
    "Extending the tram line out to the airport. Her long campaign for free school meals."
)


@pytest.mark.parametrize(
    "item",
    [
        "Rebuilding the flood wall along the river.",
        "Extending the tram line out to the airport.",
        "Her long campaign for free school meals.",
    ],
)
def test_items_of_a_list_run_as_sentences_are_not_claims(run, item):
    text = article(LIST_OF_ACHIEVEMENTS)
    assert flags_on(run(text), text, item, "unattributed_claim") == []


@pytest.mark.parametrize(
    "line",
    [
        # a gerund phrase, with a relative clause narrowing its object
        "Widening the bridge that carries the coast road into the old town.",
        # a name and an affiliation signing the paragraph above
        "Grace Mwangi, senior researcher at the Centre for Coastal Transport Studies.",
    ],
)
def test_a_verbless_paragraph_is_not_a_claim(run, line):
    text = article(line)
    report = run(text)
    assert flags_on(report, text, line, "unattributed_claim") == []


def test_list_items_leave_the_claim_count(run):
    with_list = run(article(LIST_OF_ACHIEVEMENTS))
    without = run(article("The mayor ran on her record."))
    assert with_list["summary"]["claim_sentences"] == without["summary"]["claim_sentences"]


@pytest.mark.parametrize(
    "line",
    [
        # a verbless sentence among clauses: more likely a verb the tagger missed
        "The ferry sails at noon. Another long delay for the night crews. The pier is shut.",
        # clauses in a paragraph of their own, one verb tagged like a noun after a name
        "Okafor chairs the finance committee of the harbour board.",
        "Wekesa's union represents most of the crane drivers at the container terminal.",
    ],
)
def test_clauses_keep_their_flags(run, line):
    text = article(line)
    assert flags_on(run(text), text, line, "unattributed_claim") != []


def test_a_sign_off_after_a_no_break_space_sources_the_sentence(run):
    line = "The ferry left the harbour at noon with ninety aboard,\u00a0the Courier\u00a0reports."
    text = article(line)
    assert flags_on(run(text), text, line, "unattributed_claim") == []
    other = "The ferry left the harbour at noon with ninety people aboard,\u00a0all of them locals."
    text = article(other)
    one_flag(run(text), text, other, "unattributed_claim")


def test_an_opening_mark_glued_to_a_comma_opens_a_quote():
    text = "Ryan said,\u201cThe fares went up three times this year.\u201d"
    (quote,) = find_quotes(text, [(0, len(text))])
    assert text[quote.start : quote.end].startswith("\u201cThe fares")
    assert quote.closed


@pytest.mark.parametrize("mark", ["\u201c", '"'])
def test_a_quote_glued_to_its_cue_is_attributed(run, mark):
    close = "\u201d" if mark == "\u201c" else mark
    line = f"Ryan said,{mark}The fares went up three times this year and nobody can pay.{close}"
    text = article(line)
    report = run(text)
    assert [a["cue"]["text"] for a in report["attributions"] if a["line"] == 3] == ["said"]


@pytest.mark.parametrize(
    ("lead", "cue", "block"),
    [
        (
            "He wrote about the meeting on his blog, observing of the mayor:",
            "observing",
            "Whatever she does she does to win. She thinks losing is a waste of a good fight.",
        ),
        (
            "The Courier reports:",
            "reports",
            "The council moved the money twice in March, and auditors believe it was an "
            "attempt to hide the deficit from the finance committee.",
        ),
    ],
)
def test_a_block_after_a_lead_in_is_the_speakers_even_with_cues_of_its_own(run, lead, cue, block):
    text = f"Ferry fares rise\n\nThe fares rose again on Monday. {lead}\n\n{block}\n"
    report = run(text)
    outer = [a for a in report["attributions"] if a["cue"]["text"] == cue]
    assert [a["content"]["text"] for a in outer] == [block[:-1]]
    assert flags_on(report, text, block, "unattributed_claim") == []


@pytest.mark.parametrize(
    "line",
    [
        "\u201cThe crews are tired and the boats are old,\u201d Viguerie notes.",
        '"Look at the statement the ferry company put out after the storm," Conway notes.',
    ],
)
def test_a_name_glued_to_its_verb_after_a_quote_is_the_speaker(run, line):
    text = article(line)
    report = run(text)
    speaker = line.split()[-2]
    found = [(a["cue"]["text"], a["source"]["text"]) for a in report["attributions"]]
    assert ("notes", speaker) in found
    assert flags_on(report, text, line, "orphan_quote") == []


def test_a_quote_closed_on_a_comma_before_a_plain_noun_phrase_is_no_speech(run):
    line = "\u201cThe crews are tired and the boats are old,\u201d Okafor chairs."
    text = article(line)
    found = [a["cue"]["text"] for a in run(text)["attributions"]]
    assert "chairs" not in found
