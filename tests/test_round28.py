"""Round 28: a bare-form cue verb the tagger reads as a noun, a clause the parser takes
for the subject of the verb after it, and the sources an editor reads in the list.

"Leaked files from his return show he lost money": after a plural subject the tagger may
tag "show" a singular noun, yet the parser gives it the subject and the reported clause.
"In the scandal, people were charged fees, saw their ratings fall": the parser may make
the opening clause the subject of "saw"; no source is a clause.

Sources an editor reads in the list: "42% of voters" and "the vast majority of
Americans" are counts of unnamed people, each its own source ("42" and "majority" had
been left unresolved); a word an outlet goes by that is the surname of the story's
subject ("an adviser to Bloomberg" in a story on a Bloomberg named in full) is that
person, not the outlet; the "you" a text addresses is no unresolved source; "a research
paper" is a document. A headline's passive ("Ana Lund accused of …") names no accuser.

Every text here is written for the test; the people and bodies in it are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import by_cue, source_of
from tests.test_stance import attributions


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Leaked documents from his tax return show he took a massive loss.",
            "Leaked documents",
            "he took a massive loss",
        ),
    ],
)
def test_a_bare_cue_tagged_a_noun_is_still_the_verb(run, text, source, content):
    found = by_cue(run(text), "show")
    assert (found["source"]["text"], found["content"]["text"]) == (source, content)
    assert found["category"] == "evidence"


def test_a_noun_with_no_subject_of_its_own_is_no_cue(run):
    """Guard: "show" with no subject before it stays a noun ("the show")."""
    text = "After the show the crowd went home and the streets were quiet again."
    assert attributions(run(text)) == []


def test_a_clause_read_as_a_subject_is_no_source(run):
    text = (
        "In the Harbour Bank scandal, people were mistakenly charged fees, saw their credit "
        "ratings fall and got cards in the mail they never asked for."
    )
    assert attributions(run(text)) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a relative clause on the subject holds its own finite verb
        (
            "One official familiar with the talks, who asked not to be named, said the deal "
            "was close.",
            "One official familiar with the talks, who asked not to be named",
        ),
        # a participle the tagger reads as a past tense still modifies the noun
        (
            'Okafor "is the only candidate that has the temperament to keep us safe and our '
            'alliances strong," retired Air Force general Ilkka Lund said.',
            "retired Air Force general Ilkka Lund",
        ),
    ],
)
def test_a_subject_holding_a_clause_of_its_own_is_kept(run, text, source):
    """Guard: verbs in a relative clause or a mistagged participle keep the source."""
    assert by_cue(run(text), "said")["source"]["text"] == source


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "In Ohio, 42% of voters say they do not know enough about the senator.",
            "42% of voters",
            "42% of voters",
        ),
        (
            "The vast majority of Americans say they prefer lower prices.",
            "The vast majority of Americans",
            "vast majority of Americans",
        ),
        (
            "The proportion of primary voters saying they want a ban rose to 60 percent.",
            "The proportion of primary voters",
            "proportion of primary voters",
        ),
    ],
)
def test_a_share_of_people_is_an_unnamed_source_of_its_own(run, text, mention, name):
    report = run(text)
    found = report["attributions"][0]
    assert found["source"]["text"] == mention
    assert (source_of(report, found)["type"], source_of(report, found)["name"]) == (
        "anonymous",
        name,
    )


def test_two_shares_of_two_groups_are_two_sources(run):
    report = run(
        "A poll by the Harbor Institute asked voters about the port. 42% of Democrats say it "
        "should stay public. 42% of Republicans say it should be sold."
    )
    names = [s["name"] for s in report["sources"] if s["type"] == "anonymous"]
    assert names == ["42% of Democrats", "42% of Republicans"]


def test_a_share_flags_the_count_when_no_poll_is_named(run):
    report = run(
        "The port may close next year. The vast majority of dockers say the plan is unfair."
    )
    assert [f["reason"][:20] for f in report["flags"] if f["type"] == "vague_source"] == [
        "A count of people wi"
    ]


def test_a_legislature_majority_is_still_a_body(run):
    """Guard: "the Republican majority" with no "of" phrase counts nobody."""
    report = run("The Republican majority said the bill would pass.")
    assert source_of(report, report["attributions"][0])["type"] == "organization"


def test_an_outlets_word_that_is_the_subjects_surname_is_the_subject(run):
    text = (
        "The billionaire Daniel R. Bloomberg has spent heavily on the campaign.\n\n"
        '"He has been hit before," said Ada Okafor, who was an adviser to Bloomberg.\n\n'
        "Bloomberg said the critics were wrong."
    )
    report = run(text)
    people = {s["name"] for s in report["sources"] if s["type"] == "person"}
    assert people == {"Daniel R. Bloomberg", "Ada Okafor"}
    assert not [s for s in report["sources"] if s["type"] == "outlet"]


def test_an_outlet_with_no_namesake_in_the_story_stays_an_outlet(run):
    """Guard: with no Bloomberg named in full, the word is the news agency."""
    text = '"He has been hit before," said Ada Okafor, a reporter for Bloomberg.'
    report = run(text)
    assert source_of(report, by_cue(report, "said"))["type"] == "outlet"


@pytest.mark.parametrize(
    "text",
    [
        "If you want to understand the ferry vote, you should know the harbour is losing money.",
        "Walk along the quay at dawn and you will see that the boats no longer go out.",
    ],
)
def test_the_you_a_text_addresses_is_no_unresolved_source(run, text):
    """The reader (or a question's listener) is nobody an editor can trace."""
    report = run(text)
    assert [f for f in report["flags"] if f["type"] == "unresolved_source"] == []


@pytest.mark.parametrize(
    "text",
    [
        "A new research paper found that the ferry subsidy had little effect.",
        "A discussion paper from the ministry argued that fares should rise.",
        "A recent blog post argued that the outage was avoidable.",
    ],
)
def test_a_kind_of_document_named_by_two_words_is_a_document(run, text):
    """ "paper" and "post" alone are more often a newspaper or a job; "a research paper",
    "a discussion paper", "a blog post" are documents, each an unidentified one."""
    report = run(text)
    assert source_of(report, report["attributions"][0])["type"] == "document"
    assert [f["reason"][-33:] for f in report["flags"] if f["type"] == "vague_source"] == [
        "is not identified: whose, and where published?"[-33:]
    ]


def test_the_paper_alone_is_still_no_document(run):
    """Guard: "the paper" with no kind named may be a newspaper."""
    report = run("The paper said the mayor had resigned.")
    assert source_of(report, report["attributions"][0])["type"] != "document"


def test_a_headline_passive_names_no_accuser(run):
    """ "Ana Lund accused of …": the headline drops the "is" of a passive; she is the
    accused, and who accused her is not named there."""
    text = (
        "Ana Lund accused of timing retirement to help a friend\n\n"
        "The senator announced on Monday that she would retire."
    )
    found = by_cue(run(text), "accused")
    assert found["source"] is None
    # as any heading, it yields no flag: the story under it names the accusers
    assert [f["text"] for f in run(text)["flags"] if f["type"] == "vague_source"] == []


def test_an_active_headline_keeps_its_speaker(run):
    """Guard: "Ana Lund accused the board of …" is her accusation."""
    text = "Ana Lund accused the board of hiding losses\n\nThe senator spoke on Monday."
    assert by_cue(run(text), "accused")["source"]["text"] == "Ana Lund"
