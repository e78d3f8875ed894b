"""A source mention: the noun phrase that names who speaks, read from the parse into plain
values (offsets, the name, a title, a role, affiliations) by ``mention``.

How a name and a title are read inside the phrase is ``rules.names``, what it says of
the source beside the name ``rules.roles``, a count of people ``rules.counts``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from newsaudit.data import claim_words, lexicon
from newsaudit.rules.antecedents import stands_for
from newsaudit.rules.counts import counted_noun, group_counted, share_whole
from newsaudit.rules.names import (
    FIRST_NAMES,
    HONORIFIC_ABBREVIATIONS,
    NOT_A_PERSON,
    ONE_NAME_TITLES,
    PERSON_NOUNS,
    TITLE_PARTS,
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
    one_name,
    portfolio_holder,
    set_off_name,
    text_between,
    title_before,
)
from newsaudit.rules.phrase_edges import (
    contiguous,
    from_article,
    given_before_particle,
    name_run_on,
    person_begun_before,
    person_split_before,
    whole_words,
)
from newsaudit.rules.roles import (
    ROLE_DEPS,
    ROLE_VERBS,
    circumstance,
    no_role,
    proper_runs,
    roletext_between,
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
    # "met with Obama"), which a later "he" seldom means while a subject is at hand
    object: bool = False
    # what only a person has, set off after the name: an age ("Ruiz, 54, said") or an
    # emphatic "himself"/"herself" ("Lewis herself said")
    personal: bool = False


# The prepositions that join an office to its field or place ("MEC for Transport").
OFFICE_OF = frozenset({"for", "of"})
# Words for what someone does or is, which open a sentence before a name as a title.
FALSE_TITLES = lexicon.OCCUPATIONS | lexicon.ANONYMOUS_HEADS | lexicon.KIN_NOUNS
# Words that stand for one member of a set left unnamed ("Another, Pelco, announced").
UNNAMED_MEMBERS = frozenset({"another", "one", "other"})
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
    for child in [*head.rights, *_named_after_name(head)]:
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
    return [
        name
        for prep in head.rights
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "with")
        for obj in prep.children
        if obj.dep_ == "pobj" and obj.pos_ == "PROPN"
        for name in obj.rights
        if name.dep_ == "appos" and name.ent_type_ == "PERSON" and obj.ent_type_ != "PERSON"
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


def _capitalised_inside(word: Token) -> bool:
    """A word of a recognized name, capitalised where nothing but a name would be: not at
    the head of a sentence ("Billionaire Donald Trump", "Top Sanders aides"), unless the
    sentence began only at an honorific's stop ("Hon. Farai Chidavaenzi")."""
    opens = word.is_sent_start and not _after_honorific(word)
    return word.is_title and bool(word.ent_type_) and not opens


def _after_honorific(word: Token) -> bool:
    """Whether a word follows an abbreviated honorific and its stop ("Hon." "Dr" ".")."""
    doc, at = word.doc, word.i - 1
    if at >= 0 and doc[at].text == ".":
        at -= 1
    return at >= 0 and doc[at].lower_.rstrip(".") in HONORIFIC_ABBREVIATIONS


def _false_title(word: Token) -> bool:
    """ "Accountant Deepa Krishnan", "Farmer Juma Otieno": a word for what someone does,
    capitalised only because it opens the sentence, before a name of two words or more
    (no given name: "Hunter", "Carter" begin names)."""
    opens = word.is_sent_start or word.nbor(-1).is_punct
    return opens and word.lower_ in FALSE_TITLES and given(word.text) not in FIRST_NAMES


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
        name = next((c for c in head.children if _set_off_member(c)), None)
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


@dataclass(frozen=True)
class _Phrase:
    """The words of a mention's phrase, and what reading them found on the way."""

    words: list[Token]
    roles: list[str]  # what the phrase says the source is ("a spokesman for …")
    run_on: list[Token]  # a name's words the parser split off before initials in brackets
    glued: list[Token]  # words of the name the parser left outside the phrase
    joined: bool  # names joined by "and" that are one name ("Customs and Border Protection")
    group: list[Token]  # the group a share or a quantity counts ("of voters")


def _phrase(head: Token) -> _Phrase:
    """The words of the noun phrase headed by ``head`` that name the source, apart from
    its role: what a relative clause or an apposition says goes into the role."""
    kept = [head]
    role_parts: list[str] = []
    joined = any(one_name(head, c) for c in head.children if c.dep_ == "conj")
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
        kept.extend(child.subtree)
    kept = whole_words(contiguous(sorted(kept, key=lambda t: t.i), head))
    before = given_before_particle(kept[0]) if head.pos_ == "PROPN" else []
    before = before or person_begun_before(kept[0], head) or person_split_before(kept[0], head)
    glued = before + run_on
    kept = before + kept
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
    return _Phrase(kept, role_parts, run_on, glued, joined, group)


def _name_words(head: Token, phrase: _Phrase, first: Token) -> tuple[list[Token], bool]:
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
            or (_capitalised_inside(t) and named_from <= t.i < head.i)
        )
        and not t.is_punct
        and (t.dep_ in ("compound", "flat") or t.i == head.i or t.i in close)
    ]
    # "Transport Cabinet Secretary Beatrice Nduta": titles and honorifics are tagged PROPN
    # too, so the name is the run of proper nouns after the last title word.
    for n in range(len(name_tokens) - 1, 0, -1):
        if name_tokens[n - 1].lower_.rstrip(".") in TITLE_PARTS:
            # "Lord Hale", "Baroness Okafor": a peer is named by title and one name
            peer = n == len(name_tokens) - 1 and name_tokens[n - 1].lower_ in ONE_NAME_TITLES
            name_tokens = name_tokens[n - 1 :] if peer else name_tokens[n:]
            break
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


def _modifies(word: Token, head: Token) -> bool:
    """Whether a word hangs on ``head`` through nouns that modify nouns only ("Glens" on
    "Trust" through "Health"), not through a preposition ("Finance" of "the Ministry of
    Finance" before a name)."""
    while word != head:
        if word.dep_ not in ("compound", "nmod", "amod") or word.head.i <= word.i:
            return False
        word = word.head
    return True


def _phrase_mention(head: Token) -> Mention:
    """The mention the phrase headed by ``head`` is itself: its words, name, title, role
    and affiliations."""
    phrase = _phrase(head)
    kept, run_on, group = phrase.words, phrase.run_on, phrase.group
    role_parts = list(phrase.roles)
    first, last = kept[0], kept[-1]
    article = first.nbor(-1) if first.i > 0 else None
    if head.dep_ == "amod" and article is not None and article.head.i == head.head.i:
        first = article if article.dep_ == "det" else first  # "the 29-year-old said"
    start, end = offsets(first, last)
    lower = run_on[-1].lower_ if run_on else head.lower_  # "Authority" of "The Jamaica … Authority"
    pronoun = head.pos_ == "PRON" or lower in PRONOUNS
    name_tokens, after_office = _name_words(head, phrase, first)
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
    label = head.ent_type_ or next((t.ent_type_ for t in kept if t.ent_type_), "")
    plural = lower in PLURAL_PRONOUNS or head.tag_ in ("NNS", "NNPS")
    counted = counted_noun(head, group)
    if counted is not None:
        # "a number of economists": economists, however many
        lower, plural = counted.lower_, counted.tag_ in ("NNS", "NNPS")
        label = counted.ent_type_
    if plural and run and len(run) > 1 and given(run[0].text) in FIRST_NAMES:
        plural = False  # "Rodrigo Chaves", "Ana Reyes": a surname in "s" read as a plural
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
        proper=head.pos_ == "PROPN",
        label=label,
        name=name,
        title=title,
        role=role,
        object=head.dep_ in OBJECT_DEPS and head.head.lemma_.lower() not in ADDRESSING_VERBS,
        affiliations=affiliations,
        personal=any(set_off_age(c) or _emphatic(c) for c in head.rights),
    )


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
