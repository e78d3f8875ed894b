"""What a cue's noun object is: something said or thought ("questioned the claim"), a
thing ("questioned the timing"), a person or body addressed ("questioned two men"), or a
pronoun that stands for one; and where a noun phrase ends, before the writer's aside
that describes it afterwards. ``frames`` reads these to decide whether a cue with a noun
phrase is a stance or an act.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsaudit.data import Cue, cues
from newsaudit.rules.base import SPEAKING_HEADS, Offsets, subtree_offsets
from newsaudit.rules.tokens import QUOTE_MARKS, TIME_LABELS, is_infinitive

# Directive nouns name a request to be granted or refused, not something true or false:
# "rejected the demand" is a decision, "rejected the claim" a stance.
DIRECTIVE_NOUNS = frozenset(
    {"demand", "request", "call", "plea", "appeal", "proposal", "offer", "invitation"}
)
# Pronoun objects that stand for a person or a group named before ("it" after a verb of
# saying is what was said: "said it", "called it").
PERSON_OBJECTS = frozenset({"him", "her", "them", "me", "us"})
# Relative pronouns that can be a verb's object: "the deal, which Putin opposed" (study
# split: 15 of 23 such stances annotated, the pronoun as content; "that" is as often a
# misparsed complementizer, 12 of 29).
RELATIVE_OBJECTS = frozenset({"which", "whom", "who"})
# Children of a noun that describe it after the fact; a stance's object stops before them.
TRAILING = frozenset({"relcl", "acl", "appos"})


def direct_object(token: Token) -> bool:
    """A direct object of the cue; not a lone day the parser took for one before the
    cue's infinitive ("promised Monday to act"), unlike a span of time ("expected a full
    90 minutes of debate") or a day named as what it is ("called Christmas a sham")."""
    if token.dep_ != "dobj":
        return False
    lone_day = token.ent_type_ in TIME_LABELS and token.n_lefts + token.n_rights == 0
    return not (lone_day and any(is_infinitive(c) for c in token.head.rights))


def pronoun_target(obj: Token, entry: Cue) -> bool:
    """A pronoun object that stands for what a stance is toward: a person or group named
    before ("endorsed her"), a relative pronoun ("which Putin opposed"), or, after a verb
    of belief or stance that takes any noun phrase, "it" for the measure or idea named
    before ("Democrats opposed it because …"; study split: 13 of 18 such objects outside
    quotation marks annotated, the pronoun as content). After a verb of saying, "it" is
    as often not what was said ("said it twice", "denied it": 4 of 8)."""
    if obj.lower_ in PERSON_OBJECTS or relative_object(obj):
        return True
    return obj.lower_ == "it" and "object" in entry.frames and entry.category != "statement"


def relative_object(obj: Token) -> bool:
    """A relative pronoun that is the object of its clause's verb: what the stance of
    "which Putin opposed" is toward."""
    return obj.lower_ in RELATIVE_OBJECTS and obj.dep_ == "dobj" and obj.head.dep_ == "relcl"


def gerund_object(token: Token, cue: Token) -> bool:
    own = {c.dep_ for c in token.children}
    # "reported being logged out": a passive gerund, its participle the clause's head
    passive = token.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VBG" for c in token.children
    )
    return (
        token.i > cue.i
        and token.dep_ in ("xcomp", "ccomp")
        and (token.tag_ == "VBG" or passive)
        and not own & {"aux", "nsubj", "mark"}
    )


def thing_frame(obj: Token, frames: frozenset[str]) -> bool:
    # "questioned the timing": doubting a thing is a stance; "questioned two men" an
    # interrogation
    return "thing" in frames and not addressee_like(obj)


def addressee_like(noun: Token) -> bool:
    """Whether a noun names a person or a body (someone addressed, named or quoted)."""
    if noun.pos_ == "PRON":
        return noun.lower_ in PERSON_OBJECTS
    return (
        noun.pos_ == "PROPN"
        or noun.ent_type_ in ("PERSON", "ORG")
        or noun.lemma_.lower() in SPEAKING_HEADS
    )


def proposition_like(noun: Token) -> bool:
    """Whether a noun phrase names something said, thought or shown: a noun cue ("the
    claim", "his remarks"), a quotation, or a noun with a clause of its own."""
    entry = cues().get((noun.lemma_.lower(), "noun"))
    if entry is not None and noun.lemma_.lower() not in DIRECTIVE_NOUNS:
        return True
    if any(t.text in QUOTE_MARKS for t in noun.subtree):
        return True
    return any(c.dep_ in ("acl", "ccomp") and c.pos_ == "VERB" for c in noun.children)


def noun_phrase(noun: Token) -> Offsets | None:
    """A noun phrase up to (not including) a relative clause, participle or apposition
    that describes it afterwards, or that a comma sets off after a noun inside it ("the
    endorsement of Sen. Graham, Congress' most zealous advocate for …", "criticism of
    the host, who took heat for …"): the writer's aside, not what the stance is about."""
    skip = {
        t.i
        for c in noun.children
        if c.dep_ in TRAILING and c.i > noun.i and not _noun_infinitive(c) and not _bare_gerund(c)
        for t in c.subtree
    }
    for token in noun.subtree:
        if token.i > noun.i and token.dep_ in TRAILING and token.i not in skip and _set_off(token):
            skip.update(t.i for t in token.subtree)
            skip.add(token.left_edge.i - 1)
    return subtree_offsets(noun, skip or None)


def _bare_gerund(clause: Token) -> bool:
    """ "problems accessing Facebook", "a plan raising fares": a bare noun with a
    participle of no saying right after it names what it is about (not "a memo saying
    …", whose participle reports, nor "the levy, raising …", set off by a comma)."""
    noun = clause.head
    bare = not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in noun.children)
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBG"
        and clause.i == noun.i + 1
        and bare
        and cues().get((clause.lemma_.lower(), "verb")) is None
    )


def _noun_infinitive(clause: Token) -> bool:
    """ "plans to sue the panel", "an effort to block the rule": a to-infinitive right
    after its noun completes it (what is planned, what is tried); it does not describe
    the noun after the fact as a relative clause does."""
    first = clause.left_edge
    return (
        clause.dep_ == "acl"
        and first.lower_ == "to"
        and first.head.i == clause.i
        and first.i == clause.head.i + 1
    )


def _set_off(token: Token) -> bool:
    """Whether a phrase is set off from the word before it by a comma or a dash."""
    first = token.left_edge
    return first.i > 0 and first.nbor(-1).text in (",", "—", "–", "-")
