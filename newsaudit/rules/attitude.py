"""Attitudes held by someone, cued by an adjective: "X is skeptical of Y", "X is eager to
Y", "X is concerned that Y".

A predicative adjective of feeling or judgement reports its subject's stance the way a
verb of cognition does; only the adjective's own complement (a clause, a to-infinitive,
an "of"/"about" phrase) is the content. "It is clear that…" is the writer's own
judgement: a pronoun standing for a thing is no source.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.rules.base import Candidate, cue_entry, mention, offsets, subject_of, subtree_offsets
from newsaudit.rules.frames import PROPOSITIONAL
from newsaudit.rules.objects import noun_phrase
from newsaudit.rules.tokens import is_infinitive
from newsaudit.rules.unasserted import is_party

THING_SUBJECTS = frozenset({"it", "this", "that", "which", "there", "what"})


def find_attitudes(sent: SpacySpan, quoted: set[int]) -> Iterator[Candidate]:
    """Yield a candidate for each predicative attitude adjective with a complement."""
    for adj in sent:
        if adj.pos_ != "ADJ" or adj.dep_ != "acomp" or adj.i in quoted:
            continue
        entry = cue_entry(adj, pos="adj")
        if entry is None:
            continue
        found = _complement(adj, entry.frames)
        if found is None:
            continue
        frame, content, last = found
        subject = subject_of(adj.head)
        if subject is None or subject.lower_ in THING_SUBJECTS or subject.i in quoted:
            continue
        yield Candidate(
            kind="indirect",
            category=entry.category if frame in PROPOSITIONAL else "stance",
            cue=offsets(adj, last),
            content=content,
            source=mention(subject),
            tone=entry.tone,
            rule="attitude",
        )


def find_sides(sent: SpacySpan, quoted: set[int]) -> Iterator[Candidate]:
    """ "Most Republicans are against abolishing the department": "be against" said of
    someone takes a side, a stance, as "opposed" does (PolNeAR train marks it outside
    quotations wherever a person or body is the subject); "the odds are against him" is
    no one's side."""
    for prep in sent:
        if prep.lower_ != "against" or prep.dep_ != "prep" or prep.i in quoted:
            continue
        verb = prep.head
        subject = subject_of(verb) if verb.lemma_ == "be" else None
        if subject is None or subject.i in quoted or not is_party(subject):
            continue
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        content = noun_phrase(obj) if obj is not None else None
        if content:
            yield Candidate(
                kind="indirect",
                category="stance",
                cue=offsets(verb, prep),
                content=content,
                source=mention(subject),
                rule="attitude",
            )


def _complement(adj: Token, frames: frozenset[str]):
    """(frame, content offsets, last cue token) of the adjective's complement, or None."""
    for child in adj.children:
        if child.dep_ == "ccomp" and "clause" in frames:
            content = subtree_offsets(child)
            return ("clause", content, adj) if content else None
        if "infinitive" in frames and is_infinitive(child):
            content = subtree_offsets(child)
            return ("infinitive", content, adj) if content else None
        if child.dep_ == "prep" and child.lower_ in frames:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            content = noun_phrase(obj) if obj is not None else None
            return (child.lower_, content, child) if content else None
    # "The minister was adamant that the levy would stay": the parser may hang the clause
    # on the copula; right after the adjective, it is still the adjective's complement --
    # when someone holds it ("The science became more clear that …" is the writer's)
    if "clause" not in frames:
        return None
    clause = next(
        (
            c
            for c in adj.head.children
            if c.dep_ == "ccomp" and c.left_edge.i == adj.right_edge.i + 1
        ),
        None,
    )
    holder = subject_of(adj.head) if clause is not None else None
    if holder is None or not is_party(holder):
        return None
    content = subtree_offsets(clause)
    return ("clause", content, adj) if content else None
