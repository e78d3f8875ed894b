"""What the analysis layer hands to assembly: one document's parsed segments and the
plain-valued findings of the rules. It sits below both ``engine`` and ``assemble``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsaudit.inputs.document import Document
from newsaudit.quotes import Quote
from newsaudit.rules.base import Candidate, Mention
from newsaudit.rules.claims import SentenceInfo

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class Segment:
    """A paragraph (or heading) that is parsed: where it is and what was found in it."""

    start: int
    end: int
    heading: bool
    doc: Doc | None = None


@dataclass
class Analysis:
    """Everything the rules found in one document, in plain values, for the assembly step.

    ``text`` is the document's analysed text (markup blanked, the same length as
    ``document.text``, which the report's spans quote)."""

    text: str
    path: str | None
    model: str
    segments: list[Segment]
    quotes: list[Quote]
    candidates: list[Candidate]
    names: list[Mention]
    sentences: list[SentenceInfo]
    excluded: list
    document: Document
    # plural noun phrases naming people or bodies ("the energy experts"), cited or not,
    # each with whether it is a subject: what a later "they" may stand for
    groups: list[tuple[Mention, bool]] = field(default_factory=list)
    # singular bodies named as a clause's subject ("The Appellate Court didn't agree"),
    # cited or not: what a later "it" may stand for
    bodies: list[Mention] = field(default_factory=list)
    # statements and press releases whose issuer is named, by the noun's offset ("X said
    # in a statement"): whom a later "the statement" speaks for
    issuers: list[tuple[int, Mention]] = field(default_factory=list)
