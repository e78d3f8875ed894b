"""What the rule modules share: the candidate they yield and the way they read a Doc.

Rules look at spaCy tokens, but yield plain values (character offsets and strings), so
that no spaCy object leaves the analysis layer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.data import Cue, cues, lexicon

Offsets = tuple[int, int]

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
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
PLURAL_PRONOUNS = frozenset({"they", "them", "we", "their"})
# Children of a noun that describe it rather than name it: they go into the source's
# role, not into the mention ("Rajan Menon, from the Defense Priorities think-tank").
ROLE_DEPS = frozenset({"appos", "relcl", "acl", "prep"})
# Relative clauses that state a role ("Tobias Renwick, who chairs the budget committee").
ROLE_VERBS = frozenset({"chair", "head", "lead", "run", "direct", "represent", "manage"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Entity types that name no one who could speak: "Tuesday said" is a misparse of a date
# ("voters going to the polls on Super Tuesday said"), "Republican" a party's adjective.
UNSPEAKING_ENTITIES = frozenset(
    {"DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
)
# Head nouns that speak for themselves when a participle hangs from them: people,
# institutions and documents ("voters saying", "a memo showing").
SPEAKING_HEADS = (
    lexicon.ORGANIZATION_HEADS
    | lexicon.ANONYMOUS_HEADS
    | lexicon.TITLES
    | lexicon.VAGUE_SOURCE_WORDS
    | lexicon.DOCUMENT_HEADS
)
# Tags of verbs that carry tense, and so need a subject ("warned", "disputes").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Verbs that cause their object to say or think something ("led voters to conclude").
CAUSATIVE_VERBS = frozenset(
    {"lead", "prompt", "force", "drive", "cause", "spur", "compel", "push", "convince"}
    | {"persuade", "inspire", "get", "provoke", "move", "leave", "trigger"}
)
# Verbs by which a source puts out words that then speak for it ("issued a statement
# saying", "sent supporters an email stating", "ran an ad calling").
ISSUING_VERBS = frozenset(
    {"issue", "release", "send", "post", "publish", "blast", "email", "tweet", "run", "air"}
    | {"circulate", "distribute", "unveil", "launch", "put", "write", "sign", "text"}
)
# Titles of peers, which with one name are the name ("Lord Hale").
PEERAGE_TITLES = frozenset({"lord", "lady", "baroness", "baron", "viscount", "earl", "dame"})
TITLE_WORDS = (
    lexicon.TITLES
    | lexicon.HONORIFICS_MALE
    | lexicon.HONORIFICS_FEMALE
    | lexicon.HONORIFICS_NEUTRAL
)


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


def cue_entry(token: Token, pos: str = "verb") -> Cue | None:
    """The lexicon entry for a verb or noun cue, with its particle if it has one."""
    table = cues()
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ in ("prt", "prep") and child.i == token.i + 1:
            phrasal = table.get((f"{lemma} {child.lower_}", pos))
            if phrasal:
                return phrasal
    return table.get((lemma, pos))


def offsets(first: Token, last: Token) -> Offsets:
    """Character offsets covering the tokens ``first`` to ``last``, relative to the Doc."""
    return first.idx, last.idx + len(last.text)


def trim(doc_tokens: SpacySpan) -> Offsets | None:
    """Offsets of a token span without punctuation and spaces at its edges."""
    tokens = [t for t in doc_tokens]
    while tokens and (tokens[0].is_punct or tokens[0].is_space) and not _is_quote(tokens[0]):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and not _is_quote(tokens[-1]):
        tokens.pop()
    if not tokens:
        return None
    return offsets(tokens[0], tokens[-1])


def _is_quote(token: Token) -> bool:
    return token.text in {'"', "“", "”", "'", "‘", "’", "«", "»"}


def subtree_offsets(token: Token, skip: set[int] | None = None) -> Offsets | None:
    """Offsets of a token's subtree, cut short at any token index in ``skip``."""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    if skip:
        for i in range(token.i - 1, left - 1, -1):
            if i in skip:
                left = i + 1
                break
        for i in range(token.i + 1, right + 1):
            if i in skip:
                right = i - 1
                break
    return trim(doc[left : right + 1])


def mention(head: Token) -> Mention:
    """Describe the noun phrase headed by ``head`` as a source mention."""
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
    # "Its spokeswoman, Marija Tasevska, told …": the name in apposition is the source
    if head.pos_ == "NOUN" and head.lower_ in TITLE_WORDS:
        name = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is not None:
            named = mention(name)
            return replace(
                named,
                role=_text(head.left_edge, head),
                affiliations=_proper_runs(head) + named.affiliations,
            )
    kept = [head]
    role_parts: list[str] = []
    for child in head.children:
        if child.dep_ in ROLE_DEPS or (child.dep_ == "punct" and child.i > head.i):
            # the role is what the source is ("a spokesman for …", "from the … think-tank"),
            # not what a relative clause says it did ("…, which called the strike")
            role_clause = child.dep_ == "relcl" and child.lemma_.lower() in ROLE_VERBS
            if (child.dep_ in ("appos", "prep") or role_clause) and not (
                child.like_num or _circumstance(child)
            ):
                role_parts.append(_role_text(child))  # not "Salim Ngala, 41,"
            continue
        if child.dep_ in ("cc", "conj") and child.i > head.i:
            continue
        kept.extend(child.subtree)
    kept = _contiguous(sorted(kept, key=lambda t: t.i), head)
    while kept and (kept[0].is_punct or kept[0].is_space or kept[0].dep_ == "case"):
        kept.pop(0)
    while kept and (kept[-1].is_punct or kept[-1].is_space or kept[-1].dep_ == "case"):
        kept.pop()
    if not kept:
        kept = [head]
    first, last = kept[0], kept[-1]
    start, end = offsets(first, last)
    lower = head.lower_
    pronoun = head.pos_ == "PRON" or lower in PRONOUNS
    name_tokens = [
        t for t in kept if t.pos_ == "PROPN" and (t.dep_ in ("compound", "flat") or t.i == head.i)
    ]
    # "Transport Cabinet Secretary Beatrice Nduta": titles and honorifics are tagged PROPN
    # too, so the name is the run of proper nouns after the last title word.
    for n in range(len(name_tokens) - 1, 0, -1):
        if name_tokens[n - 1].lower_.rstrip(".") in TITLE_WORDS:
            # "Lord Hale", "Baroness Okafor": a peer is named by title and one name
            peer = n == len(name_tokens) - 1 and name_tokens[n - 1].lower_ in PEERAGE_TITLES
            name_tokens = name_tokens[n - 1 :] if peer else name_tokens[n:]
            break
    name = _name(name_tokens) if name_tokens and head.pos_ == "PROPN" else None
    title = None
    if name and name_tokens[0].i > first.i:
        title_tokens = [t for t in kept if t.i < name_tokens[0].i and t.pos_ != "DET"]
        title = " ".join(t.text for t in title_tokens) or None
    label = head.ent_type_ or next((t.ent_type_ for t in kept if t.ent_type_), "")
    plural = lower in PLURAL_PRONOUNS or head.tag_ in ("NNS", "NNPS")
    role = "; ".join(role_parts) or None
    affiliations = _proper_runs(head) if not pronoun else ()
    return Mention(
        start=start,
        end=end,
        text=_text(first, last),
        head=lower,
        pronoun=pronoun,
        plural=plural,
        proper=head.pos_ == "PROPN",
        label=label,
        name=name,
        title=title,
        role=role,
        affiliations=affiliations,
    )


# Entity labels of a phrase that says when something happened, not who someone is.
TIME_LABELS = frozenset({"DATE", "TIME"})
# Clauses on a noun that tell where someone spoke, not whom they work for ("Clinton,
# speaking on CNN"): outlets named there are relays, not affiliations.
RELAY_CLAUSE_LEMMAS = frozenset({"speak", "talk", "tell", "appear", "say", "interview"})


def _is_relative(token: Token) -> bool:
    """A relative pronoun that is the subject of its clause ("officials who said")."""
    return (
        token.lower_ in RELATIVE_PRONOUNS
        and token.dep_ in SUBJECT_DEPS
        and token.head.dep_ == "relcl"
        and token.head.head.i != token.head.i
    )


def nearest_subject(subjects: list[Token], verb: Token) -> Token:
    """The verb's own subject among several the parser gave it: the nearest ('"My
    apologies," Quick said' and "Y, independent analyses agree": the parser also hangs
    the words before on the verb), unless the two are one phrase split at a possessive
    ("Fox News’ Bret Baier", "Breitbart London’s Raheem Kassam", where the first holds
    the outlet) or coordinated ("Yahoo News and its anchor"), where the first leads."""
    nearest = min(subjects, key=lambda c: abs(c.i - verb.i))
    for other in subjects:
        between = verb.doc[other.i + 1 : nearest.left_edge.i]
        joined = not between or (  # "Raheem" and "Kassam" both taken for subjects
            len(between) == 1 and (_possessive(between[0]) or between[0].dep_ == "cc")
        )
        if other.i < nearest.i and joined:
            return other
    return nearest


def _possessive(token: Token) -> bool:
    """An apostrophe written tight after a word ("Fox News’ Bret Baier"), not a quote."""
    if token.lower_ in ("'s", "’s"):
        return True
    return token.text in ("'", "’") and token.i > 0 and not token.nbor(-1).whitespace_


def stands_for(token: Token) -> Token:
    """The noun a relative pronoun stands for; any other token is itself.

    The parser hangs a clause on the first noun of an apposition ("Amina Wekesa, general
    secretary of the Federation, which called …"); "which" never stands for a person, so
    it then takes the noun right before it.
    """
    if not _is_relative(token):
        return token
    noun = token.head.head
    if token.lower_ == "which" and noun.ent_type_ == "PERSON" and token.i > 0:
        before = token.doc[token.i - 1]
        if before.is_punct and token.i > 1:
            before = token.doc[token.i - 2]
        while before.dep_ in ("compound", "flat") and before.head.i > before.i:
            before = before.head
        if before.pos_ in ("NOUN", "PROPN") and before.ent_type_ != "PERSON":
            return before
    return noun


def _proper_runs(head: Token) -> tuple[str, ...]:
    """Proper-noun runs in a mention's phrase: where an outlet behind a source is named
    ("a count by The Associated Press", "New York Times columnist David Brooks")."""
    skip: set[int] = set()
    for token in head.subtree:
        if token.dep_ in ("relcl", "acl", "advcl") and token.lemma_.lower() in RELAY_CLAUSE_LEMMAS:
            skip.update(t.i for t in token.subtree)
    runs: list[list[Token]] = []
    for token in head.subtree:
        if token.i in skip or token.pos_ != "PROPN" or token.dep_ == "case":
            continue
        if runs and runs[-1][-1].i == token.i - 1:
            runs[-1].append(token)
        elif runs and runs[-1][-1].i == token.i - 2 and _joins(token.nbor(-1)):
            runs[-1].extend((token.nbor(-1), token))  # "Agence France-Presse"
        else:
            runs.append([token])
    out: list[str] = []
    for run in runs:
        text = _text(run[0], run[-1])
        before = run[0].nbor(-1) if run[0].i > 0 else None
        if before is not None and before.lower_ == "the":
            out.append("The " + text)  # "The Times" is an outlet where "Times" alone is not
        out.append(text)
        out.extend(p for p in text.replace("/", "-").split("-") if p and p != text)
    return tuple(out)


def _joins(token: Token) -> bool:
    """A hyphen written tight between two parts of one name ("France-Presse")."""
    return token.text in ("-", "‐") and not token.whitespace_ and not token.nbor(-1).whitespace_


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


def _role_text(phrase: Token) -> str:
    """A phrase's text up to any relative clause inside it."""
    clauses = [
        t.left_edge.i for t in phrase.subtree if t.dep_ in ("relcl", "acl") and t.i > phrase.i
    ]
    last = min([phrase.right_edge.i + 1] + clauses) - 1
    while last > phrase.left_edge.i and phrase.doc[last].is_punct:
        last -= 1
    return _text(phrase.left_edge, phrase.doc[last])


def _contiguous(tokens: list[Token], head: Token) -> list[Token]:
    """The unbroken run of ``tokens`` around the head, stopping at quote marks: a parse
    that hangs a quotation under the speaker must not make the quote part of the name."""
    indices = {t.i for t in tokens if not _is_quote(t)}
    lo = hi = head.i
    while lo - 1 in indices:
        lo -= 1
    while hi + 1 in indices:
        hi += 1
    return [t for t in tokens if lo <= t.i <= hi]


def _name(tokens: list[Token]) -> str:
    """The contiguous proper-noun run that ends at the last token, as text."""
    run = [tokens[-1]]
    for t in reversed(tokens[:-1]):
        # "Schmidt-Traub": a hyphen between two parts of one name
        hyphen = t.i == run[0].i - 2 and t.doc[t.i + 1].text in ("-", "‐")
        if t.i == run[0].i - 1 or hyphen:
            run.insert(0, t)
        else:
            break
    return _text(run[0], run[-1])


def _text(first: Token, last: Token) -> str:
    # Doc.text rebuilds the whole text from its tokens; a span builds only its own
    return first.doc[first.i : last.i + 1].text


def subject_of(verb: Token) -> Token | None:
    """The subject of a cue verb, looking through participles and relative clauses.

    "Fesenko, speaking to AP, said" has its subject on "said"; in "..., adding that" or
    "one official telling AP" the participle takes the subject of the clause or the noun it
    hangs from; in "Musiyenko, who spoke to Reuters" the relative pronoun stands for the
    noun the clause modifies.
    """
    # a verb as "subject" is a misparsed reported clause ("Y, said X"), not a source
    subjects = [
        c
        for c in verb.children
        if c.dep_ in SUBJECT_DEPS and (c.pos_ not in ("VERB", "AUX", "PUNCT") or _name_as_verb(c))
    ]
    if subjects:
        # "Musiyenko, who spoke to Reuters": the relative pronoun is the source mention
        # (as annotators mark it); ``mention`` links it to the noun it stands for
        return nearest_subject(subjects, verb)
    misparsed = _misparsed_subject(verb)
    if misparsed is not None:
        return misparsed
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in CAUSATIVE_VERBS:
        # "the ruling led Republicans to say …", "prompted Parliament to call …": a
        # causative verb's object is the one who says ("urged them to act" is the urger's
        # stance, and "used a speech to call for" a purpose)
        controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        if controller is not None and controller.pos_ in ("NOUN", "PROPN", "PRON"):
            return controller
    if verb.dep_ == "conj":
        # "said the offer was fair and insisted that ...": the parser may coordinate the
        # second cue with a verb inside the first cue's content; the speaker is the
        # subject of the nearest cue above.
        for ancestor in verb.ancestors:
            if ancestor.pos_ == "VERB" and cue_entry(ancestor) is not None:
                return subject_of(ancestor)
    # "Majorities of voters going to the polls say …": the parser may leave the cue as an
    # unlabelled dependent ("dep") of a participle it took for the main verb; the subject
    # is that verb's
    reporter = _reporter_above(verb)
    if reporter is not None:
        return subject_of(reporter)
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp":
        # "voters are more likely to say …", "he was quick to note …": the one the
        # adjective describes is the one who says
        return subject_of(verb.head.head)
    if verb.dep_ in ("advcl", "conj", "xcomp", "dep", "acomp") and verb.head.i != verb.i:
        # "they are convinced that …": a participle read as the copula's complement
        return subject_of(verb.head) if verb.head.pos_ in ("VERB", "AUX") else None
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        # "X issued a statement saying …", "emailed supporters saying …": what X sends
        # out says what X says
        noun = verb.head
        issued = noun.dep_ in ("dobj", "dative") and noun.head.lemma_.lower() in ISSUING_VERBS
        # a statement noun is a cue of its own, read with its verb by ``reported``
        if issued and cue_entry(noun, pos="noun") is None:
            issuer = subject_of(noun.head)
            if issuer is not None:
                return issuer
        maker = _maker_of(noun)
        return maker if maker is not None else noun
    if verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        # "responded by saying …", "ended the speech without naming …": the gerund's
        # subject is the subject of the verb its preposition hangs from
        return subject_of(verb.head.head)
    return None


def _name_as_verb(token: Token) -> bool:
    """A capitalised word with nothing hanging on it that the tagger took for a verb
    ("Trump defended the remark": the surname is also a verb); a misparsed reported
    clause as subject has words of its own."""
    # "Trump and his lawyers have said": a name coordinated with another is still bare
    bare = all(c.dep_ in ("cc", "conj") and c.i > token.i for c in token.children)
    return bare and token.is_title and token.tag_ not in ("VBG", "VBN")


def _reporter_above(participle: Token) -> Token | None:
    """The cue a trailing participle belongs to when the parser hung it inside its content.

    "Trump insisted that he has grown the party, claiming that …": the parser attaches
    "claiming" to "has grown", the nearest verb, but a reported clause's verb does not
    speak; the one who claims is the one who insisted (on the study split, 15 of 20 such
    pairs). A participle on a cue of its own ("he added, saying …") stays with it.
    """
    head = participle.head
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or head.dep_ != "ccomp":
        return None
    if cue_entry(head) is not None or head.head.pos_ not in ("VERB", "AUX"):
        return None
    return head.head if cue_entry(head.head) is not None else None


def _maker_of(thing: Token) -> Token | None:
    """Who made or used a thing that a participle describes as saying something.

    "approved a resolution condemning …", "made a third attempt to deflect, writing …",
    "during a speech attacking …": annotators name as source the subject of the verb the
    thing hangs from, not the thing (on the study split, 29 of 43 such pairs whose source
    we got wrong). People and institutions ("supporters saying", "a group backing") speak
    for themselves, and so do documents ("polls showing", "a statement defending"), which
    ``mention_kinds`` types as evidence.
    """
    if thing.pos_ != "NOUN" or thing.ent_type_ or thing.lower_ in SPEAKING_HEADS:
        return None
    if thing.dep_ in ("dobj", "dative"):
        governor = thing.head
    elif thing.dep_ == "pobj" and thing.head.dep_ == "prep":
        governor = thing.head.head
    else:
        return None
    if governor.pos_ not in ("VERB", "AUX"):
        return None
    return subject_of(governor)


def _appositive_clause(verb: Token) -> Token | None:
    """ "Jane Roe, a Hollis, Vt., pastor helping to lead the march, said she …": commas
    inside an apposition can make the parser read the appositive noun as the verb of a
    clause before the cue, with the name as its subject. When the cue has its reported
    clause after it, a clause that opens the sentence before it is the subject phrase."""
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    after = any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    if not before or not after or before[0].left_edge.i != verb.sent.start:
        return None
    name = next((c for c in before[0].children if c.dep_ == "nsubj"), None)
    return name if name is not None and name.pos_ == "PROPN" else None


def _misparsed_subject(verb: Token) -> Token | None:
    """The subject of a finite verb the parser left without one, found where it put it.

    "In an interview with the Herald, Ana Ruiz, the chief, warned …": the name after the
    fronted phrase is taken for a conjunct of the phrase's last noun, with no "and"
    between them. "Marsh disputed that": a capitalised name right before the verb is taken
    for an interjection or a modifier of it.
    """
    if verb.tag_ not in FINITE_TAGS or any(c.dep_ == "csubj" for c in verb.children):
        return None  # an imperative or a participle has no subject of its own
    for before in verb.children:
        if (
            before.i < verb.i
            and before.dep_ in ("intj", "npadvmod", "advmod", "dep")
            and before.is_title
            and not before.is_stop
            and before.ent_type_ not in UNSPEAKING_ENTITIES
            and _right_before(before, verb)
        ):
            return before  # "Bill Skelly, a data operative, vouched for …" too
    appositive = _appositive_clause(verb)
    if appositive is not None:
        return appositive
    for phrase in verb.children:
        if phrase.dep_ != "prep" or phrase.i > verb.i:
            continue
        for token in phrase.subtree:
            unjoined = not any(c.dep_ == "cc" for c in token.head.children)
            speaker = token.pos_ in ("PROPN", "NOUN") and token.ent_type_ not in UNSPEAKING_ENTITIES
            if token.dep_ == "conj" and speaker and unjoined:
                return token
            if token.dep_ == "appos" and speaker and _right_before(token, verb):
                # "As part of his plea, Marcel Lazar, 44, said …": the name set off after
                # the fronted phrase is taken for an apposition of its last noun
                return token
    return None


def _right_before(phrase: Token, verb: Token) -> bool:
    """Whether nothing but punctuation lies between a phrase and the verb after it."""
    between = verb.doc[phrase.right_edge.i + 1 : verb.i]
    return all(t.is_punct for t in between) and (
        phrase.right_edge.i + 1 == verb.i or between[-1].text == ","
    )
