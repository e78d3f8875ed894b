"""One-word answers: "Asked whether X, 46 percent said yes", "the senator said no", "half
said so in the earlier poll", "neither side would say so".

"Yes", "no" and "so" stand for a proposition the context asked or stated, so saying them
is reported speech whose content is the word itself (the parser takes it for an
interjection or an adverb, not a complement, so the clause frames never see it).
Outside quotation marks PolNeAR annotators mark nearly every such use (study split: 25 of
36 "say yes/no/so/the same", all but 3 of the rest inside quotes, where the engine reads
the quote instead); "said the same (of X)" is a noun phrase the object frame already reads.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.rules.base import Candidate, mention, offsets, subject_of, trim

# Verbs of answering that take a bare "yes"/"no"/"so" ("answered no", "replied yes").
ANSWERING = frozenset({"say", "answer", "reply"})
# Verbs of belief that take "so" for a proposition already in the text, as verbs of saying
# do ("Cruz thinks so, too", "his rivals never thought so", "I hope so"): English's
# clausal pro-form after both (study split: 3 of 4 outside quotation marks annotated).
BELIEVING = frozenset({"think", "believe", "hope", "suppose", "expect", "guess", "suspect", "fear"})
# Pro-forms for an answer or a proposition already in the text.
PRO_FORMS = frozenset({"yes", "no", "so"})
# Words after "so"/"no" that make it something else: a degree ("said so much", "so far"),
# a purpose ("so that"), or a determiner or idiom ("no one", "no matter what").
NOT_AFTER = frozenset({"that", "much", "many", "far", "long", "matter", "one", "longer", "more"})


def find_answers(sent: SpacySpan, quoted: set[int]) -> Iterator[Candidate]:
    """Yield a statement for each verb of saying followed by "yes", "no" or "so", with
    the answered "to" phrase of "said no to X" (as annotators mark it), and a belief for
    each verb of belief followed by "so"."""
    for verb in sent:
        lemma = verb.lemma_.lower()
        if lemma not in ANSWERING | BELIEVING or verb.pos_ not in ("VERB", "AUX"):
            continue
        word = _pro_form(verb, sent)
        if word is not None and lemma in BELIEVING and word.lower_ != "so":
            continue  # "thinks no one …" is no answer
        subject = subject_of(verb)
        if word is None or verb.i in quoted or subject is None or subject.dep_ == "expl":
            continue
        last = word
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        if word.lower_ == "no" and to is not None and to.i == word.i + 1:
            last = to.right_edge  # "said no to the Iraq war": the refusal and its object
        content = trim(sent.doc[word.i : last.i + 1])
        if content is None:
            continue
        yield Candidate(
            kind="indirect",
            category="belief" if lemma in BELIEVING else "statement",
            cue=offsets(verb, verb),
            content=content,
            source=mention(subject),
            rule="answer",
        )


def _pro_form(verb: Token, sent: SpacySpan) -> Token | None:
    """The "yes", "no" or "so" right after a verb, standing alone (not "no one", "so
    that", nor a determiner or a degree word the parser attaches elsewhere)."""
    if verb.i + 1 >= sent.end:
        return None
    word = sent.doc[verb.i + 1]
    if word.lower_ not in PRO_FORMS or word.dep_ in ("det", "neg", "mark"):
        return None
    if verb.lemma_.lower() in BELIEVING and word.head.i != verb.i:
        return None  # a degree of what follows: "believes so strongly in", "so much of"
    after = sent.doc[word.i + 1] if word.i + 1 < sent.end else None
    if after is not None and (after.lower_ in NOT_AFTER or after.pos_ in ("ADJ", "NOUN")):
        return None
    return word
