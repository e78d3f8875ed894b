"""Small helpers over the raw text: line and column numbers, paragraphs, plain spellings,
a name without its leading "the"."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator

_PARAGRAPH = re.compile(r"[^\n]+")
# Letters with no combining mark to drop, and the typographic apostrophe, as plain
# English text writes them.
LETTERS = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "\u2019": "'",
    }
)


def plain(word: str) -> str:
    """``word`` in plain letters: "Céline" is "Celine", "Søren" "Soren", "O’Brien"
    "O'Brien"; a letter of another alphabet stays as it is."""
    if word.isascii():
        return word  # most words: nothing to change, and looked up on every name
    decomposed = unicodedata.normalize("NFKD", word.translate(LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class LineIndex:
    """Maps a character offset to a 1-based line and column (lines end at LF, CRLF or a
    lone CR, so old Mac files count their lines too)."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer("\r\n|\r|\n", text)]

    def line(self, offset: int) -> int:
        """The 1-based line number holding ``offset``."""
        return bisect_right(self._starts, offset)

    def column(self, offset: int) -> int:
        """The 1-based column of ``offset`` on its line."""
        return offset - self._starts[self.line(offset) - 1] + 1


def lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of every non-empty line, without its newline.

    News text puts one paragraph on a line, so a line is the unit that structure rules
    and quotation-mark pairing work on.
    """
    for m in _PARAGRAPH.finditer(text):
        if m.group().strip():
            yield m.start(), m.end()


def strip_det(text: str) -> str:
    """A name without its leading "the"."""
    return text[4:] if text.lower().startswith("the ") else text
