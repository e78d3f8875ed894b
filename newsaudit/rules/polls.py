"""Findings of a named poll, survey or analysis: "In a CNN poll, 44 percent backed X",
"a Bloomberg survey found broad support for Y", "the latest AP count gives her 412
delegates".

A poll's numbers are not the respondents' speech but the pollster's finding, and PolNeAR
annotators make the poll itself the source: of "in" (the frame the finding holds in) or of
a verb of finding with a plain noun-phrase object. Only a product that names its producer
("a CNN poll", "polls from Quinnipiac and Fox News") counts, so the source can be typed by
the outlet or organization behind it; "in a poll of parents" stays a place, not a source.
A finding verb with a clause ("a poll found that …") is the reported-speech rule's.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.rules.base import Candidate, mention, offsets, subtree_offsets, trim

# Nouns whose content is a measured result rather than an argument: the products that
# PolNeAR train most often makes sources of "in" and of "found"/"shows"/"gives".
FRAME_NOUNS = frozenset({"poll", "survey", "polling"})
PRODUCT_NOUNS = FRAME_NOUNS | frozenset(
    {"analysis", "study", "article", "report", "review", "count", "tally", "investigation"}
)
# Verbs by which a product states its result as a noun phrase: "found 90 percent support",
# "had him at 4 percent", "gives her 1,280 delegates", "puts approval at 50 percent".
FINDING_VERBS = frozenset(
    {"find", "show", "give", "have", "put", "identify", "reveal", "estimate", "peg", "explore"}
)
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})


def find_polls(sent: SpacySpan, quoted: set[int]) -> Iterator[Candidate]:
    """Yield the findings of named polls and analyses in one sentence."""
    yield from find_poll_frames(sent, quoted)
    yield from find_poll_findings(sent, quoted)


def find_poll_frames(sent: SpacySpan, quoted: set[int]) -> Iterator[Candidate]:
    """ "In a CNN poll released Monday, 50 percent chose A": the clause holds within the
    poll, so the poll is its source and "in" its cue."""
    for prep in sent:
        if prep.lower_ != "in" or prep.dep_ != "prep" or prep.i in quoted:
            continue
        clause = prep.head
        poll = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if poll is None or not _named_product(poll, FRAME_NOUNS):
            continue
        if clause.pos_ not in ("VERB", "AUX") or not sent.start <= clause.i < sent.end:
            continue
        content = subtree_offsets(clause, skip={t.i for t in prep.subtree})
        if content is None:
            continue
        yield Candidate(
            kind="indirect",
            category="evidence",
            cue=offsets(prep, prep),
            content=content,
            source=mention(poll),
            rule="poll-frame",
        )


def find_poll_findings(sent: SpacySpan, quoted: set[int]) -> Iterator[Candidate]:
    """ "A recent CNN survey found 90 percent support for background checks": the object
    (with any complement, "had him at 4 percent") is what the survey found."""
    for verb in sent:
        if verb.lemma_.lower() not in FINDING_VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.i in quoted or any(c.dep_ in CLAUSE_DEPS for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
        if subject is None or obj is None or not _named_product(subject, PRODUCT_NOUNS):
            continue
        content = trim(sent.doc[verb.i + 1 : min(verb.right_edge.i + 1, sent.end)])
        if content is None:
            continue
        yield Candidate(
            kind="indirect",
            category="evidence",
            cue=offsets(verb, verb),
            content=content,
            source=mention(subject),
            rule="poll-finding",
        )


def _named_product(noun: Token, nouns: frozenset[str]) -> bool:
    """A poll-like noun whose phrase names who made it ("a Reuters/Ipsos poll")."""
    return noun.lemma_.lower() in nouns and bool(mention(noun).affiliations)
