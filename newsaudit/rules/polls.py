"""Findings of a named poll, survey or analysis: "In a CNN poll, 44 percent backed X",
"a Bloomberg survey found broad support for Y", "the latest AP count gives her 412
delegates".

A poll's numbers are not the respondents' speech but the pollster's finding, and PolNeAR
annotators make the poll itself the source: of "in" (the frame the finding holds in) or of
a verb of finding with a plain noun-phrase object. Only a product that names its producer
("a CNN poll", "polls from Quinnipiac and Fox News") counts, so the source can be typed by
the outlet or organization behind it; "in a poll of parents" stays a place, not a source.
A finding verb the reported-speech rule has read ("a poll found that …") is left to it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.rules.base import Candidate, Offsets, mention, offsets, trim

# Nouns whose content is a measured result rather than an argument: the products that
# PolNeAR train most often makes sources of "in" and of "found"/"shows"/"gives".
FRAME_NOUNS = frozenset({"poll", "survey", "polling", "average"})
PRODUCT_NOUNS = FRAME_NOUNS | frozenset(
    {"analysis", "study", "article", "report", "review", "count", "tally", "investigation"}
    | {"data"}
)
# Nouns for what is read off polls ("early results of exit polls conducted for the AP",
# "an average of recent Post-ABC polls"): made by whoever made the polls they are of. In
# PolNeAR train these are, after the polls themselves, the most frequent poll sources.
READINGS = frozenset({"result", "average", "finding"})
# Verbs by which a product states its result as a noun phrase: "found 90 percent support",
# "gives her 1,280 delegates", "puts approval at 50 percent". "Have" only with a small
# clause (below): a poll "has" a margin of error or a sample as often as a result.
FINDING_VERBS = frozenset(
    {"find", "show", "give", "put", "identify", "reveal", "estimate", "peg", "explore"}
)
# Prepositions that place someone in a result: "had him at 4 percent", "has her ahead".
PLACING = frozenset({"at", "ahead", "behind", "up", "down"})
# Links a poll phrase's clause is climbed through to the clause the poll frames: a
# participle or relative clause on a noun, and a reported clause under "said".
CLIMB_DEPS = frozenset({"acl", "relcl", "amod", "ccomp", "xcomp"})
# Entity types of a proper noun that qualifies a poll without naming its maker.
UNMADE_BY = frozenset({"GPE", "LOC", "NORP", "DATE"})
# What a finding verb reports: a noun phrase, or the small clause of "found both men
# largely unknown" (the parser's ccomp); a full "that" clause another rule has read.
OBJECT_DEPS = frozenset({"dobj", "dative", "ccomp"})


def find_polls(sent: SpacySpan, quoted: set[int], taken: set[Offsets]) -> Iterator[Candidate]:
    """Yield the findings of named polls and analyses in one sentence, leaving alone the
    cues another rule has already read (``taken``)."""
    yield from find_poll_frames(sent, quoted)
    yield from find_poll_findings(sent, quoted, taken)
    yield from find_misread_findings(sent, quoted, taken)


def find_poll_frames(sent: SpacySpan, quoted: set[int]) -> Iterator[Candidate]:
    """ "In a CNN poll released Monday, 50 percent chose A": the clause holds within the
    poll, so the poll is its source and "in" its cue."""
    for prep in sent:
        if prep.lower_ != "in" or prep.dep_ != "prep" or prep.i in quoted:
            continue
        poll = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if poll is None or not _named_product(poll, FRAME_NOUNS):
            continue
        clause = _clause_of(prep)
        if clause is None:
            continue
        content = _clause_without(clause, prep)
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


def find_poll_findings(
    sent: SpacySpan, quoted: set[int], taken: set[Offsets]
) -> Iterator[Candidate]:
    """ "A recent CNN survey found 90 percent support for background checks", "a CNN poll
    showing her ahead": the object (with any complement, "had him at 4 percent") is what
    the survey found."""
    for verb in sent:
        if verb.i in quoted or offsets(verb, verb) in taken or not names_finding(verb):
            continue
        subject = _maker_of(verb)
        content = _finding(verb, sent)
        if subject is None or content is None:
            continue
        yield _poll_finding(verb, content, subject)


def find_misread_findings(
    sent: SpacySpan, quoted: set[int], taken: set[Offsets]
) -> Iterator[Candidate]:
    """ "A CNN poll found last month most voters oppose the plan", "a Gallup poll found by
    52%-40%, voters say …": with a phrase between the verb and its finding, the parser reads
    "found" as a participle on the poll, and the finding as the sentence's main clause,
    whose verb then has two subjects (the poll and its own). The clause after the verb of
    finding is the poll's finding, phrase included (as annotators mark it)."""
    for verb in sent:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in FINDING_VERBS:
            continue
        if verb.i in quoted or offsets(verb, verb) in taken:
            continue
        poll, clause = verb.head, verb.head.head
        if poll.dep_ != "nsubj" or not _named_product(poll, PRODUCT_NOUNS):
            continue
        if not any(c.dep_ == "nsubj" and c.i > verb.right_edge.i for c in clause.children):
            continue  # "a poll found by researchers to be flawed was withdrawn"
        content = trim(sent.doc[verb.i + 1 : min(clause.right_edge.i + 1, sent.end)])
        if content is not None:
            yield _poll_finding(verb, content, poll)


def _poll_finding(verb: Token, content: Offsets, poll: Token) -> Candidate:
    """What a poll or analysis found, by the verb of finding it is the subject of."""
    return Candidate(
        kind="indirect",
        category="evidence",
        cue=offsets(verb, verb),
        content=content,
        source=mention(poll),
        rule="poll-finding",
    )


def names_finding(verb: Token) -> bool:
    """Whether a verb states the finding of a named poll or analysis ("a CNN poll showed
    Clinton ahead"): a verb of finding with an object, made by a product naming its maker.
    Such a verb has its object after it, whatever clause the parser hangs on it."""
    finding = verb.lemma_.lower() in FINDING_VERBS or _has_result(verb)
    if not finding or verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = _maker_of(verb)
    obj = next((c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > verb.i), None)
    return subject is not None and obj is not None and _named_product(subject, PRODUCT_NOUNS)


def _finding(verb: Token, sent: SpacySpan) -> Offsets | None:
    """What a verb of finding states: all it governs after it, and what a colon then
    spells out ("shows how hard it will be: six in 10 said …"), the whole of which
    annotators make the poll's finding."""
    end = min(verb.right_edge.i + 1, sent.end)
    if end < sent.end and sent.doc[end].text == ":":
        end = sent.end
    return trim(sent.doc[verb.i + 1 : end])


def _has_result(verb: Token) -> bool:
    """ "The poll has the mayor leading", "a survey had him at 4 percent": "have" with a
    small clause places someone in the result; "has a margin of error" has none."""
    if verb.lemma_.lower() != "have":
        return False
    children = list(verb.children)
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    # the participle hangs on the verb or, as the parser also reads it, on the object
    participle = children + (list(obj.children) if obj is not None else [])
    if any(c.dep_ in ("ccomp", "acl") and c.tag_ == "VBG" for c in participle):
        return True
    # "had him at 4 percent"; the parser also hangs "ahead" on the object ("has the
    # mayor ahead")
    placed = any(c.dep_ in ("prep", "advmod") and c.lower_ in PLACING for c in participle)
    return placed and obj is not None


def _maker_of(verb: Token) -> Token | None:
    """What does the finding: the verb's subject, or the noun a participle describes ("a
    CNN poll showing her ahead")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _clause_of(prep: Token) -> Token | None:
    """The verb of the clause a phrase qualifies: "a lead in a CNN poll", "voters given
    the choice, in a poll" and "60 percent said they had a poor view of it in a CNN poll"
    still report what the whole clause says (the respondents' saying is the finding)."""
    token = prep.head
    while token.pos_ not in ("VERB", "AUX") or token.dep_ in CLIMB_DEPS:
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def _clause_without(clause: Token, prep: Token) -> tuple[int, int] | None:
    """The clause around a poll phrase: after it when it opens the clause, up to it when
    it follows the verb (what trails a poll is its date or an aside), else all of it."""
    left, right = clause.left_edge.i, clause.right_edge.i
    if prep.i > clause.i:
        right = prep.left_edge.i - 1
    elif prep.left_edge.i <= left:
        left = prep.right_edge.i + 1
    return trim(clause.doc[left : right + 1])


def _named_product(noun: Token, nouns: frozenset[str]) -> bool:
    """A poll-like noun whose phrase names who made it ("a Reuters/Ipsos poll"), or a
    reading of such polls ("early results of exit polls conducted for the AP")."""
    word = noun.lower_ if noun.lower_ == "data" else noun.lemma_.lower()  # not "datum"
    if word not in nouns and not (word in READINGS and _of_polls(noun)):
        return False
    if not mention(noun).affiliations:
        return False
    # a place or a date says where or when polls were taken ("leading in Iowa polls"),
    # not who made them
    return any(
        t.pos_ == "PROPN" and t.ent_type_ not in UNMADE_BY for t in noun.subtree if t is not noun
    )


def _of_polls(noun: Token) -> bool:
    """Whether a noun is "of" (or "from") polls: "results of exit polls", "an average of
    recent surveys", "findings from the poll"."""
    return any(
        c.dep_ == "pobj" and c.lemma_.lower() in FRAME_NOUNS
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
        for c in prep.children
    )
