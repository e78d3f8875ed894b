"""Round 26, rules: the writer's own "we" outside quotes ("we know that", "We asked our
readers") is no body or group cited before it. An "as" clause ("…, as she said at the
outset", "The plan, as Lund noted, would …") vouches for the clause it modifies on either
side of it. "Per the usual" is a manner, not an informant.

Every text here is written for the test; the people and bodies in it are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import by_cue, cued_source


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


def content_of(report: dict, cue: str) -> str:
    attribution = by_cue(report, cue)
    return " | ".join(part["text"] for part in attribution["parts"])


@pytest.mark.parametrize(
    "text, cue, source, content",
    [
        # after the clause it vouches for, with a pronoun for its subject
        (
            "Ann Reyes opened the new quay on Monday. Her father also grew up in Harlow, "
            "as she said at the outset.",
            "said",
            "Ann Reyes",
            "Her father also grew up in Harlow",
        ),
        (
            "The ferry fares changed over the summer, as Tom Lund later explained.",
            "explained",
            "Tom Lund",
            "The ferry fares changed over the summer",
        ),
        # before a conjunct, which it does not vouch for
        (
            "The council also met the developer that day, as the Harlow Gazette reported "
            "on Tuesday, and the mayor will attend the next meeting.",
            "reported",
            "Harlow Gazette",
            "The council also met the developer that day",
        ),
        # set inside the clause: the words around it
        (
            "The new toll, as Tom Lund noted, would cost the ferry its busiest route.",
            "noted",
            "Tom Lund",
            "The new toll | would cost the ferry its busiest route",
        ),
        # a guard: fronted, as before
        (
            "Of course, as Ann Reyes observed, the biggest winner was not on the stage.",
            "observed",
            "Ann Reyes",
            "the biggest winner was not on the stage",
        ),
    ],
)
def test_an_as_clause_vouches_for_the_clause_it_modifies(run, text, cue, source, content):
    report = run(text)
    assert cued_source(report, cue)["name"] == source
    assert content_of(report, cue) == content


@pytest.mark.parametrize(
    "text",
    [
        # guards: a time, not a source; the verb has its own object, or is no verb of
        # saying
        "The tide came in as the crew said goodbye to the island.",
        "The crowd fell silent as Ann Reyes spoke from the stage.",
    ],
)
def test_an_as_clause_of_time_vouches_for_nothing(run, text):
    assert run(text)["attributions"] == []


def test_an_as_clause_after_a_quotation_credits_the_quotation(run):
    # a guard: the quotation rules read it, and the clause around it is not widened in
    report = run(
        'Still, the fact that the ferry "is a dead loss right now," as Lund said on Monday, '
        "only magnifies the stakes."
    )
    assert content_of(report, "said") == '"is a dead loss right now,"'


@pytest.mark.parametrize(
    "text, cues",
    [
        ("Reyes was a wall at the back, per the usual, but the game ball goes to Lund.", []),
        # guards: "as per usual" (no noun phrase at all); a noun phrase after "per" or
        # "according to" is an informant, its head an adjective or not
        ("The council voted to delay the vote, as per usual, until the spring.", []),
        ("Turnout rose to 61 percent, per the latest count.", ["per"]),
        (
            "In Harlow, Reyes is in first, according to the Harlow Gazette polling average.",
            ["according to"],
        ),
    ],
)
def test_per_the_usual_is_a_manner_not_an_informant(run, text, cues):
    assert [a["cue"]["text"] for a in run(text)["attributions"]] == cues


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Reyes leads the race by six points, per a list compiled by Ann Lee.", "per"),
        (
            "Reyes leads by six points, according to the Harlow Gazette polling average.",
            "according to",
        ),
        # a guard: a tally with its maker named was evidence already
        ("Turnout rose to 61 percent, according to a tally by the county clerk.", "according to"),
        ("Another ranking says the Harlow ferry is the busiest island route.", "says"),
    ],
)
def test_compiled_figures_are_documents_and_their_word_is_evidence(run, text, cue):
    attribution = by_cue(run(text), cue)
    assert attribution["category"] == "evidence"


def test_a_content_does_not_end_on_a_conjunction(run):
    report = run(
        "Six in 10 Harlow voters said Reyes is honest and trustworthy, and "
        "three-quarters said the same of Lund."
    )
    said = next(a for a in report["attributions"] if a["source"]["text"].startswith("Six"))
    assert said["content"]["text"] == "Reyes is honest and trustworthy"


def test_a_gerund_after_there_is_has_no_one_who_holds_it(run):
    report = run(
        'Firm measures must be taken if there is a hope of seeing a "significant fall" in cases.'
    )
    assert report["attributions"] == []


@pytest.mark.parametrize("title", ["CMO"])
def test_a_chief_officers_initials_are_a_title(run, title):
    report = run(
        f"Dr Tom Reyes, the {title}, wrote to the health minister, Stephen Lund, on Friday. "
        f"The {title} told Mr Lund that cases were rising fast."
    )
    source = cued_source(report, "told")
    assert (source["name"], source["type"]) == ("Tom Reyes", "person")


def test_a_union_federation_ending_in_initials_is_a_body(run):
    # a guard: "AFL-CIO" is a federation of unions, whatever its last letters
    report = run("The AFL-CIO endorsed Ann Reyes on Friday.")
    assert cued_source(report, "endorsed")["type"] == "organization"


@pytest.mark.parametrize(
    "text, cue, name",
    [
        (
            "The Harlow Court of Appeals ruled on Friday that the toll stands. "
            "The appeals court noted that the council had not shown harm.",
            "noted",
            "Harlow Court of Appeals",
        ),
        (
            "The Ministry of Health said cases were rising in Harlow. "
            "The health ministry added that the wards were full.",
            "added",
            "Ministry of Health",
        ),
        # a guard: one word after "the" shortened a name already
        (
            "The Harlow Court of Appeals ruled on Friday that the toll stands. "
            "The court noted that the council had not shown harm.",
            "noted",
            "Harlow Court of Appeals",
        ),
    ],
)
def test_a_description_with_words_of_a_name_is_that_body(run, text, cue, name):
    assert cued_source(run(text), cue)["name"] == name


@pytest.mark.parametrize(
    "full, short",
    [
        ("Karim Abu Nasser", "Abu Nasser"),
        ("Ana Vargas Llosa", "Vargas Llosa"),
        ("Piet de Vos", "de Vos"),
    ],
)
def test_a_surname_of_two_words_is_one_person(run, full, short):
    report = run(
        f'"The wards are full," said Dr. {full}, an obstetrician at the city hospital.\n\n'
        f'"Some women cannot reach us at all," {short} said. "We had no power," {short} added.'
    )
    people = [s for s in report["sources"] if s["type"] == "person"]
    assert [(s["name"], len(s["attributions"])) for s in people] == [(full, 3)]


@pytest.mark.parametrize(
    "text",
    [
        # a woman called by the first of her two surnames
        '"The bank is solvent," said Marta Acosta Febo, the island\'s finance chief. '
        "Ms. Acosta said the loans would be repaid. "
        "Ms. Acosta added that the audit was finished.",
        # a particle written with a capital at the head of a sentence
        "Mayor Tom de Vries said the quay would open in May. "
        "De Vries said the toll would stay. De Vries added that the ferry was late.",
    ],
)
def test_one_person_however_the_surname_is_written(run, text):
    people = [s for s in run(text)["sources"] if s["type"] == "person"]
    assert [len(s["attributions"]) for s in people] == [3]


def test_the_writers_voice_is_one_source_however_often_it_speaks(run):
    report = run(
        "I think the ferry plan will fail. I believe the council knows it. "
        "We asked our readers what they thought, and we found that most agree."
    )
    voices = [(s["name"].lower(), len(s["attributions"])) for s in report["sources"]]
    assert sorted(voices) == [("i", 2), ("we", 2)]


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (
            "The mayor lashed out at critics of the ferry plan.",
            "lashed out",
            "critics of the ferry plan",
        ),
        ("The mayor spoke out against the ferry plan on Monday.", "spoke out", "the ferry plan"),
        ("Reyes fired back at Lund over the credit rating.", "fired back", "Lund"),
        ("Reyes fired back that the council had lied.", "fired back", "that the council had lied"),
    ],
)
def test_a_phrasal_cue_reads_the_preposition_after_its_particle(run, text, cue, content):
    assert by_cue(run(text), cue)["content"]["text"] == content
