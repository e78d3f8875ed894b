"""Cues set off by commas: "Y, X said.", "Y," said X., "Y, she said, Z", "…, records show".

The parser hangs a cue set off after or inside the clause it reports off that clause (as
``parataxis``, or as an adverbial or coordinated clause), so the clause has no
complement to find: the content is the clause around the cue, without the cue when the
cue closes it, with it when the clause goes on after it (the content is both halves).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsaudit.data import Cue
from newsaudit.rules.asking import question_before
from newsaudit.rules.base import FINITE_TAGS, cue_entry, subtree_offsets
from newsaudit.rules.frames import Content, completed_after, cue_phrase, find_content
from newsaudit.rules.misparsed import demonstrative_that
from newsaudit.rules.tokens import SET_OFF_MARKS, SUBJECT_DEPS, resumed_after


def set_off_content(cue: Token, entry: Cue) -> Content | None:
    """The clause a cue set off by commas reports, or None when the cue is not set off:
    "Y, X said" the clause before the cue; "Y, she said, Z" the whole clause around it."""
    if not _parenthetical(cue, entry):
        return None
    clause = _clause_around(cue)
    closing = cue.i > cue.head.i and not _goes_on(cue)
    if not closing and _between_quotations(cue):
        return None  # '"A," she says, "B."': one quotation its cue interrupts (rules.direct)
    skip = _set_off_cue(cue) if closing else question_before(cue, clause)
    offsets_ = subtree_offsets(clause, skip=skip)
    return Content(offsets_, "clause") if offsets_ is not None else None


def _clause_around(cue: Token) -> Token:
    """The clause a set-off cue stands in. The parser may hang a cue in mid-sentence on a
    clause after it ("It's easy, she says, for people to marvel …" hangs "says" on
    "marvel"), whose words start at the cue, or on the subject before it ("The
    difference now, he told me, is that …" hangs "told" on "difference"): the clause
    reported is the one that holds the words before the cue as well, and a verb."""
    head = cue.head
    while head.dep_ != "ROOT" and (
        head.left_edge.i >= cue.left_edge.i or head.pos_ not in ("VERB", "AUX")
    ):
        head = head.head
    return head


def _goes_on(cue: Token) -> bool:
    """Whether the clause a set-off cue follows goes on after it ("The work is hard,
    Lawrence says, for people who never see it."): the words after the cue's closing comma
    are the same clause's, so the content is the whole of it -- not a clause joined by a
    conjunction ("…, she said, and the council agreed"), which is the writer's."""
    words = [t for t in cue.subtree if not t.is_punct]
    after = resumed_after(cue.doc, words[-1].i, cue.sent.end, SET_OFF_MARKS)
    return after is not None and after.head.i != cue.i


def _between_quotations(cue: Token) -> bool:
    """Whether a cue stands between a closing quotation mark and an opening one ('"A,"
    Challenger says, "B."'), with only its subject and commas between."""
    words = [t for t in cue.subtree if not t.is_punct]
    start = min(min(cue_phrase(cue)), words[0].i)
    before = cue.doc[start - 1] if start > 0 else None
    after = [t for t in cue.doc[words[-1].i + 1 : cue.sent.end] if t.text != ","]
    return (
        before is not None
        and before.is_quote
        and bool(after)
        and after[0].is_quote
        and after[0].idx > cue.idx
    )


def _parenthetical(cue: Token, entry: Cue) -> bool:
    """ "Y, X said." / "Y," said X. / "Y, she said, Z" / "…, records show": a cue set off
    after the clause it reports, closing the sentence or standing in it between commas,
    hung by the parser off that clause (as parataxis). A cue closing the sentence may
    also be read as an adverbial clause that takes in words of the clause before it
    ("… for people to reach others, she said."): the comma before its subject shows it
    is set off all the same."""
    if cue.dep_ == "ROOT" and _root_between_commas(cue):
        return True
    if cue.dep_ not in ("parataxis", "ccomp", "advcl", "conj") or completed_after(cue):
        return False
    if demonstrative_that(cue) is not None:
        return False  # "When the mayor said that, the crowd cheered": the main clause
    head = cue.head
    if not _after_comma(cue) or (_reports(head) and not _said_before(cue, entry)):
        return False
    words = [t for t in cue.subtree if not t.is_punct]
    rest = cue.doc[words[-1].i + 1 : cue.sent.end]
    closing = cue.i > head.i and all(t.is_punct or t.is_space for t in rest)
    if cue.dep_ in ("advcl", "conj"):
        # a finite verb with its own subject, not a participle ("…, adding"), and
        # nothing but the subject between it and the comma
        # ("…, as she said", "…, while others cheered" are the writer's own clauses; a
        # closing cue read as a second main clause, "Y, the minister told a panel.", has
        # no "and" before its subject)
        start = min(cue_phrase(cue))
        subject = any(c.dep_ in SUBJECT_DEPS for c in cue.lefts)
        set_off = start > 0 and cue.doc[start - 1].text == ","
        # "Every Friday, the former manager told the Herald, Lind would chair …": set off
        # between commas before the clause it reports, with no conjunction of its own
        inside = cue.i < head.i and bool(rest) and rest[0].text == "," and not _marked(cue)
        return (closing or inside) and subject and set_off and cue.tag_ in FINITE_TAGS
    return closing or (len(rest) > 1 and rest[0].text in (",", "—", "–"))


def _root_between_commas(cue: Token) -> bool:
    """ "Building and mending nets by hand, the researchers note, requires years of
    practice": after a fronted phrase the parser may not take for a subject, it makes the
    set-off cue the root and the rest of the clause a conjunct of it, a finite verb with no
    subject of its own; the cue still stands between commas inside what was said."""
    subject = next((c for c in cue.lefts if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.left_edge.i - 1 <= cue.sent.start:
        return False
    if cue.doc[subject.left_edge.i - 1].text not in SET_OFF_MARKS:
        return False
    rest = next((c for c in cue.rights if c.dep_ == "conj"), None)
    if rest is None or rest.tag_ not in FINITE_TAGS or rest.pos_ not in ("VERB", "AUX"):
        return False
    before = cue.doc[rest.left_edge.i - 1]
    own = any(c.dep_ in (*SUBJECT_DEPS, "cc") for c in rest.children)
    return before.text in SET_OFF_MARKS and not own


def _marked(clause: Token) -> bool:
    return any(c.dep_ == "mark" for c in clause.children)


def _reports(verb: Token) -> bool:
    """Whether a verb is a cue with a content of its own: a cue the parser hung on it is
    more often a word of that content than a frame around it ('"most people" can't be
    trusted', hung on "said"; "revealed … that he would vote"). "At the time, she said,
    the council was trying to sell" only uses "try" as a verb of doing."""
    entry = cue_entry(verb)
    return entry is not None and find_content(verb, entry) is not None


def _said_before(cue: Token, entry: Cue) -> bool:
    """ "The mayor, she said, had promised a new bridge", "Instead, she said, her boss told
    her …": a verb of saying with its subject, set off by commas before the verb it hangs
    on, frames the whole clause, that verb's own report within it (the promise is the
    mayor's; that he made it is her word)."""
    if entry.category != "statement" or cue.i > cue.head.i:
        return False
    subject = any(c.dep_ in SUBJECT_DEPS for c in cue.lefts)
    words = [t for t in cue.subtree if not t.is_punct]
    after = cue.doc[words[-1].i + 1] if words[-1].i + 1 < len(cue.doc) else None
    return subject and after is not None and after.text in SET_OFF_MARKS


def _after_comma(cue: Token) -> bool:
    """Whether the cue clause is set off from the content by punctuation: "Y, X said" /
    "Y," said X. The parser may hang the comma itself on the cue ("Y, she said, Z"), and
    words of the content too ("At times, aides said, he would fume"; "Voters, Lee
    suggested, need not worry", where "Voters" is taken for a second subject): what
    counts is what stands right before the cue and its subject."""
    left = next(t for t in cue.subtree if not t.is_punct)
    if left.i > 0 and left.nbor(-1).text in (",", "”", '"', "—", "–", "-", "'"):
        return True
    start = min(cue_phrase(cue))
    return start > left.i and cue.doc[start - 1].text in (",", "—", "–")


def _set_off_cue(cue: Token) -> set[int]:
    """The tokens of a cue that closes what it reports: from the punctuation that sets
    it off to the end of its clause (not words of the content the parser hung on it)."""
    subtree = {t.i for t in cue.subtree}
    start = min(cue_phrase(cue))
    while start - 1 in subtree and cue.doc[start - 1].is_punct:
        start -= 1
    return {i for i in subtree if i >= start}
