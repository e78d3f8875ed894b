"""Acts, stances and the non-clausal forms of attribution, on sentences written for the
purpose: what a verb does to a thing is no attribution; a stance toward it is one, of
category ``stance``."""

from __future__ import annotations

import pytest


def attributions(report: dict) -> list[tuple[str, str, str | None, str]]:
    """(category, cue, source mention, content) of every attribution, in text order."""
    return [
        (
            a["category"],
            a["cue"]["text"],
            a["source"]["text"] if a["source"] else None,
            a["content"]["text"],
        )
        for a in report["attributions"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The dockers' union, which called the strike, met again on Monday.",
        "The port authority offered a 9% raise to the crane operators.",
        "Police questioned two men after the warehouse fire.",
        "Members of the branch voted to reject the deal on Sunday night.",
        "The retired harbour pilot published a book about the estuary last year.",
    ],
)
def test_acts_are_not_attributions(run, text):
    assert attributions(run(text)) == []


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The finance minister warned of a recession that could last two years.",
            "warned",
            "The finance minister",
            "a recession",
        ),
        (
            "Councillor Obi denied the allegations on Tuesday.",
            "denied",
            "Councillor Obi",
            "the allegations",
        ),
        ("Senator Marlow opposed the bill.", "opposed", "Senator Marlow", "the bill"),
    ],
)
def test_stance_toward_a_thing(run, text, cue, source, content):
    assert attributions(run(text)) == [("stance", cue, source, content)]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The governor urged lawmakers to act before the deadline.",
            "urged",
            "The governor",
            "lawmakers to act before the deadline",
        ),
        (
            "The union called on the government to reopen talks.",
            "called on",
            "The union",
            "the government to reopen talks",
        ),
        # "for" read as the marker of a clause of purpose: the same directive
        (
            "The union called for the government to reopen talks.",
            "called",
            "The union",
            "the government to reopen talks",
        ),
    ],
)
def test_directive_reported_by_a_verb_of_saying_is_a_statement(run, text, cue, source, content):
    # what the addressee was told to do is what the speaker put into words (a corpus
    # annotated for speech marks it as indirect speech); its frame is still a directive
    assert attributions(run(text)) == [("statement", cue, source, content)]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The ferry operator announced a review of its winter timetable.",
            "announced",
            "The ferry operator",
            "a review of its winter timetable",
        ),
        (
            "The port authority confirmed the closure of the north quay.",
            "confirmed",
            "The port authority",
            "the closure of the north quay",
        ),
        # the point a speaker puts weight on is what they said: "stressed the need for
        # talks" says talks are needed
        (
            "The harbour master stressed the need for a second ferry.",
            "stressed",
            "The harbour master",
            "the need for a second ferry",
        ),
        (
            "Okafor highlighted the risk of flooding on the quay.",
            "highlighted",
            "Okafor",
            "the risk of flooding on the quay",
        ),
    ],
)
def test_news_passed_on_by_a_verb_of_informing_is_a_statement(run, text, cue, source, content):
    # what was announced or confirmed is what the speaker made known: "announced a
    # review" says that there will be one (a stance judges its object: "denied the
    # allegations" above)
    assert attributions(run(text)) == [("statement", cue, source, content)]


def test_a_notice_handed_to_someone_is_still_no_attribution(run):
    # "reported" informs, but "reported the theft to the police" hands on a notice: an act
    assert attributions(run("The clinic reported the theft to the police on Monday.")) == []


def test_directive_of_a_verb_of_belief_stays_a_stance(run):
    found = attributions(run("The mayor encouraged residents to leave before the storm."))
    assert [(category, cue) for category, cue, _, _ in found] == [("stance", "encouraged")]


def test_called_with_a_predicate_is_a_stance(run):
    found = attributions(run("The mayor called the plan a disgrace."))
    assert len(found) == 1, found
    category, cue, source, content = found[0]
    assert (category, cue, source) == ("stance", "called", "The mayor")
    assert content.startswith("the plan") and content.endswith("a disgrace")


def test_questioning_a_claim_is_a_stance(run):
    # the same verb as "questioned two men", with an object that names something said
    found = attributions(run("Several analysts questioned the forecast."))
    assert found == [("stance", "questioned", "Several analysts", "the forecast")]


def test_second_coordinated_cue_ends_the_first_content(run):
    text = "Okafor said the deal was fair and insisted that the vote would go ahead."
    found = attributions(run(text))
    assert [(cue, content) for _, cue, _, content in found] == [
        ("said", "the deal was fair"),
        ("insisted", "that the vote would go ahead"),
    ]


def test_stance_object_stops_before_a_relative_clause(run):
    text = "The harbour pilots criticized the new rota, which takes effect in May."
    assert attributions(run(text)) == [
        ("stance", "criticized", "The harbour pilots", "the new rota")
    ]


# ----------------------------------------------------------------------------- nominal


def test_possessor_of_a_claim_is_its_source(run):
    text = "Reyes's claim that the ferry had been overloaded was never tested in court."
    found = attributions(run(text))
    assert [(c, s, content) for c, _, s, content in found] == [
        ("statement", "Reyes", "that the ferry had been overloaded")
    ]


def test_criticism_of_a_thing_is_a_stance(run):
    text = "His criticism of the ferry timetable angered the harbour board."
    found = attributions(run(text))
    assert [(c, s, content) for c, _, s, content in found] == [
        ("stance", "His", "the ferry timetable")
    ]


def test_statement_issued_by_someone_speaks_for_them(run):
    text = "The ferry operator issued a statement saying that all crossings would resume."
    found = attributions(run(text))
    assert len(found) == 1, found
    category, cue, source, content = found[0]
    assert (source, content) == ("The ferry operator", "that all crossings would resume")
    assert cue == "issued a statement saying"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The ferry operator replied with a statement saying the crossings would resume.",
            "The ferry operator",
        ),
        # the participle hangs on the note's topic, but the note is what says
        (
            "The Courier responded on Friday with an editor's note on the story saying that"
            " the mayor had not been interviewed.",
            "The Courier",
        ),
    ],
)
def test_a_reply_sent_as_a_message_speaks_for_its_sender(run, text, source):
    found = attributions(run(text))
    assert [(cue, src) for _, cue, src, _ in found] == [("saying", source)]


# ----------------------------------------------------------------------------- attitude


@pytest.mark.parametrize(
    ("text", "category", "content"),
    [
        ("The fishermen are skeptical of the new quota system.", "stance", "the new quota system"),
        ("The harbour board is eager to finish the dredging.", "belief", "to finish the dredging"),
        (
            "Residents are concerned that the new pier will block the view.",
            "belief",
            "that the new pier will block the view",
        ),
    ],
)
def test_attitude_adjectives(run, text, category, content):
    found = attributions(run(text))
    assert len(found) == 1, found
    assert (found[0][0], found[0][3]) == (category, content)


def test_the_writers_own_judgement_is_no_attitude(run):
    assert attributions(run("It is clear that the pier will not open this year.")) == []


# ----------------------------------------------------------------------------- parenthetical


def test_parenthetical_cue_inside_the_clause(run):
    found = attributions(run("The port, she said, would reopen to cargo ships on Friday."))
    assert len(found) == 1, found
    category, cue, source, content = found[0]
    assert (category, cue, source) == ("statement", "said", "she")
    assert content.startswith("The port") and content.endswith("on Friday")


def test_evidence_cue_closing_the_sentence(run):
    found = attributions(run("Thefts from the docks have fallen by a third, police records show."))
    assert found == [
        ("evidence", "show", "police records", "Thefts from the docks have fallen by a third")
    ]


def test_statement_from_someone_speaks_for_them(run):
    text = "A statement from the ferry operator said that all crossings would resume."
    found = attributions(run(text))
    assert [(s, content) for _, _, s, content in found] == [
        ("the ferry operator", "that all crossings would resume")
    ]


def test_no_attribution_inside_sourceless_hearsay(run):
    # the harbour master's threat is part of the rumour, vouched for by nobody
    text = "It was reported that the harbour master had threatened to resign over the cuts."
    found = attributions(run(text))
    assert [(cue, s) for _, cue, s, _ in found] == [("reported", None)]


def test_without_naming_is_no_attribution(run):
    assert attributions(run("The senator ended her speech without naming her rival.")) == []


def test_passive_with_a_by_agent(run):
    found = attributions(run("The ceasefire was confirmed by two senior aides on Sunday."))
    # the passive's subject is the active's object: news the aides passed on
    assert found == [("statement", "confirmed", "two senior aides", "The ceasefire")]


def test_passive_act_with_a_by_agent_is_no_attribution(run):
    assert attributions(run("The ferry was built by a Norwegian shipyard in 1998.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "The harbour plan is considered too expensive.",
        "The new terminal is billed as the largest in the region.",
    ],
)
def test_agentless_passive_of_judging_has_no_source(run, text):
    found = attributions(run(text))
    assert len(found) == 1, found
    category, _, source, content = found[0]
    # the content is what is judged and the judgement; nobody is named as judging
    assert (category, source) == ("stance", None)
    assert content.startswith("The ") and content.endswith(text.rstrip(".").split()[-1])


def test_passive_of_an_act_at_a_meeting_is_no_judgement(run):
    assert attributions(run("The plan was considered at the meeting on Tuesday.")) == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Most of the dockers who support Kellerman are under thirty.", "support", "Kellerman"),
        ("The harbour pilots' guild endorsed Marlow on Friday.", "endorsed", "Marlow"),
    ],
)
def test_stance_toward_a_named_person(run, text, cue, content):
    assert ("stance", cue, content) in [(c, q, t) for c, q, _, t in attributions(run(text))]


@pytest.mark.parametrize(
    "text",
    [
        "The crane operators called Marlow on Friday night.",
        # ("said so" is an answer, rules/answers.py: annotators mark its "so")
        "The pilots' guild said little on Friday.",
    ],
)
def test_a_bare_name_after_an_act_or_a_saying_is_no_content(run, text):
    assert [t for *_, t in attributions(run(text)) if len(t.split()) == 1] == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a thing that "says" through a participle speaks for whoever made or used it
        (
            "The parish council approved a motion condemning the closure of the ferry.",
            "condemning",
            "The parish council",
        ),
        (
            "The skipper gave a short talk at the quay praising the lifeboat volunteers.",
            "praising",
            "The skipper",
        ),
        # people speak for themselves, as do documents
        (
            "The mayor met residents saying that the harbour fees were too high.",
            "saying",
            "residents",
        ),
    ],
)
def test_participle_on_a_thing_speaks_for_its_maker(run, text, cue, source):
    found = attributions(run(text))
    assert [f[2] for f in found if f[1] == cue] == [source], found


def test_trailing_participle_belongs_to_the_reporting_verb(run):
    # the parser hangs "claiming" on "has kept", inside the reported clause
    text = (
        "The harbour master insisted that the channel has kept its depth, "
        "claiming that the dredging worked."
    )
    found = attributions(run(text))
    assert [f[2] for f in found if f[1] == "claiming"] == ["The harbour master"], found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # someone who can speak makes something known: a statement
        ("The governor indicated that he would publish the audit in May.", "statement"),
        ("The minister revealed that two ferries would be sold.", "statement"),
        # a text or a figure shows it: evidence
        ("The audit indicated that the ferries had been overcharged.", "evidence"),
    ],
)
def test_a_verb_of_evidence_said_of_a_speaker_is_a_statement(run, text, category):
    assert [c for c, _, _, _ in attributions(run(text))] == [category]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "A motion by Councillor Ada Marsh calling on the board to publish the fares was"
            " defeated on Tuesday.",
            "Councillor Ada Marsh",
            "the board to publish the fares",
        ),
        # the mover named by a participle's agent
        (
            "A private motion brought by Senator Tom Reyes calling on the ministry to review"
            " the levy was defeated.",
            "Senator Tom Reyes",
            "the ministry to review the levy",
        ),
        (
            "A resolution from the harbour council calling on the port to build a new pier"
            " was adopted.",
            "the harbour council",
            "the port to build a new pier",
        ),
    ],
)
def test_a_motion_speaks_for_its_mover(run, text, source, content):
    # a motion or a resolution says what whoever moved it says, as a letter does
    found = [(s, c) for _, _, s, c in attributions(run(text))]
    assert found == [(source, content)]


def test_pressed_about_is_asked_about(run):
    # "press" puts a question as "ask" does: what the mayor was pressed about is the topic
    found = attributions(
        run("The mayor was pressed by a radio host about the closure of the pier.")
    )
    assert [(cue, source, content) for _, cue, source, content in found] == [
        ("pressed", "a radio host", "the closure of the pier")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said legalizing it could put thousands of people to work.",
        "Dr Lund accepts that halls are full, but says shutting campuses down and moving"
        " teaching online is unsustainable.",
    ],
)
def test_a_clause_the_parser_reads_as_a_thing_is_a_statement(run, text):
    # the parser takes the gerund for the verb's object; what follows it has a finite verb
    # and its subject: a clause that was said
    found = [a for a in attributions(run(text)) if a[1] in ("said", "says")]
    assert [category for category, *_ in found] == ["statement"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a passive gerund, headed by its participle
        (
            "Many riders reported being turned away at the ferry gate.",
            "reported",
            "being turned away at the ferry gate",
        ),
        (
            "The driver admitted to entering the port illegally.",
            "admitted",
            "entering the port illegally",
        ),
    ],
)
def test_a_gerund_reported_or_admitted_is_a_statement(run, text, cue, content):
    found = [(category, c, content) for category, c, _, content in attributions(run(text))]
    assert found == [("statement", cue, content)]


def test_a_bare_noun_keeps_the_participle_that_says_what_it_is_about(run):
    # "problems" alone is too short to report; the participle completes it
    text = "Thousands of users reported problems accessing the ferry website on Monday."
    found = [a for a in attributions(run(text)) if a[1] == "reported"]
    assert found == [
        (
            "statement",
            "reported",
            "Thousands of users",  # the crowd counted (tests/test_counted_groups.py)
            "problems accessing the ferry website on Monday",
        )
    ]


def test_a_participle_that_reports_is_not_kept_in_the_noun(run):
    # "a memo saying …" reports on its own: its participle stays out of the stance
    text = "The senator cited a memo saying the ferry would close."
    found = [a for a in attributions(run(text)) if a[1] == "cited"]
    assert [a[3] for a in found] == ["a memo"]


def test_a_belief_given_in_the_holders_quoted_words_was_said(run):
    # the quotation marks show the words were spoken: a statement, as a quotation is
    text = (
        "Prof Ada Okafor, head of Harbour University, agrees that many students are "
        '"feeling blamed and abandoned by everyone".'
    )
    assert [a[0] for a in attributions(run(text)) if a[1] == "agrees"] == ["statement"]


def test_a_belief_in_the_writers_words_stays_a_belief(run):
    found = attributions(run("Dock workers fear the night ferry will be cut."))
    assert [a[0] for a in found if a[1] == "fear"] == ["belief"]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "Ruiz has the backing of six harbour pilots.",
            "has the backing of",
            "six harbour pilots",
            "Ruiz",
        ),
        (
            "Ana Lund won the endorsement of the dockers' union on Monday.",
            "won the endorsement of",
            "the dockers' union",
            "Ana Lund",
        ),
        (
            "The levy received support from most traders.",
            "received support from",
            "most traders",
            "The levy",
        ),
    ],
)
def test_support_someone_has_is_the_stance_of_those_who_give_it(run, text, cue, source, content):
    assert ("stance", cue, source, content) in attributions(run(text))
