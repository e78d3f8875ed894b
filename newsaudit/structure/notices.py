"""Notices: copyright lines."""

from __future__ import annotations

import re

# Copyright: the © sign or the word at line start (not mid-word: mis-decoded "Ã©" holds ©).
COPYRIGHT = re.compile(r"^\W{0,2}(?:©|\(c\)\s*\d{4}|copyright\b)|\ball rights reserved\b", re.I)
