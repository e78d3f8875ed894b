"""A short sentence of someone and a cue with nothing said after it introduces the
quotation that opens the next sentence (``rules/labels.find_sentence_lead``): "Harbour
master Dan Okoro disagreed. 'The north pier silts up every winter.'" is his, as it would
be after a colon. A sentence of an act, or of a state, introduces nothing.

Every text here is written for the test; the people are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import in_brief, source_name

TEXT = (
    "The council wants the ferry moved to the north pier. Harbour master Dan Okoro {}. "
    '"The north pier silts up every winter."'
)


@pytest.mark.parametrize("verb", ["disagreed", "objected", "replied", "hit back"])
def test_a_cue_with_nothing_said_introduces_the_next_quotation(run, verb):
    report = run(in_brief(TEXT.format(verb)))
    found = [a for a in report["attributions"] if a["cue"]["text"] == verb]
    assert [a["content"]["text"] for a in found] == ['"The north pier silts up every winter."']
    assert source_name(report, found[0]) == "Dan Okoro"
    assert "orphan_quote" not in [f["type"] for f in report["flags"]]


@pytest.mark.parametrize("verb", ["left the room", "was tired"])
def test_a_sentence_of_an_act_or_a_state_introduces_nothing(run, verb):
    """Guard: no cue, no speaker; the quotation stays an orphan."""
    report = run(in_brief(TEXT.format(verb)))
    assert "orphan_quote" in [f["type"] for f in report["flags"]]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ('"Like the harbour. Or the pier," Okoro said. "The numbers are worse."', "said", "Okoro"),
        (
            'Okoro wasn\'t backing down. "Our crews support this plan," he told staff.',
            "told",
            None,  # a surname alone, untagged: "he" is left unresolved either way
        ),
        ('Okoro did not reply. "He never does," his deputy said later.', "said", "deputy"),
    ],
)
def test_a_sentence_with_its_own_words_or_none_given_introduces_nothing(run, text, cue, speaker):
    """Guard: a cue with a quotation of its own, a negated cue and a verb with a particle
    no cue has ("backing down") leave the next quotation to its own cue."""
    report = run(in_brief(text))
    assert [a["cue"]["text"] for a in report["attributions"]] == [cue]
    if speaker is not None:
        assert source_name(report, report["attributions"][0]).endswith(speaker)
