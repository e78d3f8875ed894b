"""Bodies named by what they are (``bodies.py``): a name set off by a description of its
kind ("Harbour Health, the provincial health authority,") is the body a later "the
authority" means, though its name does not say so; a spokesperson "for the company"
speaks for the company "the company" would stand for.

Every text here is written for the test; the bodies and people are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import cued_source, in_brief


def test_a_name_set_off_by_its_kind_is_what_the_kind_means_later(run):
    report = run(
        in_brief(
            "Patients waited up to nine hours at Harbour Health, the provincial health "
            "authority, last week. The authority said a new ward would open in May."
        )
    )
    assert cued_source(report, "said")["name"] == "Harbour Health"


def test_a_spokesperson_for_the_company_speaks_for_the_company_named(run):
    report = run(
        in_brief(
            "Glenmore Ferries raised fares by 12 per cent on Monday. A spokeswoman for the "
            "company said fuel costs had doubled."
        )
    )
    found = cued_source(report, "said")
    assert (found["type"], found["name"]) == ("organization", "Glenmore Ferries")


@pytest.mark.parametrize(
    "text",
    [
        "Passengers waited for hours at Harbour Link, the island ferry operator, last week. "
        "The authority said a new pier would open in May.",
        "Glenmore Ferries raised fares by 12 per cent on Monday. The union said fuel costs "
        "were no excuse.",
    ],
)
def test_a_body_of_another_kind_is_not_meant(run, text):
    """Guard: an operator is no authority, and a company no union."""
    assert cued_source(run(in_brief(text)), "said")["name"] not in (
        "Harbour Link",
        "Glenmore Ferries",
    )
