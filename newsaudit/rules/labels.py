"""Labels and lead-ins: whose words follow a colon.

A headline or social copy attributes with a name and a colon ('Ryan: "…"'), an interview
transcript with "Q:" and "A:", a broadcast script with its roles ("Anchor:"); a clause
ending on a colon introduces the quotation after it ('Sanders delivered a snappy
retort: "…"'), in its paragraph or the next. Page labels ("Update:", "Video:") and topics
printed before a headline ("Coronavirus:") are no speakers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsaudit.data import lexicon
from newsaudit.interviews import interviewee
from newsaudit.rules.base import (
    FINITE_TAGS,
    Candidate,
    Mention,
    cue_entry,
    mention,
    offsets,
    stands_for,
    subject_of,
    trim,
)
from newsaudit.rules.names import TITLE_WORDS
from newsaudit.rules.signoff import as_reported
from newsaudit.rules.tokens import (
    CUE_POS,
    DASHES,
    QUOTE_OPENERS,
    SUBJECT_DEPS,
    cue_particle,
    foreign_particle,
)
from newsaudit.rules.unasserted import is_party

# Words that name who speaks, and what a label may name (a title, a document, an outlet).
SPEAKER_NOUNS = TITLE_WORDS | lexicon.ORGANIZATION_HEADS | lexicon.ANONYMOUS_HEADS
LABEL_NOUNS = TITLE_WORDS | lexicon.DOCUMENT_HEADS | lexicon.OUTLET_DESCRIPTORS
NAME_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})

# The question-and-answer labels of an interview transcript.
TRANSCRIPT_LABELS = frozenset({"Q", "A"})

# The roles a broadcast script labels its own lines with.
SCRIPT_ROLES = frozenset(
    {"anchor", "presenter", "narrator", "voiceover", "reporter", "correspondent"}
)
SCRIPT_LINE = re.compile(rf"^[ \t]*(?i:{'|'.join(sorted(SCRIPT_ROLES))})[ \t]*:", re.M)

# Labels that print before a line of page copy, not a speaker ("Update: the ferry has
# resumed", "Correction: an earlier version misstated…").
PAGE_LABELS = frozenset(
    {"update", "updated", "correction", "clarification", "note", "previously", "email"}
    | {"online", "watch", "video", "photo", "photos", "related", "read", "listen", "breaking"}
    | {"exclusive", "analysis", "opinion", "editorial", "warning", "background", "context"}
    | {"disclosure", "source", "sources", "credit", "transcript", "live", "more", "also"}
    | {"gallery", "slideshow", "audio", "podcast", "image", "images", "graphic", "chart"}
    | {"map", "pictured", "caption", "advertisement", "sponsored", "recommended", "trending"}
)

# Prepositions after a speaker's name in a headline label: whom or where they spoke to
# ("Okafor to dock unions:", "Okafor at the rally:").
LABEL_SETTINGS = frozenset({"to", "at", "in", "on"})

# How far into a paragraph a label's colon may come ("Former Mayor Okafor at the depot:").
MAX_LABEL_TOKENS = 8

# A verbless line after a label shorter than this is a tag or a name, not a claim.
MIN_LABEL_CLAIM_WORDS = 5


# The most words a sentence that only says someone spoke may have ("Harbour master Dan
# Okoro, 58, disagreed.").
LEAD_SENTENCE_TOKENS = 10
# What a cue's own words or a negation hang on: a cue with any of them is no lead-in.
LEAD_NOT_SAID = frozenset({"ccomp", "dobj", "xcomp", "prep", "neg"})


def clause_speaker(colon: Token, quoted: set[int]):
    """ "Sanders delivered a snappy retort: '…'", "Okafor leaned in and boomed: '…'", "The
    campaign worded it more carefully: '…'": a clause ending on a colon before a quotation
    introduces it whatever its verb, so its subject speaks -- when that is someone who can
    (a person, a body, a pronoun for one) or a text ("A footnote in the report makes that
    clear:"), not a thing ("The timing does not surprise X:"). A dash before the colon
    sets off a byline ("Pollsters agree - Carl Bialik:"), which the label rules read."""
    clause = colon.doc[colon.sent.start : colon.i]
    if not len(clause):
        return None
    verb = clause.root
    if verb.pos_ not in CUE_POS or not _finite(verb):
        return None
    if any(t.text in DASHES for t in colon.doc[verb.i : colon.i]):
        return None
    if verb.lemma_ == "be" and verb.i + 1 == colon.i:
        return None  # "This year's winners are:" opens a list
    # "leaned in and boomed:": the last of the coordinated verbs is the one that speaks,
    # with its own subject if it has one ("X does not hide it, but he resents it:")
    last = max(
        (c for c in verb.children if c.dep_ == "conj" and c.pos_ in CUE_POS and c.i < colon.i),
        key=lambda c: c.i,
        default=verb,
    )
    own = [c for c in last.children if c.dep_ in SUBJECT_DEPS and c.i < last.i]
    subject = own[-1] if own else subject_of(verb)
    if subject is None or subject.i in quoted or subject.i > last.i or not _can_speak(subject):
        return None
    return offsets(last, last), mention(subject)


def find_sentence_lead(doc: Doc, open_quotes, quoted: set[int]) -> Iterator[Candidate]:
    """ "Harbour master Dan Okoro disagreed. 'The north pier silts up every winter.'": a
    short sentence of someone and a cue with nothing said after it ("replied", "agreed",
    "objected") introduces the quotation that opens the next sentence, as a colon would;
    the quotation is what the cue reports."""
    for quote in open_quotes:
        opening = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if opening is None or opening.start == 0 or opening[0].sent.start != opening.start:
            continue
        before = doc[opening.start - 1].sent
        stop = before[-1]
        if stop.text != "." or len(before) > LEAD_SENTENCE_TOKENS:
            continue
        if any(t.i in quoted for t in before):
            continue  # '"… Ferguson," Trump said. "…"': the sentence has its words
        verb = before.root
        entry = cue_entry(verb) if verb.pos_ == "VERB" and _finite(verb) else None
        # "did not reply", "was not backing down": no words given, or no cue at all
        other = any(c.dep_ in LEAD_NOT_SAID for c in verb.children)
        unlisted = foreign_particle(verb)
        subject = subject_of(verb) if entry is not None and not (other or unlisted) else None
        if subject is None or subject.i in quoted or not _can_speak(subject):
            continue
        yield Candidate(
            kind="direct",
            category="statement",
            cue=offsets(verb, cue_particle(verb) or verb),
            content=(quote.start, quote.end),
            source=mention(subject),
            rule="lead-in",
        )


def _finite(verb: Token) -> bool:
    """A finite verb, by its tense or by its auxiliary ("does not hide", "will say") --
    not a participle or an infinitive ("Speaking to reporters:", "To put it simply:")."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ in FINITE_TAGS or c.tag_ == "MD")
        for c in verb.children
    )


def _can_speak(subject: Token) -> bool:
    """Someone who can speak or a text that can say something: a person, a body, a pronoun
    for one, a document ("the report"), or a bare capitalised word the tagger took for a
    common noun ("Sanders delivered …", tagged a plural noun)."""
    noun = stands_for(subject)
    bare_name = (
        noun.is_title and noun.pos_ == "NOUN" and not any(c.dep_ == "det" for c in noun.children)
    )
    return is_party(subject) or bare_name or noun.lemma_.lower() in lexicon.DOCUMENT_HEADS


def find_colon_lead(doc: Doc, quoted: set[int]) -> Iterator[Candidate]:
    """'Ryan: "Anti-Semitic images" …' — a short name, a colon, then the words.

    Headlines and social-media style copy attribute with a bare colon after a name.
    """
    tokens = _after_page_label([t for t in doc if not t.is_space])
    for n, token in enumerate(tokens[:MAX_LABEL_TOKENS]):
        if token.text != ":":
            continue
        name = _speaker_part(tokens[:n])
        rest = tokens[n + 1 :]
        transcript = len(name) == 1 and name[0].text in TRANSCRIPT_LABELS
        if not _speaker_label(name) or tokens[0].i in quoted:
            return
        if not (transcript or _says_something(rest)):
            return  # "Lagos: 1,204", "Delegates: Ade, Bisi": a tally or a list
        content = trim(doc[token.i + 1 :])
        # "The liberation of Kherson: an opportunity for peace?" is a title, not a speaker;
        # in a transcript the interviewer's label asks ("Q: Will the ferry run?")
        text = doc[token.i + 1 :].text
        if content is None or (text.rstrip()[-1:] == "?" and not transcript):
            return
        head = name[-1]
        source = mention(head)
        if any(c.dep_ == "appos" and c.i > token.i for c in head.children):
            # the parser reads a verbless line as the label's apposition ("Okafor: No new
            # fees"): it is what the label says, not what the speaker is
            source = replace(source, role=None)
        elif len(name) < n and source.role:
            # "Okafor at the rally:": where she spoke is not what she is
            setting = doc[name[-1].i + 1 : token.i].text
            kept = [part for part in source.role.split("; ") if part != setting]
            source = replace(source, role="; ".join(kept) or None)
        yield Candidate(
            kind="direct" if text.lstrip()[:1] in "\"“‘'«" else "indirect",
            category="statement",
            cue=offsets(token, token),
            content=content,
            source=source,
            rule="colon",
        )
        return


def transcript_label(doc: Doc) -> str | None:
    """ "Q" or "A" when a paragraph opens with an interview transcript's label ("A: It has
    been a month."), else None."""
    tokens = [t for t in doc[:3] if not t.is_space]
    if len(tokens) >= 2 and tokens[0].text in TRANSCRIPT_LABELS and tokens[1].text == ":":
        return tokens[0].text
    return None


def with_interviewee(cands: list[Candidate], names: list[Mention], text: str) -> None:
    """An interview transcript's "A:" is the person the article says it talked to, whom
    its introduction names (``interviews.interviewee``). So is "you" in
    the interviewer's "Q:" turn ("Q: You said in March that …"). Read as a word, "A"
    would be an article and the answers an anonymous source's."""
    labels = [c for c in cands if c.rule == "colon" and _label_of(c, text) in TRANSCRIPT_LABELS]
    if not labels:
        return
    first = min(c.source.start for c in labels if c.source is not None)
    # "The Harbour Herald spoke to …": a name after "the" is no person, whatever the tagger says
    named = [
        m for m in names if m.label == "PERSON" and m.end <= first and not _after_the(text, m.start)
    ]
    person = interviewee(text, named, first)
    if person is None:
        return
    questions = [c.content for c in labels if _label_of(c, text) == "Q"]
    for cand in cands:
        source = cand.source
        if source is None or source.antecedent is not None:
            continue
        answer = cand in labels and _label_of(cand, text) == "A"
        addressed = source.text.lower() == "you" and any(
            start <= source.start < end for start, end in questions
        )
        if answer or addressed:
            cand.source = replace(source, antecedent=person)


def _after_the(text: str, start: int) -> bool:
    """Whether a name opens with "the" or follows it."""
    return (
        bool(re.search(r"\bthe\s*$", text[max(0, start - 5) : start], re.I))
        or text[start : start + 4].lower() == "the "
    )


def _label_of(cand: Candidate, text: str) -> str | None:
    return text[cand.source.start : cand.source.end] if cand.source else None


def is_script_label(cand: Candidate, text: str) -> bool:
    """ "Anchor: Heavy rain closed the ferry …", "Reporter: Minister, will you resign?": a
    broadcast script labels the programme's own lines with its roles; they are its voice,
    not a source it quotes. Under such a script "Report:" is the segment that follows, not a
    document speaking, as it is in a headline ("Report: Mayor to resign")."""
    if cand.rule != "colon" or cand.source is None:
        return False
    word = _label_of(cand, text).lower()
    return word in SCRIPT_ROLES or (word == "report" and bool(SCRIPT_LINE.search(text)))


def is_topic_label(cand: Candidate, text: str) -> bool:
    """ "Coronavirus: New York ramps up burials": a one-word colon label that the article
    writes in lower case elsewhere ("the coronavirus has …") is a topic printed before a
    headline, not a speaker -- a name is never written so. A title, a body or a document
    ("Mayor:", "Police:", "Study:") speaks however the article writes it."""
    if cand.rule != "colon" or cand.source is None:
        return False
    word = text[cand.source.start : cand.source.end]
    if " " in word or not word[:1].isupper() or word.lower() in SPEAKER_NOUNS | LABEL_NOUNS:
        return False
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


def _after_page_label(tokens: list[Token]) -> list[Token]:
    """ "EXCLUSIVE – Okafor: …": a page label and a dash printed before a headline leave the
    speaker's label after them."""
    if len(tokens) > 2 and tokens[0].lower_ in PAGE_LABELS and tokens[1].text in DASHES:
        return tokens[2:]
    return tokens


def _speaker_label(name: list[Token]) -> bool:
    """ "Graham", "NY Daily News", "Clinton camp", "Mayor", "Former Mayor Okafor": a name,
    a name with a group noun after it, or a bare title, after any capitalised adjective
    ("Former", "Outgoing") -- not a phrase with articles or prepositions."""
    while len(name) > 1 and name[0].pos_ == "ADJ" and name[0].is_title:
        name = name[1:]
    if not name or not (name[0].is_title or name[0].is_upper):
        return False
    if len(name) == 1 and name[0].lower_ in PAGE_LABELS:
        return False  # "Video:", "Gallery:", "Update:" print before page copy, not words said
    if len(name) == 1 and name[0].ent_type_ == "PERSON":
        return True  # "Okafor:" tagged an adjective or a verb at the head of a line
    if len(name) == 1 and name[0].pos_ == "NOUN":
        # "Mayor:", "Poll:", "Newspaper:", "Q:" -- a title, a document or an outlet; or a
        # name the tagger took for a noun at the head of a line ("Obama:"), which the
        # entity recogniser may still know; if not, any capitalised word that is no page
        # label ("Update:", "Correction:") -- the words after it must still say something
        word = name[0]
        named = word.ent_type_ in NAME_ENTITIES
        if named or word.lower_ in LABEL_NOUNS or word.text in TRANSCRIPT_LABELS:
            return True
        # "STRESS: How to look after yourself": a common noun in capitals before a line
        # with no final stop is a section kicker, as page copy prints a topic before a
        # headline; a transcript's "TAPPER: And obviously …." is a speaker
        kicker = word.is_upper and len(word) > 1 and not _stops(word.doc)
        return not kicker
    *first, last = name
    if not all(t.pos_ == "PROPN" for t in first):
        return False
    # "Clinton camp", "Bitola challenger": a group or role noun after a name; not
    # "Romania floods"
    return last.pos_ == "PROPN" or (bool(first) and last.lower_ in SPEAKER_NOUNS)


def _speaker_part(name: list[Token]) -> list[Token]:
    """The speaker in a label that also says whom or where they addressed: "Clinton to
    Planned Parenthood" is Clinton's label."""
    for n, token in enumerate(name):
        if n and token.lower_ in LABEL_SETTINGS:
            return name[:n]
    return name


def _stops(doc: Doc) -> bool:
    """Whether a paragraph ends as a sentence does, on a stop or a closing mark."""
    return doc.text.rstrip()[-1:] in ".!?\"”’'"


def _says_something(tokens: list[Token]) -> bool:
    """Whether the words after a label hold a verb (headlines drop the auxiliary: "Mayor:
    Buses running again") or a quotation, or are a claim all the same, rather than a tally
    or a list of names."""
    if any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_OPENERS for t in tokens):
        return True
    # A headline claims in a noun phrase ("Okafor: No new fees for riders"), and in title
    # case the tagger reads its verbs as names ("Poll: Okafor Beats Mensah In Race"); both
    # are words of the label's, unlike a tally ("1,204 cases") or a list of names, which
    # hold numbers or a run of commas, or only names.
    words = [t for t in tokens if not t.is_punct]
    return (
        len(words) >= MIN_LABEL_CLAIM_WORDS
        and sum(t.text == "," for t in tokens) < 2
        and not any(t.pos_ == "NUM" or t.text[:1].isdigit() for t in words)
        and any(t.pos_ not in ("PROPN", "CCONJ") for t in words)
    )


def find_lead_in(doc: Doc, any_verb: bool = True):
    """'And from the minister:' / 'Okonjo said:' closing a paragraph introduces the quote
    paragraph that follows; with ``any_verb``, so does a clause with a subject who can
    speak ('Sanders delivered a snappy retort:'). Returns ``(cue offsets, source
    mention)`` or None."""
    colon = next((t for t in reversed(doc) if not t.is_space), None)
    if colon is None or colon.text != ":":
        return None
    sent = colon.sent
    for token in sent:
        # "As X reported, the ministry was refusing to comment:" -- X quotes what follows;
        # the cues inside its report are not the quotation's
        if (reporter := as_reported(token)) is not None:
            return offsets(token, token), mention(reporter)
    for token in reversed(list(sent)):
        if (
            token.pos_ in ("VERB", "AUX")
            and (entry := cue_entry(token))
            and (entry.category == "statement")
        ):
            subject = subject_of(token)
            if subject is not None:
                return offsets(token, token), mention(subject)
    if any_verb and (speaker := clause_speaker(colon, set())) is not None:
        return speaker
    nouns = [t for t in sent if t.pos_ in ("PROPN", "NOUN") and t.i < colon.i]
    if not nouns or len(sent) > 12:
        return None
    head = nouns[-1]
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return offsets(colon, colon), mention(head)
