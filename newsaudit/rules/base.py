"""What the rule modules share: the candidate they yield and the source mentions in it.

Rules look at spaCy tokens, but yield plain values (character offsets and strings), so
that no spaCy object leaves the analysis layer. Offsets and cue lookup live in
``rules.tokens``, the subject of a verb in ``rules.subjects``; both are re-exported here.
How a name and a title are read inside a mention is ``rules.names``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import takewhile

from spacy.tokens import Token

from newsaudit.data import claim_words, lexicon

# Re-exported: the rules import what they share from here.
from newsaudit.rules.antecedents import stands_for as stands_for
from newsaudit.rules.names import (
    FIRST_NAMES,
    NAME_PARTICLES,
    NOT_A_PERSON,
    ONE_NAME_TITLES,
    PERSON_NOUNS,
    TITLE_PARTS,
    TITLE_WORDS,
    close_name,
    closing_name,
    entity_start,
    given,
    joins,
    name_after_honorific,
    name_run,
    named_example,
    office_before,
    one_name,
    set_off_name,
    text_between,
    title_before,
)
from newsaudit.rules.subjects import nearest_subject as nearest_subject
from newsaudit.rules.subjects import subject_of as subject_of
from newsaudit.rules.tokens import FINITE_TAGS as FINITE_TAGS
from newsaudit.rules.tokens import SPEAKING_HEADS as SPEAKING_HEADS
from newsaudit.rules.tokens import (
    SUBJECT_DEPS,
    Offsets,
    hyphened,
    is_quote,
    offsets,
    set_off_age,
)
from newsaudit.rules.tokens import TIME_LABELS as TIME_LABELS
from newsaudit.rules.tokens import UNSPEAKING_ENTITIES as UNSPEAKING_ENTITIES
from newsaudit.rules.tokens import cue_entry as cue_entry
from newsaudit.rules.tokens import subtree_offsets as subtree_offsets
from newsaudit.rules.tokens import trim as trim

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
# The articles, with which an English noun phrase opens.
ARTICLES = frozenset({"a", "an", "the"})
PERSONAL_REFLEXIVES = frozenset({"himself", "herself"})
# Children of a noun that describe it rather than name it: they go into the source's
# role, not into the mention ("Rajan Menon, from the Defense Priorities think-tank").
ROLE_DEPS = frozenset({"appos", "relcl", "acl", "prep"})
# Words that head a share of people ("42% of voters", "the vast majority of Americans",
# "half of Republicans"): their "of" phrase is the group counted, part of the source's
# name, not a role.
SHARE_HEADS = frozenset(
    {"percent", "%", "half", "third", "quarter", "majority", "minority", "plurality", "proportion"}
)
# Words that count or gather members without saying who they are ("a number of
# economists", "hundreds of protesters", "a growing body of research"): the "of" phrase
# names the source, whose kind and number are the group's, not the quantity word's.
QUANTITY_HEADS = frozenset(
    {"number", "handful", "lot", "couple", "dozen", "hundred", "thousand", "million"}
    | {"score", "host", "body", "array", "slew", "raft", "series", "chorus"}
)
# Relative clauses that state a role ("Tobias Renwick, who chairs the budget committee").
ROLE_VERBS = frozenset({"chair", "head", "lead", "run", "direct", "represent", "manage"})


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


@dataclass
class Candidate:
    """An attribution found by a rule, before sources are resolved and ids given."""

    kind: str
    category: str
    cue: Offsets
    content: Offsets
    source: Mention | None
    tone: str = "neutral"
    via: Mention | None = None
    rule: str = ""
    continues: int | None = None
    # a stance in form that says what was said: news passed on ("announced a new
    # inquiry"), a call for something ("called for calm") or a clause the parser read as
    # a thing ("said legalizing it could …");
    # rules treat it as the stance it is in form, the report calls it a statement
    stated: bool = False
    # a refusal to speak ("declined to comment", "refused to say whether …"): rules
    # treat it as the saying it is in form, the report calls it a stance (no words given)
    withheld: bool = False


def _closed_by_name(head: Token, name: Token) -> Mention:
    """ "The minister for health Ann Lee said": the name that closes the title's phrase is
    the source, and the words before it ("The minister for health") its role."""
    doc = name.doc
    first = doc[entity_start(name)]
    named = mention(name)
    start = first.idx
    return replace(
        named,
        start=start,
        text=doc.text[start : named.end],
        name=doc.text[start : named.end],  # not "Transport Nokuthula Zondi-Khumalo"
        title=None,  # the words before it in the phrase are the role's, not a title
        role=text_between(head.left_edge, doc[first.i - 1]),
        affiliations=_proper_runs(head) + named.affiliations,
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


def _whole_words(kept: list[Token]) -> list[Token]:
    """A phrase with the hyphenated words at its edges whole: "The vice-president", whose
    first pieces (and their article) the parser hangs apart from the last."""
    doc = kept[0].doc
    first, _ = hyphened(kept[0])
    _, last = hyphened(kept[-1])
    before = [t for i in range(first, kept[0].i) for t in doc[i].subtree if t.i < kept[0].i]
    start = min((t.i for t in before), default=kept[0].i)
    return list(doc[start : last + 1]) if (before or last > kept[-1].i) else kept


def _capitalised_inside(word: Token) -> bool:
    """A word of a recognized name, capitalised where nothing but a name would be: not at
    the head of a sentence ("Billionaire Donald Trump", "Top Sanders aides")."""
    return word.is_title and bool(word.ent_type_) and not word.is_sent_start


def _false_title(word: Token) -> bool:
    """ "Accountant Deepa Krishnan", "Farmer Juma Otieno": a word for what someone does,
    capitalised only because it opens the sentence, before a name of two words or more
    (no given name: "Hunter", "Carter" begin names)."""
    opens = word.is_sent_start or word.nbor(-1).is_punct
    return opens and word.lower_ in FALSE_TITLES and given(word.text) not in FIRST_NAMES


def _given_before_particle(first: Token) -> list[Token]:
    """ "Nur Aisyah binti Kamarulzaman said": the parser may cut a name at a particle it
    does not know ("binti", "ap", "Ó"), the words before it left outside the subject's
    phrase; they are the name's, up to the first word that is no proper noun."""
    doc = first.doc
    at = first.i - 1
    if at < 1 or doc[at].lower_ not in NAME_PARTICLES or doc[at - 1].pos_ != "PROPN":
        return []
    start = at - 1
    while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_punct:
        start -= 1
    return list(doc[start : at + 1])


def _name_run_on(head: Token) -> list[Token]:
    """ "The Jamaica Special Economic Zone Authority (JSEZA) said": before initials in
    brackets the parser may split a name in two, its first word the subject and the rest
    an apposition with no comma between; where the recognizer reads both as one name,
    the apposition's words up to the bracket are the name's."""
    if head.pos_ != "PROPN" or not head.ent_type_:
        return []
    for child in head.rights:
        start = child.left_edge
        if child.dep_ == "appos" and child.pos_ == "PROPN" and start.i == head.i + 1:
            if start.ent_iob_ != "I" or start.ent_type_ != head.ent_type_:
                return []
            words = list(takewhile(lambda t: not t.is_punct, child.subtree))
            return words if words and words[-1] == child else []
    return []


def mention(head: Token) -> Mention:
    """Describe the noun phrase headed by ``head`` as a source mention."""
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
    if titled and head.lower_ in TITLE_WORDS:  # not "Peter T. King, Republican of …"
        name = next((c for c in head.children if set_off_name(c)), None)
        closing = None if name is not None else closing_name(head)
        if closing is not None:
            return _closed_by_name(head, closing)
    elif _names_no_one(head):
        # "Another, Pelco, announced", "One of them, Ada Okafor, said", "The company,
        # Pelco, said": the name set off after it is the source (a person's or a body's;
        # not "The employee, a registered Republican,")
        name = next((c for c in head.children if _set_off_member(c)), None)
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
        return replace(
            named,
            role=text_between(head.left_edge, between[-1].right_edge if between else head),
            affiliations=_proper_runs(head) + named.affiliations,
        )
    kept = [head]
    role_parts: list[str] = []
    joined = any(one_name(head, c) for c in head.children if c.dep_ == "conj")
    run_on = _name_run_on(head)
    kept.extend(run_on)
    kept.extend(_share_whole(head))  # "Six in 10 say": the share is the source
    group = _group_counted(head)  # "42% of voters say", "a number of economists say"
    kept.extend(group)
    for child in head.children:
        if child.i in {t.i for t in kept}:
            continue
        if child.dep_ in ROLE_DEPS or (child.dep_ == "punct" and child.i > head.i):
            # the role is what the source is ("a spokesman for …", "from the … think-tank"),
            # not what a relative clause says it did ("…, which called the strike")
            role_clause = child.dep_ == "relcl" and child.lemma_.lower() in ROLE_VERBS
            if (child.dep_ in ("appos", "prep") or role_clause) and not (
                child.like_num or _circumstance(child) or _no_role(child, head)
            ):
                role_parts.append(_roletext_between(child))  # not "Salim Ngala, 41,"
            continue
        if child.dep_ in ("cc", "conj") and child.i > head.i and not joined:
            continue
        kept.extend(child.subtree)
    kept = _whole_words(_contiguous(sorted(kept, key=lambda t: t.i), head))
    before = _given_before_particle(kept[0]) if head.pos_ == "PROPN" else []
    glued = before + run_on
    kept = before + kept
    kept = _from_article(kept, head)
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
    first, last = kept[0], kept[-1]
    article = first.nbor(-1) if first.i > 0 else None
    if head.dep_ == "amod" and article is not None and article.head.i == head.head.i:
        first = article if article.dep_ == "det" else first  # "the 29-year-old said"
    start, end = offsets(first, last)
    lower = run_on[-1].lower_ if run_on else head.lower_  # "Authority" of "The Jamaica … Authority"
    pronoun = head.pos_ == "PRON" or lower in PRONOUNS
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
    # nor a capitalised word of the recognizer's name the tagger took for an adjective
    # ("Cathal", a given name the lists do not hold, in "Galway TD Cathal Ó Briain")
    named_from = entity_start(head) if head.ent_type_ else head.i
    name_tokens = [
        t
        for t in kept
        if (t.pos_ == "PROPN" or (_capitalised_inside(t) and named_from <= t.i < head.i))
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
    office = (
        bool(name_tokens) and name_tokens[0].i > 0 and name_tokens[0].nbor(-1).lower_ in OFFICE_OF
    )
    if office:
        begins = entity_start(head) if head.ent_type_ == "PERSON" else name_tokens[0].i
        name_tokens = [t for t in name_tokens if t.i >= begins] or name_tokens
    run = name_run(name_tokens) if name_tokens and head.pos_ == "PROPN" else []
    if run and joined:
        run = [t for t in kept if t.i >= run[0].i]  # "Customs and Border Protection"
    owner = _owner_in_name(head, run)
    # "Jung Hae-won", "Côté-Bissonnette": a name is whole words, which the parser may cut
    # at a hyphen
    doc = head.doc
    if run and owner is None:
        run[0] = doc[hyphened(run[0])[0]]
    name = text_between(owner or run[0], doc[hyphened(run[-1])[1]]) if run else None
    title = None
    if run and run[0].i > first.i and not office:
        title_tokens = title_before(run[0], first)
        if title_tokens:
            title = text_between(title_tokens[0], title_tokens[-1])  # "President-elect"
    label = head.ent_type_ or next((t.ent_type_ for t in kept if t.ent_type_), "")
    plural = lower in PLURAL_PRONOUNS or head.tag_ in ("NNS", "NNPS")
    counted = _counted_noun(head, group)
    if counted is not None:
        # "a number of economists": economists, however many
        lower, plural = counted.lower_, counted.tag_ in ("NNS", "NNPS")
        label = counted.ent_type_
    if plural and run and len(run) > 1 and given(run[0].text) in FIRST_NAMES:
        plural = False  # "Rodrigo Chaves", "Ana Reyes": a surname in "s" read as a plural
    affiliations = _proper_runs(head) if not pronoun else ()
    office = office_before(head, first)
    if office is not None:
        # the title's own words, to the comma before the name that hangs on it
        last_word = office.right_edge if office.right_edge.i < first.i else first.nbor(-2)
        role_parts.insert(0, text_between(office.left_edge, last_word))
        affiliations = _proper_runs(office) + affiliations
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


# Clauses on a noun that tell where someone spoke, not whom they work for ("Clinton,
# speaking on CNN"): outlets named there are relays, not affiliations.
RELAY_CLAUSE_LEMMAS = frozenset({"speak", "talk", "tell", "appear", "say", "interview"})
# Clauses on a noun that name who stands behind it, not who made it ("The letter, also
# backed by BBC presenter Anita Rani, …"): the backers' employers are no affiliation.
SUPPORT_CLAUSE_LEMMAS = frozenset({"back", "support", "sign", "endorse", "join"})
NO_AFFILIATION_CLAUSES = RELAY_CLAUSE_LEMMAS | SUPPORT_CLAUSE_LEMMAS


def _emphatic(child: Token) -> bool:
    """Whether a word after a name is an emphatic reflexive of a person ("Lewis herself")."""
    return child.dep_ == "appos" and child.lower_ in PERSONAL_REFLEXIVES


def _share_whole(head: Token) -> list[Token]:
    """ "in 10" after "Six", "out of five" after "one": the whole a number of people is
    counted in, which the parser may hang on the verb."""
    if head.tag_ != "CD":
        return []
    words = head.doc[head.i + 1 : head.i + 4]
    linked = [t for t in words if t.lower_ in ("in", "of", "out")]
    whole = next((t for t in words if t.tag_ == "CD"), None)
    if not linked or whole is None or linked[0].i != head.i + 1 or whole.ent_type_ == "DATE":
        return []  # not "Two in 2016"
    return [t for t in words if t.i <= whole.i]


def _group_counted(head: Token) -> list[Token]:
    """ "of voters" after "42%", "of Americans" after "the vast majority", "of
    economists" after "a number": the group a share or a quantity counts, so that "42% of
    Democrats" and "42% of Republicans" are two sources."""
    if head.lower_ not in SHARE_HEADS and not _quantity(head):
        return []
    group = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if group is None:
        return []
    counted = next((c for c in group.children if c.dep_ == "pobj"), None)
    if counted is None or head.lemma_.lower() not in QUANTITY_HEADS:
        return list(group.subtree)  # a share's sample: "27 percent of those surveyed"
    # a crowd up to its noun: "a number of Democratic senators", not the clause or the
    # place after it ("… of refugees from Iraq", "… of Germans protesting against …")
    return [group, *(t for t in counted.subtree if t.i <= counted.i)]


def _quantity(head: Token) -> bool:
    """A word counting members ("a number of", "hundreds of", "two-thirds of",
    "majorities of"); not "the number of", which is the figure itself ("the number of
    deleted emails"), nor a sum of money ("$20 million of the budget")."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or head.ent_type_ in ("MONEY", "QUANTITY"):
        return False
    if lemma == "number" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    return lemma in SHARE_HEADS or lemma in QUANTITY_HEADS


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


def _counted_noun(head: Token, group: list[Token]) -> Token | None:
    """The noun a quantity word counts ("economists" in "a number of economists"), which
    says what kind of source it is; a share keeps its own head, which marks it a count of
    people ("42% of voters")."""
    if head.lemma_.lower() not in QUANTITY_HEADS or not group:
        return None
    return next((t for t in group if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")), None)


def _one_name(first: Token, conjunction: Token, skip: set[int] = frozenset()) -> bool:
    """ "the Post and Courier", "the News & Observer": after "the", names joined by "and"
    are one title (where "Clinton and Sanders" are two people)."""
    before = _word_before(first, skip)
    return conjunction.lower_ in ("and", "&") and before is not None and before.lower_ == "the"


def _word_before(token: Token, skip: set[int]) -> Token | None:
    """The word before ``token``, passing over the words in ``skip`` ("the" before
    "Post" in "the Charleston-based Post")."""
    i = token.i - 1
    while i >= 0 and i in skip:
        i -= 1
    return token.doc[i] if i >= 0 else None


def _proper_runs(head: Token) -> tuple[str, ...]:
    """Proper-noun runs in a mention's phrase: where an outlet behind a source is named
    ("a count by The Associated Press", "New York Times columnist David Brooks")."""
    skip: set[int] = set()
    for token in head.subtree:
        clause = token.dep_ in ("relcl", "acl", "advcl")
        if clause and token.lemma_.lower() in NO_AFFILIATION_CLAUSES:
            skip.update(t.i for t in token.subtree)
        elif token.dep_ == "amod" and token.lower_ == "based" and token.i < token.head.i:
            # "the Charleston-based Post and Courier": the place is no part of the title
            skip.update(t.i for t in token.subtree)
    runs: list[list[Token]] = []
    for token in head.subtree:
        if token.i in skip or token.pos_ != "PROPN" or token.dep_ == "case":
            continue
        if runs and runs[-1][-1].i == token.i - 1:
            runs[-1].append(token)
        elif runs and runs[-1][-1].i == token.i - 2 and joins(token.nbor(-1)):
            runs[-1].extend((token.nbor(-1), token))  # "Agence France-Presse"
        elif (
            runs and runs[-1][-1].i == token.i - 2 and _one_name(runs[-1][0], token.nbor(-1), skip)
        ):
            runs[-1].extend((token.nbor(-1), token))  # "the Post and Courier"
        else:
            runs.append([token])
    out: list[str] = []
    for run in runs:
        text = text_between(run[0], run[-1])
        before = _word_before(run[0], skip)
        if before is not None and before.lower_ == "the":
            out.append("The " + text)  # "The Times" is an outlet where "Times" alone is not
        out.append(text)
        out.extend(p for p in text.replace("/", "-").split("-") if p and p != text)
    return tuple(out)


def _circumstance(phrase: Token) -> bool:
    """A phrase the parser hung on a name that tells when or about what someone spoke,
    not what they are: "data released on Thursday", "quipped Pitt of his role"."""
    if phrase.dep_ != "prep":
        return False
    objects = [c for c in phrase.children if c.dep_ == "pobj"]
    return any(
        o.ent_type_ in TIME_LABELS or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)
        for o in objects
    )


def _no_role(phrase: Token, head: Token) -> bool:
    """A phrase on a noun that says nothing of what the source is: an appositive with no
    noun ("Sanders himself", "Clinton and Bush both", "Trump, warm-and-fuzzy,"), or a
    phrase on a person's name that tells where or on what the person was at the moment
    ("Cruz in Colorado", "Trump on Super Tuesday"); "of", "from" and "with" tell where a
    named person belongs ("Ted Cruz of Texas", "Lena Bryce with the ACLU"). Comparisons
    and topics are no role on any noun ("Republicans like Ryan")."""
    if phrase.dep_ == "appos":
        return not any(t.pos_ in ("NOUN", "PROPN") for t in phrase.subtree)
    if phrase.dep_ != "prep":
        return False
    if phrase.lower_ in lexicon.UNROLE_PREPOSITIONS:
        return True
    return head.ent_type_ == "PERSON" and phrase.lower_ not in lexicon.NAME_ROLE_PREPOSITIONS


def _roletext_between(phrase: Token) -> str:
    """A phrase's text up to any relative clause inside it."""
    clauses = [
        t.left_edge.i for t in phrase.subtree if t.dep_ in ("relcl", "acl") and t.i > phrase.i
    ]
    last = min([phrase.right_edge.i + 1] + clauses) - 1
    while last > phrase.left_edge.i and phrase.doc[last].is_punct:
        last -= 1
    return text_between(phrase.left_edge, phrase.doc[last])


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


def _from_article(tokens: list[Token], head: Token) -> list[Token]:
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


def _contiguous(tokens: list[Token], head: Token) -> list[Token]:
    """The unbroken run of ``tokens`` around the head, stopping at quote marks: a parse
    that hangs a quotation under the speaker must not make the quote part of the name."""
    indices = {t.i for t in tokens if not is_quote(t) or _plural_possessive(t)}
    lo = hi = head.i
    while lo - 1 in indices:
        lo -= 1
    while hi + 1 in indices:
        hi += 1
    return [t for t in tokens if lo <= t.i <= hi]
