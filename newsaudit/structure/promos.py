"""Promotions: newsletter and subscription pitches, follow-us and share calls, ad labels,
notes that the piece was first published elsewhere. A news paragraph reports; it does not
address the reader with an imperative."""

from __future__ import annotations

import re

from newsaudit.structure.shapes import (
    ATTRIBUTION,
    QUOTE_START,
    SECOND_PERSON,
    URL,
    Label,
    Line,
    has_terminal,
)
from newsaudit.structure.words import (
    CTA_PHRASES,
    ORIGIN_NOTES,
    PAYWALL_PHRASES,
    PROMO_LABELS,
    PROMO_MAX_WORDS,
    PROMO_NEIGHBOUR_THRESHOLD,
    PROMO_THRESHOLD,
    PROMO_WORDS,
    alternation,
)

_CTA = alternation(CTA_PHRASES)
# "For more from X, download ..." and "Just click here" lead into the same imperatives.
_CTA_LEAD = r"(?:for more\b[^,.]{0,60},\s*)?(?:just\s+|simply\s+|you can\s+)?"
_CTA_START = re.compile(rf"^\W{{0,3}}{_CTA_LEAD}(?:{_CTA})\b", re.I)
_CTA_INSIDE = re.compile(rf"[.!?:]['\"”’]?\s+{_CTA_LEAD}(?:{_CTA})\b", re.I)
_PROMO_WORD = re.compile(rf"\b(?:{alternation(PROMO_WORDS)})\b", re.I)
_PROMO_LABEL = re.compile(rf"^\W*(?:{alternation(PROMO_LABELS)})\W*$", re.I)
_ORIGIN_NOTE = re.compile(rf"^\W*(?:{alternation(ORIGIN_NOTES)})\b", re.I)
_MEDIA_CTA = re.compile(
    r"^(?:watch|listen to|see|take a look at|check out)\b.{0,100}\b(?:below|above|here)\W*$",
    re.I,
)
_PAYWALL = re.compile(rf"\b(?:{alternation(PAYWALL_PHRASES)})", re.I)
BARE_LINK = re.compile(r"^(?:https?://|www\.)\S+$", re.I)


def promo_reason(text: str, words: int) -> str | None:
    if _PROMO_LABEL.match(text):
        return "advertising or sharing label"
    if _ORIGIN_NOTE.match(text):
        return "note that the article was first published elsewhere"
    if _MEDIA_CTA.match(text) and words <= 25:
        return "call to play embedded media"
    if promo_score(text, words, gated=True) >= PROMO_THRESHOLD:
        return "newsletter, subscription or follow promotion"
    return None


def promo_score(text: str, words: int, gated: bool) -> int:
    """How much the line reads like a promotion (see CTA_PHRASES and PROMO_WORDS).

    With `gated`, a line must also address the reader (an imperative, "you", a link, or no
    final full stop) before vocabulary counts: "The daily briefing is delivered by email." is
    a sentence about a product, not a pitch.
    """
    if words > PROMO_MAX_WORDS or QUOTE_START.match(text) or ATTRIBUTION.search(text):
        return 0
    if text.startswith("<"):  # embedded markup (a tweet) quotes someone else
        return 0
    cta_start = bool(_CTA_START.match(text))
    cta_inside = bool(_CTA_INSIDE.search(text))
    you = bool(SECOND_PERSON.search(text))
    url = bool(URL.search(text))
    if gated and not (cta_start or cta_inside or you or url or not has_terminal(text)):
        return 0
    vocab = len({m.group().lower() for m in _PROMO_WORD.finditer(text)})
    score = 3 * cta_start + 2 * cta_inside + min(vocab, 4) + you + url
    score += 1 if words <= 25 else 0
    score -= 2 if words > 35 else 0
    return score


def mark_promo_blocks(doc: list[Line], labels: dict[int, Label]) -> None:
    """Promos come in blocks: a line next to a promo that leans promotional joins it."""
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(doc):
            if i in labels or not _next_to(labels, i, "promo", len(doc)):
                continue
            if not 3 <= line.words <= 30:
                continue
            if promo_score(line.text, line.words, gated=True) >= (PROMO_NEIGHBOUR_THRESHOLD):
                labels[i] = ("promo", "part of a promotion block")
                changed = True


def _next_to(labels: dict[int, Label], i: int, kind: str, n: int) -> bool:
    return any(0 <= j < n and labels.get(j, ("",))[0] == kind for j in (i - 1, i + 1))


def mark_paywall(doc: list[Line], labels: dict[int, Label]) -> None:
    """A paywall notice ends what a saved page holds of the article: it and everything
    after it (prices, offers, the log-in line) are the paywall's pitch."""
    for i, line in enumerate(doc):
        if line.words <= PROMO_MAX_WORDS and _PAYWALL.search(line.text):
            for j in range(i, len(doc)):
                labels[j] = ("promo", "paywall notice")
            return
