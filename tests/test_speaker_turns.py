"""A quote that goes on after a question put to its speaker in their sentence ('"A,"
Lyle said when asked about the fees. "B."'): the quote after it is still the speaker's,
and the question stays an attribution of its own. Other asides ("referring to …") are a
known gap.

Every text here is written for the test; the people in it are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import by_cue, source_name

LEAD = "Harbour fees will double in March.\n\n"


def _covering(report: dict, words: str) -> dict:
    """The one attribution whose content holds ``words``."""
    found = [a for a in report["attributions"] if words in a["content"]["text"]]
    assert len(found) == 1, [a["content"]["text"] for a in report["attributions"]]
    return found[0]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We cannot carry that cost," Debra Lyle said when asked about the fees. '
            '"Half the fleet will stay in port."',
            "Debra Lyle",
        ),
        # the next paragraph, after a question put to her
        (
            '"We cannot carry that cost," Debra Lyle said when asked about the fees.\n\n'
            '"Half the fleet will stay in port."',
            "Debra Lyle",
        ),
        pytest.param(
            '"The quota is already too small," Marcus Obi said, referring to the catch '
            'limits set in June. "Half the fleet will stay in port."',
            "Marcus Obi",
            marks=pytest.mark.xfail(
                reason="a stance aside ('referring to …') is not skipped: on PolNeAR dev it "
                "cost one match where the quotes are annotated apart (study: 44 orphan "
                "quotes fewer, content F1 -0.0002)",
                strict=True,
            ),
        ),
    ],
)
def test_a_quote_after_an_aside_is_the_speakers(run, text, speaker):
    report = run(LEAD + text)
    found = _covering(report, "Half the fleet will stay in port.")
    assert source_name(report, found) == speaker
    assert found["cue"]["text"] == "said"
    assert not [f for f in report["flags"] if f["type"] == "orphan_quote"]


@pytest.mark.parametrize(
    ("text", "aside", "content"),
    [
        (
            '"We cannot carry that cost," Debra Lyle said when asked about the fees. '
            '"Half the fleet will stay in port."',
            "asked",
            "the fees",
        ),
        pytest.param(
            '"The quota is already too small," Marcus Obi said, referring to the catch '
            'limits set in June. "Half the fleet will stay in port."',
            "referring",
            "the catch limits",
            marks=pytest.mark.xfail(
                reason="a stance aside ('referring to …') is not skipped: on PolNeAR dev it "
                "cost one match where the quotes are annotated apart (study: 44 orphan "
                "quotes fewer, content F1 -0.0002)",
                strict=True,
            ),
        ),
    ],
)
def test_the_aside_between_the_quotes_stays_its_own_attribution(run, text, aside, content):
    """The quotes merge into one attribution that spans the aside; the aside is not part
    of the speaker's words, so it is neither dropped nor nested in them."""
    report = run(LEAD + text)
    merged = by_cue(report, "said")
    assert merged["content"]["text"].endswith('"Half the fleet will stay in port."')
    found = by_cue(report, aside)
    assert found["content"]["text"] == content
    assert found["within"] is None


def test_a_passive_about_something_else_after_a_quote_is_no_cue(run):
    """'"…" Imports fell once VAT was added.': "was added" says what was done to VAT, so
    the quote paragraph goes on with the speaker of the paragraph before."""
    text = (
        "Finance Minister Ana Lund said the government would avoid a devaluation. She "
        "added, “A devaluation would raise costs.”\n\n“What we would like to do is target "
        "the less productive sectors.” Imports fell once VAT was added."
    )
    report = run(text)
    found = _covering(report, "less productive sectors")
    assert found["source"] is not None
    assert source_name(report, found) == "Ana Lund"


def test_the_one_addressed_before_a_colon_is_not_the_speaker(run):
    """After a parenthesis the parser may take the addressee for a second subject."""
    text = (
        "The letter – a shortened version of which is printed below – warns Mr Okafor: "
        "'If we don't get this right, the harbour will close.'"
    )
    assert by_cue(run(text), "warns")["source"]["text"] == "The letter"


def test_quote_after_the_last_speakers_sentence_is_theirs_though_others_spoke_before(run):
    # others spoke earlier in the paragraph; the sentence just before has one speaker
    text = (
        "When trustee Ana Ruiz asked how buses would cross the junctions, Tom Brandt "
        "explained that they would not stop. In the evening the order would reverse, "
        "Mr. Brandt said. \u201cThe service follows the rush hour.\u201d"
    )
    report = run(text)
    quoted = _covering(report, "The service follows the rush hour.")
    assert source_name(report, quoted) == "Tom Brandt"
    assert "orphan_quote" not in [f["type"] for f in report["flags"]]


def test_a_quote_running_over_paragraphs_after_a_reported_clause_is_its_speakers(run):
    """'Mayor X said crews would …' / '"I am asking people …' / '"This is a dispute …"':
    a quotation that runs on over paragraphs (no closing mark until its last paragraph)
    after a paragraph given to one speaker's reported words is that speaker's, as a
    closed quote paragraph is."""
    report = run(
        LEAD + "Mayor Odile Fréchette said city crews would clear the main roads first.\n\n"
        "\u201cI am asking people to be patient and to check on their neighbours.\n\n"
        "\u201cThis is a dispute between two companies. The city is not a party to it.\u201d"
    )
    assert source_name(report, _covering(report, "asking people to be patient")) == (
        "Odile Fréchette"
    )
    assert source_name(report, _covering(report, "a dispute between")) == "Odile Fréchette"
