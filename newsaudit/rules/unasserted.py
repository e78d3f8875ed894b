"""Sentences that report a view, its evidence or an open question rather than assert a
fact on the writer's word.

"Trump is bent on securing the nomination" describes a stance, "Clinton leads in the
latest poll" names its measure, "it is unclear whether …" leaves a point open, and "The
report details …" or "…, the Courier says." pass on a text's content: none of them is an
unsourced claim for an editor, though no attribution rule may frame them.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.data import builtin_outlets, claim_words, lexicon, normalise_name
from newsaudit.rules.base import cue_entry, stands_for
from newsaudit.rules.tokens import SUBJECT_DEPS

# Who can hold a view: named people, bodies, nations and groups, personal pronouns, and
# nouns that name a role, an unnamed source or an organization.
PARTY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
PARTY_PRONOUNS = frozenset(
    {"he", "she", "they", "we", "i", "you", "who", "him", "her", "them", "us", "me", "others"}
)
PARTY_NOUNS = lexicon.TITLES | lexicon.ANONYMOUS_HEADS | lexicon.ORGANIZATION_HEADS
# What a verb says about its object: a thing, a clause, a predicate or a prepositional one.
COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "oprd", "prep"})
# Entity labels that name who ran a poll ("a CNN poll", "polls from Quinnipiac").
POLLSTER_LABELS = frozenset({"ORG", "PERSON"})
# The parser's tags for a verb in the simple present.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# The parser's tags for a noun, which a reporting verb after its subject may be given.
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# Subjects, a clause among them ("whether … is uncertain"), and the clause an
# adjective of knowing is about ("it is unclear whether …").
SUBJECTS = frozenset({*SUBJECT_DEPS, "csubj", "csubjpass"})
CLAUSES = frozenset({"ccomp", "csubj", "csubjpass"})
# How many words a sign-off's subject runs to before its plural head ("campaign and
# corporate records show").
MAX_SIGNOFF_SUBJECT = 6
# Subjects that are nothing at all ("Nothing was said", "None were reported").
NOTHING = frozenset({"nothing", "none"})
# Verbs that link a subject to a description of it ("is shy about", "remained bent on").
LINKING_VERBS = frozenset({"be", "remain", "seem", "appear", "become", "stay", "look"})


def is_party(token: Token) -> bool:
    """Who can hold a view: "the senator", "Democrats", "she", a name the parser did not
    tag ("Okonkwo") -- not "the bill"."""
    token = stands_for(token)
    return (
        token.ent_type_ in PARTY_LABELS
        or (token.pos_ == "PROPN" and not token.ent_type_)
        or token.lower_ in PARTY_PRONOUNS
        or token.lemma_.lower() in PARTY_NOUNS
    )


def _open_question(root: Token) -> bool:
    """ "It is unclear whether …", "it is not known if …", "whether … is uncertain": the
    sentence says a point is not known, so its clause is not asserted."""
    if root.lemma_.lower() in LINKING_VERBS:
        word = next((c for c in root.children if c.dep_ == "acomp"), None)
    else:
        word = root if root.tag_ == "VBN" else None  # the passive "is not known"
    if word is None or word.lower_ not in claim_words.KNOWLEDGE_ADJECTIVES:
        return False
    subject = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    if subject is None or (subject.dep_ in SUBJECT_DEPS and subject.lower_ != "it"):
        return False  # "Sanders was unknown in the state" describes Sanders
    clause = next((c for c in root.children if c.dep_ in CLAUSES), None)
    question = clause is not None and any(
        t.lower_ in claim_words.QUESTION_WORDS for t in clause.subtree if t.i < clause.i
    )
    # "Nor is it clear that …": an opening "nor" or "neither" negates the whole clause
    opening = root.doc[root.sent.start].lower_
    negated = any(c.dep_ == "neg" for c in root.children) or opening in ("nor", "neither")
    return negated or question or word.lower_ in claim_words.UNKNOWN_ADJECTIVES


def _attitude(root: Token) -> bool:
    """ "Sanders was less shy about Wall Street", "Trump is bent on securing …": a person
    or body described by an adjective of attitude toward something reports their stance
    (adjectives of the cue lexicon already count as cues) -- not "policy makers must be
    careful about …", the writer's own prescription."""
    if root.lemma_.lower() not in LINKING_VERBS:
        return False
    if any(c.tag_ == "MD" for c in root.children):
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or not is_party(subject):
        return False
    return any(
        c.dep_ == "acomp"
        and any(
            p.dep_ == "prep" and p.lower_ in claim_words.ATTITUDE_PREPOSITIONS for p in c.children
        )
        for c in root.children
    )


def _viewpoint(root: Token) -> bool:
    """ "To the striking nurses, the offer is an insult": a fronted "to" phrase naming
    someone who can hold a view, set off by a comma, says whose judgement the sentence
    gives (in the first 724 PolNeAR train articles annotators mark such a "To" as the cue
    in 6 of 8 cases; a fronted "for" is mostly a topic, "For Sanders, the mission is
    different", and is left out)."""
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "to" or prep.i > root.i:
            continue
        before = [
            t for t in root.doc[root.sent.start : prep.i] if not (t.is_punct or t.pos_ == "CCONJ")
        ]
        after = prep.right_edge.i + 1
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if (
            not before
            and after < len(root.doc)
            and root.doc[after].text == ","
            and objects
            and is_party(objects[0])
        ):
            return True
    return False


def _source_subject(root: Token) -> bool:
    """ "The report details …", "the email includes …", "the Courier investigates …": the
    subject of the sentence's own verb is a text or an outlet, in the present tense in
    which English tells what a text says, so the sentence passes on that source's
    content. In the past tense such a subject is mostly an actor ("the network renewed
    the show", "the report prompted a reprimand"), and the flag stays."""
    if root.tag_ not in PRESENT_TAGS or root.lemma_.lower() in LINKING_VERBS:
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.dep_ in COMPLEMENTS for c in root.children):
        return False
    head = subject.lemma_.lower()
    if head in lexicon.DOCUMENT_HEADS or head in lexicon.OUTLET_DESCRIPTORS:
        return True
    name = " ".join(t.text for t in subject.subtree if t.dep_ != "det" or t.i > subject.i)
    return subject.pos_ == "PROPN" and normalise_name(name) in builtin_outlets()


def _reporting_aside(sent: SpacySpan) -> bool:
    """ "The council, the Gazette reports, will close …", "…, the Courier says.": a
    reporting clause set off by commas, which the parser misreads as a noun phrase whose
    head is the verb ("reports", "says"); it names the sentence's source all the same.
    Only the "-s" form is taken: "judge" or "document" after a comma is a noun."""
    for token in sent:
        if token.tag_ not in NOUN_TAGS or cue_entry(token) is None:
            continue
        if token.lower_ != token.lemma_.lower() + "s":
            continue
        # a no-break space ("reports,\u00a0the Courier") is a token of its own
        before = token.left_edge.i - 1
        while before >= sent.start and sent.doc[before].is_space:
            before -= 1
        after = token.i + 1
        while after < sent.end and sent.doc[after].is_space:
            after += 1
        aside = before >= sent.start and sent.doc[before].text == ","
        closes = after >= sent.end or sent.doc[after].is_punct
        if aside and closes and token.left_edge.i < token.i:
            return True
    return _plural_signoff(sent)


def _plural_signoff(sent: SpacySpan) -> bool:
    """ "…, campaign records show.", "…, analysts say.": a closing reporting clause with a
    plural subject, whose verb the parser tags as a noun after the plural ("records
    show" read as a compound); the comma before the subject sets it off as a sign-off."""
    tokens = [t for t in sent if not (t.is_space or t.is_punct)]
    if len(tokens) < 3:
        return False
    verb, subject = tokens[-1], tokens[-2]
    if verb.tag_ not in NOUN_TAGS or verb.lower_ != verb.lemma_.lower() or subject.tag_ != "NNS":
        return False
    if cue_entry(verb) is None:
        return False
    lead = sent.doc[max(sent.start, subject.i - MAX_SIGNOFF_SUBJECT) : subject.i]
    return any(t.text == "," for t in lead)


def _evidence(main: list[Token]) -> bool:
    """ "Clinton leads by 8 points in the latest poll": the main clause names the measure
    its claim comes from (a poll inside a relative clause backs only that clause)."""
    return any(_poll(t) for t in main)


def _poll(token: Token) -> bool:
    """A poll or survey the claim is "in": "in the latest poll", "in recent surveys"."""
    return (
        token.dep_ == "pobj"
        and token.lower_ in claim_words.EVIDENCE_NOUNS
        and token.head.lower_ == "in"
    )


def unnamed_polls(main: list[Token]) -> list[Token]:
    """ "leads in the polls", "in New Hampshire surveys": polls named only as a kind, by
    no pollster or outlet, which source a claim only vaguely (one poll, "the poll", is
    one the article has named)."""
    return [
        t
        for t in main
        if _poll(t)
        and t.tag_ == "NNS"
        and not any(x.ent_type_ in POLLSTER_LABELS for x in t.subtree)
    ]


def unasserted(sent: SpacySpan, main: list[Token], markers: list[str]) -> bool:
    """Whether the sentence reports a view, its evidence or an open question rather than
    asserting a fact on the writer's word. A second main clause with its own subject
    ("it is unclear whether X, but he keeps his title") asserts on its own, and a poll
    backs a standing, not the cause the writer gives for it ("fell in the polls because
    of the scandal")."""
    root = sent.root
    if any(
        c.dep_ == "conj" and any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in root.children
    ):
        return False
    return (
        _open_question(root)
        or _attitude(root)
        or _viewpoint(root)
        or ("causal" not in markers and _evidence(main))
        or _reporting_aside(sent)
        or _source_subject(root)
    )


def of_nothing(verb: Token) -> bool:
    """ "No injuries were reported", "nothing was said": a passive whose subject is
    nothing passes on no claim for anyone to vouch for. (A negated passive is kept: "X is
    not expected to win" is annotated as a view on PolNeAR.)"""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return False
    return subject.lower_ in NOTHING or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children
    )
