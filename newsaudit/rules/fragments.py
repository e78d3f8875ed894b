"""Sentences with no verb of their own: noun phrases and gerund phrases set as sentences.

Lists of achievements, programme notes and captions are often printed as a run of
sentences that each name a thing ("Passing the trade pact. Her fight for child care.")
and assert nothing about it; ``list_items`` decides which of them are items of a list.
The small model often tags a tensed verb as a noun, so ``is_verbless`` looks for any
sign of a clause before calling a sentence verbless.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsaudit.rules.tokens import CLAUSE_SUBJECTS, FINITE_TAGS

if TYPE_CHECKING:
    from newsaudit.rules.claims import SentenceInfo

# The parser's tags for a finite verb: a tensed form or a modal.
FINITE = FINITE_TAGS | {"MD"}
# Words that open a relative clause, and the dependents a noun has before it that could
# be a subject the tagger made a modifier of a verb it read as a noun.
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
NOUN_MODIFIERS = frozenset({"compound", "poss", "nmod"})


def is_verbless(sent: Span) -> bool:
    """Whether a sentence is a phrase with no verb of its own: a noun phrase or a gerund
    phrase ("Passing the trade pact.", "Her fight for child care."). A restrictive
    relative clause belongs to the phrase it narrows ("a bill that ended the subsidy").
    The small model often tags a tensed verb as a noun or an adjective ("the council
    votes", "the mayor strode"), so any sign of a clause keeps the sentence a claim: a
    tensed verb or a participle, a subject the parser found, or a plural-tagged "-s" word
    heading the sentence after a noun it could have as its subject ("Okafor chairs",
    "the agency's report details")."""
    narrowing = {x.i for t in sent if _narrowing(t) for x in t.subtree}
    for token in sent:
        if token.i in narrowing:
            continue
        if token.tag_ in FINITE or token.tag_ == "VBN":
            return False
        if any(c.dep_ in CLAUSE_SUBJECTS for c in token.children):
            return False
        if (
            token.tag_ == "NNS"
            and token.dep_ == "ROOT"
            and any(c.dep_ in NOUN_MODIFIERS and c.i < token.i for c in token.children)
        ):
            return False
    return True


def _narrowing(clause: Token) -> bool:
    """A restrictive relative clause: opened by a relative pronoun, with no comma before
    it ("the bill that ended …") -- not "documents how …", a clause the parser took for a
    relative one."""
    first = clause.left_edge
    if clause.dep_ != "relcl" or first.lower_ not in RELATIVE_PRONOUNS:
        return False
    return first.i > 0 and clause.doc[first.i - 1].text != ","


def list_items(paragraph: list[SentenceInfo]) -> list[SentenceInfo]:
    """A paragraph's sentences, those that are items of a list marked ``fragment``: a
    verbless sentence that is a paragraph of its own, or one of a run of them ("Her vote
    for the bailout. Her fight for child care."), as lists of achievements, captions and
    programme notes are printed. It names a thing and asserts nothing about it. A
    verbless sentence among clauses is more likely a tensed verb the tagger missed."""
    verbless = [s.fragment for s in paragraph]
    alone = len(paragraph) == 1
    return [
        replace(
            s,
            fragment=verbless[n]
            and (alone or any(verbless[k] for k in (n - 1, n + 1) if 0 <= k < len(paragraph))),
        )
        for n, s in enumerate(paragraph)
    ]
