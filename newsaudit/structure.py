"""Document structure: find the parts of a scraped news page that are not article body.

A scraped article carries page furniture in its text: the headline and subheads, newsletter
promotions, photo and reporting credits, an author biography, lists of related headlines and
copyright lines. None of it is reported speech, so the attribution rules must skip it.

The rules here are general (word lists and line shapes that hold across news sites), never the
strings of one page. They work line by line, because a scraped page puts one paragraph on a
line (some scrapers separate paragraphs with blank lines, some with single newlines; both give
the same lines). Each rule is cheap: precompiled regular expressions and word counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from newsaudit.report import Excluded
from newsaudit.textutil import LineIndex, lines

# --------------------------------------------------------------------------------------------
# Word lists. Each one is joined into a precompiled regular expression below.
# --------------------------------------------------------------------------------------------

# Calls to action that open a promotion. A news paragraph reports; it does not open with an
# imperative aimed at the reader, so an imperative from this list at the start of a line (or of
# a sentence inside a short line) is the strongest sign of a promo. Each verb carries the object
# it takes in promos ("share this", "follow us") so that body openings ("Share prices fell",
# "Follow-up talks") do not match.
CTA_PHRASES: tuple[str, ...] = (
    r"sign(?:-| )?up",
    r"subscribe",
    r"get (?:the best|the latest|our|your|unlimited|access|it delivered|breaking|a free|free|"
    r"the news|\w+ delivered)",
    r"download",
    r"follow (?:us|@)",
    r"follow\b[^.!?]{0,120}?\b(?:on|at) (?:twitter|x|facebook|instagram|threads|bluesky|tiktok|"
    r"linkedin|youtube)",
    r"on (?:twitter|facebook|instagram) follow",
    r"join (?:us|our|the conversation|now|today|the debate)",
    r"share (?:this|on|the story|the article|via)",
    r"click",
    r"tap (?:here|to)",
    r"read (?:more|the rest|the full|it all|our|next|also)",
    r"listen (?:to (?:the|our|this|it)|now|on|here)",
    r"watch (?:now|live|our|more|here)",
    r"like (?:us|the page|our page)",
    r"support (?:our|us|independent|quality)",
    r"donate",
    r"become a (?:member|subscriber|supporter|patron)",
    r"don[’']t miss",
    r"never miss",
    r"try (?:it |us )?(?:free|for free)",
    r"register (?:now|for free|here|today)",
    r"enter your",
    r"send (?:us|your|tips|news tips)",
    r"what do you think",
    r"tune in",
    r"let us know",
    r"tell us",
    r"leave a comment",
    r"comment below",
)

# Words that promotions are made of: what is offered (a newsletter, an app, a podcast), how it
# arrives (inbox, delivered, daily) and what it costs (free). Body text uses some of them, so
# they only add to a score; no single word makes a promo. Social networks are left out: quoted
# posts name them all the time, and "Follow X on Twitter" is caught as a call to action.
PROMO_WORDS: tuple[str, ...] = (
    r"newsletters?",
    r"inbox(?:es)?",
    r"e-?mails?",
    r"free",
    r"subscri(?:be|bers?|ption|ptions|bing)",
    r"delivered",
    r"apps?",
    r"podcasts?",
    r"briefings?",
    r"daily",
    r"weekly",
    r"sign(?:-| )?up",
    r"unlimited",
    r"notifications?",
    r"alerts?",
    r"here",
    r"below",
    r"above",
    r"page",
    r"members?hip",
    r"trial",
    r"offer",
)

# Whole lines that are page labels for ads and share widgets: a line that is nothing but one of
# these is never a sentence of the article.
PROMO_LABELS: tuple[str, ...] = (
    r"advertisement",
    r"advert",
    r"sponsored(?: content)?",
    r"paid (?:content|post)",
    r"story continues(?: below)?(?: advertisement)?",
    r"continue reading(?: below| the main story)?",
    r"skip (?:advertisement|ad)",
    r"share(?: this)?(?: article| story| page)?",
    r"read more",
)

# Notes that the piece was published somewhere else first: syndication furniture, not claims.
ORIGIN_NOTES: tuple[str, ...] = (
    r"(?:this|the) (?:article|story|piece|post|column) (?:was )?(?:originally|first) "
    r"(?:appeared|published|ran)",
    r"(?:this|the) (?:article|story|piece|post|column) (?:originally |first )?appear(?:ed|s) "
    r"(?:in|on|at)",
    r"a version of this (?:article|story|piece) (?:appeared|appears|was published)",
    r"as published in",
    r"originally published (?:in|on|at|by)",
)

# Verbs of saying and reporting. Promotions and link lists never attribute anything, so a line
# holding one of these is body text; it vetoes the promo and bio rules.
ATTRIBUTION_WORDS: tuple[str, ...] = (
    "said",
    "says",
    "told",
    "tells",
    "according to",
    "asked",
    "added",
    "reported",
    "announced",
    "stated",
    "wrote",
    "claimed",
    "argued",
    "insisted",
    "explained",
    "noted",
    "tweeted",
    "posted",
)

# Job titles of the people who write news. An author bio says "<Name> is a <title> at/for
# <outlet>"; in the body, people described this way are nearly always the ones being quoted,
# which is why the bio rule also needs the end-of-document position.
MEDIA_ROLES: tuple[str, ...] = (
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "journalist",
    "columnist",
    "contributor",
    "producer",
    "critic",
    "blogger",
    "commentator",
    "host",
    "anchor",
    "photographer",
    "freelancer",
    "contributing writer",
    "staff writer",
    "newsletter",
)

# Titles found in op-ed contributor notes ("X is a professor of law at Y"). A body paragraph can
# introduce an expert the same way, so these count only on the very last body paragraph.
EXPERT_ROLES: tuple[str, ...] = (
    "professor",
    "fellow",
    "lecturer",
    "scholar",
    "economist",
    "director",
    "chairman",
    "founder",
    "president",
    "author",
    "researcher",
    "analyst",
    "attorney",
    "lawyer",
)

# Verbs that describe an author's job without a title ("X covers politics for Y").
AUTHOR_VERBS: tuple[str, ...] = (
    "edits",
    "covers",
    "writes about",
    "writes for",
    "writes on",
    "reports on",
    "reports from",
    "co-hosts",
    "hosts",
)

# Career sentences that follow a bio's first sentence: where the author worked and studied.
CAREER_VERBS: tuple[str, ...] = (
    "worked",
    "joined",
    "has written",
    "wrote for",
    "writes for",
    "has covered",
    "covered",
    "previously",
    "began",
    "started",
    "spent",
    "holds",
    "graduated",
    "studied",
    "has a",
    "is the author",
    "is also",
    "has also",
    "was previously",
    "lives",
)

# Kicker labels that related-headline widgets print before a teaser: a section or format name
# followed by a capitalised headline ("Analysis The ...", "speed read Following ...").
KICKER_LABELS: tuple[str, ...] = (
    "speed read",
    "the explainer",
    "explainer",
    "today's big question",
    "the big question",
    "big question",
    "in the spotlight",
    "talking points",
    "analysis",
    "opinion",
    "in depth",
    "the big picture",
    "fact check",
    "exclusive",
    "breaking",
    "review",
    "interview",
    "in pictures",
    "the latest",
    "instant opinion",
    "feature",
    "podcast",
    "video",
)

# Labels that introduce a list of links to other stories.
RELATED_LABELS: tuple[str, ...] = (
    r"related(?: stories| articles| coverage| content| links| reading| news)?",
    r"more (?:from|on|about|in|stories)\b.{0,60}",
    r"also on\b.{0,40}",
    r"recommended(?: for you| reading| stories)?",
    r"most (?:read|popular|viewed|shared|emailed)",
    r"read (?:next|also)",
    r"see also",
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)",
    r"trending(?: now| stories)?",
    r"what to read next",
    r"further reading",
    r"(?:latest|more) (?:stories|headlines|news)",
    r"(?:editor['’]s )?picks",
)

# Agencies and photo desks that appear alone on a line as a picture credit.
PHOTO_AGENCIES: tuple[str, ...] = (
    "getty",
    "getty images",
    "reuters",
    "ap",
    "afp",
    "epa",
    "shutterstock",
    "alamy",
    "associated press",
    "pa",
    "pa images",
    "bloomberg",
    "ap images",
    "istock",
    "rex",
    "instagram",
    "twitter",
    "x",
    "facebook",
    "youtube",
    "nurphoto",
    "sipa",
    "anadolu",
)

# --------------------------------------------------------------------------------------------
# Thresholds.
# --------------------------------------------------------------------------------------------

# A promo line needs this score (see _promo_score); a line next to a promo needs only the
# lower one, because promos come in blocks (a title line, then a pitch line).
PROMO_THRESHOLD = 4
PROMO_NEIGHBOUR_THRESHOLD = 2
# Promotions are short; a long paragraph is body whatever words it holds.
PROMO_MAX_WORDS = 45
# Subheads are short, the standfirst under the headline longer; question subheads shorter.
SUBHEAD_MAX_WORDS = 15
STANDFIRST_MAX_WORDS = 40
QUESTION_MAX_WORDS = 12
# The headline: "short" when it has at most this many words.
HEADLINE_MAX_WORDS = 25
# A duplicated line counts as a scraped repeat only when it is this long (one-word quotes and
# "Yes." repeat legitimately).
REPEAT_MIN_WORDS = 5
# An author bio sits in the last part of the body.
BIO_TAIL_FRACTION = 0.6
# A teaser block in a related-links list: at most this many lines, each this short; a list is
# the related widget when this share of its blocks are teasers.
RELATED_MAX_WORDS = 40
TEASER_MAX_LINES = 3
TEASER_SHARE = 0.8
LABELLED_LIST_MAX_WORDS = 15
LABELLED_LIST_MAX_LINES = 12


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(words)


_CTA = _alternation(CTA_PHRASES)
# "For more from X, download ..." and "Just click here" lead into the same imperatives.
_CTA_LEAD = r"(?:for more\b[^,.]{0,60},\s*)?(?:just\s+|simply\s+)?"
_CTA_START = re.compile(rf"^\W{{0,3}}{_CTA_LEAD}(?:{_CTA})\b", re.I)
_CTA_INSIDE = re.compile(rf"[.!?:]['\"”’]?\s+{_CTA_LEAD}(?:{_CTA})\b", re.I)
_PROMO_WORD = re.compile(rf"\b(?:{_alternation(PROMO_WORDS)})\b", re.I)
_PROMO_LABEL = re.compile(rf"^\W*(?:{_alternation(PROMO_LABELS)})\W*$", re.I)
_ORIGIN_NOTE = re.compile(rf"^\W*(?:{_alternation(ORIGIN_NOTES)})\b", re.I)
_MEDIA_CTA = re.compile(
    r"^(?:watch|listen to|see|take a look at|check out)\b.{0,100}\b(?:below|above|here)\W*$",
    re.I,
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|you[’']ll|you[’']re)\b", re.I)
_URL = re.compile(
    r"https?://|www\.|\b[\w-]+\.(?:com|org|net|co\.uk|news)\b|\b\S+@\S+\.\w+|(?:^|\s)@\w+",
    re.I,
)
_BARE_LINK = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_ATTRIBUTION = re.compile(rf"\b(?:{_alternation(ATTRIBUTION_WORDS)})\b", re.I)

# A line of nothing but rule characters: the separator scrapers keep between page blocks.
_SEPARATOR = re.compile(r"^[-—–―‐•*|·_=~#+]{1,40}\.?$")
_RELATED_LABEL = re.compile(rf"^\W*(?:{_alternation(RELATED_LABELS)})\W*$", re.I)
_KICKER = re.compile(rf"^(?:{_alternation(KICKER_LABELS)})\s+[\"“‘'A-Z0-9]", re.I)

# Copyright: the © sign or the word at line start (not mid-word: mis-decoded "Ã©" holds ©).
_COPYRIGHT = re.compile(r"^\W{0,2}(?:©|\(c\)\s*\d{4}|copyright\b)|\ball rights reserved\b", re.I)

_NAME_WORD = r"[A-Z][\w'’.-]*"
_NAMES = rf"{_NAME_WORD}(?:(?:,\s*|\s+)(?:and\s+)?{_NAME_WORD}){{0,8}}"
# Credits name the people and desks that made the piece; these shapes say so explicitly.
_CREDIT_PATTERNS: tuple[re.Pattern[str], ...] = (
    # "(AP Photo/Evan Vucci)" ending a caption, or "Photo by X for Y"
    re.compile(r"\((?:\w+\s){0,3}photos?\s*/[^)]*\)\W*$", re.I),
    re.compile(r"^(?:photo|photograph|image|video|story|graphics?)s?\s+(?:\w+\s)?by\s+[A-Z]", re.I),
    # Wire credits: "(Reporting by ...; Editing by ...)", "Additional reporting by ..."
    # (the credit line opens with the role; a body sentence would open with its subject)
    re.compile(
        r"^\W{0,2}(?:additional\s+)?(?:reporting|editing|writing|compiled|research|"
        r"translated|translation|produced|fact[- ]checking)\s+(?:\w+\s+){0,2}by\b",
        re.I,
    ),
    re.compile(r"^(?:by|byline)\s*:?\s*" + _NAMES + r"\W*$"),
    re.compile(r"^(?:byline|contributing|contributors?)\s*:", re.I),
    re.compile(
        r"^\W{0,2}(?:contact|email|e-mail|reach|write to)\s+(?:the\s+)?"
        r"(?:reporter|writer|author|editor|us|him|her|them|" + _NAME_WORD + r")\b.{0,80}"
        r"(?:@|\bat\b)",
        re.I,
    ),
    re.compile(r"^(?:twitter|email|e-mail|instagram)\s*:\s*\S+\W*$", re.I),
    # "(h/t Outlet)": a hat tip naming where the story was found.
    re.compile(r"^\W{0,2}h/t\b", re.I),
    # "X contributed reporting." "X reported from Washington." at the end of wire copy.
    re.compile(
        r"^(?:(?:" + _NAMES + r"|(?:Associated Press|AP|staff)\s+(?:writers?|reporters?))"
        r"(?:\s+(?:writers?|reporters?|correspondents?)\s+" + _NAMES + r")?"
        r"\s+(?:also\s+)?(?:contributed(?:\s+(?:reporting|research|to this (?:report|story|"
        r"article)))?|reported)(?:\s+(?:from|in)\s+" + _NAMES + r")?\.\s*)+$"
    ),
    # "This story has been updated to ..." notes about the piece itself.
    re.compile(
        r"^(?:this|the) (?:story|article|post|piece|report) (?:has been|was|is being) "
        r"updated\b",
        re.I,
    ),
    re.compile(r"^this is a developing story\b", re.I),
)
# "Photo: X/Reuters", "Image credit: ...", "Credit: ...": a label, then a short credit (a long
# line after "Video:" or "Photo:" is a caption or an embed title, which may quote someone).
_PHOTO_LABEL = re.compile(
    r"^\W{0,2}(?:photo(?:graph)?s?|image|picture|illustration|main image|top image|credit|"
    r"image credit|photo credit|photos? by|pictures? by)\s*(?:by)?\s*[:/|]",
    re.I,
)
PHOTO_LABEL_MAX_WORDS = 12
# "Podcast produced by X", "Graphics by Y": short lines that name who made a part of the piece.
_PRODUCED_BY = re.compile(
    r"^(?:[\w’'-]+\s){0,2}(?:produced|edited|designed|photographed|illustrated|written|"
    r"compiled|translated|filmed|shot)\s+by\s+[A-Z]",
    re.I,
)
# Words allowed around agency names in a picture credit ("Jane Doe via Getty Images").
_AGENCY_WORDS = frozenset(PHOTO_AGENCIES) | {"via", "for", "and", "by", "images", "photo", "photos"}
_CREDIT_SIGNOFF = re.compile(r"^[-—–]\s?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\.?$")

# A dateline: "CITY, Region (AP) — ", "LONDON (Reuters) - ", "WASHINGTON — ". The city is in
# capitals; a region, a date and a wire tag in brackets may follow; then a dash with spaces.
_PLACE_WORD = r"(?:[A-Z][a-z][\w.'’-]*|(?:[A-Z]\.){1,3})"  # "Ukraine", "Pa.", "N.H."
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]*){0,3})"
    rf"(?:,\s{_PLACE_WORD}(?: {_PLACE_WORD}){{0,3}}){{0,2}}"
    r"(?:,?\s[A-Z][a-z]{2,8}\.?\s\d{1,2})?"
    r"(?:\s?\([A-Z][\w.&' -]{0,30}\))?"
    r"(?:\s+(?:—|–|--|-)\s*|(?:—|–)\s*)"
)

_BIO_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s)?[A-Z][\w'’.-]*(?:\s(?:\([^)]*\)\s)?[A-Z][\w'’.-]*){0,3}"
_NOT_NAME = re.compile(r"^(?:He|She|It|They|This|That|There|These|Those|We|I|You|Who|What)\b")


def _bio_first(roles: tuple[str, ...]) -> re.Pattern[str]:
    # "<Name>[, <appositive>,] is|was ... <role>" with the role in the first sentence.
    return re.compile(
        rf"^{_BIO_NAME}(?:,[^,]{{1,100}},)?\s(?:is|was|has been|serves as|works as)\s"
        rf"(?:[^.!?]|\.(?=\S)|(?<=[A-Z])\.){{0,150}}?\b(?i:{_alternation(roles)})s?\b"
    )


_BIO_MEDIA = _bio_first(MEDIA_ROLES)
_BIO_EXPERT = _bio_first(MEDIA_ROLES + EXPERT_ROLES)
_BIO_VERB = re.compile(rf"^{_BIO_NAME}\s(?:{_alternation(AUTHOR_VERBS)})\b")
_CAREER = re.compile(
    rf"(?:^|[.!?]['\"”’]?\s+)(?:(?:She|He|They|[A-Z][\w'’-]+)\s(?:\w+\s){{0,2}}?"
    rf"(?:{_alternation(CAREER_VERBS)})\b|Before joining\b|Prior to joining\b|Previously,)"
)

_QUOTE_START = re.compile(r"^[\"“”‘’'«»„]")
_QUOTE_MARK = re.compile(r"[\"“”«»„]|''")
_CLOSERS = ")]}\"”’'»*_ \u00a0"
_TERMINAL = ".!?…"
_QUESTION_WORD = re.compile(
    r"^(?:Why|What|How|Who|Whom|Whose|Where|When|Which|Is|Are|Was|Were|Has|Have|Had|Does|Do|"
    r"Did|Can|Could|Will|Would|Should|Shall|May|Might|Must)\b"
)
# Pronouns that point back into the previous paragraph: a question holding one continues the
# body ("How is that possible?"); a subhead stands alone ("Why does the port matter?"). "It" is
# left out: subheads use it for the story's event ("How did it happen?").
_BACK_REFERENCE = re.compile(r"\b(?:he|she|him|her|they|them|their|that|those|we|us|you|i)\b", re.I)
_SPEAKER_LABEL = re.compile(r"^(?:Q|A|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s?:")
_TIMESTAMP = re.compile(r"^\d{1,2}(?::\d{2})?\s?[ap]\.?\s?m\.?\s?(?:[A-Z]{2,4})?\s?:?$", re.I)
_NUMBER_ONLY = re.compile(r"^\d{1,3}[.)]?$")
# Words a title-case headline leaves in lower case.
_SMALL_WORDS = frozenset(
    (
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "but",
        "by",
        "with",
        "from",
        "as",
        "vs",
        "is",
        "are",
        "be",
        "into",
        "over",
        "after",
        "about",
        "up",
        "out",
        "off",
        "than",
        "its",
    )
)
_WORD = re.compile(r"[\w'’-]+")
_INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")


@dataclass(frozen=True, slots=True)
class _Line:
    """One non-empty line: its offsets (without the newline) and its text trimmed of spaces."""

    start: int
    end: int
    text: str
    words: int
    lead: int  # spaces before `text` on the line


_Label = tuple[str, str]


def find_excluded(
    text: str,
    paragraphs: Iterable[tuple[int, int]] | None = None,
    headings: Iterable[tuple[int, int]] | None = None,
) -> Iterator[Excluded]:
    """Yield the regions of `text` that are not article body, in text order.

    `paragraphs` are the document's paragraphs (by default its non-empty lines, as
    ``textutil.lines`` gives them); `headings` those its markup made headings, or None when
    it has no markup, in which case the headline and subheads are guessed from their shape.
    Each region is a whole paragraph, or for a dateline the start of a paragraph up to and
    including the dash and the space after it.
    Types: heading, promo, repeated, bio, related, credit, dateline, copyright.
    """
    doc = _split(text, lines(text) if paragraphs is None else paragraphs)
    if not doc:
        return
    labels: dict[int, _Label] = {}
    if headings is None:
        _mark_headline(doc, labels)
    else:
        marked = set(headings)
        for i, line in enumerate(doc):
            if (line.start, line.end) in marked:
                labels[i] = ("heading", "heading in the markup")
    _mark_line_rules(doc, labels)
    _mark_signoffs(doc, labels)
    _mark_promo_blocks(doc, labels)
    _mark_labelled_lists(doc, labels)
    tail = _mark_related_tail(doc, labels)
    _mark_bio(doc, labels, tail)
    _mark_repeated(doc, labels)
    if headings is None:
        _mark_headings(doc, labels)
    regions = [(doc[i].start, doc[i].end, kind, why) for i, (kind, why) in labels.items()]
    regions.extend(_datelines(doc, labels))
    index = LineIndex(text)
    for start, end, kind, why in sorted(regions):
        yield Excluded(kind, start, end, index.line(start), why)


def _split(text: str, spans: Iterable[tuple[int, int]]) -> list[_Line]:
    """The paragraphs of `text` with their offsets, trimmed text and word counts."""
    out = []
    for start, end in spans:
        raw = text[start:end]
        stripped = " ".join(raw.split()) if "\n" in raw else raw.strip()
        lead = len(raw) - len(raw.lstrip())
        out.append(_Line(start, end, stripped, len(stripped.split()), lead))
    return out


# ----------------------------------------------------------------------------- line shapes


def _has_terminal(text: str) -> bool:
    """Whether the line ends like a sentence: . ! ? … or a closing quotation mark."""
    if text and text[-1] in "\"”’'»":
        return True
    core = text.rstrip(_CLOSERS)
    return bool(core) and core[-1] in _TERMINAL


def _is_separator(text: str) -> bool:
    return bool(_SEPARATOR.match(text))


def _is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _is_title_case(text: str) -> bool:
    """Every content word capitalised, as headlines are written and sentences are not."""
    if _INNER_SENTENCE_END.search(text):
        return False
    words = [w for w in _WORD.findall(text) if w.lower() not in _SMALL_WORDS]
    if len(words) < 4:
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in words)


def _starts_upper(text: str) -> bool:
    first = text.lstrip("\"“‘'([")[:1]
    return first.isupper() or first.isdigit()


# ----------------------------------------------------------------------------- headline


def _mark_headline(doc: list[_Line], labels: dict[int, _Label]) -> None:
    """The first line is the headline when it is short or is not a sentence."""
    first = doc[0]
    if _DATELINE.match(first.text) or len(doc) == 1:
        return
    unfinished = not _has_terminal(first.text) and first.words <= STANDFIRST_MAX_WORDS
    if first.words <= HEADLINE_MAX_WORDS or unfinished:
        labels[0] = ("heading", "headline")
        # A headline ending in ";" or ":" continues on the next line (a two-deck headline).
        if first.text.endswith((";", ":")) and len(doc) > 2 and doc[1].words <= HEADLINE_MAX_WORDS:
            labels[1] = ("heading", "second deck of the headline")


# ----------------------------------------------------------------------------- context-free


def _mark_line_rules(doc: list[_Line], labels: dict[int, _Label]) -> None:
    """Label every line that its own text marks as furniture."""
    for i, line in enumerate(doc):
        if i in labels:
            continue
        label = _line_label(line.text, line.words)
        if label:
            labels[i] = label


def _line_label(text: str, words: int) -> _Label | None:
    """Rules that need only the line itself, most specific first."""
    if _is_separator(text):
        return ("related", "separator line between page blocks")
    if words <= 40 and _COPYRIGHT.search(text):
        return ("copyright", "copyright notice")
    if words <= 60 and _is_credit(text, words):
        return ("credit", "photo, reporting or editing credit")
    promo = _promo_reason(text, words)
    if promo:
        return ("promo", promo)
    if _RELATED_LABEL.match(text):
        return ("related", "label of a related-stories list")
    if _BARE_LINK.match(text):
        return ("related", "bare link")
    return None


def _is_credit(text: str, words: int) -> bool:
    if words <= PHOTO_LABEL_MAX_WORDS and (_PHOTO_LABEL.match(text) or _PRODUCED_BY.match(text)):
        return True
    if any(p.search(text) for p in _CREDIT_PATTERNS):
        return True
    return words <= 6 and _is_agency_line(text)


def _is_agency_line(text: str) -> bool:
    """A picture credit: "Getty.", "John Smith/Reuters", "Jane Doe via Getty Images".

    One agency name alone, or an agency joined to a photographer's name by "/" or "via".
    """
    if text.endswith(":"):
        return False
    tokens = re.findall(r"[A-Za-z]+", text.lower())
    if " ".join(tokens) in PHOTO_AGENCIES:
        return True
    if not any(t in PHOTO_AGENCIES for t in tokens):
        return False
    if not ("/" in text or "via" in tokens or "getty" in tokens):
        return False
    names = [t for t in re.findall(r"[A-Za-z’']+", text) if t.lower() not in _AGENCY_WORDS]
    return all(n[0].isupper() for n in names) and len(names) <= 4


def _mark_signoffs(doc: list[_Line], labels: dict[int, _Label]) -> None:
    """A "- Name" line closing a section is the author's sign-off.

    After a quotation the same shape names the speaker, which the attribution rules need.
    """
    for i, line in enumerate(doc):
        if i in labels or line.words > 4 or not _CREDIT_SIGNOFF.match(line.text):
            continue
        if i > 0 and _has_closing_quote(doc[i - 1].text):
            continue
        labels[i] = ("credit", "author sign-off")


def _has_closing_quote(text: str) -> bool:
    core = text.rstrip(" .\u00a0")
    return bool(core) and (core[-1] in "\"”’'»" or bool(_QUOTE_START.match(text)))


def _promo_reason(text: str, words: int) -> str | None:
    if _PROMO_LABEL.match(text):
        return "advertising or sharing label"
    if _ORIGIN_NOTE.match(text):
        return "note that the article was first published elsewhere"
    if _MEDIA_CTA.match(text) and words <= 25:
        return "call to play embedded media"
    if _promo_score(text, words, gated=True) >= PROMO_THRESHOLD:
        return "newsletter, subscription or follow promotion"
    return None


def _promo_score(text: str, words: int, gated: bool) -> int:
    """How much the line reads like a promotion (see CTA_PHRASES and PROMO_WORDS).

    With `gated`, a line must also address the reader (an imperative, "you", a link, or no
    final full stop) before vocabulary counts: "The daily briefing is delivered by email." is
    a sentence about a product, not a pitch.
    """
    if words > PROMO_MAX_WORDS or _QUOTE_START.match(text) or _ATTRIBUTION.search(text):
        return 0
    if text.startswith("<"):  # embedded markup (a tweet) quotes someone else
        return 0
    cta_start = bool(_CTA_START.match(text))
    cta_inside = bool(_CTA_INSIDE.search(text))
    you = bool(_SECOND_PERSON.search(text))
    url = bool(_URL.search(text))
    if gated and not (cta_start or cta_inside or you or url or not _has_terminal(text)):
        return 0
    vocab = len({m.group().lower() for m in _PROMO_WORD.finditer(text)})
    score = 3 * cta_start + 2 * cta_inside + min(vocab, 4) + you + url
    score += 1 if words <= 25 else 0
    score -= 2 if words > 35 else 0
    return score


def _mark_promo_blocks(doc: list[_Line], labels: dict[int, _Label]) -> None:
    """Promos come in blocks: a line next to a promo that leans promotional joins it."""
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(doc):
            if i in labels or not _next_to(labels, i, "promo", len(doc)):
                continue
            if not 3 <= line.words <= 30:
                continue
            if _promo_score(line.text, line.words, gated=True) >= (PROMO_NEIGHBOUR_THRESHOLD):
                labels[i] = ("promo", "part of a promotion block")
                changed = True


def _next_to(labels: dict[int, _Label], i: int, kind: str, n: int) -> bool:
    return any(0 <= j < n and labels.get(j, ("",))[0] == kind for j in (i - 1, i + 1))


# ----------------------------------------------------------------------------- related lists


def _mark_labelled_lists(doc: list[_Line], labels: dict[int, _Label]) -> None:
    """Short title lines under a "Related:" or "More from ..." label are links."""
    for i in [i for i in sorted(labels) if _RELATED_LABEL.match(doc[i].text)]:
        for j in range(i + 1, min(len(doc), i + 1 + LABELLED_LIST_MAX_LINES)):
            line = doc[j]
            if j in labels:
                if labels[j][0] in ("related", "promo"):
                    continue
                break
            if not _is_link_title(line):
                break
            labels[j] = ("related", "headline in a related-stories list")


def _is_link_title(line: _Line) -> bool:
    return (
        line.words <= LABELLED_LIST_MAX_WORDS
        and _starts_upper(line.text)
        and not _QUOTE_START.match(line.text)
        and not line.text.endswith(":")
    )


def _mark_related_tail(doc: list[_Line], labels: dict[int, _Label]) -> int:
    """Mark teaser blocks between separators; return where the related tail starts.

    A related-headlines widget is a run of short blocks (a headline, then a kicker or section
    line) with a separator line between them. From the first separator after which the rest of
    the document is such a run, everything is the widget. A single block between two
    separators mid-document is the widget too when it looks like a teaser.
    """
    seps = [i for i in sorted(labels) if _is_separator(doc[i].text)]
    bounds = [*seps, len(doc)]
    spans = zip(bounds, bounds[1:], strict=False)
    blocks = [[doc[j] for j in range(a + 1, b) if j not in labels] for a, b in spans]
    tail = next((seps[k] for k in _list_tail_starts(blocks)), len(doc))
    for j in range(tail, len(doc)):
        labels.setdefault(j, ("related", "related-headlines list"))
    for k, (a, b) in enumerate(zip(seps, seps[1:], strict=False)):
        if blocks[k] and _is_teaser_block(blocks[k]):
            for j in range(a + 1, b):
                labels.setdefault(j, ("related", "teaser in a related-headlines list"))
    return tail


def _list_tail_starts(blocks: list[list[_Line]]) -> Iterator[int]:
    """Yield each k (in order) such that blocks k, k+1, ... to the end form a related list.

    Counts are kept from the end, so a page with many separators stays linear.
    """
    ok = [False] * len(blocks)
    filled = teasers = 0
    single_ok = False  # when one block remains: a teaser with no finished sentence
    for k in range(len(blocks) - 1, -1, -1):
        if blocks[k]:
            filled += 1
            teaser = _is_teaser_block(blocks[k])
            teasers += teaser
            single_ok = teaser and not any(_has_terminal(ln.text) for ln in blocks[k])
        if filled <= 1:
            ok[k] = filled == 0 or single_ok
        else:
            ok[k] = teasers >= TEASER_SHARE * filled
    yield from (k for k in range(len(blocks)) if ok[k])


def _is_teaser_block(block: list[_Line]) -> bool:
    """A headline and its kicker: one to three short lines, not a run of finished sentences."""
    if not 1 <= len(block) <= TEASER_MAX_LINES:
        return False
    if any(ln.words > RELATED_MAX_WORDS for ln in block):
        return False
    if any(_KICKER.match(ln.text) for ln in block):
        return True
    return not all(_has_terminal(ln.text) for ln in block)


# ----------------------------------------------------------------------------- author bio


def _mark_bio(doc: list[_Line], labels: dict[int, _Label], tail: int) -> None:
    """An author bio: "<Name> is a writer at ..." in the last part of the body."""
    body = [i for i in range(tail) if i not in labels]
    if not body:
        return
    cutoff = doc[0].start + BIO_TAIL_FRACTION * (doc[tail - 1].end - doc[0].start)
    for i in body:
        before_list = i == tail - 1 and tail < len(doc)
        if doc[i].start < cutoff and not before_list:
            continue
        if _is_bio(doc[i].text, is_last=i == body[-1], before_list=before_list):
            labels[i] = ("bio", "author biography")
            _mark_career(doc, labels, i + 1, tail)
            return


def _is_bio(text: str, is_last: bool, before_list: bool) -> bool:
    """A bio opens with a name and the author's job; mid-body, it also needs career sentences.

    Op-ed contributor notes ("X is a professor at Y") count only as the last body paragraph.
    """
    if _QUOTE_START.match(text) or _ATTRIBUTION.search(text) or _NOT_NAME.match(text):
        return False
    at_end = is_last or before_list
    if _BIO_MEDIA.match(text) or _BIO_VERB.match(text):
        return at_end or bool(_CAREER.search(text, 1))
    return at_end and len(text.split()) <= 60 and bool(_BIO_EXPERT.match(text))


def _mark_career(doc: list[_Line], labels: dict[int, _Label], start: int, tail: int) -> None:
    """Paragraphs after a bio that go on with the author's career belong to it."""
    for j in range(start, tail):
        if j in labels or _ATTRIBUTION.search(doc[j].text) or not _CAREER.match(doc[j].text):
            return
        labels[j] = ("bio", "author biography")


# ----------------------------------------------------------------------------- repeats


def _mark_repeated(doc: list[_Line], labels: dict[int, _Label]) -> None:
    """A line whose text already appeared is a scraping duplicate."""
    seen: set[str] = set()
    for i, line in enumerate(doc):
        key = " ".join(line.text.split())
        if key in seen and i not in labels and line.words >= REPEAT_MIN_WORDS:
            labels[i] = ("repeated", "duplicate of an earlier line")
        seen.add(key)


# ----------------------------------------------------------------------------- headings


def _mark_headings(doc: list[_Line], labels: dict[int, _Label]) -> None:
    """Label standfirsts, subheads and section labels among the lines still unlabelled."""
    has_headline = labels.get(0, ("",))[0] == "heading"
    for i in range(len(doc)):
        if i in labels:
            continue
        reason = _heading_reason(doc, i, standfirst_slot=has_headline and i == 1)
        if reason:
            labels[i] = ("heading", reason)


def _heading_reason(doc: list[_Line], i: int, standfirst_slot: bool) -> str | None:
    """Why line `i` is a heading, or None. `standfirst_slot`: it follows the headline."""
    line = doc[i]
    text = line.text
    if _TIMESTAMP.match(text):
        return "time stamp of a live-blog entry"
    if _NUMBER_ONLY.match(text):
        return "number of a list item"
    if _in_running_text(doc, i):
        return None
    if line.words <= QUESTION_MAX_WORDS and _is_all_caps(text) and _is_label_shape(text):
        return "section label in capitals"
    if _is_subhead_shape(text):
        if standfirst_slot and line.words <= STANDFIRST_MAX_WORDS:
            return "standfirst under the headline"
        if line.words <= SUBHEAD_MAX_WORDS:
            return "subheading"
    if (
        line.words <= SUBHEAD_MAX_WORDS
        and _is_title_case(text)
        and _is_label_shape(text)
        and not _QUOTE_MARK.search(text)
    ):
        return "subheading in title case"
    if _is_question_subhead(doc, i):
        return "question subheading"
    return None


def _in_running_text(doc: list[_Line], i: int) -> bool:
    """A line that a paragraph break split from its sentence, or an item of an announced list.

    A line after one ending in ":" is what the colon announces (a quote, a list item); a line
    followed by one starting in lower case was cut mid-sentence by the scraper.
    """
    if i > 0 and doc[i - 1].text.endswith(":"):
        return True
    following = doc[i + 1].text[:1] if i + 1 < len(doc) else ""
    return following.islower()


def _is_label_shape(text: str) -> bool:
    """Not a bracketed aside, a lead-in to a quote, a speaker's line or a quote's sign-off."""
    return (
        not text.startswith(("(", "[", "<"))
        and not text.endswith(":")
        and not _SPEAKER_LABEL.match(text)
        and not (_QUOTE_MARK.search(text) and _ATTRIBUTION.search(text))
    )


def _is_subhead_shape(text: str) -> bool:
    """A short line that does not end like a sentence (nor leads into a quote or a list)."""
    return (
        _starts_upper(text)
        and not _has_terminal(text)
        and not text.endswith((":", ",", ";", "-", "—", "–"))
        and not _QUOTE_START.match(text)
        and not text.startswith(("<", "[", "{"))
        and not _SPEAKER_LABEL.match(text)
    )


def _is_question_subhead(doc: list[_Line], i: int) -> bool:
    """A short standalone question between body paragraphs: "Why does the port matter?"."""
    text = doc[i].text
    if not (0 < i < len(doc) - 1) or doc[i].words > QUESTION_MAX_WORDS or doc[i].words < 3:
        return False
    return (
        text.endswith("?")
        and bool(_QUESTION_WORD.match(text))
        and text.count("?") == 1
        and not _QUOTE_MARK.search(text)
        and not _SPEAKER_LABEL.match(text)
        and not _BACK_REFERENCE.search(text)
        and doc[i + 1].words > QUESTION_MAX_WORDS
    )


# ----------------------------------------------------------------------------- datelines


def _datelines(doc: list[_Line], labels: dict[int, _Label]) -> list[tuple[int, int, str, str]]:
    """The "CITY (AP) — " prefix of the first body paragraphs."""
    out = []
    body = [i for i in range(len(doc)) if i not in labels][:2]
    for i in body:
        m = _DATELINE.match(doc[i].text)
        if m and m.end() < len(doc[i].text):
            end = doc[i].start + doc[i].lead + m.end()
            out.append((doc[i].start, end, "dateline", "dateline of a wire story"))
    return out
