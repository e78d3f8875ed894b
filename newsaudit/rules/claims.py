"""What a sentence asserts: the markers that make an unsourced claim worth an editor's look.

A sentence that reports a private act ("privately urged", "behind closed doors") rests
entirely on someone's inside knowledge; numbers, causes, predictions, judgements and
superlatives are contestable; plain scene-setting of public events is the least risky.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.data import claim_words
from newsaudit.rules.base import cue_entry, stands_for, subject_of
from newsaudit.rules.fragments import is_verbless
from newsaudit.rules.private import find_private_heads
from newsaudit.rules.record import find_official_acts
from newsaudit.rules.tokens import finite_clause
from newsaudit.rules.unasserted import (
    LINKING_VERBS,
    is_party,
    of_nothing,
    unasserted,
    unnamed_polls,
)

# A sentence holding a cue of either kind reports someone's words, view or stance
# ("his announcement of", "a fierce critic of"), even where no rule could frame it.
CUE_POS = {"VERB": "verb", "NOUN": "noun", "ADJ": "adj"}
THING_PRONOUNS = frozenset({"it", "this", "that", "which"})
# A clock time ("21:00", "9.30"), which the recognizer may call a number.
CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}")
# A figure run into its unit ("12m", "$5bn", "40km"), where a name has letters of its own
# ("7News", "G7").
FIGURE_WITH_UNIT = re.compile(r"\$?[\d.,]+(?:m|bn|k|km|kg|mph|ft|mm|cm|ml|kw|mw|gw|s)")
# The dependents of a clause's verb that carry what the clause asserts about something.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "attr", "dobj", "acomp", "advmod", "oprd"})
# Entity labels that are statistics rather than dates or ordinals.
NUMBER_LABELS = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})
# The complements that make an adjective after its noun a reduced relative clause
# ("investors wary of the plan").
ADJECTIVE_COMPLEMENTS = frozenset({"prep", "xcomp", "ccomp"})
# How the parser hangs the clause saying what a report says on the noun.
REPORT_CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp"})
# What a finished sentence ends on: a stop, or a closing mark or bracket after one.
SENTENCE_ENDS = frozenset(".!?\"\u201d\u2019')]")


@dataclass(frozen=True)
class SentenceInfo:
    """A body sentence in plain values: where it is and what it asserts."""

    start: int
    end: int
    paragraph: int
    heading: bool
    words: int
    question: bool
    has_cue: bool
    markers: tuple[str, ...]
    # the sentence reports a view or its evidence, or leaves a point open, rather than
    # asserting a fact on the writer's word ("is bent on", "in the latest poll", "it is
    # unclear whether")
    unasserted: bool = False
    hedges: tuple[tuple[int, int], ...] = ()  # "reportedly", "allegedly": no source
    agentless: tuple[tuple[int, int], ...] = ()  # "is estimated", "is blamed on": nobody
    unnamed_polls: tuple[tuple[int, int], ...] = ()  # "in the polls": whose?
    # the words a private-act phrase qualifies: "urged" in "privately urged"
    private_heads: tuple[tuple[int, int], ...] = ()
    # the line ends its paragraph with no stop: a list item, a schedule row, a caption or
    # a lead-in to a list (":"), which label or announce rather than assert
    unfinished: bool = False
    # the sentence is someone else's words by the layout: an interviewee's answer ("A: …"
    # and the paragraphs after it up to the next label) or a comment signed on the line
    # after it ("@harbourwatch.")
    spoken: bool = False
    # the first sentence after a dateline ("MOMBASA, Kenya (AP) — …"): the reporter's own
    # account of the scene the dateline places them at
    on_scene: bool = False
    # no verb of its own: from ``describe`` a phrase with no verb, from ``list_items`` an
    # item of a list ("Passing the trade pact.", "Her fight for child care."), which names
    # rather than asserts
    fragment: bool = False
    # the main verb reports an act in office ("the jury convicted", "the council imposed
    # sanctions"): a matter of public record, which needs no source unless the sentence
    # also makes a contestable claim (a figure, a cause, a judgement)
    on_record: bool = False


def _reports_someone(token: Token) -> bool:
    """A reporting word used of someone: "the senator is critical of", "his announcement",
    "Republicans pushed" -- not "it may prove crucial" or "supportive nations"."""
    if (token.lemma_.lower(), token.pos_) in claim_words.ATTRIBUTING:
        return True
    if _news_passed_on(token):
        return _issuer(token) is not None
    if cue_entry(token, CUE_POS.get(token.pos_, "")) is None:
        return _tells_a_clause(token)
    if token.pos_ == "ADJ":
        # "the senator is critical of" -- not the writer's own "it is clear that"
        holder = _holder(token)
        return holder is not None and stands_for(holder).lower_ not in THING_PRONOUNS
    if token.pos_ == "VERB":
        # "is estimated at", "is blamed on", "an estimated 40,000": nobody is named
        subject = subject_of(token)
        return subject is None or stands_for(subject).lower_ not in THING_PRONOUNS
    return True


def _news_passed_on(noun: Token) -> bool:
    """ "a CNN report that the plant will close", "amid reports that …": a noun of news
    with a finite "that" clause saying what the news is (not "the report that the board
    published", where "that" is the clause's object)."""
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in claim_words.REPORT_NOUNS
        and any(c.dep_ in REPORT_CLAUSE_DEPS and c.i > noun.i and _told(c) for c in noun.children)
    )


def _issuer(noun: Token) -> Token | None:
    """Who issued a report: its possessor or a name before it ("the auditor's report",
    "a CNN report"), or the object of "by" or "from" after it."""
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ in ("PROPN", "NOUN")):
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _hearsay(token: Token) -> bool:
    """ "reportedly", "allegedly", or "reports that …" with no one named as their issuer."""
    return token.lower_ in claim_words.HEDGES or (_news_passed_on(token) and _issuer(token) is None)


def _tells_a_clause(verb: Token) -> bool:
    """ "Christie has been making the case that …", "the bishop further related that …":
    a verb the cue lexicon lacks, said of someone and taking a finite "that" clause,
    passes on what that someone said or thought -- not "the timetable means that …",
    which is the writer's inference."""
    if verb.pos_ != "VERB":
        return False
    subject = subject_of(verb)
    return (
        subject is not None
        and is_party(subject)
        and any(c.dep_ == "ccomp" and _told(c) for c in verb.children)
    )


def _told(clause: Token) -> bool:
    """A finite clause opened by "that": what someone tells or a report says."""
    return finite_clause(clause) and _that_clause(clause)


def _that_clause(clause: Token) -> bool:
    """A clause opened by the complementizer "that" -- not the subject "that" ("that does
    not mean …") nor "now that", "so that", which open adverbial clauses."""
    mark = clause.left_edge
    return (
        mark.dep_ == "mark"
        and mark.lower_ == "that"
        and (mark.i == 0 or mark.doc[mark.i - 1].pos_ != "ADV")
    )


def _holder(adjective: Token) -> Token | None:
    """Who an adjective of the cue lexicon is said of: the subject of its linking verb
    ("the senator is critical of", "I'm more vocal about", which the parser may read as
    an object predicate), also through a coordination ("they are tired and
    skeptical of", "were delighted by the deal and eager to"), or the noun it follows with
    a complement of its own, a reduced relative clause ("investors wary of the plan",
    "builders willing to finish") -- not a bare attribute before its noun ("supportive
    nations")."""
    while adjective.dep_ == "conj":
        if adjective.head.pos_ in ("VERB", "AUX"):
            # "the crews were delighted by the deal and eager to return"
            return subject_of(adjective.head)
        adjective = adjective.head
    if adjective.dep_ == "acomp" or (
        adjective.dep_ == "oprd" and adjective.head.lemma_.lower() in LINKING_VERBS
    ):
        # "left the party divided" describes the object, and is the writer's claim
        return subject_of(adjective.head)
    if (
        adjective.dep_ == "amod"
        and adjective.i > adjective.head.i
        and any(c.dep_ in ADJECTIVE_COMPLEMENTS for c in adjective.children)
    ):
        return adjective.head
    return None


def _figure(token: Token) -> bool:
    """A figure someone measured ("1,800 containers", "9%", "$12 million") -- not a round
    word for a crowd ("thousands of dockworkers"), which sets a scene, nor a name or a
    clock time the recognizer took for a number ("7News", "21:00")."""
    if token.ent_type_ not in NUMBER_LABELS or CLOCK_TIME.fullmatch(token.text):
        return False
    if any(ch.isalpha() for ch in token.text) and any(ch.isdigit() for ch in token.text):
        return FIGURE_WITH_UNIT.fullmatch(token.text.lower()) is not None
    return token.ent_type_ != "CARDINAL" or any(ch.isdigit() for ch in token.text)


def _superlative(token: Token) -> bool:
    """ "the busiest port", "most dangerous": a ranking -- not the quantifier "most of the
    trade", which only says how much."""
    if token.tag_ not in ("JJS", "RBS"):
        return False
    if token.lower_ in ("most", "least") and token.dep_ not in ("amod", "advmod"):
        return False
    # the ranking must be what the sentence asserts ("Mombasa is the busiest port"), not a
    # description inside a phrase of place or time ("outside East Africa's busiest port")
    word = token.head if token.dep_ == "amod" else token
    return word.dep_ == "ROOT" or (word.dep_ in ARGUMENT_DEPS and word.head.dep_ == "ROOT")


def _agentless(token: Token) -> bool:
    """ "is estimated at", "is blamed on", "an estimated 40,000": a verb of hearsay in the
    passive with nobody named as its agent (not a descriptive participle: "known as")."""
    if (
        token.pos_ != "VERB"
        or token.tag_ != "VBN"
        or token.lemma_.lower() not in claim_words.HEARSAY_PASSIVES
    ):
        return False
    passive = token.dep_ == "amod" or any(
        c.dep_ in ("auxpass", "nsubjpass") for c in token.children
    )
    agent = any(c.dep_ == "agent" for c in token.children)
    return passive and not agent and not of_nothing(token)


def _forecast(modal: Token) -> bool:
    """ "Its loss will be a blow", "prices would rise": a modal of the future telling what
    is to come -- not what a plan or a schedule arranges ("the project will involve",
    "the funeral will be held at the temple", "the race will take place in May"), which
    reports what was decided."""
    if modal.tag_ != "MD" or modal.lower_ not in claim_words.FUTURE_MODALS:
        return False
    verb, lemma = modal.head, modal.head.lemma_.lower()
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        return lemma not in claim_words.ARRANGED_PASSIVES
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
        return False
    return lemma not in claim_words.ARRANGEMENTS


def _ends_paragraph(sent: SpacySpan) -> bool:
    """Whether nothing but space follows the sentence in its paragraph."""
    last = next((t for t in reversed(sent.doc) if not t.is_space), None)
    return last is None or last.i < sent.end


def describe(
    sent: SpacySpan, offset: int, paragraph: int, heading: bool, quoted: set[int]
) -> SentenceInfo:
    """Summarise one parsed sentence; ``offset`` turns its offsets into document ones."""
    # Appositives and relative clauses describe; the claim is in the main clause
    # ("Kherson, a site of strategic importance, ..." does not make a judgement).
    background = {x.i for t in sent if t.dep_ in ("appos", "relcl") for x in t.subtree}
    main = [t for t in sent if t.i not in quoted and t.i not in background]
    lowered = " " + " ".join(t.lower_ for t in main) + " "
    markers: list[str] = []
    private_heads = find_private_heads(sent, quoted)
    if private_heads:
        markers.append("private")
    if any(_figure(t) for t in main):
        markers.append("statistic")
    if any(f" {p} " in lowered for p in claim_words.CAUSAL):
        markers.append("causal")
    if any(f" {p} " in lowered for p in claim_words.PREDICTIVE) or any(_forecast(t) for t in main):
        markers.append("predictive")
    if any(t.lower_ in claim_words.EVALUATIVE for t in main):
        markers.append("evaluative")
    if any(_superlative(t) for t in main):
        markers.append("superlative")
    has_cue = any(t.i not in quoted and _reports_someone(t) for t in sent)
    words = sum(1 for t in sent if t.is_alpha)
    text = sent.text.rstrip()
    return SentenceInfo(
        start=offset + sent.start_char,
        end=offset + sent.start_char + len(text),
        paragraph=paragraph,
        heading=heading,
        words=words,
        question=text.endswith("?"),
        unfinished=text[-1:] not in SENTENCE_ENDS and _ends_paragraph(sent),
        has_cue=has_cue,
        markers=tuple(markers),
        unasserted=unasserted(sent, main, markers),
        fragment=is_verbless(sent),
        on_record=any(True for _ in find_official_acts(sent)),
        hedges=tuple(
            (offset + t.idx, offset + t.idx + len(t.text))
            for t in sent
            if t.i not in quoted and _hearsay(t)
        ),
        agentless=tuple(
            (offset + t.idx, offset + t.idx + len(t.text))
            for t in sent
            if t.i not in quoted and _agentless(t)
        ),
        unnamed_polls=tuple(
            (offset + t.idx, offset + t.idx + len(t.text)) for t in unnamed_polls(main)
        ),
        private_heads=tuple((offset + t.idx, offset + t.idx + len(t.text)) for t in private_heads),
    )
