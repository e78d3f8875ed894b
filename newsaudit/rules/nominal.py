"""Nominal cues: a noun of saying or thinking that names its own source.

"Reyes's claim that taxes would fall", "his criticism of the plan", "a warning from the
agency about floods". The possessor ("Reyes's", "his") or the "from"/"by" phrase is the
source; a clause on the noun is the content, or else the phrase that says what the noun
is about (a stance). A noun with no one named ("the claim that…") is left to the
sentence's flags; nouns that are the object of a verb ("expressed concerns that…") are
read with their verb by ``rules.reported``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.data import Cue
from newsaudit.rules.base import (
    TIME_LABELS,
    Candidate,
    cue_entry,
    mention,
    offsets,
    subtree_offsets,
)
from newsaudit.rules.misparsed import clause_in_setting
from newsaudit.rules.objects import noun_phrase
from newsaudit.rules.tokens import CLAUSE_SUBJECTS, to_infinitive

# The prepositions that introduce what a noun of saying or feeling is about: "criticism
# of", "doubts about", "remarks on", "a warning against"; or what it is for: "his support
# for the bill", "her call for a ban".
STANCE_PREPS = frozenset({"of", "about", "on", "against", "over", "for"})
# Verbs whose object is always what their subject voices: any noun after them names a
# view or a feeling, listed or not ("expressed skepticism that …", "voiced reservations
# about …"). Study split: of such objects outside the noun list with a clause or a stance
# preposition after them, 11 of 12 are annotated (7 of them found by no rule before).
# "Air" also airs ads and "raise" raises money, so they voice only the listed nouns.
EXPRESSING_VERBS = frozenset({"express", "voice"})
# Nouns of saying whose to-infinitive is what was said: "his promise to build a wall"
# (study split: 13 of 15 with a possessor annotated; nouns of intention or decision, "her
# plan to", "his decision to", 24 of 67, are left out).
PROMISE_NOUNS = frozenset({"promise", "pledge", "vow", "call", "claim"})
# "In X's words, …": the noun that frames the clause after it as the possessor's wording.
WORDING_NOUNS = frozenset({"word"})
# The prepositions that name the source after the noun: "a statement from the mayor".
SOURCE_PREPS = frozenset({"from", "by"})


def find_nominal(sent: SpacySpan, quoted: set[int]) -> Iterator[Candidate]:
    """Yield a candidate for each noun cue with a named source and a content."""
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.i in quoted:
            continue
        if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            continue  # "expressed concerns that…": see reported
        entry = cue_entry(noun, pos="noun")
        if entry is None:
            continue
        source = _source(noun)
        if source is None or source.i in quoted or _setting_of_cue(noun):
            continue
        found = _content(noun, source) or _in_view_of(noun, entry.category)
        if found is None:
            continue
        content, last, clausal = found
        yield Candidate(
            kind="indirect",
            category=entry.category if clausal else "stance",
            cue=offsets(noun, last),
            content=content,
            source=mention(source),
            tone=entry.tone,
            rule="nominal",
        )


def _setting_of_cue(noun: Token) -> bool:
    """ "stressing in his remarks that …": the clause the parser hung on the noun of a
    verb cue's setting is the verb's content (see misparsed.clause_in_setting); read
    here too, it would be the same words attributed twice."""
    verb = noun.head.head
    entry = cue_entry(verb) if noun.dep_ == "pobj" and verb.pos_ == "VERB" else None
    if entry is None or "clause" not in entry.frames:
        return False
    clause = clause_in_setting(verb, entry)
    return clause is not None and clause.head.i == noun.i


def _in_view_of(noun: Token, category: str):
    """ "In Ash's view, the change would hurt insiders": a belief noun in a fronted "in"
    phrase frames the clause it opens as the possessor's belief (study split: 6 of 8
    annotated); "In Ash's words, …" as what the possessor said, unless the clause has a
    verb of saying of its own. Other nouns of saying there are occasions ("In his speech,
    Obama positioned …", "In a statement, Sanders went further": 3 of 6 annotated on the
    study split), not framings."""
    prep = noun.head
    clause = prep.head
    fronted = noun.dep_ == "pobj" and prep.lower_ == "in" and prep.i < clause.i
    worded = noun.lemma_.lower() in WORDING_NOUNS and cue_entry(clause) is None
    if not (category == "belief" or worded) or not fronted or clause.pos_ not in ("VERB", "AUX"):
        return None
    content = subtree_offsets(clause, {t.i for t in prep.subtree})
    return (content, noun, True) if content else None


def _source(noun: Token) -> Token | None:
    """The one the noun's words are of: its possessor ("Lee's claim"), unless a time
    ("Saturday's debate over", "this week's warnings of"), or the object of its "from" or
    "by" phrase."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child if child.ent_type_ not in TIME_LABELS else None
        if child.dep_ == "prep" and child.lower_ in SOURCE_PREPS:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _content(noun: Token, source: Token):
    """(content offsets, last cue token, whether it is a proposition) or None."""
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp") and any(
            c.dep_ in CLAUSE_SUBJECTS for c in child.children
        ):
            content = subtree_offsets(child)
            return (content, noun, True) if content else None
    for child in noun.children:
        promised = noun.lemma_.lower() in PROMISE_NOUNS
        if promised and child.dep_ == "acl" and child.i > noun.i and to_infinitive(child):
            # "her pledge to reopen the line", "his call to ban imports": what the named
            # source promised or called for is the infinitive
            content = subtree_offsets(child)
            return (content, noun, True) if content else None
    for child in noun.children:
        if child.dep_ != "prep" or child.lower_ not in STANCE_PREPS or child.i < noun.i:
            continue
        obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        if obj is None or obj.i == source.i:
            continue
        content = noun_phrase(obj)
        return (content, child, False) if content else None
    return None


def voiced_entry(verb: Token, noun: Token) -> Cue | None:
    """The lexicon entry under which a verb's noun object is read as what its subject
    voiced: the noun's own ("raised concerns that …"), or after a verb that only voices
    ("expressed amusement that …"), the verb's."""
    entry = cue_entry(noun, pos="noun")
    if entry is None and verb.lemma_.lower() in EXPRESSING_VERBS:
        return cue_entry(verb)
    return entry
