"""Hearsay adverbs: "the club is reportedly spending $1.5 million", "Bloomberg, reportedly
weighing a run".

"Reportedly" passes on what someone reported without naming them: the writer relays a
report, so the clause it sits in is attributed content with no source. Annotators mark it
so in 11 of 17 uses on the PolNeAR study split (8 of them with no source), taking as
content the clause around the adverb. Other hedges are annotated too rarely to read as
attributions ("allegedly" 1 of 11, "supposedly" 0 of 4): they stay hedge flags only.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan

from newsaudit.rules.base import Candidate, offsets, subject_of, trim

HEARSAY_ADVERBS = frozenset({"reportedly"})


def find_hearsay(sent: SpacySpan, quoted: set[int]) -> Iterator[Candidate]:
    """Yield a sourceless candidate for each hearsay adverb on a verb: the verb's clause,
    from its subject to its end."""
    for adverb in sent:
        if adverb.lower_ not in HEARSAY_ADVERBS or adverb.i in quoted:
            continue
        verb = adverb.head
        if verb.pos_ not in ("VERB", "AUX") or adverb.dep_ != "advmod":
            continue
        subject = subject_of(verb)
        # from the subject ("where the operator reportedly opened …": not the "where")
        first = subject.left_edge.i if subject is not None else verb.left_edge.i
        # "…, and it was reported that …": a clause joined after it is another report
        own = [c.right_edge.i for c in verb.children if c.dep_ not in ("conj", "cc")]
        content = trim(verb.doc[first : max([verb.i, *own]) + 1])
        if content is None:
            continue
        yield Candidate(
            kind="indirect",
            category="statement",
            cue=offsets(adverb, adverb),
            content=content,
            source=None,
            rule="hearsay",
        )
