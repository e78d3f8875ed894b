"""Plain text: one paragraph a line, or blank-line paragraphs whose lines are hard-wrapped.

News text from scrapers puts a paragraph on a line. Text from e-mail clients and wire
feeds is wrapped at a fixed width (60 to 80 columns) with a blank line between paragraphs.
A wrapped line break is told from a real one the way a greedy wrapper made it: the line
ended there because the next word would not have fitted in the width. Such breaks become
spaces in ``analysed`` (same length, so offsets into the file hold).
"""

from __future__ import annotations

import re

from newsaudit.inputs.document import Document

# Wrapped text is at most this wide; longer lines are one-paragraph-a-line text.
MAX_WRAP_WIDTH = 100
# Share of the lines of multi-line blocks that must fit the width for the file to count as
# wrapped (a stray long URL line does not veto it).
WRAPPED_SHARE = 0.9

_LINE = re.compile(r"[^\n]*")
_FIRST_WORD = re.compile(r"\S+")


def normalise_breaks(text: str) -> str:
    """``text`` with every line break a single ``\\n`` at the same offsets: a lone CR (old
    Mac files) becomes LF, the CR of CRLF a space."""
    return text.replace("\r\n", " \n").replace("\r", "\n")


def read_text(text: str, encoding: str | None = None) -> Document:
    """A plain-text document: paragraphs are lines, or wrapped blocks joined."""
    analysed = normalise_breaks(text)
    blocks = list(_blocks(analysed))
    width = _wrap_width(analysed, blocks)
    chars = list(analysed)
    paragraphs: list[tuple[int, int]] = []
    for block in blocks:
        start = block[0][0]
        for (s, e), nxt in zip(block, block[1:], strict=False):
            if width and _wrapped(analysed, s, e, nxt, width):
                chars[e] = " "
            else:
                paragraphs.append(_trim(analysed, start, e))
                start = nxt[0]
        paragraphs.append(_trim(analysed, start, block[-1][1]))
    return Document(
        text=text,
        analysed="".join(chars),
        paragraphs=tuple(p for p in paragraphs if p[0] < p[1]),
        kind="text",
        encoding=encoding,
    )


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """Runs of non-blank lines, each line as ``(start, end)`` without its newline."""
    blocks: list[list[tuple[int, int]]] = [[]]
    for m in _LINE.finditer(text):
        if m.start() > 0 and text[m.start() - 1] != "\n":
            continue  # the empty match after a line's last character
        if m.group().strip():
            blocks[-1].append((m.start(), m.end()))
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _wrap_width(text: str, blocks: list[list[tuple[int, int]]]) -> int:
    """The width the text was wrapped at, or 0 when it is not hard-wrapped."""
    inner = [e - s for block in blocks if len(block) > 1 for s, e in block]
    if len(blocks) < 2 or not inner:
        return 0
    fits = [n for n in inner if n <= MAX_WRAP_WIDTH]
    if len(fits) < WRAPPED_SHARE * len(inner):
        return 0
    return max(fits)


def _wrapped(text: str, start: int, end: int, nxt: tuple[int, int], width: int) -> bool:
    """The break after this line was made by wrapping: the next word would not have fitted."""
    word = _FIRST_WORD.search(text, nxt[0], nxt[1])
    return word is not None and len(text[start:end].rstrip()) + 1 + len(word.group()) > width


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
