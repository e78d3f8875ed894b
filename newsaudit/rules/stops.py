"""Where a cue's content stops, and what it runs on to past the parse.

The parser hangs everything after a cue on it, but not all of it was said. A second cue
coordinated with the first, or inside its clause ("said X and insisted Y", "said X,
citing Y"), starts a second attribution; a clause with its own subject set against the
reported one by ", but" is the writer's reply. A verb the parser joined to the cue may
still be more of what was said: a backshifted "would" with no subject of its own ("said it
was in close contact with the sponsor and would assess the data").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsaudit.data import Cue
from newsaudit.rules.tokens import (
    QUOTE_MARKS,
    SUBJECT_DEPS,
    cue_entry,
    foreign_particle,
    to_infinitive,
)

# The past forms of "will", "can" and "may" that reported speech shifts them to.
BACKSHIFTED_MODALS = frozenset({"would", "could", "might"})
# The auxiliary of a past perfect, to which reported speech shifts a past or a present perfect.
PERFECT_AUXILIARIES = frozenset({"had"})
# What a bare verb leans on: a modal or an infinitive's "to".
BARE_VERB_AUXILIARIES = BACKSHIFTED_MODALS | {"will", "can", "may", "shall", "should", "must", "to"}
# The frames by which a cue's to-infinitive is what it reports.
INFINITIVE_FRAMES = frozenset({"infinitive", "object-infinitive", "object-predicate"})
# Conjunctions that open a clause of time, which dates an event rather than reporting one.
TIME_MARKS = frozenset({"after", "before", "when", "until", "once"})


def content_stops(cue: Token) -> set[int]:
    """Tokens of the cue's subtree that are not part of its content: a second cue and
    what it governs, and a contrasting clause of the writer's."""
    return _second_cues(cue) | _contrast(cue)


def _second_cues(cue: Token) -> set[int]:
    """Tokens of a second cue coordinated with the first or inside its content ("said X
    and insisted Y", "said X, citing Y", "though sources said Y"): the content stops
    there."""
    stops: set[int] = set()
    for token in cue.subtree:
        if token.i <= cue.i or token.pos_ not in ("VERB", "AUX"):
            continue
        entry = cue_entry(token)
        if token.dep_ not in ("conj", "advcl") or entry is None:
            continue
        shared = entry.category == "statement" and continues_clause(token)
        if token.head.i != cue.i and (entry.category == "belief" or shared):
            # "said he was alarmed and wanted to see for himself": a belief joined to
            # the reported clause is part of what was said (annotators keep it in the
            # content); a verb of saying or stance there ("said X and criticized him")
            # is the speaker's next act, unless it leans on the reported verb's auxiliary
            # ("said they will meet and talk") or is backshifted as the reported verb is
            # ("said the council had met and had asked …"); a stance there stays one of
            # its own
            continue
        if not _reports(token, entry) or _conditional(token) or backshifted(token):
            continue
        if entry.category == "statement" and _subordinate_event(cue, token):
            continue
        stops.update(t.i for t in token.subtree)
        # the conjunction or comma that joins it ("and insisted", ", citing")
        before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
        if before is not None and (before.dep_ == "cc" or before.is_punct):
            stops.add(before.i)
    return stops


def _contrast(cue: Token) -> set[int]:
    """ "says the emails were personal, but for her rivals, it is a sign of …": a clause
    with its own subject set against the reported one by ", but" is the writer's reply,
    not more of what was said -- unless it is still reported ("…, but that they …") or
    quoted ("…, but "we are still counting"")."""
    stops: set[int] = set()
    for clause in cue.children:
        if clause.dep_ != "ccomp" or clause.i < cue.i:
            continue
        for conj in clause.children:
            own = {c.dep_ for c in conj.children}
            if conj.dep_ != "conj" or not own & set(SUBJECT_DEPS) or "mark" in own:
                continue
            but = conj.doc[conj.left_edge.i - 1]
            quoted = conj.left_edge.text in QUOTE_MARKS
            if but.lower_ == "but" and but.nbor(-1).text == "," and not quoted:
                stops.update(t.i for t in conj.subtree)
                stops.update((but.i, but.i - 1))
    return stops


def continues_clause(verb: Token) -> bool:
    """Whether a verb joined to another goes on with that verb's clause rather than
    starting a clause of its own: it leans on the other's auxiliary ("will meet and
    talk") or is in the past perfect as a reported verb shifted back ("had met and had
    asked")."""
    return _shares_auxiliary(verb) or _backshifted_perfect(verb)


def _shares_auxiliary(verb: Token) -> bool:
    """ "added that Scotland will align with the others and add two islands", "said he had
    been arrested and charged": a bare verb after a modal, or an "-ing" or past-participle
    verb after "be" or "have", joined by "and" to the reported verb with no auxiliary of
    its own, leans on that verb's auxiliary and goes on with the reported clause; the
    speaker's next act is finite ("and insisted") or set off by a comma (", noting")."""
    if verb.dep_ != "conj" or any(
        c.dep_ in ("aux", "auxpass", *SUBJECT_DEPS) for c in verb.children
    ):
        return False
    if verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].dep_ != "cc":
        return False
    head = verb.head.head if verb.head.dep_ == "acomp" else verb.head  # "was alive and …"
    auxiliaries = {c.lemma_.lower() for c in head.children if c.dep_ in ("aux", "auxpass")}
    if head.lemma_.lower() == "be":
        auxiliaries.add("be")
    if verb.tag_ == "VB":
        return bool(auxiliaries & BARE_VERB_AUXILIARIES)
    return verb.tag_ in ("VBG", "VBN") and bool(auxiliaries & {"be", "have"})


def _subordinate_event(cue: Token, verb: Token) -> bool:
    """ "reported the email came hours after the senator proposed a ban": a clause of time
    with its own subject, hung on a verb of the reported clause rather than on the cue,
    dates the reported event; it is more of what was said, not the speaker's next act."""
    if verb.dep_ != "advcl" or verb.head.i == cue.i:
        return False
    own = {c.dep_: c.lower_ for c in verb.children}
    return any(d in own for d in SUBJECT_DEPS) and own.get("mark") in TIME_MARKS


def _conditional(verb: Token) -> bool:
    # "said she would appeal if the board did not order a recount": a condition inside
    # the content, not a second report
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)


def _reports(verb: Token, entry: Cue) -> bool:
    """Whether a cue verb has a complement it could report: a clause or an object ("and
    asked members to picket", "and called the plan a disgrace"), or a to-infinitive its
    frames take. A word of the lexicon in another use is an act, no second report for
    the content to stop at: with a particle no phrasal cue has ("would not call off the
    strike"), before an infinitive it does not frame ("continued to fill sandbags"), or
    as an infinitive of purpose inside the content ("set up a committee to assess the
    losses")."""
    if foreign_particle(verb) or (verb.dep_ == "advcl" and to_infinitive(verb)):
        return False
    deps = {c.dep_ for c in verb.children}
    if deps & {"ccomp", "dobj"}:
        return True
    return "xcomp" in deps and bool(entry.frames & INFINITIVE_FRAMES)


def _backshifted_perfect(verb: Token) -> bool:
    """ "said the council had received the report and had asked the engineers to …": a
    verb joined to the reported clause in the past perfect, with no subject of its own,
    is the reported speech's tense shifted back, not the speaker's next act ("and
    asked")."""
    return verb.tag_ == "VBN" and _shifted_by(verb, PERFECT_AUXILIARIES)


def reported_conjunct(cue: Token, clause: Token) -> Token | None:
    """ "said it was in close contact with the sponsor and would assess the data": the
    parser may join the backshifted verb to the cue rather than to the reported clause
    that it continues (just after it, with only "and" between)."""
    doc = cue.doc
    for conj in cue.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and backshifted(conj):
            between = doc[clause.right_edge.i + 1 : conj.left_edge.i]
            joined = [t for t in between if not t.is_punct]
            if conj.i > clause.i and [t.lower_ for t in joined] == ["and"]:
                return conj
    return None


def backshifted(verb: Token) -> bool:
    """ "said it was in close contact with the sponsor and would assess the data": a
    joined verb with no subject of its own and a backshifted modal (a reported "will" or
    "can"), not negated, is more of what was said, not the speaker's next act."""
    return _shifted_by(verb, BACKSHIFTED_MODALS)


def _shifted_by(verb: Token, auxiliaries: frozenset[str]) -> bool:
    """A joined verb with no subject of its own leaning on one of ``auxiliaries``, not
    negated ("… but would not give details": the speaker declining, an act)."""
    children = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "neg") for c in children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in auxiliaries for c in children)
