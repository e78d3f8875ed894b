"""What a relative pronoun stands for: the noun its clause describes, which the parser
does not always hang the clause on ("Jim Dale, a dock worker who said …" is Jim Dale's
word; "Amina Wekesa, general secretary of the Federation, which called …" the
Federation's)."""

from __future__ import annotations

from spacy.tokens import Token

from newsaudit.data import lexicon
from newsaudit.rules.names import PERSON_NOUNS
from newsaudit.rules.tokens import SUBJECT_DEPS, TIME_LABELS, before_time

RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
# Words for someone: offices, relations, trades ("a fisherman"), descriptions.
SOMEONE = PERSON_NOUNS | lexicon.OCCUPATIONS | lexicon.DESCRIPTION_NOUNS | lexicon.KIN_NOUNS


def _is_relative(token: Token) -> bool:
    """A relative pronoun that is the subject of its clause ("officials who said")."""
    return (
        token.lower_ in RELATIVE_PRONOUNS
        and token.dep_ in SUBJECT_DEPS
        and token.head.dep_ == "relcl"
        and token.head.head.i != token.head.i
    )


def stands_for(token: Token) -> Token:
    """The noun a relative pronoun stands for; any other token is itself.

    The parser hangs a clause on the first noun of an apposition ("Amina Wekesa, general
    secretary of the Federation, which called …"); "which" never stands for a person, so
    it then takes the noun right before it.
    """
    if not _is_relative(token):
        return token
    noun = token.head.head
    if token.lower_ in ("who", "whom"):
        noun = _predicated(noun)
        noun = _person_before_place(noun)
    if noun.ent_type_ in TIME_LABELS and token.i > 0 and token.nbor(-1).text == ",":
        noun = before_time(noun)  # "her records in July, which showed": not July
    if noun.dep_ == "appos" and noun.tag_ == "NN" and _whole_name(noun.head):
        noun = noun.head  # "Jim Dale, a dock worker who said …": said of the name
    if token.lower_ == "which" and noun.ent_type_ == "PERSON" and token.i > 0:
        before = token.doc[token.i - 1]
        if before.is_punct and token.i > 1:
            before = token.doc[token.i - 2]
        while before.dep_ in ("compound", "flat") and before.head.i > before.i:
            before = before.head
        if before.pos_ in ("NOUN", "PROPN") and before.ent_type_ != "PERSON":
            return before
    return noun


def _person_before_place(noun: Token) -> Token:
    """The person a "who" clause speaks of where the parser hangs it on the place or thing
    after them: "a fisherman in the harbour who told me", "an older supporter in the
    Miami area who": "who" is said of people, so a noun that names none, in a phrase on a
    noun that does, gives way to it."""
    if noun.dep_ != "pobj" or _someone(noun):
        return noun
    holder = noun.head.head
    return holder if noun.head.dep_ == "prep" and _someone(holder) else noun


def _someone(noun: Token) -> bool:
    """Whether a noun names a person: a person's name, or a word for someone."""
    if noun.ent_type_ == "PERSON" or noun.pos_ == "PRON":
        return True
    words = {noun.lower_, noun.lemma_.lower()}
    return noun.pos_ == "NOUN" and bool(words & SOMEONE)


def _whole_name(token: Token) -> bool:
    """Whether a token heads a name the parser kept whole: not the last word of "Democracy
    for America" or "Bank of America", which it hangs on the preposition."""
    if token.pos_ != "PROPN":
        return False
    first = token.left_edge.i
    before = token.doc[first - 2 : first]
    joined = token.dep_ == "pobj" and len(before) == 2 and before[1] == token.head
    if joined and before[0].pos_ == "PROPN":
        return False  # a capitalised word right before the preposition
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return entity is None or entity.start >= first


def _predicated(noun: Token) -> Token:
    """The person a predicate noun describes, or the noun itself: in "Trump is a serial
    liar and bully who has pledged …" the clause is said of Trump, not of "bully"; in
    "the targets are centrist leaders who …" of the leaders, the subject being no name."""
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.pos_ != "NOUN" or first.dep_ != "attr" or first.head.lemma_ != "be":
        return noun
    subject = next((c for c in first.head.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ == "PROPN" else noun
