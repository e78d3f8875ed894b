"""'They' after two people named together as a subject: the pair, which no one source
stands for, not a group named before them."""

from __future__ import annotations


def source_of(report: dict, cue: str) -> tuple[str, str]:
    kinds = {s["id"]: (s["name"], s["type"]) for s in report["sources"]}
    found = [a for a in report["attributions"] if a["cue"]["text"] == cue]
    assert len(found) == 1, found
    return kinds[found[0]["source"]["id"]]


def test_they_after_two_named_people_is_not_a_group_named_before(run):
    text = (
        "Voters in the county have long backed the ferry party. "
        "Ana Lund and Tom Reyes met the harbour board on Monday. "
        "They said the levy should be scrapped."
    )
    assert source_of(run(text), "said") == ("They", "unresolved")


def test_they_after_a_group_subject_is_still_the_group(run):
    text = (
        "Officials in the port have backed the plan. "
        "Harbour workers met the board on Monday. "
        "They said the levy should be scrapped."
    )
    assert source_of(run(text), "said") == ("Harbour workers", "anonymous")
