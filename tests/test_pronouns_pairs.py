"""'They' after two people named together as a subject: the pair, which no one source
stands for, not a group named before them."""

from __future__ import annotations

import pytest

from tests.reports import cued_source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            # two people: no one source is the pair, not the voters cited before
            "Voters in the county have long backed the ferry party. "
            "Ana Lund and Tom Reyes met the harbour board on Monday. "
            "They said the levy should be scrapped.",
            ("They", "unresolved"),
        ),
        (
            # a group subject is still the group
            "Officials in the port have backed the plan. "
            "Harbour workers met the board on Monday. "
            "They said the levy should be scrapped.",
            ("Harbour workers", "anonymous"),
        ),
    ],
)
def test_they_after_a_subject(run, text, source):
    entity = cued_source(run(text), "said")
    assert (entity["name"], entity["type"]) == source
