"""One self-contained HTML page for people: each article with its attributions and flags
marked in place, a side panel of sources (choosing one highlights its claims), flags in the
margin, the summary; for several documents, a list of documents and a batch summary.

Article text is data. The page is built by a Jinja2 template with autoescaping, never by
joining strings, and carries a Content-Security-Policy that allows only its own inline
stylesheet and script (by hash): no network, no external assets, no other script."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files

from newsaudit.formats.summary import GROUPS, batch_lines, summarize, summary_lines
from newsaudit.report import Attribution, AuditFailure, Report

# Severity order for picking the strongest flag over a stretch of text.
SEVERITY_ORDER = ("info", "low", "medium", "high")


@dataclass
class Segment:
    """A stretch of one paragraph over which the same marks hold."""

    text: str
    start: int
    end: int
    claims: list[str] = field(default_factory=list)  # attribution ids, outermost first
    cue: bool = False  # part of a cue
    source: bool = False  # part of a source mention
    focus: str | None = None  # the attribution whose focus stop this is
    more_focus: list[tuple[str, str]] = field(default_factory=list)  # (id, tip) sharing it
    owner: str | None = None  # the attribution the hover details describe
    tip: str = ""
    source_type: str | None = None
    severity: str | None = None  # strongest flag over this stretch
    excluded: str | None = None


@dataclass
class Paragraph:
    """One line of the article, its segments, and the notes for its margin."""

    line: int
    segments: list[Segment]
    flags: list = field(default_factory=list)
    excluded: list = field(default_factory=list)  # furniture left out, noted in the margin
    heading: bool = False


def render_html(documents: Iterable[tuple[Report | AuditFailure, str | None]]) -> str:
    """One page for every ``(report or error record, article text)`` pair, in order.

    Without the text (``None``) a report still shows its sources, flags and summary."""
    records = list(documents)
    views = [_view(n, record, text) for n, (record, text) in enumerate(records, 1)]
    batch = summarize(r for r, _ in records) if len(records) > 1 else None
    css, js = _asset("report.css"), _asset("report.js")
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            documents=views,
            batch=batch,
            batch_lines=batch_lines(batch) if batch else [],
            css=css,
            js=js,
            csp=_csp(css, js),
        )
    )


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(
        loader=PackageLoader("newsaudit.formats", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@cache
def _asset(name: str) -> str:
    return files("newsaudit.formats").joinpath("templates", name).read_text(encoding="utf-8")


def _csp(css: str, js: str) -> str:
    def digest(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    return (
        f"default-src 'none'; style-src 'sha256-{digest(css)}'; "
        f"script-src 'sha256-{digest(js)}'; img-src 'none'; base-uri 'none'; "
        "form-action 'none'"
    )


def _view(n: int, record: Report | AuditFailure, text: str | None) -> dict:
    """What the template needs for one document; ids are prefixed so that several
    documents on one page never share one."""
    prefix = f"d{n}-"
    if isinstance(record, AuditFailure):
        return {"id": f"d{n}", "title": record.path or "standard input", "error": record}
    report = record
    title = getattr(report.document, "title", None) or report.document.path or "article"
    return {
        "id": f"d{n}",
        "title": title,
        "error": None,
        "report": report,
        "summary_lines": summary_lines(report.summary),
        "groups": _groups(report, prefix),
        "paragraphs": _paragraphs(report, text) if text is not None else None,
        "prefix": prefix,
        "unsourced": " ".join(prefix + a.id for a in report.attributions if a.source is None),
    }


def _groups(report: Report, prefix: str) -> list[dict]:
    groups = []
    for title, types in GROUPS:
        members = [s for s in report.sources if s.type in types]
        if members:
            groups.append(
                {
                    "title": title,
                    "sources": [
                        {
                            "source": s,
                            "claims": " ".join(prefix + a for a in s.attributions),
                            "relayed": " ".join(prefix + a for a in s.relayed),
                        }
                        for s in members
                    ],
                }
            )
    return groups


def _place_focus_stops(
    segments: list[Segment], starting: list[Attribution], tips: dict[str, str]
) -> None:
    """One keyboard stop per attribution, in its content: on the first stretch where it is
    the innermost claim (so the details shown are its own), else on the first free stretch
    of its content; two contents over exactly the same text share a stretch."""
    for a in starting:
        own = [g for g in segments if _within_parts(a, g.start, g.end)]
        free = [g for g in own if g.focus is None]
        chosen = next((g for g in free if g.claims[-1] == a.id), free[0] if free else None)
        if chosen is None:
            own[0].more_focus.append((a.id, tips[a.id]))
            continue
        chosen.focus, chosen.owner, chosen.tip = a.id, a.id, tips[a.id]


def _within_parts(a: Attribution, start: int, end: int) -> bool:
    """Whether a stretch of text lies in the attribution's own words: not in the cue and
    speaker standing between its quotations ('"A," she said. "B."')."""
    return any(p.start <= start and end <= p.end for p in a.parts)


def _tip(a: Attribution, sources: dict, attributions: dict) -> str:
    """The details a reader sees on hovering or focusing an attribution's cue."""
    if a.source:
        source = sources[a.source.id]
        parts = [f"{source.name} ({source.type})"]
        if source.role:
            parts.append(source.role)
    else:
        parts = ["no source named"]
    if a.via:
        parts.append(f"via {sources[a.via].name}")
    parts.append(f"{a.category} ({a.kind.replace('_', ' ')})")
    within = getattr(a, "within", None)  # the attribution whose content holds this one
    if within and within in attributions:
        outer = attributions[within]
        speaker = sources[outer.source.id].name if outer.source else "an unnamed source"
        parts.append(f"inside what {speaker} {outer.cue.text}")
    return " · ".join(parts)


def _paragraphs(report: Report, text: str) -> list[Paragraph]:
    """The text cut at every edge of a cue, source, content, flag or excluded region, one
    paragraph per line, so that overlapping and nested marks all stay visible."""
    sources = {s.id: s for s in report.sources}
    by_id = {a.id: a for a in report.attributions}
    tips = {a.id: _tip(a, sources, by_id) for a in report.attributions}
    types = {a.id: sources[a.source.id].type if a.source else "none" for a in report.attributions}
    paragraphs, start = [], 0
    for number, line in enumerate(text.split("\n"), 1):
        end = start + len(line)
        if line.strip():
            paragraphs.append(_paragraph(report, tips, types, text, (number, start, end)))
        start = end + 1
    return paragraphs


def _paragraph(
    report: Report,
    tips: dict[str, str],
    types: dict[str, str],
    text: str,
    line: tuple[int, int, int],
) -> Paragraph:
    number, start, end = line

    def overlaps(s: int, e: int) -> bool:
        return s < end and e > start

    def spans(a: Attribution) -> list[tuple[int, int]]:
        found = [(p.start, p.end) for p in a.parts] + [(a.cue.start, a.cue.end)]
        return found + [(a.source.start, a.source.end)] if a.source else found

    attributions = [a for a in report.attributions if any(overlaps(*sp) for sp in spans(a))]
    flags = [f for f in report.flags if overlaps(f.start, f.end)]
    excluded = [x for x in report.excluded if overlaps(x.start, x.end)]
    edges = {start, end}
    for a in attributions:
        edges.update(edge for span in spans(a) for edge in span)
    for item in (*flags, *excluded):
        edges.update((item.start, item.end))
    cuts = sorted(e for e in edges if start <= e <= end)
    # Outermost first: of two contents starting together, the longer encloses the shorter.
    nested = sorted(attributions, key=lambda a: (a.content.start, -a.content.end))
    segments = []
    for s, e in zip(cuts, cuts[1:], strict=False):
        segment = Segment(text[s:e], s, e)
        inside = [a for a in nested if _within_parts(a, s, e)]
        segment.claims = [a.id for a in inside]
        cued = [a for a in attributions if a.cue.start <= s and e <= a.cue.end]
        named = [a for a in attributions if a.source and a.source.start <= s and e <= a.source.end]
        segment.cue, segment.source = bool(cued), bool(named)
        owner = next(iter(named + cued + inside[::-1]), None)
        if owner:
            segment.owner, segment.tip = owner.id, tips[owner.id]
            segment.source_type = types[owner.id]
        covering = [f.severity for f in flags if f.start <= s and e <= f.end]
        if covering:
            segment.severity = max(covering, key=SEVERITY_ORDER.index)
        segment.excluded = next((x.type for x in excluded if x.start <= s and e <= x.end), None)
        segments.append(segment)
    _place_focus_stops(segments, [a for a in nested if start <= a.content.start < end], tips)
    # A heading is shown as one, not noted as left out in the margin.
    starting = [x for x in excluded if start <= x.start <= end]
    return Paragraph(
        number,
        segments,
        [f for f in flags if start <= f.start <= end],
        [x for x in starting if x.type != "heading"],
        heading=any(x.type == "heading" for x in starting),
    )
