"""Outlets a text describes without naming: "a local TV station", "Israeli media", "news
reports", "the daily", "the paper's editorial board". An editor still has to ask which
outlet it is; ``sources.Resolver`` points a description back to an outlet named before
where one fits."""

from __future__ import annotations

from newsaudit.data import builtin_outlets, lexicon, normalise_name
from newsaudit.mention_kinds import VAGUE_DETERMINERS
from newsaudit.outlet_names import (
    COMPOUND_DESCRIPTORS,
    DESCRIPTOR_WORDS,
    GROUP_OF_OUTLETS,
    SURELY_OUTLETS,
)
from newsaudit.rules.base import Mention

# What makes "media" a country's or a place's outlets ("local media reported", as "Israeli
# media"), not the press at large ("the media") or "social media".
MEDIA_MODIFIERS = frozenset(
    {"local", "state", "state-run", "official", "national", "regional", "foreign", "news"}
)
# What the press puts out, named by the press word before it ("news reports", "a media
# account", "press stories"): outlets' works, which speak for outlets the text does not
# name, as "a local TV station" does.
PRESS_WORDS = frozenset({"news", "media", "press"})
PRESS_WORKS = frozenset({"report", "reports", "account", "accounts", "story", "stories"})


def unnamed_outlet(m: Mention) -> bool:
    """ "A local TV station", "an Israeli newspaper", "State television": an outlet the
    text describes without naming, by a head that names only outlets (not "the paper",
    which is as often a study) or a descriptor of two words or more."""
    if m.proper or m.pronoun:
        return False
    words = m.text.lower().split()
    if m.head in SURELY_OUTLETS:
        return m.head != "paper"
    if m.head == "media" and len(words) == 2:
        return m.label == "NORP" or words[0] in MEDIA_MODIFIERS
    if press_work(m.text.split(), m.head):
        return True  # "according to local news reports"
    # the descriptor ends at the head: "a TV station owned by …"
    end = max((i + 1 for i, w in enumerate(words) if w == m.head), default=0)
    return any(" ".join(words[max(end - n, 0) : end]) in COMPOUND_DESCRIPTORS for n in (2, 3))


def is_unnamed(name: str) -> bool:
    """Whether an outlet's name is a description, not a name ("a local TV station",
    "Israeli media", "several news outlets"): it ends in a lower-case word that says what
    an outlet is, and the gazetteer has no outlet of that name ("Time magazine"). An
    editor still has to ask which outlet it is."""
    words = name.split()
    if not words or not words[-1].islower() or normalise_name(name) in builtin_outlets():
        return False
    head = words[-1]
    if press_work(words, head):
        return True
    return head in DESCRIPTOR_WORDS or head in GROUP_OF_OUTLETS or head == "media"


def press_work(words: list[str], head: str) -> bool:
    """Whether words, as written, end in a work of the press: "news reports", "a media
    account" ("a report", "police reports" are no outlet's, and "the Associated Press
    report" is a named outlet's)."""
    at = max((i for i, w in enumerate(words) if w.lower() == head), default=-1)
    if head not in PRESS_WORKS or at < 1:
        return False
    # in capitals only as the first word ("News reports show …")
    press = words[at - 1] if at > 1 else words[0].lower()
    return press in PRESS_WORDS


def written_name(m: Mention) -> str:
    """The name of an outlet the text does not name, as written, its determiner kept and in
    lower case, so that it reads as the description it is: "a local TV station", "the
    Israeli newspaper", "several news outlets", "state television" (a descriptor's word
    opening a sentence)."""
    first = m.text.split()[0].lower() if m.text.split() else ""
    described = first in DESCRIPTOR_WORDS or first in VAGUE_DETERMINERS
    # "State television", but not "TV networks"
    rest = m.text.split()[0][1:]
    if (described or first in ("the", "another")) and (not rest or rest.islower()):
        return m.text[:1].lower() + m.text[1:]
    return m.text


def owning_descriptor(m: Mention) -> str | None:
    """The description of the outlet whose staff or product a mention is: "paper" in "the
    paper's editorial board", "network" in "the network's chief correspondent"."""
    words = m.text.replace("’", "'").split()
    if len(words) < 3 or words[0].lower() != "the":
        return None
    for n in (1, 2):
        owner = " ".join(words[1 : 1 + n]).lower()
        if owner.endswith("'s") and len(words) > 1 + n:
            # "the conservative magazine's editors": a described kind of outlet
            described = owner[:-2]
            kind = {described, described.split()[-1]} & lexicon.OUTLET_DESCRIPTORS
            return described if kind else None
    return None


def is_descriptor(m: Mention) -> bool:
    """ "the news wire", "the daily", "the network": a description of an outlet; also a
    headline's bare label ("Newspaper: minister used private email")."""
    text = m.text[4:].lower() if m.text.lower().startswith("the ") else m.text.lower()
    label = m.text[:1].isupper() and text == m.head and m.head in SURELY_OUTLETS
    return (
        not m.proper
        and (m.text.lower().startswith("the ") or label)
        and (text in lexicon.OUTLET_DESCRIPTORS or m.head in lexicon.OUTLET_DESCRIPTORS)
    )
