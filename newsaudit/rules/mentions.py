"""A source mention: the noun phrase that names who speaks, read from the parse into plain
values (offsets, the name, a title, a role, affiliations) by ``mention``.

Which words are the phrase's and which of them the name is ``rules.phrases``; how a name
and a title are read inside it ``rules.names``, what it says of the source beside the
name ``rules.roles``, a count of people ``rules.counts``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Token

from newsaudit.data import claim_words, lexicon
from newsaudit.rules.antecedents import stands_for
from newsaudit.rules.counts import counted_noun
from newsaudit.rules.names import (
    FIRST_NAMES,
    HONORIFIC_WORDS,
    NAME_PARTICLES,
    NOT_A_PERSON,
    PERSON_NOUNS,
    TITLE_WORDS,
    close_name,
    closing_name,
    counted_parent,
    entity_start,
    given,
    name_after_honorific,
    name_run,
    named_example,
    office_before,
    portfolio_holder,
    set_off_name,
    text_between,
    title_before,
)
from newsaudit.rules.phrases import name_words, read_phrase
from newsaudit.rules.roles import (
    proper_runs,
)
from newsaudit.rules.tokens import (
    SUBJECT_DEPS,
    UNSPEAKING_ENTITIES,
    hyphened,
    offsets,
    set_off_age,
)

PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "who",
        "which",
        "that",
        "whom",
        "his",
        "hers",
        "its",
        "their",
    ]
)
PLURAL_PRONOUNS = frozenset({"they", "them", "we", "their"})
PERSONAL_REFLEXIVES = frozenset({"himself", "herself"})
# Labels of places and of groups, which a "who" clause the parser hangs on them does not
# describe ("Young Latinos, who have registered", "a doctor from Englewood, who said").
PLACE_OR_GROUP = frozenset({"GPE", "LOC", "FAC", "NORP"})


@dataclass(frozen=True)
class Mention:
    """A source mention with what the resolver needs to know about it."""

    start: int
    end: int
    text: str
    head: str
    pronoun: bool
    plural: bool
    proper: bool
    label: str
    name: str | None = None
    title: str | None = None
    role: str | None = None
    affiliations: tuple[str, ...] = ()
    # a relative pronoun ("who", "which") stands for the noun its clause modifies
    antecedent: Mention | None = None
    # the phrase is a verb's or a preposition's object ("producing a Frühburgunder",
    # "met with Obama") or a name modifying a noun ("a Jenny Craig spokeswoman"), which a
    # later "he" or "she" seldom means while a subject is at hand
    object: bool = False
    # what only a person has, set off after the name: an age ("Ruiz, 54, said"), an
    # emphatic "himself"/"herself" ("Lewis herself said") or a "who" clause ("Ruiz, who
    # lives on the quay, said")
    personal: bool = False


# Words that stand for one member of a set left unnamed ("Another, Pelco, announced").
UNNAMED_MEMBERS = frozenset({"another", "one", "other"})
# The phrases whose name, set off after it, a noun's own name may follow ("a spokesperson
# for L'Heureux, Émilie Côté-Rancourt,").
NAME_OF_PREPS = ("for", "of", "at", "with")
# The parser's labels for the object of a verb or a preposition.
OBJECT_DEPS = frozenset({"dobj", "iobj", "dative", "pobj"})
# Verbs whose object is the one who speaks next ("Conroy asked Sanders whether …. 'Sure
# it is,' he said"): the one a question is put to, or who is interviewed, answers.
ADDRESSING_VERBS = frozenset(claim_words.QUESTION_PUT) | {"interview"}


def _closed_by_name(head: Token, first: Token, name: Token) -> Mention:
    """ "The minister for health Ann Lee said": the name that closes the title's phrase
    (``first`` to ``name``) is the source, and the words before it ("The minister for
    health") its role."""
    doc = name.doc
    named = mention(name)
    start = first.idx
    return replace(
        named,
        start=start,
        text=doc.text[start : named.end],
        name=doc.text[start : named.end],  # not "Transport Nokuthula Zondi-Khumalo"
        title=None,  # the words before it in the phrase are the role's, not a title
        role=text_between(head.left_edge, doc[first.i - 1]),
        affiliations=proper_runs(head) + named.affiliations,
        object=False,  # the subject, whatever the parser hung it on
    )


def _names_no_one(head: Token) -> bool:
    """A word that stands for one someone it does not name: "another", "one", or a
    singular common noun for a body, an unnamed source or a relative ("the company", "one
    group", "a resident", "her daughter") -- not a plural, whose apposition lists several
    ("Two analysts, Ann Lee and …")."""
    if head.lower_ in UNNAMED_MEMBERS:
        return True
    lemma = head.lemma_.lower()
    return (
        head.pos_ == "NOUN"
        and head.tag_ == "NN"
        and (
            lemma in lexicon.ORGANIZATION_HEADS
            or lemma in lexicon.ANONYMOUS_HEADS
            or lemma in lexicon.KIN_NOUNS
        )
    )


def _one_described(head: Token) -> bool:
    """A singular noun that says what someone is, or a capitalised office, a title or a
    word with the field it is of ("Member of Parliament for the area, Dr Ana Lund,"),
    which no recognizer took for a name (not "Ana Ruiz, Director of …")."""
    office = head.lower_ in TITLE_WORDS or any(c.dep_ == "prep" for c in head.children)
    return (head.pos_ == "NOUN" and head.tag_ == "NN") or (
        head.pos_ == "PROPN" and head.tag_ == "NNP" and not head.ent_type_ and office
    )


def _set_off_source(head: Token) -> Token | None:
    """A person's or a body's name set off by commas after a noun that is no document's:
    a person as the recognizer or an honorific or a title before the name tells ("Mr
    Chukwuemeka Obi", "Chief (Mrs) Ada Obi"), a body as the recognizer does ("The
    developer, Melati Sentosa Development Sdn Bhd,"; not "The report, Fair Shares,");
    or None."""
    if head.lemma_.lower() in lexicon.DOCUMENT_HEADS:
        return None  # "According to the FBI summary, Mills asked …": no one's name
    doc = head.doc
    for child in [*head.rights, *_named_after_name(head), *_titled_in_name(head)]:
        after = child.right_edge.i + 1
        # closed by a comma or the sentence's end, not run into a verb ("the summary, Mills
        # asked …")
        closed = after >= len(doc) or doc[after].text in (",", ".", ";") or doc[after].is_space
        commas = doc[child.left_edge.i - 1].text == "," and closed
        person = child.ent_type_ == "PERSON" or child.left_edge.lower_ in TITLE_WORDS
        if commas and _set_off_member(child) and (person or child.ent_type_ == "ORG"):
            return child
    return None


def _named_after_name(head: Token) -> list[Token]:
    """ "A spokesperson for L'Heureux, Émilie Côté-Rancourt, said": a person's name set
    off after the name of what the noun is of or for, which the parser hangs on that name;
    a name does not name a name again, so it is the noun's."""
    return _named_on_object(head, NAME_OF_PREPS, _name_of_no_one)


def _name_of_no_one(word: Token) -> bool:
    return word.pos_ == "PROPN" and word.ent_type_ != "PERSON"


def _titled_in_name(head: Token) -> list[Token]:
    """ "Sound of Mull Ferries' chief executive, Fiona Dalgleish, said": the parser may
    take the first word of a body's name with an "of" in it for the subject, and the
    title the body's possessive goes with for that word's object; a bare capitalised noun
    with no article is no one described but the name's start, so the name set off after
    the title is the source's."""
    if not head.is_title or any(c.dep_ == "det" for c in head.children):
        return []
    return _named_on_object(head, ("of",), _owned_title)


def _owned_title(word: Token) -> bool:
    return word.lower_ in TITLE_WORDS and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" for c in word.children
    )


def _one_of(head: Token) -> list[Token]:
    """ "One of its volunteers, Tariq Mahmood, 23, said": a person's name set off after
    the group "one" is of, which the parser hangs on the group; one name is no list of the
    group, so it is the one's."""
    if head.lower_ not in UNNAMED_MEMBERS:
        return []
    return _named_on_object(head, ("of",), lambda group: group.tag_ in ("NNS", "NNPS"))


def _named_on_object(
    head: Token, preps: tuple[str, ...], fits: Callable[[Token], bool]
) -> list[Token]:
    """People's names set off, in apposition, after the object of one of the noun's
    phrases of ``preps`` when that object ``fits``."""
    return [
        name
        for prep in head.rights
        if prep.dep_ == "prep" and prep.lower_ in preps
        for obj in prep.children
        if obj.dep_ == "pobj" and fits(obj)
        for name in obj.rights
        if name.dep_ == "appos" and name.ent_type_ == "PERSON"
    ]


def _set_off_member(child: Token) -> bool:
    """A person's or a body's name set off after a word that names no one, as an
    apposition, or ("Another, Pelco, announced") after "another" or "one" as the
    adverbial noun the parser may take it for."""
    if child.ent_type_ in UNSPEAKING_ENTITIES:
        return False  # "The employee, a registered Republican,": no one's name
    if set_off_name(child):
        return not any(c.dep_ == "det" for c in child.children)
    return (
        child.head.lower_ in UNNAMED_MEMBERS
        and child.dep_ == "npadvmod"
        and child.pos_ == "PROPN"
        and child.i > child.head.i
        and child.doc[child.left_edge.i - 1].text == ","
    )


def mention(head: Token) -> Mention:
    """Describe the noun phrase headed by ``head`` as a source mention."""
    redirected = _redirected(head)
    return redirected if redirected is not None else _phrase_mention(head)


def _redirected(head: Token) -> Mention | None:
    """The mention of another word that names the source for ``head``: the name after an
    honorific, a relative pronoun's noun, the example a group is named by, the name set
    off after a title or after a word that names no one; None when ``head`` names it."""
    named = name_after_honorific(head)
    if named is not None:
        # "said the Hon. Ana Lund": the splitter ends the sentence at the honorific's
        # stop and the parser makes the honorific the subject; the name is the source
        return mention(named)
    start = head.doc[hyphened(head)[0]]
    if head.pos_ == "PROPN" and start != head and start.dep_ in SUBJECT_DEPS:
        # "Seoul Mayor Jung Hae-won said": the parser may make both halves of a name cut
        # at its hyphen subjects of the verb; the name is the first half's phrase
        return mention(start)
    noun = stands_for(head)
    if noun is not head and noun.pos_ in ("NOUN", "PROPN", "PRON"):
        start, end = offsets(head, head)
        return Mention(
            start=start,
            end=end,
            text=head.text,
            head=head.lower_,
            pronoun=True,
            plural=noun.tag_ in ("NNS", "NNPS"),
            proper=False,
            label="",
            antecedent=mention(noun),
        )
    # "Its spokeswoman, Marija Tasevska, told …", "Grenada's Prime Minister, Keith
    # Mitchell, said" (a capitalised title is tagged a proper noun): the name in
    # apposition is the source, and the title with what follows it ("The chair of the
    # port board, Ana Lund") its role
    # an acronym title ("NDP MLA Sara Holt said") is one whatever label the tagger gives it
    titled = head.pos_ == "NOUN" or (
        head.pos_ == "PROPN" and (head.ent_type_ != "PERSON" or head.is_upper)
    )
    example = named_example(head)
    if example is not None:
        # "Critics like Ann Lee say", "Several candidates, including Ann Lee, said": the
        # group speaks through the one it names, who is the source; the group her role
        return replace(mention(example), role=text_between(head.left_edge, head))
    parent = counted_parent(head)
    if parent:
        return _closed_by_name(head, parent[0], parent[-1])
    if titled and head.lower_ in TITLE_WORDS:  # not "Peter T. King, Republican of …"
        name = next((c for c in head.children if set_off_name(c)), None)
        if name is None and _named_after_name(head):
            name = _set_off_source(head)  # "A spokesperson for L'Heureux, Émilie …,"
        closing = None if name is not None else closing_name(head)
        if closing is not None:
            return _closed_by_name(head, closing.doc[entity_start(closing)], closing)
        holder = portfolio_holder(head) if name is None else []
        if holder:
            return _closed_by_name(head, holder[0], holder[-1])
    elif _names_no_one(head):
        # "Another, Pelco, announced", "One of them, Ada Okafor, said", "The company,
        # Pelco, said": the name set off after it is the source (a person's or a body's;
        # not "The employee, a registered Republican,")
        name = next((c for c in [*head.children, *_one_of(head)] if _set_off_member(c)), None)
    elif _one_described(head) and (set_off := _set_off_source(head)) is not None:
        # "A spare parts dealer, Mr Chukwuemeka Obi, told …": whatever one someone a noun
        # says a source is, a name set off after it is theirs
        name = set_off
    elif head.tag_ == "NN" and head.lower_ not in NOT_A_PERSON:
        # "his nephew Tom Reyes added": a person's name right after one person's noun, no
        # comma between, names whom the noun describes (a close apposition); not after a
        # plural ("top aides John Podesta and …" are more than him)
        name = next((c for c in head.rights if close_name(c, head)), None)
    else:
        name = None
    if name is not None:
        named = mention(name)
        between = [c for c in head.rights if c.i < name.i and not c.is_punct]
        end = between[-1].right_edge if between else head
        if end.i >= name.left_edge.i:  # the name hung inside the role's own phrase
            end = head.doc[name.left_edge.i - 2]
        return replace(
            named,
            role=text_between(head.left_edge, end),
            affiliations=proper_runs(head) + named.affiliations,
        )
    return None


def _phrase_mention(head: Token) -> Mention:
    """The mention the phrase headed by ``head`` is itself: its words, name, title, role
    and affiliations."""
    phrase = read_phrase(head)
    kept, run_on, group = phrase.words, phrase.run_on, phrase.group
    role_parts = list(phrase.roles)
    first, last = kept[0], kept[-1]
    article = first.nbor(-1) if first.i > 0 else None
    if head.dep_ == "amod" and article is not None and article.head.i == head.head.i:
        first = article if article.dep_ == "det" else first  # "the 29-year-old said"
    start, end = offsets(first, last)
    lower = run_on[-1].lower_ if run_on else head.lower_  # "Authority" of "The Jamaica … Authority"
    pronoun = head.pos_ == "PRON" or lower in PRONOUNS
    name_tokens, after_office = name_words(head, phrase, first)
    run = name_run(name_tokens) if name_tokens and head.pos_ == "PROPN" else []
    if run and phrase.joined:
        # "Customs and Border Protection", "Eddisford and Wrayton Borough Council"
        run = [t for t in kept if t.i >= min(run[0].i, name_tokens[0].i)]
    owner = _owner_in_name(head, run)
    # "Jung Hae-won", "Côté-Bissonnette": a name is whole words, which the parser may cut
    # at a hyphen
    doc = head.doc
    if run and owner is None:
        run[0] = doc[hyphened(run[0])[0]]
    name = text_between(owner or run[0], doc[hyphened(run[-1])[1]]) if run else None
    title = None
    if run and run[0].i > first.i and not after_office:
        title_tokens = title_before(run[0], first)
        if title_tokens:
            title = text_between(title_tokens[0], title_tokens[-1])  # "President-elect"
    # not the number the tagger may read in a particle ("Gerrit ten Hove")
    label = head.ent_type_ or next(
        (t.ent_type_ for t in kept if t.ent_type_ and t.lower_ not in NAME_PARTICLES), ""
    )
    named = _written_as_name(head)
    plural = lower in PLURAL_PRONOUNS or (head.tag_ in ("NNS", "NNPS") and not named)
    counted = counted_noun(head, group)
    if counted is not None:
        # "a number of economists": economists, however many
        lower, plural = counted.lower_, counted.tag_ in ("NNS", "NNPS")
        label = counted.ent_type_
    if plural and run and len(run) > 1 and given(run[0].text) in FIRST_NAMES:
        plural = False  # "Rodrigo Chaves", "Ana Reyes": a surname in "s" read as a plural
    if plural and run and title and title.split()[-1].lower().rstrip(".") in HONORIFIC_WORDS:
        plural = False  # "Mrs Munnings": an honorific addresses one person
    affiliations = proper_runs(head) if not pronoun else ()
    office = office_before(head, first)
    if office is not None:
        # the title's own words, to the comma before the name that hangs on it
        last_word = office.right_edge if office.right_edge.i < first.i else first.nbor(-2)
        role_parts.insert(0, text_between(office.left_edge, last_word))
        affiliations = proper_runs(office) + affiliations
    role = "; ".join(role_parts) or None
    return Mention(
        start=start,
        end=end,
        text=text_between(first, last),
        head=lower,
        pronoun=pronoun,
        plural=plural,
        proper=head.pos_ == "PROPN" or named,
        label=label,
        name=name,
        title=title,
        role=role,
        object=_object_or_modifier(head),
        affiliations=affiliations,
        personal=any(set_off_age(c) or _emphatic(c) or _who_of(head, c) for c in head.rights),
    )


def _object_or_modifier(head: Token) -> bool:
    """Whether a phrase is an object -- not the one addressed ("asked Sanders whether"),
    nor a passive's agent -- or a name modifying the noun after it ("became a Jenny Craig
    weight loss spokeswoman", "the Copperfield location"): a brand or a place named for
    someone, not its topic."""
    if head.dep_ == "compound":
        return head.head.pos_ == "NOUN" and head.head.i > head.i
    if head.head.dep_ == "agent":
        return False  # "will be chaired by Kate Dalmeny": who does it, as a subject would
    return head.dep_ in OBJECT_DEPS and head.head.lemma_.lower() not in ADDRESSING_VERBS


def _written_as_name(head: Token) -> bool:
    """A word only a name is written as, whatever the tagger made of it (a plural common
    noun, for "EA" or "DeFreitas"): a body's initials after "the" ("the EA said"), or a
    word with a capital inside ("DeFreitas", "McAllister")."""
    word = head.text
    if not word.isalpha() or not word[:1].isupper():
        return False
    if not word.isupper():
        # not a plural of initials ("PACs", "CEOs")
        return word[1:2].islower() and any(letter.isupper() for letter in word[2:])
    # "the EA said"; not a headline's "BOOM:" or "LOOK:"
    return 2 <= len(word) <= 6 and head.i > 0 and head.nbor(-1).lower_ == "the"


def _who_of(head: Token, child: Token) -> bool:
    """Whether a relative clause on a singular name opens with "who" ("Glenys
    Prydderch-Jones, who has lived on the street for 38 years, said"): the clause speaks
    of a person, as "which" would of a body."""
    if head.tag_ != "NNP" or child.dep_ != "relcl" or head.ent_type_ in PLACE_OR_GROUP:
        return False  # "from Englewood, New Jersey, who said": a clause the parser misplaced
    if head.dep_ not in ("nsubj", "nsubjpass", "appos", "ROOT"):
        return False  # "the president of the Foundation for Peace, who": the president
    if any(c.dep_ in ("conj", "amod", "det", "nummod") for c in head.children):
        return False  # "Young Latinos and Asian Americans, who …": a group
    return any(c.lower_ in ("who", "whom") and c.i < child.i for c in child.children)


def _emphatic(child: Token) -> bool:
    """Whether a word after a name is an emphatic reflexive of a person ("Lewis herself")."""
    return child.dep_ == "appos" and child.lower_ in PERSONAL_REFLEXIVES


def _owner_in_name(head: Token, run: list[Token]) -> Token | None:
    """The possessor that is part of a one-word name ("Emily" in "Emily's List", "Moe"
    in "Moe's Tavern"), not an owner before a name of its own ("Obama's Justice
    Department", "Putin's Russia", "the Media Research Center's Bozell", "Trump's Son")."""
    if len(run) != 1 or head.ent_type_ in ("GPE", "LOC", "NORP", "PERSON"):
        return None
    if head.lower_ in PERSON_NOUNS:
        return None  # a headline's "Trump's Son": someone of his
    owner = next((c for c in head.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None or owner.i + 2 != head.i or owner.nbor(1).dep_ != "case":
        return None
    # one word: a body's name before a possessive owns a person ("Purple PAC's Crane")
    return owner if owner.left_edge == owner else None
