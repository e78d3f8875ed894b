"""Document structure: find the parts of a scraped news page that are not article body.

A scraped article carries page furniture in its text: the headline and subheads, newsletter
promotions, photo and reporting credits, an author biography, lists of related headlines and
copyright lines. None of it is reported speech, so the attribution rules must skip it.

The rules here are general (word lists and line shapes that hold across news sites), never the
strings of one page. They work paragraph by paragraph, on the paragraphs the input layer found
(a scraped page puts one paragraph on a line). Each rule is cheap: precompiled regular
expressions and word counts. One module per family of furniture: ``headings``, ``promos``,
``credits``, ``notices``, ``related``, ``bio``; ``words`` holds their word lists and
thresholds, ``shapes`` the line shapes they share.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsaudit.report import Excluded
from newsaudit.structure.bio import mark_bio
from newsaudit.structure.credits import bylines, is_caption, is_credit, mark_signoffs
from newsaudit.structure.headings import datelines, mark_headings, mark_headline, mark_repeated
from newsaudit.structure.notices import is_contact, mark_comments, notice_label
from newsaudit.structure.promos import BARE_LINK, mark_paywall, mark_promo_blocks, promo_reason
from newsaudit.structure.related import (
    is_arrow_link,
    is_inline_link,
    mark_labelled_lists,
    mark_related_tail,
    mark_teaser_runs,
)
from newsaudit.structure.shapes import RELATED_LABEL, Label, Line, is_separator, split
from newsaudit.textutil import LineIndex, lines


def find_excluded(
    text: str,
    paragraphs: Iterable[tuple[int, int]] | None = None,
    headings: Iterable[tuple[int, int]] | None = None,
) -> Iterator[Excluded]:
    """Yield the regions of `text` that are not article body, in text order.

    `paragraphs` are the document's paragraphs (by default its non-empty lines, as
    ``textutil.lines`` gives them); `headings` those its markup made headings, or None when
    it has no markup, in which case the headline and subheads are guessed from their shape.
    Each region is a whole paragraph, or for a dateline the start of a paragraph up to and
    including the dash and the space after it (for a byline run into the text, its colon).
    Types: heading, promo, repeated, bio, related, credit, caption, dateline, copyright,
    notice, comments, widget.
    """
    doc = split(text, lines(text) if paragraphs is None else paragraphs)
    if not doc:
        return
    labels: dict[int, Label] = {}
    if headings is None:
        mark_headline(doc, labels)
    else:
        marked = set(headings)
        for i, line in enumerate(doc):
            if (line.start, line.end) in marked:
                labels[i] = ("heading", "heading in the markup")
    _mark_line_rules(doc, labels)
    mark_comments(doc, labels)
    mark_paywall(doc, labels)
    mark_signoffs(doc, labels)
    mark_promo_blocks(doc, labels)
    mark_labelled_lists(doc, labels)
    mark_teaser_runs(doc, labels)
    tail = mark_related_tail(doc, labels)
    mark_bio(doc, labels, tail)
    mark_repeated(doc, labels)
    if headings is None:
        mark_headings(doc, labels)
    regions = [(doc[i].start, doc[i].end, kind, why) for i, (kind, why) in labels.items()]
    regions.extend(datelines(doc, labels))
    regions.extend(bylines(doc, labels))
    index = LineIndex(text)
    for start, end, kind, why in sorted(regions):
        yield Excluded(kind, start, end, index.line(start), why)


# ----------------------------------------------------------------------------- context-free


def _mark_line_rules(doc: list[Line], labels: dict[int, Label]) -> None:
    """Label every line that its own text marks as furniture."""
    for i, line in enumerate(doc):
        if i in labels:
            continue
        label = _line_label(line.text, line.words)
        if label is None and is_arrow_link(line):
            label = ("related", "headline led by a link arrow")
        if label is None and is_inline_link(line):
            label = ("related", "link to another story set into the body")
        if label:
            labels[i] = label


def _line_label(text: str, words: int) -> Label | None:
    """Rules that need only the line itself, most specific first."""
    if is_separator(text):
        return ("related", "separator line between page blocks")
    notice = notice_label(text, words)
    if notice:
        return notice
    if words <= 60 and is_credit(text, words):
        return ("credit", "photo, reporting or editing credit")
    if is_caption(text, words):
        return ("caption", "photo caption")
    if is_contact(text, words):
        return ("notice", "contact address")
    promo = promo_reason(text, words)
    if promo:
        return ("promo", promo)
    if RELATED_LABEL.match(text):
        return ("related", "label of a related-stories list")
    if BARE_LINK.match(text):
        return ("related", "bare link")
    return None
