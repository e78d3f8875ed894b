"""Names read wrongly before: a firm whose name opens with a title word ("General
Electric" is no person "Electric"), a body known abroad by initials shaped like a US
station's call sign ("KNUT" is no broadcaster), and a Dutch "ten" inside a name the
tagger took for a number ("Gerrit ten Hove").

Every text here is written for the test; the people and bodies are invented, the firms'
names aside.
"""

from __future__ import annotations

import pytest

from tests.reports import in_brief, last_speaker


@pytest.mark.parametrize("firm", ["General Electric", "General Dynamics"])
def test_a_firm_named_with_a_title_word_keeps_it(run, firm):
    report = run(in_brief(f"{firm} said it would cut 400 jobs at the plant in the spring."))
    assert last_speaker(report, "said") == ("organization", firm)


def test_a_firm_the_recognizer_knows_whole_keeps_its_title_word(run):
    """Guard: "General Motors" came out whole before; the new ending rule keeps it so."""
    report = run(in_brief("General Motors said it would cut 400 jobs at the plant."))
    assert last_speaker(report, "said") == ("organization", "General Motors")


def test_a_general_before_a_name_is_still_a_title(run):
    """Guard: the title comes off a person's name as before."""
    report = run(in_brief("General Ama Mensah said the troops would stay until the spring."))
    assert last_speaker(report, "said") == ("person", "Ama Mensah")


def test_initials_shaped_like_a_call_sign_are_no_station(run):
    report = run(in_brief("KNUT secretary general Jane Wambui said the strike would go ahead."))
    assert last_speaker(report, "said") == ("person", "Jane Wambui")


def test_a_call_sign_is_still_a_station(run):
    """Guard: a station named by its call sign is an outlet."""
    report = run(in_brief("WKRB reported that the bridge would stay closed until Friday."))
    assert last_speaker(report, "reported") == ("outlet", "WKRB")


def test_a_particle_read_as_a_number_stays_in_the_name(run):
    report = run(in_brief("Gerrit ten Hove, the harbour master, said the port would reopen."))
    assert last_speaker(report, "said") == ("person", "Gerrit ten Hove")
