"""Turning bytes into text: UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM,
UTF-8 with a few stray bytes (replaced, with a warning), or a single-byte legacy encoding,
Windows-1252 first; binary input is refused rather than audited as garbage."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

# Longest BOMs first: the UTF-32 little-endian BOM begins with the UTF-16 one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
# Control characters text files hold; any other C0 control marks binary data.
TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")
# Share of control characters above which bytes are data, not text.
MAX_CONTROL_SHARE = 0.01
# Non-ASCII characters Windows-1252 Western text is made of besides accented letters.
WESTERN_SYMBOLS = frozenset("\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u20ac\u2022\u2122\xa0")
WESTERN_SYMBOLS |= frozenset("\u201a\u201e\u2039\u203a\u2020\u2021\u2030£°«»©®§¡¿·½¼¾±×´¨¶ºª¢¥")
# Marks that may stand inside or before a word in Western text: quotes, apostrophes,
# dashes, the soft hyphen and the inverted marks opening Spanish questions.
PUNCTUATION_IN_WORDS = frozenset(
    "\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\xad\xa0«»¡¿‹›·"
)
# In Western text most letters are ASCII; text from another single-byte code page read as
# Windows-1252 ("Ïðåçèäåíò") is mostly accented letters.
MAX_ACCENTED_SHARE = 0.3
# Confidence below which a guessed encoding is not trusted.
MIN_CHAOS_FREE = 0.2


class InputError(ValueError):
    """An input that cannot be audited; ``kind`` names the problem for error records."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding it was read as, and a warning for people (or None)."""

    text: str
    encoding: str
    warning: str | None = None


def decode(data: bytes) -> Decoded:
    """Decode article bytes to text, or raise InputError (``binary`` or ``encoding``)."""
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            decoded = _strict(data[len(bom) :], codec, name)
            _refuse_binary(decoded.text)
            return decoded
    if not data:
        return Decoded("", "utf-8", "is empty: nothing to audit")
    _refuse_binary(data.decode("latin-1"))  # one character per byte
    text, stray = _utf8_counting_stray(data)
    if not stray:
        return Decoded(text, "utf-8")
    if _has_utf8_sequences(text, stray):
        warning = f"not valid UTF-8: {stray} stray byte{'s' * (stray > 1)} replaced by U+FFFD"
        return Decoded(text, "utf-8", warning)
    return _single_byte(data)


def _strict(data: bytes, codec: str, name: str) -> Decoded:
    try:
        return Decoded(data.decode(codec), name)
    except UnicodeDecodeError as err:
        raise InputError("encoding", f"is not valid {name}: {err.reason}") from err


def _refuse_binary(text: str) -> None:
    """Text with NULs or many other control characters is data (an image, an archive)."""
    if "\x00" in text:
        raise InputError("binary", "looks like a binary file (it contains NUL bytes)")
    controls = sum(1 for c in text if c < " " and c not in TEXT_CONTROLS)
    if controls > max(2, MAX_CONTROL_SHARE * len(text)):
        raise InputError("binary", "looks like a binary file (it contains control bytes)")


def _utf8_counting_stray(data: bytes) -> tuple[str, int]:
    """The text read as UTF-8 with every invalid byte replaced, and how many there were."""
    text = data.decode("utf-8", errors="replace")
    return text, text.count("\ufffd") - data.count("\ufffd".encode())


def _has_utf8_sequences(text: str, stray: int) -> bool:
    # Legacy single-byte text almost never forms a valid UTF-8 sequence by chance, so text
    # whose non-ASCII characters are mostly valid UTF-8 is UTF-8 with a few bad bytes.
    valid = sum(1 for c in text if c > "\x7f" and c != "\ufffd")
    return valid >= stray


def _single_byte(data: bytes) -> Decoded:
    """Windows-1252 when the text reads as Western (Latin-1 plus curly quotes), else the
    code page charset-normalizer guesses that leaves no symbol inside a word (else its
    best guess), else an ``encoding`` error."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _reads_as_western(text) and not _symbol_in_word(text):
        return Decoded(text, "cp1252")
    from charset_normalizer import from_bytes

    matches = [m for m in from_bytes(data) if m.chaos <= 1 - MIN_CHAOS_FREE]
    if not matches:
        raise InputError("encoding", "is not UTF-8 and its encoding could not be detected")
    # the detector ranks Central European text read as Windows-1252 first ("£ukasz"): the
    # first reading with no symbol inside a word is the code page it was written in
    best = next((m for m in matches if not _symbol_in_word(str(m))), matches[0])
    return Decoded(str(best), best.encoding, f"not UTF-8; read as {best.encoding} (a guess)")


def _symbol_in_word(text: str) -> bool:
    """Whether a symbol stands where a letter belongs, before lower-case letters ("£ukasz",
    "¯ó³kowska"), as Central European letters read in the Western code page come out.
    Western text puts its symbols before digits or capitals, or after a digit ("£5",
    "20°C", "1½lb")."""
    for i, c in enumerate(text):
        if c.isascii() or c.isalpha() or c.isspace() or c in PUNCTUATION_IN_WORDS:
            continue
        before, after = text[i - 1 : i] or " ", text[i + 1 : i + 2] or " "
        if after.islower() and not before.isdigit():
            return True
    return False


def _reads_as_western(text: str) -> bool:
    letters = accented = 0
    for c in text:
        if c.isascii():
            letters += c.isalpha()
        elif c.isalpha() and unicodedata.category(c) in ("Lu", "Ll"):
            letters += 1
            accented += 1
        elif c not in WESTERN_SYMBOLS:
            return False
    return accented <= MAX_ACCENTED_SHARE * max(letters, 1)
