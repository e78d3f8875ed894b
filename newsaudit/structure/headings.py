"""Headlines, standfirsts, subheads, live-blog time stamps, repeated lines and wire
datelines: the parts of the text that head or frame the body rather than make claims."""

from __future__ import annotations

import re

from newsaudit.structure.shapes import (
    ATTRIBUTION,
    BACK_REFERENCE,
    QUOTE_MARK,
    QUOTE_START,
    SPEAKER_LABEL,
    Label,
    Line,
    has_terminal,
    is_all_caps,
    is_title_case,
    lead_prefixes,
    starts_upper,
)
from newsaudit.structure.words import (
    HEADLINE_MAX_WORDS,
    QUESTION_MAX_WORDS,
    REPEAT_MIN_WORDS,
    STANDFIRST_MAX_WORDS,
    SUBHEAD_MAX_WORDS,
)

# A dateline: "CITY, Region (AP) — ", "LONDON (Reuters) - ", "WASHINGTON — ". The city is in
# capitals; a region, a date and a wire tag in brackets may follow; then a dash with spaces.
_PLACE_WORD = r"(?:[A-Z][a-z][\w.'’-]*|(?:[A-Z]\.){1,3})"  # "Ukraine", "Pa.", "N.H."
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]*){0,3})"
    rf"(?:,\s{_PLACE_WORD}(?: {_PLACE_WORD}){{0,3}}){{0,2}}"
    r"(?:,?\s[A-Z][a-z]{2,8}\.?\s\d{1,2})?"
    r"(?:\s?\([A-Z][\w.&' -]{0,30}\))?"
    r"(?:\s+(?:—|–|--|-)\s*|(?:—|–)\s*)"
)
_QUESTION_WORD = re.compile(
    r"^(?:Why|What|How|Who|Whom|Whose|Where|When|Which|Is|Are|Was|Were|Has|Have|Had|Does|Do|"
    r"Did|Can|Could|Will|Would|Should|Shall|May|Might|Must)\b"
)
# Pronouns that point back into the previous paragraph: a question holding one continues the
# body ("How is that possible?"); a subhead stands alone ("Why does the port matter?"). "It" is
# left out: subheads use it for the story's event ("How did it happen?").
# How many decks a headline may have before a dateline opens the body.
MAX_DECKS = 2
_TIMESTAMP = re.compile(r"^\d{1,2}(?::\d{2})?\s?[ap]\.?\s?m\.?\s?(?:[A-Z]{2,4})?\s?:?$", re.I)
_NUMBER_ONLY = re.compile(r"^\d{1,3}[.)]?$")
# ----------------------------------------------------------------------------- headline


def mark_headline(doc: list[Line], labels: dict[int, Label]) -> None:
    """The first line is the headline when it is short or is not a sentence."""
    first = doc[0]
    if _DATELINE.match(first.text) or len(doc) == 1:
        return
    unfinished = not has_terminal(first.text) and first.words <= STANDFIRST_MAX_WORDS
    if first.words <= HEADLINE_MAX_WORDS or unfinished:
        labels[0] = ("heading", "headline")
        # A headline ending in ";" or ":" continues on the next line (a two-deck headline).
        if first.text.endswith((";", ":")) and len(doc) > 2 and doc[1].words <= HEADLINE_MAX_WORDS:
            labels[1] = ("heading", "second deck of the headline")


# ----------------------------------------------------------------------------- repeats


def mark_repeated(doc: list[Line], labels: dict[int, Label]) -> None:
    """A line whose text already appeared is a scraping duplicate."""
    seen: set[str] = set()
    for i, line in enumerate(doc):
        key = " ".join(line.text.split())
        if key in seen and i not in labels and line.words >= REPEAT_MIN_WORDS:
            labels[i] = ("repeated", "duplicate of an earlier line")
        seen.add(key)


# ----------------------------------------------------------------------------- headings


def mark_headings(doc: list[Line], labels: dict[int, Label]) -> None:
    """Label standfirsts, subheads and section labels among the lines still unlabelled."""
    has_headline = labels.get(0, ("",))[0] == "heading"
    body_start = _dateline_after_decks(doc) if has_headline else 0
    for i in range(len(doc)):
        if i in labels:
            continue
        reason = _heading_reason(doc, i, standfirst_slot=has_headline and i == 1)
        if reason is None and i < body_start and _is_label_shape(doc[i].text):
            reason = "standfirst above the dateline"
        if reason:
            labels[i] = ("heading", reason)


def _dateline_after_decks(doc: list[Line]) -> int:
    """Where a wire story's body starts when short lines stand between its headline and
    its dateline ("Curfew lifted, but city still in limbo." over "CHARLOTTE - Nearly a
    week after …"): the dateline opens the body, so the lines above it are the headline's
    decks, sentences or not. 0 when the lines after the headline are no such decks."""
    for j in range(2, min(len(doc), MAX_DECKS + 2)):
        opened = _DATELINE.match(doc[j].text)
        if opened and doc[j].text[opened.end() : opened.end() + 1].isupper():
            decks = doc[1:j]
            short = all(line.words <= HEADLINE_MAX_WORDS for line in decks)
            return j if short and not any(QUOTE_START.match(line.text) for line in decks) else 0
    return 0


def _heading_reason(doc: list[Line], i: int, standfirst_slot: bool) -> str | None:
    """Why line `i` is a heading, or None. `standfirst_slot`: it follows the headline."""
    line = doc[i]
    text = line.text
    if _TIMESTAMP.match(text):
        return "time stamp of a live-blog entry"
    if _NUMBER_ONLY.match(text):
        return "number of a list item"
    if _in_running_text(doc, i):
        return None
    if line.words <= QUESTION_MAX_WORDS and is_all_caps(text) and _is_label_shape(text):
        return "section label in capitals"
    if _is_subhead_shape(text):
        if standfirst_slot and line.words <= STANDFIRST_MAX_WORDS:
            return "standfirst under the headline"
        if line.words <= SUBHEAD_MAX_WORDS:
            return "subheading"
    if (
        line.words <= SUBHEAD_MAX_WORDS
        and is_title_case(text)
        and _is_label_shape(text)
        and not QUOTE_MARK.search(text)
    ):
        return "subheading in title case"
    if _is_question_subhead(doc, i):
        return "question subheading"
    return None


def _in_running_text(doc: list[Line], i: int) -> bool:
    """A line that a paragraph break split from its sentence, or an item of an announced list.

    A line after one ending in ":" is what the colon announces (a quote, a list item); a line
    followed by one starting in lower case was cut mid-sentence by the scraper.
    """
    if i > 0 and doc[i - 1].text.endswith(":"):
        return True
    following = doc[i + 1].text[:1] if i + 1 < len(doc) else ""
    return following.islower()


def _is_label_shape(text: str) -> bool:
    """Not a bracketed aside, a lead-in to a quote, a speaker's line or a quote's sign-off."""
    return (
        not text.startswith(("(", "[", "<"))
        and not text.endswith(":")
        and not SPEAKER_LABEL.match(text)
        and not (QUOTE_MARK.search(text) and ATTRIBUTION.search(text))
    )


def _is_subhead_shape(text: str) -> bool:
    """A short line that does not end like a sentence (nor leads into a quote or a list)."""
    return (
        starts_upper(text)
        and not has_terminal(text)
        and not text.endswith((":", ",", ";", "-", "—", "–"))
        and not QUOTE_START.match(text)
        and not text.startswith(("<", "[", "{"))
        and not SPEAKER_LABEL.match(text)
    )


def _is_question_subhead(doc: list[Line], i: int) -> bool:
    """A short standalone question between body paragraphs: "Why does the port matter?"."""
    text = doc[i].text
    if not (0 < i < len(doc) - 1) or doc[i].words > QUESTION_MAX_WORDS or doc[i].words < 3:
        return False
    return (
        text.endswith("?")
        and bool(_QUESTION_WORD.match(text))
        and text.count("?") == 1
        and not QUOTE_MARK.search(text)
        and not SPEAKER_LABEL.match(text)
        and not BACK_REFERENCE.search(text)
        and doc[i + 1].words > QUESTION_MAX_WORDS
    )


# ----------------------------------------------------------------------------- datelines


def datelines(doc: list[Line], labels: dict[int, Label]) -> list[tuple[int, int, str, str]]:
    """The "CITY (AP) — " prefix of the first body paragraphs."""
    return lead_prefixes(doc, labels, _DATELINE, ("dateline", "dateline of a wire story"))
