"""Web pages: the article is extracted with trafilatura, its paragraphs and headings kept.

trafilatura is the best-measured open article extractor (F1 about 0.96 on its public
benchmark of 181 pages). The report's offsets index the extracted text, one paragraph a
line, which the report then carries in ``document.text``. trafilatura (and lxml) are
imported only when a page is read, so ``newsaudit --help`` stays fast.
"""

from __future__ import annotations

import re

from newsaudit.inputs.document import Document

# Elements of trafilatura's XML body that hold article text, and those that are headings.
_TEXT_TAGS = frozenset({"p", "head", "item", "quote", "cell"})
_HEADING_TAGS = frozenset({"head"})
_SPACES = re.compile(r"\s+")
# The soft hyphen marks where a browser may break a word and is never shown otherwise;
# some publishers put one in every long word ("Min\u00adis\u00adter"), which splits names and
# words for the parser.
_SOFT_HYPHEN = "\u00ad"
# The start of a document that is HTML whatever its name says.
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
SNIFF_BYTES = 1024


def looks_like_html(data: bytes) -> bool:
    """Whether the bytes open like a web page (a doctype or an ``<html>`` tag)."""
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head))


def read_html(html: str, encoding: str | None = None, kind: str = "html") -> Document:
    """The article of a web page as a Document, with the page's metadata."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        _visible(html),
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_formatting=False,
        with_metadata=True,
    )
    blocks = list(_blocks(extracted.body)) if extracted is not None else []
    title = _clean(extracted.title or "") if extracted is not None else ""
    if title and not any(title.lower() in text.lower() for text, _ in blocks[:3]):
        blocks.insert(0, (title, True))  # the headline, when the body does not repeat it
    parts: list[str] = []
    paragraphs: list[tuple[int, int]] = []
    headings: list[tuple[int, int]] = []
    offset = 0
    for text, heading in blocks:
        span = (offset, offset + len(text))
        paragraphs.append(span)
        if heading:
            headings.append(span)
        parts.append(text)
        offset = span[1] + 1  # one paragraph a line
    text = "\n".join(parts)

    def meta(name: str) -> str | None:
        value = getattr(extracted, name, None) if extracted is not None else None
        return _clean(str(value)) or None if value else None

    return Document(
        text=text,
        analysed=text,
        paragraphs=tuple(paragraphs),
        headings=tuple(headings),
        kind=kind,
        encoding=encoding,
        title=meta("title"),
        author=meta("author"),
        date=meta("date"),
        site_name=meta("sitename"),
    )


# Elements a reader never sees in the page as shown: pop-up dialogs and parts hidden from
# assistive technology. trafilatura would otherwise take a hidden dialog's text for a
# second article. ("display: none" is left alone: scripts reveal whole articles hidden so.)
_HIDDEN = "//*[@aria-hidden='true' or @role='dialog' or @role='alertdialog']"
# A hidden element holding more than this share of the page's text is the article itself.
HIDDEN_MAX_SHARE = 0.5
# A note's mark: a superscript number linked to the note ("…, according to Iowa Starting
# Line.<a><sup>2</sup></a> Warren has …", Wikipedia's "[3]"), which a reader sees raised
# and small, and which would otherwise run into the next word or sentence.
_NOTE_MARKS = "//sup[ancestor::a or descendant::a]"
_NOTE_MARK = re.compile(r"^\[?(?:\d{1,3}|[*\u2020\u2021])\]?$")


def _visible(html: str):
    """The page as a tree, less the elements a reader does not see and the marks of
    notes (the raw text when it does not parse)."""
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return html
    total = len("".join(tree.itertext()))
    for element in tree.xpath(_HIDDEN):
        if element.getparent() is None or element.tag in ("html", "body"):
            continue
        if len("".join(element.itertext())) <= HIDDEN_MAX_SHARE * total:
            element.drop_tree()
    for mark in tree.xpath(_NOTE_MARKS):
        if _NOTE_MARK.match("".join(mark.itertext()).strip()):
            mark.drop_tree()  # drop_tree keeps the text that follows the mark
    return tree


def _blocks(body):
    """``(text, is_heading)`` for each text element of the extracted body, in order."""
    if body is None:
        return
    for element in body.iter():
        if element.tag not in _TEXT_TAGS or _has_text_child(element):
            continue
        text = _clean("".join(element.itertext()))
        if text:
            yield text, element.tag in _HEADING_TAGS


def _clean(text: str) -> str:
    """Text as a reader sees it: runs of white space one space, no soft hyphens."""
    return _SPACES.sub(" ", text.replace(_SOFT_HYPHEN, "")).strip()


def _has_text_child(element) -> bool:
    """A list or quote whose items are read on their own."""
    return any(child.tag in _TEXT_TAGS for child in element.iterdescendants())
