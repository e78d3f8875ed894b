"""Related-story widgets: labelled link lists, teaser blocks between separators, and the
related-headlines tail of a page."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsaudit.structure.shapes import (
    QUOTE_START,
    RELATED_LABEL,
    Label,
    Line,
    has_terminal,
    is_separator,
    starts_upper,
)
from newsaudit.structure.words import (
    KICKER_LABELS,
    LABELLED_LIST_MAX_LINES,
    LABELLED_LIST_MAX_WORDS,
    RELATED_MAX_WORDS,
    TEASER_MAX_LINES,
    TEASER_RUN_MAX_WORDS,
    TEASER_RUN_MIN,
    TEASER_SHARE,
    alternation,
)

# "> Headline" and "» Headline": link arrows before the headlines of a list of stories.
_ARROW_LINK = re.compile(r"^[>»›▸]\s*[\"“‘'A-Z0-9]")


def is_arrow_link(line: Line) -> bool:
    """A short line led by a link arrow: a headline in a list of other stories."""
    return line.words <= LABELLED_LIST_MAX_WORDS and bool(_ARROW_LINK.match(line.text))


# "Read: Two storms, one grid", "Related: Ferry fares rise again", "[Our latest forecast:
# who wins?]": a link to another story set into the body, a label and a title on one line,
# or a whole line in brackets.
_INLINE_LINK = re.compile(
    r"^(?i:read|read more|also read|read also|related|see also|watch|listen|more)\s*:\s*"
    r"[\"“‘'A-Z0-9]"
)
_BRACKETED_LINE = re.compile(r"^\[[^\[\]]+\]$")


def is_inline_link(line: Line) -> bool:
    """A story linked from inside the body: a short line that is a label and a title,
    with no full stop a sentence would end with, or a line wholly in brackets."""
    if line.words > LABELLED_LIST_MAX_WORDS:
        return False
    if _BRACKETED_LINE.match(line.text):
        return True
    return bool(_INLINE_LINK.match(line.text)) and not line.text.endswith(".")


_KICKER = re.compile(rf"^(?:{alternation(KICKER_LABELS)})\s+[\"“‘'A-Z0-9]", re.I)
# ----------------------------------------------------------------------------- related lists


def mark_labelled_lists(doc: list[Line], labels: dict[int, Label]) -> None:
    """Short title lines under a "Related:" or "More from ..." label are links."""
    for i in [i for i in sorted(labels) if RELATED_LABEL.match(doc[i].text)]:
        for j in range(i + 1, min(len(doc), i + 1 + LABELLED_LIST_MAX_LINES)):
            line = doc[j]
            if j in labels:
                if labels[j][0] in ("related", "promo"):
                    continue
                break
            if not _is_link_title(line):
                break
            labels[j] = ("related", "headline in a related-stories list")


def mark_teaser_runs(doc: list[Line], labels: dict[int, Label]) -> None:
    """Three or more short unfinished lines in a row are a block of teaser headlines: an
    article has at most one subhead between paragraphs, never a stack of them."""
    run: list[int] = []
    for i in [*range(len(doc)), len(doc)]:
        if i < len(doc) and i not in labels and _is_teaser_line(doc[i]):
            run.append(i)
            continue
        if len(run) >= TEASER_RUN_MIN:
            for j in run:
                labels[j] = ("related", "block of teaser headlines")
        run = []


def _is_teaser_line(line: Line) -> bool:
    return (
        3 <= line.words <= TEASER_RUN_MAX_WORDS
        and _is_link_title(line)
        and not has_terminal(line.text)
        and not line.text.endswith((",", ";"))
        and ":" not in line.text  # "Ferris Mill branch: closes June 27" is a list of facts
    )


def _is_link_title(line: Line) -> bool:
    return (
        line.words <= LABELLED_LIST_MAX_WORDS
        and starts_upper(line.text)
        and not QUOTE_START.match(line.text)
        and not line.text.endswith(":")
    )


def mark_related_tail(doc: list[Line], labels: dict[int, Label]) -> int:
    """Mark teaser blocks between separators; return where the related tail starts.

    A related-headlines widget is a run of short blocks (a headline, then a kicker or section
    line) with a separator line between them. From the first separator after which the rest of
    the document is such a run, everything is the widget. A single block between two
    separators mid-document is the widget too when it looks like a teaser.
    """
    seps = [i for i in sorted(labels) if is_separator(doc[i].text)]
    bounds = [*seps, len(doc)]
    spans = zip(bounds, bounds[1:], strict=False)
    blocks = [[doc[j] for j in range(a + 1, b) if j not in labels] for a, b in spans]
    tail = next((seps[k] for k in _list_tail_starts(blocks)), len(doc))
    for j in range(tail, len(doc)):
        labels.setdefault(j, ("related", "related-headlines list"))
    for k, (a, b) in enumerate(zip(seps, seps[1:], strict=False)):
        if blocks[k] and _is_teaser_block(blocks[k]):
            for j in range(a + 1, b):
                labels.setdefault(j, ("related", "teaser in a related-headlines list"))
    return tail


def _list_tail_starts(blocks: list[list[Line]]) -> Iterator[int]:
    """Yield each k (in order) such that blocks k, k+1, ... to the end form a related list.

    Counts are kept from the end, so a page with many separators stays linear.
    """
    ok = [False] * len(blocks)
    filled = teasers = 0
    single_ok = False  # when one block remains: a teaser with no finished sentence
    for k in range(len(blocks) - 1, -1, -1):
        if blocks[k]:
            filled += 1
            teaser = _is_teaser_block(blocks[k])
            teasers += teaser
            single_ok = teaser and not any(has_terminal(ln.text) for ln in blocks[k])
        if filled <= 1:
            ok[k] = filled == 0 or single_ok
        else:
            ok[k] = teasers >= TEASER_SHARE * filled
    yield from (k for k in range(len(blocks)) if ok[k])


def _is_teaser_block(block: list[Line]) -> bool:
    """A headline and its kicker: one to three short lines, not a run of finished sentences."""
    if not 1 <= len(block) <= TEASER_MAX_LINES:
        return False
    if any(ln.words > RELATED_MAX_WORDS for ln in block):
        return False
    if any(_KICKER.match(ln.text) for ln in block):
        return True
    return not all(has_terminal(ln.text) for ln in block)
