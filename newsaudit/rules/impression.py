"""Impressions: "the fallout appears significant", "the senator seemed poised to win",
"the firm appears to be the link".

A raising verb ("seem", "appear") with a complement reports how things look, and to
nobody in particular: the writer's impression of its subject. Annotators mark no source
and take as content the subject with its complement ("the fallout … significant"); the
span here runs from the subject to the end of the complement, cue included. "It seems
that …" has an empty subject and is read by ``rules.reported`` as a clause.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.rules.base import Candidate, offsets, subject_of, trim

RAISING_VERBS = frozenset({"seem", "appear"})
# The complements of a raising verb: "seemed lost" (acomp, or oprd as the small model
# often labels it), "appeared poised to win" / "appears to be the link" (xcomp), "seems
# a safe bet" (attr).
COMPLEMENTS = frozenset({"acomp", "oprd", "xcomp", "attr"})


def find_impressions(sent: SpacySpan, quoted: set[int]) -> Iterator[Candidate]:
    """Yield a sourceless candidate for each raising verb with a subject and a complement."""
    for verb in sent:
        if verb.lemma_.lower() not in RAISING_VERBS or verb.i in quoted:
            continue
        subject = impression_subject(verb)
        complements = [c for c in verb.children if c.dep_ in COMPLEMENTS]
        if subject is None or not complements or complements[0].i < verb.i:
            continue
        # "appears ready to use tariffs": the parser may hang the infinitive on the verb
        # beside the adjective; the complement runs over both
        last = max(c.right_edge.i for c in complements)
        first = min(subject.left_edge.i, verb.i)
        content = trim(verb.doc[first : last + 1])
        if content is None:
            continue
        yield Candidate(
            kind="indirect",
            category="belief",
            cue=offsets(verb, verb),
            content=content,
            source=None,
            rule="impression",
        )


def impression_subject(verb: Token) -> Token | None:
    """The subject of a raising verb, unless it is the empty "it" of "it seems that"."""
    subject = subject_of(verb)  # "held a lead and appeared poised to win": the first verb's
    if subject is None or subject.lower_ == "it" or subject.pos_ in ("VERB", "AUX"):
        return None
    return subject
