"""Acts on the public record: what a court, a legislature or a government did in office.

Wire style needs no source for a matter of public record: "A jury convicted Hartley of
manslaughter", "The Security Council imposed sanctions", "the legislature repealed the
law" can be looked up, and an editor gains nothing from a flag on them. The act has to
be what the sentence asserts -- its main verb, not a clause inside it -- and is told by
the verb: one whose every sense is an act in office ("convicted", "repealed", "vetoed"),
or one of putting in force with an instrument of public authority as its object
("imposed sanctions", "lifted a curfew", "put in place restrictions").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.data import claim_words

# How a clause's own object or passive subject hangs on its verb.
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def find_official_acts(sent: SpacySpan) -> Iterator[Token]:
    """The main verbs of ``sent`` (its root and the verbs coordinated with it) that report
    an act in office."""
    root = sent.root
    for verb in (root, *(c for c in root.children if c.dep_ == "conj")):
        if verb.pos_ == "VERB" and _in_office(verb):
            yield verb


def _in_office(verb: Token) -> bool:
    """A verb whose every sense is an act in office, or one of putting in force ("imposed",
    "put in place") with an instrument of public authority as its object."""
    lemma = verb.lemma_.lower()
    if lemma in claim_words.OFFICIAL_ACTS:
        return True
    puts_in_force = lemma in claim_words.INSTRUMENT_ACTS or (
        lemma == "put" and any(p.lower_ == "in" and _placed(p) for p in verb.children)
    )
    return puts_in_force and any(c.dep_ in OBJECT_DEPS and _instrument(c) for c in verb.children)


def _placed(prep: Token) -> bool:
    """ "put in place": the phrase that makes "put" an act of putting in force (read by
    the word after "in", as the parser may take "place" for a modifier of the object:
    "put in place restrictions")."""
    following = prep.i + 1
    return following < len(prep.doc) and prep.doc[following].lower_ == "place"


def _instrument(noun: Token) -> bool:
    """A sanction, a law, a curfew: what only a public authority puts in force ("sweeping
    new sanctions", "the 2013 voting law", "an executive order")."""
    return noun.lemma_.lower() in claim_words.PUBLIC_INSTRUMENTS
