"""Direct quotes whose speaker is not found through a clause: the cue is looked for
around the quotation instead.

'"…," she said.' / 'She said: "…"' / '"…," said X.' / '"…" — X'. The parser
often leaves a long quotation unattached to its cue (or splits it into sentences), so
the speaker is taken from the nearest speech verb outside the marks, in the sentences the
quotation starts and ends in. Labels and lead-ins ('Ryan: "…"') are ``rules.labels``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from newsaudit.quotes import Quote
from newsaudit.rules.base import (
    FINITE_TAGS,
    Candidate,
    cue_entry,
    mention,
    offsets,
    subject_of,
)
from newsaudit.rules.labels import clause_speaker
from newsaudit.rules.tokens import (
    CLAUSE_SUBJECTS,
    CUE_POS,
    DASHES,
    discourse_marker,
    saying_in_s,
)

# Verbs whose participle, right before a quotation, gives the name a thing goes by ("a
# group called …", "a bill dubbed …"). Not "titled": a title is its author's own words
# ("released a memo titled '…'", which PolNeAR annotators mark as the author's quote).
NAMING_VERBS = frozenset({"call", "name", "dub", "nickname"})
# "he said." after a closing mark can be split off as a sentence of its own.
SHORT_TAIL_TOKENS = 12
# How far after a closing mark a speaker and an unlisted verb are looked for.
MAX_SPEAKER_TOKENS = 4
# How long a verbless sign-off may run: a name and a title ('"…," Ana Ruiz, Director of
# the Harbour Air and Marine Branch.').
MAX_SIGNOFF_TOKENS = 20


def is_quotation(text: str, quote: Quote) -> bool:
    """Whether a quote holds someone's words rather than a scare quote or a title.

    One or two words ('a "trick"') are scare quotes; a short run of capitalised words
    without a final stop ('the "Harbour Watch" podcast', '"Shorty"', 'in "The Morning
    Show,"') is a title or a nickname.
    """
    start, end = quote.inner
    words = text[start:end].split()
    if len(words) > 2:
        return not _is_title(words)
    # '"It's fine," Okafor said': a short quotation that opens its sentence and ends on
    # its own stop or comma is an utterance, not a scare quote or a title
    titled = len(words) > 1 and _is_title(words)
    return (
        bool(words)
        and _opens_sentence(text, quote.start)
        and _ends_utterance(words[-1])
        and not titled
    )


def is_name(doc: Doc, quote: Quote) -> bool:
    """Whether a quotation is the name something goes by, not anyone's words: right after a
    participle of naming that describes a noun ('a Facebook group called "We back the
    dockers"', 'a plan known as "Fair Shares"', 'the so-called "dock tax"'). A finite verb
    of naming says how someone put it ('which the mayor called "a betrayal"')."""
    mark = doc.char_span(quote.start, quote.start + quote.width, alignment_mode="expand")
    if mark is None or mark.start == 0:
        return False
    if doc.text[: mark.start_char].rstrip().lower().endswith("so-called"):
        return True
    before = doc[mark.start - 1]
    namer = before.head if before.lower_ == "as" and before.dep_ == "prep" else before
    known_as = before.lower_ == "as" and namer.lower_ == "known"
    naming = known_as or namer.lemma_.lower() in NAMING_VERBS
    return (
        naming
        and namer.dep_ in ("acl", "amod")  # a participle on a noun, even if tagged a past
        and namer.tag_ in ("VBN", "VBD")
        # set off by a comma it is a clause of its own ("which Apple's chief, Tim Cook,
        # called 'total nonsense'"), not the name of what comes before
        and namer.i > 0
        and not doc[namer.i - 1].is_punct
        # with a subject or a namer of its own it says who put it so ("a decision that the
        # director called '…'", "a plan called 'reckless' by the union")
        and not any(c.dep_ in CLAUSE_SUBJECTS or c.dep_ == "agent" for c in namer.children)
    )


def _opens_sentence(text: str, start: int) -> bool:
    """Whether nothing but a finished sentence or a paragraph break comes before."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    if not before or before[-1] == "\n":
        return True
    return before[-1] in ".!?" or (before[-1] in CLOSING_MARKS and before[-2:-1] in (".", "!", "?"))


def _ends_utterance(word: str) -> bool:
    """Whether a quotation's last word ends on a stop, a question or exclamation mark or the
    comma before its speaker."""
    return word[-1:] in ",.!?"


def _is_title(words: list[str]) -> bool:
    """A short run of capitalised words with no final stop: a title or a nickname. A title
    keeps the comma American style puts inside the marks ("“The Morning Show,”")."""
    titled = all(w[:1].isupper() or not w[:1].isalpha() for w in words if len(w) > 3)
    return titled and len(words) <= 6 and words[-1][-1:] not in ".!?"


# Marks that close a quotation, after which a sentence's stop may come inside them.
CLOSING_MARKS = frozenset({'"', "”", "’", "'"})


# Words that name what a quote holds ("known as “the Accountant”", "so-called
# “carousel” voting", "a trial called “RENEW”"): the quote is a name, not words said.
NAMING_WORDS = ("known as", "so-called", "called", "named", "dubbed", "nicknamed", "titled")


def gives_words(text: str, quote: Quote) -> bool:
    """Whether a quote inside reported speech gives the speaker's own words, which make
    the attribution ``mixed`` ('conceded the company had "moved fast"') -- not a scare
    quote of one word ('the "smart" terminal'), a name after a naming word ('known as
    "RENEW-3"', 'called a "stealth tax"') or a run of capitalised words that is a title
    or a nickname ('"the Accountant"')."""
    start, end = quote.inner
    words = text[start:end].split()
    if len(words) <= 1:
        return False
    before = " ".join(text[max(0, quote.start - 20) : quote.start].lower().split())
    before = re.sub(r" (?:a|an|the)$", "", before)  # "is being called a "stealth tax""
    return not before.endswith(NAMING_WORDS) and not _is_title(words)


def find_direct(doc: Doc, quotes: Iterable[Quote], quoted: set[int]) -> Iterator[Candidate]:
    """Yield a candidate for each quotation whose speaker is named around it."""
    for quote in quotes:
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        found = (
            _speech_verb(doc, span.start, span.end, quoted)
            or _dash_speaker(doc, span.end)
            or _named_after_comma(doc, span)
        )
        if found is None:
            continue
        cue, source = found
        yield Candidate(
            kind="direct",
            category="statement",
            cue=cue,
            content=(quote.start, quote.end),
            source=source,
            tone=_tone(doc, cue),
            rule="direct",
        )


def _tone(doc: Doc, cue: tuple[int, int]) -> str:
    span = doc.char_span(*cue, alignment_mode="expand")
    entry = cue_entry(span[0]) if span is not None and len(span) else None
    return entry.tone if entry else "neutral"


def _speech_verb(doc: Doc, q_start: int, q_end: int, quoted: set[int]):
    first_sent = doc[q_start].sent
    last_sent = doc[q_end - 1].sent
    window = list(range(first_sent.start, q_start)) + list(range(q_end, last_sent.end))
    after = doc[q_end : last_sent.end]
    cut = any(t.pos_ == "PROPN" for t in after) and not any(t.pos_ in CUE_POS for t in after)
    if cut and last_sent.end < len(doc) and _cut_at_abbreviation(last_sent):
        # '"…," Minister of Trade, the Hon. Ruth Achebe, told …': the stop of an
        # abbreviated title ends the sentence before the speaker's name and verb
        window += list(range(last_sent.end, doc[last_sent.end].sent.end))
    if q_end < len(doc) and doc[q_end].is_sent_start:
        tail = doc[q_end].sent
        if len(tail) <= SHORT_TAIL_TOKENS:
            window += list(range(tail.start, tail.end))
        elif _opens_with_speaker(tail):
            # '"…?" Okafor said of the operator in March, when …': a long sentence split
            # off after the closing mark still opens with its speaker and verb
            window.append(tail.root.i)
    verbs = []
    for i in window:
        token = doc[i]
        if i in quoted or token.pos_ not in ("VERB", "AUX") or discourse_marker(token):
            continue
        entry = cue_entry(token)
        if entry is not None and entry.category == "statement":
            verbs.append(token)
    # a verb in a relative clause describes someone ("said his aunt, who raised him."):
    # the main clause's speech verb goes first, however far
    for verb in sorted(verbs, key=lambda t: (t.dep_ == "relcl", _distance(t, q_start, q_end))):
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            if _passive_of_something_else(verb, q_start):
                continue  # '"…" She noted that VAT was added.': the passive is of VAT
            # 'has been described as "…"': the subject of a passive is not the speaker
            return offsets(verb, verb), None
        subject = subject_of(verb)
        if (subject is None or subject.i in quoted) and q_end <= verb.i:
            subject = _named_before(doc, q_end, verb)
        # a speech verb with nobody speaking ("…, compared to 11%") is no cue
        if subject is not None and subject.i not in quoted:
            return offsets(verb, verb), mention(subject)
    return (
        _unlisted_verb(doc, q_start, q_end, quoted)
        or _unlisted_lead(doc, q_start, quoted)
        or (clause_speaker(doc[q_start - 1], quoted) if doc[q_start - 1].text == ":" else None)
        or _glued_speaker(doc, q_start, q_end)
    )


def _named_before(doc: Doc, q_end: int, verb: Token) -> Token | None:
    """'"…," Minister of Agriculture, Senator the Hon. Marcus Daley, told the agency':
    the parser may join the verb after a quotation to the quoted clause's own verb and
    hang the name between on that; a name or noun right before the verb, after the
    closing mark, is its speaker."""
    if not verb.head.i < q_end or verb.dep_ not in ("conj", "ccomp", "parataxis"):
        return None
    word = doc[verb.i - 1]
    if word.is_punct and word.i > q_end:
        word = doc[word.i - 1]
    return word if word.i >= q_end and word.pos_ in ("PROPN", "NOUN") else None


def _passive_of_something_else(verb: Token, q_start: int) -> bool:
    """A passive after the quotation, in a clause set inside another, whose subject is a
    thing named there ("…” Manning reminded senators that VAT was added."): it reports
    what was done to that thing, not that the quotation was said ('"…," it was added',
    '"…" Okafor was quoted as saying')."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return (
        verb.i > q_start
        and verb.dep_ in ("ccomp", "relcl", "advcl")
        and subject is not None
        and subject.pos_ in ("NOUN", "PROPN")
    )


def _unlisted_lead(doc: Doc, q_start: int, quoted: set[int]):
    """ "Okafor went on, '…'", "She shrugged: '…'": a speaker's clause that ends on a comma
    or a colon just before the quotation introduces it, whatever the verb ("went on",
    "laughed"), as long as nothing but the verb, its particle and its named subject come
    before."""
    if q_start < 3 or doc[q_start - 1].text not in (",", ":"):
        return None
    last = doc[q_start - 2]
    if _joined_speech_noun(last):
        return _joined_speech(last, quoted)
    verb = last.head if last.dep_ == "prt" else last
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in FINITE_TAGS:
        return None
    subject = subject_of(verb)
    if subject is None or subject.i in quoted or subject.pos_ not in ("PROPN", "PRON"):
        return None
    if subject.left_edge.i != verb.sent.start or any(
        t.i not in range(subject.left_edge.i, subject.right_edge.i + 1)
        for t in doc[verb.sent.start : verb.i]
    ):
        return None  # "After the vote, Okafor went on, …": more than a speaker and a verb
    return offsets(verb, last), mention(subject)


def _joined_speech_noun(word: Token) -> bool:
    """ "He sets it on the table and whispers, '…'": a verb of saying in "-s" after "and",
    which the tagger, after a noun, reads as a plural noun joined to it."""
    return word.tag_ == "NNS" and word.i > 0 and word.nbor(-1).lower_ == "and" and saying_in_s(word)


def _joined_speech(word: Token, quoted: set[int]):
    """The speaker of a verb of saying misread as a noun after "and": the subject of the
    verb the "and" joins it to."""
    verb = next((t for t in word.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subject = subject_of(verb) if verb is not None and verb.tag_ in FINITE_TAGS else None
    if subject is None or subject.i in quoted or subject.pos_ not in ("PROPN", "PRON", "NOUN"):
        return None
    return offsets(word, word), mention(subject)


def _cut_at_abbreviation(sent: Span) -> bool:
    """Whether a sentence ends on a short capitalised abbreviation ("the Hon.", "Rt."),
    where the splitter, not the writer, ended it."""
    last = sent[-1]
    word = sent[-2] if last.text == "." and len(sent) > 1 else last
    short = word.text.rstrip(".")
    return last.text.endswith(".") and short.istitle() and len(short) <= 4


def _opens_with_speaker(sent: Span) -> bool:
    """ "Okafor said …" / "said Okafor, …": the sentence opens with its main verb and its
    subject, nothing else before them."""
    root = sent.root
    subject = subject_of(root) if root.pos_ in ("VERB", "AUX") else None
    return subject is not None and _adjacent(subject, root, sent.start)


def _unlisted_verb(doc: Doc, q_start: int, q_end: int, quoted: set[int]):
    """'"Go back to the office," Okafor barked': a quotation closed on a comma, a question
    or an exclamation mark runs on into its speaker's clause, so a verb that follows it at
    once with its subject is the cue whatever the verb ("barked", "shrugged")."""
    closing = doc[q_end - 2].text if q_end - 2 > q_start else ""
    if closing not in (",", "?", "!") or q_end >= len(doc):
        return None
    for token in doc[q_end : min(q_end + MAX_SPEAKER_TOKENS, len(doc))]:
        if token.pos_ not in ("VERB", "AUX") or token.tag_ not in FINITE_TAGS:
            continue
        subject = subject_of(token)
        if subject is None or subject.i in quoted or subject.pos_ not in ("PROPN", "PRON"):
            return None
        if not _adjacent(subject, token, q_end):
            return None
        return offsets(token, token), mention(subject)
    return None


def _glued_speaker(doc: Doc, q_start: int, q_end: int):
    """'"…," Viguerie notes.': a name and a verb of saying in "-s" closing the sentence
    after a quotation closed on a comma, which the parser reads as one noun phrase (the
    name a compound of the verb, or the verb a plural noun). Two capitalised-then-"-s"
    words and the stop are all the tail holds, so the name is the speaker."""
    closing = doc[q_end - 2].text if q_end - 2 > q_start else ""
    if closing != "," or q_end >= len(doc):
        return None
    tail = [t for t in doc[q_end : doc[q_end].sent.end] if not t.is_space]
    if len(tail) != 3 or tail[2].text != ".":
        return None
    name, verb = tail[0], tail[1]
    if not name.text[:1].isupper() or name.pos_ in ("PRON", "DET"):
        return None
    if not saying_in_s(verb):
        return None
    return offsets(verb, verb), mention(name)


def _adjacent(subject: Token, verb: Token, start: int) -> bool:
    """Whether a subject and its verb open at ``start``, side by side ("Okafor said",
    "said Okafor", "Okafor, a pilot, said")."""
    if verb.i < subject.i:
        return verb.i == start and subject.left_edge.i == verb.i + 1
    between = verb.doc[subject.right_edge.i + 1 : verb.i]
    return subject.left_edge.i == start and all(t.is_punct for t in between)


def _distance(token: Token, q_start: int, q_end: int) -> int:
    return q_start - token.i if token.i < q_start else token.i - q_end


def _dash_speaker(doc: Doc, q_end: int):
    # '"…" — Maria Okonjo': a dash after the closing mark and a name to the paragraph end.
    if q_end >= len(doc) or doc[q_end].text not in DASHES:
        return None
    rest = doc[q_end + 1 :]
    names = [t for t in rest if not t.is_punct]
    if not names or len(names) > 6 or names[0].pos_ != "PROPN":
        return None
    head = rest.root
    return offsets(doc[q_end], doc[q_end]), mention(head)


def _named_after_comma(doc: Doc, quote: Span):
    """'"…," Ana Ruiz, Director of the Harbour Branch.': a quotation closed on a comma,
    then a person's name (and a title set off after it) ending the sentence with no verb,
    is signed off by that person, as press releases and captions credit a quote. The
    comma is the cue, as the dash is in '"…" — Ana Ruiz'."""
    inner_comma = len(quote) > 1 and quote[-2].text == "," and quote[-1].is_quote
    after = doc[quote.end] if quote.end < len(doc) else None
    comma = quote[-2] if inner_comma else after
    if comma is None or comma.text != ",":
        return None
    first = quote.end + (0 if inner_comma else 1)
    name = _signing_name(doc, first)
    if name is None:
        return None
    tail = doc[first : doc[first].sent.end]
    words = [t for t in tail if not t.is_punct and not t.is_space]
    if len(words) > MAX_SIGNOFF_TOKENS or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    if tail[-1].text not in (".", "!") and tail.end != len(doc):
        return None
    return offsets(comma, comma), mention(name)


def _signing_name(doc: Doc, first: int) -> Token | None:
    """The last word of a person's name of two to four capitalised words starting at
    ``first`` and closed by a comma or the sentence's end (the tagger, just after a
    quotation, may call the name a work of art or nothing)."""
    if first >= len(doc) or doc[first].ent_type_ not in ("PERSON", "WORK_OF_ART", ""):
        return None
    end = first
    while end < len(doc) and end - first < 4 and doc[end].pos_ == "PROPN":
        end += 1
    if end - first < 2 or end >= len(doc) or doc[end].text not in (",", ".", "!"):
        return None
    if not all(t.text[:1].isupper() for t in doc[first:end]):
        return None
    return doc[end - 1]
