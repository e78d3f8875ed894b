"""Reading tokens: character offsets of spans, the lexicon entry of a cue, and the word
classes the rules share.

Everything here maps spaCy tokens to plain values; the rules build on it.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.data import Cue, cues, lexicon

Offsets = tuple[int, int]

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Quotation marks of every style, opening and closing.
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»"})
# Dependencies of a clause's own subject: a noun, a clause ("that changing the rule could
# …") or an empty "there"/"it" ("that there will be …").
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# Entity types that name no one who could speak: "Tuesday said" is a misparse of a date
# ("voters going to the polls on Super Tuesday said"), "Republican" a party's adjective.
UNSPEAKING_ENTITIES = frozenset(
    {"DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
)
# Head nouns that speak for themselves when a participle hangs from them: people,
# institutions and documents ("voters saying", "a memo showing").
SPEAKING_HEADS = (
    lexicon.ORGANIZATION_HEADS
    | lexicon.ANONYMOUS_HEADS
    | lexicon.TITLES
    | lexicon.VAGUE_SOURCE_WORDS
    | lexicon.DOCUMENT_HEADS
)
# Tags of verbs that carry tense, and so need a subject ("warned", "disputes").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# The parts of speech a cue verb is tagged with.
CUE_POS = ("VERB", "AUX")
# Marks that open a quotation, and the dashes that set off a speaker or a label.
QUOTE_OPENERS = frozenset({'"', "“", "‘", "'", "«"})
DASHES = frozenset({"—", "–", "-", "--"})


def cue_entry(token: Token, pos: str = "verb") -> Cue | None:
    """The lexicon entry for a verb or noun cue, with its particle if it has one."""
    table = cues()
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ in ("prt", "prep") and child.i == token.i + 1:
            phrasal = table.get((f"{lemma} {child.lower_}", pos))
            if phrasal:
                return phrasal
    return table.get((lemma, pos))


def offsets(first: Token, last: Token) -> Offsets:
    """Character offsets covering the tokens ``first`` to ``last``, relative to the Doc."""
    return first.idx, last.idx + len(last.text)


def trim(doc_tokens: SpacySpan) -> Offsets | None:
    """Offsets of a token span without punctuation and spaces at its edges."""
    tokens = [t for t in doc_tokens]
    while tokens and (tokens[0].is_punct or tokens[0].is_space) and not is_quote(tokens[0]):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and not is_quote(tokens[-1]):
        tokens.pop()
    if not tokens:
        return None
    return offsets(tokens[0], tokens[-1])


def is_quote(token: Token) -> bool:
    return token.text in {'"', "“", "”", "'", "‘", "’", "«", "»"}


def subtree_offsets(token: Token, skip: set[int] | None = None) -> Offsets | None:
    """Offsets of a token's subtree, cut short at any token index in ``skip``."""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    if skip:
        for i in range(token.i - 1, left - 1, -1):
            if i in skip:
                left = i + 1
                break
        for i in range(token.i + 1, right + 1):
            if i in skip:
                right = i - 1
                break
    return trim(doc[left : right + 1])
