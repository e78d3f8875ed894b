"""The edges of a mention's noun phrase where the parser misplaces them: hyphenated words
cut apart, a name split before initials in brackets or at a particle, names run in before
its article, a quotation hung under its speaker."""

from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Token

from newsaudit.rules.names import (
    HONORIFIC_WORDS,
    NAME_PARTICLES,
    PATRONYMIC_PARTICLES,
    TITLE_WORDS,
    body_kind_ends,
    entity_start,
)
from newsaudit.rules.tokens import hyphened, is_quote

# How many given names may stand between an honorific and the rest of a name.
MAX_GIVEN_NAMES = 3

# The articles, with which an English noun phrase opens.
ARTICLES = frozenset({"a", "an", "the"})


def whole_words(kept: list[Token]) -> list[Token]:
    """A phrase with the hyphenated words at its edges whole: "The vice-president", whose
    first pieces (and their article) the parser hangs apart from the last."""
    doc = kept[0].doc
    first, _ = hyphened(kept[0])
    _, last = hyphened(kept[-1])
    before = [t for i in range(first, kept[0].i) for t in doc[i].subtree if t.i < kept[0].i]
    start = min((t.i for t in before), default=kept[0].i)
    return list(doc[start : last + 1]) if (before or last > kept[-1].i) else kept


def given_before_particle(first: Token) -> list[Token]:
    """ "Nur Aisyah binti Kamarulzaman said": the parser may cut a name at a particle it
    does not know ("binti", "ap", "Ó"), the words before it left outside the subject's
    phrase; they are the name's, up to the first word that is no proper noun."""
    doc = first.doc
    at = first.i if first.lower_ in NAME_PARTICLES else first.i - 1
    if at < 1 or doc[at].lower_ not in NAME_PARTICLES:
        return []
    # a particle for "son of" or "daughter of" follows a given name, whatever the tagger
    # took it for ("Gwenllïan ap Dafydd", the given name read as an adjective)
    given_name = doc[at - 1]
    patronym = doc[at].lower_ in PATRONYMIC_PARTICLES and given_name.is_title
    if given_name.pos_ != "PROPN" and not (patronym and given_name.is_alpha):
        return []
    start = at - 1
    while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_punct:
        start -= 1
    return list(doc[start : first.i])


def person_begun_before(first: Token, head: Token) -> list[Token]:
    """ "Gifty Ama Nyarko-Boateng said": the parser may hang a person's first names on
    the verb, outside the subject's phrase, where the recognizer reads them as one
    person with the head; capitalised proper nouns, they are the name's."""
    if head.pos_ != "PROPN" or head.ent_type_ != "PERSON":
        return []
    words = list(first.doc[entity_start(head) : first.i])
    return words if all(t.pos_ == "PROPN" and t.is_title for t in words) else []


def person_split_before(first: Token, head: Token) -> list[Token]:
    """ "Datuk Yeoh Soon Hin said": a given name that is also an English word ("Soon",
    "Boon", "Wing") may be read as one, and the name split around it into two subjects
    of one verb with nothing joining them; the recognizer's person before it and the word
    itself are the name's."""
    doc = first.doc
    if head.pos_ != "PROPN" or head.dep_ not in ("nsubj", "nsubjpass") or first.i < 2:
        return []
    word, before = doc[first.i - 1], doc[first.i - 2]
    if (
        word.pos_ in ("PROPN", "VERB", "AUX", "PUNCT")
        or not word.is_title
        or word.is_sent_start
        or before.ent_type_ != "PERSON"
        or before.pos_ != "PROPN"
    ):
        return []
    root = before
    while root.dep_ in ("compound", "flat") and root.head.i > root.i:
        root = root.head
    if root != before or root.dep_ != head.dep_ or root.head != head.head:
        return []  # not a second subject of the same verb
    return list(doc[entity_start(before) : first.i])


def named_after_honorific(first: Token, head: Token) -> list[Token]:
    """ "The Member of Parliament for the area, Hon. Gifty Ama Nyarko-Boateng, said": the
    parser may hang the first of a name's words on the title before it, outside the
    subject's phrase; capitalised words between an honorific and the phrase, which no
    name has before it but its own, are the name's."""
    doc = first.doc
    if head.pos_ != "PROPN":
        return []
    at = first.i - 1
    while at >= 0 and first.i - at <= MAX_GIVEN_NAMES and _name_word(doc[at]):
        at -= 1
    words = list(doc[at + 1 : first.i])
    return words if words and at >= 0 and _honorific(doc[at]) else []


def kind_split_before(first: Token, head: Token) -> list[Token]:
    """ "The charity Harbour Aid said": the parser may take the word for what kind of body
    a name is for a second subject of the verb; with its article and modifiers, it is the
    name's description, as in "the charity Shelter"."""
    if head.pos_ != "PROPN" or first.i == 0:
        return []
    kind = first.nbor(-1)
    if kind.pos_ != "NOUN" or kind.dep_ != head.dep_ or kind.head != head.head:
        return []  # not a common noun that is a second subject of the same verb
    if not body_kind_ends([t.text for t in first.doc[max(kind.i - 1, 0) : kind.i + 1]]):
        return []
    return list(first.doc[kind.left_edge.i : first.i])


def title_hung_before(first: Token, head: Token) -> list[Token]:
    """ "Alkalo Ebrima Sonko said": a capitalised title word right before a name, which
    the tagger took for another part of speech and the parser hung elsewhere, is the
    name's title."""
    if head.pos_ != "PROPN" or first.i == 0:
        return []
    word = first.nbor(-1)
    if not (word.is_title and word.lower_ in TITLE_WORDS):
        return []
    # not a title the name is set off after ("the Vice President, Joe Biden")
    if word.head.i in {t.i for t in head.subtree} or word in head.ancestors:
        return []
    # with the capitalised words of the title before it ("Vice President Joe Biden")
    words = list(first.doc[word.left_edge.i : first.i])
    return words if all(w.is_title for w in words) else [word]


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and token.is_alpha and not _honorific(token)


def _honorific(token: Token) -> bool:
    return token.lower_.rstrip(".") in HONORIFIC_WORDS


def name_run_on(head: Token) -> list[Token]:
    """ "The Jamaica Special Economic Zone Authority (JSEZA) said": before initials in
    brackets the parser may split a name in two, its first word the subject and the rest
    an apposition with no comma between; where the recognizer reads both as one name,
    the apposition's words up to the bracket are the name's. Where it reads neither as a
    name ("Attorney-at-Law Shiromi Jayasekara of the collective said"), two capitalised
    words side by side are one name all the same, up to the apposition's own word."""
    if head.pos_ != "PROPN":
        return []
    split = _split_at_particle(head)
    if split:
        return split
    for child in head.rights:
        start = child.left_edge
        if child.dep_ == "appos" and child.pos_ == "PROPN" and start.i == head.i + 1:
            words = list(takewhile(lambda t: not t.is_punct, child.subtree))
            if head.ent_type_ and start.ent_iob_ == "I" and start.ent_type_ == head.ent_type_:
                return words if words and words[-1] == child else []
            if start.lower_ in NAME_PARTICLES and start.i + 1 == child.i:
                # "Gerrit ten Hove, the harbour master": the tagger took "ten" for a
                # number and the parser the surname after it for an apposition
                return [start, child] if head.is_title and child.is_title else []
            missed = not (head.ent_type_ or start.ent_type_) and head.is_title and child.is_title
            return [t for t in words if t.i <= child.i] if missed else []
    return []


def _split_at_particle(head: Token) -> list[Token]:
    """ "said Rhys ap Iorwerth": at a particle the parser may split a person's name the
    recognizer reads as one into two subjects of the verb, or the subject and its
    apposition; the particle and the words after it, to the recognizer's name's end, are
    the name's."""
    doc = head.doc
    after = head.i + 1
    if head.ent_type_ != "PERSON" or after >= len(doc) or doc[after].lower_ not in NAME_PARTICLES:
        return []
    words = list(takewhile(lambda t: t.ent_iob_ == "I" and t.ent_type_ == "PERSON", doc[after:]))
    last = words[-1] if words else None
    if last is None or last.pos_ != "PROPN":
        return []
    # or the surname after the particle read as an apposition ("Cllr Dafydd ap Rhys, who …")
    subjects = last.head == head.head and last.dep_ == head.dep_
    return words if subjects or (last.head == head and last.dep_ == "appos") else []


def _plural_possessive(mark: Token) -> bool:
    """An apostrophe that closes a plural possessive ("the Veterans' Affairs Department",
    "The Citizens’ Independent Transportation Trust"): glued to a word in "s", not a
    quotation mark."""
    word = mark.nbor(-1) if mark.i > 0 else None
    return (
        mark.text in ("'", "\u2019")
        and word is not None
        and not word.whitespace_
        and word.text[-1:] in ("s", "S")
        and bool(mark.whitespace_)
        # the parser's possessive marker, or a stray mark on the possessor's own head (not
        # on a name coordinated before it: "Matthews, MSNBC’s Alex Seitz-Wald and
        # Reuters’ Luciana Lopez")
        and (mark.dep_ == "case" or (word.dep_ in ("poss", "nmod") and word.head == mark.head))
    )


def from_article(tokens: list[Token], head: Token) -> list[Token]:
    """The noun phrase from its article on: an English noun phrase opens with its article,
    so names the parser hung before it are no part of it ("WhatsApp Email Telegram A
    senior prison official", a page's share bar run into the sentence after it). A word
    that may stand before an article ("all the officials", "half an hour") stays."""
    for n, token in enumerate(tokens[1:], 1):
        if token.dep_ == "det" and token.head == head and token.lower_ in ARTICLES:
            if all(t.dep_ == "compound" and t.pos_ == "PROPN" for t in tokens[:n]):
                return tokens[n:]
            break
    return tokens


def contiguous(tokens: list[Token], head: Token) -> list[Token]:
    """The unbroken run of ``tokens`` around the head, stopping at quote marks: a parse
    that hangs a quotation under the speaker must not make the quote part of the name."""
    indices = {t.i for t in tokens if not is_quote(t) or _plural_possessive(t)}
    lo = hi = head.i
    while lo - 1 in indices:
        lo -= 1
    while hi + 1 in indices:
        hi += 1
    return [t for t in tokens if lo <= t.i <= hi]
