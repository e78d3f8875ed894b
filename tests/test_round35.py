"""Flags of round 35, each on sentences written for the test.

- An act in office is a matter of public record, which wire style states without a
  source: a court's verdict or sentence, a legislature's law, a government's sanctions
  or curfew (``rules/record``). Not any act of anyone ("the troops entered the city",
  "the workers lifted the crates"), and not when the sentence also makes a claim an
  editor must check (a figure, a cause, a judgement).

The people and bodies are invented.
"""

from __future__ import annotations

import pytest

from tests.test_flags import line_flags


@pytest.mark.parametrize(
    "line",
    [
        "A jury at the county court convicted Darnell Pike of manslaughter on Tuesday.",
        "In 2019, the Republican-controlled legislature repealed the law.",
        "The Security Council has imposed sanctions on the group's leaders, freezing their assets.",
        "Late on Sunday, the city lifted the midnight curfew it put in place on Thursday.",
        "The ministry has put in place restrictions on foreign ownership of the broadcasters.",
        "The state assembly ratified the border treaty on Monday morning in the capital.",
        "Judge Amara Eze sentenced Pike to six years in prison at the same hearing.",
    ],
)
def test_an_act_in_office_needs_no_source(run, line):
    assert line_flags(run, line, "unattributed_claim") == []


@pytest.mark.parametrize(
    "line",
    [
        "Government troops on Friday entered the port city after a long siege.",
        "The workers lifted the heavy crates onto the lorry before noon on Friday.",
        "The dockers passed the heavy crates along the quay before noon on Friday.",
        "The minister privately urged the council to lift the curfew before the match.",
    ],
)
def test_other_acts_are_still_flagged(run, line):
    """Guard: only an act in office is on the record; a private act never is."""
    assert len(line_flags(run, line, "unattributed_claim")) == 1


def test_a_fine_with_its_figure_is_still_flagged(run):
    """Guard: the record backs the act, not the figure the writer gives for it."""
    line = "The regulator fined the bank $185 million for overcharging its customers."
    assert len(line_flags(run, line, "unattributed_claim")) == 1
