"""Object-predicate frames: "called the plan a disgrace", "described it as reckless",
"a poll showing her ahead by nine points".

The predicate says what the speaker holds the object to be, so the stance's content runs
from the object through the predicate. The parser gives the predicate in several ways:
as the verb's predicate complement (``oprd``), an "as" phrase, a bare adverb right after
the object, a second object, or inside the object itself (an apposition, a trailing
adjective, a quoted name closing it); each is recognised here.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsaudit.rules.tokens import QUOTE_MARKS

# What a participle takes as a verb: an object, a clause, a phrase.
VERB_COMPLEMENTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "prep"})


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
    if quoted_predicate(obj):
        return True
    for token in obj.subtree:
        if token.left_edge.i != token.head.i + 1 or token.i <= obj.i:
            continue
        if token.dep_ == "appos" and token.head.i == obj.i and token.pos_ == "NOUN":
            return any(c.dep_ in ("det", "poss") for c in token.children)  # "her hero"
        if token.dep_ == "amod" and token.pos_ == "ADJ" and token.i == obj.right_edge.i:
            return token.head.pos_ in ("NOUN", "PROPN")
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
    named = [t for t in words if t.i < opening.i and t.pos_ in ("NOUN", "PROPN")]
    last = words[-1].i + 1  # the closing mark, which the parser may hang elsewhere
    closed = words[-1].text in QUOTE_MARKS or (
        last < len(obj.doc) and obj.doc[last].text in QUOTE_MARKS | {","}
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
