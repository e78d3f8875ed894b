"""Relay: the outlet a source's words reached the article through.

"X told Reuters", "X, who spoke to Reuters", "speaking to the Associated Press", "in an
interview with the BBC", "one official telling AP"; and the publisher of a work that
speaks ("The Post ran a piece that noted …"). The rule returns the noun phrase that
received (or published) the words; whether it is an outlet is decided by the source
resolver.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsaudit.data import lexicon
from newsaudit.rules.base import Mention, cue_entry, mention, stands_for

# Verbs whose addressee is the outlet that carried the words.
ADDRESS_VERBS = frozenset({"tell", "speak", "talk", "say", "give", "confirm", "explain"})
INTERVIEW_NOUNS = frozenset({"interview", "conversation", "call", "appearance", "statement"})


def find_via(doc: Doc, cue: tuple[int, int], source: tuple[int, int] | None) -> Mention | None:
    """The addressee of the cue, or of a relative or participle clause on the source."""
    span = doc.char_span(*cue, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span[0]
    found = _on_clause(verb)
    # "Speaking to the BBC, X denied …, insisting …" / "…, conceded … but denied …": a
    # participle or second coordinated cue shares the relay of the cue it hangs from.
    while found is None and verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
        # a second cue the parser coordinated inside the first one's content ("conceded
        # that X but denied that Y") belongs to the nearest cue above it
        cue_above = next((a for a in verb.ancestors if cue_entry(a) is not None), None)
        verb = cue_above if verb.dep_ == "conj" and cue_above is not None else verb.head
        found = _on_clause(verb)
    if found is None and source is not None:
        src = doc.char_span(*source, alignment_mode="expand")
        if src is not None and len(src):
            # "Musiyenko, a military analyst who spoke to Reuters": the clause hangs off
            # the source or off its appositive.
            for token in src.root.subtree:
                if token.dep_ in ("relcl", "acl") and (found := _addressee(token)):
                    break
            if found is None:
                found = _publisher(stands_for(src.root))
    return mention(found) if found is not None else None


def _publisher(work: Token) -> Token | None:
    """Who published a work that is a source: the subject of "ran a piece that noted …",
    or of a relative clause on it ("a story the Times ran on Sunday said …")."""
    if work.lemma_.lower() not in lexicon.PUBLISHED_WORKS:
        return None
    verbs = [c for c in work.children if c.dep_ == "relcl"]
    if work.dep_ == "dobj":
        verbs.append(work.head)
    for verb in verbs:
        if verb.lemma_.lower() in lexicon.PUBLISHING_VERBS:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ == "PROPN":
                return subject
    return None


def _on_clause(verb: Token) -> Token | None:
    """The addressee of a verb, or of a clause or phrase hanging off it ("Fesenko, …,
    speaking to the Associated Press", "In an interview with Bloomberg, X said")."""
    found = _addressee(verb)
    if found is None:
        for child in verb.children:
            if child.dep_ in ("advcl", "prep") and (found := _addressee(child)):
                break
    return found


def _addressee(token: Token) -> Token | None:
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") and lemma in ADDRESS_VERBS:
        for child in token.children:
            # "told the _Hollis Courier_": markup around a title can be parsed as objects
            # of their own; the outlet is the object with letters in it
            if child.dep_ in ("dative", "dobj") and lemma == "tell" and _worded(child):
                return child
            if child.dep_ in ("prep", "dative") and child.lower_ in ("to", "with"):
                obj = _pobj(child)
                if obj is not None:
                    return obj
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "in" and (obj := _interview(child)):
                return obj
    if token.dep_ == "prep" and token.lower_ == "in":
        return _interview(token)
    return None


def _interview(prep: Token) -> Token | None:
    # "in an interview with the BBC"
    noun = _pobj(prep)
    if noun is None or noun.lemma_.lower() not in INTERVIEW_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "on", "to"):
            return _pobj(child)
    return None


def _worded(token: Token) -> bool:
    return any(ch.isalpha() for ch in token.text)


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)
