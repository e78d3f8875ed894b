"""How the words of a name and of a title are read in a noun phrase: where a name starts
after a title ("President-elect Rodrigo Chaves"), which words join one name ("Correio da
Manhã", "Customs and Border Protection", "France-Presse"), and which name in apposition
names the noun before it ("his nephew Tom Reyes"). ``rules.base.mention`` builds source
mentions with them; the resolver's modules share the word lists.
"""

from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Token

from newsaudit.data import lexicon
from newsaudit.rules.tokens import SUBJECT_DEPS, hyphened
from newsaudit.textutil import plain

# Marks that end the words of a title before a name ("a third, Daniel Traynor").
TITLE_BREAKS = frozenset({",", ";", ":", "—", "–", "--", '"', "“", "”"})
# Titles of peers, which with one name are the name ("Lord Hale").
PEERAGE_TITLES = frozenset(
    {"lord", "lady", "baroness", "baron", "viscount", "earl", "duke", "dame"}
)
# Title words that with one name after them are that name: a peer ("Lord Hale") or a given
# name that is also a title ("Dean Baker, co-director of the centre", "Duke Bennett").
ONE_NAME_TITLES = PEERAGE_TITLES | {"dean"}
# Honorifics written short with a stop, after which a sentence splitter may cut a name
# off from its title ("the Hon. Ana Lund", "the Rt. Hon. Keith Mitchell").
HONORIFIC_ABBREVIATIONS = frozenset({"hon", "rt", "dr", "prof", "rev"})
HONORIFIC_WORDS = lexicon.HONORIFICS_MALE | lexicon.HONORIFICS_FEMALE | lexicon.HONORIFICS_NEUTRAL
TITLE_WORDS = lexicon.TITLES | HONORIFIC_WORDS
# Prepositions that name an example of a group ("critics like X", "leaders including X",
# "groups such as X"), and the labels of a name that can speak for it.
EXAMPLE_PREPS = frozenset({"like", "including"})
EXAMPLE_LABELS = frozenset({"PERSON", "ORG", ""})
# Heads of groups that can speak through a member: people, officials, bodies.
SPEAKING_GROUPS = lexicon.TITLES | lexicon.ANONYMOUS_HEADS | lexicon.ORGANIZATION_HEADS
# Heads of bodies, outlets and documents, whatever name the tagger calls a person after
# them ("the news site RTL Info").
NOT_A_PERSON = lexicon.OUTLET_DESCRIPTORS | lexicon.ORGANIZATION_HEADS | lexicon.DOCUMENT_HEADS
# Nouns for someone, which make "X's …" a person ("Khan's wife", "Clinton's aides").
PERSON_NOUNS = (
    lexicon.TITLES
    | lexicon.TITLES_MALE
    | lexicon.TITLES_FEMALE
    | lexicon.ANONYMOUS_HEADS
    | lexicon.PEOPLE_OF
)
# What follows a title after a hyphen and belongs to it ("President-elect Rodrigo Chaves").
TITLE_SUFFIXES = frozenset({"elect", "designate"})
# The words of a title the name after it starts past.
TITLE_PARTS = TITLE_WORDS | TITLE_SUFFIXES
# Given names, which start a person's name, not a group's, in plain letters ("Rene" and
# "René" are one name: look a word up as ``given`` writes it).
MALE_GIVEN = frozenset(map(plain, lexicon.MALE_FIRST_NAMES))
FEMALE_GIVEN = frozenset(map(plain, lexicon.FEMALE_FIRST_NAMES))
FIRST_NAMES = MALE_GIVEN | FEMALE_GIVEN
# Lower-case words inside a name ("Ursula von der Leyen", "Bill de Blasio", "Correio da
# Manhã"), which the parser may hang on the last name word as a preposition.
NAME_PARTICLES = frozenset(
    {"de", "da", "di", "do", "dos", "das", "du", "del", "della", "van", "von", "der", "den"}
    | {"ter", "la", "le", "bin", "ibn", "al", "el", "y"}
    # Malay "binti", Filipino "dela", Welsh "ap", and the Irish and Scottish "Ó", "Ní",
    # "Nic", "Mac", "Uí", "a’" the tagger reads as interjections or common nouns
    # ("Seosamh Ó Dónaill", "Alasdair Mac a’ Phearsain")
    | {"binti", "bte", "dela", "ap", "ó", "ní", "nic", "mac", "uí", "a’", "a'"}
    # Kikuyu "wa" and Kalenjin "arap" ("Ngugi wa Thiong'o", "Daniel arap Moi"), Dutch
    # "ten", Welsh "ab" (the "ap" of a name opening with a vowel: "Rhodri ab Ifan"), and
    # the Malaysian Indian "a/l" and "a/p"
    | {"wa", "arap", "ten", "ab"}
    | lexicon.PATRONYMIC_MARKERS
)
# The particles that say "son of" or "daughter of", which no body's name holds ("Abdullah
# bin Ahmad", "Ngugi wa Kamau", "Rhys ap Iorwerth", "Anita a/p Krishnan").
PATRONYMIC_PARTICLES = (
    frozenset({"bin", "binti", "bte", "ibn", "wa", "arap", "ap", "ab"}) | lexicon.PATRONYMIC_MARKERS
)


def given(word: str) -> str:
    """A word as the given-name lists hold it: lower case, in plain letters, without a
    stop or comma after it ("Céline," is "celine")."""
    return plain(word.lower().strip(",."))


# Entity labels of names that may hold an "and": a body's, a country's.
NAMED_BODIES = frozenset({"ORG", "GPE"})


def body_kind_ends(words: list[str]) -> bool:
    """Whether words end on a word for a kind of body, in one word or two, in any case
    ("a local group", "the think tank", "environmental NGO")."""
    lowered = [w.lower() for w in words[-2:]]
    return bool(lowered) and (
        lowered[-1] in lexicon.BODY_KINDS or " ".join(lowered) in lexicon.BODY_KINDS
    )


def one_name(head: Token, conjunct: Token) -> bool:
    """Whether "and" joins words of one name, not two sources: "Customs and Border
    Protection", "Procter and Gamble" are one body the entity recogniser spans whole
    ("Police and firefighters said", "Smith and Lee" tagged as two are two)."""
    if _named_kind_last(head, conjunct):
        return True
    if head.ent_type_ not in NAMED_BODIES or head.ent_iob_ not in ("B", "I"):
        return False
    words = head.doc[head.i + 1 : conjunct.right_edge.i + 1]
    return all(t.ent_iob_ == "I" and t.ent_type_ == head.ent_type_ for t in words)


def and_before_head(head: Token) -> bool:
    """ "The Kilbrannagh and District Group Water Scheme": "and" inside the words of a
    body's name before its last word, every word capitalised, which the parser hangs as a
    coordination inside a modifier of the name's head."""
    if head.pos_ != "PROPN" or not head.is_title or head.ent_type_ == "PERSON":
        return False
    for child in head.lefts:
        conjunct = next((c for c in child.children if c.dep_ == "conj"), None)
        if child.dep_ not in ("nmod", "compound") or conjunct is None:
            continue
        words = head.doc[child.left_edge.i : head.i]
        if all(t.lower_ == "and" or (t.pos_ == "PROPN" and t.is_title) for t in words):
            return True
    return False


def _named_kind_last(head: Token, conjunct: Token) -> bool:
    """ "Eddisford and Wrayton Borough Council", "the Lake Water Supply and Sanitation
    Authority": a body's name with "and" inside, which only its last word says is a body
    (the recognizer spans it in parts or not at all): a proper noun that names no kind
    of body, then right after "and" a name ending in one, with no article of its own
    ("the council and the Transport Authority" are two, and so are "the FBI and Justice
    Department": initials name a body of their own)."""
    first = conjunct.left_edge
    return (
        head.pos_ == "PROPN"
        and not head.is_upper
        and head.ent_type_ != "PERSON"
        and head.lower_ not in lexicon.ORGANIZATION_HEADS
        and conjunct.tag_ == "NNP"
        # "Fisheries and Oceans Canada": a national body named so
        and conjunct.lower_ in lexicon.ORGANIZATION_HEADS | lexicon.BODY_NAME_ENDINGS
        and first.i == head.i + 2
        and head.nbor(1).lower_ == "and"
        and first.pos_ == "PROPN"
    )


def name_after_honorific(head: Token) -> Token | None:
    """The head of the name after an abbreviated honorific and its stop ("the Hon. Ana
    Lund", "the Rt. Hon. Keith Mitchell", "Dr the Hon. Keith Mitchell"), or None."""
    doc, token = head.doc, head
    while abbreviated_honorific(token):
        styled = doc[token.i + 1 : token.i + 3]
        if len(styled) == 2 and styled[0].lower_ == "the" and abbreviated_honorific(styled[1]):
            token = styled[1]  # "Dr the Hon.": a style, with its article, after a title
            continue
        # the stop is the word's own ("Hon.") or the token after it ("Hon" ".")
        after = token.i + 1 if token.text.endswith(".") else token.i + 2
        if after >= len(doc):  # the document ends at it ("… Prof")
            return None
        stopped = after - 1 == token.i or doc[after - 1].text == "."
        if not stopped or doc[after].pos_ != "PROPN":
            return None
        token = doc[after]
    if token is head:
        return None
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    return token


def abbreviated_honorific(token: Token) -> bool:
    """ "Hon.", "Hon", "Dr", "Rt.": an honorific written short, with or without its stop."""
    return token.lower_.rstrip(".") in HONORIFIC_ABBREVIATIONS


def set_off_name(child: Token) -> bool:
    """A name in apposition ("Its spokeswoman, Marija Tasevska"), not a word in brackets
    the parser also calls one ("Chief Executive (Acting)", "(D-Newport News)")."""
    # not a word in brackets or after an opening one: "(D-Newport News)" after a name,
    # "the village headman (turaga ni koro), Viliame Ratuvou"; brackets closed before it
    # hold an honorific of the name ("Chief (Mrs) Ada Obi")
    opening = max(child.left_edge.i - 1, 0)
    before = [t.text for t in child.doc[opening : child.i] if t.text in "()"]
    bracketed = "(" in before and before[-1] == "("
    if child.pos_ != "PROPN" or bracketed:
        return False
    head = child.head
    # "The opposition critic for transport, Louis-Philippe Désormeaux, said": after a
    # long title the parser may call the name a conjunct, though no "and" joins them
    unjoined = (
        child.dep_ == "conj"
        and head.tag_ == "NN"
        and child.doc[child.left_edge.i - 1].text == ","
        and not any(c.dep_ == "cc" and c.i < child.i for c in head.children)
    )
    return child.dep_ == "appos" or unjoined


def named_example(head: Token) -> Token | None:
    """The first person or body named as an example of a plural group ("critics like Ann
    Lee", "think tanks such as the Brookings Institution", "Several candidates, including
    Ann Lee,"), or None."""
    if head.tag_ != "NNS" or head.pos_ != "NOUN" or head.lemma_.lower() not in SPEAKING_GROUPS:
        return None  # not "polls such as Monmouth's": a document's examples are documents
    for prep in head.children:
        such_as = prep.lower_ == "as" and prep.i > 0 and prep.nbor(-1).lower_ == "such"
        if prep.dep_ != "prep" or not (prep.lower_ in EXAMPLE_PREPS or such_as):
            continue
        # the names listed, the object and those joined to it: the first ("including
        # Trump and Senator Cruz" is Trump)
        listed = [c for c in prep.children if c.dep_ == "pobj"]
        listed += [c for n in listed for c in n.conjuncts]
        return next(
            (t for t in sorted(listed, key=lambda t: t.i) if t.pos_ == "PROPN" and _named(t)),
            None,
        )
    return None


def _named(token: Token) -> bool:
    """Whether a proper noun names a person or a body (the tagger may label a name in a
    list nothing: "including Carly Fiorina and Ben Carson"), not a short abbreviated
    title the parser made the object ("including Sens. John McCain and …")."""
    stopped = token.text.endswith(".") or (
        token.i + 1 < len(token.doc) and token.nbor(1).text == "."
    )
    return token.ent_type_ in EXAMPLE_LABELS and not (stopped and len(token.text) <= 5)


# Hyphens inside a word or a name.
HYPHENS = frozenset({"-", "\u2010"})


def closing_name(head: Token) -> Token | None:
    """ "The minister for health Ann Lee said", "The head of the union Ann Lee said": a
    person's name that closes a title's own phrase, with no comma, right before the
    title's verb, names the holder (the parser hangs it on the title's "of"/"for" phrase,
    or calls it an apposition)."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.i <= head.i:
        return None
    last = head.doc[verb.i - 1]
    if last.ent_type_ != "PERSON" or last.pos_ != "PROPN" or last.i <= head.i + 1:
        return None
    if not any(t.i == last.i for t in head.subtree):
        return None
    first = last.doc[entity_start(last)]
    before = last.doc[first.i - 1]
    if first.i <= head.i + 1 or before.pos_ in ("ADP", "DET") or _titles(before):
        # "A spokesman for Hillary Clinton", "an adviser to President Obama": the one
        # spoken for, whose name follows the preposition or a title of their own
        return None
    # no comma or bracket between; hyphens join words ("KwaZulu-Natal", "Zondi-Khumalo")
    if any(t.is_punct and t.text not in HYPHENS for t in head.doc[head.i + 1 : last.i]):
        return None
    return last


def portfolio_holder(office: Token) -> list[Token]:
    """ "MEC for Transport Thandi Mokoena", "Commissioner for Human Rights Dunja
    Mijatovic": where the recognizer finds no person in the capitalised words after an
    office's "for" or "of" (it may read them all as a body), the last two are the holder's
    name and those before them the portfolio -- a name of three words loses its first, a
    portfolio is never empty, and a body's head ("… Freight Rail Authority") names no one."""
    if office.lower_ not in lexicon.PORTFOLIO_OFFICES:
        return []
    for prep in office.rights:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
            continue
        words = [t for t in prep.subtree if t != prep]
        if any(t.ent_type_ == "PERSON" for t in words):
            return []  # the recognizer's person is the name ("closing_name")
        spelled = [t for t in words if t.text not in HYPHENS]
        # the written words, a hyphenated one whole ("Zondi-Khumalo"): first, last token
        written = sorted({hyphened(t) for t in words})
        last = office.doc[written[-1][0] : written[-1][1] + 1].text if written else ""
        if (
            len(written) < 3  # "of State" before "for Higher Education Niamh Smyth"
            or not all(t.pos_ == "PROPN" and t.is_title for t in spelled)
            or last.lower() in lexicon.ORGANIZATION_HEADS
        ):
            continue
        return [t for t in words if t.i >= written[-2][0]]
    return []


def counted_parent(head: Token) -> list[Token]:
    """ "Mother of five Salote Vakaloloma, 39, said": a parent counted by children before
    the name, with no comma, which the parser reads as the mother of the name; the name
    after the count is the parent's own."""
    if head.lemma_.lower() not in lexicon.PARENT_NOUNS or head.i + 3 >= len(head.doc):
        return []
    prep, count = head.doc[head.i + 1], head.doc[head.i + 2]
    if prep.lower_ != "of" or prep.head != head or not count.like_num:
        return []
    words = [t for t in prep.subtree if t.i > count.i]
    name = list(takewhile(lambda t: t.pos_ == "PROPN" and t.is_title, words))
    return name if len(name) >= 2 and count.head == name[-1] else []


def _titles(token: Token) -> bool:
    """Whether a word is a title or an honorific ("President", "Mr.", "candidate")."""
    return token.lower_.rstrip(".") in TITLE_WORDS or token.lower_ in TITLE_WORDS


def entity_start(token: Token) -> int:
    """Where the named entity a token is part of begins."""
    i = token.i
    while i > 0 and token.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def close_name(child: Token, head: Token) -> bool:
    """A person's name the parser hangs on the noun just before it as an apposition (one
    the tagger calls a person or nothing: "the group Hamas" is no one's name)."""
    return (
        child.dep_ == "appos"
        and child.pos_ == "PROPN"
        and child.ent_type_ in ("PERSON", "")
        and child.left_edge.i == head.i + 1
    )


def office_before(name: Token, first: Token) -> Token | None:
    """ "Grenada's Prime Minister and Chair of the Authority, Dr Ada Mitchell has voiced":
    with a long title the parser makes title and name two subjects of the verb where they
    are one phrase in apposition; the title just before the comma is the named one's. So
    is the title a name is set off after ("Her lawyer, Ruth Mensah,")."""
    if name.pos_ != "PROPN" or first.i < 2:
        return None
    comma = name.doc[first.i - 1]
    described = name.head
    if name.dep_ == "appos" and described.i < comma.i and comma.text == ",":
        # "Her lawyer, Ruth Mensah, says": the name set off after the title it fills
        return described if described.lower_ in lexicon.TITLES else None
    if name.dep_ not in SUBJECT_DEPS:
        return None
    office = next(
        (
            t
            for t in name.head.children
            if t.dep_ == name.dep_ and t.i < name.i and t.right_edge.i == comma.i - 1
        ),
        None,
    )
    if comma.text != "," or office is None or office.lower_ not in lexicon.TITLES:
        return None
    return office


def joins(token: Token) -> bool:
    """A hyphen written tight between two parts of one name ("France-Presse")."""
    return token.text in ("-", "‐") and not token.whitespace_ and not token.nbor(-1).whitespace_


def title_before(name: Token, first: Token) -> list[Token]:
    """The office written before a name, or nothing.

    It is all the words between the phrase's start and the name, proper nouns in it too
    ("former Florida governor Jeb Bush"), back to a comma or a conjunction after another
    name ("Republican Ada Marsh and Democrat Tomas Reyes"). An office is a noun, and in
    English the noun comes last: "unlikely Donald Trump", "a young Peter Okafor", "a
    super PAC" name no office, an adjective alone describing the moment; a title word or
    a party or rival label ("rival Carly Fiorina") is one whatever the tagger calls it.
    """
    words: list[Token] = []
    for token in reversed(name.doc[first.i : name.i]):
        before = token.nbor(-1) if token.i > 0 else token
        joined = token.dep_ == "cc" and (before.pos_ == "PROPN" or before.is_punct)
        if joined or token.text in TITLE_BREAKS:
            break
        if token.pos_ != "DET" and not token.is_space:
            words.insert(0, token)
    # "both Mrs. Clinton", "the younger Mr. Trump": an honorific only addresses the
    # person; the office is the noun before it, if there is one
    core = [t for t in words if t.tag_ != "POS" and t.lower_ not in HONORIFIC_WORDS]
    if core and office_word(core[-1]):
        return words
    return [t for t in words if t.lower_ in HONORIFIC_WORDS]


def office_word(word: Token) -> bool:
    """A noun, a title word or a party or rival label, whatever the tagger calls it."""
    words = {word.lower_, word.lower_.rstrip(".")}
    return (
        word.pos_ in ("NOUN", "PROPN")
        # the tagger may read an outlet's descriptor as an adjective ("the Brazilian daily
        # Folha Nova", "the Lisbon tabloid Jornal Azul")
        or word.lower_ in lexicon.OUTLET_DESCRIPTORS
        or bool(words & (TITLE_WORDS | lexicon.NAME_LABELS))
    )


def name_run(tokens: list[Token]) -> list[Token]:
    """The contiguous proper-noun run that ends at the last token."""
    run = [tokens[-1]]
    for t in reversed(tokens[:-1]):
        # "Schmidt-Traub": a hyphen between two parts of one name
        hyphen = t.i == run[0].i - 2 and t.doc[t.i + 1].text in ("-", "‐")
        between = t.doc[t.i + 1 : run[0].i]
        particles = 0 < len(between) <= 2 and all(w.lower_ in NAME_PARTICLES for w in between)
        # "Southern Glens Health and Social Care Trust": "and" inside a recognized name
        anded = (
            len(between) == 1 and between[0].lower_ in ("and", "&") and between[0].ent_iob_ == "I"
        )
        if t.i == run[0].i - 1 or hyphen or particles or anded:
            run.insert(0, t)
        else:
            break
    return run


def text_between(first: Token, last: Token) -> str:
    # Doc.text rebuilds the whole text from its tokens; a span builds only its own
    return first.doc[first.i : last.i + 1].text
