"""What a source is (``sources[].role``): the office or description the article gives,
as written, without what only addresses the person or tells when and of what they spoke."""

from __future__ import annotations

import pytest

from tests.test_sources import speaker


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        (
            "Dr Amara Okafor, a member of the harbour safety panel, told reporters the "
            "dredging would have to wait.",
            "Dr Amara Okafor",
            "a member of the harbour safety panel",
        ),
        (
            "Harbour Master Dr Lena Bryce said the channel would reopen on Friday.",
            "Harbour Master Dr Lena Bryce",
            "Harbour Master",
        ),
        (
            "Deputy-Mayor Tomas Reyes said the fees would be reviewed in a year.",
            "Deputy-Mayor Tomas Reyes",
            "Deputy-Mayor",
        ),
        (
            "The RMT's Lena Bryce said the strike would end on Friday.",
            "The RMT's Lena Bryce",
            "RMT's",
        ),
    ],
)
def test_role_is_the_office_as_written(run, text, mention, role):
    assert speaker(run(text), mention=mention)["role"] == role


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            '"It was a hard winter," said Okafor of her first year at the port.',
            "Okafor",
        ),
        (
            "New figures on Thursday showed that cargo volumes had fallen for a third month.",
            "New figures",
        ),
    ],
)
def test_when_and_of_what_someone_spoke_is_no_role(run, text, mention):
    assert speaker(run(text), mention=mention)["role"] is None


def test_a_body_named_with_of_has_no_role_left(run):
    report = run("The Ministry of Transport said the ferry would run again on Monday.")
    source = speaker(report, cue="said")
    assert (source["name"], source["role"]) == ("Ministry of Transport", None)


def test_a_label_the_article_writes_in_lower_case_is_a_topic(run):
    report = run(
        "Flooding: Harbour road closed for a week\n\n"
        "Officials said the flooding had washed away part of the harbour road on Monday."
    )
    assert [a["cue"]["text"] for a in report["attributions"]] == ["said"]


@pytest.mark.parametrize(
    "headline",
    ["Mayor: Buses running again", "Okafor: We will not back down"],
)
def test_a_title_or_a_name_before_a_colon_still_speaks(run, headline):
    body = "The mayor and union leader Ada Okafor said the strike had ended on Monday night."
    report = run(f"{headline}\n\n{body}")
    assert report["attributions"][0]["cue"]["text"] == ":"
