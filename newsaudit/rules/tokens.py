"""Reading tokens: character offsets of spans, the lexicon entry of a cue, and the word
classes the rules share.

Everything here maps spaCy tokens to plain values; the rules build on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsaudit.data import Cue, cues, lexicon

Offsets = tuple[int, int]

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# The marks that set a cue and its speaker off inside what was said ("Y, she said, Z").
SET_OFF_MARKS = frozenset({",", "—", "–"})
# Quotation marks of every style, opening and closing.
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»"})
# Dependencies of a clause's own subject: a noun, a clause ("that changing the rule could
# …") or an empty "there"/"it" ("that there will be …").
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# The half of a hyphenated word after its hyphen ("gay" of "anti-gay").
HYPHEN_HALF = re.compile(r"\w+")
# Entity labels of a phrase that says when something happened, not who someone is.
TIME_LABELS = frozenset({"DATE", "TIME"})
# The highest number read as a person's age after their name ("Okafor, 54, said").
OLDEST_AGE = 119
# Entity types that name no one who could speak: "Tuesday said" is a misparse of a date
# ("voters going to the polls on Super Tuesday said"), "Republican" a party's adjective.
UNSPEAKING_ENTITIES = TIME_LABELS | {"NORP", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
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
# How a phrasal cue's particle hangs on its verb: "pointed out", "called for", and "fired
# back", whose "back" the parser often takes for an adverb.
PARTICLE_DEPS = frozenset({"prt", "prep", "advmod"})
# Marks that open a quotation, and the dashes that set off a speaker or a label.
QUOTE_OPENERS = frozenset({'"', "“", "‘", "'", "«"})
DASHES = frozenset({"—", "–", "-", "--"})
# The links inside a noun phrase that a climb from its last word to its head follows.
PHRASE_INNER_DEPS = frozenset({"pobj", "prep", "compound", "amod", "nummod", "poss", "case"})
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


def cue_entry(token: Token, pos: str = "verb") -> Cue | None:
    """The lexicon entry for a verb or noun cue, with its particle if it has one."""
    lemma = token.lemma_.lower()
    found = cue_particle(token, pos)
    return cues().get((f"{lemma} {found.lower_}" if found is not None else lemma, pos))


def cue_particle(token: Token, pos: str = "verb") -> Token | None:
    """The particle right after a cue that makes it a phrasal cue of the lexicon ("out" of
    "pointed out", "for" of "called for"), else None."""
    table = cues()
    lemma = token.lemma_.lower()
    for child in token.children:
        next_to = child.dep_ in PARTICLE_DEPS and child.i == token.i + 1
        if next_to and (f"{lemma} {child.lower_}", pos) in table:
            return child
    return None


def cue_in_s(word: Token) -> Cue | None:
    """The lexicon entry of a cue verb written in its "-s" form ("whispers", "predicts"),
    however the tagger read it: after a noun it is often tagged a plural noun."""
    entry = cue_entry(word)
    return entry if word.lower_ == word.lemma_.lower() + "s" else None


def saying_in_s(word: Token) -> bool:
    """Whether a word is a verb of saying in its "-s" form, however tagged."""
    entry = cue_in_s(word)
    return entry is not None and entry.category == "statement"


def offsets(first: Token, last: Token) -> Offsets:
    """Character offsets covering the tokens ``first`` to ``last``, relative to the Doc."""
    return first.idx, last.idx + len(last.text)


def trim(doc_tokens: SpacySpan) -> Offsets | None:
    """Offsets of a token span without punctuation and spaces at its edges (a quotation
    mark and the percent sign of a figure, "to 35%", are kept), nor a conjunction at its
    end."""
    tokens = [t for t in doc_tokens]
    while tokens and _edge(tokens[0]):
        tokens.pop(0)
    # nor a conjunction left dangling at its end ("Hamas built the facility and", where
    # what it joins is another clause, reported by another cue)
    while tokens and (_edge(tokens[-1]) or tokens[-1].pos_ == "CCONJ"):
        tokens.pop()
    if not tokens:
        return None
    return offsets(tokens[0], tokens[-1])


def _edge(token: Token) -> bool:
    """Punctuation or space that a span does not begin or end on."""
    return (token.is_punct or token.is_space) and not is_quote(token) and token.text != "%"


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
    # "to re-elect Sen. Lee": the parser may hang a hyphenated word's second half apart,
    # with what it governs; the phrase runs over both
    while right + 2 < len(doc) and _glued_hyphen(doc[right + 1]) and right + 1 not in (skip or ()):
        right = max(right + 2, doc[right + 2].right_edge.i)
    return trim(doc[left : right + 1])


def hyphened(token: Token) -> tuple[int, int]:
    """The first and last token indices of the hyphenated word a token is part of
    ("vice-president" is three tokens: "vice", "-", "president"), or of the token alone."""
    doc = token.doc
    first = last = token.i
    while first >= 2 and _glued_hyphen(doc[first - 1]):
        first -= 2
    while last + 2 < len(doc) and not doc[last].whitespace_ and _glued_hyphen(doc[last + 1]):
        last += 2
    if token.text == "-" and _glued_hyphen(token):
        first, last = hyphened(doc[token.i - 1])
    return first, last


def _glued_hyphen(token: Token) -> bool:
    """A hyphen written between two words with no space ("vice-president")."""
    doc = token.doc
    return (
        token.text == "-"
        and 0 < token.i < len(doc) - 1
        and not token.whitespace_
        and not doc[token.i - 1].whitespace_
    )


def before_time(time: Token) -> Token:
    """The noun a time phrase follows ("her records in July", "Sen. Rob Portman this
    year"), which a relative clause set off after the time is about: a date shows
    nothing and endorses no one. The time itself when no noun comes right before it."""
    at = time.left_edge.i - 1
    if at >= 0 and time.doc[at].pos_ == "ADP":
        at -= 1
    before = time.doc[at] if at >= 0 else time
    named = before.pos_ in ("NOUN", "PROPN") and before.ent_type_ not in TIME_LABELS
    return before if named else time


def whole_word(text: str, span: Offsets) -> Offsets:
    """A span that ends inside a hyphenated word ("called the law anti" of "anti-gay",
    "vowed to re" of "re-elect") carried to the word's end: the tokenizer splits such a
    word in three, and the parser may hang its halves apart."""
    start, end = span
    while text[end : end + 1] == "-" and text[end - 1 : end].isalnum():
        after = HYPHEN_HALF.match(text, end + 1)
        if after is None:
            break
        end = after.end()
    return start, end


def resumed_after(doc: Doc, last: int, end: int, marks: Iterable[str]) -> Token | None:
    """The first word of a clause that goes on after a part set off inside it ("The work
    is hard, Lawrence says, for people …", "X leads, per the tracker, with 40 …"): the part
    ends at token ``last``, a mark of ``marks`` closes it, and a word that is neither a
    conjunction nor punctuation follows before ``end`` ("…, she said, and the council
    agreed" goes on in a clause of the writer's: None)."""
    rest = [t for t in doc[last + 1 : end] if not t.is_space]
    resumed = len(rest) > 1 and rest[0].text in marks and rest[1].pos_ not in ("CCONJ", "PUNCT")
    return rest[1] if resumed else None


def set_off_age(child: Token) -> bool:
    """Whether a phrase set off after a name is an age ("Salim Ngala, 41,")."""
    if child.dep_ not in ("appos", "npadvmod", "amod") or not child.like_num:
        return False
    after_comma = child.i > 0 and child.doc[child.i - 1].text == ","
    return after_comma and child.text.isdigit() and 0 < int(child.text) <= OLDEST_AGE


def is_infinitive(token: Token) -> bool:
    """A to-infinitive complement ("refused to sign", "eager to finish")."""
    return token.dep_ in ("xcomp", "ccomp") and to_infinitive(token)


def to_infinitive(verb: Token) -> bool:
    """A verb with the "to" of an infinitive ("to assess", "to build a wall")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def foreign_particle(verb: Token) -> bool:
    """Whether a particle makes another verb of a cue, one no phrasal cue of the lexicon
    is ("call off the strike", "backing down"; not "pointed out", "called for")."""
    return any(c.dep_ == "prt" for c in verb.children) and cue_particle(verb) is None


# What "is to say" is said of when it only rephrases ("Which is to say, …").
REPHRASING_SUBJECTS = frozenset({"which", "that", "this"})


def discourse_marker(token: Token) -> bool:
    """ "That said, …", "That being said, …", "Which is to say, …", "That is to say, …":
    a verb of saying that only links a sentence to the one before (conceding the point,
    or putting it another way) reports nobody's words; "that" or "which" names no one
    who could speak."""
    if token.lower_ == "said" and token.i + 1 < token.sent.end:
        before = [t.lower_ for t in token.doc[token.sent.start : token.i]]
        return before in (["that"], ["that", "being"])
    if token.lower_ != "say" or token.dep_ != "xcomp" or token.head.lemma_ != "be":
        return False
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in REPHRASING_SUBJECTS


def finite_clause(clause: Token) -> bool:
    """A clause with its own subject ("that it had been a difficult night"), not an
    infinitive the parser hung as one ("urged prefects not to publish")."""
    children = list(clause.children)
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children) and not (
        to_infinitive(clause)
    )


def plural_phrase_before(word: Token) -> Token | None:
    """The head of a plural noun phrase ending right before a word, however the parser
    hung its parts: "leaked files from his tax return" before "show", its preposition hung
    on "leaked" (the parser's commonest slip), is headed by "files". None when the phrase
    before is no plural noun's."""
    if word.i == word.sent.start:
        return None
    head = word.doc[word.i - 1]
    noun = head if head.pos_ in NOUN_POS else None
    while head.dep_ in PHRASE_INNER_DEPS and head.i > word.sent.start:
        above = head.head
        if head.dep_ == "prep" and above.pos_ in CUE_POS:
            before = word.doc[head.i - 1]  # "files" before "from", not the verb above
            if before.pos_ not in NOUN_POS:
                break
            head = noun = before
        elif above.i < word.i and above.right_edge.i == word.i - 1:
            head = above
            noun = head if head.pos_ in NOUN_POS else noun
        else:
            break
    return noun if noun is not None and noun.tag_ in PLURAL_NOUN_TAGS else None
