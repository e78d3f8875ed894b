"""Impressions: "the fallout appears significant", "the senator seemed poised to win",
"the firm appears to be the link", "the plan seems like a gamble".

A raising verb ("seem", "appear", "sound") with a complement reports how things look,
and to nobody in particular: the writer's impression of its subject. Annotators mark no
source and take as content the subject with its complement ("the fallout … significant");
the span here runs from the subject to the end of the complement, cue included. "It seems
that …" has an empty subject and is read by ``rules.reported`` as a clause.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.rules.base import Candidate, offsets, subject_of, trim

RAISING_VERBS = frozenset({"seem", "appear", "sound"})
# The complements of a raising verb: "seemed lost" (acomp, or oprd as the small model
# often labels it), "appeared poised to win" / "appears to be the link" (xcomp), "seems
# a safe bet" (attr, or dobj as the small model also reads it).
COMPLEMENTS = frozenset({"acomp", "oprd", "xcomp", "attr", "dobj"})
# "Sound" takes no infinitive in this sense ("sounded to me" is a place, "sounded off" an
# act) and its noun phrase is a signal given ("sounded a cautious note", "sounded the
# alarm"): only its adjective reports an impression ("the plan sounds reasonable").
ADJECTIVE_ONLY = {"sound": frozenset({"acomp", "oprd"})}
# A phrase is a complement of "seem" too: "seems like a fair idea" (study split: 10 of 12
# annotated), "seemed beside the point". "Appear" with a preposition is showing up
# somewhere ("appeared on Fox News"); "sounds like" is as often who is heard ("doesn't
# sound like Rubio", 1 of 7).
# Comparatives the parser reads as adverbs: "the race appears closer".
COMPARATIVES = frozenset({"RBR", "JJR"})
# What a clause complement of "it" opens with: "it seems that …", "it appears the talks
# failed" (an empty "it", read by ``rules.reported``), unlike "it appears certain to
# pass", where "it" is the bill.
CLAUSE_DEPS = frozenset({"ccomp", "csubj", "mark"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# The raising verbs that never name speech: with a subject they are read here, even when
# no complement is found ("the plan seems"); "sound" is a verb of speech otherwise.
PURE_RAISING = frozenset({"seem", "appear"})
# Their forms, which the tagger does not lemmatize when it reads them as auxiliaries.
AUXILIARY_FORMS = frozenset({"seem", "seems", "seemed", "appear", "appears", "appeared"})


def find_impressions(sent: SpacySpan, quoted: set[int]) -> Iterator[Candidate]:
    """Yield a sourceless candidate for each raising verb with a subject and a complement."""
    for verb in sent:
        raising = verb.lemma_.lower() in RAISING_VERBS or verb.lower_ in AUXILIARY_FORMS
        if not raising or verb.i in quoted:
            continue
        span = impression_span(verb)
        content = trim(verb.doc[span[0] : span[1] + 1]) if span is not None else None
        if content is None:
            continue
        yield Candidate(
            kind="indirect",
            category="belief",
            cue=offsets(verb, verb),
            content=content,
            source=None,
            rule="impression",
        )


def reads_impression(verb: Token) -> bool:
    """Whether a verb is read by this rule and by no rule of speech."""
    if verb.lemma_.lower() not in RAISING_VERBS:
        return False
    if verb.lemma_.lower() in PURE_RAISING and impression_subject(verb) is not None:
        return True
    return impression_span(verb) is not None


def impression_span(verb: Token) -> tuple[int, int] | None:
    """First and last token of what a raising verb reports, its subject included, or
    None when it has no subject or no complement."""
    predicate = _participle_predicate(verb)
    if predicate is not None:
        # "he seemed rattled by the attacks": the parser reads the raising verb as the
        # auxiliary of the participle it governs; the subject hangs on the participle
        subject = next((c for c in predicate.children if c.dep_ in SUBJECTS), None)
        if subject is None or subject.lower_ == "it":
            return None
        return subject.left_edge.i, predicate.right_edge.i
    subject = impression_subject(verb)
    complements = _complements(verb)
    if subject is None:
        return _judged_clause(verb, complements)
    if not complements or complements[0].i < verb.i:
        return None
    # "appears ready to use tariffs": the parser may hang the infinitive on the verb
    # beside the adjective; the complement runs over both
    last = max(c.right_edge.i for c in complements)
    return min(subject.left_edge.i, verb.i), last


def _judged_clause(verb: Token, complements: list[Token]) -> tuple[int, int] | None:
    """ "it seems increasingly likely that X will win": after an empty "it", an adjective
    that holds the clause is the impression, adjective and clause together (as
    annotators mark it); a bare clause ("it seems that …") is read by ``rules.reported``."""
    subject = subject_of(verb)
    if subject is None or subject.lower_ != "it" or len(complements) != 1:
        return None
    judged = complements[0]
    if judged.pos_ != "ADJ" or judged.i < verb.i:
        return None
    if not any(c.dep_ == "ccomp" for c in judged.children):
        return None
    return judged.left_edge.i, judged.right_edge.i


def _participle_predicate(verb: Token) -> Token | None:
    """The participle a raising verb was read as the auxiliary of ("seemed wasted on",
    "appeared headed for"), or None."""
    head = verb.head
    if verb.dep_ not in ("aux", "auxpass") or head.tag_ != "VBN" or head.i <= verb.i:
        return None
    return head if verb.lower_ in AUXILIARY_FORMS else None


def _complements(verb: Token) -> list[Token]:
    """The complements of a raising verb that say what its subject seems to be."""
    allowed = ADJECTIVE_ONLY.get(verb.lemma_.lower(), COMPLEMENTS)
    found = []
    for child in verb.children:
        # "seemed beside the point", "seems like a fair idea": "seem" takes a phrase, but
        # "to" names whom it seems so to ("seemed far away to voters"), not what
        placed = child.dep_ == "prep" and child.i > verb.i and child.lower_ != "to"
        placed = placed and verb.lemma_.lower() == "seem"
        # "the race appears closer in Ohio": a comparative right after the verb
        compared = child.dep_ == "advmod" and child.tag_ in COMPARATIVES
        if child.dep_ in allowed or placed or (compared and child.i == verb.i + 1):
            found.append(child)
    return found


def impression_subject(verb: Token) -> Token | None:
    """The subject of a raising verb, unless it is the empty "it" of "it seems that"."""
    subject = subject_of(verb)  # "held a lead and appeared poised to win": the first verb's
    if subject is None:
        # "Picking winners seemed beside the point" (a gerund), "there seems to be more
        # interest" (the "there" of existence, with the infinitive "to be" after it)
        subject = next((c for c in verb.children if c.dep_ in ("csubj", "expl")), None)
        gerund = subject is not None and subject.tag_ == "VBG"
        existence = subject is not None and subject.tag_ == "EX"
        if gerund or (existence and any(c.dep_ == "xcomp" for c in verb.children)):
            return subject
        return None
    if subject.pos_ in ("VERB", "AUX"):
        return None
    if subject.lower_ == "it" and _empty_it(verb):
        return None
    return subject


def _empty_it(verb: Token) -> bool:
    """Whether the "it" of a raising verb stands for nothing: it does when a clause
    follows ("it seems that …", "it appears likely that …", "it seems as if …") or
    nothing does."""
    complements = _complements(verb)
    if not complements:
        return True
    return any(
        t.dep_ in CLAUSE_DEPS or t.lower_ in ("if", "though")
        for c in [verb, *complements]
        for t in (c.children if c is verb else c.subtree)
    )
