"""What a sentence asserts: the markers that make an unsourced claim worth an editor's look.

A sentence that reports a private act ("privately urged", "behind closed doors") rests
entirely on someone's inside knowledge; numbers, causes, predictions, judgements and
superlatives are contestable; plain scene-setting of public events is the least risky.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.data import claim_words, lexicon
from newsaudit.rules.base import cue_entry, subject_of

# A sentence holding a cue of either kind reports someone's words, view or stance
# ("his announcement of", "a fierce critic of"), even where no rule could frame it.
CUE_POS = {"VERB": "verb", "NOUN": "noun", "ADJ": "adj"}
AGENT_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "who"})
AGENT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
AGENT_HEADS = lexicon.ANONYMOUS_HEADS | lexicon.ORGANIZATION_HEADS | lexicon.TITLES
# Entity labels that are statistics rather than dates or ordinals.
NUMBER_LABELS = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})


@dataclass(frozen=True)
class SentenceInfo:
    """A body sentence in plain values: where it is and what it asserts."""

    start: int
    end: int
    paragraph: int
    heading: bool
    words: int
    question: bool
    has_cue: bool
    markers: tuple[str, ...]
    hedges: tuple[tuple[int, int], ...] = ()


def _agentive(verb: Token) -> bool:
    """Whether a cue verb has someone as its subject: a person, a group or a body
    ("the mayor encouraged", "Republicans pushed"), not a thing ("it may prove")."""
    subject = subject_of(verb)
    if subject is None:
        return False
    if subject.lower_ in AGENT_PRONOUNS or subject.ent_type_ in AGENT_LABELS:
        return True
    head = subject.lemma_.lower()
    return subject.pos_ == "PROPN" or head in AGENT_HEADS


def describe(
    sent: SpacySpan, offset: int, paragraph: int, heading: bool, quoted: set[int]
) -> SentenceInfo:
    """Summarise one parsed sentence; ``offset`` turns its offsets into document ones."""
    lowered = " " + " ".join(t.lower_ for t in sent) + " "
    markers: list[str] = []
    if any(f" {p} " in lowered for p in claim_words.PRIVATE_ACTS):
        markers.append("private")
    if any(t.ent_type_ in NUMBER_LABELS and t.i not in quoted for t in sent):
        markers.append("statistic")
    if any(f" {p} " in lowered for p in claim_words.CAUSAL):
        markers.append("causal")
    if any(f" {p} " in lowered for p in claim_words.PREDICTIVE):
        markers.append("predictive")
    if any(t.lower_ in claim_words.EVALUATIVE for t in sent if t.i not in quoted):
        markers.append("evaluative")
    if any(t.tag_ in ("JJS", "RBS") for t in sent if t.i not in quoted):
        markers.append("superlative")
    has_cue = any(
        t.i not in quoted and cue_entry(t, CUE_POS.get(t.pos_, "")) is not None for t in sent
    )
    words = sum(1 for t in sent if t.is_alpha)
    text = sent.text.rstrip()
    return SentenceInfo(
        start=offset + sent.start_char,
        end=offset + sent.start_char + len(text),
        paragraph=paragraph,
        heading=heading,
        words=words,
        question=text.endswith("?"),
        has_cue=has_cue,
        markers=tuple(markers),
        hedges=tuple(
            (offset + t.idx, offset + t.idx + len(t.text))
            for t in sent
            if t.lower_ in claim_words.HEDGES and t.i not in quoted
        ),
    )
