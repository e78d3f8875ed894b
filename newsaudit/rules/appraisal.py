"""Appraisals: "Forbes put his net worth at $45 billion", "Bloomberg pegged him at $2.9
billion", "initial estimates put the total at about 55,000 pages".

A verb of placing or valuing, with an object and an "at" phrase holding an amount, states
an estimate: whoever places the object there (a firm, an outlet, the estimates themselves)
vouches for the amount, and PolNeAR annotators make the subject the source and the object
with its amount the content. The amount is what tells an estimate from an act: "put the
bill at the top of the agenda" or "placed the bag at the door" name a place, and "put
the vote at 3 p.m." a time. A named poll's findings ("a CNN poll puts her at 40 percent")
are read by the poll rule first.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.rules.base import Candidate, Offsets, mention, offsets, trim

# Verbs that place an object at an amount, as PolNeAR train annotates them ("put",
# "estimate", "peg", and "place"/"value" in the same frame).
APPRAISAL_VERBS = frozenset({"put", "peg", "estimate", "place", "value"})
# Entity types of an amount; a time or a date ("at 3 p.m.", "at 50") is not one.
AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})


def find_appraisals(sent: SpacySpan, quoted: set[int], taken: set[Offsets]) -> Iterator[Candidate]:
    """Yield the estimates in one sentence stated as "X put Y at AMOUNT", leaving alone
    the cues another rule has read (``taken``)."""
    for verb in sent:
        if verb.i in quoted or verb.pos_ != "VERB" or offsets(verb, verb) in taken:
            continue
        if verb.lemma_.lower() not in APPRAISAL_VERBS:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if subject is None or obj is None or subject.pos_ not in ("NOUN", "PROPN"):
            continue
        # the parser hangs "at" on the verb or on its object
        amount = next((p for p in (*verb.children, *obj.children) if _at_amount(p)), None)
        if amount is None:
            continue
        end = max(obj.right_edge.i, amount.right_edge.i) + 1
        # up to an aside on the amount: "at $2.9 billion, which he called a disgrace"
        end = next((t.i for t in sent.doc[amount.i : end] if t.text == ","), end)
        content = trim(sent.doc[obj.left_edge.i : end])
        if content is None:
            continue
        yield Candidate(
            kind="indirect",
            category="belief",
            cue=offsets(verb, verb),
            content=content,
            source=mention(subject),
            rule="appraisal",
        )


def _at_amount(prep: Token) -> bool:
    # "at about $42 billion", "at a solid 50 percent"
    if prep.dep_ != "prep" or prep.lower_ != "at":
        return False
    return any(t.ent_type_ in AMOUNT_LABELS for t in prep.subtree)
