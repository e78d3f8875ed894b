"""The answers of an interview transcript ("Q: … A: …") and whom they speak for.

In a transcript the interviewee's answers follow "A:" labels and run to the next
question, over several paragraphs at times; a first-person "I" in them, outside the
quotations the interviewee cites, is the interviewee: the person the introduction
names most ("Q&A with Vice President …", "… spoke with our reporters").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsaudit.person_names import mentioned_name, surname
from newsaudit.rules.base import Mention

# A question's label opens a paragraph: "Q:", or "Q" run into the question as some
# papers print it ("QWhy should …"); an answer's is "A:".
QUESTION = re.compile(r"^Q(?::|(?=[A-Z][a-z]))", re.MULTILINE)
ANSWER = re.compile(r"^A:", re.MULTILINE)
# Fewer labelled answers than this is a lone "A:" in running text, not a transcript.
MIN_ANSWERS = 2


@dataclass(frozen=True)
class Transcript:
    """Where a document's answers lie, and where its introduction ends."""

    answers: tuple[tuple[int, int], ...]
    intro_end: int

    def answering(self, at: int) -> bool:
        """Whether an offset lies in an answer."""
        return any(start <= at < end for start, end in self.answers)


def find_transcript(text: str) -> Transcript | None:
    """The answers of a transcript, each from its label to the next question; None for
    a text without questions or with fewer than ``MIN_ANSWERS`` answers."""
    answers = [m.start() for m in ANSWER.finditer(text)]
    questions = [m.start() for m in QUESTION.finditer(text)]
    if len(answers) < MIN_ANSWERS or not questions:
        return None
    turns = tuple(
        (start, next((q for q in questions if q > start), len(text))) for start in answers
    )
    return Transcript(turns, min(answers[0], questions[0]))


def interviewee(text: str, people: list[Mention], intro_end: int) -> Mention | None:
    """The person named before the first label whose surname the introduction uses most
    (the first named of equals): the one the transcript talked to, not the people the
    introduction mentions in passing or the reporters who asked."""
    intro = [p for p in people if p.end <= intro_end and p.name]
    if not intro:
        return None
    head = text[:intro_end]

    def uses(person: Mention) -> int:
        family = surname(mentioned_name(person))
        return len(re.findall(rf"\b{re.escape(family)}\b", head))

    return max(intro, key=lambda p: (uses(p), -p.start))


def quoted(text: str, at: int) -> bool:
    """Whether an offset lies inside a quotation opened earlier in its paragraph."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
