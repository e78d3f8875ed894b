"""Verbs the tagger reads as nouns: verbs of stance ("Most senators surveyed support
lowering the number", "Two-thirds support reducing sentences") and verbs of saying in
"-s" after a long subject ("Prices will rise, the bank's chief economist maintains").

Between its subject and a gerund, "support" (or "oppose", "favor") is often tagged a
noun: the parser reads "senators support" as a compound, or "support lowering" as a noun
and its modifier, and no verb rule sees a cue. The shape survives the misparse: a noun
phrase opening the clause, the bare word, then a gerund, whose phrase is the content.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.data import Cue
from newsaudit.rules.base import Candidate, Mention, mention, offsets, subtree_offsets, trim
from newsaudit.rules.tokens import (
    CLAUSE_SUBJECTS,
    SUBJECT_DEPS,
    cue_entry,
    cue_in_s,
    plural_phrase_before,
)

# Verbs of stance the tagger reads as nouns before a gerund ("voters support raising").
MISTAGGED_STANCES = frozenset({"support", "supports", "oppose", "opposes", "favor", "favors"})
# What may head the holder's phrase: a noun, a share ("Two-thirds"), a quantifier ("Many").
HOLDER_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON", "ADJ"})
# What the parser hangs on a verb it reads as a noun that belongs to the speaker's phrase
# glued to it: "The", "port's", "chief", "weather".
GLUED_DEPS = frozenset({"det", "poss", "amod", "compound", "nummod", "nmod"})
# A word in one of these is a noun in use, whatever it could be.
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "dative", "oprd"})
# The words that end the clause before the verb.
CLAUSE_BREAKS = frozenset({"and", "but", "while", "whereas", "that", "because"})


def find_mistagged_stances(sent: SpacySpan, quoted: set[int]) -> Iterator[Candidate]:
    """ "Most senators surveyed support lowering the number": a verb of stance right after
    its subject and before a gerund is often tagged a noun (the parser reads "senators
    support" as a compound or "support lowering" as a noun and its modifier), so it is
    found by that shape. Its own determiner or possessive ("their support", "for support
    reforming") makes it a noun; a finite verb before it means the subject has its own."""
    for cue in sent:
        if cue.i in quoted or cue.lower_ not in MISTAGGED_STANCES:
            continue
        if cue.pos_ in ("VERB", "AUX"):
            holder = _auxiliary_holder(cue)
            if holder is not None:
                yield _stance(sent, cue, cue.head, holder)
            continue
        after = cue.doc[cue.i + 1 : sent.end]
        gerund = next((t for t in after if t.pos_ != "ADV" and t.dep_ != "advmod"), None)
        if gerund is None or gerund.tag_ != "VBG" or cue.i == sent.start:
            continue
        start = _clause_start(sent, cue)
        before = cue.doc[start : cue.i]
        modifier = cue.nbor(-1)
        if not before or modifier.pos_ in ("DET", "ADP") or modifier.tag_ == "PRP$":
            continue  # "their support", "for support"
        if modifier.pos_ == "ADJ" and modifier.i != start:
            continue  # "local support heading into the weekend"; not "Many support"
        if any(t.tag_ in ("VBZ", "VBP", "MD") or t.tag_ == "POS" for t in before):
            continue
        head = _stance_holder(before)
        if head is not None:
            yield _stance(sent, cue, gerund, head)


def find_mistagged_sayings(sent: SpacySpan, quoted: set[int]) -> Iterator[Candidate]:
    """ "Prices will rise, the bank's chief economist maintains", "The weather office
    predicts that …": after a noun, a cue verb in "-s" is often tagged a plural noun, yet
    the parser still gives it the reported clause as its complement, and the speaker as
    its subject or, reading "office predicts" as one noun, as the noun glued before it.
    The verb rules, which look for verbs, miss what the parse says plainly.

    After a plural subject the bare form is tagged a singular noun the same way ("Leaked
    files from his return show he lost money"); a noun takes no subject of its own, so one
    before the word, and a reported clause after it, make it the verb."""
    for cue in sent:
        entry = None if cue.i in quoted else _mistagged_cue(cue)
        if entry is None or "clause" not in entry.frames:
            continue
        clause = next((c for c in cue.children if _complement(c) and c.i not in quoted), None)
        if clause is None or not any(c.dep_ in CLAUSE_SUBJECTS for c in clause.children):
            content = _closed_clause(cue) if cue.tag_ == "NNS" else None
            source = _speaker_glued_on(cue) if content is not None else None
            if source is not None:
                yield _saying(cue, entry, content, source)
            continue
        speaker = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
        if cue.tag_ == "NN" and clause.i < cue.i:
            continue
        if speaker is not None:
            source = mention(speaker)
        elif cue.tag_ == "NN":
            source = _plural_before(cue)
        else:
            source = _speaker_glued_on(cue)
        content = subtree_offsets(clause)
        if source is None or content is None:
            continue
        yield _saying(cue, entry, content, source)


def _saying(cue: Token, entry: Cue, content: tuple[int, int], source: Mention) -> Candidate:
    return Candidate(
        kind="indirect",
        category=entry.category,
        cue=offsets(cue, cue),
        content=content,
        source=source,
        tone=entry.tone,
        rule="reported",
    )


def _closed_clause(cue: Token) -> tuple[int, int] | None:
    """ "Consent must be upheld for fair partnerships, the paper states.": a cue in "-s"
    that closes the sentence after a comma, read with its speaker as a noun phrase set
    beside the clause's last noun; what was said is the clause before the comma."""
    doc, sent = cue.doc, cue.sent
    if any(not t.is_punct for t in doc[cue.i + 1 : sent.end]):
        return None
    comma = cue.left_edge.i - 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    clause = doc[sent.start : comma]
    if not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in clause):
        return None
    return trim(clause)


def _complement(clause: Token) -> bool:
    """A reported clause on the mistagged word: its complement, or a "that" clause the
    parser, taking the word for a noun, calls a relative clause ("The Island Weather
    Service forecasts that temperatures will fall": a relative "that" is the clause's
    subject or object, never its marker)."""
    return clause.dep_ == "ccomp" or (
        clause.dep_ == "relcl" and any(c.dep_ == "mark" for c in clause.children)
    )


def _mistagged_cue(word: Token) -> Cue | None:
    """The lexicon entry of a cue verb tagged a noun: in its "-s" form tagged plural, or
    in its bare form tagged singular."""
    if word.tag_ == "NNS":
        return cue_in_s(word)
    if word.tag_ == "NN" and word.lower_ == word.lemma_.lower():
        return cue_entry(word)
    return None


def _plural_before(cue: Token) -> Mention | None:
    """ "The new regulations state that …", "after leaked files from his return show he
    lost money": a bare verb tagged a singular noun agrees with the plural noun phrase
    right before it, which the parser glued on the word as a compound or hung on another
    verb. A noun there would need an article or a possessor between ("a vote", "the
    debates"), and one in use as a subject or an object is no verb."""
    if cue.dep_ in NOMINAL_DEPS:
        return None  # "Thousands watched the pupils' show that the school staged"
    subject = plural_phrase_before(cue)
    if subject is None:
        return None
    return _speaker_glued_on(cue) if subject.head == cue else mention(subject)


def _speaker_glued_on(cue: Token) -> Mention | None:
    """ "The weather office predicts", "the port's chief planner maintains": the parser
    reads the speaker and the verb as one noun, the speaker's head a compound on the verb
    and its words (article, possessor, adjectives) the verb's own; together they are the
    speaker's phrase."""
    glued = cue.doc[cue.i - 1] if cue.i > cue.sent.start else None
    if glued is None or glued.dep_ != "compound" or glued.head != cue:
        return None
    words = [c for c in cue.lefts if c.dep_ in GLUED_DEPS]
    first = min((c.left_edge for c in words), key=lambda t: t.i)
    found = mention(glued)
    if first.i >= glued.left_edge.i:
        return found
    return replace(found, start=first.idx, text=cue.doc.text[first.idx : found.end])


def _stance(sent: SpacySpan, cue: Token, gerund: Token, holder: Token) -> Candidate:
    """The holder's stance toward what the gerund's phrase names."""
    return Candidate(
        kind="indirect",
        category="stance",
        cue=offsets(cue, cue),
        content=offsets(gerund, _gerund_end(sent, gerund)),
        source=mention(holder),
        rule="reported",
    )


def _auxiliary_holder(cue: Token) -> Token | None:
    """ "The caucus and Sen. Schumer, the future leader, oppose tinkering with the system":
    after a long subject the parser may take the verb for an auxiliary of the gerund and
    make the gerund the clause's verb, its subject and all; no stance verb has an
    auxiliary's use, so the gerund's subject holds the stance."""
    gerund = cue.head
    if cue.dep_ != "aux" or gerund.tag_ != "VBG" or gerund.i != cue.i + 1:
        return None
    return next((c for c in gerund.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i), None)


def _gerund_end(sent: SpacySpan, gerund: Token) -> Token:
    """The last word of the gerund's phrase, up to the next clause ("…, and all but one
    said"): the parser may make the gerund the sentence's root."""
    inside = {t.i for t in gerund.subtree}
    end = gerund
    for token in gerund.doc[gerund.i + 1 : sent.end]:
        if token.i not in inside or token.text == ";" or token.dep_ == "cc":
            break
        if not token.is_punct:
            end = token
    return end


def _stance_holder(before: SpacySpan) -> Token | None:
    """The head of the noun phrase before a mistagged stance verb: the phrase's root, or
    the subject the parser gave a participle it took for the verb ("most senators
    surveyed"), or its first noun."""
    root = before.root
    if root.pos_ == "VERB":
        root = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), root)
    if root.pos_ in HOLDER_POS:
        return root
    return next((t for t in before if t.pos_ in HOLDER_POS), None)


def _clause_start(sent: SpacySpan, cue: Token) -> int:
    """The first token after the last clause break (punctuation, "and", "but") before
    ``cue``, or the sentence's start."""
    for token in reversed(cue.doc[sent.start : cue.i]):
        if token.is_punct and token.text not in ("-", "'", "’") or token.lower_ in CLAUSE_BREAKS:
            return token.i + 1
    return sent.start
