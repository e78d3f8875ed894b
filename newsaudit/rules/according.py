"""Prepositional attributions: "according to X", "in the words of X", "as reported by X",
"per X".

These phrases hang off the clause they attribute, so the content is the rest of the
sentence: before the phrase when it closes the sentence ("…, according to the AP"), after
it when it opens the sentence ("According to the AP, …").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsaudit.data import lexicon
from newsaudit.rules.base import (
    Candidate,
    cue_entry,
    mention,
    offsets,
    subject_of,
    subtree_offsets,
    trim,
)
from newsaudit.rules.issued import behind_document
from newsaudit.rules.names import TITLE_WORDS
from newsaudit.rules.objects import noun_phrase
from newsaudit.rules.tokens import CLAUSE_SUBJECTS, FINITE_TAGS, resumed_after

# Nouns for people and bodies that can be cited as informants.
INFORMANT_WORDS = lexicon.ANONYMOUS_HEADS | lexicon.ORGANIZATION_HEADS | TITLE_WORDS
AS_REPORTED_BY = ("as", "reported", "by")
# Lower-cased token sequences that open a prepositional attribution, and how many tokens
# of the sequence come before the source noun phrase.
PHRASES = (
    ("according", "to"),
    ("in", "the", "words", "of"),
    AS_REPORTED_BY,  # and any verb of saying or showing: "as confirmed by"
    ("as", "told", "to"),
    ("per",),
)
# What may open the noun phrase after "per" besides a name: "per the tracker", "per a
# list compiled by …", "per its filing".
PER_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
# Nouns of a reckoning that "by" names as the source of a figure or a judgement at a
# clause's edge ("By the Associated Press's tally, he has 739", "by some estimates", "by
# all accounts"), not a standard it is measured against ("by historical standards").
RECKONINGS = frozenset(
    {"count", "tally", "estimate", "calculation", "reckoning", "account", "measure"}
)
# The words those phrases open with: most tokens open none, and are passed over at once.
PHRASE_STARTS = frozenset(phrase[0] for phrase in PHRASES)


def find_according(sent: SpacySpan, quoted: set[int]) -> Iterator[Candidate]:
    """Yield "according to X"-style candidates in one sentence."""
    for token in sent:
        reckoning = _reckoning(token) if token.lower_ == "by" and token.i not in quoted else None
        content = reckoning and _reckoned(sent, token, reckoning.head.right_edge.i)
        if reckoning is not None and content:
            yield Candidate(
                kind="according_to",
                category="evidence",
                cue=offsets(token, token),
                content=content,
                source=mention(reckoning),
                rule="according",
            )
    for i, token in enumerate(sent):
        if token.lower_ not in PHRASE_STARTS:
            continue
        for phrase in PHRASES:
            end = _phrase_end(sent, i, phrase)
            if end is None:
                continue
            first, last = sent[i], sent[end - 1]
            if first.i in quoted or (phrase == ("per",) and not _per_is_cue(first)):
                continue
            obj = next((c for c in last.children if c.dep_ == "pobj"), None)
            if obj is None and end < len(sent):
                obj = _first_noun(sent, end)
            if obj is None or _lone_adjective(obj):
                continue
            # "according to a statement from the ministry": the statement speaks for
            # the ministry, as "a statement from the ministry said" does
            behind = behind_document(obj, last)
            source = mention(behind[0] if behind is not None else obj)
            swallowed = _swallowed_subject(first, obj)
            phrase_end = swallowed.left_edge.i - 1 if swallowed else obj.right_edge.i
            content = _rest_of_sentence(sent, first, last, max(last.i, phrase_end))
            if content is None:
                continue
            content = _from_quote_opening(sent, quoted, content)
            yield Candidate(
                kind="according_to",
                category="statement",
                cue=offsets(first, last),
                content=content,
                source=source,
                rule="according",
            )


def _reckoning(by: Token) -> Token | None:
    """ "By the campaign's own count, …", "…, by some estimates": who reckoned (the
    reckoning's owner, else the reckoning) where a fronted or set-off "by" names a
    reckoning with a determiner or an owner (not "by far", not a passive's agent inside
    the clause)."""
    edge = by.is_sent_start or (by.i > 0 and by.nbor(-1).text == ",")
    obj = next((c for c in by.children if c.dep_ == "pobj"), None)
    if not edge or obj is None or obj.lemma_.lower() not in RECKONINGS:
        return None
    if not any(c.dep_ in ("det", "poss") for c in obj.children):
        return None
    # "by the campaign's own count": the owner counted
    return next((c for c in obj.children if c.dep_ == "poss"), obj)


def _reckoned(sent: SpacySpan, by: Token, last_i: int) -> tuple[int, int] | None:
    """What a reckoning counts: the clause its "by" phrase hangs on, not every clause it
    closes ("Clinton was eager to talk about Trump, who clinched the nomination, by the
    AP's count": the count is of Trump's delegates); the rest of the sentence where the
    parser hangs it on a noun ("has 739 delegates, by the AP's count")."""
    verb = by.head
    if verb.pos_ not in ("VERB", "AUX"):
        return _rest_of_sentence(sent, by, by, last_i)
    doc = sent.doc
    if by.i > verb.i:
        return trim(doc[max(verb.left_edge.i, sent.start) : by.i])
    return trim(doc[last_i + 1 : min(verb.right_edge.i + 1, sent.end)])


def _swallowed_subject(first: Token, obj: Token) -> Token | None:
    """ "According to a post for InfoAmazonia, Brazil's space institute predicts that …":
    the parser takes the subject after the fronted phrase for an apposition of its last
    noun, so the phrase would run over it; the clause's own subject ends the phrase."""
    clause = first.head
    subject = subject_of(clause) if clause.pos_ in ("VERB", "AUX") else None
    inside = subject is not None and obj.i < subject.i <= obj.right_edge.i
    if not inside or subject.dep_ != "appos":
        return _subject_with_misread_verb(obj)
    # "According to Ann Lee, the harbour master, the quay will close": the source's own
    # description comes first, and the parser chains the subject on after it
    return _last_apposition(subject)


def _last_apposition(noun: Token) -> Token:
    while (then := next((c for c in noun.rights if c.dep_ == "appos"), None)) is not None:
        noun = then
    return noun


def _subject_with_misread_verb(obj: Token) -> Token | None:
    """ "According to Ann Lee, the harbour master, the quay closed on Friday": the parser
    may make the phrase the sentence's root and the clause's verb a participle of the last
    apposition; a past tense with no subject of its own there is the clause's verb."""
    subject = _last_apposition(obj)
    verb = next((c for c in subject.rights if c.dep_ == "acl"), None)
    if subject is obj or verb is None or verb.tag_ not in FINITE_TAGS:
        return None
    return subject if not any(c.dep_ in CLAUSE_SUBJECTS for c in verb.children) else None


def _phrase_end(sent: SpacySpan, i: int, phrase: tuple[str, ...]) -> int | None:
    """Where a phrase that starts at ``sent[i]`` ends (an index into ``sent``), else None.
    An "as" phrase may hold an adverb of time: "as first reported by X", "as previously
    reported by X"."""
    words = [t.lower_ for t in sent[i : i + len(phrase) + 1]]
    if tuple(words[: len(phrase)]) == phrase:
        return i + len(phrase)
    timed = phrase[0] == "as" and len(words) > len(phrase) and sent[i + 1].pos_ == "ADV"
    if timed and tuple(words[:1] + words[2:]) == phrase:
        return i + len(phrase) + 1
    edge = i == 0 or sent[i - 1].text in (",", "—", "–", "(")
    if phrase == AS_REPORTED_BY and edge:
        return _as_said_by(sent, i + 1 + timed)
    return None


def _as_said_by(sent: SpacySpan, j: int) -> int | None:
    """ "…, as confirmed by the harbour master", "As noted by analysts, …": "as reported
    by" with any verb of saying or showing in its participle, set off at the clause's
    edge (not "built as ordered by the council"); where the phrase ends."""
    if j + 1 >= len(sent) or sent[j].tag_ != "VBN" or sent[j + 1].lower_ != "by":
        return None
    entry = cue_entry(sent[j])
    return j + 2 if entry is not None and entry.category in ("statement", "evidence") else None


def _per_is_cue(token: Token) -> bool:
    # "per X" attributes only at a clause edge, before a name or a determined noun
    # phrase ("per Reuters", ", per the party's tracker,"), not in rates ("$5 per person",
    # "$213 per adult per year"), which follow their figure with no comma.
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    edge = token.is_sent_start or (token.i > 0 and token.nbor(-1).is_punct)
    return nxt is not None and edge and (nxt.pos_ == "PROPN" or nxt.lower_ in PER_DETERMINERS)


def _lone_adjective(obj: Token) -> bool:
    """ "per the usual", "as per usual": an adjective standing alone for a manner is no
    informant ("the RealClearPolitics polling average", an adjective the tagger gave a
    noun phrase's head, is one)."""
    return obj.pos_ == "ADJ" and not any(t.pos_ in ("NOUN", "PROPN") for t in obj.subtree)


def _first_noun(sent: SpacySpan, start: int) -> Token | None:
    for t in sent[start:]:
        if t.pos_ in ("NOUN", "PROPN", "PRON"):
            # take the head of the noun phrase the word sits in
            while t.dep_ in ("compound", "amod", "poss") and t.head.i > t.i:
                t = t.head
            return t
        if t.is_punct:
            return None
    return None


def _last_word(token: Token) -> int:
    return max(t.i for t in token.subtree if not t.is_punct)


def _rest_of_sentence(
    sent: SpacySpan, first: Token, last: Token, last_i: int
) -> tuple[int, int] | None:
    """The clause the phrase attributes: the verb it hangs from, on the phrase's side away
    from the verb ("A, according to X, but B" attributes A only)."""
    doc = sent.doc
    # the word of the phrase the parser hangs on the clause: "according" in "according
    # to", but "reported" in "as reported by" (the phrase is a clause of its own)
    phrase = doc[first.i : last.i + 1]
    top = next((t for t in phrase if not first.i <= t.head.i <= last.i), phrase.root)
    verb = top.head
    # A phrase closing a clause scopes over every clause it closes: "The military said it
    # was overseeing …, according to the AP" attributes the military's statement too.
    while verb.head.i != verb.i and verb.head.i < first.i and _last_word(verb.head) <= last_i:
        verb = verb.head
    outside = not first.i <= verb.i <= last.i
    if verb.pos_ in ("VERB", "AUX") and sent.start <= verb.i < sent.end and outside:
        if verb.i < first.i:
            start = max(verb.left_edge.i, sent.start)
            if _goes_on(doc, first.i, last_i, verb):
                return trim(doc[start : min(verb.right_edge.i + 1, sent.end)])
            return trim(doc[start : first.i])
        # "The bill, according to aides, would cut taxes": set off between the subject and
        # its verb, the phrase attributes the clause it stands in
        start = verb.left_edge.i if _set_off_within(doc, first.i, verb) else last_i + 1
        return trim(doc[max(start, sent.start) : min(verb.right_edge.i + 1, sent.end)])
    before = trim(doc[sent.start : first.i])
    after = trim(doc[last_i + 1 : sent.end])
    before_len = before[1] - before[0] if before else 0
    after_len = after[1] - after[0] if after else 0
    if before and after and min(before_len, after_len) > 20:
        return before[0], after[1]
    best = before if before_len >= after_len else after
    return best


def _set_off_within(doc: Doc, first: int, verb: Token) -> bool:
    """Whether a phrase stands set off by a comma after words of the clause it attributes
    ("The bill, according to aides, would …"), not at its head ("According to aides, …",
    "reported that, according to an analysis, …": a complementizer or a conjunction
    is no word of what is attributed)."""
    words = [t for t in doc[verb.left_edge.i : first] if not t.is_punct]
    heads_only = all(t.dep_ in ("mark", "cc") for t in words)
    return bool(words) and not heads_only and doc[first - 1].text == ","


def _goes_on(doc: Doc, first: int, last: int, verb: Token) -> bool:
    """Whether the clause goes on after a phrase set off inside it ("Sanders leads, per
    the tracker, with 40 endorsements"): the phrase attributes the whole clause. Not a
    clause joined after it ("A, according to X, but B") nor words about the source
    ("…, according to the AP, which …")."""
    after = resumed_after(doc, last, verb.sent.end, (",",))
    return (
        after is not None
        and verb.left_edge.i <= after.i <= verb.right_edge.i
        and not first <= after.head.i <= last
    )


def _from_quote_opening(
    sent: SpacySpan, quoted: set[int], content: tuple[int, int]
) -> tuple[int, int]:
    """A content that opens the sentence inside a quotation begun in an earlier sentence
    ('"A. B," the bishop told reporters, according to Reuters') runs from the quotation's
    opening mark: the parser ends sentences inside quotations, the phrase attributes all
    of the quoted words."""
    start = sent.start
    if content[0] != sent[0].idx or start not in quoted or start - 1 not in quoted:
        return content
    while start - 1 in quoted:
        start -= 1
    doc = sent.doc
    if start > 0 and doc[start - 1].is_quote:
        start -= 1
    return doc[start].idx, content[1]


def find_citing(sent: SpacySpan, quoted: set[int]) -> Iterator[Candidate]:
    """ "Reuters reported that …, citing people familiar with the matter": the cited
    people are the source of the report's content, and the reporting outlet relayed it."""
    for token in sent:
        if token.lemma_ != "cite" or token.tag_ != "VBG" or token.i in quoted:
            continue
        if token.dep_ not in ("advcl", "acl", "xcomp", "conj"):
            continue
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        report = token.head
        if obj is None or report.pos_ not in ("VERB", "AUX"):
            continue
        if not _informant(obj):
            # "…, citing low growth", "citing data from the bureau": what is cited is the
            # ground the subject gives, the subject's own stance (as annotators mark it)
            citer = subject_of(report)
            content = noun_phrase(obj)
            if citer is not None and citer.i not in quoted and content is not None:
                yield Candidate(
                    kind="indirect",
                    category="stance",
                    cue=offsets(token, token),
                    content=content,
                    source=mention(citer),
                    rule="citing",
                )
            continue
        clause = next((c for c in report.children if c.dep_ == "ccomp"), None)
        skip = {t.i for t in token.subtree}
        content = subtree_offsets(clause if clause is not None else report, skip=skip)
        reporter = subject_of(report)
        if content is None:
            continue
        yield Candidate(
            kind="indirect",
            category="statement",
            cue=offsets(token, token),
            content=content,
            source=mention(obj),
            via=mention(reporter) if reporter is not None else None,
            rule="citing",
        )


def _informant(noun: Token) -> bool:
    """Whether a cited noun is someone who told ("people familiar with the matter", "two
    officials", "the AP") rather than a fact or a document given as a ground."""
    if noun.lower_ in lexicon.DOCUMENT_HEADS:
        return False  # "citing the Global Fire Emissions Database": a named document
    if noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in ("PERSON", "ORG"):
        return True
    lemma = noun.lemma_.lower()
    return noun.lower_ in INFORMANT_WORDS or lemma in INFORMANT_WORDS
