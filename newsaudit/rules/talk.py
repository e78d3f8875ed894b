"""Talk with no talker: "There has been a lot of talk about a merger", "there is chatter
about who might run", "Speculation about the deal grew".

A noun of talk ("talk", "chatter", "rumblings") set down with nobody's name on it reports
that people are saying something, without saying who: hearsay, as "reportedly" is. The
phrase it is about is what is said. On the first 724 PolNeAR train articles annotators
mark "there is/was/has been … talk/chatter/rumblings about X" as an attribution in 4 of
its 5 uses outside quotation marks, with X as the content and mostly no source (a fronted
"Among aides," names who talks); this rule finds 8 there, 7 of them annotated. The noun
with a "that" clause ("rumors that …") is a cue of the lexicon, read by the nominal rule
when someone is named.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.rules.base import Candidate, mention, offsets
from newsaudit.rules.objects import noun_phrase

# Nouns that say people are talking, not what one person said ("statement", "remark").
TALK_NOUNS = frozenset(
    {"talk", "chatter", "rumbling", "rumblings", "speculation", "rumor", "rumour", "gossip"}
)
# What the talk is about: "talk about a merger", "speculation over the deal", "talk of a
# strike".
TOPIC_PREPOSITIONS = frozenset({"about", "over", "of"})
# Quantity nouns the parser makes the head of "a lot of talk", "plenty of chatter".
QUANTITY_NOUNS = frozenset({"lot", "lots", "plenty", "deal", "bit", "amount"})
# A fronted phrase that says among whom the talk goes: "Among aides, there is chatter".
AMONG = "among"


def find_talk(sent: SpacySpan, quoted: set[int]) -> Iterator[Candidate]:
    """Yield a candidate for each noun of talk that is the subject of its clause, or what
    an existential "there is" says there is, with a topic phrase and no possessor."""
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in TALK_NOUNS or noun.i in quoted:
            continue
        if any(c.dep_ == "poss" for c in noun.children):
            continue  # "his talk of a merger": the possessor said it (nominal)
        verb = _clause_verb(noun)
        if verb is None:
            continue
        topic = next(
            (
                _object(c)
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS and _object(c) is not None
            ),
            None,
        )
        if topic is None:
            continue
        # "…, which might resemble …": an aside the comma sets off is the writer's
        content = noun_phrase(topic)
        if content is None:
            continue
        preposition = topic.head
        last = preposition if preposition.i == noun.i + 1 else noun
        among = _among(verb)
        yield Candidate(
            kind="indirect",
            category="statement",
            cue=offsets(noun, last),
            content=content,
            source=mention(among) if among is not None and among.i not in quoted else None,
            rule="talk",
        )


def _clause_verb(noun: Token) -> Token | None:
    """The verb of the clause the talk is set down in: as its subject ("Talk of a strike
    grew") or as what "there is" says there is ("there is chatter", "there has been a lot
    of talk"), not the object of a verb ("denied the talk of …", someone's act) nor a
    phrase inside another noun."""
    word = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in QUANTITY_NOUNS:
        word = noun.head.head  # "a lot of talk"
    verb = word.head
    if word.dep_ in ("nsubj", "nsubjpass"):
        return verb
    if word.dep_ == "attr" and any(c.dep_ == "expl" for c in verb.children):
        return verb
    return None


def _object(prep: Token) -> Token | None:
    """The noun phrase or clause a topic preposition governs."""
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _among(verb: Token) -> Token | None:
    """ "Among aides, there is chatter …": the people a fronted "among" phrase names."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == AMONG and prep.i < verb.i:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None
