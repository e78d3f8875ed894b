"""What a sentence asserts: the markers that make an unsourced claim worth an editor's look.

A sentence that reports a private act ("privately urged", "behind closed doors") rests
entirely on someone's inside knowledge; numbers, causes, predictions, judgements and
superlatives are contestable; plain scene-setting of public events is the least risky.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.data import builtin_outlets, claim_words, lexicon, normalise_name
from newsaudit.rules.base import SUBJECT_DEPS, cue_entry, stands_for, subject_of
from newsaudit.rules.fragments import is_verbless

# A sentence holding a cue of either kind reports someone's words, view or stance
# ("his announcement of", "a fierce critic of"), even where no rule could frame it.
CUE_POS = {"VERB": "verb", "NOUN": "noun", "ADJ": "adj"}
# Verbs whose agentless passive passes on hearsay ("is said to", "is believed", "an
# estimated", "is blamed on").
HEARSAY = frozenset(
    {
        "say",
        "report",
        "believe",
        "think",
        "estimate",
        "allege",
        "rumor",
        "rumour",
        "understand",
        "suppose",
        "claim",
        "blame",
        "tell",
        "fear",
        "consider",
    }
)
THING_PRONOUNS = frozenset({"it", "this", "that", "which"})
# The dependents of a clause's verb that carry what the clause asserts about something.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "attr", "dobj", "acomp", "advmod", "oprd"})
# Entity labels that are statistics rather than dates or ordinals.
NUMBER_LABELS = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})
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
# The complements that make an adjective after its noun a reduced relative clause
# ("investors wary of the plan").
ADJECTIVE_COMPLEMENTS = frozenset({"prep", "xcomp", "ccomp"})
# What a finished sentence ends on: a stop, or a closing mark or bracket after one.
SENTENCE_ENDS = frozenset(".!?\"\u201d\u2019')]")
# How many words a sign-off's subject runs to before its plural head ("campaign and
# corporate records show").
MAX_SIGNOFF_SUBJECT = 6
# Verbs that link a subject to a description of it ("is shy about", "remained bent on").
LINKING_VERBS = frozenset({"be", "remain", "seem", "appear", "become", "stay", "look"})


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


def _reports_someone(token: Token) -> bool:
    """A reporting word used of someone: "the senator is critical of", "his announcement",
    "Republicans pushed" -- not "it may prove crucial" or "supportive nations"."""
    if (token.lemma_.lower(), token.pos_) in claim_words.ATTRIBUTING:
        return True
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
        and _is_party(subject)
        and any(c.dep_ == "ccomp" and _finite(c) and _that_clause(c) for c in verb.children)
    )


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
    word for a crowd ("thousands of dockworkers"), which sets a scene."""
    if token.ent_type_ not in NUMBER_LABELS:
        return False
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
    if token.pos_ != "VERB" or token.tag_ != "VBN" or token.lemma_.lower() not in HEARSAY:
        return False
    passive = token.dep_ == "amod" or any(
        c.dep_ in ("auxpass", "nsubjpass") for c in token.children
    )
    return passive and not any(c.dep_ == "agent" for c in token.children)


def _private_heads(sent: SpacySpan, quoted: set[int]) -> list[Token]:
    """The words that private-act phrases outside quotations qualify: "urged" in "privately
    urged", "pressed" in "behind closed doors, the minister pressed", the noun itself in
    "held secret talks". A phrase in a quotation is the speaker's own account."""
    tokens = [t for t in sent if not t.is_space]
    lowered = [t.lower_ for t in tokens]
    heads = []
    for phrase in claim_words.PRIVATE_ACTS:
        words = phrase.split()
        for i in range(len(tokens) - len(words) + 1):
            if lowered[i : i + len(words)] != words or tokens[i].i in quoted:
                continue
            span = tokens[i : i + len(words)]
            inside = {t.i for t in span}
            root = next((t for t in span if t.head.i not in inside or t.head is t), span[0])
            # an adverb or a phrase of manner qualifies the word it hangs from
            head = root.head if root.dep_ in ("advmod", "prep", "npadvmod") else root
            if not _passes_on(head):
                heads.append(head)
    return heads


def _passes_on(verb: Token) -> bool:
    """ "Aides privately conceded that …", "privately, officials think …": a verb of saying
    or thinking with its reported clause passes on what its source said or thought -- a
    sourced claim, not a private act like "privately urged Kyiv to …"."""
    entry = cue_entry(verb)
    return (
        entry is not None
        and "clause" in entry.frames
        and subject_of(verb) is not None
        and any(c.dep_ == "ccomp" and _finite(c) for c in verb.children)
    )


def _finite(clause: Token) -> bool:
    """A clause with its own subject ("that it had been a difficult night"), not an
    infinitive the parser hung as one ("urged prefects not to publish")."""
    children = list(clause.children)
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children) and not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children
    )


def _is_party(token: Token) -> bool:
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
    negated = any(c.dep_ == "neg" for c in root.children)
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
    if subject is None or not _is_party(subject):
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
            and _is_party(objects[0])
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


def _unnamed_polls(main: list[Token]) -> list[Token]:
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


def _unasserted(sent: SpacySpan, main: list[Token], markers: list[str]) -> bool:
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
    private_heads = _private_heads(sent, quoted)
    if private_heads:
        markers.append("private")
    if any(_figure(t) for t in main):
        markers.append("statistic")
    if any(f" {p} " in lowered for p in claim_words.CAUSAL):
        markers.append("causal")
    if any(f" {p} " in lowered for p in claim_words.PREDICTIVE):
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
        unasserted=_unasserted(sent, main, markers),
        fragment=is_verbless(sent),
        hedges=tuple(
            (offset + t.idx, offset + t.idx + len(t.text))
            for t in sent
            if t.i not in quoted and t.lower_ in claim_words.HEDGES
        ),
        agentless=tuple(
            (offset + t.idx, offset + t.idx + len(t.text))
            for t in sent
            if t.i not in quoted and _agentless(t)
        ),
        unnamed_polls=tuple(
            (offset + t.idx, offset + t.idx + len(t.text)) for t in _unnamed_polls(main)
        ),
        private_heads=tuple((offset + t.idx, offset + t.idx + len(t.text)) for t in private_heads),
    )
