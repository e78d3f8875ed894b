"""Markdown drafts: markup is blanked out so that only the words remain to be parsed.

``said **Amina Wekesa**`` must name Amina Wekesa, not a source called ``*``; a ``> "..."``
block is a quote; ``# Title`` is a heading. Every markup character (emphasis and code
delimiters, link brackets and targets, images, block-quote and list markers, heading marks,
fences, HTML tags) becomes a space in ``analysed``, so offsets still index the file as read.
Paragraphs follow Markdown: lines run on until a blank line, a heading, a list item or a
change between quoted and unquoted text.
"""

from __future__ import annotations

import re

from newsaudit.inputs.document import Document
from newsaudit.inputs.text import normalise_breaks

_LINE = re.compile(r"[^\n]*\n?")
_FENCE = re.compile(r"^ {0,3}(?:```|~~~)")
_ATX = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
_QUOTE_PREFIX = re.compile(r"^(?: {0,3}>[ \t]?)+")
_BULLET = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")  # matched at the text's start
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"(\[)[^\]]+(\]\([^)]*\)|\]\[[^\]]*\])")
_CODE = re.compile(r"(`+)[^`]+?(\1)")
_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3})(?=\S)[^*]*?(?<=\S)(\1)(?![\w*])")
_UNDERSCORE = re.compile(r"(?<![\w_])(_{1,3})(?=\S)[^_]*?(?<=\S)(\1)(?![\w_])")
_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!>])")


def read_markdown(text: str, encoding: str | None = None) -> Document:
    """A Markdown document with its markup blanked, its paragraphs and headings."""
    base = normalise_breaks(text)
    chars = list(base)
    paragraphs: list[tuple[int, int]] = []
    headings: list[tuple[int, int]] = []
    current: list[int] = []  # [start, end, quoted] of the paragraph being read
    fenced = False

    def blank(start: int, end: int) -> None:
        chars[start:end] = " " * (end - start)

    def close() -> None:
        if current:
            _blank_inline(chars, current[0], current[1])  # emphasis may span lines
            paragraphs.append(_trim(chars, current[0], current[1]))
            current.clear()

    for m in _LINE.finditer(base):
        start, end = m.start(), m.end() - m.group().endswith("\n")
        line = base[start:end]
        if m.start() == m.end():
            break
        if _FENCE.match(line) or fenced:
            fenced ^= bool(_FENCE.match(line))
            blank(start, end)  # code is not prose
            close()
            continue
        if not line.strip():
            close()
            continue
        if _SETEXT.match(line) and current and not current[2]:
            blank(start, end)
            headings.append((current[0], current[1]))
            close()
            continue
        if _RULE.match(line) or _REFERENCE.match(line):
            blank(start, end)
            close()
            continue
        heading = _ATX.match(line)
        if heading:
            close()
            blank(start, start + heading.end())
            tail = _ATX_CLOSE.search(line)
            if tail:
                blank(start + tail.start(), end)
        quoted = _QUOTE_PREFIX.match(line)
        body = start + (quoted.end() if quoted else 0)
        if quoted:
            blank(start, body)
        bullet = _BULLET.match(base, body, end)
        if bullet:
            blank(body, bullet.end())
            close()
            body = bullet.end()
        if current and current[2] != bool(quoted):
            close()
        span = _trim(chars, start, end)
        if span[0] >= span[1]:
            continue
        if heading:
            _blank_inline(chars, *span)
            span = _trim(chars, *span)
            headings.append(span)
            paragraphs.append(span)
        elif current:
            chars[current[1] : span[0]] = [" "] * (span[0] - current[1])  # a soft line break
            current[1] = span[1]
        else:
            current.extend([span[0], span[1], bool(quoted)])
    close()
    analysed = "".join(chars)
    paragraphs = [p for p in paragraphs if p[0] < p[1]]
    return Document(
        text=text,
        analysed=analysed,
        paragraphs=tuple(sorted(paragraphs)),
        headings=tuple(headings),
        kind="markdown",
        encoding=encoding,
    )


def _blank_inline(chars: list[str], start: int, end: int) -> None:
    """Blank the inline markup of one paragraph, images and links first, then emphasis
    from the inside out ("***both***", "**bold _and_ italic**")."""
    for pattern in (_IMAGE, _LINK, _CODE, _TAG, _ESCAPE, _EMPHASIS, _UNDERSCORE):
        while True:
            found = list(pattern.finditer("".join(chars[start:end])))
            for m in found:
                groups = [m.span(g) for g in range(1, pattern.groups + 1)] or [m.span()]
                for s, e in groups:
                    chars[start + s : start + e] = " " * (e - s)
            if pattern not in (_EMPHASIS, _UNDERSCORE) or not found:
                break


def _trim(chars: list[str], start: int, end: int) -> tuple[int, int]:
    while start < end and chars[start].isspace():
        start += 1
    while end > start and chars[end - 1].isspace():
        end -= 1
    return start, end
