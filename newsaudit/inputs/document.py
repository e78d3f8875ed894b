"""The document every kind of input becomes, and the one the engine consumes.

``text`` is what the report's offsets index: the file as read (plain text, Markdown) or
the extracted article (HTML, URL). ``analysed`` is the same text, character for character
the same length, with what is not prose blanked out: Markdown markup, the line breaks of
hard-wrapped paragraphs, stray carriage returns. The engine parses ``analysed`` and reports
spans of ``text``, so offsets never need mapping.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Input kinds, as they appear in ``document.input``.
KINDS = ("text", "markdown", "html", "url")


@dataclass(frozen=True)
class Document:
    """One article ready for the engine: its text, its paragraphs and headings, metadata.

    ``paragraphs`` are ``(start, end)`` spans in text order, without surrounding blanks;
    ``headings`` is the subset of them that the input marked as headings, or ``None`` when
    the input carries no markup for headings (plain text), in which case the structure
    rules guess them.
    """

    text: str
    analysed: str
    paragraphs: tuple[tuple[int, int], ...]
    headings: tuple[tuple[int, int], ...] | None = None
    kind: str = "text"
    encoding: str | None = None
    language: str | None = None
    title: str | None = None
    author: str | None = None
    date: str | None = None
    site_name: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        if len(self.analysed) != len(self.text):
            raise ValueError("analysed text must have the length of the text")

    @property
    def carries_text(self) -> bool:
        """Whether offsets index text that is not the input file (so reports carry it)."""
        return self.kind in ("html", "url")
