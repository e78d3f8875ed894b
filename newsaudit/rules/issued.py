"""Words that speak for whoever put them out: "X issued a statement saying Y", "a
statement from X said Y", "X released a video that accuses Y".

A statement, a letter or a campaign video says what its author says, so the author is the
source and the cue the whole phrase from the issuing verb (as PolNeAR annotates it). A
study, a poll or a report speaks for itself ("a report by the Budget Office found"): its
findings are the document's (see ``rules.polls``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from newsaudit.data.lexicon import ISSUED_STATEMENTS, WRITTEN_MESSAGES
from newsaudit.rules.base import Mention, cue_entry, mention, offsets, subject_of
from newsaudit.rules.polls import PRODUCT_NOUNS
from newsaudit.rules.subjects import ISSUING_VERBS

# How far a relative clause's verb may be from the verb that issued its message ("released
# a new 30-second ad that urges"): further, the relative clause is about something else.
MAX_ISSUED_WORDS = 8
# Participles that name who put a message out or before a body ("a motion brought by
# Senator X", "a letter signed by 40 residents"): its by-agent is its author.
AUTHORING_VERBS = ISSUING_VERBS | {"bring", "table", "move", "file", "submit", "introduce"}
# Verbs by which someone hands over a statement they made ("Cook provided a written
# statement", "the ministry gave a statement"): its issuer, though they issue nothing else.
HANDING_VERBS = frozenset({"provide", "give", "make", "deliver", "offer"})


def behind_document(noun: Token, verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """ "X issued a statement saying Y" / "a statement from X said Y": the statement
    speaks for X, so X is the source and the cue is the whole phrase."""
    issued = _issued_with(noun, verb)
    if issued is not None:
        return issued
    entry = cue_entry(noun, pos="noun")
    if entry is None or entry.category != "statement":
        return None  # "a report by the Budget Office found": the report is the source
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            author = next((c for c in child.children if c.dep_ == "pobj"), None)
            if author is not None:
                return author, offsets(noun, verb) if verb.i > noun.i else offsets(verb, verb)
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_ in AUTHORING_VERBS:
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            author = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            if author is not None and verb.i > noun.i:
                return author, offsets(noun, verb)
    if verb.dep_ == "acl" and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        author = subject_of(noun.head)
        if author is not None and author.pos_ in ("PROPN", "NOUN", "PRON"):
            return author, offsets(noun.head, verb)
    return None


def _issued_with(relative: Token, verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """ "X released a video that accuses Y", "X issued a statement that sought to Y": what
    X puts out says what X says, as with a participle ("a statement saying"), so X is the
    source and the cue runs from the issuing verb (PolNeAR train: 5 of 5 such relative
    clauses, on statements, videos and data). A study, a poll or a report speaks for
    itself, as "a report by X found" does (see rules.polls)."""
    if verb.dep_ != "relcl" or relative.lower_ not in ("that", "which"):
        return None
    message, issuing = verb.head, verb.head.head
    if message.dep_ != "dobj" or issuing.lemma_.lower() not in ISSUING_VERBS:
        return None
    if message.lower_ in PRODUCT_NOUNS or message.lemma_.lower() in PRODUCT_NOUNS:
        return None  # "ran a survey that found": a study's finding is the study's (polls)
    if any(c.dep_ == "prt" and c.lower_ != "out" for c in issuing.children):
        return None  # "puts aside the letters that accuse her": no longer issuing
    between = issuing.doc[issuing.i + 1 : verb.i]
    if len(between) > MAX_ISSUED_WORDS or any(t.pos_ in ("VERB", "AUX") for t in between):
        return None  # "posts stories, including one that said": a story among others
    author = subject_of(issuing)
    if author is None or author.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return author, offsets(issuing, verb)


def find_issuers(doc: Doc, quoted: set[int]) -> Iterator[tuple[int, Mention]]:
    """Statements, press releases and written messages whose issuer or writer the sentence
    names, each as the noun's offset and the issuer: "X said in a statement", "X issued a
    press release", "a statement from X", "X's statement", "a note from X". A later "the
    statement" or "the note" is that issuer's word (``sources``), as "the company" is the
    company named before."""
    for noun in doc:
        issued = noun.lower_ in ISSUED_STATEMENTS or noun.lower_ in WRITTEN_MESSAGES
        if noun.i in quoted or noun.pos_ != "NOUN" or not issued:
            continue  # "statement", "(press) release", "letter", "email"
        issuer = _issuer(noun)
        if issuer is not None and issuer.pos_ in ("PROPN", "NOUN", "PRON"):
            yield noun.idx, mention(issuer)


def _issuer(noun: Token) -> Token | None:
    """Who put the statement out: the possessor, the "from"/"by" phrase, the subject of
    the verb that issued it ("issued a statement") or spoke in it ("said in a statement",
    also where an aide signed it: "Akinwale, in a statement signed by his adviser, said")."""
    signed = any(c.lemma_.lower() == "sign" for c in noun.children)
    speaking = _spoken_in(noun, either_side=True) if signed else None
    if speaking is not None:
        return speaking
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ == "acl" and child.lemma_.lower() in AUTHORING_VERBS:
            # "a statement released by the campaign"
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in ISSUING_VERBS | HANDING_VERBS:
        return subject_of(verb)
    # "X said in a statement", and fronted: "In a news release Friday, police said …"
    return _spoken_in(noun, either_side=True)


def _spoken_in(noun: Token, either_side: bool = False) -> Token | None:
    """The subject of the cue a statement was said in ("X said in a statement"; with
    ``either_side`` also "X, in a statement signed by …, said"), if any."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ == "VERB":
        speaker = verb.head
        if cue_entry(speaker) is not None and (either_side or speaker.i < noun.i):
            return subject_of(speaker)
    return None
