"""The page's own publisher: a document it obtained speaks for itself ("records obtained
by the Gazette" on the Gazette's page), while one seen by another outlet speaks for that
outlet, and the paper's own analysis stays the paper's. Short forms of the publisher's
name ("the Sentinel") are the publisher. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from newsaudit import engine
from newsaudit.inputs import from_bytes
from newsaudit.outlet_names import OutletNames
from newsaudit.rules.base import Mention
from tests.conftest import check_report
from tests.reports import by_cue, cued_source, sources_by_id

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Bridge failed safety checks | The Millbrook Sentinel</title>
<meta property="og:site_name" content="The Millbrook Sentinel"></head>
<body><article><h1>Bridge failed safety checks</h1>
<p>According to inspection reports obtained by the Sentinel, the Alder Street bridge failed
two safety checks last year.</p>
<p>An analysis by the Sentinel found that repairs on the county's bridges have fallen behind
by four years.</p>
<p>A memo seen by Reuters says the state plans to close three bridges in the spring.</p>
<p>The county engineer, Dana Whitlock, told the Sentinel that repairs would start in May.</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def page_report(nlp):
    document = from_bytes(PAGE.encode(), "bridge.html")
    assert document.site_name == "The Millbrook Sentinel"
    return check_report(engine.audit(document, nlp=nlp).to_dict(), document.text)


def typed(report: dict, cue: str) -> tuple[str, str]:
    entity = cued_source(report, cue)
    return entity["type"], entity["name"]


def test_records_the_publisher_obtained_are_the_source(page_report):
    found = by_cue(page_report, "According to")
    assert found["source"]["text"] == "inspection reports"
    assert typed(page_report, "According to") == ("document", "inspection reports")
    assert found["via"] is None


def test_the_publishers_own_analysis_stays_its_finding(page_report):
    assert typed(page_report, "found") == ("outlet", "The Millbrook Sentinel")


def test_a_memo_seen_by_another_outlet_speaks_for_that_outlet(page_report):
    assert typed(page_report, "says") == ("outlet", "Reuters")


def test_a_short_form_of_the_publisher_is_the_publisher(page_report):
    told = by_cue(page_report, "told")
    assert sources_by_id(page_report)[told["via"]]["name"] == "The Millbrook Sentinel"


def test_without_a_publisher_the_obtaining_paper_speaks(run):
    report = run(
        "According to inspection reports obtained by the Sentinel, the bridge failed two "
        "safety checks last year."
    )
    assert typed(report, "According to") == ("outlet", "Sentinel")


@pytest.mark.parametrize(
    ("name", "own"),
    [
        ("The Millbrook Sentinel", True),
        ("Millbrook Sentinel", True),
        ("the Sentinel", True),
        ("Sentinel", True),
        ("The Harbour Sentinel", False),
        ("Reuters", False),
    ],
)
def test_names_of_the_publisher(name, own):
    names = OutletNames({}, [], publisher="The Millbrook Sentinel")
    assert names.publishes(name) is own


def test_no_publisher_publishes_nothing():
    assert not OutletNames({}, []).publishes("the Sentinel")


def test_the_gazetteer_name_of_the_publisher_is_the_publisher():
    names = OutletNames({"washington post": "The Washington Post"}, [], "Washington Post")
    assert names.publishes("The Washington Post")


def _records(affiliations: tuple[str, ...], role: str | None = None) -> Mention:
    return Mention(
        start=0,
        end=7,
        text="records",
        head="records",
        pronoun=False,
        plural=True,
        proper=False,
        label="",
        role=role,
        affiliations=affiliations,
    )


def test_obtained_only_when_named_outside_the_mention_and_its_role():
    names = OutletNames({}, [], publisher="The Millbrook Sentinel")
    assert names.obtained_by_publisher(_records(("The Sentinel", "Sentinel")))
    made = _records(("The Sentinel", "Sentinel"), role="by the Sentinel")
    assert not names.obtained_by_publisher(made)
