"""The words of an attribution's content, as the report gives them: a content that runs
over the cue and speaker set off inside it ('"A," she said. "B."', "The plan, she
argued, would cost jobs") is given in parts, without them."""

from __future__ import annotations

import re

from newsaudit.quotes import DOUBLE_OPEN, SINGLE_OPEN
from newsaudit.report import Span
from newsaudit.rules.base import Candidate

# Marks that open a quotation.
OPENING_MARKS = frozenset(DOUBLE_OPEN + SINGLE_OPEN)
# Where the clause of a cue standing between quotations ends: a stop, or a comma before
# the next quotation ('"A," she said, "B."'; not the comma of an apposition, "said Lund,
# a nurse, …").
CLAUSE_END = re.compile(r"[.!?]|,(?=\s*[\"“‘'«])")
# The marks that set a cue and its speaker off inside the clause they report.
SET_OFF_MARKS = (",", "—", "–")


def span_of(text: str, offsets: tuple[int, int]) -> Span:
    """The text between two offsets, with them."""
    return Span(text[offsets[0] : offsets[1]], offsets[0], offsets[1])


def content_parts(cand: Candidate, text: str, gaps: list[tuple[int, int]]) -> tuple[Span, ...]:
    """The content's own words: without the cue and speaker standing between its
    quotations ('"A," she said. "B."', '"A," she said, "B."'), up to the stop or comma
    that ends their clause. A gap holding neither is the source's words too (the clause
    between a quoted fragment and the rest of a paragraph a sign-off vouches for)."""
    marks = [cand.cue[0]] + ([cand.source.start] if cand.source is not None else [])
    set_off = _set_off(cand, text)
    if set_off is not None and not any(s <= cand.cue[0] < e for s, e in gaps):
        gaps = [*gaps, set_off]
    parts, start = [], cand.content[0]
    for gap_start, gap_end in sorted(gaps) + [(cand.content[1], cand.content[1])]:
        if not any(gap_start <= m < gap_end for m in marks):
            continue  # words of the source: the part runs on over the gap
        parts.append((start, gap_start))
        if text[gap_end : gap_end + 1] in OPENING_MARKS:
            # the next quotation opens the next part: what stands before it in the gap
            # ('said King, who filed on Dec. 20. He said …') is the writer's
            start = gap_end
            continue
        speaker_end = max(gap_start, cand.cue[1], cand.source.end if cand.source else 0)
        stop = CLAUSE_END.search(text, speaker_end, gap_end)
        start = stop.end() if stop else gap_end
    parts.append((start, cand.content[1]))
    spans = [_stripped(text, s, e) for s, e in parts if text[s:e].strip()]
    return tuple(spans) or (span_of(text, cand.content),)


def _set_off(cand: Candidate, text: str) -> tuple[int, int] | None:
    """The cue and speaker set off inside the clause they report, from the mark before
    them to the mark after: ", she argued," in "The plan, she argued, would cost jobs";
    ", according to aides," in "The bill, according to aides, would cut taxes"."""
    edges = [cand.cue] + ([(cand.source.start, cand.source.end)] if cand.source else [])
    first, last = min(s for s, _ in edges), max(e for _, e in edges)
    start, end = cand.content
    if not start < first <= last < end:
        return None
    before = max(text.rfind(mark, start, first) for mark in SET_OFF_MARKS)
    after = [at for mark in SET_OFF_MARKS if (at := text.find(mark, last, end)) >= 0]
    if before < 0 or not after:
        return None
    return before, min(after) + 1


def _stripped(text: str, start: int, end: int) -> Span:
    """The span without the spaces at its edges."""
    words = text[start:end]
    start += len(words) - len(words.lstrip())
    return span_of(text, (start, start + len(words.strip())))
