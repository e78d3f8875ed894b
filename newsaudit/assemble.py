"""From rule candidates to a Report: continuation, relays, sources, flags, summary.

Everything here works on plain values; the spaCy Docs have done their part.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter

from newsaudit import flags as flag_rules
from newsaudit.analysis import Analysis
from newsaudit.content_parts import content_parts, span_of
from newsaudit.continuation import RUN_ON, find_continuations
from newsaudit.data.lexicon import (
    DISPLAYED_TEXTS,
    ISSUED_STATEMENTS,
    LEGAL_TEXTS,
    OUTLET_WORKS,
    PUBLISHED_WORKS,
    WRITTEN_MESSAGES,
)
from newsaudit.entities import namesakes_merged
from newsaudit.inputs.language import reads_as_english
from newsaudit.nesting import documented, nest
from newsaudit.outlet_descriptions import press_work
from newsaudit.report import (
    Attribution,
    DocumentInfo,
    Excluded,
    Flag,
    Report,
    Source,
    SourceRef,
)
from newsaudit.rules.base import Candidate, Mention
from newsaudit.rules.direct import is_quotation
from newsaudit.shares import counted_group, is_share
from newsaudit.sources import Entity, Resolver
from newsaudit.textutil import LineIndex

# "X seems to Y", "X appeared to Y": raising verbs. Their subject is what the writer
# judges, not someone who speaks or thinks, so the attribution has no source (PolNeAR
# train leaves 101 of 134 of them without one).
RAISING_VERBS = frozenset(
    {"seem", "seems", "seemed", "seeming", "appear", "appears", "appeared", "appearing"}
)
# Order of source types in the summary's mix, named as an editor reads them.
SOURCE_MIX = ("person", "outlet", "organization", "anonymous", "document", "unresolved")
# Works that tell as their author would, so their cue decides the category: a sign or
# a placard reads what its makers say ("'Save our hill,' read a banner").
TOLD_WORKS = OUTLET_WORKS | WRITTEN_MESSAGES | DISPLAYED_TEXTS


def assemble(analysis: Analysis, outlets: dict[str, str]) -> Report:
    """Build the Report for one analysed document."""
    text = analysis.text
    shown = analysis.document.text  # what spans quote: the file as read, or the article
    index = LineIndex(shown)  # physical lines, also where wrapped lines were joined
    paragraphs = [(s.start, s.end) for s in analysis.segments]
    sentence_spans = [(s.start, s.end) for s in analysis.sentences]
    candidates = _without_quotes_before_clauses(analysis.candidates, sentence_spans)
    candidates += find_continuations(candidates, analysis.quotes, sentence_spans, paragraphs, text)
    candidates, gaps = _merge_by_cue(candidates, paragraphs)
    if not _is_english(analysis):
        # the English rules read another language's words as English ones ("Alberto y"
        # a person, a clause a body): only what is said in English inside it is kept
        candidates = [c for c in candidates if reads_as_english(text[c.content[0] : c.content[1]])]
    candidates.sort(key=lambda c: (c.content[0], c.cue[0]))
    for cand in candidates:
        if set(text[cand.cue[0] : cand.cue[1]].lower().split()) & RAISING_VERBS:
            cand.source = None

    resolver = Resolver(
        outlets,
        analysis.names,
        [s for s, _ in sentence_spans],
        _headings_end(analysis),
        publisher=analysis.document.site_name,
        text=text,
        groups=analysis.groups,
        issuers=analysis.issuers,
        bodies=analysis.bodies,
    )
    resolved: list[tuple[Candidate, Entity | None, Entity | None]] = []
    by_candidate: dict[int, Entity | None] = {}
    for cand in sorted(candidates, key=lambda c: c.source.start if c.source else c.cue[0]):
        entity = None
        if cand.source is not None:
            if cand.rule in ("continuation", RUN_ON) and cand.continues in by_candidate:
                entity = by_candidate[cand.continues]
            else:
                entity = resolver.resolve(cand.source)
        via = resolver.resolve_outlet(cand.via) if cand.via is not None else None
        if via is not None and _published_work(cand.source):
            entity, via = via, None  # "The Post ran a piece that noted": the Post's words
        by_candidate[id(cand)] = entity
        if via is entity:
            via = None
        resolved.append((cand, entity, via))
    merged = namesakes_merged(resolver.entities) | resolver.lead_described()
    resolved = [(cand, _kept(entity, merged), _kept(via, merged)) for cand, entity, via in resolved]
    resolved.sort(key=lambda r: (r[0].content[0], r[0].cue[0]))

    nested = nest(resolved, gaps)
    resolved = [(cand, entity, via) for cand, entity, via, _ in nested]
    numbers = {id(cand): n for n, (cand, _, _) in enumerate(resolved, 1)}
    entities = _cited_entities(resolved)
    ids = {e.key: f"s{n}" for n, e in enumerate(entities, 1)}
    attributions = []
    for n, (cand, entity, via, outer) in enumerate(nested, 1):
        source = None
        if cand.source is not None and entity is not None:
            s, e = _mention_span(cand.source)
            source = SourceRef(ids[entity.key], shown[s:e], s, e)
        attributions.append(
            Attribution(
                id=f"a{n}",
                kind=cand.kind,
                category=_category(cand, entity),
                cue=span_of(shown, cand.cue),
                source=source,
                content=span_of(shown, cand.content),
                parts=content_parts(cand, shown, gaps.get(id(cand), [])),
                via=ids[via.key] if via is not None else None,
                within=f"a{numbers[id(outer)]}" if id(outer) in numbers else None,
                line=index.line(cand.content[0]),
            )
        )
    made = _by_entity(attributions, resolved)
    sources = tuple(_source(e, ids, made) for e in entities)
    drafts = _flags(analysis, resolved, attributions) if _is_english(analysis) else []
    flags = tuple(
        Flag(
            f"f{n}",
            d.type,
            d.severity,
            shown[d.start : d.end],
            d.start,
            d.end,
            index.line(d.start),
            index.column(d.start),
            d.reason,
        )
        for n, d in enumerate(drafts, 1)
    )
    excluded = tuple(
        Excluded(e.type, e.start, e.end, index.line(e.start), e.reason) for e in analysis.excluded
    )
    return Report(
        document=_document_info(analysis),
        sources=sources,
        attributions=tuple(attributions),
        flags=flags,
        excluded=excluded,
        summary=_summary(analysis, sources, attributions, flags),
    )


def _is_english(analysis: Analysis) -> bool:
    """Editorial flags are for English: on another language the rules would flag nearly
    every sentence (attributions of English words inside it are still reported)."""
    return analysis.document.language in (None, "en")


def _document_info(analysis: Analysis) -> DocumentInfo:
    doc = analysis.document
    return DocumentInfo(
        path=analysis.path,
        characters=len(doc.text),
        sentences=len(analysis.sentences),
        model=analysis.model,
        input=doc.kind,
        encoding=doc.encoding,
        language=doc.language,
        title=doc.title,
        author=doc.author,
        date=doc.date,
        site_name=doc.site_name,
        text=doc.text if doc.carries_text else None,
    )


def _merge_by_cue(
    candidates: list[Candidate], paragraphs: list[tuple[int, int]]
) -> tuple[list[Candidate], dict[int, list[tuple[int, int]]]]:
    """One attribution per cue and paragraph, and per quotation or turn of quotations
    over paragraphs, with the gaps between the parts merged (by the id of the merged
    candidate).

    '"A," she said. "B."' and '"A," she said, "B."' are one quotation interrupted by its
    cue, so the content runs from the first quote to the last; rules that reach the same
    cue otherwise keep the first finding. What stands between the quotes ('"A," she said
    when asked about the fees. "B."') is not part of her words: the gaps say so.
    """
    starts = [s for s, _ in paragraphs]
    merged: dict[tuple[int, int], Candidate] = {}
    gaps: dict[int, list[tuple[int, int]]] = {}
    by_id = {id(c): c for c in candidates}
    for cand in sorted(candidates, key=lambda c: c.content[0]):
        # keyed by where the cue starts: "point out" and "point" are one cue
        key = (cand.cue[0], bisect_right(starts, cand.content[0]))
        if cand.rule in (RUN_ON, "continuation"):
            # a quotation over several paragraphs is one attribution, keyed where it ends;
            # so is a speaker's turn of quote paragraphs after a quote of theirs ('"A," she
            # said.' / '"B."'), which PolNeAR annotates as one (on the study split, 67
            # of 89 such pairs)
            speaker = cand
            while speaker.rule == cand.rule and speaker.continues in by_id:
                speaker = by_id[speaker.continues]
            if cand.rule == RUN_ON or speaker.kind in ("direct", "mixed"):
                key = (speaker.cue[0], bisect_right(starts, speaker.content[0]))
            elif cand.category != "statement":
                # a view's holder going on in their own words ("Okafor is upbeat." /
                # '"We are close."'): the quotation is an attribution of its own
                key = (cand.content[0], -1)
        first = merged.get(key)
        if first is None:
            merged[key] = cand
            continue
        if cand.content[0] > first.content[1]:
            gaps.setdefault(id(first), []).append((first.content[1], cand.content[0]))
        first.content = (
            min(first.content[0], cand.content[0]),
            max(first.content[1], cand.content[1]),
        )
        first.cue = max(first.cue, cand.cue, key=lambda c: c[1])
        if first.kind != cand.kind and "according_to" not in (first.kind, cand.kind):
            first.kind = "mixed"
    return list(merged.values()), gaps


def _without_quotes_before_clauses(
    candidates: list[Candidate], sentence_spans: list[tuple[int, int]]
) -> list[Candidate]:
    """The candidates but a quotation set as a sentence of its own before a cue that
    reports a clause of its own ('"A." She reminded senators that B.'): that cue does not
    introduce it, and one content over both would hold the cue and its speaker; the
    quotation is left to the speaker turns (continuation) or flagged as an orphan."""
    ends = sorted(e for _, e in sentence_spans)
    clauses = {c.cue for c in candidates if c.kind != "direct" and c.content[0] >= c.cue[1]}
    return [
        c
        for c in candidates
        if not (
            c.kind == "direct"
            and c.cue in clauses
            and bisect_left(ends, c.content[1]) < bisect_left(ends, c.cue[1])
        )
    ]


def _published_work(source: Mention | None) -> bool:
    """Whether a source is a work an outlet publishes ("a piece", "the segment")."""
    return _work_of(source, PUBLISHED_WORKS)


def _work(source: Mention | None) -> Mention | None:
    """The source (or what its pronoun stands for) when it is a common noun, which may
    name a work; None for a proper name or no source."""
    work = source.antecedent or source if source is not None else None
    return work if work is not None and not work.proper else None


def _work_of(source: Mention | None, heads: frozenset[str]) -> bool:
    """Whether a source is a work named by one of the head nouns given."""
    work = _work(source)
    return work is not None and work.head in heads


def _told(source: Mention | None) -> bool:
    """Whether a source is a work that tells as its author would: a story or a column,
    the press's reports and accounts ("according to local news reports"), a letter or a
    note ("the note warns")."""
    work = _work(source)
    if work is None:
        return False
    return work.head in TOLD_WORKS or press_work(work.text.split(), work.head)


def _category(cand: Candidate, entity: Entity | None) -> str:
    """What a report, poll or filing says is evidence, whatever the cue, also when an
    outlet stands behind it ("a CNN poll found"), and what a statement or a press release
    says is its issuer's statement; a quotation of anyone else is their words, a
    statement, whatever verb closes it ('"…," she concluded'); so are the news a verb of
    informing passes on ("announced a new inquiry") and a call for something ("called for
    calm"), found as stances, and a belief or a stance given partly in quotation marks.
    A refusal to speak ("declined to comment") is a stance: no words were given. A story
    or a column tells as its author would: its cue decides."""
    if documented(cand, entity) and not _told(cand.source):
        # a story or a column tells as its author would ("the story said", "the
        # documentary shows"): its cue decides, as for a person
        return "statement" if _issued(cand, entity) else "evidence"
    if cand.withheld:
        return "stance"  # "declined to comment": no words given
    # a belief or a stance told partly in the holder's quoted words ('agrees that
    # students feel "abandoned"', 'called the reversal "heartbreaking"') was said
    spoken = cand.kind == "mixed" and cand.category in ("belief", "stance")
    return "statement" if cand.kind == "direct" or cand.stated or spoken else cand.category


def _issued(cand: Candidate, entity: Entity | None) -> bool:
    """Whether the document is a statement, a press release or a text of law: its
    issuer's or its makers' words."""
    mention = cand.source.antecedent or cand.source if cand.source else None
    heads = {mention.head.lower()} if mention is not None else set()
    if entity is not None and entity.type == "document":
        heads.add(entity.name.lower().split()[-1])
    return bool(heads & (ISSUED_STATEMENTS | LEGAL_TEXTS))


def _kept(entity: Entity | None, merged: dict[int, Entity]) -> Entity | None:
    return merged.get(entity.key, entity) if entity is not None else None


def _cited_entities(resolved) -> list[Entity]:
    seen: dict[int, Entity] = {}
    for _, entity, via in resolved:
        for e in (entity, via):
            if e is not None and e.key not in seen:
                seen[e.key] = e
    return list(seen.values())


def _by_entity(attributions, resolved) -> dict[tuple[str, int], list[str]]:
    """The ids of the attributions each entity made ("own") and relayed ("via"), in text
    order, gathered in one pass."""
    made: dict[tuple[str, int], list[str]] = {}
    for a, (_, entity, via) in zip(attributions, resolved, strict=True):
        for role, e in (("own", entity), ("via", via)):
            if e is not None:
                made.setdefault((role, e.key), []).append(a.id)
    return made


def _source(entity: Entity, ids, made: dict[tuple[str, int], list[str]]) -> Source:
    return Source(
        id=ids[entity.key],
        name=entity.name,
        type=entity.type,
        role=entity.role,
        mentions=tuple(entity.mentions),
        attributions=tuple(made.get(("own", entity.key), ())),
        relayed=tuple(made.get(("via", entity.key), ())),
    )


def _mention_span(mention: Mention) -> tuple[int, int]:
    """Where the source is mentioned: a relative "who" or "which" is itself the mention,
    but for "that" the noun it modifies is ("a group that warned": measured on PolNeAR
    train, annotators mark the noun for "that" two times in three, "who" itself nine in
    ten)."""
    if mention.antecedent is not None and mention.text.lower() == "that":
        return mention.antecedent.start, mention.antecedent.end
    return mention.start, mention.end


def _flags(analysis: Analysis, resolved, attributions) -> list[flag_rules.Draft]:
    text = analysis.text
    starts = [s.start for s in analysis.sentences]  # in text order
    cited = []
    for (cand, entity, _), attribution in zip(resolved, attributions, strict=True):
        n = bisect_right(starts, cand.cue[0]) - 1
        sentence = (
            analysis.sentences[n] if n >= 0 and cand.cue[0] < analysis.sentences[n].end else None
        )
        # flags quote the noun a relative pronoun stands for ("officials", not "who")
        named = cand.source.antecedent or cand.source if cand.source else None
        cited.append(
            flag_rules.Cited(
                start=cand.content[0],
                end=cand.content[1],
                cue=cand.cue,
                source=(named.start, named.end) if named else None,
                source_type=entity.type if entity is not None else None,
                source_text=named.text if named else None,
                source_name=entity.name if entity is not None else None,
                tone=cand.tone,
                cue_text=attribution.cue.text,
                sentence_start=sentence.start if sentence else cand.cue[0],
                sentence_end=sentence.end if sentence else cand.cue[1],
                content_text=attribution.content.text,
                heading=bool(sentence and sentence.heading),
                counted=named is not None and (is_share(named) or counted_group(named)),
                category=attribution.category,
                cue_lemma=cand.cue_lemma,
            )
        )
    drafts = [
        *flag_rules.find_unattributed(
            analysis.sentences,
            cited,
            [(q.start, q.end) for q in analysis.quotes if is_quotation(text, q)],
        ),
        *flag_rules.find_hedges(analysis.sentences, cited),
        *flag_rules.find_weak_sources(cited, text),
        *flag_rules.find_sourceless_hearsay(cited),
        *flag_rules.find_loaded_cues(cited),
        *flag_rules.find_unresolved(cited),
        *flag_rules.find_quote_problems(analysis.quotes, cited, text, is_quotation),
    ]
    # headings yield no sourcing flags: the body under a headline or a section heading
    # names and sources what it sums up ("Users urged to remain cautious", "Pubs slam
    # decision"); a quotation mark left open is a fault wherever it is
    headings = [(s.start, s.end) for s in analysis.sentences if s.heading]
    drafts = [
        d
        for d in drafts
        if d.type == "unbalanced_quotes" or not any(a <= d.start < b for a, b in headings)
    ]
    # a sourceless passive is found both as an attribution and as a hedge: flag it once
    unique = {(d.type, d.start, d.end): d for d in drafts}
    return sorted(unique.values(), key=lambda d: (d.start, d.type))


def _summary(analysis: Analysis, sources, attributions, flags) -> dict:
    types = {s.id: s.type for s in sources}
    claims = [s for s in analysis.sentences if flag_rules.is_claim(s)]
    unattributed = sum(1 for f in flags if f.type == "unattributed_claim")
    mix = Counter(types[a.source.id] if a.source else "none" for a in attributions)
    return {
        "attributions": len(attributions),
        "sources": len(sources),
        "flags": len(flags),
        "by_source_type": dict(Counter(s.type for s in sources)),
        "by_flag_type": dict(Counter(f.type for f in flags)),
        "by_severity": dict(Counter(f.severity for f in flags)),
        "claim_sentences": len(claims),
        # not measured for other languages: their claims are not checked
        "attributed_share": round(1 - unattributed / len(claims), 3)
        if claims and _is_english(analysis)
        else None,
        "attribution_mix": {k: mix[k] for k in (*SOURCE_MIX, "none") if mix[k]},
    }


def _headings_end(analysis: Analysis) -> int:
    """Where the headings that open the document (headline, standfirst) end."""
    end = 0
    for seg in analysis.segments:
        if not seg.heading:
            break
        end = seg.end
    return end
