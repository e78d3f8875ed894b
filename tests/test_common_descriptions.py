"""What news calls someone by age or loss after naming them ("the teenager", "the
widow") refers back, as "the businessman" does (``lexicon.DESCRIPTION_NOUNS``): to the
one introduced so, else to the one named before.

Every text here is written for the test; the people are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import cued_source, in_brief


@pytest.mark.parametrize(
    "text",
    [
        "Tomasz Nowak, a teenager from Gdansk, finished third in the harbour race. "
        "The teenager said the course had been brutal.",
        "Tomasz Nowak, 17, finished third in the harbour race. The youngster said the "
        "course had been brutal.",
    ],
)
def test_the_teenager_is_the_one_named_before(run, text):
    assert cued_source(run(in_brief(text)), "said")["name"] == "Tomasz Nowak"
