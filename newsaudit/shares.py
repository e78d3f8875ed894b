"""A share of people as a source: "Six in 10 say", "nearly half", "46 percent", "the vast
majority of voters" -- a count a poll gives, whose people are unnamed, not the group or
the nation they belong to."""

from __future__ import annotations

import re

from newsaudit.rules.base import SHARE_HEADS, Mention

# Entity labels of a count or a share of people as a source ("Six in 10 say"); the words
# that head one are ``rules.base.SHARE_HEADS``.
SHARE_LABELS = frozenset({"CARDINAL", "PERCENT"})
# Words for a share that need no figure: "the vast majority of Americans", "a growing
# proportion of voters" count the people the "of" phrase names.
SHARE_WORDS = frozenset(
    {"majority", "minority", "plurality", "proportion"}
    | {"majorities", "minorities", "thirds", "quarters"}
)
# "in 10", "out of five": the whole a number of people is counted in.
IN_WHOLE = re.compile(r"\b(?:in|out of) (?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b")
# "6 in 10", "nine of 10": a share of a group, as a poll gives it.
SHARE_OF_WHOLE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:in|of|out of) (?:\d+|ten)\b"
)
# Words that open a count of a group's members ("only half a dozen", "more than 6 in 10",
# "nearly half", "dozens of Republicans"), who are unnamed, not the party or the nation.
QUANTIFIERS = frozenset(
    {"only", "more", "fewer", "less", "about", "approximately", "nearly", "almost", "roughly"}
    | {"half", "dozens", "hundreds", "thousands", "millions", "scores"}
)


def counted_group(m: Mention) -> bool:
    """Whether a plural group is given as a share of its members, as a poll counts them
    ("more than 6 in 10 Republicans", "nine of 10 Democrats"), not as a number of people
    ("300 residents")."""
    return m.plural and SHARE_OF_WHOLE.search(m.text.lower()) is not None


def is_share(m: Mention) -> bool:
    """A share of people as a source: "Six in 10", "one out of five", "nearly half", "46
    percent", "42%", "the vast majority of voters"; not a number of people known otherwise
    ("the two", "one of the attorneys", "two chief rivals")."""
    if m.proper:
        return False
    if m.head in SHARE_WORDS and " of " in m.text.lower():
        return True  # "majorities of both parties", "two-thirds of voters"
    if m.plural:
        return False
    share = m.head in SHARE_HEADS or IN_WHOLE.search(m.text.lower()) is not None
    return m.label in SHARE_LABELS and share
