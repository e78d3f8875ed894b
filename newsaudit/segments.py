"""The stretches of a document the parser sees: its paragraphs and headings less page
furniture (``segments``), each cut into pieces the tokenizer takes in one go (``pieces``).
Offsets stay those of the document's text: no cut drops a character.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from newsaudit.analysis import Segment

# Longest stretch the tokenizer sees at once, and longest run of punctuation.
PIECE = 10_000
PUNCT_RUN = 64
_PUNCT_RUN = re.compile(rf"[^\w\s]{{{PUNCT_RUN}}}")
# Longest stretch of text handed to the parser at once (spaCy refuses 1,000,000).
MAX_SEGMENT = 100_000


def find_segments(text: str, paragraphs, excluded) -> Iterator[Segment]:
    """The document's paragraphs and headings, less furniture; a dateline prefix is cut off
    its paragraph. Regions are found by bisection: a page may have many thousand lines."""
    skip = sorted((e.start, e.end) for e in excluded if e.type != "heading")
    starts = [s for s, _ in skip]
    headings = {(e.start, e.end) for e in excluded if e.type == "heading"}
    for start, end in paragraphs:
        k = bisect_right(starts, start) - 1  # the last region starting at or before it
        if k >= 0 and start < skip[k][1]:
            if end <= skip[k][1]:
                continue  # the whole paragraph is furniture
            start = skip[k][1]
        start = min(skip_space(text, start), end)
        heading = (start, end) in headings
        for chunk_start, chunk_end in _chunks(text, start, end):
            yield Segment(chunk_start, chunk_end, heading=heading)


def skip_space(text: str, start: int) -> int:
    """The first offset from ``start`` that is not a space."""
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def _chunks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A paragraph, cut at spaces into pieces the parser takes (a scraped page can hold
    one enormous "paragraph")."""
    while end - start > MAX_SEGMENT:
        cut = text.rfind(" ", start, start + MAX_SEGMENT) + 1 or start + MAX_SEGMENT
        yield start, cut
        start = cut
    if start < end:
        yield start, end


def pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A segment cut into the stretches the tokenizer sees: at most PIECE characters, cut
    at a space, and cut inside any run of punctuation longer than PUNCT_RUN (spaCy's
    tokenizer strips affixes one at a time, so a run costs the square of its length)."""
    while start < end:
        limit = min(end, start + PIECE)
        run = _PUNCT_RUN.search(text, start, limit)
        if run is not None and run.end() < end:
            cut = run.end()
        elif limit == end:
            cut = end
        else:
            cut = text.rfind(" ", start + PIECE // 2, limit) + 1 or limit
        yield start, cut
        start = cut
