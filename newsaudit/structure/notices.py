"""Notices and widgets: copyright, cookie and consent banners, terms, trademark and
reprint notices, contact addresses, comment sections and their form labels, shop and poll
widgets, and advertisements written in look-alike letters.

None of them is written by the reporter about the story: they address the reader about the
site (its cookies, its terms, its comments, its shop), so they can never be claims.
"""

from __future__ import annotations

import re

from newsaudit.structure.shapes import ATTRIBUTION, QUOTE_START, Label, Line
from newsaudit.structure.words import (
    COMMENT_HEADERS,
    COMMENT_LABELS,
    COMMENT_TAIL_FRACTION,
    CONTACT_MAX_WORDS,
    NOTICE_MAX_WORDS,
    NOTICE_PHRASES,
    WIDGET_MAX_WORDS,
    WIDGET_PHRASES,
    alternation,
)

# Copyright: the © sign or the word at line start (not mid-word: mis-decoded "Ã©" holds ©).
COPYRIGHT = re.compile(
    r"^\W{0,2}(?:©|\(c\)\s*\d{4}|copyright\b)|\b(?:all|some) rights reserved\b", re.I
)
_NOTICE = re.compile(rf"\b(?:{alternation(NOTICE_PHRASES)})", re.I)
_WIDGET = re.compile(rf"^\W{{0,3}}(?:{alternation(WIDGET_PHRASES)})\b", re.I)
_COMMENT_LABEL = re.compile(rf"^\W{{0,3}}(?:{alternation(COMMENT_LABELS)})\W*$", re.I)
_COMMENT_HEADER = re.compile(rf"^\W{{0,3}}(?:{alternation(COMMENT_HEADERS)})\W*$", re.I)
_BARE_COMMENTS = re.compile(r"^\W*comments?\W*$", re.I)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# A word mixing Latin and Cyrillic letters ("Yоur" with a Cyrillic о) is written to slip
# past filters: advertising, never reporting.
_LOOKALIKE = re.compile(r"\b(?=\w*[a-zA-Z])(?=\w*[\u0400-\u04ff])\w+\b")
LOOKALIKE_MIN_WORDS = 3


def notice_label(text: str, words: int) -> Label | None:
    """The notice or widget that this paragraph is on its own, or None."""
    if QUOTE_START.match(text):
        return None
    if words <= NOTICE_MAX_WORDS and COPYRIGHT.search(text):
        return ("copyright", "copyright notice")
    if len(_LOOKALIKE.findall(text)) >= LOOKALIKE_MIN_WORDS:
        return ("promo", "advertisement written in look-alike letters")
    if ATTRIBUTION.search(text):
        return None
    if words <= NOTICE_MAX_WORDS and _NOTICE.search(text):
        return ("notice", "cookie, consent, terms, trademark or reprint notice")
    if words <= WIDGET_MAX_WORDS and _WIDGET.match(text):
        return ("widget", "shop or poll widget")
    if _COMMENT_LABEL.match(text) or _COMMENT_HEADER.match(text):
        return ("comments", "comment-section label")
    return None


def is_contact(text: str, words: int) -> bool:
    """A short paragraph giving an e-mail address: "write to letters@...", "tips to ..."."""
    return words <= CONTACT_MAX_WORDS and bool(_EMAIL.search(text)) and not ATTRIBUTION.search(text)


def mark_comments(doc: list[Line], labels: dict[int, Label]) -> None:
    """Everything after a comment-section header in the last part of the page is comments:
    readers' posts, their names and dates, the reply form. A bare "Comments" could be a
    subhead, so it needs a comment-form label after it."""
    if not doc:
        return
    cutoff = doc[0].start + COMMENT_TAIL_FRACTION * (doc[-1].end - doc[0].start)
    for i, line in enumerate(doc):
        if line.start < cutoff or not _COMMENT_HEADER.match(line.text):
            continue
        if _BARE_COMMENTS.match(line.text) and not any(
            _COMMENT_LABEL.match(later.text) for later in doc[i + 1 :]
        ):
            continue
        for j in range(i, len(doc)):
            if labels.get(j, ("",))[0] != "heading" or j == i:
                labels[j] = ("comments", "comment section")
        return
