"""Speakers after the verb: in news a quotation is often followed by its cue and then
its speaker ('"…," said Ann Lee'), or by a verb of wording and the text that words it
('"…," read the email'), orders the parser misreads."""

from __future__ import annotations

from spacy.tokens import Token

from newsaudit.rules.tokens import FINITE_TAGS, SET_OFF_MARKS, SUBJECT_DEPS, is_quote

# Verbs by which a text gives its own wording ('"…," read the email'): inverted after a
# quotation, the parser takes the text for the verb's object.
WORDING_VERBS = frozenset({"read"})
# Verbs of asking, whose object is the one asked ("asked the boy"), but which after a
# quoted question come before the one who asked it ('"How big is that wall?" asked the
# boy').
ASKING_VERBS = frozenset({"ask"})
# Words that stand for one more speaker left unnamed, which the parser may read as the
# object of the verb after a quotation ('"…," wrote another').
UNNAMED_SPEAKERS = frozenset({"another", "one", "others", "someone", "many", "some"})
# The words of a speaker's phrase, and those that open a predicate before its verb.
NAMES = frozenset({"PROPN", "NOUN"})
PREDICATE_LEFTS = frozenset({"aux", "auxpass", "neg", "advmod"})


def inverted_text(verb: Token) -> Token | None:
    """'"…," read the email.' / '"…," read a statement from the board.': after a closing
    quotation a verb of wording comes before the text that words it, which the parser
    (tagging the verb as a base form or a present) takes for its object; so does a verb
    of asking after a question ('"Why now?" asked the boy'); and after any verb, a word
    for one more speaker left unnamed ('"…," wrote another') is read as its object."""
    if verb.i < 2 or not is_quote(verb.nbor(-1)):
        return None
    after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.dep_ == "dobj" and after.lower_ in UNNAMED_SPEAKERS:
        return after  # '"She looks happy to me," wrote another.': one more of them
    asked = verb.lemma_.lower() in ASKING_VERBS and verb.nbor(-2).text == "?"
    if verb.lemma_.lower() not in WORDING_VERBS and not asked:
        return None
    text = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if text is None or text.i > verb.i + 3 or text.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    return text


def speaker_clause(verb: Token) -> Token | None:
    """'"…," said David Brock, a confidant who heads the group Correct the Record.': after a
    closing quotation the speaker follows the verb, but the parser may take a verb-like
    word further on for a clause of the cue and the speaker for its subject. Returns that
    clause, whose subject (its phrase opening right after the cue) is the cue's speaker
    and no part of what was said. Only a finite cue is inverted so: after '"…,"
    promising the club will return', the clause is what was promised."""
    if verb.i < 2 or not is_quote(verb.nbor(-1)) or verb.tag_ not in FINITE_TAGS:
        return None
    for clause in verb.rights:
        if clause.dep_ not in ("ccomp", "conj") or clause.pos_ not in ("VERB", "AUX"):
            continue
        subject = own_subject(clause)
        if subject is None or subject.pos_ != "PROPN" or subject.left_edge.i != verb.i + 1:
            continue
        # the name ends the speaker's phrase or a comma sets off what describes them; not
        # "says Isle Dubois warden as …", a name that is only part of the phrase
        if subject.i + 1 == len(verb.doc) or verb.doc[subject.i + 1].is_punct:
            return clause
    return None


def own_subject(clause: Token) -> Token | None:
    """The subject the parser gave a clause, before its verb."""
    return next((c for c in clause.lefts if c.dep_ in SUBJECT_DEPS), None)


def speaker_inside(verb: Token) -> Token | None:
    """ "The new timetable, said Fiona Dalgleish, the chief executive, would add two
    sailings a day": a verb of saying and then its speaker, set off by commas in the
    middle of what was said. The parser takes the words before for the verb's subject and
    the speaker for a second subject, or for the subject of the rest. Returns the
    speaker's head when the words after the closing comma go on with a predicate that has
    no subject of its own (the words before are its subject): not a clause of its own
    ("…, said Lee, the company wants …"), nor one joined by "and", nor a quotation."""
    doc, sent = verb.doc, verb.sent
    if verb.tag_ not in FINITE_TAGS or not sent.start + 1 < verb.i < sent.end - 1:
        return None
    before = doc[verb.i - 1]
    if before.text not in SET_OFF_MARKS or is_quote(doc[verb.i - 2]) or _set_off_subject(verb):
        return None
    heads = [c for c in verb.rights if c.dep_ in SUBJECT_DEPS]
    heads += [own_subject(c) for c in verb.rights if c.dep_ == "ccomp"]
    speaker = next(
        (h for h in heads if h is not None and h.left_edge.i == verb.i + 1 and h.pos_ in NAMES),
        None,
    )
    if speaker is None:
        return None
    close = (
        speaker.right_edge.i if doc[speaker.right_edge.i].text == "," else speaker.right_edge.i + 1
    )
    if close + 1 >= sent.end or doc[close].text != ",":
        return None
    rest = doc[close + 1]
    predicate = rest.head if rest.dep_ in PREDICATE_LEFTS and rest.head.i > rest.i else rest
    if predicate.pos_ not in ("VERB", "AUX") or is_quote(rest):
        return None
    finite = predicate.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS | {"MD"} for c in predicate.lefts
    )
    own = own_subject(predicate)
    return speaker if finite and (own is None or own == speaker) else None


def _set_off_subject(verb: Token) -> bool:
    """Whether the comma before the verb closes a phrase set off inside its subject
    ("Lorry driver K. Thevarajan, 51, said his lorry, which …, had been submerged"): the
    subject before it is the speaker, and the words after are what was said."""
    subject = own_subject(verb)
    if subject is None:
        return False
    inner = [t for t in subject.subtree if t.i < verb.i - 1]
    return any(t.text in SET_OFF_MARKS for t in inner)
