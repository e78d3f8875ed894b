"""Line shapes shared by the structure rules: the paragraph record, quotation and
sentence-end tests, and the patterns several furniture families use."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsaudit.structure.words import ATTRIBUTION_WORDS, RELATED_LABELS, SMALL_WORDS, alternation

SECOND_PERSON = re.compile(r"\b(?:you|your|yours|you[’']ll|you[’']re)\b", re.I)
URL = re.compile(
    r"https?://|www\.|\b[\w-]+\.(?:com|org|net|co\.uk|news)\b|\b\S+@\S+\.\w+|(?:^|\s)@\w+",
    re.I,
)
ATTRIBUTION = re.compile(rf"\b(?:{alternation(ATTRIBUTION_WORDS)})\b", re.I)

# A line of nothing but rule characters: the separator scrapers keep between page blocks.
_SEPARATOR = re.compile(r"^[-—–―‐•*|·_=~#+]{1,40}\.?$")
RELATED_LABEL = re.compile(rf"^\W*(?:{alternation(RELATED_LABELS)})\W*$", re.I)
QUOTE_START = re.compile(r"^[\"“”‘’'«»„]")
QUOTE_MARK = re.compile(r"[\"“”«»„]|''")
_CLOSERS = ")]}\"”’'»*_ \u00a0"
_TERMINAL = ".!?…"
BACK_REFERENCE = re.compile(r"\b(?:he|she|him|her|they|them|their|that|those|we|us|you|i)\b", re.I)
SPEAKER_LABEL = re.compile(r"^(?:Q|A|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s?:")
_WORD = re.compile(r"[\w'’-]+")
_INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")


@dataclass(frozen=True, slots=True)
class Line:
    """One non-empty line: its offsets (without the newline) and its text trimmed of spaces."""

    start: int
    end: int
    text: str
    words: int
    lead: int  # spaces before `text` on the line


Label = tuple[str, str]


def split(text: str, spans: Iterable[tuple[int, int]]) -> list[Line]:
    """The paragraphs of `text` with their offsets, trimmed text and word counts."""
    out = []
    for start, end in spans:
        raw = text[start:end]
        stripped = " ".join(raw.split()) if "\n" in raw else raw.strip()
        lead = len(raw) - len(raw.lstrip())
        out.append(Line(start, end, stripped, len(stripped.split()), lead))
    return out


# ----------------------------------------------------------------------------- line shapes


def has_terminal(text: str) -> bool:
    """Whether the line ends like a sentence: . ! ? … or a closing quotation mark."""
    if text and text[-1] in "\"”’'»":
        return True
    core = text.rstrip(_CLOSERS)
    return bool(core) and core[-1] in _TERMINAL


def is_separator(text: str) -> bool:
    return bool(_SEPARATOR.match(text))


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def is_title_case(text: str) -> bool:
    """Every content word capitalised, as headlines are written and sentences are not."""
    if _INNER_SENTENCE_END.search(text):
        return False
    words = [w for w in _WORD.findall(text) if w.lower() not in SMALL_WORDS]
    if len(words) < 4:
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in words)


def starts_upper(text: str) -> bool:
    first = text.lstrip("\"“‘'([")[:1]
    return first.isupper() or first.isdigit()


def lead_prefixes(
    doc: list[Line], labels: dict[int, Label], pattern: re.Pattern[str], label: Label
) -> list[tuple[int, int, str, str]]:
    """The prefix that ``pattern`` matches at the start of the first two body paragraphs,
    when text follows it ("CITY (AP) — ", "By Jane Doe: "), as a region with ``label``."""
    out = []
    for i in [i for i in range(len(doc)) if i not in labels][:2]:
        m = pattern.match(doc[i].text)
        if m and m.end() < len(doc[i].text):
            out.append((doc[i].start, doc[i].start + doc[i].lead + m.end(), *label))
    return out
