"""Inputs: bytes in, a Document out. One module per kind of input (``text``, ``markdown``,
``html``, ``url``), all below the engine; adding a kind of input touches this package alone.
"""

from __future__ import annotations

from dataclasses import replace

from newsaudit.inputs.decoding import Decoded, InputError, decode
from newsaudit.inputs.document import Document
from newsaudit.inputs.html import looks_like_html, read_html
from newsaudit.inputs.language import ENGLISH, NAMES, detect_language
from newsaudit.inputs.markdown import read_markdown
from newsaudit.inputs.text import read_text
from newsaudit.inputs.url import HTML_TYPES, MARKDOWN_TYPES, fetch, is_url

HTML_SUFFIXES = (".html", ".htm")
MARKDOWN_SUFFIXES = (".md", ".markdown")
# What a directory argument expands to.
SUFFIXES = (".txt", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES)

__all__ = [
    "SUFFIXES",
    "Decoded",
    "Document",
    "InputError",
    "decode",
    "from_bytes",
    "from_text",
    "from_url",
    "is_url",
]


def from_bytes(data: bytes, name: str | None = None, media_type: str | None = None) -> Document:
    """The Document of a file's bytes: HTML when its name, media type or content says so,
    Markdown by name or media type, else plain text. Raises InputError."""
    decoded = decode(data)
    suffix = "." + name.rsplit(".", 1)[-1].lower() if name and "." in name else ""
    if media_type in HTML_TYPES or suffix in HTML_SUFFIXES or looks_like_html(data):
        kind = "html"
    elif suffix in MARKDOWN_SUFFIXES or media_type in MARKDOWN_TYPES:
        kind = "markdown"
    else:
        kind = "text"
    warnings = (decoded.warning,) if decoded.warning else ()
    return from_text(decoded.text, kind, decoded.encoding, warnings)


def from_text(
    text: str, kind: str = "text", encoding: str | None = None, warnings: tuple[str, ...] = ()
) -> Document:
    """The Document of decoded text of the given kind, with its language detected."""
    readers = {"text": read_text, "markdown": read_markdown, "html": read_html}
    try:
        document = readers[kind](text, encoding)
    except Exception as err:  # a bug (ours or the extractor's) costs this input, not a batch
        message = (
            f"internal error reading it as {kind} ({type(err).__name__}: {err}); please report it"
        )
        raise InputError("internal", message) from err
    language = detect_language(document.analysed)
    if language != ENGLISH:
        looks = (
            f"looks {NAMES[language]} ({language}), not English"
            if language in NAMES
            else f"does not look English ({language})"
        )
        warnings += (
            f"the text {looks}: attributions are found only where English is quoted, and "
            "no editorial flags are raised",
        )
    return replace(document, language=language, warnings=warnings)


def from_url(url: str) -> Document:
    """Fetch a web address and read what it returns. Raises InputError."""
    fetched = fetch(url)
    document = from_bytes(fetched.data, None, fetched.media_type)
    return replace(document, kind="url")
