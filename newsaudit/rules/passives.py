"""Passive cues and who did their act: "the deal was confirmed by aides", "X is said to Y",
"Residents told to boil water", "The bill, said to cost millions, was passed".

The subject of a passive cue is what was said or thought of; its source, if any, is the
object of the "by" phrase, wherever the parser hung it.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsaudit.data import lexicon
from newsaudit.rules.misparsed import reduced_passive
from newsaudit.rules.tokens import TIME_LABELS, is_infinitive

# Verbs of directing that must name whom they address ("urged them to act"): without
# that object before their to-infinitive, they are a passive with its "be" left out.
ADDRESSING_DIRECTIVES = frozenset(
    {"urge", "tell", "advise", "order", "warn", "instruct", "encourage", "implore", "force"}
)


# How a name or a description given by a passive hangs on it ("dubbed 'the ferry tax'",
# "described as a tax on islanders"): not a clause joined to it ("proposed under Nixon
# and further carried out by Reagan").
PREDICATE_PATH = frozenset({"oprd", "attr", "prep", "pobj", "dobj"})


def passive_modifier(token: Token) -> bool:
    """ "a boatman known as …", "a plan backed by …", "compared to 11%": a bare participle
    describing a noun or setting a frame, not someone's report."""
    bare = not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    return token.tag_ == "VBN" and bare and token.dep_ in ("acl", "amod", "advcl", "prep")


def is_passive(token: Token) -> bool:
    """Whether a cue verb is passive: its subject is what was said or thought of."""
    return (
        any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
        or _bare_passive(token)
        or reduced_passive(token)
    )


def _bare_passive(token: Token) -> bool:
    """ "Users Urged to Remain Cautious", "Residents told to boil water": a headline drops
    the passive's "are". A verb that must name whom it addresses ("urged them to", "told
    us to"), with no one after it but a to-infinitive, is that passive: its subject is
    who was urged, not who urged."""
    return (
        token.lemma_.lower() in ADDRESSING_DIRECTIVES
        and token.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("aux", "dobj", "dative", "iobj", "ccomp") for c in token.children)
        # a to-infinitive, not a participle the parser hung there ("urged struggling
        # students to talk": the students are whom she urged)
        and any(c.i > token.i and is_infinitive(c) for c in token.children)
    )


def agent_of(token: Token) -> Token | None:
    """Who did the passive's act: the object of its "by" phrase -- not a time ("was
    declared extinct by the 1970s", "is expected by Friday"), which says when."""
    for child in token.children:
        if child.dep_ == "agent":
            agent = next((c for c in child.children if c.dep_ == "pobj"), None)
            return None if agent is None or agent.ent_type_ in TIME_LABELS else agent
    return _agent_hung_on_predicate(token)


def _agent_hung_on_predicate(token: Token) -> Token | None:
    """ "The levy was dubbed 'the ferry tax' by critics", "was described as a tax on
    islanders by critics": the parser may hang the "by" phrase that closes the passive on
    the name or description it gives; it is still who gave it, when it names people or a
    body (not "by phone", "by 10%")."""
    last = token.right_edge
    while last.is_punct and last.i > token.i:
        last = last.nbor(-1)
    prep = last.head
    if last.dep_ != "pobj" or prep.lower_ != "by" or prep.head.i == token.i:
        return None
    word = prep.head
    while word.i != token.i:  # through the name or description given, not a clause
        if word.dep_ not in PREDICATE_PATH or word.head.i == word.i:
            return None
        word = word.head
    return last if _may_speak(last) else None


def _may_speak(word: Token) -> bool:
    """A word for people or a body: a name, a plural ("critics"), a title or a body."""
    if word.ent_type_ in TIME_LABELS or word.like_num:
        return False
    singular = word.lower_ in lexicon.TITLES | lexicon.ORGANIZATION_HEADS | lexicon.ANONYMOUS_HEADS
    return word.pos_ == "PROPN" or word.tag_ == "NNS" or singular
