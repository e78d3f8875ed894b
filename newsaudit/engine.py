"""The audit: structure, then parsing, then rules, then sources and flags, then a Report.

Only article body (and headings) is parsed: page furniture found by ``structure`` never
reaches the parser. Each paragraph is parsed as its own Doc, so sentence boundaries never
cross paragraphs, in one stream of bounded batches for the whole run; long paragraphs and
runs of punctuation are cut into pieces first, so time and memory stay linear in the
input whatever its layout.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from newsaudit import nlp as nlp_loader
from newsaudit.analysis import Analysis, Segment
from newsaudit.antecedents import find_bodies, find_groups, find_names
from newsaudit.assemble import assemble
from newsaudit.continuation import covered
from newsaudit.data import builtin_outlets
from newsaudit.headline_case import parser_cased
from newsaudit.inputs import Document, from_text
from newsaudit.quotes import Quote, find_quotes
from newsaudit.report import AuditFailure, Report
from newsaudit.rules.according import find_according, find_citing
from newsaudit.rules.acts import is_act
from newsaudit.rules.answers import find_answers
from newsaudit.rules.appraisal import find_appraisals
from newsaudit.rules.attitude import find_attitudes, find_sides
from newsaudit.rules.base import Candidate, Mention, Offsets, trim
from newsaudit.rules.claims import describe
from newsaudit.rules.direct import find_direct, gives_words, is_name, is_quotation
from newsaudit.rules.fragments import list_items
from newsaudit.rules.hearsay import find_hearsay
from newsaudit.rules.impression import find_impressions
from newsaudit.rules.issued import find_issuers
from newsaudit.rules.labels import (
    find_colon_lead,
    find_lead_in,
    find_sentence_lead,
    is_script_label,
    is_topic_label,
    transcript_label,
    with_interviewee,
)
from newsaudit.rules.misparsed import clause_read_as_subject
from newsaudit.rules.negation import with_negation
from newsaudit.rules.nominal import find_nominal
from newsaudit.rules.polls import find_polls
from newsaudit.rules.relay import find_via
from newsaudit.rules.reported import find_reported
from newsaudit.rules.scene import sets_scene
from newsaudit.rules.signoff import is_signature, with_signoffs
from newsaudit.rules.subjects import headline_passive
from newsaudit.rules.talk import find_talk
from newsaudit.rules.tokens import whole_word
from newsaudit.segments import find_segments, pieces, skip_space
from newsaudit.structure import find_excluded

# Characters that space words as a plain space does: no-break, figure, narrow no-break.
WORD_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " "})
# Paragraphs per parser batch, and characters: spaCy's parser steps through a batch's
# paragraphs together, so many short ones per batch are ~10% faster than one document's
# paragraphs alone; the character bound keeps its working memory flat.
BATCH_SIZE = 256
BATCH_CHARS = 100_000


# An item a streaming caller puts between documents when it is about to wait for more:
# what was read so far is parsed and reported now, instead of sitting in a half-full batch.
FLUSH = object()
# The place a dateline names, in capitals: "HOLLIS COUNTY" in "HOLLIS COUNTY — ".
DATELINE_PLACE = re.compile(r"[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]*){0,3}")


def audit(
    text: str | Document,
    path: str | None = None,
    *,
    nlp: Language | None = None,
    outlets: dict[str, str] | None = None,
) -> Report:
    """Audit one article (its plain text, or a Document from ``newsaudit.inputs``) and
    return its Report."""
    return next(_stream([(path, text)], nlp, outlets, catch=False))


def audit_many(
    items: Iterable[tuple[str | None, str | Document]],
    *,
    nlp: Language | None = None,
    outlets: dict[str, str] | None = None,
) -> Iterator[Report | AuditFailure]:
    """Audit ``(path, text or Document)`` pairs lazily and in order, yielding each Report as
    soon as it is done; a document that fails on a bug yields an AuditFailure and the rest
    go on. An item ``FLUSH`` finishes every document read so far before the next is read."""
    return _stream(items, nlp, outlets, catch=True)


def _stream(items, nlp: Language | None, outlets: dict[str, str] | None, catch: bool):
    nlp = nlp or nlp_loader.load()
    gazetteer = dict(builtin_outlets())
    gazetteer.update(outlets or {})
    model = nlp_loader.label(nlp)
    for analysis in _analyse(items, nlp, model):
        try:
            _run_rules(analysis)
            yield assemble(analysis, gazetteer)
        except Exception as err:  # a bug must cost one document, never the batch
            if not catch:
                raise
            message = f"internal error ({type(err).__name__}: {err}); please report it"
            yield AuditFailure(analysis.path, "internal", message)


def _analyse(items, nlp: Language, model: str) -> Iterator[Analysis]:
    """Parse every document's segments in one stream of bounded batches and hand each
    document on as soon as all its segments are parsed.

    The first document is parsed on its own, so the first report of a batch comes after
    one document; after it, batches of many paragraphs across documents are parsed
    together, the way spaCy's parser is fastest.
    """
    waiting: deque[_Parsing] = deque()
    batch: list[tuple[_Parsing, Segment, str]] = []
    size = 0
    first = True
    for entry in items:
        if entry is FLUSH:
            _parse(nlp, batch)
            batch, size = [], 0
            yield from _finished(waiting)
            continue
        path, item = entry
        job = _Parsing(_prepare(item, path, model))
        text = job.analysis.text
        waiting.append(job)
        for seg in job.analysis.segments:
            for start, end in pieces(text, seg.start, seg.end):
                piece = text[start:end]
                # a title-case headline's verbs, as prose writes them (headline_case.py)
                batch.append((job, seg, parser_cased(piece) if seg.heading else piece))
                job.unparsed += 1
                size += end - start
                if len(batch) == BATCH_SIZE or size >= BATCH_CHARS:
                    _parse(nlp, batch)
                    batch, size = [], 0
                    yield from _finished(waiting)
        job.complete = True
        if first:
            first = False
            _parse(nlp, batch)
            batch, size = [], 0
        yield from _finished(waiting)
    _parse(nlp, batch)
    yield from _finished(waiting)


class _Parsing:
    """A document whose segments are being parsed: their Docs so far, piece by piece."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.docs: dict[int, list[Doc]] = {}
        self.unparsed = 0  # pieces sent to the parser and not back yet
        self.complete = False  # every piece has been sent


def _parse(nlp: Language, batch: list[tuple[_Parsing, Segment, str]]) -> None:
    if not batch:  # a flush with nothing read since the last batch
        return
    texts = [piece for _, _, piece in batch]
    for (job, seg, _), doc in zip(batch, nlp.pipe(texts, batch_size=len(texts)), strict=True):
        job.docs.setdefault(id(seg), []).append(doc)
        job.unparsed -= 1


def _finished(waiting: deque[_Parsing]) -> Iterator[Analysis]:
    """The documents at the head of the queue whose every piece is parsed, in order."""
    while waiting and waiting[0].complete and waiting[0].unparsed == 0:
        job = waiting.popleft()
        for seg in job.analysis.segments:
            docs = job.docs[id(seg)]
            # the pieces of a paragraph join back exactly: no cut drops a character
            seg.doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
        yield job.analysis


def _prepare(item: str | Document, path: str | None, model: str) -> Analysis:
    document = item if isinstance(item, Document) else from_text(item)
    # A no-break space (a web page's "&nbsp;": "South Africa,\u00a0Portuguese newspaper
    # …\u00a0reports") is a word space to the reader, but to spaCy a token of its own,
    # which breaks the parse around it ("reports" read as a noun); the rules see a space.
    text = document.analysed.translate(WORD_SPACES)
    excluded = list(find_excluded(text, document.paragraphs, document.headings))
    segments = list(find_segments(text, document.paragraphs, excluded))
    quotes = list(find_quotes(text, [(s.start, s.end) for s in segments]))
    return Analysis(text, path, model, segments, quotes, [], [], [], excluded, document)


def _run_rules(analysis: Analysis) -> None:
    places = list(_dateline_places(analysis))
    analysis.names.extend(places)
    place_names = {m.text.lower() for m in places}
    previous: Segment | None = None
    quoted_names: set[tuple[int, int]] = set()
    # each segment finds its quotes by bisection: a long document has thousands of both
    by_start = sorted(analysis.quotes, key=lambda q: q.start)
    quote_starts = [q.start for q in by_start]
    for (number, seg), (spoken, on_scene) in zip(
        enumerate(analysis.segments), _layout(analysis), strict=True
    ):
        doc = seg.doc
        first, last = bisect_left(quote_starts, seg.start), bisect_left(quote_starts, seg.end)
        quotes = [_shift_quote(q, -seg.start) for q in by_start[first:last]]
        quoted = _quoted_tokens(doc, quotes)
        # a quoted name ('a group called "We back the dockers"') is nobody's words: the
        # rules still read past its words, but it is no quotation to attribute or flag
        name_quotes = {(q.start, q.end) for q in quotes if is_name(doc, q)}
        quoted_names.update((s + seg.start, e + seg.start) for s, e in name_quotes)
        found: list[Candidate] = []
        described = []
        for sent in doc.sents:
            info = describe(sent, seg.start, number, seg.heading, quoted)
            # the dateline places the reporter there: what follows it, and the scene and
            # the place it names, are the reporter's own account
            scene = (on_scene and sent.start == 0) or sets_scene(sent, place_names)
            if spoken or scene:
                info = replace(info, spoken=spoken, on_scene=not spoken)
            described.append(info)
            found.extend(find_reported(sent, quoted))
            found.extend(find_according(sent, quoted))
            found.extend(find_citing(sent, quoted))
            found.extend(find_attitudes(sent, quoted))
            found.extend(find_sides(sent, quoted))
            found.extend(find_impressions(sent, quoted))
            found.extend(find_hearsay(sent, quoted))
            found.extend(find_talk(sent, quoted))
            found.extend(find_nominal(sent, quoted))
            found.extend(find_answers(sent, quoted))
            found.extend(find_polls(sent, quoted, {c.cue for c in found}))
            found.extend(find_appraisals(sent, quoted, {c.cue for c in found}))
        analysis.sentences.extend(list_items(described))
        found = [
            c
            for c in found
            if not is_act(doc, c)  # rules/acts.py
            and not (c.source is not None and clause_read_as_subject(doc, c.source))
        ]
        found.extend(find_colon_lead(doc, quoted))
        text = doc.text  # built from the tokens on every access: once per paragraph
        found = _merge_quotes(found, quotes, text)
        open_quotes = [
            q
            for q in quotes
            if (q.start, q.end) not in name_quotes
            and is_quotation(text, q)
            and not covered(q, found)
        ]
        leads = list(find_sentence_lead(doc, open_quotes, quoted))
        found.extend(leads)
        open_quotes = [q for q in open_quotes if not covered(q, leads)]
        found.extend(find_direct(doc, open_quotes, quoted))
        if previous is not None and open_quotes and open_quotes[0].start == 0:
            found.extend(_lead_in(previous, seg, open_quotes[0], found))
        elif previous is not None and not (quotes or seg.heading or previous.heading):
            found.extend(_block_lead_in(previous, seg))
        previous = seg
        found = with_signoffs(doc, quoted, found)
        if seg.heading:
            _unsource_headline_passives(doc, found)
        for cand in found:
            with_negation(doc, cand)  # "has not confirmed": the cue says what was not said
            cand.content = whole_word(text, cand.content)
            cue = doc.char_span(*cand.cue, alignment_mode="expand")
            cand.cue_lemma = cue.root.lemma_.lower() if cue else ""
        # a sign-off's content may be a quotation ("As Reyes put it: '…'"): its kind too
        _merge_quotes([c for c in found if c.rule == "signoff"], quotes, text)
        for cand in found:
            if cand.via is None and cand.rule != "according":
                source = (cand.source.start, cand.source.end) if cand.source else None
                cand.via = find_via(doc, cand.cue, source)
            analysis.candidates.append(_shift(cand, seg.start))
        analysis.names.extend(_shift_mention(m, seg.start) for m in find_names(doc, quoted))
        analysis.groups.extend(
            (_shift_mention(m, seg.start), s) for m, s in find_groups(doc, quoted)
        )
        analysis.bodies.extend(_shift_mention(m, seg.start) for m in find_bodies(doc, quoted))
        analysis.issuers.extend(
            (at + seg.start, _shift_mention(m, seg.start)) for at, m in find_issuers(doc, quoted)
        )
    analysis.quotes = [q for q in analysis.quotes if (q.start, q.end) not in quoted_names]
    text = analysis.text
    analysis.candidates = [
        c for c in analysis.candidates if not (is_topic_label(c, text) or is_script_label(c, text))
    ]
    with_interviewee(analysis.candidates, analysis.names, text)
    analysis.candidates.sort(key=lambda c: (c.content[0], c.cue[0]))


def _unsource_headline_passives(doc: Doc, found: list[Candidate]) -> None:
    """ "Port chief accused of hiding losses": the subject is the accused, and the
    headline names no accuser (rules/subjects.py)."""
    for cand in found:
        cue = doc.char_span(*cand.cue, alignment_mode="expand")
        if cue is not None and cand.source is not None and headline_passive(cue[0]):
            cand.source = None


def _layout(analysis: Analysis) -> Iterator[tuple[bool, bool]]:
    """Per segment, what its place on the page says of its words: whether they are someone
    else's (an interviewee's answer, from an "A:" label to the next label or heading; a
    comment signed on the line after it), and whether it follows a dateline, which places
    the reporter on the scene."""
    datelined = {
        skip_space(analysis.text, e.end) for e in analysis.excluded if e.type == "dateline"
    }
    segments = analysis.segments
    turn: str | None = None  # the transcript label ("Q", "A") whose turn a paragraph is in
    for number, seg in enumerate(segments):
        turn = None if seg.heading else transcript_label(seg.doc) or turn
        following = segments[number + 1] if number + 1 < len(segments) else None
        signed = following is not None and is_signature(following.doc.text)
        yield turn == "A" or signed, seg.start in datelined


def _dateline_places(analysis: Analysis) -> Iterator[Mention]:
    """The place a dateline names ("HOLLIS COUNTY — …"), which the body may shorten ("the
    county says"). The dateline is cut off before parsing, and the tagger knows no name in
    capitals, so the place is read from the capitals themselves."""
    for region in analysis.excluded:
        if region.type != "dateline":
            continue
        found = DATELINE_PLACE.search(analysis.text, region.start, region.end)
        if found is None:
            continue
        place = found.group()
        yield Mention(
            start=found.start(),
            end=found.end(),
            text=place,
            head=place.split()[-1].lower(),
            pronoun=False,
            plural=False,
            proper=True,
            label="GPE",
            name=place,
        )


def _lead_in(previous: Segment, seg: Segment, quote: Quote, found: list[Candidate]):
    """A quote paragraph introduced by the paragraph before it ending in a colon."""
    if not covered(quote, found):
        yield from _introduced(previous, seg, "direct", (quote.start, quote.end))


# A paragraph of prose: sentences of several words, not a numbered item, ending on a stop.
PROSE = re.compile(r"^(?!\d+[.)]\s)(?=(?:\S+\s+){5})[^\n]*[a-z][^\n]*[.!?][\"”’']?$")


def _block_lead_in(previous: Segment, seg: Segment) -> Iterator[Candidate]:
    """ "The governor added:" closing a paragraph, then a paragraph of his words printed
    without quotation marks (a statement or a speech set as a block): the block is what
    he said. Only a speaker and a verb of saying introduce it; a bare noun phrase before a
    colon ("Included in the list are:") introduces a list. Cues inside the block ("He
    thinks it is un-American") are the speaker's own words too: they do not stop it."""
    content = trim(seg.doc[:])
    if content is not None and PROSE.match(seg.doc.text.strip()):
        yield from _introduced(previous, seg, "indirect", content, by_verb=True)


def _introduced(
    previous: Segment, seg: Segment, kind: str, content: Offsets, by_verb: bool = False
) -> Iterator[Candidate]:
    """``content`` of a paragraph, said by the speaker whose lead-in closes the paragraph
    before it; with ``by_verb``, only a lead-in with a verb of saying, not a bare noun
    before the colon."""
    lead = find_lead_in(previous.doc, any_verb=not by_verb)
    if lead is None:
        return
    cue, source = lead
    if by_verb and previous.doc.text[slice(*cue)] == ":":
        return
    delta = previous.start - seg.start  # rule offsets are relative to this segment
    yield Candidate(
        kind=kind,
        category="statement",
        cue=(cue[0] + delta, cue[1] + delta),
        content=content,
        source=_shift_mention(source, delta),
        rule="lead-in",
    )


def _quoted_tokens(doc: Doc, quotes: list[Quote]) -> set[int]:
    inside: set[int] = set()
    for q in quotes:
        s, e = q.inner
        span = doc.char_span(s, e, alignment_mode="contract")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def _merge_quotes(found: list[Candidate], quotes: list[Quote], text: str) -> list[Candidate]:
    """Set each candidate's kind from the quotes in its content; a content that lies
    inside one quote grows to the whole quotation ('"A. B," she said' gives all of it)."""
    for cand in found:
        s, e = cand.content
        inside = [q for q in quotes if q.start <= s + 1 and e - 1 <= q.end]
        if inside and is_quotation(text, inside[0]):
            q = inside[0]
            cand.content = (q.start, q.end)
            if cand.kind != "according_to":
                cand.kind = "direct"
            continue
        # a clause cut short inside a quotation still reports all of it
        for q in quotes:
            if s < q.start < e < q.end:
                e = q.end
            elif q.start < s < q.end < e and cand.kind != "according_to":
                s = q.start
        cand.content = (s, e)
        within = [q for q in quotes if s <= q.start and q.end <= e + 1 and gives_words(text, q)]
        if within and cand.kind == "indirect":
            cand.kind = "mixed"
    return found


def _shift(cand: Candidate, delta: int) -> Candidate:
    return replace(
        cand,
        cue=(cand.cue[0] + delta, cand.cue[1] + delta),
        content=(cand.content[0] + delta, cand.content[1] + delta),
        source=_shift_mention(cand.source, delta) if cand.source else None,
        via=_shift_mention(cand.via, delta) if cand.via else None,
    )


def _shift_mention(m: Mention, delta: int) -> Mention:
    antecedent = _shift_mention(m.antecedent, delta) if m.antecedent else None
    return replace(m, start=m.start + delta, end=m.end + delta, antecedent=antecedent)


def _shift_quote(q: Quote, delta: int) -> Quote:
    return replace(q, start=q.start + delta, end=q.end + delta)
