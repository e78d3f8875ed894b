"""Reported speech on the core verbs, round 7, on sentences written for the purpose: a
reported clause whose verb the tagger misreads (an adverb, a noun) is still the content
of the cue it hangs on as a clausal complement."""

from __future__ import annotations

import pytest

from tests.test_stance import attributions


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            # "back" tagged an adverb: the clause has its subject and auxiliary
            "She said he’ll gladly back Ruiz in the runoff.",
            "She",
            "he’ll gladly back Ruiz in the runoff",
        ),
        (
            "Ortiz said he’ll still back Navarro because she’s the nominee.",
            "Ortiz",
            "he’ll still back Navarro because she’s the nominee",
        ),
        (
            # "heightens" tagged a noun: the clause keeps its "that" and its subject
            "Hale said Thursday that the decision heightens the risk of flooding downstream.",
            "Hale",
            "that the decision heightens the risk of flooding downstream",
        ),
    ],
)
def test_a_reported_clause_with_a_mistagged_verb(run, text, source, content):
    assert attributions(run(text)) == [("statement", "said", source, content)]
