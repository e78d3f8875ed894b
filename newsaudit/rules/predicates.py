"""Object-predicate frames: "called the plan a disgrace", "described it as reckless",
"a poll showing her ahead by nine points".

The predicate says what the speaker holds the object to be, so the stance's content runs
from the object through the predicate. The parser gives the predicate in several ways:
as the verb's predicate complement (``oprd``), an "as" phrase, a bare adverb right after
the object, a second object, or inside the object itself (an apposition, a trailing
adjective, a quoted name closing it); each is recognised here.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Token

from newsaudit.rules.tokens import QUOTE_MARKS

# What a participle takes as a verb: an object, a clause, a phrase.
VERB_COMPLEMENTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "prep"})
# Pronouns for someone a quoted name may be given to ("called her 'third-rate'"), which
# the parser may read as the possessor of the quoted words.
NAMED_PRONOUNS = frozenset({"him", "her", "them", "it", "us", "me"})
# A sentence's stop, which American style sets inside the closing quotation mark.
STOPS = frozenset({".", "!", "?"})


def is_predicate(token: Token, after: Token) -> bool:
    """Whether a complement of the verb says what its object (``after``) is."""
    # "called it a disgrace" (oprd), "described the plan as reckless" (as); "a poll
    # showing her ahead": a bare adverb right after the object says where the object
    # stands (the parser hangs it on the verb), unlike a manner adverb ("quickly")
    placed = (
        token.dep_ == "advmod"
        and token.i == after.right_edge.i + 1
        and not token.lower_.endswith("ly")
    )
    # "calling President Obama an 'ignorant baboon'": the parser may read the predicate
    # as a second object after the first, the last of the verb's complements
    second = (
        token.dep_ == "dobj"
        and token.i > after.right_edge.i
        and not any(c.i > token.i and _predicate_like(c) for c in token.head.children)
    )
    as_phrase = token.dep_ == "prep" and token.lower_ == "as"
    predicate = token.dep_ == "oprd" or as_phrase or placed or second
    return token.i > after.i and predicate and not is_doing(token)


def is_doing(token: Token) -> bool:
    """ "called the sheriff's office asking questions": a participle with complements of
    its own tells what the subject was doing (a phone call), not what the object is; with
    a determiner it is a noun ("what he calls the 'shaming' of students")."""
    deps = {c.dep_ for c in token.children}
    return token.tag_ == "VBG" and bool(deps & VERB_COMPLEMENTS) and not deps & {"det", "poss"}


def _predicate_like(token: Token) -> bool:
    """A complement that says what the object is: "a disgrace" (oprd), "as reckless", or
    a further object the parser took the predicate for."""
    as_phrase = token.dep_ == "prep" and token.lower_ == "as"
    return token.dep_ in ("oprd", "dobj") or as_phrase


def predicate_inside(obj: Token) -> bool:
    """ "called her son her hero", "called the squabble unusual": the parser may hang the
    predicate on the object, as an apposition right after its head (no comma sets it
    off, as one would a true apposition: "called her son, a doctor,") or as an adjective
    after the noun closing the object (English puts adjectives before their noun)."""
    if quoted_predicate(obj) or _after_apposition(obj):
        return True
    for token in obj.subtree:
        if token.left_edge.i != token.head.i + 1 or token.i <= obj.i:
            continue
        if token.dep_ == "appos" and token.head.i == obj.i and token.pos_ == "NOUN":
            return any(c.dep_ in ("det", "poss") for c in token.children)  # "her hero"
        if token.dep_ == "amod" and token.pos_ == "ADJ" and token.i == obj.right_edge.i:
            return token.head.pos_ in ("NOUN", "PROPN")
    return False


def _after_apposition(obj: Token) -> bool:
    """ "called Mr. Yanukovych, a former coal trucking director, an outstanding leader":
    a second noun phrase set off right after the apposition that describes the object
    (the parser may hang it on the apposition) is what the speaker called it."""
    set_off = [
        t
        for t in obj.subtree
        if t.dep_ == "appos"
        and t.pos_ == "NOUN"
        and t.left_edge.i > obj.i
        and obj.doc[t.left_edge.i - 1].text == ","
    ]
    for first, second in itertools.pairwise(set_off):
        own = {t.i for t in first.subtree} - {t.i for t in second.subtree}
        adjacent = all(t.i in own for t in obj.doc[first.i : second.left_edge.i - 1])
        determined = any(c.dep_ in ("det", "poss") for c in second.children)
        if second.head in (first, obj) and adjacent and determined:
            return True
    return False


def quoted_predicate(obj: Token) -> bool:
    """ "calling Mexican border-crossers 'rapists'", "has called the trade pact
    'insanity'": a quotation closing the object after a noun of its own is the name the
    speaker gives the thing before it, which the parser reads as the head of one noun
    phrase (a quotation opening the object, "called the 'Islamic State'", only names)."""
    words = list(obj.subtree)
    opening = next((t for t in words if t.text in QUOTE_MARKS and t.i > words[0].i), None)
    if opening is None or obj.i < opening.i:
        return False  # the head, the word named, must be inside the quotation
    # a noun, or a pronoun for someone ("called her 'third-rate'")
    named = [
        t
        for t in words
        if t.i < opening.i and (t.pos_ in ("NOUN", "PROPN") or t.lower_ in NAMED_PRONOUNS)
    ]
    # the closing mark, which the parser may hang elsewhere, after the sentence's stop
    # in American style ("called the suspension 'arbitrary.'")
    after = obj.doc[words[-1].i + 1 : words[-1].i + 3]
    if len(after) == 2 and after[0].text in STOPS:
        after = after[1:]
    closed = words[-1].text in QUOTE_MARKS or (
        len(after) > 0 and after[0].text in QUOTE_MARKS | {","}
    )
    return bool(named) and closed


def extent(cue: Token, pred: Token) -> Token:
    """A placed adverb with the phrases of the cue that run on from it ("her ahead by
    nine points": the parser hangs "by nine points" on the verb)."""
    last = pred
    if pred.dep_ != "advmod":
        return pred  # "called the plan a disgrace in a speech": the adjunct is not said
    for child in cue.children:
        if child.dep_ == "prep" and child.left_edge.i == last.right_edge.i + 1:
            last = child
    return last
