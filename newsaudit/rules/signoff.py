"""Sign-offs: a reporting clause that vouches for the clause it is attached to.

"…, reports USA Today." / "…, the Chicago Tribune reported." / "As Breitbart News
reported, …". News copy credits another outlet's reporting with a short clause set off
by a comma at the end of the sentence (often inverted, the verb before its subject) or
with a fronted "As X reported" clause. The parser hangs such clauses in many ways (as
the root with the reported clause under it, as a conjunct of a cue inside the content,
with the inverted subject taken for an object), so they are found by their shape: the
sign-off is the whole rest of the sentence after a comma, or an "as" clause. Its subject
is the source and the rest of the sentence the content; a cue inside that content (a
person's quote the outlet carried) keeps its own attribution, nested in this one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsaudit.data import lexicon
from newsaudit.rules.base import (
    TIME_LABELS,
    Candidate,
    cue_entry,
    is_quote,
    mention,
    nearest_subject,
    offsets,
    trim,
)
from newsaudit.rules.tokens import CLAUSE_SUBJECTS

# Verbs that credit a report, by how often PolNeAR train annotates them in sign-offs.
SIGNOFF_VERBS = frozenset({"report", "write", "say", "note", "reveal", "observe", "point"})
# "…, O'Keefe notes." / "…, newspaper Correio da Tarde reports.": after a name, the tagger
# often reads a present-tense sign-off as a plural noun (the name its compound). Closing
# the sentence after a comma, with a name before it, such a word is the verb (study
# split: both such sign-offs annotated). "Point" signs off only with "out".
MISTAGGED_SIGNOFFS = frozenset(f"{verb}s" for verb in SIGNOFF_VERBS - {"point"})
# "As one voter put it, …": the phrasing verb and its object, which together are the cue
# (PolNeAR train annotates "put it" 12 times in "as" clauses, as the cue of the clause or
# quotation around it).
PHRASING_VERB, PHRASING_OBJECT = "put", "it"
# Verbs whose "as" clause says who said the clause it modifies ("As X reported, …", "…,
# as she said"), by how often PolNeAR train annotates them there (study split: report 12
# of 12, note 10 of 11, say 10 of 14, put it 8 of 10, point 5 of 5, reveal 3 of 3,
# explain 2 of 3; "as he spoke" 1 of 11 and "as you know" 0 of 6 tell a time or a
# manner).
AS_VERBS = SIGNOFF_VERBS | {"explain"}
# What an "as" clause's verb may not have, to leave the gap the clause it modifies fills:
# an object, a clause or a complement of its own.
OWN_CONTENTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "acomp"})
# Verbs that sign off a headline's verbless claim ("…, minister says", "…, doctors warn").
HEADLINE_VERBS = frozenset({"say", "warn"})
# A sign-off is short: the verb, its subject and a time adverbial ("on Monday").
MAX_SIGNOFF_TOKENS = 10
# What a poll is called, and the shares of respondents that speak through it.
POLL_NOUNS = frozenset({"poll", "survey"})
# The marks that set a sign-off off from the clause it closes.
SIGNOFF_BREAKS = frozenset({",", "\u2014", "\u2013"})
QUOTE_MARKS = frozenset({'"', "”", "’", "'", "»"})
SHARE_NOUNS = frozenset({"percent", "majority", "minority", "half", "third", "quarter"})
# "…, court records show.": documents that vouch for the clause they close, by the words
# the tagger often reads as nouns after a plural ("records show" as a compound), and how
# many words their name may run to ("Election Commission records compiled by the Center
# for Responsive Politics", 11 words). On the study split 22 of the 23 such sign-offs are
# annotated; the longest annotated names run to 12 words, and no unannotated one with a
# document head runs past 9. A study or poll that "found" or "finds" signs off the same way
# ("…, a new statewide poll has found."; study split: 6 of 6 annotated).
EVIDENCE_SIGNOFF = frozenset({"show", "shows", "indicate", "indicates", "find", "finds", "found"})
MAX_EVIDENCE_WORDS = 12
# A line that signs the paragraph above it: a social-media handle ("@harbourwatch."), or a
# dash and a name ("— Ashley Brandt", "– Ashley, a nurse in Leeds"), as readers' comments
# and letters are printed.
SIGNATURE = re.compile(
    r"(?:[\u2014\u2013-]\s*)?@\w+\.?"
    r"|[\u2014\u2013-]\s*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}(?:,[^.!?]{0,60})?\.?"
)


def is_signature(line: str) -> bool:
    """Whether a paragraph is only a signature for the paragraph before it."""
    return SIGNATURE.fullmatch(line.strip()) is not None


def with_signoffs(doc: Doc, quoted: set[int], found: list[Candidate]) -> list[Candidate]:
    """``found`` plus the sign-offs of the paragraph; a sign-off's verb is the cue of no
    other candidate (the other rules misread it: "…, the mayor told residents, reported
    the Examiner" is not the mayor reporting the Examiner)."""
    found = [_polled(doc, c) for c in found]
    signoffs = [
        c for sent in doc.sents for c in (*_find_in(sent, quoted), *_shown_by(sent, quoted))
    ]
    if not signoffs:
        return found
    # a sign-off another rule already read with the same source stays as that rule read
    # it (it also grows quotations and reads "Y, she said, Z"), only widened to all of the
    # clause the sign-off closes; one it misread is replaced
    mine = {_key(c): c for c in signoffs}
    found = [_widened(c, mine.pop(_key(c), None)) for c in found]
    cues = {c.cue for c in mine.values()}
    return [c for c in found if c.cue not in cues] + list(mine.values())


def _key(cand: Candidate) -> tuple[tuple[int, int], int | None]:
    return cand.cue, cand.source.start if cand.source is not None else None


def _widened(cand: Candidate, signoff: Candidate | None) -> Candidate:
    if signoff is None:
        return cand
    (s, e), (sign_s, sign_e) = cand.content, signoff.content
    if not (sign_s <= s and e <= sign_e) or (s, e) == (sign_s, sign_e):
        return cand
    return replace(
        cand, content=signoff.content, kind="mixed" if cand.kind == "direct" else cand.kind
    )


def _polled(doc: Doc, cand: Candidate) -> Candidate:
    """ "In a CNN survey, 61 percent said Y": a share of respondents speaks through the
    poll that counted them, so the poll is the source (as PolNeAR marks it)."""
    if cand.source is None:
        return cand
    span = doc.char_span(cand.source.start, cand.source.end, alignment_mode="expand")
    if span is None or not _a_share(span.root):
        return cand
    poll = next((t for t in _frames(span.root.sent) if t.lemma_.lower() in POLL_NOUNS), None)
    return replace(cand, source=mention(poll)) if poll is not None else cand


def _a_share(noun: Token) -> bool:
    # "61 percent", "a majority", "two-thirds": a count of people, not a speaker
    return noun.ent_type_ in ("PERCENT", "CARDINAL") or noun.lemma_.lower() in SHARE_NOUNS


def _frames(sent: Span) -> Iterator[Token]:
    # the objects of fronted "In …," phrases on the sentence's root
    for prep in sent.root.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < sent.root.i:
            yield from (c for c in prep.children if c.dep_ == "pobj")


def _find_in(sent: Span, quoted: set[int]) -> Iterator[Candidate]:
    for verb in sent:
        if verb.i in quoted or not (verb.pos_ in ("VERB", "AUX") or _mistagged(verb, sent)):
            continue
        phrased = _phrased(verb)
        lemma = verb.lemma_.lower()
        signing = phrased is not None or (
            lemma in SIGNOFF_VERBS | HEADLINE_VERBS and cue_entry(verb) is not None
        )
        found = (_closing(sent, verb) if signing else None) or _as_clause(sent, verb)
        if found is None:
            continue
        content, source = found
        yield Candidate(
            kind="indirect",
            category="statement",
            cue=offsets(verb, phrased or verb),
            content=content,
            source=mention(source),
            rule="signoff",
        )


def _mistagged(word: Token, sent: Span) -> bool:
    """A sign-off verb the tagger read as a noun: "…, O'Keefe notes." (see
    ``MISTAGGED_SIGNOFFS``)."""
    if word.lower_ not in MISTAGGED_SIGNOFFS or word.i == sent.start:
        return False
    closing = all(t.is_punct or t.is_space for t in word.doc[word.i + 1 : sent.end])
    return closing and word.nbor(-1).pos_ == "PROPN"


def _shown_by(sent: Span, quoted: set[int]) -> Iterator[Candidate]:
    """ "Y, campaign finance records show." / "Y, the records show, Z": documents named
    after a comma, then "show" or "indicate" closing the sentence or set off by a second
    comma, vouch for the clause around them. Found by this shape because the parser reads
    it many ways (the verb as a noun, the documents as its compound or as a conjunct of
    the clause before)."""
    doc = sent.doc
    for verb in sent:
        if verb.lower_ not in EVIDENCE_SIGNOFF or verb.i in quoted:
            continue
        after = [t for t in doc[verb.i + 1 : sent.end] if not t.is_space]
        closing = all(t.is_punct for t in after)
        if not (closing or after[0].text == ","):
            continue
        comma = next((t for t in reversed(doc[sent.start : verb.i]) if t.text == ","), None)
        if comma is None:
            continue
        named = [t for t in doc[comma.i + 1 : verb.i] if not t.is_space]
        head = next((t for t in named if t.lower_ in lexicon.DOCUMENT_HEADS), None)
        if head is None or len(named) > MAX_EVIDENCE_WORDS or named[-1].pos_ in ("DET", "ADP"):
            continue  # "according to a transcript of the show.": the noun
        # "Y, records show." and "Y, records show, and Z" vouch for the clause Y; "During
        # that week, records show, Z" for all of it, Y being only a fronted phrase
        before = _clause(doc[sent.start : comma.i])
        end = comma.i if closing or before else sent.end
        content = trim(doc[sent.start : end])
        if content is None or not (before or _clause(doc[verb.i + 2 : sent.end])):
            continue
        yield Candidate(
            kind="indirect",
            category="evidence",
            cue=offsets(verb, verb),
            content=content,
            source=mention(head),
            rule="signoff",
        )


def _closing(sent: Span, verb: Token):
    """ "Y, reports X." / "Y, X reported on Monday." / "Y, as X reported.": after the
    last comma before the verb comes only the sign-off, up to the sentence's end."""
    doc = sent.doc
    comma = next((t for t in reversed(doc[sent.start : verb.i]) if t.text in SIGNOFF_BREAKS), None)
    if comma is None or comma.i == sent.start:
        return None
    tail = [t for t in doc[comma.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if not tail or len(tail) > MAX_SIGNOFF_TOKENS:
        return None
    before = doc[comma.i + 1 : verb.i]
    phrased = _phrased(verb)
    if before and before[0].lower_ == "as":
        # "Y, as the Ledger reported on Monday." / "Y, as Lund points out."
        tail = [t for t in tail if t.i != before[0].i]
        before = before[1:]
    elif phrased is not None:
        return None  # "As the tide came in, the crew put it back": only "as X put it"
    words = [t for t in tail if t.i != verb.i and (phrased is None or t.i != phrased.i)]
    if any(t.pos_ in ("VERB", "AUX", "SCONJ", "PRON") for t in words):
        return None  # "…, she said he would" / "…, which reported": not a bare sign-off
    source = _subject(verb, before, doc[verb.i + 1 : sent.end])
    if source is None or source.ent_type_ in TIME_LABELS:
        return None
    if source.left_edge.i <= comma.i <= source.right_edge.i:
        # "Y, Ana Lund, an analyst at a bank, said": the last comma closed the subject's
        # apposition; the claim ends at the comma before the subject
        comma = _comma_before(sent, source)
        if comma is None:
            return None
    # '"…," reported X': the closing quotation mark belongs to the content
    end = comma.i + 2 if doc[comma.i + 1].text in QUOTE_MARKS else comma.i
    content = trim(doc[sent.start : end])
    # a headline's claim comes before its speaker ("…, says minister"), not "X, 41, said"
    headline = source.i > comma.i and _headline_claim(doc[sent.start : end], verb)
    claim = _clause(doc[sent.start : end]) or headline
    if content is None or not claim or sent.text.rstrip()[-1:] == ":":
        return None  # "In a letter on Friday, X wrote:" introduces the words that follow
    return content, source


def _comma_before(sent: Span, subject: Token) -> Token | None:
    """The comma that opens a sign-off whose subject has commas of its own, or None."""
    start = subject.left_edge.i
    if start > sent.start and sent.doc[start - 1].lower_ == "as":
        start -= 1
    comma = next(
        (t for t in reversed(sent.doc[sent.start : start]) if t.text in SIGNOFF_BREAKS), None
    )
    return None if comma is None or comma.i == sent.start else comma


def _headline_claim(span: Span, verb: Token) -> bool:
    """ "Schools safe amid surge, says minister", "Fares to rise by a third, airline
    warns": headline style drops the verb "to be" and writes the future as "to", so what
    is said is a noun phrase; a time or a place before the comma ("On Monday, the Ledger
    reported.") says nothing."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if len(words) < 3 or verb.lemma_.lower() not in HEADLINE_VERBS:
        return False
    adverbial = words[0].pos_ in ("ADP", "ADV", "SCONJ", "CCONJ", "PRON", "VERB", "AUX")
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in TIME_LABELS]
    return not adverbial and words[0].ent_type_ not in TIME_LABELS and bool(nouns)


def _clause(span: Span) -> bool:
    """Whether a stretch holds a proposition: a quotation, or a verb with its subject."""
    return any(t.text in QUOTE_MARKS for t in span) or any(
        t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i in range(span.start, span.end)
        for t in span
    )


def _subject(verb: Token, before: Span, after: Span) -> Token | None:
    """The outlet or person signing: the noun phrase right before the verb ("the Tribune
    reports") or, inverted, right after it ("reports USA Today"), whatever arc the parser
    gave it."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subject = nearest_subject(subjects, verb) if subjects else None
    if subject is not None:
        return subject if subject.pos_ in ("PROPN", "NOUN") else None
    if len(before):
        # a name the parser hung elsewhere ("…, the Chicago Tribune reports")
        named = all(t.pos_ in ("DET", "PROPN") for t in before) and before[-1].pos_ == "PROPN"
        return _phrase_head(before[-1], verb) if named else None
    words = [t for t in after if not (t.is_punct or t.is_space)]
    if not words:
        return None
    first = next((t for t in words if t.pos_ != "DET"), None)
    if first is None or first.pos_ != "PROPN":
        return None  # "…, reported earlier": no name follows
    return _phrase_head(first, verb)


def _phrase_head(token: Token, verb: Token) -> Token:
    # "the Washington Examiner": from a compound to the noun it modifies (not to a verb
    # the tagger read as that noun: "O'Keefe notes")
    while token.dep_ in ("compound", "nmod") and token.head.i > token.i and token.head != verb:
        token = token.head
    return token


def _as_clause(sent: Span, verb: Token):
    """ "As X reported, Y" / "Y, as she said at the outset." / "Y, as X noted, and Z" /
    "The plan, as X noted, would …": the clause the "as" clause modifies, before, after
    or around it (the words set off inside are left out of the content's parts); a
    conjunct after it is not vouched for."""
    subject = as_said(verb)
    if subject is None:
        return None
    doc = sent.doc
    head = verb.head
    first, last = verb.left_edge.i, verb.right_edge.i
    # "…, as the Times reported, and he will be paid": the conjunct is the writer's
    after = [c.left_edge.i for c in head.rights if c.dep_ in ("cc", "conj") and c.i > last]
    start, end = head.left_edge.i, min(after + [head.right_edge.i + 1])
    fronted = verb.i < head.i and not any(
        c.dep_ in CLAUSE_SUBJECTS and c.i < first for c in head.children
    )
    if fronted:
        start = last + 1
        if is_quote(doc[start - 1]) and doc[start - 1].whitespace_ == "":
            start -= 1  # '…, put it, "Imagine …"': the parser may hang the opening mark on "put"
    elif head.pos_ not in ("VERB", "AUX") or _after_quotation(doc, first):
        # hung on a noun, which clause it closes is unclear; right after a quotation
        # ('the race "is a dead heat," as Cruz said, only …') it credits the quotation,
        # which the quotation rules read
        return None
    elif all(t.is_punct or t.is_space for t in doc[last + 1 : end]):
        end = first
    content = trim(doc[max(start, sent.start) : min(end, sent.end)])
    return (content, subject) if content is not None else None


def _after_quotation(doc: Doc, at: int) -> bool:
    """Whether a quotation closes right before a token, a comma aside."""
    return any(t.text in QUOTE_MARKS or t.text == "''" for t in doc[max(0, at - 2) : at])


def as_said(verb: Token) -> Token | None:
    """The subject of an "as" clause that says who said the clause it modifies, before or
    after it ("As X reported, …", "…, as she said at the outset"), else None. Its verb
    has no object or clause of its own: the clause it modifies fills that gap ("as the
    crew said goodbye" has its own, and tells a time)."""
    if verb.dep_ != "advcl":
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    phrased = _phrased(verb)
    if phrased is None and verb.lemma_.lower() not in AS_VERBS:
        return None
    if any(c.dep_ in OWN_CONTENTS and c != phrased for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN", "PRON") else None


def as_reported(verb: Token) -> Token | None:
    """The subject of a fronted "As X reported, …" clause headed by ``verb``, else None."""
    return as_said(verb) if verb.head.i > verb.i else None


def _phrased(verb: Token) -> Token | None:
    """The "it" of "put it" ("as one voter put it"), which says how someone worded what
    the sentence around it holds; else None."""
    if verb.lemma_.lower() != PHRASING_VERB:
        return None
    objects = (c for c in verb.children if c.dep_ == "dobj" and c.lower_ == PHRASING_OBJECT)
    return next(objects, None)
