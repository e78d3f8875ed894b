"""The results: frozen dataclasses of plain values, with character offsets into the input.

Every ``start``/``end`` pair is a Python string index into the decoded text, so
``text[start:end] == <the text field>`` always holds. ``Report.to_dict()`` is the JSON
contract (``schema_version`` "1"), described field by field in the README and in
``newsaudit/data/report.schema.json``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = "1"
# Flag severities, lowest first.
SEVERITIES = ("info", "low", "medium", "high")


@dataclass(frozen=True)
class Span:
    """A stretch of the input text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class SourceRef:
    """The source mention of one attribution, pointing to its merged entry in ``sources``."""

    id: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Attribution:
    """One attribution: a cue that ties some content to a source.

    ``kind`` is direct, indirect, mixed or according_to; ``category`` is statement, belief,
    evidence or stance (toward a thing: "opposed the bill", "warned of a recession");
    ``content`` runs from the first word attributed to the last, and ``parts`` are its own
    words: one part, or the quotations of '"A," she said. "B."' without the cue and
    speaker between them, or "The plan, she argued, would cost jobs" without the cue set
    off inside it; ``via`` is the id of the outlet the words were relayed through;
    ``within`` is the id of the attribution whose content holds this one's cue ("Politico
    reported that officials thought …": the thinking is within the report), or None.
    """

    id: str
    kind: str
    category: str
    cue: Span
    source: SourceRef | None
    content: Span
    parts: tuple[Span, ...]
    via: str | None
    within: str | None
    line: int

    @property
    def words(self) -> str:
        """What is attributed, as a reader would quote it: the parts joined by " … "."""
        return " … ".join(part.text for part in self.parts)


@dataclass(frozen=True)
class Source:
    """One entity that is cited, with every mention of it merged under a canonical name."""

    id: str
    name: str
    type: str
    role: str | None
    mentions: tuple[str, ...]
    attributions: tuple[str, ...]
    relayed: tuple[str, ...]


@dataclass(frozen=True)
class Flag:
    """Something an editor should look at."""

    id: str
    type: str
    severity: str
    text: str
    start: int
    end: int
    line: int
    column: int
    reason: str


@dataclass(frozen=True)
class Excluded:
    """A region left out of the audit (page furniture, headings), with the reason."""

    type: str
    start: int
    end: int
    line: int
    reason: str


@dataclass(frozen=True)
class DocumentInfo:
    """What was audited: ``input`` is its kind (text, markdown, html, url); ``encoding`` how
    its bytes were read (``None`` for text handed over as a string); ``language`` an ISO
    639-1 code (``und`` where none is told); title, author, date and site name come from a
    web page's metadata; ``text``, when carried, is the text every offset indexes (always
    for html and url inputs)."""

    path: str | None
    characters: int
    sentences: int
    model: str
    input: str = "text"
    encoding: str | None = None
    language: str | None = None
    title: str | None = None
    author: str | None = None
    date: str | None = None
    site_name: str | None = None
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The ``document`` object of the JSON contract (``text`` only when carried)."""
        record = asdict(self)
        if record["text"] is None:
            del record["text"]
        return record


@dataclass(frozen=True)
class Report:
    """The audit of one document."""

    document: DocumentInfo
    sources: tuple[Source, ...]
    attributions: tuple[Attribution, ...]
    flags: tuple[Flag, ...]
    excluded: tuple[Excluded, ...]
    summary: dict[str, Any] = field(default_factory=dict)
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready values, in the documented key order."""
        return {
            "schema_version": self.schema_version,
            "document": self.document.to_dict(),
            "summary": self.summary,
            "sources": [_listify(asdict(s)) for s in self.sources],
            "attributions": [_listify(asdict(a)) for a in self.attributions],
            "flags": [asdict(f) for f in self.flags],
            "excluded": [asdict(e) for e in self.excluded],
        }


@dataclass(frozen=True)
class AuditFailure:
    """An input that yielded no report, in its place in a batch: ``type`` names the problem
    (not_found, not_a_file, unreadable, binary, encoding, internal)."""

    path: str | None
    type: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        """The error record of the JSON contract."""
        return {
            "schema_version": SCHEMA_VERSION,
            "document": {"path": self.path},
            "error": {"type": self.type, "message": self.message},
        }


def _listify(record: dict[str, Any]) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in record.items()}
