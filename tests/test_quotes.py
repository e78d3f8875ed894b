"""Quotation-mark pairing, without the model."""

from newsaudit.quotes import find_quotes
from newsaudit.rules.direct import is_quotation
from newsaudit.textutil import lines


def quotes(text):
    return [(text[q.start : q.end], q.closed, q.runs_on) for q in find_quotes(text, lines(text))]


def test_straight_and_curly_quotes_pair():
    text = 'He said "we will win the vote" and “we will not stop there.”'
    assert [q[0] for q in quotes(text)] == ['"we will win the vote"', "“we will not stop there.”"]


def test_apostrophes_and_possessives_are_not_quotes():
    text = "Simmons' plan and the union's offer don't cover the '90s, she said."
    assert quotes(text) == []


def test_single_quotes_in_a_headline():
    text = "Mayor: 'We will not cut the buses'"
    assert quotes(text) == [("'We will not cut the buses'", True, False)]


def test_quote_left_open_runs_on_into_next_paragraph():
    text = "“The first part of it.\n“And the second part,” she said."
    found = quotes(text)
    assert found[0] == ("“The first part of it.", False, True)
    assert found[1] == ("“And the second part,”", True, False)


def test_unbalanced_quote_stops_at_paragraph_end():
    text = "He called it “a farce and left.\nThe next paragraph is plain."
    assert quotes(text) == [("“a farce and left.", False, False)]


def test_guillemets():
    text = "Il a dit «nous allons gagner» hier."
    assert quotes(text)[0][0] == "«nous allons gagner»"


def test_scare_quotes_and_titles_are_not_quotations():
    text = 'A Russian "trick" on the "Harbour Watch" podcast, not "we are ready to talk."'
    found = list(find_quotes(text, lines(text)))
    assert [is_quotation(text, q) for q in found] == [False, False, True]


def test_typewriter_double_quotes():
    text = "The governor is ''activating his network,'' an aide said, not ``resting.''"
    assert [q[0] for q in quotes(text)] == ["''activating his network,''", "``resting.''"]


def test_a_double_mark_set_apart_after_a_nested_single_quote_closes():
    # American style puts a space between the nested single mark and the outer double one
    text = '"The port calls it \'a stopgap,\' " Lyle said. "We call it a plan."'
    assert [q[0] for q in quotes(text)] == [
        "\"The port calls it 'a stopgap,' \"",
        '"We call it a plan."',
    ]
