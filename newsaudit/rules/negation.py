"""Negated cues: "has not confirmed the layoffs", "did not mention Reyes", "never cited".

What someone did not say about a thing is still reported (PolNeAR annotates it, and
``rules.reported`` keeps it), but a cue that reads "confirmed" says the opposite of the
sentence. The negation and the auxiliaries before it are part of the cue, as annotators
mark it ("did not mention", "has not endorsed": 288 cues on the study split hold one),
so every report shows what was not said as not said.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsaudit.rules.base import Candidate

# Words the parser hangs on a verb as its negation ("not", "n't", "never").
NEGATION_DEPS = frozenset({"neg"})
# What may stand between an auxiliary, the negation and the verb ("has not yet",
# "did not immediately respond", "would never publicly say").
BETWEEN_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


def with_negation(doc: Doc, cand: Candidate) -> None:
    """Widen a candidate's cue to the auxiliary and negation before its verb."""
    verb = _verb_at(doc, cand.cue[0])
    if verb is None:
        return
    start = _negated_start(verb)
    if start is not None and start.idx < cand.cue[0]:
        cand.cue = (start.idx, cand.cue[1])


def _verb_at(doc: Doc, at: int) -> Token | None:
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span[0]
    return token if token.pos_ in ("VERB", "AUX", "ADJ") else None


def _negated_start(verb: Token) -> Token | None:
    """The first word of the run of auxiliaries, adverbs and negation right before a
    negated verb ("did not", "has not yet", "would never"), or None when the verb has no
    negation of its own in that run."""
    i = verb.i - 1
    negated = False
    start = None
    while i >= 0:
        word = verb.doc[i]
        if word.head.i != verb.i or word.dep_ not in BETWEEN_DEPS:
            break
        negated = negated or word.dep_ in NEGATION_DEPS
        start = word
        i -= 1
    return start if negated else None
