"""Round 26, rules: the writer's own "we" outside quotes ("we know that", "We asked our
readers") is no body or group cited before it.

Every text here is written for the test; the people and bodies in it are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import cued_source


@pytest.mark.parametrize(
    "text, cue",
    [
        (
            "Voters in Harlow told pollsters the ferry plan was too costly. "
            "Yes, we know that the council has promised a review.",
            "know",
        ),
        (
            "The Harlow Ferry Company said fares would rise in March. "
            "We asked our readers whether they would still take the ferry.",
            "asked",
        ),
        (
            "Harbour traders say the new quay is a mistake.\n\n"
            "Before we began this series, we thought the quay would win wide support.",
            "thought",
        ),
    ],
)
def test_the_writers_we_is_no_one_cited_before(run, text, cue):
    report = run(text)
    source = cued_source(report, cue)
    assert (source["name"].lower(), source["type"]) == ("we", "unresolved")
    assert [f for f in report["flags"] if f["type"] == "unresolved_source"] == []
