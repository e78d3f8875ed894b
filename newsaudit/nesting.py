"""Attributions inside another's content: which keep an attribution of their own, and
which one they sit in (``within`` in the report), or relay through (an outlet's report).

Works on resolved candidates, plain values with offsets: ``(candidate, entity, via)``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from newsaudit.data.lexicon import DOCUMENT_HEADS
from newsaudit.entities import Entity
from newsaudit.rules.base import Candidate


def nest(resolved, gaps: dict[int, list[tuple[int, int]]]):
    """Attributions inside another's content, each with the one it sits in (or None).

    Inside an outlet's report, the inner source was relayed by the outlet ("Politico
    reported that Western intelligence thought …") when the report scopes over it. Inside
    a person's or body's words, a belief or a piece of evidence is part of what they said
    ("X said Y wants Z"), not an attribution of the article's own.
    """
    out = []
    enclosing = _Enclosing(
        [o.content for o, _, _ in resolved], [gaps.get(id(o), []) for o, _, _ in resolved]
    )
    for cand, entity, via in resolved:
        # the attributions whose content holds this cue, from another source
        holders = [
            (o, oe)
            for o, oe, _ in (resolved[n] for n in enclosing.around(cand.cue[0], _aside(cand)))
            if o is not cand
            and oe is not entity
            and (o.kind == "according_to" or not cand.content[0] <= o.cue[0] < cand.content[1])
        ]
        outer = holders[0] if holders else None
        belief = cand.category != "statement"
        if outer is None and belief and _said_by(entity, cand, resolved, enclosing):
            continue  # "X said he believes Y": the belief is part of what X said
        if outer is not None and cand.source is None and outer[1] is not None:
            continue  # "Y seems Z, according to X": the impression is X's report
        if outer is not None:
            outer_entity = outer[1]
            # "Politico reported that X thought …" and "X said …, according to the AP"
            # scope over X's words; a clause-final "…, said Reuters" after "X announced …"
            # vouches for its own clause, not for X.
            scopes = outer[0].kind == "according_to" or outer[0].cue[0] < cand.cue[0]
            # an outlet's poll finding that voters oppose something is one finding, not
            # a belief it relays
            relays = outer[0].category != "evidence" or cand.category == "statement"
            if outer_entity is not None and outer_entity.type == "outlet" and relays:
                via = via or (outer_entity if scopes else None)
            elif cand.category != "statement" and not _stands_apart(cand, entity):
                continue  # measured: PolNeAR flattens these into the outer attribution
        inner_most = min(holders, key=lambda h: h[0].content[1] - h[0].content[0], default=None)
        out.append((cand, entity, via, inner_most[0] if inner_most is not None else None))
    return out


def _aside(cand: Candidate) -> bool:
    """Whether a candidate between two quotes of a speaker stands apart from their words:
    a question put to them with no one named ("when asked about the fees"). A clause
    about the speaker ("said Udall, who backs the plan") stays inside the merged quote,
    as before: measured, PolNeAR annotates it less often than the rules find it."""
    return cand.source is None


def _stands_apart(cand: Candidate, entity: Entity | None) -> bool:
    """Whether a finding inside another attribution's content is one of its own: an
    outlet's poll or report named there ("…, a CNN poll showed …", "X appeared to lead,
    with a Bloomberg survey finding that …") is the outlet's, whoever's words hold it."""
    return entity is not None and entity.type == "outlet" and documented(cand, entity)


class _Enclosing:
    """Spans looked up by a point they contain: sorted by start, so only the spans that
    start within the longest span's length before the point are tried. A span's gaps
    (between the quotes merged into it) do not contain the points in them."""

    def __init__(
        self, spans: list[tuple[int, int]], gaps: list[list[tuple[int, int]]] | None = None
    ) -> None:
        self.spans = spans
        self.gaps = gaps or [[] for _ in spans]
        self.order = sorted(range(len(spans)), key=lambda n: spans[n][0])
        self.starts = [spans[n][0] for n in self.order]
        self.longest = max((e - s for s, e in spans), default=0)

    def around(self, point: int, gaps: bool = True) -> list[int]:
        """Indices (in the original order) of the spans with start <= point < end."""
        first = bisect_left(self.starts, point - self.longest)
        last = bisect_right(self.starts, point)
        found = (self.order[k] for k in range(first, last))
        return sorted(
            n
            for n in found
            if point < self.spans[n][1]
            and not (gaps and any(s <= point < e for s, e in self.gaps[n]))
        )


def _said_by(entity: Entity | None, cand: Candidate, resolved, enclosing: _Enclosing) -> bool:
    """Whether a statement of the same source holds this candidate's cue."""
    return entity is not None and any(
        o is not cand and oe is entity and o.category == "statement"
        for o, oe, _ in (resolved[n] for n in enclosing.around(cand.cue[0], _aside(cand)))
    )


def documented(cand: Candidate, entity: Entity | None) -> bool:
    """Whether the source is a document: a report, a poll, records, whoever made them."""
    if entity is not None and entity.type == "document":
        return True
    mention = cand.source.antecedent or cand.source if cand.source else None
    return mention is not None and not mention.proper and mention.head in DOCUMENT_HEADS
