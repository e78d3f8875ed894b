"""Reported speech, beliefs and evidence: a cue verb that governs a clause.

"X said (that) Y", "Y, X said", "X told Reuters Y", "officials fear Y", "a report showed
Y", "It was reported that Y", "X is said to Y". The parser gives the reported clause as
the cue's clausal complement (``ccomp``), or, for "to"-infinitives after verbs of
intention and hearsay ("X plans to", "X is said to"), as ``xcomp``. When the parser makes
the reported clause the root and hangs the cue off it as ``parataxis`` ("Y, X said"),
the content is the clause around the cue (``rules/setoff.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.data import Cue, claim_words, lexicon
from newsaudit.rules.asking import asked_about, asked_clause
from newsaudit.rules.base import (
    Candidate,
    cue_entry,
    mention,
    offsets,
    subject_of,
    subtree_offsets,
)
from newsaudit.rules.frames import Content, find_content, is_preposition
from newsaudit.rules.impression import RAISING_VERBS, reads_impression
from newsaudit.rules.issued import behind_document
from newsaudit.rules.light import find_light_cues
from newsaudit.rules.misparsed import clause_read_as_object, reduced_passive
from newsaudit.rules.mistagged import find_mistagged_sayings, find_mistagged_stances
from newsaudit.rules.nominal import STANCE_PREPS, voiced_entry
from newsaudit.rules.objects import PERSON_OBJECTS, addressee_like, noun_phrase, relative_object
from newsaudit.rules.passives import agent_of, is_passive, passive_modifier
from newsaudit.rules.polls import READINGS, names_finding
from newsaudit.rules.private import done_in_private, passes_on
from newsaudit.rules.relative import find_relative_reports
from newsaudit.rules.setoff import set_off_content
from newsaudit.rules.tokens import (
    CLAUSE_SUBJECTS,
    TIME_LABELS,
    cue_particle,
    discourse_marker,
)
from newsaudit.rules.unasserted import is_party, of_nothing

# Verbs whose subject holds the stance their noun object names ("expressed support for",
# "voiced concern about", "made allegations against", "raised doubts about").
VOICING_VERBS = frozenset(
    {"express", "voice", "make", "raise", "share", "air", "reiterate", "repeat", "renew"}
    | {"level", "lodge", "register", "offer", "signal", "issue", "have"}
)
# Verbs by which a subject has or gets the support of others, and the nouns of that
# support ("has the backing of", "won the endorsement of", "received support from").
RECEIVING_VERBS = frozenset({"have", "win", "receive", "get", "enjoy", "gain", "earn", "secure"})
SUPPORT_NOUNS = frozenset({"support", "backing", "endorsement", "blessing", "approval"})
# A content this short is an object, not a proposition ("said so", "said it"), unless it
# names the target of a stance ("supported Sanders", "talked about immigration").
MIN_CONTENT_TOKENS = 2
# Verbs of evidence that, said by a person or body, tell what they made known.
DISCLOSING_VERBS = frozenset({"indicate", "reveal", "suggest"})
# What a negated or refused cue may leave unsaid: words, and what was made known ("did
# not say how many", "declining to reveal who was involved").
UNSAYABLE = frozenset({"statement", "evidence"})
# Verbs of naming a source in print: "asked not to be named / identified / quoted".
NAMING_VERBS = frozenset({"name", "identify", "quote"})


def find_reported(sent: SpacySpan, quoted: set[int]) -> Iterator[Candidate]:
    """Yield reported-speech candidates in one sentence.

    ``quoted`` holds the indices of tokens inside quotation marks: a cue inside a quote
    belongs to the quoted speaker's words, not to the article's attributions. A heading
    is read like any sentence: "Mayor slams levy" is a stance as it would be in the body
    (on the study split, headline attributions read with every frame are as precise as
    the body's), and "Council approves budget" an act.
    """
    for token in sent:
        if token.pos_ not in ("VERB", "AUX") or token.i in quoted or _negated(token):
            continue
        if done_in_private(token) and not passes_on(token):
            continue  # "privately urged": the writer's claim about an act, not its words
        if reads_impression(token):
            continue  # "the plan seems doomed": see rules.impression
        if discourse_marker(token):
            continue  # "That said, the plan has support": see rules.tokens
        if _in_hearsay(token):
            continue  # "it was reported that X had threatened": nobody vouches for X's words
        if token.lemma_ == "cite" and token.tag_ == "VBG" and token.dep_ != "ROOT":
            continue  # "…, citing X": see according.find_citing
        if names_finding(token):
            continue  # "a CNN poll showed Clinton ahead": see rules.polls
        described = _stance_byagent_of(token) or _support_received(token)
        if described is not None:
            yield described
            continue
        # "expressed concerns (that) Y", "raised fears Y": the cue is a noun object that
        # carries the reported clause.
        nominal = _nominal(token)
        frame = None
        if nominal is not None:
            entry, content, cue, category = nominal
            stated = refused = False
        else:
            entry = cue_entry(token)
            if entry is not None and passive_modifier(token) and not asked_about(token):
                entry = replace(entry, frames=entry.frames & {"clause"})
            found = _content(token, entry) if entry is not None else None
            if found is None:
                continue
            content, frame = found.offsets, found.frame
            # the news a verb of informing passes on ("announced a new inquiry", "admitted
            # to the affair") and a call for something ("called for calm") are read as
            # stances here and reported as statements (assemble); a negated verb of
            # informing passes on nothing ("police have not disclosed the names")
            stated = (
                frame in ("object", "to")
                and token.lemma_ in claim_words.INFORMING_VERBS
                and not _has_not(token)
            ) or (entry.cue in claim_words.CALLS and frame in claim_words.CALL_FRAMES)
            # a directive reported by a verb of saying ("urged lawmakers to act") is
            # what the speaker put into words: a statement, as speech is annotated
            said = found.directive and entry.category == "statement"
            category = "stance" if found.stance and not said else entry.category
            # "declined to comment", "refused to say whether …": no words given
            refused = frame == "infinitive" and token.lemma_ in claim_words.REFUSALS
            cue = _cue_offsets(token)
        if content is None or _unsaid(token, entry.category, content) or _asks_anonymity(token):
            continue
        start, end = content
        span = token.doc.char_span(start, end, alignment_mode="expand") or ()
        if category == "stance" and entry.category == "statement" and clause_read_as_object(span):
            stated = True  # what was said is a clause the parser misread as a thing
        if len(span) < MIN_CONTENT_TOKENS and not _target(span, category, frame):
            continue
        if is_passive(token) or asked_clause(token):
            # "X is said to ...", "It was reported that ...": the grammatical subject is
            # the topic; the source, if any, is the "by" agent.
            agent = agent_of(token)
            source = mention(agent) if agent is not None else None
        else:
            subject = subject_of(token)
            if subject is None or subject.dep_ == "expl":
                continue
            speaker = behind_document(subject, token)
            if speaker is not None:
                subject, cue = speaker
            cited = frame is not None and is_preposition(frame)
            evidence_stance = category == "stance" and entry.category == "evidence"
            if evidence_stance and not cited and not _record(subject):
                # "patients showed signs of injury": a symptom, not evidence cited; one who
                # "points to" a record cites it (study split: 28 of 39 annotated)
                continue
            source = None if _dummy(subject, token) else mention(subject)
            if category == "statement" and source is None and _judged(token):
                category = "belief"  # "it is fair to say that …": the writer's judgement
            if category == "evidence" and _made_known(token, subject):
                category = "statement"
            if category == "belief" and _heard_in_session(token, subject):
                category = "statement"
        yield Candidate(
            kind="indirect",
            category=category,
            cue=cue,
            content=content,
            source=source,
            tone=_tone(entry, category),
            rule="reported",
            stated=stated,
            withheld=refused,
        )
    yield from find_mistagged_stances(sent, quoted)  # rules/mistagged.py
    yield from find_mistagged_sayings(sent, quoted)
    yield from find_light_cues(sent, quoted)  # rules/light.py
    yield from find_relative_reports(sent, quoted)  # rules/relative.py


def _tone(entry: Cue, category: str) -> str:
    """A cue's tone as used: "claimed" is loaded about a proposition, not about a thing
    ("claimed victory")."""
    neutral = category == "stance" and entry.cue in lexicon.LOADED_ON_PROPOSITIONS
    return "neutral" if neutral else entry.tone


def _made_known(verb: Token, subject: Token) -> bool:
    """ "The governor indicated that he will publish the report", "the minister revealed
    that …": a verb of evidence said of someone who can speak tells what they made known,
    a statement; said of a text or a figure ("the data indicate") it is evidence."""
    return verb.lemma_.lower() in DISCLOSING_VERBS and is_party(subject)


def _heard_in_session(verb: Token, subject: Token) -> bool:
    """ "The court heard that …", "the inquest heard the driver was …": what a court, a
    jury or an inquiry hears is what was said before it, testimony, not its own view."""
    return verb.lemma_.lower() == "hear" and subject.lemma_.lower() in lexicon.HEARING_BODIES


def _stance_byagent_of(verb: Token) -> Candidate | None:
    """ "the law, opposed by Democrats", "a sentiment endorsed by the crowd": a participle
    of a stance verb describing a noun, with its holder in a "by" phrase; the noun is
    what the stance is toward."""
    noun = verb.head
    if not (passive_modifier(verb) and verb.dep_ == "acl" and noun.pos_ in ("NOUN", "PROPN")):
        return None
    entry = cue_entry(verb)
    agent = agent_of(verb)
    if entry is None or "object" not in entry.frames or agent is None:
        return None
    content = noun_phrase(noun)
    if content is None:
        return None
    return Candidate(
        kind="indirect",
        category="stance",
        cue=_cue_offsets(verb),
        content=content,
        source=mention(agent),
        tone=entry.tone,
        rule="reported",
    )


def _support_received(verb: Token) -> Candidate | None:
    """ "Steyer has the backing of six legislators", "won the endorsement of the
    Teamsters", "received support from unions": support that the subject has or gets is
    the stance of those the "of" or "from" phrase names, toward the subject (PolNeAR
    marks them the source: study split, "has the support of", "has the backing of")."""
    if verb.lemma_.lower() not in RECEIVING_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subject = subject_of(verb)
    if obj is None or obj.lemma_.lower() not in SUPPORT_NOUNS or subject is None:
        return None
    prep = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
    holder = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    content = noun_phrase(subject) if subject.pos_ != "PRON" else offsets(subject, subject)
    if holder is None or content is None:
        return None
    return Candidate(
        kind="indirect",
        category="stance",
        cue=offsets(verb, prep),
        content=content,
        source=mention(holder),
        rule="reported",
    )


def _impersonal(verb: Token) -> bool:
    """ "It is hard to say …", "it is safe to assume …", "it is my duty to inform you
    that …", "it is worth noting that …": an infinitive (or the gerund after "worth")
    after "it is" and an adjective or a noun has no one for its subject; the "it" stands
    for the infinitive itself."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lower_ == "worth" and head.dep_ == "acomp":
        head = head.head  # "it is worth noting": the gerund hangs on "worth"
    elif verb.dep_ not in ("xcomp", "advcl") or not any(c.lower_ == "to" for c in verb.children):
        return False
    if head.lemma_ != "be" or not any(c.dep_ in ("acomp", "attr") for c in head.children):
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)


def _judged(verb: Token) -> bool:
    """ "It is fair to say that …", "it is worth noting that …": a verb of saying after
    "it is" and an adjective is the writer's judgement put impersonally, nobody's words;
    "it is my duty to inform you that …" (a noun, someone's) still tells."""
    head = verb.head
    adjective = head.dep_ == "acomp" or any(c.dep_ == "acomp" for c in head.children)
    return adjective and _impersonal(verb)


def _dummy(subject: Token, verb: Token) -> bool:
    """ "It seems that …", "it appears the talks failed", "it is hard to say …": the "it"
    of a raising verb or of an infinitive after "it is" and an adjective stands for
    nothing; the impression is nobody's in particular (annotators give no source)."""
    if subject.lower_ != "it":
        return False
    return verb.lemma_.lower() in RAISING_VERBS or _impersonal(verb)


def _named(span) -> bool:
    """A one-word content that is a name or a pronoun for one: the person or body a stance
    is taken toward ("which" in "the deal, which Putin opposed", for the thing)."""
    if len(span) != 1:
        return False
    word = span[0]
    if word.lower_ == "it":
        return word.dep_ == "dobj"  # "opposed it": frames.find_content admitted it
    return word.pos_ == "PROPN" or word.lower_ in PERSON_OBJECTS or relative_object(word)


def _target(span, category: str, frame: str | None) -> bool:
    """A one-word content a stance is taken toward: a name or a pronoun for one
    ("supported Sanders", "endorsed her"), or a bare noun after a preposition of the cue
    ("talked about immigration", "railed against superdelegates"; study split: 33 of 54
    annotated)."""
    if category != "stance":
        return False
    bare_noun = len(span) == 1 and span[0].pos_ == "NOUN"
    return _named(span) or (bare_noun and frame is not None and is_preposition(frame))


def _record(noun: Token) -> bool:
    """A document or count that can show a thing ("the poll showed a tight race"), or a
    part or batch of documents ("a new batch of emails showed", "none of the videos
    showed"; study split: 2 such subjects of "show" with an object, both annotated). The
    results or average of polls are the polls' finding, read by ``rules.polls`` when the
    polls name their maker."""
    if noun.lemma_.lower() in lexicon.DOCUMENT_HEADS:
        return True
    if noun.lemma_.lower() in READINGS:
        return False
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return any(
                c.dep_ == "pobj" and c.lemma_.lower() in lexicon.DOCUMENT_HEADS
                for c in prep.children
            )
    return False


def _in_hearsay(token: Token) -> bool:
    """A cue inside the clause of an agentless passive of hearsay ("it was reported that X
    had threatened …"): the inner cue is part of the rumour. With the speaker raised to
    the subject ("X is reported to have said …", "advisers are said to be urging …") the
    words are X's, passed on as hearsay, as "X reportedly said" is."""
    child = token
    for ancestor in token.ancestors:
        hearsay = ancestor.pos_ == "VERB" and is_passive(ancestor) and agent_of(ancestor) is None
        if hearsay and child.dep_ == "ccomp":
            entry = cue_entry(ancestor)
            if entry is not None and entry.category == "statement":
                return True
        child = ancestor
    return False


def _has_not(verb: Token) -> bool:
    """Whether a verb has its own negation ("did not say", "never said")."""
    return any(c.dep_ == "neg" for c in verb.children)


def _negated(token: Token) -> bool:
    # "was not authorized to discuss", "without naming her rival", "nothing was said
    # about": nothing is attributed
    if token.dep_ == "xcomp" and _has_not(token.head):
        return True
    if of_nothing(token):
        return True
    return token.dep_ == "pcomp" and token.head.lower_ == "without"


def _unsaid(token: Token, category: str, content: tuple[int, int]) -> bool:
    """A negated verb of saying with an indirect question reports no words ("did not say
    how many", "would not say whether"): it names what was withheld. What a speaker did
    not say about something named ("did not mention Reyes by name", "has not commented on
    the order", "never said she would back it") is still a statement about it, and
    PolNeAR annotates it so. A negated belief or stance is still held ("does not believe
    the deal will hold"). Not naming someone ("the paper did not name them") withholds a
    source, and says nothing; nor does a habit of silence ("the agency does not comment
    on pending cases"). A refusal negates as "not" does ("declined to say whether"), and
    a verb of making known as one of saying ("declining to reveal who was involved")."""
    refused = token.dep_ == "xcomp" and token.head.lemma_ in claim_words.REFUSALS
    if category not in UNSAYABLE or not (refused or _has_not(token)):
        return False
    if any(c.lemma_ == "do" and c.tag_ in ("VBZ", "VBP") for c in token.children):
        return True
    if token.lemma_.lower() in NAMING_VERBS:
        # "did not name them / the officials": a source withheld; "has not identified
        # the cause" or "never identified China as the culprit" is still a statement
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        judged = any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)
        return obj is None or (addressee_like(obj) and not judged)
    first = token.doc.char_span(*content, alignment_mode="expand")
    return first is not None and first[0].lower_ in claim_words.QUESTION_WORDS


def _asks_anonymity(token: Token) -> bool:
    """ "who asked not to be named", "requested not to be identified": a source's request
    to stay unnamed is about the reporting, not words attributed to the source. The
    naming verb is passive: "says he cannot name a single case" reports words."""
    return any(
        clause.dep_ in ("xcomp", "ccomp")
        and clause.lemma_.lower() in NAMING_VERBS
        and {"neg", "auxpass"} <= {c.dep_ for c in clause.children}
        for clause in token.children
    )


def _nominal(verb: Token):
    """(entry, content, cue, category) of a noun cue that is the verb's object: "expressed
    concern that Y" (a proposition), or after a verb that only voices it, "expressed
    support for Y", "made allegations against Y", "raised questions about Y" (a stance)."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.pos_ != "NOUN":
            continue
        entry = voiced_entry(verb, obj)
        if entry is None:
            continue
        for clause in obj.children:
            if clause.dep_ in ("acl", "ccomp") and _has_subject(clause):
                content = subtree_offsets(clause)
                if content is not None:
                    return entry, content, offsets(verb, obj), entry.category
        if verb.lemma_.lower() not in VOICING_VERBS:
            continue  # "drew criticism over Y": the critics are someone else
        # the parser often hangs the noun's phrase on the verb ("expressing optimism
        # about working together"): right after the noun, it is still the noun's
        beside = [c for c in verb.children if c.i == obj.i + 1]
        for prep in [*obj.children, *beside]:
            if prep.dep_ != "prep" or prep.i < obj.i or prep.lower_ not in STANCE_PREPS:
                continue
            target = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if target is not None and target.ent_type_ in TIME_LABELS:
                continue  # "expressed cautious optimism over the weekend that …": when
            content = noun_phrase(target) if target is not None else None
            if content is not None:
                return entry, content, offsets(verb, prep), "stance"
    return None


def _content(cue: Token, entry: Cue) -> Content | None:
    """The attributed material: a complement the lexicon allows for this cue, or the
    clause a cue set off by commas reports ("Y, X said, Z": rules/setoff.py)."""
    if reduced_passive(cue):
        # "The bill, said to cost millions, was passed": what is said is the infinitive,
        # not the clause the parser hung on the participle
        said = subtree_offsets(cue.doc[cue.i + 1].head)
        return Content(said, "infinitive") if said is not None else None
    found = find_content(cue, entry)
    return found if found is not None else set_off_content(cue, entry)


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in CLAUSE_SUBJECTS for c in token.children)


def _cue_offsets(token: Token) -> tuple[int, int]:
    # A phrasal cue keeps its particle: "pointed out", "called for".
    return offsets(token, cue_particle(token) or token)
