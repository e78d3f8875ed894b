"""Quotation marks: pair them into quotes on the raw text, before any parsing.

News text mixes straight, curly and single marks, and scraped text is often broken, so
pairing is done here with explicit rules rather than left to the tokenizer:

* an apostrophe between letters ("don't") or after a plural s ("Simmons' view") is never
  a quote mark;
* a mark opens when it is not glued to the word before it (a typographic opening mark
  also right after a comma: 'he said,“Look'), and closes when it is glued to the word or
  punctuation before it;
* a quote that is still open at the end of its paragraph is closed there. When the next
  paragraph opens with a quote mark, that is the news convention for a quotation that runs
  on over several paragraphs; otherwise the marks are unbalanced, and the quote is
  reported as such instead of swallowing the rest of the article.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

DOUBLE_OPEN = '"“„«'
DOUBLE_CLOSE = '"”»'
SINGLE_OPEN = "'‘"
SINGLE_CLOSE = "'’"
# Marks that only ever open a quotation, whatever is glued to them.
TYPOGRAPHIC_OPEN = "“«"
ALL_MARKS = set(DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE)
# Typewriter doubles, common in archives and wire copy: ``quoted'' and ''quoted''.
TYPEWRITER_DOUBLES = ("''", "``")


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks; ``closed`` is False when the
    paragraph ended first; ``runs_on`` is True when the next paragraph carries it on."""

    start: int
    end: int
    closed: bool
    runs_on: bool = False
    width: int = 1  # 2 for typewriter doubles: ``quoted'' or ''quoted''

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the quoted words without the marks."""
        end = self.end - self.width if self.closed else self.end
        return self.start + self.width, end


def _can_open(text: str, i: int, end: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < end else " "
    if after.isspace():
        return False
    if before == "," and text[i] in TYPOGRAPHIC_OPEN:
        return True  # 'he said,“Look' with the space dropped: the mark can only open
    return before.isspace() or before in "([{—–-/:;" or before in ALL_MARKS


def _can_close(text: str, i: int, end: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < end else " "
    if before.isspace():
        return False
    return after.isspace() or not after.isalnum()


def _stands_apart(text: str, i: int, end: int) -> bool:
    """A mark with space on both sides (or the paragraph's end after it), which cannot
    open a quotation: American style sets the closing double mark apart from a nested
    single one ('…in the markets 'a flight to quality,' " he said')."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < end else " "
    return before.isspace() and after.isspace()


def _is_apostrophe(text: str, i: int, end: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < end else " "
    if before.isalnum() and after.isalnum():
        return True  # don't, Ukraine’s, rock'n'roll
    if before.isdigit() or (after.isdigit() and not before.isalnum()):
        return True  # the '90s, 5' 11"
    # plural possessive: "Simmons' view" (a word follows, so this is no closing mark)
    following = text[i + 2] if i + 2 < end else ""
    return before in "sS" and after.isspace() and following.islower()


def find_quotes(text: str, paragraphs: Iterable[tuple[int, int]]) -> Iterator[Quote]:
    """Yield the quotes in ``text``, paragraph by paragraph (``(start, end)`` pairs)."""
    paragraphs = list(paragraphs)
    for n, (start, end) in enumerate(paragraphs):
        quotes = list(_pair(text, start, end))
        if quotes and not quotes[-1].closed:
            nxt = paragraphs[n + 1][0] if n + 1 < len(paragraphs) else None
            if nxt is not None and text[nxt] in DOUBLE_OPEN + SINGLE_OPEN + "`":
                quotes[-1] = replace(quotes[-1], runs_on=True)
        yield from quotes


def _pair(text: str, start: int, end: int) -> Iterator[Quote]:
    """Pair marks inside one paragraph; single marks only at the outer level."""
    open_at: int | None = None
    open_double = True
    width = 1
    i = start
    while i < end:
        ch = text[i]
        double = text[i : i + 2] in TYPEWRITER_DOUBLES
        if ch not in ALL_MARKS and not double:
            i += 1
            continue
        if open_at is None:
            if double and _can_open(text, i, end, width=2):
                open_at, open_double, width = i, True, 2
                i += 1
            elif ch in SINGLE_OPEN and ch not in DOUBLE_OPEN and _is_apostrophe(text, i, end):
                pass
            elif ch in DOUBLE_OPEN and _can_open(text, i, end):
                open_at, open_double, width = i, True, 1
            elif ch in SINGLE_OPEN and _can_open(text, i, end) and ch != "’":
                open_at, open_double, width = i, False, 1
        elif width == 2:
            if text[i : i + 2] == "''" and _can_close(text, i + 1, end):
                yield Quote(open_at, i + 2, closed=True, width=2)
                open_at = None
                i += 1
        else:
            closes = DOUBLE_CLOSE if open_double else SINGLE_CLOSE
            apostrophe = not open_double and _is_apostrophe(text, i, end)
            # a typographic closing mark closes even when glued to the next word, and a
            # straight double mark set apart by spaces closes the double quotation open
            # after a nested single quote ("…'a flight to quality,' \" he said")
            loose = open_double and _stands_apart(text, i, end)
            if (
                ch in closes
                and not apostrophe
                and (_can_close(text, i, end) or ch in "”»" or loose)
            ):
                yield Quote(open_at, i + 1, closed=True)
                open_at = None
        i += 1
    # A single mark left open is far more often an apostrophe we could not tell apart
    # (a plural possessive, a dropped letter) than a broken quote.
    if open_at is not None and open_double:
        yield Quote(open_at, end, closed=False, width=width)
