"""What a document names, cited or not: the people and outlets a later surname, title or
descriptor may stand for, the groups a later "they" may, and the bodies a later "it" may.
The engine gathers them per paragraph; ``sources`` resolves mentions against them.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from newsaudit.data import lexicon
from newsaudit.mention_kinds import is_people
from newsaudit.person_names import given_first
from newsaudit.rules.base import Mention, mention
from newsaudit.rules.names import TITLE_WORDS
from newsaudit.rules.tokens import set_off_age

# Entity labels under which the small model files people and outlets.
NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "NORP", "GPE"})
# Nouns a name in a headline's capitals modifies ("Clinton Campaign", "Lund Aides").
NAME_MODIFIES = lexicon.ORGANIZATION_HEADS | lexicon.TITLES | lexicon.ANONYMOUS_HEADS
# Where a group a later "they" stands for may stand: a subject, an object, a predicate,
# "some of the experts", "activists and intellectuals".
GROUP_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj"})


def find_names(doc: Doc, quoted: set[int]) -> Iterator[Mention]:
    """Names outside quotes: people are antecedents for surnames, titles and pronouns;
    outlets for short references ("The Post") and descriptors ("the newspaper")."""
    for ent in doc.ents:
        if ent.label_ in NAME_LABELS and ent.root.i not in quoted:
            yield mention(_described(ent.root))
    for token in doc:
        if token.i not in quoted and (_unlabelled_name(token) or _bare_subject(token)):
            yield mention(token)


def _described(name: Token) -> Token:
    """The noun a name is set beside ("whose 23-year-old son Tatenda", "her husband,
    Alan Reyes,", "Prime Minister the Rt Hon Keith Mitchell"), whose mention is the name's
    with the noun as its role, which may tell whether a later "she" can be that person
    or who "the Prime Minister" is; else the name itself, to its last word
    where the recognizer cut a person's name short of it ("Rajinder Kaur" of "Rajinder
    Kaur Bassi-Thiara", its surname read as a place)."""
    if name.ent_type_ == "PERSON":
        name = _name_end(name)
    head = name.head
    beside = name.dep_ == "appos" and head.i < name.i
    if beside and head.tag_ == "NN" and head.lower_ in lexicon.KIN_NOUNS:
        return head
    # "Prime Minister the Rt Hon Keith Mitchell": a style between an office and the name
    # makes the parser take the office for the head and the name for its apposition
    styled = beside and name.doc[head.i + 1].lower_ == "the"
    close = not any(t.is_punct for t in name.doc[head.i : name.i])
    return head if styled and close and head.lower_ in lexicon.TITLES else name


def _name_end(word: Token) -> Token:
    """The last word of the name a word of a person's name hangs on as a compound, past
    the recognizer's person: capitalised names it tagged as a place or not at all, not a
    body or a building named for the person ("Trump Tower", "Clinton Foundation")."""
    while (
        word.dep_ == "compound"
        and word.head.i > word.i
        and word.head.pos_ == "PROPN"
        and word.head.is_title
        and word.head.ent_type_ in ("PERSON", "GPE", "")
        # "Clinton Campaign", "Sanders Aide" in a headline's capitals
        and word.head.lower_ not in NAME_MODIFIES
        # nothing between but the name's own words and hyphens ("Kaur Bassi - Thiara")
        and all(
            t.text == "-" or (t.pos_ == "PROPN" and t.dep_ == "compound")
            for t in word.doc[word.i + 1 : word.head.i]
        )
    ):
        word = word.head
    return word


def _bare_subject(token: Token) -> bool:
    """ "Mkhize responded later in the day.": one capitalised word the recognizer gave no
    label, as the subject of a clause; the resolver counts it among the people where it
    is the surname of someone named in full, so a "he" after it may mean that person."""
    return (
        token.pos_ == "PROPN"
        and token.dep_ in ("nsubj", "nsubjpass")
        and not token.ent_type_
        and token.is_title
        and token.lower_ not in lexicon.ORGANIZATION_HEADS  # "Clon Casey's Bar have said"
        and not any(c.dep_ in ("compound", "flat", "poss") for c in token.children)
    )


def _unlabelled_name(token: Token) -> bool:
    """ "Ana Ruiz spoke outside the gates": a name the tagger gave no entity label, which
    begins with a given name or has an age set off after it; a later "she" or "Ruiz"
    stands for her all the same."""
    if token.pos_ != "PROPN" or token.ent_type_ or token.dep_ == "compound":
        return False
    if token.lower_ in lexicon.ORGANIZATION_HEADS:
        return False  # "the Ruth Leff Siegel Awards Fund": a body named for someone
    doc, start = token.doc, token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head == token:
        start -= 1
    # an age set off after it ("Doreen Whitlock, 81,") is only a person's
    aged = any(set_off_age(c) for c in token.rights)
    # after a title ("Taxi association chairperson Sibusiso Nkosinathi Mkhize"): a name,
    # whatever given name the lists lack
    titled = start > 0 and doc[start - 1].lower_ in TITLE_WORDS and not doc[start - 1].is_title
    words = [t.text for t in doc[start : token.i + 1]]
    return token.i > start and (aged or titled or given_first(words))


def find_groups(doc: Doc, quoted: set[int]) -> Iterator[tuple[Mention, bool]]:
    """Plural noun phrases outside quotes that name people or bodies ("some of the
    state's energy experts", "Six newspapers", "Republicans"): what "they" may stand for
    when it says or thinks something; each with whether it is its clause's subject
    ("majorities of voters said" and "Clinton and her aides" included). Two people named
    together as a subject ("Lund and Reyes met the board") are there too, as the first of
    them: "they" after them stands for the pair, not for a group named before."""
    for token in doc:
        if _pair_of_people(token) and token.i not in quoted:
            yield mention(token), True
            continue
        plural = token.tag_ in ("NNS", "NNPS") and token.dep_ in GROUP_DEPS
        if (
            plural
            and token.i not in quoted
            and is_people(token.lower_, token.lemma_, token.ent_type_)
        ):
            head = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
            head = head.head if head.dep_ == "conj" else head
            yield mention(token), head.dep_ in ("nsubj", "nsubjpass")


def find_bodies(doc: Doc, quoted: set[int]) -> Iterator[Mention]:
    """Singular bodies outside quotes named as the subject of a main clause ("The
    Appellate Court didn't agree with Amazon's stance. It noted …"): the one a later "it"
    most likely stands for, though nothing cited them -- not a subject inside what someone
    said ("The ministry said the council had failed. It added …" is the ministry)."""
    for token in doc:
        main = token.head.dep_ == "ROOT" or (
            token.head.dep_ == "conj" and token.head.head.dep_ == "ROOT"
        )
        singular = token.tag_ in ("NN", "NNP")
        subject = token.dep_ in ("nsubj", "nsubjpass") and singular and main
        # a one-word name the tagger calls a body may be a surname ("Sanders has started …")
        named = token.ent_type_ == "ORG" and token.i > token.left_edge.i
        body = named or token.lemma_.lower() in lexicon.ORGANIZATION_HEADS
        if subject and body and token.i not in quoted:
            yield mention(token)


def _pair_of_people(token: Token) -> bool:
    """Whether a token is a person's name that is a subject with another person's name
    joined to it ("Ana Lund and Tom Reyes met …")."""
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and token.ent_type_ == "PERSON"
        and any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in token.children)
    )
