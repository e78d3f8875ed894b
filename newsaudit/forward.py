"""Pronouns that point forward: a "he" or "she" with no one of that gender before it.

In a headline or standfirst, the pronoun is the first person of its gender the article
goes on to name ("At the rally, she attacks …" above "Senator Ana Ruiz …"); in the body,
only from a clause set before the subject, the person named after the comma that closes
it, in the same sentence ("Months after he mocked her, Mayor Tom Brandt …"). Named inside
the clause or further on, the person is more often the object ("since he nominated Judge
…").
"""

from __future__ import annotations

from bisect import bisect_right

from newsaudit.rules.base import Mention


def named_after(
    text: str,
    at: int,
    starts: list[int],
    people: list[Mention],
    sentence_starts: list[int],
    headings_end: int,
) -> Mention | None:
    """The person a pronoun at ``at`` points forward to, among ``people`` of its gender
    (in text order, starting at ``starts``), else None."""
    following = bisect_right(starts, at)
    if following == len(people):
        return None
    person = people[following]
    if at >= headings_end:
        sentence = bisect_right(sentence_starts, at)
        start = sentence_starts[sentence - 1] if sentence else 0
        end = sentence_starts[sentence] if sentence < len(sentence_starts) else len(text)
        comma = text.find(",", at, end)
        if comma < 0 or not comma < person.start < end or "," in text[start:at]:
            return None
        if text.find(",", comma + 1, person.start) >= 0:
            return None  # the subject follows the closing comma
    return person
