"""Turning bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or a detected
legacy encoding; binary and undecodable input is refused rather than garbled."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

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
    """Decode article bytes to text, or raise InputError."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    if b"\x00" in data:
        raise InputError("binary", "looks like a binary file (it contains NUL bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 1 - MIN_CHAOS_FREE:
        raise InputError("encoding", "is not UTF-8 and its encoding could not be detected")
    return Decoded(str(best), best.encoding)


def _strict(data: bytes, encoding: str) -> Decoded:
    try:
        text = data.decode("utf-8" if encoding == "utf-8-sig" else encoding)
    except UnicodeDecodeError as err:
        raise InputError("encoding", f"is not valid {encoding}: {err.reason}") from err
    return Decoded(text, encoding)
