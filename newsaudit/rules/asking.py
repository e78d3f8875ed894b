"""Questions put to someone: "Asked about the levy, she said …", "'…,' Okafor said, asked
about the delay", "when pressed on the date". The one asked is the one who answers; the
asker goes unnamed (PolNeAR train marks no source on these), and the question is not
part of the answer.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsaudit.rules.base import cue_entry
from newsaudit.rules.frames import ASKING_VERBS
from newsaudit.rules.tokens import SUBJECT_DEPS


def question_before(cue: Token, head: Token | None = None) -> set[int] | None:
    """ "Asked what he believed, he said, "It is wrong"": the question put to the speaker,
    a bare participle before the cue, is not part of the answer around it (the clause
    ``head``, by default the cue's head)."""
    for clause in (head or cue.head).lefts:
        own = {c.dep_ for c in clause.children}
        bare = not own & {"aux", "auxpass", "nsubj", "nsubjpass", "mark"}
        # the tagger may read a sentence-opening "Asked" as a past tense; "Bound together
        # by …, the two nations, Xi said, …" is part of what was said
        asked = clause.lemma_.lower() in ASKING_VERBS
        if clause.i < cue.i and clause.dep_ == "advcl" and asked and bare:
            return {t.i for t in clause.subtree}
    return None


def asked_clause(token: Token) -> bool:
    """ "Asked whether …, she said": a bare participle in an adverbial clause is a passive
    whose understood subject is the one asked; the asker goes unnamed (PolNeAR train
    marks no source on these)."""
    bare = not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    return bare and (
        (token.tag_ == "VBN" and token.dep_ == "advcl")
        or _asked_before_saying(token)
        or _asked_after_saying(token)
    )


def _asked_before_saying(token: Token) -> bool:
    """ "Asked what drew him to politics, Blocker said …": a verb of asking that opens the
    sentence with no subject of its own, set before the clause it hangs on, is the
    participle however the tagger reads it (here a past tense): the one asked speaks next."""
    return (
        token.lemma_.lower() in ASKING_VERBS
        and token.dep_ == "advcl"
        and token.i == token.sent.start
        and token.head.i > token.i
        and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
    )


def _asked_after_saying(token: Token) -> bool:
    """'"…," Okafor said, asked about the delay.': a verb of asking set off by a comma
    right after a verb of saying, with no subject of its own, is a passive participle the
    tagger may read as a past tense; the speaker is the one asked."""
    head = token.head
    return (
        token.lemma_.lower() in ASKING_VERBS
        and token.tag_ in ("VBD", "VBN")
        and token.dep_ in ("xcomp", "advcl", "conj")
        and head.i < token.i
        and token.doc[token.i - 1].text == ","
        and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
        and (entry := cue_entry(head)) is not None
        and entry.category == "statement"
    )


def asked_about(token: Token) -> bool:
    """ "Asked about the levy, she said…", "when asked for his position": the question put
    to the speaker is named by the phrase after "asked" (study split: 16 of 24 such
    phrases annotated as the content of "asked"), not only by a clause."""
    return token.lemma_ == "ask" and asked_clause(token)
