"""How a source's noun phrase is read: which of its words belong to it, past the edges the
parser misplaces (``read_phrase``), and which of those are the name (``name_words``).
``rules.mentions`` builds the mention from them.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsaudit.data import lexicon
from newsaudit.rules.counts import group_counted, share_whole
from newsaudit.rules.names import (
    FIRST_NAMES,
    ONE_NAME_TITLES,
    PATRONYMIC_PARTICLES,
    TITLE_PARTS,
    abbreviated_honorific,
    and_before_head,
    entity_start,
    given,
    one_name,
)
from newsaudit.rules.phrase_edges import (
    contiguous,
    from_article,
    given_before_particle,
    kind_split_before,
    name_run_on,
    named_after_honorific,
    person_begun_before,
    person_split_before,
    title_hung_before,
    whole_words,
)
from newsaudit.rules.roles import ROLE_DEPS, ROLE_VERBS, circumstance, no_role, roletext_between
from newsaudit.rules.tokens import SUBJECT_DEPS

# The prepositions that join an office to its field or place ("MEC for Transport").
OFFICE_OF = frozenset({"for", "of"})
# Words for what someone does or is, which open a sentence before a name as a title.
FALSE_TITLES = lexicon.OCCUPATIONS | lexicon.ANONYMOUS_HEADS | lexicon.KIN_NOUNS


@dataclass(frozen=True)
class Phrase:
    """The words of a mention's phrase, and what reading them found on the way."""

    words: list[Token]
    roles: list[str]  # what the phrase says the source is ("a spokesman for …")
    run_on: list[Token]  # a name's words the parser split off before initials in brackets
    glued: list[Token]  # words of the name the parser left outside the phrase
    joined: bool  # names joined by "and" that are one name ("Customs and Border Protection")
    group: list[Token]  # the group a share or a quantity counts ("of voters")


def read_phrase(head: Token) -> Phrase:
    """The words of the noun phrase headed by ``head`` that name the source, apart from
    its role: what a relative clause or an apposition says goes into the role."""
    kept = [head]
    role_parts: list[str] = []
    joined = and_before_head(head) or any(
        one_name(head, c) for c in head.children if c.dep_ == "conj"
    )
    run_on = name_run_on(head)
    kept.extend(run_on)
    for part in run_on[-1].rights if run_on else ():
        if part.dep_ == "prep" and not no_role(part, head):
            role_parts.append(roletext_between(part))  # "… Jayasekara of the collective"
    kept.extend(share_whole(head))  # "Six in 10 say": the share is the source
    group = group_counted(head)  # "42% of voters say", "a number of economists say"
    kept.extend(group)
    for child in head.children:
        if child.i in {t.i for t in kept}:
            continue
        if joined and child.dep_ == "prep" and all(t.ent_iob_ == "I" for t in child.subtree):
            # "the Bureau of Fisheries and Aquatic Resources": an "of" inside a name the
            # recognizer spans whole with its "and" is the name's, no role
            kept.extend(child.subtree)
            continue
        if child.dep_ in ROLE_DEPS or (child.dep_ == "punct" and child.i > head.i):
            # the role is what the source is ("a spokesman for …", "from the … think-tank"),
            # not what a relative clause says it did ("…, which called the strike")
            role_clause = child.dep_ == "relcl" and child.lemma_.lower() in ROLE_VERBS
            if (child.dep_ in ("appos", "prep") or role_clause) and not (
                child.like_num or circumstance(child) or no_role(child, head)
            ):
                role_parts.append(roletext_between(child))  # not "Salim Ngala, 41,"
            continue
        if child.dep_ in ("cc", "conj") and child.i > head.i and not joined:
            continue
        if child.dep_ == "nmod" and child.i < head.i and child.right_edge.text == ",":
            continue  # "… in Portree, Skye, Chief Executive Mairi Lamont": a place set off
        kept.extend(child.subtree)
    kept = whole_words(contiguous(sorted(kept, key=lambda t: t.i), head))
    before = given_before_particle(kept[0]) if head.pos_ == "PROPN" else []
    before = (
        before
        or person_begun_before(kept[0], head)
        or person_split_before(kept[0], head)
        or named_after_honorific(kept[0], head)
    )
    # what the name is, hung outside its phrase: a title ("Alkalo Ebrima Sonko") or a
    # kind of body ("The charity Harbour Aid"); the phrase's, not the name's
    described = [] if before else title_hung_before(kept[0], head)
    described = described or ([] if before else kind_split_before(kept[0], head))
    glued = before + run_on
    kept = described + before + kept
    kept = from_article(kept, head)
    # "except Rubio's, election records show": a possessive closed by a comma owns what
    # came before it, not the source after the comma
    owned = [
        n
        for n, t in enumerate(kept[:-1])
        if t.dep_ == "case"
        and kept[n + 1].text == ","
        and t.head.dep_ == "poss"
        and t.head.head == head
    ]
    if owned:
        kept = kept[owned[-1] + 1 :]
    while kept and (kept[0].is_punct or kept[0].is_space or kept[0].dep_ == "case"):
        kept.pop(0)
    # not the percent sign of a share ("42% say"), which heads it
    while (
        kept
        and not (kept[-1] == head and head.text == "%")
        and (kept[-1].is_punct or kept[-1].is_space or kept[-1].dep_ == "case")
    ):
        kept.pop()
    if not kept:
        kept = [head]
    return Phrase(kept, role_parts, run_on, glued, joined, group)


def name_words(head: Token, phrase: Phrase, first: Token) -> tuple[list[Token], bool]:
    """The words of the phrase that are the name, and whether an office's "for" or "of"
    comes before them ("MEC for Transport Nokuthula Zondi-Khumalo")."""
    kept, glued = phrase.words, phrase.glued
    # not the stop of an abbreviated title the tokenizer splits off ("Lt. Col. Ana Lund",
    # "Capt. Humayun Khan"), which the tagger may call a proper noun too
    # nor a word the parser hangs on a title as an apposition with no comma between
    # ("Chief Minister Shri B. Venkata Ramana Reddy": "Venkata" on "Minister")
    close = {t.i for t in kept if t.dep_ == "appos" and t.i > first.i and not t.nbor(-1).is_punct}
    # nor a given name the parser makes a second subject ("Bus driver Gethin ap Rhys said")
    kept_at = {t.i for t in kept}
    close |= {
        t.i
        for t in kept
        if t.dep_ in SUBJECT_DEPS and t != head and (t.head == head.head or t.head.i in kept_at)
    }
    close |= {t.i for t in glued}
    # a given name before a particle for "son of" or "daughter of", whatever the tagger
    # took it for ("Gwenllïan ap Dafydd MS", the given name read as an adjective)
    patronymic = {t.i for t in kept if t.is_title and _before_patronym(t)}
    close |= patronymic
    named_from = entity_start(head) if head.ent_type_ else head.i
    inside = [t for t in kept if named_from <= t.i < head.i]  # the recognizer's name's words
    # nor a word of the recognizer's person that hangs on its last name, whatever the
    # tagger took it for ("Farai", read as a numeral, in "Hon. Farai Chidavaenzi"; not
    # "The" of "The Dan Wootton Interview", a show)
    if head.ent_type_ == "PERSON":
        close |= {t.i for t in inside if t.head == head and t.is_title and t.pos_ != "DET"}
    # nor the words of a body's name the parser hangs inside it ("Glens" and "Health" of
    # "The Southern Glens Health and Social Care Trust")
    if head.ent_type_ == "ORG":
        close |= {t.i for t in inside if t.pos_ == "PROPN" and _modifies(t, head)}
    # nor a capitalised word of the recognizer's name the tagger took for an adjective
    # ("Cathal", a given name the lists do not hold, in "Galway TD Cathal Ó Briain")
    glued_at = {t.i for t in glued}  # "Soon" of "Yeoh Soon Hin", read as an adverb
    name_tokens = [
        t
        for t in kept
        if (
            t.pos_ == "PROPN"
            or t.i in glued_at
            or t.i in patronymic
            or (_capitalised_inside(t) and named_from <= t.i < head.i)
        )
        and not t.is_punct
        and (t.dep_ in ("compound", "flat") or t.i == head.i or t.i in close)
    ]
    # not in a body's name that opens with a title word ("Principal Financial Group",
    # "General Electric")
    if not (
        head.ent_type_ == "ORG"
        and head.lower_ in lexicon.ORGANIZATION_HEADS | lexicon.FIRM_NAME_ENDINGS
    ):
        name_tokens = _after_last_title(name_tokens)
    if len(name_tokens) >= 3 and _false_title(name_tokens[0]):
        name_tokens = name_tokens[1:]  # "Accountant Deepa Krishnan said"
    # "MEC for Transport Nokuthula Zondi-Khumalo": after a title's "for" or "of", the name
    # begins where the recognizer's person does, the words before it the office's (its
    # place, no title of the person's own)
    after_office = (
        bool(name_tokens) and name_tokens[0].i > 0 and name_tokens[0].nbor(-1).lower_ in OFFICE_OF
    )
    if after_office:
        begins = entity_start(head) if head.ent_type_ == "PERSON" else name_tokens[0].i
        # back over given names the recognizer left out ("… Police Station Syed Tanvir
        # Hossain"), not over the office's place
        while begins > name_tokens[0].i and given(head.doc[begins - 1].text) in FIRST_NAMES:
            begins -= 1
        name_tokens = [t for t in name_tokens if t.i >= begins] or name_tokens
    return name_tokens, after_office


def _after_last_title(words: list[Token]) -> list[Token]:
    """ "Transport Cabinet Secretary Beatrice Nduta": titles and honorifics are tagged PROPN
    too, so the name is the run of proper nouns after the last title word."""
    for n in range(len(words) - 1, 0, -1):
        if words[n - 1].lower_.rstrip(".") in TITLE_PARTS:
            # "Lord Hale", "Baroness Okafor": a peer is named by title and one name
            peer = n == len(words) - 1 and words[n - 1].lower_ in ONE_NAME_TITLES
            return words[n - 1 :] if peer else words[n:]
    return words


def _before_patronym(word: Token) -> bool:
    after = word.i + 1
    return after < len(word.doc) and word.doc[after].lower_ in PATRONYMIC_PARTICLES


def _modifies(word: Token, head: Token) -> bool:
    """Whether a word hangs on ``head`` through nouns that modify nouns only ("Glens" on
    "Trust" through "Health"), not through a preposition ("Finance" of "the Ministry of
    Finance" before a name)."""
    while word != head:
        if word.dep_ not in ("compound", "nmod", "amod") or word.head.i <= word.i:
            return False
        word = word.head
    return True


def _capitalised_inside(word: Token) -> bool:
    """A word of a recognized name, capitalised where nothing but a name would be: not at
    the head of a sentence ("Billionaire Donald Trump", "Top Sanders aides"), unless the
    sentence began only at an honorific's stop ("Hon. Farai Chidavaenzi") or the tagger
    read the word as no noun or adjective, which a description before a name would be
    ("Caoimhín", read as a verb, of "Caoimhín Ó Dubhghaill TD said")."""
    describes = word.pos_ in ("NOUN", "PROPN", "ADJ")
    opens = word.is_sent_start and not _after_honorific(word) and describes
    return word.is_title and bool(word.ent_type_) and not opens


def _after_honorific(word: Token) -> bool:
    """Whether a word follows an abbreviated honorific and its stop ("Hon." "Dr" ".")."""
    doc, at = word.doc, word.i - 1
    if at >= 0 and doc[at].text == ".":
        at -= 1
    return at >= 0 and abbreviated_honorific(doc[at])


def _false_title(word: Token) -> bool:
    """ "Accountant Deepa Krishnan", "Farmer Juma Otieno": a word for what someone does,
    capitalised only because it opens the sentence, before a name of two words or more
    (no given name: "Hunter", "Carter" begin names)."""
    opens = word.is_sent_start or word.nbor(-1).is_punct
    return opens and word.lower_ in FALSE_TITLES and given(word.text) not in FIRST_NAMES
