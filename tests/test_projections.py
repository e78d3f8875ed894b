"""Projections are predictions: "The fund projected that growth would slow" reports the
fund's forecast (PolNeAR's study split annotates "projected", "projects", "had projected"
a dozen times), and an agentless "had been projected to bring in $2 billion" passes on a
figure with no one behind it, as "is estimated" does.

Every text here is written for the test; the bodies in it are invented.
"""

from __future__ import annotations

from tests.reports import by_cue, source_name


def test_a_projection_with_a_clause_is_a_statement(run):
    report = run("The Harbour Fund projected that growth would slow to 2 percent next year.")
    found = by_cue(report, "projected")
    assert (found["category"], found["content"]["text"]) == (
        "statement",
        "that growth would slow to 2 percent next year",
    )
    assert source_name(report, found) == "Harbour Fund"


def test_projecting_a_thing_is_no_attribution(run):
    """Guard: the cue takes a clause only, never a thing projected."""
    report = run("The museum projected the old films onto the harbour wall.")
    assert report["attributions"] == []


def test_an_agentless_projection_of_a_figure_is_hearsay(run):
    report = run("The new drug had been projected to bring in $2 billion a year by 2030.")
    flags = [(f["type"], f["severity"], f["text"]) for f in report["flags"]]
    assert ("vague_source", "medium", "projected") in flags
