"""Reports inside a relative clause (``rules/relative.py``), on sentences written for the
purpose: the cue stands between the relative pronoun and the verb it is the subject of."""

from __future__ import annotations

import pytest

from tests.test_stance import attributions


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Traders blame the new levy, which they say drove three stalls out of the market.",
            "say",
            "they",
            "which they say drove three stalls out of the market",
        ),
        (
            "The two ferry firms, who many feel need a rescue from the state, met the board.",
            "feel",
            "many",
            "who many feel need a rescue from the state",
        ),
    ],
)
def test_a_cue_inside_a_relative_clause_reports_the_rest(run, text, cue, source, content):
    assert (cue, source, content) in [a[1:] for a in attributions(run(text))]


def test_no_relative_report_when_the_pronoun_is_the_cues_subject(run):
    # "both" floats off the pronoun: "who" is the subject of "shared" itself
    found = attributions(
        run("The two nurses, who both shared stories of long shifts, spoke first.")
    )
    assert not [a for a in found if a[3].startswith("who both")]
