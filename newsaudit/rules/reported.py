"""Reported speech, beliefs and evidence: a cue verb that governs a clause.

"X said (that) Y", "Y, X said", "X told Reuters Y", "officials fear Y", "a report showed
Y", "It was reported that Y", "X is said to Y". The parser gives the reported clause as
the cue's clausal complement (``ccomp``), or, for "to"-infinitives after verbs of
intention and hearsay ("X plans to", "X is said to"), as ``xcomp``. When the parser makes
the reported clause the root and hangs the cue off it as ``parataxis`` ("Y, X said"),
the content is the root's clause without the cue.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.data import Cue, claim_words, cues
from newsaudit.rules.base import (
    Candidate,
    cue_entry,
    mention,
    offsets,
    subject_of,
    subtree_offsets,
    trim,
)

# A content this short is an object, not a proposition ("said so", "said it").
MIN_CONTENT_TOKENS = 2


def find_reported(sent: SpacySpan, quoted: set[int], heading: bool = False) -> Iterator[Candidate]:
    """Yield reported-speech candidates in one sentence.

    ``quoted`` holds the indices of tokens inside quotation marks: a cue inside a quote
    belongs to the quoted speaker's words, not to the article's attributions. In a
    heading only reported clauses count ("Mayor says buses will run"); "Council rejects
    budget" reports an act.
    """
    for token in sent:
        if token.pos_ not in ("VERB", "AUX") or token.i in quoted or _negated(token):
            continue
        if _private(token):
            continue  # "privately urged": the writer's claim about an act, not its words
        if token.lemma_ == "cite" and token.tag_ == "VBG" and token.dep_ != "ROOT":
            continue  # "…, citing X": see according.find_citing
        # "expressed concerns (that) Y", "raised fears Y": the cue is a noun object that
        # carries the reported clause.
        nominal = _nominal(token)
        if nominal is not None:
            entry, content, cue = nominal
        else:
            entry = cue_entry(token)
            if entry is not None and (heading or _passive_modifier(token)):
                entry = replace(entry, frames=entry.frames & {"clause"})
            content = _content(token, entry) if entry is not None else None
            cue = _cue_offsets(token)
        if content is None:
            continue
        start, end = content
        if len(token.doc.char_span(start, end, alignment_mode="expand") or ()) < (
            MIN_CONTENT_TOKENS
        ):
            continue
        if _is_passive(token):
            # "X is said to ...", "It was reported that ...": the grammatical subject is
            # the topic; the source, if any, is the "by" agent.
            agent = _agent(token)
            source = mention(agent) if agent is not None else None
        else:
            subject = subject_of(token)
            if subject is None or subject.dep_ == "expl":
                continue
            source = mention(subject)
        yield Candidate(
            kind="indirect",
            category=entry.category,
            cue=cue,
            content=content,
            source=source,
            tone=entry.tone,
            rule="reported",
        )


def _private(token: Token) -> bool:
    # "Washington privately urged Kyiv", "secretly told", "behind closed doors, X warned"
    for child in token.children:
        if child.dep_ in ("advmod", "prep", "npadvmod"):
            phrase = " ".join(t.lower_ for t in child.subtree)
            if phrase in claim_words.PRIVATE_ACTS:
                return True
    return False


def _negated(token: Token) -> bool:
    # "did not say how many", "does not comment": no words are attributed
    return any(c.dep_ == "neg" for c in token.children)


def _passive_modifier(token: Token) -> bool:
    # "a boatman known as …", "a plan backed by …", "compared to 11%": a bare participle
    # describing a noun or setting a frame, not someone's report
    bare = not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    return token.tag_ == "VBN" and bare and token.dep_ in ("acl", "amod", "advcl", "prep")


def _nominal(verb: Token):
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.pos_ != "NOUN":
            continue
        entry = cue_entry(obj, pos="noun")
        if entry is None:
            continue
        for clause in obj.children:
            if clause.dep_ in ("acl", "ccomp") and _has_subject(clause):
                content = subtree_offsets(clause)
                if content is not None:
                    return entry, content, offsets(verb, obj)
    return None


def _content(cue: Token, entry: Cue) -> tuple[int, int] | None:
    """The attributed material, from the complements the lexicon allows for this cue."""
    for child in cue.children:
        if child.dep_ == "ccomp":
            return subtree_offsets(child)
        # "Y, said X" parsed with Y's verb as a second subject of "said"
        if child.dep_ == "nsubj" and child.pos_ in ("VERB", "AUX") and child.i < cue.i:
            return subtree_offsets(child)
    if "infinitive" in entry.frames:
        for child in cue.children:
            if child.dep_ == "xcomp" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children
            ):
                return subtree_offsets(child)
    if _closes_sentence(cue, entry):
        return subtree_offsets(cue.head, skip={t.i for t in cue.subtree})
    if "prepobj" in entry.frames:
        # "called for a ban", "voted for Sanders": the object of the verb's preposition
        prep = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
        if prep is not None and prep.head.i == cue.i and prep.dep_ in ("prep", "prt"):
            obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return subtree_offsets(obj)
    if "object" in entry.frames:
        return _object(cue)
    return None


def _object(cue: Token) -> tuple[int, int] | None:
    """ "endorsed Sanders", "accused the president of lying", "called it a disgrace": the
    object with what the verb says of it after it."""
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    tail = [c for c in cue.children if c.i > obj.i and c.dep_ in ("prep", "oprd", "xcomp")]
    if obj.pos_ == "PRON" and not tail:
        return None  # "supported it": nothing to audit
    last = max([obj.right_edge.i] + [c.right_edge.i for c in tail])
    return trim(cue.doc[obj.left_edge.i : last + 1])


def _closes_sentence(cue: Token, entry: Cue) -> bool:
    """ "Y, X said." / "Y," said X.: a speech verb set off after the clause it reports,
    closing the sentence, hung by the parser off that clause."""
    if entry.category != "statement" or cue.dep_ not in ("parataxis", "ccomp"):
        return False
    head = cue.head
    if cue.i < head.i or not _after_comma(cue) or cue_entry(head) is not None:
        return False
    rest = cue.doc[cue.right_edge.i + 1 : cue.sent.end]
    return all(t.is_punct or t.is_space for t in rest)


def _after_comma(cue: Token) -> bool:
    # "Y, X said" / "Y," said X: the cue clause is set off from the content by punctuation.
    left = cue.left_edge
    return left.i > 0 and left.nbor(-1).text in (",", "”", '"', "—", "–", "-", "'")


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _is_passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def _agent(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _cue_offsets(token: Token) -> tuple[int, int]:
    # A phrasal cue keeps its particle: "pointed out", "called for".
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    phrasal = nxt is not None and (f"{token.lemma_.lower()} {nxt.lower_}", "verb") in cues()
    if phrasal and nxt.head.i == token.i and nxt.dep_ in ("prt", "prep"):
        return offsets(token, nxt)
    return offsets(token, token)
