"""Descriptions that point back, studied on speech set g and on the saved pages: a body
described again by the words of its first description ("the health authority" after
"the regional health authority"), a lead's "their union" for the union named next,
"the union leader" for its president, "the department" for a public body whose name
lacks the word, a style of honorifics with its article ("Dr the Hon.", "the Rt Hon"),
"she" for the unnamed woman cited before when no one named may be meant, and ranks and
styles of Commonwealth news before a name ("DS", "ACP", "Cde"); a place's public service
("Grace Harbour Health") is a body, which "the health authority" describes.

Every text here is written for the test; the people, places and bodies are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import in_brief, last_speaker

HEALTH = (
    "Clinic to close on weekends\n\n"
    "A rural clinic in eastern Ontario will close on weekends until the autumn because it "
    "cannot find enough nurses, the regional health authority says.\n\n"
    "Ridgeway Valley Health announced Tuesday that the clinic at Marlow will be open only "
    "on weekdays starting next month.\n\n"
    "Patients needing care on weekends will have to drive to Kingsford, about 40 "
    "kilometres away, the health authority said in a news release."
)


def test_a_body_described_again_is_the_one_its_first_description_was(run):
    assert last_speaker(run(HEALTH), "said") == ("organization", "Ridgeway Valley Health")


def test_a_bare_description_is_not_read_as_said_again(run):
    """Guard: "the company" twice may be two companies; only a description with a word
    beside its noun is taken for the one it repeats."""
    text = (
        "Markets close higher\n\n"
        "Shares of Harbourlink Ferries rose after the company said fuel costs had eased.\n\n"
        "Veltrane Therapeutics, which makes heart drugs, fell 3 percent. The company said "
        "sales of its main drug had slowed."
    )
    assert last_speaker(run(text), "said") == ("organization", "Veltrane Therapeutics")


def test_a_leads_own_union_is_the_union_named_next(run):
    text = (
        "Care workers strike\n\n"
        "HALTON (CP) — About 2,100 care workers walked off the job on Tuesday after talks "
        "with the operators broke down, their union said.\n\n"
        "The Lakeshore Care Workers Union said picket lines had gone up outside 30 homes."
    )
    report = run(text)
    first = next(a for a in report["attributions"] if a["source"]["text"] == "their union")
    names = {s["id"]: s["name"] for s in report["sources"]}
    assert names[first["source"]["id"]] == "Lakeshore Care Workers Union"


UNION = (
    "Care workers strike\n\n"
    "HALTON — Care workers walked off the job on Tuesday.\n\n"
    '"Nobody wanted this," union president Marguerite Oyelaran-Boyd told reporters '
    "outside a home in Halton.\n\n"
    "The 51-year-old said the union was asking for a raise of 14 per cent.\n\n"
    '"We lose staff every week," the {description} said.'
)


def test_the_union_leader_is_its_president(run):
    text = UNION.format(description="union leader")
    assert last_speaker(run(text), "said") == ("person", "Marguerite Oyelaran-Boyd")


def test_a_bare_leader_is_not_taken_for_a_president(run):
    """Guard: "the leader" alone names no office; it may be anyone's."""
    text = UNION.format(description="party leader")
    assert last_speaker(run(text), "said")[1] != "Marguerite Oyelaran-Boyd"


def test_the_department_is_the_public_body_cited_before_it(run):
    text = in_brief(
        "Patients will have to drive to Kingsford at night.\n\n"
        "In an emailed statement, Ontario Health said an extra ambulance would be based in "
        "Marlow. The department said it would review the arrangement in the summer."
    )
    assert last_speaker(run(text), "said") == ("organization", "Ontario Health")


def test_a_department_spoken_of_since_is_the_one_meant(run):
    """Guard: a department named by a description since the body is not that body."""
    text = in_brief(
        "The Harbour Transit Trust complained that the transportation department had kept it "
        "in the dark about its plans. The department, however, said it could not answer "
        "anything until September."
    )
    assert last_speaker(run(text), "said")[1] != "Harbour Transit Trust"


@pytest.mark.parametrize(
    "styled", ["Prime Minister Dr the Hon. Keith Ambrose", "The Rt Hon Keith Ambrose"]
)
def test_a_style_of_honorifics_opens_a_persons_name(run, styled):
    """Not the honorific ("Dr") nor an outlet named by its first word (RT)."""
    report = run(in_brief(f"{styled} said the forum would meet every year."))
    assert last_speaker(report, "said") == ("person", "Keith Ambrose")


@pytest.mark.parametrize("styled", ["The Most Hon. Keith Ambrose", "Dr the Hon. Keith Ambrose"])
def test_a_style_opening_the_sentence_stays_the_persons(run, styled):
    """Guard: a style that opens the sentence was read right before."""
    report = run(in_brief(f"{styled} said the forum would meet every year."))
    assert last_speaker(report, "said") == ("person", "Keith Ambrose")


def test_a_style_is_not_kept_as_an_office(run):
    report = run(in_brief("Dr the Hon. Keith Ambrose said the forum would meet every year."))
    person = next(s for s in report["sources"] if s["type"] == "person")
    assert person.get("role") is None


def test_an_abbreviated_right_honourable_ends_no_sentence(nlp):
    doc = nlp("Grenada's Prime Minister, Dr the Rt. Hon. Keith Ambrose, said the forum would meet.")
    assert len(list(doc.sents)) == 1


def test_she_is_the_unnamed_woman_when_no_one_named_may_be_meant(run):
    text = in_brief(
        "Police are investigating two killings on Tuesday, Supt Michael Brown said.\n\n"
        "A woman who identified herself as the mother of the first victim admitted that he "
        "had been to prison before.\n\n"
        "She said he never robbed anyone, but told reporters he had a court date next month."
    )
    assert last_speaker(run(text), "said") == ("anonymous", "A woman")


def test_she_is_not_an_unnamed_man(run):
    """Guard: the unnamed one's words must not give the other gender."""
    text = in_brief(
        "Police are investigating two killings on Tuesday, Supt Michael Brown said.\n\n"
        "A man who identified himself as the father of the first victim admitted that his "
        "son had been to prison before.\n\n"
        "She said the family had not been told of the arrest."
    )
    assert last_speaker(run(text), "said")[1] != "A man"


@pytest.mark.parametrize(
    ("styled", "name"),
    [
        ("DS Sarah Malone", "Sarah Malone"),
        ("ACP Chinedu Okafor", "Chinedu Okafor"),
        ("Cde Tendai Moyo", "Tendai Moyo"),
    ],
)
def test_a_commonwealth_rank_or_style_is_no_part_of_the_name(run, styled, name):
    """A British and a Nigerian police rank, Zimbabwe's "Cde"."""
    report = run(in_brief(f"{styled} said the suspects had been released on bail."))
    assert last_speaker(report, "said") == ("person", name)


@pytest.mark.parametrize(
    ("written", "name"),
    [("Rohan de Silva PC", "Rohan de Silva"), ("Luigi Di Maio", "Luigi Di Maio")],
)
def test_letters_that_are_a_rank_before_a_name_stay_in_their_place(run, written, name):
    """Guard: "PC" after a name is a counsel's letters; "Di" opens an Italian surname."""
    report = run(in_brief(f"The lawyer, {written}, said the court would rule on Friday."))
    assert last_speaker(report, "said") == ("person", name)


@pytest.mark.parametrize("service", ["Grace Harbour Health", "Tamarack Hydro"])
def test_a_places_public_service_is_a_body(run, service):
    """Not a person, though "Grace" is a given name and the recognizer may say PERSON."""
    report = run(in_brief(f"{service} said the service would resume on Monday."))
    assert last_speaker(report, "said") == ("organization", service)


def test_a_surname_that_names_a_service_elsewhere_stays_a_persons(run):
    """Guard: "Power" is a surname, so it ends no service's name here."""
    report = run(in_brief("Siobhan Power said the service would resume on Monday."))
    assert last_speaker(report, "said") == ("person", "Siobhan Power")


def test_a_description_by_what_a_body_does_is_the_body_named_so(run):
    text = in_brief(
        "Grace Harbour Health said the emergency room in Port Aldane would close at night.\n\n"
        "Patients will have to drive to Truro, about 40 minutes away, the health authority said."
    )
    assert last_speaker(run(text), "said") == ("organization", "Grace Harbour Health")
