"""Editorial flags: what in a piece rests on no source, or on a weak one.

Each ``find_*`` generator reads the assembled audit (plain values) and yields ``Draft``
flags; ``assemble`` numbers them and adds line and column.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from newsaudit.data import claim_words, lexicon
from newsaudit.outlet_descriptions import is_unnamed
from newsaudit.quotes import Quote
from newsaudit.report import SEVERITIES
from newsaudit.rules.claims import SentenceInfo
from newsaudit.rules.impression import RAISING_VERBS
from newsaudit.rules.labels import TRANSCRIPT_LABELS
from newsaudit.rules.talk import TALK_NOUNS
from newsaudit.rules.tokens import QUOTE_OPENERS

# Words that open a content pointing back at the sentence before ("This would have
# allowed…, said Al Jazeera").
BACK_REFERENCES = ("This", "That", "These", "Those", "Such")
# "by the National Weather Service", "from Pew Research": a named author after a document.
AUTHOR = re.compile(r"\b(?:by|from)\b.*?\b[A-Z]")
# The writer's own voice outside quotes ("I think it is time we talked", "we know that"):
# in a column or a first-person account the "I" or "we" is the byline or the newsroom,
# in a transcript the one answering; an editor knows who either is, so it is no source
# to trace.
WRITER_PRONOUNS = frozenset({"i", "me", "my", "we"})
# The one addressed: the reader ("If you want to understand the vote, …", "you can see
# for yourself") or, in a question, its listener ("Do you think …?"). Generic or known
# from the exchange, it is nobody an editor can trace (PolNeAR study: 39 sources "you",
# none a person the text names).
ADDRESSEE_PRONOUNS = frozenset({"you"})
# A negative quantifier as a source ("No one knows what …", "nobody expected …") says
# that no one holds the view: there is no source to name or trace.
NO_ONE = frozenset({"no one", "no-one", "noone", "nobody", "none", "no one else", "nobody else"})
# Below this many words a line is a fragment or a kicker, not a claim.
MIN_CLAIM_WORDS = 6
HEARSAY_REASON = "Hearsay with no source: reported or alleged by whom?"
IMPRESSION_REASON = "An impression with no one named: seems so to whom?"
# The written forms of the raising verbs of impression ("it seems", "appears to be"): with
# no one named, the writer's hedge rather than someone's word passed on, so a low flag.
IMPRESSIONS = frozenset(f"{verb}{ending}" for verb in RAISING_VERBS for ending in ("", "s", "ed"))
POLLS_REASON = "Polls with no pollster named: which polls, run by whom?"
COUNT_REASON = "A count of people with no poll or survey named: counted by whom?"
# Sources that count people: a poll or a study, the outlet or body that ran it.
COUNTERS = frozenset({"document", "outlet", "organization"})
MARKER_REASONS = {
    "private": ("high", "reports a private or secret act without a source"),
    "statistic": ("medium", "states figures without a source"),
    "causal": ("medium", "asserts a cause or consequence without a source"),
    "predictive": ("medium", "makes a prediction without a source"),
    "evaluative": ("medium", "makes a judgement without a source"),
    "superlative": ("medium", "makes a superlative claim without a source"),
}


@dataclass(frozen=True)
class Draft:
    """A flag before numbering: type, severity, offsets and the reason for an editor."""

    type: str
    severity: str
    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class Cited:
    """An attribution as the flag rules see it."""

    start: int
    end: int
    cue: tuple[int, int]
    source: tuple[int, int] | None
    source_type: str | None
    source_text: str | None
    source_name: str | None
    tone: str
    cue_text: str
    sentence_start: int
    sentence_end: int
    content_text: str
    heading: bool = False  # said in a heading, which the body goes on to source
    counted: bool = False  # the source is a count of people ("Six in 10", "42 percent")
    category: str = "statement"  # the attribution's, as the report gives it
    cue_lemma: str = ""  # the lemma of the cue's head word ("notice", "say")


def find_unattributed(
    sentences: list[SentenceInfo],
    cited: list[Cited],
    quotations: list[tuple[int, int]],
) -> Iterator[Draft]:
    """Body sentences that assert something with no attribution in them or carried from
    their context.

    A sentence right after an attributed one in the same paragraph usually goes on with
    that source's account, and one followed by "This …, X said" is attributed by the next
    sentence. A sentence holding a reporting word ("a fierce critic of", "is confident")
    reports someone's view even where no rule could frame it. A sentence whose only cue is
    a private act ("privately urged") still rests on nobody's word.
    """
    attributed = _cues_in(sentences, cited)
    for n, sent in enumerate(sentences):
        if not is_claim(sent):
            continue
        private = "private" in sent.markers and _private_act(sent, attributed[n])
        if not private and (
            attributed[n]
            or sent.has_cue
            or sent.unasserted
            or sent.hedges  # a vague_source flag
            or sent.agentless
            or sent.spoken
            or (sent.on_record and not sent.markers)
            or _carried(sentences, attributed, n)
            or any(_overlaps(sent, s, e) for s, e in quotations)  # an orphan_quote flag
        ):
            continue
        severity, reason = "low", "states a fact without a source"
        if sent.on_scene:
            # the dateline says the reporter was there: what they saw needs no source
            severity, reason = "info", "sets the scene the dateline places the reporter at"
        for marker in sent.markers:
            marker_severity, marker_reason = MARKER_REASONS[marker]
            if SEVERITIES.index(marker_severity) > SEVERITIES.index(severity):
                severity, reason = marker_severity, marker_reason
        yield Draft(
            "unattributed_claim",
            severity,
            sent.start,
            sent.end,
            reason[:1].upper() + reason[1:] + ".",
        )


def _private_act(sent: SentenceInfo, cited: list[Cited]) -> bool:
    """Whether the private act is the sentence's own claim: no attribution in it, or
    only the act itself ("Washington privately urged Kyiv") -- not "they described his
    conduct behind the scenes" or "behind the scenes, X is doing Y, an aide said", where
    someone vouches for the private detail."""
    sourced = [c for c in cited if c.source is not None]  # "is said to" vouches for nothing
    return all(any(s < c.cue[1] and c.cue[0] < e for s, e in sent.private_heads) for c in sourced)


def find_hedges(sentences: list[SentenceInfo], cited: list[Cited]) -> Iterator[Draft]:
    """ "reportedly", "allegedly" (vague sourcing: low), "is estimated at", "is blamed
    on" (an agentless passive asserting a figure or a cause: medium): hearsay passed on
    without a source; and "in the polls" (low): figures from polls no one is named for.
    Not where the sentence names its source or goes on with the one before it ("… were
    allegedly running the network, federal authorities announced", "The estimated value
    is $4.3 million." after "…, Customs and Border Protection announced"): there the
    hedge is the law's or the writer's caution over a claim someone is named for."""
    attributed = _cues_in(sentences, cited)
    for n, sent in enumerate(sentences):
        # a side taken ("hit in the head … by another woman" read as a stance) vouches
        # for no hedged claim
        sourced = any(c.source is not None and c.category != "stance" for c in attributed[n])
        if sent.heading or sourced or _carried(sentences, attributed, n):
            continue
        for severity, spans, reason in (
            ("low", sent.hedges, HEARSAY_REASON),
            ("medium", sent.agentless, HEARSAY_REASON),
            ("low", sent.unnamed_polls, POLLS_REASON),
        ):
            for start, end in spans:
                yield Draft("vague_source", severity, start, end, reason)


def is_claim(sent: SentenceInfo) -> bool:
    """A body sentence long enough to assert something: not a heading, not a question,
    not a line with no stop (a list item, a schedule row, a lead-in to a list), not a
    phrase with no finite verb."""
    return (
        not sent.heading
        and not sent.question
        and not sent.unfinished
        and not sent.fragment
        and sent.words >= MIN_CLAIM_WORDS
    )


def _cues_in(sentences: list[SentenceInfo], cited: list[Cited]) -> list[list[Cited]]:
    """Per sentence, the attributions whose content or cue overlaps it, in ``cited``
    order: each span finds its sentences by bisection (sentences are disjoint and in
    text order), so a long document costs no more per attribution than a short one."""
    order = sorted(range(len(sentences)), key=lambda n: sentences[n].start)
    starts = [sentences[n].start for n in order]
    ends = [sentences[n].end for n in order]
    found: list[list[Cited]] = [[] for _ in sentences]
    for c in cited:
        hit: set[int] = set()
        for start, end in ((c.start, c.end), c.cue):
            hit.update(range(bisect_right(ends, start), bisect_left(starts, end)))
        for k in sorted(hit):
            found[order[k]].append(c)
    return found


def _carried(sentences: list[SentenceInfo], attributed: list[list[Cited]], n: int) -> bool:
    """Whether a sentence goes on with a source named next to it: the sentence before in
    its paragraph is attributed; the next begins "This …, X said"; the paragraph closes
    with "…, the officials said", which vouches for the paragraph it ends; or the same
    source speaks in the sentences on either side, across paragraph breaks (one speaker's
    account told a sentence a paragraph)."""
    sent = sentences[n]
    same_before = n > 0 and sentences[n - 1].paragraph == sent.paragraph
    if same_before and any(c.source is not None for c in attributed[n - 1]):
        return True
    after = n + 1 < len(sentences) and sentences[n + 1].paragraph == sent.paragraph
    if after and any(
        c.content_text.split()[:1] in ([w] for w in BACK_REFERENCES) for c in attributed[n + 1]
    ):
        return True
    last = n
    while last + 1 < len(sentences) and sentences[last + 1].paragraph == sent.paragraph:
        last += 1
    if last > n and any(_closing(c) for c in attributed[last]):
        return True
    if 0 < n < len(sentences) - 1:
        # in its own words, the account told before it is the source's voice, not a
        # thread the writer's sentence goes on with
        before = {c.source_name for c in attributed[n - 1] if _reported(c)}
        return bool(before & {c.source_name for c in attributed[n + 1] if c.source is not None})
    return False


def _reported(c: Cited) -> bool:
    """A source's account in the writer's words, not a quotation."""
    return c.source is not None and c.content_text[:1] not in QUOTE_OPENERS


def _closing(c: Cited) -> bool:
    """ "The room is usually locked, the officials said.": a named source and its cue
    after what they said in their own words, the sentence's whole. A quotation closed so
    ('"If the Russians leave Kherson, …," said Fesenko') backs the writer's point before
    it with a voice of its own; the point is still the writer's."""
    return _reported(c) and c.cue[0] > c.end and c.start <= c.sentence_start + 2


def find_weak_sources(cited: list[Cited], text: str) -> Iterator[Draft]:
    """Anonymous and vague sources and unidentified documents, once per source at its
    first mention in the body, with lower severity when the article explains the
    anonymity. Unnamed people who only take a side (a stance) are no anonymous source."""
    seen: set[str] = set()
    for c in cited:
        if c.heading:
            continue  # "Regulators seek …" over a story that names them: judged in the body
        if _unnamed_document(c, text) and c.source_name not in seen:
            seen.add(c.source_name)
            yield Draft(
                "vague_source",
                "low",
                *(c.source or c.cue),
                f"\u201c{c.source_text}\u201d is not identified: whose, and where published?",
            )
            continue
        if c.source_type == "outlet" and c.cue_lemma in claim_words.OWN_SOURCING:
            # "Kaieteur News understands that …", "The Herald has learnt that …": the
            # outlet vouches on the word of sources it does not name
            yield Draft(
                "vague_source",
                "low",
                *c.cue,
                f"\u201c{c.source_text} {c.cue_text}\u201d rests on sources the outlet "
                "does not name: who told it?",
            )
            continue
        if (
            c.source_type == "outlet"
            and is_unnamed(c.source_name or "")
            and c.source_name not in seen
        ):
            seen.add(c.source_name)
            yield Draft(
                "vague_source",
                "low",
                *(c.source or c.cue),
                f"\u201c{c.source_text}\u201d is an outlet the article does not name: which one?",
            )
            continue
        if c.source_type != "anonymous" or c.source_text is None or c.source_name in seen:
            continue
        words = set(c.source_name.lower().split())
        if c.category == "stance" and not c.counted and not words & _VAGUE:
            # "seven progressives backed Sanders", "labor unions threw their support
            # behind Ruiz": unnamed people who take a side inform no one; the flag waits
            # for the same source's first statement, belief or finding
            continue
        if (c.source_text or "").lower() in NO_ONE:
            continue
        if c.cue_lemma == "ask" and _question(c.content_text) and not words & _VAGUE:
            # "a reporter asked the judge, '…?'": a question vouches for nothing, and who
            # put it is no source an editor must trace; a request is someone's stance
            # ("lawmakers asked the agency to act"), and "Critics asked why …" stays vague
            continue
        if c.category == "belief" and c.cue_lemma in claim_words.NOT_VOUCHING:
            # "A hospital worker noticed that boxes were missing", "customers who sought
            # to pay": what someone saw or meant to do is the writer's account of them,
            # no word of theirs an editor must trace
            continue
        seen.add(c.source_name)
        if c.counted:
            if not _counted_by(c, cited):
                yield Draft("vague_source", "low", *(c.source or c.cue), COUNT_REASON)
            continue
        where = c.source or c.cue
        if words & _VAGUE:
            yield Draft(
                "vague_source",
                "low",
                *where,
                f"Vague attribution to \u201c{c.source_text}\u201d: who exactly?",
            )
        elif _explains_anonymity(text, c):
            yield Draft(
                "anonymous_source",
                "info",
                *where,
                "Anonymous source; the article explains why the name is withheld.",
            )
        else:
            yield Draft(
                "anonymous_source",
                "low",
                *where,
                "Anonymous source, and the article does not say why.",
            )


def _question(content: str) -> bool:
    """Whether what was asked is a question ('"What comes first?"', "whether the plan
    …", "why the council waited") rather than a request ("to act", "for help")."""
    words = content.lower().split()
    asked = content.rstrip(" \"'\u201d\u2019,.")
    return asked.endswith("?") or bool(words and words[0] in claim_words.QUESTION_WORDS)


def _counted_by(c: Cited, cited: list[Cited]) -> bool:
    """Whether a poll, a survey or a body that counted the people is cited with the count:
    a poll or another document cited before it (a poll story names its poll once, then
    gives its figures), or an outlet or body whose finding the count is ("A CNN poll found
    that 42 percent say …"), in its sentence or the one just before."""
    for other in cited:
        if other is c or other.source_type not in COUNTERS:
            continue
        if other.source_type == "document" and other.cue[0] < c.cue[0]:
            return True
        if other.start <= c.cue[0] < other.end or other.sentence_start == c.sentence_start:
            return True
        if 0 <= c.sentence_start - other.sentence_end <= 2:
            return True
    return False


def _unnamed_document(c: Cited, text: str) -> bool:
    """ "A study presented at a conference", "a report": a document named by no title,
    author or publisher, only by an indefinite description ("a report by the Budget
    Office" names its author)."""
    if c.source_type != "document" or not c.source_text or c.source is None:
        return False
    first, *rest = c.source_text.split()
    if rest and rest[-1].lower() in lexicon.DISPLAYED_TEXTS:
        return False  # "a sign read …": on display where the writer saw it, not published
    if first.lower() not in ("a", "an") or any(w[:1].isupper() for w in rest):
        return False
    end = c.cue[0] if c.cue[0] > c.source[1] else c.sentence_end
    return AUTHOR.search(text[c.source[1] : end]) is None


def _explains_anonymity(text: str, c: Cited) -> bool:
    """ "…, who spoke on condition of anonymity because …": in the attribution's sentence
    or the one after it."""
    end = c.sentence_end
    nxt = text.find(". ", end)
    window = text[c.sentence_start : nxt if nxt > 0 else len(text)].lower()
    return any(p in window for p in lexicon.ANONYMITY_EXPLANATIONS)


def find_sourceless_hearsay(cited: list[Cited]) -> Iterator[Draft]:
    """Passives with no source: "it is believed", "X is said to" (medium); "X is said to
    have offered Y in exchange for his vote" (high: a rumoured trade of favours is an
    allegation of a deal no one vouches for); "it seems", "appears to be" (low: the
    writer's hedge); talk with no talker ("There has been talk about …"). A passive of an
    act ("was admitted to a hospital", "are named after …") passes on no one's word: only
    the verbs whose passive is hearsay are flagged."""
    for c in cited:
        # "reportedly": the hedge flag (low) already says the report's source is unnamed
        cue = c.cue_text.lower()
        # "Asked about the levy, she said …": a question put to the speaker by an
        # interviewer, who asserts nothing
        asked = any(w in claim_words.QUESTION_PUT.values() for w in cue.split())
        if c.source_type is None and cue not in claim_words.HEDGES and not asked:
            words = " " + " ".join(c.content_text.lower().split()) + " "
            last = cue.split()[-1] if cue.split() else ""
            if any(f" {p} " in words for p in claim_words.TRADES):
                severity, reason = "high", "A trade of favours alleged with no source named."
            elif last in IMPRESSIONS:  # "does not seem"
                severity, reason = "low", IMPRESSION_REASON
            elif last in claim_words.HEARSAY_PARTICIPLES or c.cue_lemma in TALK_NOUNS:
                severity = "medium"
                reason = "Attribution with no source named (passive or impersonal form)."
            else:
                # "was admitted to a hospital", "are named after colonial officials", "were
                # not nominated": a passive act, which passes on no one's word
                continue
            yield Draft("vague_source", severity, c.cue[0], c.cue[1], reason)


def find_loaded_cues(cited: list[Cited]) -> Iterator[Draft]:
    """Reporting verbs that colour the speaker ("claimed", "admitted"), for fairness checks.
    With no one named ("The accused is alleged to have …") there is no speaker to colour:
    the agentless form is a vague_source flag of its own."""
    for c in cited:
        if c.tone == "loaded" and c.source is not None:
            yield Draft(
                "loaded_cue",
                "low",
                c.cue[0],
                c.cue[1],
                f"\u201c{c.cue_text}\u201d is not a neutral reporting verb; check fairness.",
            )


def find_unresolved(cited: list[Cited]) -> Iterator[Draft]:
    """Sources that are only a pronoun or description with nothing to refer back to; not
    the writer's "I" or "we", nor the "you" the text addresses."""
    for c in cited:
        # a transcript's "Q" is the interviewer: the publication asking, not a source
        own_voice = (c.source_text or "").lower() in WRITER_PRONOUNS | ADDRESSEE_PRONOUNS
        if (
            c.source_type == "unresolved"
            and c.source_text not in TRANSCRIPT_LABELS
            and not own_voice
            and (c.source_text or "").lower() not in NO_ONE
        ):
            yield Draft(
                "unresolved_source",
                "low",
                *(c.source or c.cue),
                f"Could not tell who \u201c{c.source_text}\u201d refers to.",
            )


class _Overlaps:
    """Whether any of a set of spans overlaps a given one, by bisection: spans by start,
    with the furthest end reached so far, so that a long document costs no more per
    quote than a short one."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted((s, e) for s, e in spans if s < e)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []
        for _, end in ordered:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def __call__(self, start: int, end: int) -> bool:
        # spans opening before ``end`` overlap it if one of them runs past ``start``
        n = bisect_left(self.starts, end)
        return n > 0 and self.reach[n - 1] > start


def find_quote_problems(
    quotes: list[Quote], cited: list[Cited], text: str, is_quotation
) -> Iterator[Draft]:
    """Quotes with no speaker, and quote marks that do not pair. A quotation in a sentence
    whose speaker is named is no orphan, even where the content the parser gave the cue
    leaves it out ('Dr Fauci estimated "between 100,000 and 200,000" could die')."""
    overlaps = _Overlaps(
        [(c.start, c.end) for c in cited]
        + [(c.sentence_start, c.sentence_end) for c in cited if c.source is not None]
    )
    for q in quotes:
        if not q.closed and not q.runs_on:
            yield Draft(
                "unbalanced_quotes",
                "medium",
                q.start,
                q.start + 1,
                "Quotation mark opened here is never closed in its paragraph.",
            )
        if overlaps(q.start, q.end):
            continue
        if is_quotation(text, q):
            yield Draft(
                "orphan_quote",
                "medium",
                q.start,
                q.end,
                "Quoted words with no speaker in the sentence or nearby.",
            )


def _overlaps(sent: SentenceInfo, start: int, end: int) -> bool:
    return start < sent.end and sent.start < end


_VAGUE = frozenset(
    {
        "many",
        "some",
        "several",
        "others",
        "critics",
        "observers",
        "experts",
        "analysts",
        "commentators",
        "most",
        "few",
        # unnamed members of a public ("Residents said"), as vague as "many residents"
        "residents",
        "locals",
        "neighbours",
        "neighbors",
        "voters",
        "parents",
        "passengers",
        "commuters",
    }
) | frozenset(w for w in lexicon.VAGUE_SOURCE_WORDS if " " not in w)
