"""The assembly's span indexes give what a scan over every span gives (random spans, so
the edges of the bisection are reached: equal starts, nesting, touching ends, equal
ends)."""

from __future__ import annotations

import random

from newsaudit.continuation import Covering, _covers, _end, _previous, covered
from newsaudit.flags import Cited, _cues_in, _Overlaps
from newsaudit.nesting import _Enclosing
from newsaudit.quotes import Quote
from newsaudit.rules.base import Candidate
from newsaudit.rules.claims import SentenceInfo


def _spans(rng: random.Random, n: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        start = rng.randrange(0, 500)
        out.append((start, start + rng.randrange(1, 80)))
    return out


def test_enclosing_finds_exactly_the_spans_around_a_point():
    rng = random.Random(7)
    for _ in range(50):
        spans = _spans(rng, 40)
        index = _Enclosing(spans)
        for point in range(0, 600, 3):
            expected = [n for n, (s, e) in enumerate(spans) if s <= point < e]
            assert index.around(point) == expected


def test_enclosing_leaves_out_the_spans_whose_gap_holds_the_point():
    rng = random.Random(5)
    for _ in range(50):
        spans = _spans(rng, 40)
        gaps = [[(s + 2, e - 2)] if rng.random() < 0.5 and e - s > 6 else [] for s, e in spans]
        index = _Enclosing(spans, gaps)
        for point in range(0, 600, 3):
            expected = [
                n
                for n, (s, e) in enumerate(spans)
                if s <= point < e and not any(a <= point < b for a, b in gaps[n])
            ]
            assert index.around(point) == expected


def test_covering_agrees_with_a_scan_and_keeps_the_order_of_adding():
    rng = random.Random(11)
    for _ in range(50):
        cands = [
            Candidate("direct", "statement", (s, s + 3), (s, e), None) for s, e in _spans(rng, 30)
        ]
        index = Covering(cands[:20])
        for cand in cands[20:]:
            index.add(cand)
        for s, e in _spans(rng, 30):
            quote = Quote(s, e, closed=True)
            assert covered(quote, index) == covered(quote, cands)
            assert [c for c in index.near(quote) if _covers(c, quote)] == [
                c for c in cands if _covers(c, quote)
            ]


def test_cues_in_matches_the_overlap_definition():
    rng = random.Random(3)
    bounds = sorted(rng.sample(range(1, 2000), 60))
    sentences = [
        SentenceInfo(s, e, 0, False, 8, False, False, ())
        for s, e in zip(bounds, bounds[1:], strict=False)
    ][::2]  # disjoint, with gaps between them
    cited = []
    for s, e in _spans(rng, 80):
        at = rng.randrange(0, 2000)
        cue = (at, at + 4)
        cited.append(Cited(s * 4, e * 4, cue, None, None, None, None, "neutral", "", 0, 0, ""))

    def overlaps(sent, start, end):
        return start < sent.end and sent.start < end

    expected = [
        [c for c in cited if overlaps(sent, c.start, c.end) or overlaps(sent, *c.cue)]
        for sent in sentences
    ]
    assert _cues_in(sentences, cited) == expected


def test_overlaps_agrees_with_a_scan():
    rng = random.Random(13)
    for _ in range(50):
        spans = _spans(rng, 30) + [(40, 40)]  # an empty span overlaps nothing
        index = _Overlaps(spans)
        for s, e in _spans(rng, 30):
            assert index(s, e) == any(min(b, e) - max(a, s) > 0 for a, b in spans)


def test_previous_is_the_first_of_those_that_end_last_before_an_offset():
    rng = random.Random(17)
    for _ in range(50):
        cands = [
            Candidate("direct", "statement", (s, s + 3), (s, e), None) for s, e in _spans(rng, 30)
        ]
        known, carried = sorted(cands[:20], key=_end), cands[20:]
        for before in range(0, 600, 7):
            scan = None
            for cand in known + carried:
                if _end(cand) <= before and (scan is None or _end(cand) > _end(scan)):
                    scan = cand
            assert _previous(known, [_end(c) for c in known], carried, before) is scan
