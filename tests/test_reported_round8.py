"""Reported speech, round 8, on sentences written for the purpose: "as X put it" credits
the clause or quotation around it; "X put Y at AMOUNT" is X's estimate; what a source
issues speaks for it in a relative clause too ("released a video that accuses"); a name
after a title that can only describe an outlet is that outlet."""

from __future__ import annotations

import pytest

from tests.reports import by_cue, source_of
from tests.test_stance import attributions


@pytest.mark.parametrize(
    ("text", "cue", "source", "content", "kind"),
    [
        (
            "As one ferry worker put it, the timetable is a work of fiction.",
            "put it",
            "one ferry worker",
            "the timetable is a work of fiction",
            "indirect",
        ),
        (
            "The timetable is a work of fiction, as one ferry worker put it.",
            "put it",
            "one ferry worker",
            "The timetable is a work of fiction",
            "indirect",
        ),
        (
            'Or, as Tomas Reyes, a former harbour master, put it: "The boats are older '
            'than the crews."',
            "put it",
            "Tomas Reyes",
            '"The boats are older than the crews."',
            "direct",
        ),
        (
            'As the port chief, Ana Lund, puts it in a memo to staff, "Imagine a quay that works."',
            "puts it",
            "Ana Lund",
            '"Imagine a quay that works."',
            "direct",
        ),
        (
            'As Lund puts it, the board is offering crews "a deal they cannot refuse."',
            "puts it",
            "Lund",
            'the board is offering crews "a deal they cannot refuse."',
            "mixed",
        ),
    ],
)
def test_as_someone_put_it_credits_the_words_around_it(run, text, cue, source, content, kind):
    found = by_cue(run(text), cue)
    assert found["source"]["text"] == source
    assert found["content"]["text"] == content
    assert found["kind"] == kind


@pytest.mark.parametrize(
    "text",
    [
        "She put it on the shelf beside the door.",
        "As the tide came in, the crew put it back in the shed.",
    ],
)
def test_putting_a_thing_somewhere_is_no_attribution(run, text):
    assert attributions(run(text)) == []


@pytest.mark.parametrize(
    ("text", "cue", "source", "content", "category"),
    [
        (
            "The Marlow Index put his net worth at $3.2 billion.",
            "put",
            "The Marlow Index",
            "his net worth at $3.2 billion",
            "belief",
        ),
        (
            "Early estimates put the number of damaged homes at about 4,000.",
            "put",
            "Early estimates",
            "the number of damaged homes at about 4,000",
            "evidence",  # a document's estimate is evidence
        ),
        (
            "The Tilden Group pegged her fortune at $900 million, which she called an insult.",
            "pegged",
            "The Tilden Group",
            "her fortune at $900 million",
            "belief",
        ),
        (
            "Analysts at Corvin valued the ferry line at $40 million.",
            "valued",
            "Analysts",
            "the ferry line at $40 million",
            "belief",
        ),
    ],
)
def test_putting_something_at_an_amount_is_an_estimate(run, text, cue, source, content, category):
    found = by_cue(run(text), cue)
    assert (found["source"]["text"], found["content"]["text"]) == (source, content)
    assert found["category"] == category


@pytest.mark.parametrize(
    "text",
    [
        "The council put the ferry vote at the top of Monday's agenda.",
        "The council put the vote at 3 p.m. on Tuesday.",
        "Crews placed the sandbags at the harbour wall.",
    ],
)
def test_putting_something_at_a_place_or_a_time_is_no_estimate(run, text):
    assert attributions(run(text)) == []


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Senator Ines Ruiz released a video on Monday that accuses the mayor of "
            "hiding the audit.",
            "released a video on Monday that accuses",
            "Senator Ines Ruiz",
            "the mayor of hiding the audit",
        ),
        (
            "The union issued a statement that said the strike would go ahead.",
            "issued a statement that said",
            "The union",
            "the strike would go ahead",
        ),
    ],
)
def test_what_a_source_issues_speaks_for_it_in_a_relative_clause(run, text, cue, source, content):
    found = by_cue(run(text), cue)
    assert (found["source"]["text"], found["content"]["text"]) == (source, content)


def test_a_relative_clause_on_something_only_among_what_was_issued_keeps_its_own_source(run):
    # the story is one of many posted, not what the site put out as its own voice
    report = run(
        "The site posts rumours daily, including one in May that said the ferry would close."
    )
    assert not any(a["cue"]["text"].startswith("posts") for a in report["attributions"])


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Portuguese newspaper Correio da Tarde reported that the talks failed.",
            "Correio da Tarde",
        ),
        ("Local broadcaster Canal Nove reported that the talks failed.", "Canal Nove"),
        ("The Brazilian daily Folha Nova said the talks had failed.", "Folha Nova"),
    ],
)
def test_a_name_after_a_title_that_only_describes_an_outlet_is_that_outlet(run, text, outlet):
    report = run(text)
    source = source_of(report, report["attributions"][0])
    assert (source["type"], source["name"]) == ("outlet", outlet)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            # the parser ends the first clause at "pupils" and hangs "can … keep" on "said"
            "The ministry said it was satisfied pupils can safely keep going to lessons.",
            "it was satisfied pupils can safely keep going to lessons",
        ),
        (
            "The ministry said the Iranians freed by the court were close to the end of their "
            "terms.",
            "the Iranians freed by the court were close to the end of their terms",
        ),
    ],
)
def test_a_reported_clause_the_parser_splits_in_two_is_one_content(run, text, content):
    assert by_cue(run(text), "said")["content"]["text"] == content


@pytest.mark.parametrize(
    ("text", "loaded"),
    [
        ("The senator claimed that the count in Hollis was rigged.", True),
        ("The Tigers claimed the title with a late win over the Rovers.", False),
        ("The senator claimed victory in Hollis on Tuesday night.", False),
    ],
)
def test_claim_is_loaded_about_a_proposition_not_about_a_thing(run, text, loaded):
    report = run(text)
    assert by_cue(report, "claimed")  # an attribution either way
    assert any(f["type"] == "loaded_cue" for f in report["flags"]) is loaded
