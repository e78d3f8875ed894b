"""Speakers after the verb: in news a quotation is often followed by its cue and then
its speaker ('"…," said Ann Lee'), or by a verb of wording and the text that words it
('"…," read the email'), orders the parser misreads."""

from __future__ import annotations

from spacy.tokens import Token

from newsaudit.rules.tokens import FINITE_TAGS, SUBJECT_DEPS, is_quote

# Verbs by which a text gives its own wording ('"…," read the email'): inverted after a
# quotation, the parser takes the text for the verb's object.
WORDING_VERBS = frozenset({"read"})
# Verbs of asking, whose object is the one asked ("asked the boy"), but which after a
# quoted question come before the one who asked it ('"How big is that wall?" asked the
# boy').
ASKING_VERBS = frozenset({"ask"})


def inverted_text(verb: Token) -> Token | None:
    """'"…," read the email.' / '"…," read a statement from the board.': after a closing
    quotation a verb of wording comes before the text that words it, which the parser
    (tagging the verb as a base form or a present) takes for its object; so does a verb
    of asking after a question ('"Why now?" asked the boy')."""
    if verb.i < 2 or not is_quote(verb.nbor(-1)):
        return None
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
