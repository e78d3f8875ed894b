"""Reports inside a relative clause: "the drawdown, which they say left a vacuum", "laws
that some say target Muslims".

A cue verb can sit between a relative pronoun and the verb the pronoun is the subject
of: "which [they say] left a vacuum" reports that the drawdown left a vacuum, on the
word of "they". The parser hangs the cue on the noun as the relative clause and gives it
two subjects, the pronoun and the speaker (or takes the pronoun for its object when it
misreads the verb after it), with the reported verb as its complement. Annotators mark
the pronoun and the clause after the cue as content, the cue's own subject as source.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan

from newsaudit.rules.base import Candidate, cue_entry, mention, offsets, trim
from newsaudit.rules.tokens import SUBJECT_DEPS

RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
# How the parser attaches the reported verb to the cue: "say left" (xcomp), "said would
# make" (ccomp).
REPORTED_DEPS = frozenset({"xcomp", "ccomp"})
# Quantifiers floated off the pronoun's noun: "who both shared" has one subject.
FLOATING = frozenset({"both", "all", "each"})
# The pronoun is read as a second subject, or as the object of the cue.
PRONOUN_DEPS = frozenset({*SUBJECT_DEPS, "dobj"})


def find_relative_reports(sent: SpacySpan, quoted: set[int]) -> Iterator[Candidate]:
    """Yield a report for each cue of a relative clause that stands between the relative
    pronoun and the verb it is the subject of."""
    for cue in sent:
        if cue.dep_ != "relcl" or cue.pos_ != "VERB" or cue.i in quoted:
            continue
        entry = cue_entry(cue)
        if entry is None or "clause" not in entry.frames:
            continue
        pronoun = next(
            (c for c in cue.lefts if c.lower_ in RELATIVE_PRONOUNS and c.dep_ in PRONOUN_DEPS),
            None,
        )
        if pronoun is None:
            continue
        speaker = next((c for c in cue.lefts if c.dep_ in SUBJECT_DEPS and c.i != pronoun.i), None)
        if speaker is None or speaker.left_edge.i != pronoun.i + 1 or speaker.lower_ in FLOATING:
            continue  # "who, like many others, requested": the pronoun is the subject
        reported = next((c for c in cue.rights if c.dep_ in REPORTED_DEPS), None)
        if reported is None or any(c.dep_ in SUBJECT_DEPS for c in reported.children):
            continue  # "which he said he had read": the pronoun is not the subject
        content = trim(cue.doc[pronoun.i : reported.right_edge.i + 1])
        if content is None:
            continue
        yield Candidate(
            kind="indirect",
            category=entry.category,
            cue=offsets(cue, cue),
            content=content,
            source=mention(speaker),
            tone=entry.tone,
            rule="reported",
        )
