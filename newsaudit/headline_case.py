"""Title-case headlines as the parser can read them.

"Harbour Board Chair Praises Ferry Operator's Safety Record" capitalises every word, and
the tagger, trained on prose, reads every capitalised word as part of one long name: it
finds no verb, and no rule sees the cue. A headline so written is given to the parser with
its verbs of saying and its small words in lower case ("Harbour Board Chair praises
Ferry Operator's Safety Record"), and nothing else changed: the other words may be names,
and the text keeps its length, so every offset still points into the article.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from newsaudit.data import cues

WORD = re.compile(r"[A-Za-z][a-z’']*")
# How many of a headline's words, small words aside, must open with a capital letter for
# it to be written in title case, and how many such words it needs at least.
TITLE_SHARE = 0.8
TITLE_WORDS = 3


def parser_cased(text: str) -> str:
    """``text`` with a title-case headline's verbs of saying in their "-s", "-ed" or
    "-ing" forms and its small words ("Of", "To", "Is") in lower case, past its first
    word; any other text unchanged."""
    words = list(WORD.finditer(text))
    content = [w.group() for w in words if w.group().lower() not in STOP_WORDS]
    capitals = sum(w[:1].isupper() for w in content)
    if len(content) < TITLE_WORDS or capitals < TITLE_SHARE * len(content):
        return text
    out = list(text)
    for match in words[1:]:
        word = match.group()
        if word[:1].isupper() and not word.isupper() and _lowered(word.lower()):
            out[match.start()] = word[0].lower()
    return "".join(out)


def _lowered(word: str) -> bool:
    """Whether a headline's word is one to write in lower case: a small word, or a form
    of a verb of saying that no name ends in ("praises", "slammed", "urging")."""
    return word in STOP_WORDS or any(stem in _cue_verbs() for stem in _stems(word))


def _stems(word: str) -> list[str]:
    """The verbs a word in "-s", "-ed" or "-ing" may be a form of ("denies": deny,
    "praised": praise, "slammed": slam)."""
    stems = []
    for ending, bases in (("ies", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ied", ("y",))):
        if word.endswith(ending):
            stems.extend(word[: -len(ending)] + b for b in bases)
    for ending in ("ed", "ing"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            stems.extend((stem, stem + "e"))
            if len(stem) > 2 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])  # "slammed", "blasting"
    return stems


@cache
def _cue_verbs() -> frozenset[str]:
    return frozenset(cue for cue, pos in cues() if pos == "verb" and " " not in cue)
