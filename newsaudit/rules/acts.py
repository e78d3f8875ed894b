"""Acts that read like stances: a verb of stance used in a sense that reports a deed.

The lexicon gives a cue the frames in which it states a view ("see X as Y", "called the
plan a disgrace", "backed the bill"). A few senses of the same verbs take the same frames
and state no view at all: a perception of what someone was doing ("was seen walking"), a
name given with nobody's judgement behind it ("the resort will be called Camp X"), an
experience of an amount or of a place ("Ireland could see 2,300 cases a day"), a notice
handed to someone ("reported the theft to the police"), and the verb changed by a
particle into another verb ("ripped up the vine", "backing up the claim"). These are the
writer's account of events; a stance candidate read in one of them is dropped. A content
that is only a time ("a statement on Tuesday") is when, not what, and is dropped too.
The word lists and their counts are in ``newsaudit.data.acts``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsaudit.data.acts import (
    AMOUNT_ENTITIES,
    DEED_PARTICLES,
    EXPERIENCE_VERBS,
    NAMING_VERBS,
    NOTICE_VERBS,
    PERCEPTION_VERBS,
    SETTING_ENTITIES,
    TIME_ENTITIES,
    TOPIC_PREPOSITIONS,
    WITNESSING_VERBS,
)
from newsaudit.rules.base import Candidate, subject_of
from newsaudit.rules.tokens import QUOTE_MARKS
from newsaudit.rules.unasserted import is_party


def is_act(doc: Doc, cand: Candidate) -> bool:
    """Whether a candidate found in ``doc`` reports a deed rather than a view: an event
    witnessed, whatever the cue's category, or a stance in one of the senses above or
    with only a time for its content."""
    content = doc.char_span(*cand.content, alignment_mode="expand")
    if content is None:
        return False
    cue = doc.char_span(*cand.cue, alignment_mode="expand")
    verb = next((t for t in cue if t.pos_ in ("VERB", "AUX")), None) if cue else None
    if verb is not None and _witnessed(verb, content):
        return True
    if cand.category != "stance":
        return False
    if _only_a_time(content):
        return True
    if verb is None:
        return False
    return (
        _seen_doing(verb, content)
        or _visited(verb, content)
        or _given_a_name(verb)
        or _undergoes_amount(verb, content)
        or _notice_given(verb, content)
        or _particle_verb(verb, cue)
    )


def _only_a_time(content: Span) -> bool:
    """ "talked today", "a halting response on Tuesday": a time says when something was
    said or done, never what; a content that is nothing but one is an adjunct misread
    (unless a preposition makes it the topic: "talked about the 1990s")."""
    before = content.doc[content.start - 1] if content.start > 0 else None
    if before is not None and before.lower_ in TOPIC_PREPOSITIONS:
        return False
    words = [t for t in content if not t.is_punct]
    named = [t for t in words if t.pos_ not in ("DET", "ADP")]
    return bool(named) and all(t.ent_type_ in TIME_ENTITIES for t in named)


def _seen_doing(verb: Token, content: Span) -> bool:
    """ "workers were seen stacking coffins": what is seen is a deed in progress, a
    participle clause, where a view is seen as something ("is seen as the favourite")."""
    if verb.lemma_.lower() not in PERCEPTION_VERBS:
        return False
    root = _complement(verb, content, "VBG", ("xcomp", "ccomp", "advcl"))
    return root is not None and not _seen_as(verb)


def _witnessed(verb: Token, content: Span) -> bool:
    """ "The court heard Hartley admit to it", "I have seen him speak": a perception of
    someone doing something, told by a bare infinitive with its own subject (no "to", no
    "that", no auxiliary), is an event witnessed; "heard that he had left" is hearsay.
    An event to be seen is wished for or expected, a view: "wants to see D.C. become a
    state", "may soon see conditions return to normal"."""
    if verb.lemma_.lower() not in WITNESSING_VERBS:
        return False
    if verb.dep_ == "xcomp" or any(c.tag_ == "MD" for c in verb.children):
        return False
    root = _complement(verb, content, "VB", ("ccomp", "xcomp"))
    return (
        root is not None
        and any(c.dep_ == "nsubj" for c in root.children)
        and not any(c.dep_ in ("aux", "mark") for c in root.children)
    )


def _complement(verb: Token, content: Span, tag: str, deps: tuple[str, ...]) -> Token | None:
    """The content's head when it is a complement of the verb after it, with the tag
    (a participle, a bare infinitive) and one of the dependencies given."""
    root = content.root
    found = root.head.i == verb.i and root.i > verb.i and root.tag_ == tag and root.dep_ in deps
    return root if found else None


def _visited(verb: Token, content: Span) -> bool:
    """ "flew to New York to see him", "will see the minister on Friday": to see a person
    or a body, with nothing said of what they are, is to meet them (a view sees someone *as*
    something: "sees him as a rival")."""
    if verb.lemma_.lower() not in PERCEPTION_VERBS or _seen_as(verb):
        return False
    # "see the campaign of Trump as most unfair", "see Trump negatively": the parser may
    # hang the judgement on the object or make it an adverb
    after = [t for t in verb.subtree if t.i > verb.i]
    if any(t.lower_ == "as" or (t.dep_ == "advmod" and t.pos_ == "ADV") for t in after):
        return False
    obj = _object_in(verb, content)
    return obj is not None and is_party(obj)  # a person, a body, "him", "them"


def _seen_as(verb: Token) -> bool:
    # "sees the deal as a threat", "saw him fit to lead": a view of what the object is
    return any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)


def _given_a_name(verb: Token) -> bool:
    """ "It will be called Camp Margaritaville", "he was named high commissioner": a
    passive of naming with no one who names. A name in quotation marks ("what is called a
    'debate'") is still somebody's word for it -- not a title quoted in a phrase after
    the name ("named best actress for her role in 'Harbour Lights'")."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return False
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return False
    name = next(
        (c for c in children if c.i > verb.i and c.dep_ in ("oprd", "attr", "xcomp", "dobj")), None
    )
    if name is None:
        return False
    doc = verb.doc
    around = doc[name.left_edge.i : min(name.i + 2, len(doc))]
    return not any(t.text in QUOTE_MARKS for t in around)


def _undergoes_amount(verb: Token, content: Span) -> bool:
    """ "Ireland could see 2,300 new cases a day", "Japan is seeing a shortage": seeing a
    number of something, or a place or a time seeing anything, is living through it (a
    view sees something *as* something, or sees *that*)."""
    if verb.lemma_.lower() not in EXPERIENCE_VERBS:
        return False
    obj = _object_in(verb, content)
    if obj is None or _seen_as(verb):
        return False
    subject = subject_of(verb)
    if subject is not None and subject.ent_type_ in SETTING_ENTITIES:
        return True
    counted = any(c.dep_ in ("nummod", "quantmod") for c in obj.children)
    return counted or obj.like_num or obj.ent_type_ in AMOUNT_ENTITIES


def _notice_given(verb: Token, content: Span) -> bool:
    """ "the hospital reported the theft to the police": the object is handed to someone
    who acts on it, a notice given, where a stance reports a view of it."""
    if verb.lemma_.lower() not in NOTICE_VERBS:
        return False
    obj = _object_in(verb, content)
    return obj is not None and any(
        c.dep_ == "prep" and c.lower_ == "to" and c.i > obj.i for c in verb.children
    )


def _object_in(verb: Token, content: Span) -> Token | None:
    """The verb's direct object, when the content is (or holds) it."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj if obj is not None and content.start <= obj.i < content.end else None


def _particle_verb(verb: Token, cue: Span) -> bool:
    """ "ripped up the vine", "backing up their endorsements": the particle makes another
    verb, of doing, out of the verb of stance (unless the lexicon lists the two as one
    cue: "talked up his plans", "shrugged off the report")."""
    return any(
        c.dep_ == "prt"
        and c.lower_ in DEED_PARTICLES
        and not cue.start <= c.i < cue.end
        and not _placing(c)
        for c in verb.children
    )


def _placing(particle: Token) -> bool:
    """ "polls show Clinton up by 10 points", "had him up 5": after the object and before
    a margin, "up" places the object in a count (a small clause the parser reads as the
    verb's particle); a particle of doing precedes the object or ends the phrase."""
    obj = next((c for c in particle.head.children if c.dep_ == "dobj"), None)
    after = particle.doc[particle.i + 1 : particle.i + 3]
    margin = bool(after) and (
        after[0].like_num or (after[0].lower_ == "by" and len(after) > 1 and after[1].like_num)
    )
    return obj is not None and obj.i < particle.i and margin
