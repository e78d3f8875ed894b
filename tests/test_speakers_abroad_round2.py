"""Speakers as news from outside the United States names them, a second round: the
honorifics of East and southern Africa, Fiji and Sri Lanka ("Mzee", "Mma", "Ratu",
"Comrade", "Thero") are no part of a name and tell what someone is ("the elder"); a name
after a title keeps a father's name inside it ("Madam Nur Aisyah Mohamed Salleh"); a
name set off after any noun is the speaker ("A spare parts dealer, Mr Obi,"); a body's
name with "and" inside stays whole; and "the company", "the town council" and "the
spokesperson" are the body named or cited before.

Every text here is written for the test; the people, places and bodies are invented.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsaudit.person_names import person_name
from newsaudit.rules.mentions import mention
from tests.parses import given_parse
from tests.reports import in_brief, last_speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mzee Salim Omari Kitwana, 74, said the well had been dry since June.",
            "Salim Omari Kitwana",
        ),
        ("Mama Halima Juma Said said she now buys water from a cart.", "Halima Juma Said"),
        ("Rra Thato Kebonang said the cattle had grown thin.", "Thato Kebonang"),
        ("Ratu Josaia Naivalu said the clan had agreed to give the land.", "Josaia Naivalu"),
        ("Comrade Femi Adeyanju said the union would not back down.", "Femi Adeyanju"),
        ("Kgosi Tshepo Ramatlho said the ban had gone on too long.", "Tshepo Ramatlho"),
        (
            "When contacted, the state Police Public Relations Officer, SP Adaeze Nwosu, "
            "said no arrests were made.",
            "Adaeze Nwosu",
        ),
    ],
)
def test_honorifics_of_other_countries_are_no_part_of_the_name(run, text, name):
    assert last_speaker(run(in_brief(text)), "said") == ("person", name)


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        (
            "Sheikh Rashid Omari of the Juma Mosque opened its well to all neighbours. "
            "\u201cNobody should go thirsty,\u201d the cleric said.",
            "said",
            "Rashid Omari",
        ),
        (
            "Mzee Salim Kitwana, 74, has lived on the street since 1970. \u201cThe pump "
            "never works,\u201d the elder said.",
            "said",
            "Salim Kitwana",
        ),
        (
            "Pundit Ravi Sookdeo of the village mandir opened its hall to 20 families. "
            "\u201cEverybody is welcome here,\u201d the pundit said.",
            "said",
            "Ravi Sookdeo",
        ),
    ],
)
def test_what_an_honorific_or_a_title_says_someone_is_refers_back(run, text, cue, name):
    assert last_speaker(run(in_brief(text)), cue) == ("person", name)


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        (
            "A spare parts dealer, Mr Obinna Eze, told reporters that he lost goods worth N2m.",
            "told",
            "Obinna Eze",
        ),
        (
            "The chairperson of the market, Chief (Mrs) Bolanle Adesida-Coker, said the "
            "traders had two days' notice.",
            "said",
            "Bolanle Adesida-Coker",
        ),
        (
            "Madam Siti Rahmah Mohamed Yusof, 52, who sells noodles, said the payment was "
            "too small.",
            "said",
            "Siti Rahmah Mohamed Yusof",
        ),
    ],
)
def test_the_whole_name_of_a_person_set_off_or_titled(run, text, cue, name):
    assert last_speaker(run(in_brief(text)), cue) == ("person", name)


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        (
            "Ashby and Harlow Borough Council confirmed on Monday that it would stop "
            "funding the night buses.",
            "confirmed",
            "Ashby and Harlow Borough Council",
        ),
        (
            "The Kivu Urban Water Supply and Sanitation Authority said in a statement that "
            "a pump had failed.",
            "said",
            "Kivu Urban Water Supply and Sanitation Authority",
        ),
        (
            "The developer, Bayu Indah Properties Sdn Bhd, said in a statement that its "
            "drains had been approved.",
            "said",
            "Bayu Indah Properties Sdn Bhd",
        ),
    ],
)
def test_a_body_named_whole_or_set_off(run, text, cue, name):
    assert last_speaker(run(in_brief(text)), cue) == ("organization", name)


def test_the_town_council_is_the_town_council_named_before(run):
    text = in_brief(
        "The market will close for a year, Westbury Town Council said on Monday.\n\n"
        "In a statement, the town council said stallholders would be paid $800 a month."
    )
    assert last_speaker(run(text), "said") == ("organization", "Westbury Town Council")


def test_the_company_is_the_business_cited_not_a_surname_the_recognizer_took_for_one(run):
    """Guard: here the recognizer takes neither the surname for a body nor misses the
    business, so the sentence passed before; on speech set e it did both ("According to
    Doucet" tagged a body, the ferry company untagged), which the rule now mends."""
    text = in_brief(
        "Fisherman Luc Arsenault, 52, said he had missed a hospital appointment.\n\n"
        "According to Arsenault, some residents have moved to the mainland.\n\n"
        "Bayview Island Ferry Services said in a statement that a part had been ordered.\n\n"
        "The company said the safety of passengers was its first concern."
    )
    assert last_speaker(run(text), "said") == ("organization", "Bayview Island Ferry Services")


def test_the_spokesperson_later_speaks_for_the_body_as_before(run):
    text = in_brief(
        "A spokesperson for the Department of Public Works said work on a new span was "
        "under way.\n\n"
        "The spokesperson said the province was also looking at a temporary bridge."
    )
    assert last_speaker(run(text), "said") == ("organization", "Department of Public Works")


def test_a_name_after_a_title_keeps_a_fathers_name_inside_it():
    # with no title before it, a run of four names is cut at a given name, as an employer
    # run into a name is ("Super Value Debra Symonette")
    assert person_name("Nur Aisyah Mohamed Salleh", after_title=True) == "Nur Aisyah Mohamed Salleh"
    assert person_name("Mohd Hafiz bin Abdul Rahman", after_title=True) == (
        "Mohd Hafiz bin Abdul Rahman"
    )
    assert person_name("Super Value Debra Symonette") == "Debra Symonette"


def test_an_engineers_title_is_no_part_of_the_name(run):
    """Guard: "Eng" is a title, so the name after it is whole, not cut at a given name."""
    text = in_brief("Eng Peter Mushi Lyimo, the authority's director, said the pipe was fixed.")
    assert last_speaker(run(text), "said") == ("person", "Peter Mushi Lyimo")


# "Chamari Wickramage of the collective said …", as the parser may read it: the surname an
# apposition of the given name with no comma between, and neither a recognized name
SPLIT_NAME = [
    ("Chamari", 5, "nsubj", "NNP", "PROPN"),
    ("Wickramage", 0, "appos", "NNP", "PROPN"),
    ("of", 1, "prep", "IN", "ADP"),
    ("the", 4, "det", "DT", "DET"),
    ("collective", 2, "pobj", "NN", "NOUN"),
    ("said", 5, "ROOT", "VBD", "VERB"),
    ("the", 7, "det", "DT", "DET"),
    ("group", 9, "nsubj", "NN", "NOUN"),
    ("would", 9, "aux", "MD", "AUX"),
    ("sue", 5, "ccomp", "VB", "VERB"),
    (".", 5, "punct", ".", "PUNCT"),
]


def test_two_capitalised_words_the_parser_splits_are_one_name(nlp):
    found = mention(given_parse(nlp.vocab, SPLIT_NAME)[0])
    assert (found.name, found.role) == ("Chamari Wickramage", "of the collective")


def test_initials_and_a_department_are_two_bodies(run):
    """Guard: "and" joins two bodies where the first is named by its initials."""
    report = run(in_brief("The FBI and Justice Department said they would cooperate."))
    assert last_speaker(report, "said") != ("organization", "FBI and Justice Department")


# "The Glens Health and Social Care Trust said …", as the parser may read it: the words before
# "and" hung on the head as noun modifiers, the whole a name the recognizer spans
NMOD_BODY = [
    ("The", 6, "det", "DT", "DET"),
    ("Glens", 2, "compound", "NNP", "PROPN"),
    ("Health", 6, "nmod", "NNP", "PROPN"),
    ("and", 2, "cc", "CC", "CCONJ"),
    ("Social", 5, "compound", "NNP", "PROPN"),
    ("Care", 6, "compound", "NNP", "PROPN"),
    ("Trust", 7, "nsubj", "NNP", "PROPN"),
    ("said", 7, "ROOT", "VBD", "VERB"),
    ("sorry", 7, "acomp", "JJ", "ADJ"),
    (".", 7, "punct", ".", "PUNCT"),
]


def test_a_bodys_name_with_and_inside_is_whole(nlp):
    doc = given_parse(nlp.vocab, NMOD_BODY)
    doc.ents = [Span(doc, 1, 7, label="ORG")]
    assert mention(doc[6]).name == "Glens Health and Social Care Trust"


@pytest.mark.xfail(
    strict=True,
    reason="the recognizer calls the name a facility; taking every name with an age set "
    "off for a person gave a later 'she' candidates of unknown gender (study: one "
    "pronoun lost), so such a name is left out of the people",
)
def test_a_name_with_an_age_set_off_is_a_persons_whatever_the_label(run):
    text = in_brief(
        "The change has done little to reassure Doreen Haworth, 84, who has lived in the "
        "village for 60 years.\n\n"
        "\u201cI go to the clinic every week,\u201d Mrs Haworth said."
    )
    assert last_speaker(run(text), "said") == ("person", "Doreen Haworth")


def test_a_title_set_off_before_a_name_with_a_double_surname(run):
    """The name after "Member of Parliament for the constituency," is the speaker, and
    the second half of a double surname ("Bailey-Forbes") is no outlet."""
    text = in_brief(
        "Member of Parliament for the constituency, Dr Sharlene Bailey-Forbes, said she "
        "had spoken with the minister."
    )
    assert last_speaker(run(text), "said") == ("person", "Sharlene Bailey-Forbes")


def test_a_statement_an_aide_signed_is_the_word_of_the_one_who_spoke_in_it(run):
    text = in_brief(
        "But the Commissioner for Works, Mr Emeka Okonkwo, insisted that the traders were "
        "warned.\n\n"
        "Okonkwo, in a statement signed by his Special Assistant on Media, Mrs Ngozi "
        "Eze-Obi, said the stalls were built on a drain.\n\n"
        "The statement read in part, \u201cNotices were served on the traders in June.\u201d"
    )
    assert last_speaker(run(text), "read") == ("person", "Emeka Okonkwo")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Encik Razak Osman said the stall had been shut for a week.", "Razak Osman"),
        ("Puan Siti Aminah said the school would reopen on Monday.", "Siti Aminah"),
        ("Kagawad Jose Ramirez said the barangay would send food packs.", "Jose Ramirez"),
        ("Mallam Musa Ibrahim said the grain market would reopen.", "Musa Ibrahim"),
        ("Otunba Kola Adebayo said the chiefs had agreed to the plan.", "Kola Adebayo"),
        ("Inkosi Sipho Dlamini said the land belonged to the people.", "Sipho Dlamini"),
        ("Mheshimiwa Anna Mushi said the clinic would open next month.", "Anna Mushi"),
        ("Ustaz Imran Hakim said the madrasah would close for a week.", "Imran Hakim"),
        ("YB Lee Chong Hin said the project had been approved.", "Lee Chong Hin"),
    ],
)
def test_more_honorifics_and_titles_of_other_countries(run, text, name):
    assert last_speaker(run(in_brief(text)), "said") == ("person", name)


def test_a_given_name_that_is_an_honorific_elsewhere_stays_a_name(run):
    """Guard: "Kumari" is "Miss" in India but a given name in Sri Lanka."""
    text = in_brief("Kumari Ratnasiri said stones had landed on the roof of her house.")
    assert last_speaker(run(text), "said")[1] == "Kumari Ratnasiri"
