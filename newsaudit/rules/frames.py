"""Which complement of a cue carries what is attributed, read from the cue's lexicon frames.

A cue is an attribution only through a complement its meaning licenses. A clause ("said
that Y") or a to-infinitive of the subject ("vowed to Y") holds a proposition. A noun
phrase holds one only after a verb of stance ("opposed the bill", "praised the plan") or,
for verbs that are as often acts as stances ("questioned", "discussed"), when the noun
itself names something said or thought ("questioned the claim", not "questioned two
men"). Predicative frames ("called the plan a disgrace") and argument prepositions
("warned of a recession", "called for a ban") are stances too; a directive ("urged
lawmakers to act") is one after a verb of belief, and a statement after a verb of saying
(see ``rules.reported``). A verb with none of its frames filled ("called the strike",
"offered a raise") is an act, and yields nothing.

The frames of each cue were chosen from how often PolNeAR's training split annotates the
complement as attributed content (``data/cues.tsv``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from newsaudit.data import Cue, claim_words
from newsaudit.rules.base import (
    Offsets,
    nearest_subject,
    offsets,
    subtree_offsets,
    trim,
)
from newsaudit.rules.inverted import speaker_clause, speaker_inside
from newsaudit.rules.misparsed import (
    anonymity_purpose,
    clause_after_occasion,
    clause_in_setting,
    demonstrative_that,
    misread_clause,
    mistagged_clause,
    split_complement,
    stranded_subject,
    topic_in_setting,
    unmarked_clause,
)
from newsaudit.rules.objects import (
    addressee_like,
    direct_object,
    gerund_object,
    noun_phrase,
    pronoun_target,
    proposition_like,
    thing_frame,
)
from newsaudit.rules.predicates import (
    extent,
    is_doing,
    is_predicate,
    predicate_inside,
    quoted_predicate,
)
from newsaudit.rules.stops import content_stops, reported_conjunct
from newsaudit.rules.tokens import (
    QUOTE_OPENERS,
    SUBJECT_DEPS,
    TIME_LABELS,
    is_infinitive,
)

# Frames whose content is a proposition; every other frame states a stance toward it.
PROPOSITIONAL = frozenset({"clause", "infinitive"})
# Verbs that put a question to someone ("Asked about …", "was pressed on …"): the one
# asked is not what the question is about.
ASKING_VERBS = frozenset(claim_words.QUESTION_PUT)
# How the parser may attach the infinitive of an object-infinitive frame: to the object
# as a relative clause, or to the verb as a clause of purpose.
INFINITIVE_CLAUSES = frozenset({"relcl", "acl", "advcl"})
# The frame of a directive: an addressee and the infinitive of what they are to do.
DIRECTIVE = "object-infinitive"
# Frames named for a construction; every other frame is named for its preposition.
CONSTRUCTIONS = PROPOSITIONAL | {
    "object",
    "proposition",
    "thing",
    "object-infinitive",
    "object-predicate",
    "prepobj",
    "whether",
}
# Prepositions that, before a date or a time, say when ("on Monday", "for decades"), not
# what a cue is about ("talked about the 1990s").
TIME_PREPS = frozenset({"on", "for", "in", "at", "during", "since", "until"})


@dataclass(frozen=True)
class Content:
    """Where a cue's content lies, and whether it is a proposition or a stance."""

    offsets: Offsets
    frame: str

    @property
    def stance(self) -> bool:
        return self.frame not in PROPOSITIONAL

    @property
    def directive(self) -> bool:
        """ "urged lawmakers to act", "called on the board to resign": what someone was
        told to do, with whom they told."""
        return self.frame == DIRECTIVE


def _infinitive_on(obj: Token) -> Token | None:
    """A to-infinitive right after the object, with no subject of its own, that the
    parser makes a relative clause of the object ("the cold weather to return") or a
    clause of purpose on the verb ("projected inflation to ease")."""
    relative = next(obj.rights, None)
    purpose = next((c for c in obj.head.rights if c.i > obj.i and c.dep_ == "advcl"), None)
    if any(t.pos_ in ("VERB", "AUX") for t in obj.doc[obj.i + 1 : obj.right_edge.i + 1]):
        purpose = None  # not after a clause on the object ("rules that purport to bind")
    for child, at in ((relative, obj.i + 1), (purpose, obj.right_edge.i + 1)):
        if child is None or child.left_edge.i != at or child.dep_ not in INFINITIVE_CLAUSES:
            continue
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        if to and not subject:
            return child
    return None


def _colon_after(clause: Token, cue: Token) -> bool:
    """Whether a colon closes a clause before the cue: the writer's lead-in to the cue's
    own sentence, not what was said (which a comma or a quotation mark closes)."""
    doc = cue.doc
    return any(t.text == ":" for t in doc[clause.right_edge.i : cue.i])


def find_content(cue: Token, entry: Cue) -> Content | None:
    """The content of a verb cue, from the first of its frames the sentence fills."""
    frames = entry.frames
    if "clause" in frames and speaker_inside(cue) is not None:
        # "The plan, said Lee, would cost more": what was said is the sentence around
        # the cue and its speaker, as with "The plan, Lee said, would cost more"
        return _made(trim(cue.sent), "clause")
    stops = content_stops(cue)
    obj = next((c for c in cue.children if direct_object(c)), None)
    if obj is None and any(c.dep_ == "agent" or is_predicate(c, cue) for c in cue.children):
        # "the deal was confirmed by aides", "the plan is considered too costly", "the
        # terminal is billed as the largest": the passive's subject is the active's object
        obj = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    for child in cue.children:
        if child.i < cue.i and completed_after(cue):
            continue  # "…, he said the same thing": the clause before is not what was said
        if child.i < cue.i and _colon_after(child, cue):
            continue  # "It's not just Congress: Clinton came out against …": a lead-in
        if child.i > cue.i and "object" in frames and _after_object(child, obj):
            continue  # "announced his bid last spring, Mook was …": the next clause
        if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX"):
            if child == speaker_clause(cue):
                continue  # '"…," said Ann Lee, who heads Correct the Record': the speaker's
            that = demonstrative_that(child)
            if that is not None:
                # what was said is the thing "that" points back to, as with "said it":
                # a stance's target, no proposition of a statement
                stance = "object" in frames and entry.category != "statement"
                return _made(offsets(that, that), "object") if stance else None
            subject = stranded_subject(child, obj)
            if subject is not None:
                return _made(_from_to(subject, child, stops), "clause")
            more = reported_conjunct(cue, child) or split_complement(cue, child)
            if more is not None:
                return _made(_from_to(child, more, stops), "clause")
            if child.i < cue.i:
                return _made(_clause_before(child, cue, stops), "clause")
            return _made(subtree_offsets(child, stops), "clause")
        if "clause" in frames and child.i > cue.i and mistagged_clause(child):
            return _made(subtree_offsets(child, stops), "clause")
        nominal = child.dep_ in ("ccomp", "dep") and child.pos_ in ("NOUN", "PROPN")
        if nominal and child.i < cue.i and _closing(cue, "clause" in frames):
            # "Her fate hinges on the vote, analyst says.": a headline's clause whose verb
            # the tagger took for a noun is still what the closing cue reports (a bare
            # adjective is no clause: "Not important enough, I guess.")
            return _made(_clause_before(child, cue, stops), "clause")
        # "Y, said X" parsed with Y's verb as a second subject of "said"
        if child.dep_ == "nsubj" and child.pos_ in ("VERB", "AUX") and child.i < cue.i:
            return _made(subtree_offsets(child, stops), "clause")
    if obj is not None and "clause" in frames:
        clause = misread_clause(obj)
        if clause is not None:
            return _made(subtree_offsets(clause, stops), "clause")
    if "clause" in frames and entry.category == "statement":
        clause = clause_in_setting(cue, entry)
        if clause is not None:
            return _made(subtree_offsets(clause, stops), "clause")
    infinitive = next(
        (c for c in cue.children if is_infinitive(c) and not anonymity_purpose(c)), None
    )
    if infinitive is not None:
        if obj is not None and obj.i < infinitive.i and "object-infinitive" in frames:
            # "urged lawmakers to act": who is urged belongs to what is urged
            return _made(_from_to(obj, infinitive, stops), DIRECTIVE)
        if obj is None and "infinitive" in frames:
            return _made(subtree_offsets(infinitive, stops), "infinitive")
        if obj is None and "to" in frames and infinitive.tag_ == "VBG":
            # "admitted to 'forgetting' the screws": "to" before a gerund is the "to"
            # frame's preposition, which the parser may read as an infinitive's marker
            marker = next(c for c in infinitive.children if c.dep_ == "aux" and c.lower_ == "to")
            return _made(subtree_offsets(infinitive, stops | {marker.i}), "to")
    told_to = _infinitive_on(obj) if infinitive is None and obj is not None else None
    if told_to is not None and "object-infinitive" in frames:
        # "forecasts the cold weather to return": the parser may hang the infinitive on
        # the object as a relative clause; with no subject of its own, it says what the
        # object will do, as "forecasts that the cold weather will return" would
        return _made(_from_to(obj, told_to, stops), DIRECTIVE)
    for child in cue.children:
        small = child.dep_ == "ccomp" or (child.dep_ == "oprd" and quoted_predicate(child))
        if small and obj is None and "object-predicate" in frames and not is_doing(child):
            # "called the plan a disgrace": a verbless small clause (or, with the
            # predicate quoted, one noun phrase: "called the timetable 'fiction'")
            return _made(subtree_offsets(child, stops), "object-predicate")
    if obj is not None and "object-predicate" in frames:
        pred = next((c for c in cue.children if is_predicate(c, obj)), None)
        if pred is not None:
            return _made(_from_to(obj, extent(cue, pred), stops), "object-predicate")
        if predicate_inside(obj):
            return _made(_from_to(obj, obj, stops), "object-predicate")
    found = (
        _prepositional(cue, entry, obj, stops)
        or _for_to(cue, frames, stops)
        or _indirect_question(cue, frames, stops)
    )
    if found is not None:
        return found
    if obj is not None and ("object" in frames or "proposition" in frames or "thing" in frames):
        named = obj.pos_ != "PRON" and (proposition_like(obj) or thing_frame(obj, frames))
        if "object" not in frames and not named:
            return None  # "questioned two men", "questioned them": nothing said is named
        if obj.pos_ == "PRON" and not pronoun_target(obj, entry):
            return None  # "backed something", "opposed all that"
        # "endorsed her", "oppose them": a stance toward someone
        # named before is still a stance (annotators mark the pronoun)
        return _made(noun_phrase(obj), "object")
    if obj is None and "object" in frames:
        gerund = next((c for c in cue.children if gerund_object(c, cue)), None)
        if gerund is not None:
            # "supports raising the minimum wage", "proposed barring visitors": a gerund
            # clause with no subject of its own is the verb's object (study split: 69 of
            # 101 annotated)
            return _made(subtree_offsets(gerund, stops), "object")
    if obj is None and "clause" in frames:
        clause = next((c for c in cue.rights if unmarked_clause(c)), None)
        if clause is None and entry.category == "statement":
            clause = clause_after_occasion(cue)  # "said after the meeting ended that …"
        if clause is not None:
            # the clause is the content, not a second cue ("he would not accept …"), nor
            # an adjunct of the cue
            own = {t.i for t in clause.subtree}
            return _made(subtree_offsets(clause, stops - own), "clause")
    return None


def cue_phrase(cue: Token) -> set[int]:
    """The cue with the words before it that belong to it: its nearest subject, with
    the auxiliaries, negation and adverbs between ("she has also said")."""
    subjects = [c for c in cue.lefts if c.dep_ in SUBJECT_DEPS]
    phrase = {cue.i}
    if subjects:
        phrase.update(t.i for t in nearest_subject(subjects, cue).subtree)
    for child in cue.lefts:
        if child.dep_ in ("aux", "auxpass", "neg", "advmod") and child.i > min(phrase):
            phrase.update(t.i for t in child.subtree)
    return phrase


def _closing(cue: Token, takes_clause: bool) -> bool:
    """Whether a cue of a clause frame is set off by a comma before its subject and closes
    the sentence ("…, analyst says.")."""
    start = min(cue_phrase(cue))
    after = cue.doc[cue.right_edge.i + 1 : cue.sent.end]
    set_off = start > cue.sent.start and cue.doc[start - 1].text == ","
    return takes_clause and set_off and all(t.is_punct or t.is_space for t in after)


def _clause_before(clause: Token, cue: Token, stops: set[int]) -> Offsets | None:
    """ "Y, he said": the reported clause runs up to the cue and its subject. The parser
    may hang the words after a comma inside it on the cue ("for tenants with small, if
    steady, incomes to rent flats, he said"); they are still part of what was said, but
    not the cue's own phrases ("Y, in a statement, he said")."""
    end = min(cue_phrase(cue))
    stops = stops | _lead_in(clause)
    if clause.right_edge.i >= end:
        return subtree_offsets(clause, stops)
    own = {
        t.i
        for c in cue.lefts
        if c.dep_ not in ("punct", "ccomp") and c.i > clause.right_edge.i
        for t in c.subtree
    }
    last = clause.right_edge.i
    while last + 1 < end and last + 1 not in own and last + 1 not in stops:
        last += 1
    if all(t.is_punct for t in clause.doc[clause.right_edge.i + 1 : last + 1]):
        return subtree_offsets(clause, stops)  # '"It is late," she said': no words left out
    return trim(clause.doc[clause.left_edge.i : last + 1])


def _lead_in(clause: Token) -> set[int]:
    """ "The mayor was blunt: "We will close," she said": the writer's words before a
    colon that opens the quotation are no part of what was said; the parser may hang them
    on the quoted clause. The tokens up to the colon, or none."""
    doc = clause.doc
    for token in reversed(doc[clause.left_edge.i : clause.i]):
        if token.text == ":" and token.i + 1 < len(doc) and doc[token.i + 1].text in QUOTE_OPENERS:
            return set(range(clause.left_edge.i, token.i + 1))
    return set()


def _prepositional(cue: Token, entry: Cue, obj: Token | None, stops: set[int]):
    """ "warned of a recession", "called for a ban", "accused him of lying", "called on
    lawmakers to act" (the content is all of "lawmakers to act")."""
    frames = entry.frames
    phrasal = " " in entry.cue and "prepobj" in frames
    for prep in _argument_preps(cue):
        if prep.dep_ not in ("prep", "prt") or prep.i < cue.i:
            continue
        # "pointed out the flaw": the particle itself; "lashed out at critics", "pushed
        # back against the plan": the preposition right after it
        after_particle = phrasal and prep.i == cue.i + 2 and prep.dep_ == "prep"
        if not (prep.lower_ in frames or (phrasal and prep.i == cue.i + 1) or after_particle):
            continue
        if (
            prep.lower_ == "with"
            and entry.category == "evidence"
            and (obj is None or obj.i > prep.i)
        ):
            # what a poll finds or shows "with" is of someone ("found Clinton with a lead");
            # with no one before it, it is a passive's find ("was found with wounds")
            continue
        pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is None and phrasal and obj is not None:
            pobj = obj  # "pointed out the flaw": the particle's object is the verb's
        if pobj is None or (prep.lower_ in TIME_PREPS and pobj.ent_type_ in TIME_LABELS):
            continue  # "called the strike on Monday": a time, not what was called for
        last = pobj
        tail = [c for c in cue.children if c.i > pobj.i and is_infinitive(c)]
        if tail:
            last = tail[0]
        # "accused him of lying": the object before the preposition belongs to the
        # content, and so does a stance's target made the passive's subject ("Cruz was
        # attacked by rivals for …", as PolNeAR marks it); one asked is not what is asked
        # about ("the mayor was questioned by reporters about the delays")
        asked = obj is not None and obj.i < cue.i and cue.lemma_.lower() in ASKING_VERBS
        first = obj if obj is not None and obj.i < prep.i and not asked else pobj
        if first is pobj and last is pobj:
            return _made(noun_phrase(pobj), prep.lower_)
        # "called on lawmakers to act": the preposition's object is the addressee
        frame = DIRECTIVE if tail and first is pobj else prep.lower_
        return _made(_from_to(first, last, stops), frame)
    topic = topic_in_setting(cue) if "about" in frames else None
    return _made(noun_phrase(topic), "about") if topic is not None else None


def _argument_preps(cue: Token) -> Iterator[Token]:
    """The cue's children, and for a passive verb of asking the "about" phrase the parser
    hung on the asker ("was asked by a radio host about the closure"): what one is asked
    about is no part of who asks."""
    yield from cue.children
    if cue.lemma_.lower() not in ASKING_VERBS:
        return
    for agent in (c for c in cue.children if c.dep_ == "agent"):
        for asker in (c for c in agent.children if c.dep_ == "pobj"):
            yield from (c for c in asker.rights if c.dep_ == "prep" and c.lower_ == "about")


def _for_to(cue: Token, frames: frozenset[str], stops: set[int]) -> Content | None:
    """ "called for the allies to send troops": the parser reads "for" as the marker of a
    clause of purpose; the clause without it is what is called for (study split: 22 of
    25 annotated), a directive as "called on the allies to send troops" is."""
    if "for" not in frames:
        return None
    for clause in cue.children:
        first = clause.left_edge
        marked = first.dep_ == "mark" and first.lower_ == "for" and first.head.i == clause.i
        if clause.i > cue.i and clause.dep_ in ("advcl", "ccomp") and marked:
            # the clause is the content, not a second cue ("to raise the wage")
            own = {t.i for t in clause.subtree} - {first.i}
            return _made(subtree_offsets(clause, (stops - own) | {first.i}), DIRECTIVE)
    return None


def _indirect_question(cue: Token, frames: frozenset[str], stops: set[int]) -> Content | None:
    """ "asked the voters if they would return": the parser reads the question as a
    condition on the verb; after a verb of asking it is what was asked."""
    if "whether" not in frames:
        return None
    for clause in cue.children:
        first = clause.left_edge
        asks = first.dep_ == "mark" and first.lower_ in ("if", "whether")
        if clause.i > cue.i and clause.dep_ == "advcl" and asks and first.head.i == clause.i:
            return _made(subtree_offsets(clause, stops), "clause")
    return None


def _after_object(clause: Token, obj: Token | None) -> bool:
    """Whether a clause comes after the object of a cue that takes one, with a comma
    between them."""
    if obj is None or addressee_like(obj) or clause.i < obj.i:
        return False
    between = clause.doc[obj.right_edge.i + 1 : clause.i]
    return any(t.text == "," for t in between)


def completed_after(cue: Token) -> bool:
    """Whether a cue has a complement of its own after it ("said the same thing",
    "expected me to read", "preferred the mayor"), so that a clause before it, however
    the parser hangs it, is not its content. An addressee ("Y, she told reporters") is
    not such a complement."""
    for child in cue.children:
        if child.i < cue.i:
            continue
        if child.dep_ in ("ccomp", "xcomp", "oprd", "attr") and not anonymity_purpose(child):
            return True
        if direct_object(child) and not addressee_like(child):
            return True
    return False


def is_preposition(frame: str) -> bool:
    """Whether a frame is a preposition's object ("warned of", "pointed to")."""
    return frame not in CONSTRUCTIONS


def _from_to(first: Token, last: Token, stops: set[int]) -> Offsets | None:
    doc = first.doc
    end = last.right_edge.i
    for i in range(first.left_edge.i, end + 1):
        if i in stops:
            end = i - 1
            break
    return trim(doc[first.left_edge.i : end + 1])


def _made(offsets: Offsets | None, frame: str) -> Content | None:
    return Content(offsets, frame) if offsets is not None else None
