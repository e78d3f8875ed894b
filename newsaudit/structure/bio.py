"""Author biographies: "<Name> is a writer at ..." near the end of the piece."""

from __future__ import annotations

import re

from newsaudit.structure.shapes import ATTRIBUTION, QUOTE_START, Label, Line
from newsaudit.structure.words import (
    AUTHOR_VERBS,
    BIO_TAIL_FRACTION,
    CAREER_VERBS,
    EXPERT_ROLES,
    MEDIA_ROLES,
    alternation,
)

_BIO_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s)?[A-Z][\w'’.-]*(?:\s(?:\([^)]*\)\s)?[A-Z][\w'’.-]*){0,3}"
_NOT_NAME = re.compile(r"^(?:He|She|It|They|This|That|There|These|Those|We|I|You|Who|What)\b")


def _bio_first(roles: tuple[str, ...]) -> re.Pattern[str]:
    # "<Name>[, <appositive>,] is|was ... <role>" with the role in the first sentence.
    return re.compile(
        rf"^{_BIO_NAME}(?:,[^,]{{1,100}},)?\s(?:is|was|has been|serves as|works as)\s"
        rf"(?:[^.!?]|\.(?=\S)|(?<=[A-Z])\.){{0,150}}?\b(?i:{alternation(roles)})s?\b"
    )


_BIO_MEDIA = _bio_first(MEDIA_ROLES)
_BIO_EXPERT = _bio_first(MEDIA_ROLES + EXPERT_ROLES)
_BIO_VERB = re.compile(rf"^{_BIO_NAME}\s(?:{alternation(AUTHOR_VERBS)})\b")
_CAREER = re.compile(
    rf"(?:^|[.!?]['\"”’]?\s+)(?:(?:She|He|They|[A-Z][\w'’-]+)\s(?:\w+\s){{0,2}}?"
    rf"(?:{alternation(CAREER_VERBS)})\b|Before joining\b|Prior to joining\b|Previously,)"
)
# ----------------------------------------------------------------------------- author bio


def mark_bio(doc: list[Line], labels: dict[int, Label], tail: int) -> None:
    """An author bio: "<Name> is a writer at ..." in the last part of the body."""
    body = [i for i in range(tail) if i not in labels]
    if not body:
        return
    cutoff = doc[0].start + BIO_TAIL_FRACTION * (doc[tail - 1].end - doc[0].start)
    for i in body:
        before_list = i == tail - 1 and tail < len(doc)
        if doc[i].start < cutoff and not before_list:
            continue
        if _is_bio(doc[i].text, is_last=i == body[-1], before_list=before_list):
            labels[i] = ("bio", "author biography")
            _mark_career(doc, labels, i + 1, tail)
            return


def _is_bio(text: str, is_last: bool, before_list: bool) -> bool:
    """A bio opens with a name and the author's job; mid-body, it also needs career sentences.

    Op-ed contributor notes ("X is a professor at Y") count only as the last body paragraph.
    """
    if QUOTE_START.match(text) or ATTRIBUTION.search(text) or _NOT_NAME.match(text):
        return False
    at_end = is_last or before_list
    if _BIO_MEDIA.match(text) or _BIO_VERB.match(text):
        return at_end or bool(_CAREER.search(text, 1))
    return at_end and len(text.split()) <= 60 and bool(_BIO_EXPERT.match(text))


def _mark_career(doc: list[Line], labels: dict[int, Label], start: int, tail: int) -> None:
    """Paragraphs after a bio that go on with the author's career belong to it."""
    for j in range(start, tail):
        if j in labels or ATTRIBUTION.search(doc[j].text) or not _CAREER.match(doc[j].text):
            return
        labels[j] = ("bio", "author biography")
