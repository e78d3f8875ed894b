"""Titles, names and bodies of news abroad, second round: an Australian councillor's
"Cr", a Manx member's "MHK" after the name, a Maltese architect's "Perit", a Gambian
Alkalo hung outside the name's phrase, a Malawian Traditional Authority ("T/A"), whom
"the chief" then means, and a district medical officer's initials in a headline; "Md"
opening a Bangladeshi name; a name with a "who" clause is a person's; a Welsh "ap" name
the parser splits into a name and its apposition; a surname the tagger reads as a plural
("Mrs Munnings", "DeFreitas"); a body's initials with a small word's letter in lower case
("MoF") or read as a plural ("the EA"); the name a title's role ends on ("spokesperson
for planning Ana Borg", "Member of Parliament for the area, Hon. …"); a name said to be
a kind of body ("the charity Haven"); and Indonesian styles ("Ir. H. …").

Every text here is written for the test; the people, places and bodies are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import in_brief, last_speaker


@pytest.mark.parametrize(
    ("titled", "name"),
    [
        ("Cr Lyn Hartigan", "Lyn Hartigan"),
        ("Perit Marthese Zammit", "Marthese Zammit"),
        ("Alkalo Ebrima Sonko", "Ebrima Sonko"),
        ("Island Administrator Delia Knowles", "Delia Knowles"),
        ("Md Rafiqul Islam", "Md Rafiqul Islam"),
    ],
)
def test_a_title_abroad_is_no_part_of_the_name(run, titled, name):
    report = run(in_brief(f"{titled} said the road would stay closed until Friday."))
    assert last_speaker(report, "said") == ("person", name)


def test_a_manx_members_letters_after_the_name_are_no_part_of_it(run):
    report = run(in_brief("Ewan Quirk MHK said the ferry timetable would be reviewed."))
    assert last_speaker(report, "said") == ("person", "Ewan Quirk")


def test_the_chief_is_the_traditional_authority_named_before(run):
    text = in_brief(
        "T/A Kamwendo told this reporter that the river had never risen so fast.\n\n"
        '"We need tents before the rains return," said the chief.'
    )
    assert last_speaker(run(text), "said") == ("person", "Kamwendo")


def test_a_headlines_initials_are_the_officer_introduced_with_the_title(run):
    text = (
        '"Get tested early," DMO urges as cholera spreads in Kailahun\n\n'
        "Kailahun District Medical Officer Dr Fatmata Kallon said three patients had "
        "died this week.\n\n"
        'She said: "Anyone with a fever should come to the clinic at once."'
    )
    assert last_speaker(run(text), "urges") == ("person", "Fatmata Kallon")


def test_a_name_with_a_who_clause_is_a_persons(run):
    text = in_brief(
        "Bronwen Prydderch-Evans, who has farmed on the hill for 40 years, said the "
        "quarry had ruined the spring.\n\n"
        '"Nobody asked us," the 68-year-old said.'
    )
    assert last_speaker(run(text), "said") == ("person", "Bronwen Prydderch-Evans")


def test_a_welsh_name_split_at_ap_into_an_apposition_is_one_name(run):
    text = in_brief(
        "Cllr Dafydd ap Rhys, who represents the ward, said the committee had rushed the vote."
    )
    assert last_speaker(run(text), "said") == ("person", "Dafydd ap Rhys")


@pytest.mark.parametrize(
    ("defined", "initials"),
    [
        ("The Ministry of Fisheries (MoF)", "the MoF"),
        ("The Education Authority (EA)", "the EA"),
    ],
)
def test_a_bodys_initials_stand_for_the_name_they_were_defined_for(run, defined, initials):
    text = in_brief(
        f"{defined} has published a plan to close the harbour school.\n\n"
        f"In a consultation document, {initials} said enrolment had fallen for three years."
    )
    name = defined.removeprefix("The ").split(" (")[0]
    assert last_speaker(run(text), "said") == ("organization", name)


def test_the_name_after_a_portfolio_in_lower_case_is_the_speakers(run):
    text = in_brief(
        "The group Save the Valley objected. Its spokesperson, Karl Mifsud, said the group "
        "would appeal.\n\n"
        "Opposition spokesperson for planning Claudine Borg Cardona said the decision "
        'showed that the system was "stacked".'
    )
    assert last_speaker(run(text), "said") == ("person", "Claudine Borg Cardona")


@pytest.mark.parametrize(
    ("introduced", "again", "name"),
    [
        (
            "Vernita Munnings, 74, said she had paid a neighbour to drive her.",
            "Mrs Munnings said several of her friends had stopped taking their tablets.",
            "Vernita Munnings",
        ),
        (
            "Her neighbour, Rayon DeFreitas, 27, said he used a hose.",
            "DeFreitas said the clinic had been closed for a week.",
            "Rayon DeFreitas",
        ),
    ],
)
def test_a_surname_the_tagger_reads_as_a_plural_is_the_persons(run, introduced, again, name):
    """ "Munnings" and "DeFreitas" are tagged plural nouns; an honorific before a name,
    or a capital inside a word, says it is one person's name."""
    assert last_speaker(run(in_brief(f"{introduced}\n\n{again}")), "said") == ("person", name)


def test_a_who_clause_on_a_body_inside_a_phrase_is_no_persons(run):
    """Guard: "the president of the Foundation for Harbour Peace, who said …": the parser
    hangs the clause on the body's name, which a "who" does not make a person's."""
    text = in_brief(
        "The board heard from Ana Lund, the president of the Foundation for Harbour Peace, "
        "who said the port was unsafe."
    )
    assert last_speaker(run(text), "said")[0] != "person"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Member of Parliament for the area, Hon. Grace Mwale Banda, who visited the "
            "camps on Monday, said the tents had come too late.",
            "Grace Mwale Banda",
        ),
        (
            "But Chambeshi Copper Mines head of corporate affairs Mwila Nkonde-Tembo said "
            "the company was committed to clearing the arrears.",
            "Mwila Nkonde-Tembo",
        ),
    ],
)
def test_the_name_a_titles_role_ends_on_is_the_title_holders(run, sentence, name):
    assert last_speaker(run(in_brief(sentence)), "said") == ("person", name)


def test_the_one_a_spokeswoman_speaks_for_is_not_her(run):
    """Guard: the name in "a spokeswoman for Mrs. Lund" is whom she serves."""
    report = run(in_brief("A spokeswoman for Mrs. Lund said the speech would go ahead."))
    assert last_speaker(report, "said") != ("person", "Lund")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The charity Harbour Aid said the car park would flood.", "Harbour Aid"),
        ("The charity Haven said the car park would flood.", "Haven"),
        ("The think tank Harbour Futures said the car park would flood.", "Harbour Futures"),
    ],
)
def test_a_name_said_to_be_a_kind_of_body_is_a_bodys(run, sentence, name):
    assert last_speaker(run(in_brief(sentence)), "said") == ("organization", name)


def test_a_phrase_of_its_own_after_a_subject_is_not_its_name(run):
    """Guard: "The harbour clerk whose cyber-mischief revealed …": the parser makes both
    phrases subjects of the verb, and the second, which opens with "whose", is no name
    the first is described by."""
    text = in_brief(
        "The harbour clerk whose cyber-mischief first revealed that the mayor used a "
        "private email address pleaded guilty on Wednesday."
    )
    assert last_speaker(run(text), "revealed")[1] != "whose cyber-mischief"


def _styled_then_given(styled: str, name: str) -> str:
    return in_brief(
        f"{styled} said the price had been set by an independent appraiser.\n\n"
        f"{name.split()[0]} said the regency would hold a second consultation next month."
    )


def test_indonesian_styles_are_no_part_of_the_name(run):
    """An engineer's "Ir." and, after another style, "H." (Haji) open Indonesian names;
    a later given name alone is the same person."""
    text = _styled_then_given("Regent Ir. H. Joko Santoso Wibisono", "Joko Santoso Wibisono")
    assert last_speaker(run(text), "said") == ("person", "Joko Santoso Wibisono")


@pytest.mark.parametrize(
    ("styled", "name"),
    [
        ("Village head Hj. Endah Rahayu Lestari", "Endah Rahayu Lestari"),
        ("Dra. Wulan Kusuma Dewi", "Wulan Kusuma Dewi"),
    ],
)
def test_indonesian_styles_read_before_stay_so(run, styled, name):
    """Guard: "Hj." and "Dra." came out of the name before they were listed as styles."""
    assert last_speaker(run(_styled_then_given(styled, name)), "said") == ("person", name)
