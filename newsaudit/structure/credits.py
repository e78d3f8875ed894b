"""Credits: photo, reporting and editing credits, picture-agency lines and author
sign-offs. They name who made the piece, not who said anything in it."""

from __future__ import annotations

import re

from newsaudit.structure.shapes import QUOTE_START, Label, Line, lead_prefixes
from newsaudit.structure.words import MEDIA_ROLES, PHOTO_AGENCIES

_NAME_WORD = r"[A-Z][\w'’.-]*"
_NAMES = rf"{_NAME_WORD}(?:(?:,\s*|\s+)(?:and\s+)?{_NAME_WORD}){{0,8}}"
# Credits name the people and desks that made the piece; these shapes say so explicitly.
_CREDIT_PATTERNS: tuple[re.Pattern[str], ...] = (
    # "(AP Photo/Evan Vucci)" ending a caption, or "Photo by X for Y"
    re.compile(r"\((?:\w+\s){0,3}photos?\s*/[^)]*\)\W*$", re.I),
    re.compile(r"^(?:photo|photograph|image|video|story|graphics?)s?\s+(?:\w+\s)?by\s+[A-Z]", re.I),
    # Wire credits: "(Reporting by ...; Editing by ...)", "Additional reporting by ..."
    # (the credit line opens with the role; a body sentence would open with its subject)
    re.compile(
        r"^\W{0,2}(?:additional\s+)?(?:reporting|editing|writing|compiled|research|"
        r"translated|translation|produced|fact[- ]checking)\s+(?:\w+\s+){0,2}by\b",
        re.I,
    ),
    # "By Jane Doe", "By Jane Doe, Harbour Herald, Kirkwall": a byline above a section
    re.compile(r"^(?i:by|byline)\s*:?\s*" + _NAMES + r"\W*$"),
    re.compile(r"^(?:byline|contributing|contributors?)\s*:", re.I),
    # "Jane Doe, BBC News, Nairobi.": a broadcast correspondent signs off a report with
    # the station's name, as a broadcast script ends; no sentence has this shape
    re.compile(
        r"^[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3},\s(?:[A-Z][\w'’&-]*\s){0,3}"
        r"(?:News|Radio|Television|TV)(?:\sNews)?(?:,\s[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2})?"
        r"\.?$"
    ),
    # "By Jane Doe, county affairs reporter": a byline with the writer's job
    re.compile(
        r"^(?i:by)\s+"
        + _NAMES
        + r"\s*,\s*(?:[\w-]+\s+){0,3}(?i:"
        + "|".join(MEDIA_ROLES)
        + r")s?\W*$"
    ),
    re.compile(
        r"^\W{0,2}(?:contact|email|e-mail|reach|write to)\s+(?:the\s+)?"
        r"(?:reporter|writer|author|editor|us|him|her|them|" + _NAME_WORD + r")\b.{0,80}"
        r"(?:@|\bat\b)",
        re.I,
    ),
    re.compile(r"^(?:twitter|email|e-mail|instagram)\s*:\s*\S+\W*$", re.I),
    # "(h/t Outlet)": a hat tip naming where the story was found.
    re.compile(r"^\W{0,2}h/t\b", re.I),
    # "X contributed reporting." "X reported from Washington." at the end of wire copy.
    re.compile(
        r"^(?:(?:" + _NAMES + r"|(?:Associated Press|AP|staff)\s+(?:writers?|reporters?))"
        r"(?:\s+(?:writers?|reporters?|correspondents?)\s+" + _NAMES + r")?"
        r"\s+(?:also\s+)?(?:contributed(?:\s+(?:reporting|research|to this (?:report|story|"
        r"article)))?|reported)(?:\s+(?:from|in)\s+" + _NAMES + r")?\.\s*)+$"
    ),
    # "This story has been updated to ..." notes about the piece itself.
    re.compile(
        r"^(?:this|the) (?:story|article|post|piece|report) (?:has been|was|is being) "
        r"updated\b",
        re.I,
    ),
    re.compile(r"^this is a developing story\b", re.I),
)
# "Source: CDC, Office for National Statistics" under a chart or a table: the bodies its
# figures come from, names alone (a sentence after "Source:" may quote someone).
_DATA_SOURCE = re.compile(
    r"^(?i:sources?|data|figures)\s*:\s*"
    + _NAME_WORD
    + r"(?:(?:,\s*|;\s*|\s+|\s*&\s*)(?:(?:and|of|for|the|on|in|de)\s+)*"
    + _NAME_WORD
    + r"){0,11}\W*$"
)
# "Photo: X/Reuters", "Image credit: ...", "Credit: ...": a label, then a short credit (a long
# line after "Video:" or "Photo:" is a caption or an embed title, which may quote someone).
_PHOTO_LABEL = re.compile(
    r"^\W{0,2}(?:photo(?:graph)?s?|image|picture|illustration|main image|top image|credit|"
    r"image credit|photo credit|photos? by|pictures? by)\s*(?:by)?\s*[:/|]",
    re.I,
)
PHOTO_LABEL_MAX_WORDS = 12
# "Podcast produced by X", "Graphics by Y": short lines that name who made a part of the piece.
_PRODUCED_BY = re.compile(
    r"^(?:[\w’'-]+\s){0,2}(?:produced|edited|designed|photographed|illustrated|written|"
    r"compiled|translated|filmed|shot)\s+by\s+[A-Z]",
    re.I,
)
# Words allowed around agency names in a picture credit ("Jane Doe via Getty Images").
_AGENCY_WORDS = frozenset(PHOTO_AGENCIES) | {"via", "for", "and", "by", "images", "photo", "photos"}
_CREDIT_SIGNOFF = re.compile(r"^[-—–]\s?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\.?$")


# Photo captions: they end with the picture's credit ("... (Photo via AP)", "... (Courtesy of
# the family)", "... John Smith/Reuters") or place the people in the frame ("(left)",
# "(second right)", "(L-R)"), which body text never needs to do.
_CAPTION_CREDIT = re.compile(
    r"\((?:[^()]{0,80}?\s)?(?:via|courtesy(?: of)?)\s+[^()]{1,60}\)\W*$"
    r"|\((?i:photo|picture|image|photograph|file photo)s?\s+(?i:by|from)\s+[^()]{1,60}\)\W*$"
    r"|(?:^|\s)[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}\s?/\s?(?i:"
    + "|".join(re.escape(a) for a in sorted(PHOTO_AGENCIES, key=len, reverse=True))
    + r")(?:\s+(?i:via|for)\s+[\w ]{1,30})?\.?$"
)
_IN_THE_FRAME = re.compile(
    r"\((?:(?:second|third|far|centre|center|top|bottom|back|front)[ -])?"
    r"(?:left|right|centre|center)\)|\((?:from left|l-r|l to r|pictured|inset)\)",
    re.I,
)
CAPTION_MAX_WORDS = 70


def is_caption(text: str, words: int) -> bool:
    """A photo caption: a credit at its end, or people placed in the picture."""
    if words > CAPTION_MAX_WORDS or QUOTE_START.match(text):
        return False
    return bool(_CAPTION_CREDIT.search(text) or _IN_THE_FRAME.search(text))


def is_credit(text: str, words: int) -> bool:
    if words <= PHOTO_LABEL_MAX_WORDS and (_PHOTO_LABEL.match(text) or _PRODUCED_BY.match(text)):
        return True
    if words <= PHOTO_LABEL_MAX_WORDS and _DATA_SOURCE.match(text):
        return True
    if any(p.search(text) for p in _CREDIT_PATTERNS):
        return True
    return words <= 6 and _is_agency_line(text)


def _is_agency_line(text: str) -> bool:
    """A picture credit: "Getty.", "John Smith/Reuters", "Jane Doe via Getty Images".

    One agency name alone, or an agency joined to a photographer's name by "/" or "via".
    """
    if text.endswith(":"):
        return False
    tokens = re.findall(r"[A-Za-z]+", text.lower())
    if " ".join(tokens) in PHOTO_AGENCIES:
        return True
    if not any(t in PHOTO_AGENCIES for t in tokens):
        return False
    if not ("/" in text or "via" in tokens or "getty" in tokens):
        return False
    names = [t for t in re.findall(r"[A-Za-z’']+", text) if t.lower() not in _AGENCY_WORDS]
    return all(n[0].isupper() for n in names) and len(names) <= 4


# "By Jane Doe: The council voted …": a byline the page ran into the first paragraph; a
# name of two to four words ("By Monday: …" is no byline) and a separator, then the text.
_PERSON = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
_BYLINE_LEAD = re.compile(rf"^(?i:by)\s+{_PERSON}(?:\s+(?i:and)\s+{_PERSON})?\s*[:|—–]\s+(?=\S)")


def bylines(doc: list[Line], labels: dict[int, Label]) -> list[tuple[int, int, str, str]]:
    """The "By Jane Doe: " prefix of the first body paragraphs."""
    return lead_prefixes(
        doc, labels, _BYLINE_LEAD, ("credit", "byline run into the first paragraph")
    )


def mark_signoffs(doc: list[Line], labels: dict[int, Label]) -> None:
    """A "- Name" line closing a section is the author's sign-off.

    After a quotation the same shape names the speaker, which the attribution rules need.
    """
    for i, line in enumerate(doc):
        if i in labels or line.words > 4 or not _CREDIT_SIGNOFF.match(line.text):
            continue
        if i > 0 and _has_closing_quote(doc[i - 1].text):
            continue
        labels[i] = ("credit", "author sign-off")


def _has_closing_quote(text: str) -> bool:
    core = text.rstrip(" .\u00a0")
    return bool(core) and (core[-1] in "\"”’'»" or bool(QUOTE_START.match(text)))
