"""Light-verb cues: "made (it) clear that Y", "made no secret of Y", "showed no sign of Y".

"Make" says nothing by itself (PolNeAR train annotates under a tenth of its clauses and
objects), but with "clear" it states the clause that follows as the subject's position,
and with "no secret of" the thing it owns up to: outside quotation marks annotators mark
nearly every "made (it) clear" (study split: 8 of them missed before this rule, none of
the unannotated ones outside quotes) and each "made no secret of" (3 of 3). "Show" with a
noun of disposition ("showed no sign of backing down", "has shown little inclination to
act", "have shown interest in buying") tells the subject's stance the way "was willing to"
does; with any other object it shows a thing ("showed a video", "showed restraint").
Fixed phrases of a light verb and a noun ("took aim at the plan", "made the case for a
levy", "took issue with the ruling") work as one verb of stance or saying: the noun says
what the act is, the preposition or clause after it what it is about.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.rules.base import Candidate, mention, offsets, subject_of, subtree_offsets, trim
from newsaudit.rules.misparsed import misread_clause
from newsaudit.rules.objects import noun_phrase
from newsaudit.rules.tokens import SUBJECT_DEPS

# Words opening an adverbial clause after "made clear" ("as they celebrated", "when X
# appointed …"): a circumstance of the statement, not what was made clear.
ADVERBIAL_OPENERS = frozenset(
    {"as", "when", "while", "if", "because", "after", "before", "since", "although"}
)
# What may stand between "made (it)" and "clear": "made it very clear".
INTENSIFIERS = frozenset({"very", "abundantly", "quite", "crystal", "perfectly", "absolutely"})
# Nouns of disposition that "show" turns into a stance cue, by how often PolNeAR annotates
# "show" with them outside quotes (study split: "sign" 8 of 10, "interest" 4 of 4,
# "inclination" 4 of 5; every other object noun of "show" with a complement occurs at most
# twice, "support" 0 of 2).
DISPOSITION_NOUNS = frozenset({"sign", "interest", "inclination"})
# The prepositions that say what the disposition is toward: "sign of", "interest in".
DISPOSITION_PREPS = frozenset({"of", "in", "for"})
# Nouns that name a condition when their object is a noun ("showed signs of liver injury",
# "of fatigue") and a disposition only toward an act ("showed no sign of backing down").
CONDITION_NOUNS = frozenset({"sign"})
# Where the clause after a fixed phrase hangs: on the noun ("the case that …"), the verb,
# or, misparsed as a relative clause, on the addressee ("the case to voters that …").
CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl"})
# Light verb and noun making one cue, with its category and what carries the content: a
# preposition's object, or "that" for a clause on the noun or the verb ("made the case
# to voters that …"). Chosen on the study split (verb, object noun, preposition outside
# quotes; annotated / occurrences, none predicted before): make case for 5/8, to (with a
# clause) 5/7, that 2/4; take aim at 4/8, shot at 4/7, swipe at 3/5, issue with 4/4,
# credit for 3/3; make mention of 4/5, reference to 3/4, joke about 3/3; draw attention
# to 3/4; throw support behind 2/4, to 2/4. Left out: "call attention to" (2 of 4, said of
# events as often as of people), and the phrases whose source is the object ("faced
# criticism from", "won the endorsement of").
LIGHT_IDIOMS: dict[tuple[str, str], tuple[str, frozenset[str]]] = {
    ("make", "case"): ("statement", frozenset({"for", "against", "that"})),
    ("make", "argument"): ("statement", frozenset({"for", "against", "that"})),
    ("make", "mention"): ("statement", frozenset({"of"})),
    ("make", "reference"): ("statement", frozenset({"to"})),
    ("make", "joke"): ("statement", frozenset({"about"})),
    ("take", "aim"): ("stance", frozenset({"at"})),
    ("take", "shot"): ("stance", frozenset({"at"})),
    ("take", "swipe"): ("stance", frozenset({"at"})),
    ("take", "issue"): ("stance", frozenset({"with"})),
    ("take", "credit"): ("statement", frozenset({"for"})),
    ("draw", "attention"): ("statement", frozenset({"to"})),
    ("throw", "support"): ("stance", frozenset({"behind", "to"})),
    ("throw", "weight"): ("stance", frozenset({"behind"})),
}


def find_light_cues(sent: SpacySpan, quoted: set[int]) -> Iterator[Candidate]:
    """Yield a statement for each "made (it) clear" with a clause after it, a stance for
    each "made no secret of" with a noun phrase, one for each "showed (no) sign of",
    "interest in" or "inclination to" with what the disposition is toward, and one for
    each fixed phrase of ``LIGHT_IDIOMS`` ("took aim at", "made the case that")."""
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.i in quoted:
            continue
        lemma = verb.lemma_.lower()
        if lemma == "show":
            found = _disposition(verb)
        elif any(c.dep_ == "neg" for c in verb.children):
            continue  # "did not make clear whether …", "did not take issue" withhold it
        elif lemma == "make":
            found = _made_clear(verb, sent) or _no_secret(verb, sent) or _idiom(verb)
        else:
            found = _idiom(verb)
        subject = subject_of(verb)
        if found is None or subject is None or subject.dep_ == "expl":
            continue
        last, content, category = found
        yield Candidate(
            kind="indirect",
            category=category,
            cue=offsets(verb, last),
            content=content,
            source=mention(subject),
            rule="light",
        )


def _made_clear(verb: Token, sent: SpacySpan) -> tuple[Token, tuple[int, int], str] | None:
    """ "made (it) (very) clear (to X) (on Monday) (that) Y": the clause Y, the first
    verb with a subject after "clear" together with all it governs."""
    words = [t for t in sent if t.i > verb.i]
    if words and words[0].lower_ == "it":
        words = words[1:]
    while words and words[0].lower_ in INTENSIFIERS:
        words = words[1:]
    if not words or words[0].lower_ != "clear":
        return None
    clear = words[0]
    clause = next((t for t in words[1:] if _finite_clause(t)), None)
    if clause is None:
        return None
    while clause.head.i > clear.i and clause.head.i != clause.i and clause.head in words:
        clause = clause.head
    start = max(clause.left_edge.i, clear.i + 1)
    if sent.doc[start].lower_ in ADVERBIAL_OPENERS:
        return None
    content = trim(sent.doc[start : clause.right_edge.i + 1])
    return (clear, content, "statement") if content is not None else None


def _finite_clause(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS for c in token.children)


def _no_secret(verb: Token, sent: SpacySpan) -> tuple[Token, tuple[int, int], str] | None:
    """ "has made no secret of his frustration with the title": what is owned up to."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "secret"), None)
    if obj is None or not any(c.lower_ == "no" for c in obj.children):
        return None
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    target = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    content = noun_phrase(target) if target is not None else None
    return (of, content, "stance") if content is not None else None


def _disposition(verb: Token) -> tuple[Token, tuple[int, int], str] | None:
    """ "showed no sign of backing down" (a stance toward the gerund or noun phrase after
    the preposition), "has shown little inclination to act", "showed no sign that she
    would yield" (a belief: the infinitive or clause on the noun). A negated verb ("has
    not shown any interest in") tells the stance all the same; "patients showed signs of
    liver injury" is a symptom, not a stance."""
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or noun.lemma_.lower() not in DISPOSITION_NOUNS:
        return None
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ == "prep" and child.lower_ in DISPOSITION_PREPS:
            target = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            condition = noun.lemma_.lower() in CONDITION_NOUNS
            if target is not None and condition and target.pos_ != "VERB":
                return None
            content = noun_phrase(target) if target is not None else None
            return (child, content, "stance") if content is not None else None
        if child.dep_ in ("acl", "ccomp") and child.pos_ in ("VERB", "AUX"):
            to = child.left_edge.lower_ == "to"
            if to or any(c.dep_ in SUBJECT_DEPS for c in child.children):
                content = subtree_offsets(child)
                return (noun, content, "belief") if content is not None else None
    return None


def _idiom(verb: Token) -> tuple[Token, tuple[int, int], str] | None:
    """ "took aim at a provision", "made the case for a levy", "has made the case to
    voters that she can win" (the clause may hang on the noun, the verb or, misparsed, the
    addressee): what a fixed phrase of the verb and its object is about, the clause after
    it or else the object of its preposition. A bare singular noun there is a thing aimed
    at, not a view ("took a shot at goal")."""
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or (verb.lemma_.lower(), noun.lemma_.lower()) not in LIGHT_IDIOMS:
        return None
    category, takes = LIGHT_IDIOMS[verb.lemma_.lower(), noun.lemma_.lower()]
    if "that" in takes:
        holders = [noun, verb, *(t for t in verb.subtree if t.i > noun.i and t.pos_ == "NOUN")]
        clause = next(filter(None, (misread_clause(h, CLAUSE_DEPS) for h in holders)), None)
        content = subtree_offsets(clause) if clause is not None else None
        if content is not None:
            return noun, content, category
    after = sorted((c for c in [*noun.children, *verb.children] if c.i > noun.i), key=lambda c: c.i)
    for prep in after:
        if prep.dep_ not in ("prep", "dative") or prep.lower_ not in takes:
            continue
        target = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if target is None or target.tag_ == "NN" and not any(target.children):
            continue
        content = noun_phrase(target)
        if content is not None:
            return prep, content, category
    return None
