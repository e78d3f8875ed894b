"""Light-verb cues: "made (it) clear that Y", "made no secret of Y", "showed no sign of Y".

"Make" says nothing by itself (PolNeAR train annotates under a tenth of its clauses and
objects), but with "clear" it states the clause that follows as the subject's position,
and with "no secret of" the thing it owns up to: outside quotation marks annotators mark
nearly every "made (it) clear" (study split: 8 of them missed before this rule, none of
the unannotated ones outside quotes) and each "made no secret of" (3 of 3). "Show" with a
noun of disposition ("showed no sign of backing down", "has shown little inclination to
act", "have shown interest in buying") tells the subject's stance the way "was willing to"
does; with any other object it shows a thing ("showed a video", "showed restraint").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.rules.base import Candidate, mention, offsets, subject_of, subtree_offsets, trim
from newsaudit.rules.frames import noun_phrase
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


def find_light_cues(sent: SpacySpan, quoted: set[int]) -> Iterator[Candidate]:
    """Yield a statement for each "made (it) clear" with a clause after it, a stance for
    each "made no secret of" with a noun phrase, and one for each "showed (no) sign of",
    "interest in" or "inclination to" with what the disposition is toward."""
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.i in quoted:
            continue
        lemma = verb.lemma_.lower()
        if lemma == "show":
            found = _disposition(verb)
        elif lemma != "make" or any(c.dep_ == "neg" for c in verb.children):
            continue  # "did not make clear whether …" withholds the answer
        else:
            found = _made_clear(verb, sent) or _no_secret(verb, sent)
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
