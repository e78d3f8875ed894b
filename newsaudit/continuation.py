"""Quotes that carry the speaker of the attribution before them.

News writing attributes a quotation once and lets the following quote sentences and
paragraphs run on under the same speaker ('"A," she said. "B."'; a quote paragraph after
an attributed one). A quote inherits the source of the nearest attribution when it starts
in the sentence right after that attribution's sentence, or opens the paragraph right
after it; each inherited quote can pass the speaker on in turn. The other way round, a
sentence that quotes someone's words without naming them and is followed in its paragraph
by a sign-off ("…, said Al Jazeera") takes the speaker of the sign-off.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator
from dataclasses import replace

from newsaudit.data import lexicon
from newsaudit.quotes import DOUBLE_CLOSE, DOUBLE_OPEN, Quote
from newsaudit.rules.base import Candidate, Mention
from newsaudit.rules.direct import is_quotation

DOUBLE_MARKS = frozenset(DOUBLE_OPEN + DOUBLE_CLOSE)
# Besides what was said, a quotation may go on from a view or a stance told in the
# writer's words ("Okafor is upbeat about the talks." / '"We are close."'), which news
# writing follows with the holder's own words.
VIEWS = frozenset({"belief", "stance"})
# The pronouns that take up one person named before them.
PERSONAL = frozenset({"he", "she"})
# The rule name of a paragraph of a quotation that runs on into the next paragraph.
RUN_ON = "run_on"


def find_continuations(
    candidates: list[Candidate],
    quotes: list[Quote],
    sentences: list[tuple[int, int]],
    paragraphs: list[tuple[int, int]],
    text: str,
) -> Iterator[Candidate]:
    """Yield an inherited candidate for each unattributed quotation that continues one."""
    starts = [s for s, _ in sentences]
    par_starts = [s for s, _ in paragraphs]
    known = sorted(candidates, key=_end)
    ends = [_end(c) for c in known]
    carried: list[Candidate] = []
    index = Covering(candidates)
    for n, quote in enumerate(quotes):
        if not is_quotation(text, quote) or covered(quote, index) or covered(quote, carried):
            continue
        previous = _previous(known, ends, carried, quote.start)
        previous = _speaker_of_sentence(previous, known + carried, starts)
        if previous is None or previous.source is None:
            continue
        # a quotation is its speaker's words whatever verb closes it; a view goes on in a
        # quotation only where nothing was said in its sentence ('"A," Trump said,
        # referring to Cruz. "B."' goes on from what was said, not from "referring")
        unsaid = previous.category != "statement" and previous.kind != "direct"
        if unsaid and (previous.category not in VIEWS or _said_beside(previous, known, starts)):
            continue  # "according to a report" (evidence) has no words of its own to go on
        if not _adjacent(previous, quote.start, starts, par_starts):
            continue
        speaker = previous
        rest = quotes[n + 1] if quote.runs_on and n + 1 < len(quotes) else None
        if previous.kind == "indirect" and rest is not None and covered(rest, index):
            continue  # after reported words, a quotation running on to its own cue is one
            # attribution with it (below), not the reported speaker's
        if previous.kind == "indirect":
            # a view set between a quote and the next does not join them in one turn
            view = previous.category in VIEWS
            speaker = (
                None if view else _quoted_earlier_in_turn(previous, known + carried, par_starts)
            )
            opens = _opens_next_sentence(previous, quote, starts, par_starts)
            if speaker is None and (opens or _whole_paragraph(quote, paragraphs, text)):
                speaker = _one_speaker_turn(previous, known, par_starts)
                if speaker is None and opens:
                    # '…, Mr. Barrios said. "The service runs …"': the one speaker of the
                    # sentence just before goes on, whoever spoke earlier in the paragraph
                    speaker = _sole_speaker(previous, known, starts)
            if speaker is None:
                continue
        inherited = _inherit(speaker, quote)
        carried.append(inherited)
        yield inherited
    yield from _run_on_quotes(candidates + carried, quotes)
    yield from _signed_off_later(candidates + carried, quotes, starts, par_starts, text)


def _signed_off_later(
    found: list[Candidate],
    quotes: list[Quote],
    sent_starts: list[int],
    par_starts: list[int],
    text: str,
) -> Iterator[Candidate]:
    """Quoted words in a sentence with no cue of its own ('it would "shatter" hopes.')
    followed in the same paragraph by a sentence signed off with a source after its
    content ('"…", said Al Jazeera.'): the sign-off vouches for the paragraph's run of
    quoted words. On PolNeAR train such sentences are annotated to the sign-off's source."""
    cue_sentences = {bisect_right(sent_starts, c.cue[0]) - 1 for c in found}
    index = Covering(found)
    for quote in quotes:
        if _is_title(text, quote) or covered(quote, index):
            continue
        sent = bisect_right(sent_starts, quote.start) - 1
        if sent in cue_sentences or sent + 1 >= len(sent_starts):
            continue
        par = bisect_right(par_starts, quote.start)
        nxt = sent_starts[sent + 1]
        if bisect_right(par_starts, nxt) != par:
            continue
        end = sent_starts[sent + 2] if sent + 2 < len(sent_starts) else len(text)
        speaker = next(
            (
                c
                for c in found
                if nxt <= c.cue[0] < end
                and c.content[0] < c.cue[0]  # signed off after the words
                and c.source is not None
                and c.source.start > c.cue[0]  # "…, said X", not "X said …"
                and c.category == "statement"
            ),
            None,
        )
        if speaker is not None:
            yield _inherit(speaker, quote)


def _is_title(text: str, quote: Quote) -> bool:
    """'the "Harbour Watch" podcast', '"Shorty"': capitalised words name, not quote."""
    words = text[slice(*quote.inner)].split()
    return not words or all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _run_on_quotes(found: list[Candidate], quotes: list[Quote]) -> Iterator[Candidate]:
    """A quotation running over several paragraphs is often attributed only where it
    ends ('“A.' / '“B,” said X.'): the earlier paragraphs take the speaker of the later,
    and ``assemble`` makes them one attribution with it (as PolNeAR annotates them)."""
    index = Covering(found)
    for n in range(len(quotes) - 2, -1, -1):
        quote, nxt = quotes[n], quotes[n + 1]
        if not quote.runs_on or covered(quote, index):
            continue
        speakers = (c for c in index.near(nxt) if c.source is not None and _covers(c, nxt))
        speaker = next(speakers, None)
        if speaker is None:
            continue
        inherited = replace(_inherit(speaker, quote), rule=RUN_ON)
        found.append(inherited)
        index.add(inherited)
        yield inherited


def _inherit(speaker: Candidate, quote: Quote) -> Candidate:
    """The quote as a direct attribution with the speaker's source and cue."""
    content = (quote.start, quote.end)
    return replace(
        speaker, kind="direct", content=content, rule="continuation", continues=id(speaker)
    )


def _said_beside(view: Candidate, candidates: list[Candidate], sent_starts: list[int]) -> bool:
    """Whether another attribution in the sentence of ``view`` gives what was said."""
    sentence = bisect_right(sent_starts, view.cue[0]) - 1
    return any(
        c is not view
        and (c.category == "statement" or c.kind == "direct")
        and bisect_right(sent_starts, c.cue[0]) - 1 == sentence
        for c in candidates
    )


def _end(cand: Candidate) -> int:
    return max(cand.content[1], cand.cue[1])


def _previous(
    known: list[Candidate], ends: list[int], carried: list[Candidate], before: int
) -> Candidate | None:
    """The attribution that ends last before an offset (the first of those that end
    there): among ``known``, sorted by their ``ends``, by bisection; then among those
    carried so far."""
    at = bisect_right(ends, before)
    best = known[bisect_left(ends, ends[at - 1])] if at else None
    for cand in carried:
        if _end(cand) <= before and (best is None or _end(cand) > _end(best)):
            best = cand
    return best


def _speaker_of_sentence(
    last: Candidate | None, candidates: list[Candidate], sent_starts: list[int]
) -> Candidate | None:
    """The statement a sourceless cue after it in its sentence hangs on: in '"A," Lyle
    said when asked about the fees.' the question put to her is an aside in her
    sentence, and a quote after it goes on in her words. Asides with a source ('"A,"
    Obi said, referring to the limits.') are left alone: carrying over them cost a
    PolNeAR dev match where the two quotes are annotated apart."""
    if last is None or last.source is not None:
        return last
    sentence = bisect_right(sent_starts, last.cue[0]) - 1
    said = [
        c
        for c in candidates
        if c.source is not None
        and c.category == "statement"
        and c.cue[0] < last.cue[0]
        and bisect_right(sent_starts, c.cue[0]) - 1 == sentence
    ]
    return max(said, key=lambda c: c.cue[0], default=last)


def _quoted_earlier_in_turn(
    last: Candidate, candidates: list[Candidate], par_starts: list[int]
) -> Candidate | None:
    """The quotation that opened the speaker's turn a reported clause ends: in '"A," said
    Ellis, adding that members would vote.' / '"B."', B is Ellis's again. The clause must
    be the same speaker's, by the same mention or by a pronoun ("She added that …")."""
    if not (last.source.pronoun and not last.source.plural) and not any(
        c.source is not None
        and (c.source.start, c.source.end) == (last.source.start, last.source.end)
        for c in candidates
        if c is not last and c.kind != "indirect"
    ):
        return None
    par = bisect_right(par_starts, last.cue[0]) - 1
    quoted = [
        c
        for c in candidates
        if c.kind != "indirect"
        and c.source is not None
        and c.category == "statement"
        and bisect_right(par_starts, c.content[0]) - 1 == par
        and c.content[1] <= max(last.content[1], last.cue[1])
    ]
    return max(quoted, key=lambda c: c.content[1], default=None)


def _whole_paragraph(quote: Quote, paragraphs: list[tuple[int, int]], text: str) -> bool:
    """Whether a quote is its whole paragraph, with no cue of its own beside it: closed,
    or left open as a quotation is that runs on into the next paragraph. A double mark
    inside it shows two quotes paired wrong ('"A,' " X said. "B."'), with the speaker
    between them."""
    at = bisect_right([s for s, _ in paragraphs], quote.start) - 1
    whole = at >= 0 and paragraphs[at][0] == quote.start and quote.end >= paragraphs[at][1] - 2
    inner = text[slice(*quote.inner)]
    ended = quote.closed or quote.runs_on
    return whole and ended and not any(mark in inner for mark in DOUBLE_MARKS)


def _opens_next_sentence(
    previous: Candidate, quote: Quote, sent_starts: list[int], par_starts: list[int]
) -> bool:
    """Whether a quote opens the sentence after ``previous`` in its paragraph ("The boats
    are late, Okafor said. “We expected them in March.”"): the speaker goes on in
    their own words."""
    prev_end = max(previous.content[1], previous.cue[1])
    sent = bisect_right(sent_starts, quote.start) - 1
    if sent < 0 or sent_starts[sent] != quote.start:
        return False
    same_par = bisect_right(par_starts, quote.start) == bisect_right(par_starts, prev_end - 1)
    return same_par and bisect_right(sent_starts, prev_end - 1) - 1 == sent - 1


def _one_speaker_turn(
    last: Candidate, candidates: list[Candidate], par_starts: list[int]
) -> Candidate | None:
    """A reported clause that ends a paragraph given wholly to one named speaker
    ("Supt Grant said it was possible." / '"We will not rule that out."'): the quote
    paragraph after it is that speaker's next words."""
    source = last.source
    if not _one_person(source):
        return None
    par = bisect_right(par_starts, last.cue[0]) - 1
    said = [source] + [
        c.source
        for c in candidates
        if bisect_right(par_starts, c.cue[0]) - 1 == par
        and c.source is not None
        and (c.category == "statement" or c.kind != "indirect")
    ]
    # one name, whether repeated or taken up by one personal pronoun ("Lawrence says she
    # hopes …. It's easy, she says, …"): a second name or the other pronoun is a second
    # speaker
    names = {m.head for m in said if m.head not in PERSONAL}
    pronouns = {m.head for m in said if m.head in PERSONAL}
    return last if len(names) <= 1 and len(pronouns) <= 1 else None


def _sole_speaker(
    last: Candidate, candidates: list[Candidate], sent_starts: list[int]
) -> Candidate | None:
    """``last`` if its source is one person and the only one who speaks in its sentence
    ("Tobin Marsh said …, and Ruth Okafor said …" has two), else None."""
    if not _one_person(last.source):
        return None
    sent = bisect_right(sent_starts, last.cue[0]) - 1
    others = {
        c.source.head
        for c in candidates
        if bisect_right(sent_starts, c.cue[0]) - 1 == sent and c.source is not None
    }
    return last if others <= {last.source.head} else None


def _one_person(source: Mention) -> bool:
    """A name, "he" or "she", or one holder of an office ("the governor indicated …")."""
    one = source.proper or source.head in PERSONAL or source.head in lexicon.TITLES
    return one and not source.plural


def _adjacent(
    previous: Candidate, start: int, sent_starts: list[int], par_starts: list[int]
) -> bool:
    """Whether a quote at ``start`` continues ``previous``: in the same paragraph, in the
    same or the next sentence; or opening the next paragraph when ``previous`` is itself a
    quotation that closed its paragraph."""
    prev_end = max(previous.content[1], previous.cue[1])
    prev_par = bisect_right(par_starts, prev_end - 1) - 1
    this_par = bisect_right(par_starts, start) - 1
    if this_par == prev_par:
        prev_sent = bisect_right(sent_starts, prev_end - 1) - 1
        return bisect_right(sent_starts, start) - 1 - prev_sent <= 1
    if this_par != prev_par + 1 or start != par_starts[this_par]:
        return False
    last_sent = bisect_right(sent_starts, par_starts[this_par] - 1) - 1
    return bisect_right(sent_starts, prev_end - 1) - 1 == last_sent


def covered(quote: Quote, found: list[Candidate] | Covering) -> bool:
    """Whether a candidate's content holds at least half of the quote."""
    spans = found.near(quote) if isinstance(found, Covering) else found
    return any(_covers(cand, quote) for cand in spans)


def _covers(cand: Candidate, quote: Quote) -> bool:
    s, e = cand.content
    return min(e, quote.end) - max(s, quote.start) >= 0.5 * (quote.end - quote.start)


class Covering:
    """Candidates by content start, so that the ones that may cover a quote are found by
    bisection: those starting within the longest content's length before it."""

    def __init__(self, found: list[Candidate]) -> None:
        self.items: list[tuple[int, int, Candidate]] = []
        self.longest = 0
        for cand in found:
            self.add(cand)

    def add(self, cand: Candidate) -> None:
        """Index one more candidate (kept in the order they were added among equals)."""
        s, e = cand.content
        insort(self.items, (s, len(self.items), cand), key=lambda item: item[:2])
        self.longest = max(self.longest, e - s)

    def near(self, quote: Quote) -> list[Candidate]:
        """The candidates that may cover ``quote``, in the order they were added."""
        first = bisect_left(self.items, quote.start - self.longest, key=lambda item: item[0])
        last = bisect_left(self.items, quote.end, key=lambda item: item[0])
        return [c for _, _, c in sorted(self.items[first:last], key=lambda item: item[1])]
