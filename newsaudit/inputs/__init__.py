"""Inputs: bytes in, text out. ``decoding`` turns bytes into text (or an InputError)."""

from newsaudit.inputs.decoding import Decoded, InputError, decode

__all__ = ["Decoded", "InputError", "decode"]
