"""Who speaks: the subject of a cue verb, found through participles, relative clauses,
coordination and the parser's usual misreadings of a sentence's subject."""

from __future__ import annotations

from spacy.tokens import Token

from newsaudit.rules.inverted import inverted_text, own_subject, speaker_clause, speaker_inside
from newsaudit.rules.stops import continues_clause
from newsaudit.rules.tokens import (
    FINITE_TAGS,
    SPEAKING_HEADS,
    SUBJECT_DEPS,
    TIME_LABELS,
    UNSPEAKING_ENTITIES,
    cue_entry,
    hyphened,
    plural_phrase_before,
)

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


# Verbs by which a source answers with a message ("responded with a statement saying").
REPLYING_VERBS = frozenset({"respond", "reply", "answer", "react", "retort", "counter", "hit"})
# Messages that a participle after their topic belongs to ("a note on the story saying").
MESSAGE_NOUNS = frozenset(
    {"note", "statement", "letter", "email", "memo", "tweet", "post", "message", "release"}
    | {"editorial", "correction", "update", "comment", "response", "reply"}
)
TOPIC_PREPOSITIONS = frozenset({"on", "about", "regarding", "concerning"})
# Quantifiers that stand alone for people ("many argue", "some say"); the parser may read
# one right before a verb as the verb's modifier.
PEOPLE_QUANTIFIERS = frozenset({"many", "some", "most", "few", "several", "others"})
# The words of a verb group that may stand between a subject and its verb ("will close").
VERB_GROUP = frozenset({"aux", "auxpass", "neg"})


def nearest_subject(subjects: list[Token], verb: Token) -> Token:
    """The verb's own subject among several the parser gave it: the nearest ('"My
    apologies," Quick said' and "Y, independent analyses agree": the parser also hangs
    the words before on the verb), unless the two are one phrase split at a possessive
    ("Fox News’ Bret Baier", "Breitbart London’s Raheem Kassam", where the first holds
    the outlet) or coordinated ("Yahoo News and its anchor"), where the first leads."""
    # "The vice-president said": the parser may take each piece of a hyphenated word for
    # a subject of its own; the word is one, headed by its last piece
    subjects = list({verb.doc[hyphened(c)[1]]: None for c in subjects})
    nearest = min(subjects, key=lambda c: abs(c.i - verb.i))
    named = _name_after_fronted_phrase(nearest, verb) or _name_after_its_body(
        nearest, subjects, verb
    )
    if named is not None:
        return named
    addressee = _addressee_before_colon(nearest, subjects, verb)
    if addressee is not None:
        return addressee
    for other in subjects:
        between = verb.doc[other.i + 1 : nearest.left_edge.i]
        joined = not between or (  # "Raheem" and "Kassam" both taken for subjects
            len(between) == 1 and (_possessive(between[0]) or between[0].dep_ == "cc")
        )
        # "The charity Harbour Aid said": a common noun that says what the name is (not
        # "The hacker whose cyber-mischief revealed": a phrase of its own)
        described = (
            not between
            and other.pos_ == "NOUN"
            and nearest.pos_ == "PROPN"
            and nearest.left_edge.pos_ == "PROPN"
        )
        if other.i < nearest.i and joined and not described:
            return other
    return nearest


def _addressee_before_colon(nearest: Token, subjects: list[Token], verb: Token) -> Token | None:
    """ "The letter – an edited version of which is reproduced above – warns Mr Johnson:
    '…'": after a parenthesis the parser may take the one addressed, right after the verb
    and before the colon that opens the words, for a second subject; the subject that
    opens the sentence is the verb's own."""
    doc = verb.doc
    after = nearest.right_edge.i + 1
    if nearest.i < verb.i or after >= len(doc) or doc[after].text != ":":
        return None
    opening = [c for c in subjects if c.i < verb.i and c.left_edge.i == verb.sent.start]
    return opening[0] if opening else None


def _name_after_fronted_phrase(subject: Token, verb: Token) -> Token | None:
    """ "To understand the real Dred Scott, Justice Roberts said, …": the parser may take
    the last noun of a fronted phrase for the subject and the name set off after it for
    its apposition. A subject run on from a content word before it, with no comma ("that
    the editor, Ann Lee, said" opens a clause), that has a name in apposition right
    before the verb, is that name's phrase misread."""
    start = subject.left_edge.i
    if subject.i > verb.i or start == verb.sent.start:
        return None
    if verb.doc[start - 1].pos_ not in ("VERB", "NOUN", "PROPN", "ADJ", "NUM"):
        return None
    for appos in subject.rights:
        between = verb.doc[appos.right_edge.i + 1 : verb.i]
        if appos.dep_ == "appos" and appos.pos_ == "PROPN" and all(t.is_punct for t in between):
            return appos
    return None


def _name_after_its_body(subject: Token, subjects: list[Token], verb: Token) -> Token | None:
    """ "…, warns World Food Council (WFC) Director Amara Osei": an inverted subject that
    names a body, its acronym and a title before a person is one phrase whose head is the
    person, but the parser may split it at the bracket, taking the person for a second
    subject or for the root of the sentence. The person's name right after the body's
    phrase is the speaker."""
    after = subject.right_edge.i + 1
    if subject.i < verb.i or subject.ent_type_ != "ORG" or after >= len(subject.doc):
        return None
    name = subject.doc[after]
    while name.dep_ == "compound":
        name = name.head
    loose = name in subjects or name.dep_ in ("ROOT", "appos", "dep")
    if name.ent_type_ == "PERSON" and loose:
        return name
    return None


def _possessive(token: Token) -> bool:
    """An apostrophe written tight after a word ("Fox News’ Bret Baier"), not a quote."""
    if token.lower_ in ("'s", "’s"):
        return True
    return token.text in ("'", "’") and token.i > 0 and not token.nbor(-1).whitespace_


# Parts of speech of a noun phrase's words ("the Coast Guard", "Customs and Border
# Protection").
NOUN_PHRASE_POS = frozenset({"PROPN", "NOUN", "DET", "CCONJ", "ADJ"})


def subject_of(verb: Token) -> Token | None:
    """The subject of a cue verb, looking through participles and relative clauses.

    "Fesenko, speaking to AP, said" has its subject on "said"; in "..., adding that" or
    "one official telling AP" the participle takes the subject of the clause or the noun it
    hangs from; in "Musiyenko, who spoke to Reuters" the relative pronoun stands for the
    noun the clause modifies.
    """
    inside = speaker_inside(verb)
    if inside is not None:
        return inside  # "The plan, said Lee, would cost more": the speaker after the verb
    # a verb as "subject" is a misparsed reported clause ("Y, said X"), not a source
    subjects = [
        c
        for c in verb.children
        if c.dep_ in SUBJECT_DEPS and (c.pos_ not in ("VERB", "AUX", "PUNCT") or _name_as_verb(c))
    ]
    if subjects:
        # "Musiyenko, who spoke to Reuters": the relative pronoun is the source mention
        # (as annotators mark it); ``mention`` links it to the noun it stands for
        nearest = nearest_subject(subjects, verb)
        return _closing_subject(verb, nearest) or nearest
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
    if verb.dep_ == "conj" and continues_clause(verb) and _active(verb.head):
        # "said the council had met and had asked the engineers to …": the verb goes on
        # with the clause it is joined to, whose subject is its own (not a passive's:
        # in "suggested the writer be fired and defended him" the writer defends no one)
        return subject_of(verb.head)
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
        noun = _message_about(verb.head)
        sender = _sender(noun)
        if sender is not None:
            return sender
        maker = _maker_of(noun)
        return maker if maker is not None else noun
    if verb.dep_ == "pcomp":
        # "responded by saying …", "ended the speech without naming …": the gerund's
        # subject is the subject of the verb its preposition hangs from
        return _gerund_holder(verb.head.head)
    return None


def _active(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" for c in verb.children)


def _gerund_holder(governor: Token) -> Token | None:
    """Who does what a gerund after a preposition names, from the word the preposition
    hangs on: a verb's subject ("responded by saying"); a noun's possessor ("their
    strategy of attacking him") or else the subject of the verb the noun belongs to ("has
    adopted the position of wanting …"), none after "there is"; for an adjective or an
    adverb, the subject of its verb ("was keen on telling …", "stopped short of calling
    for …")."""
    if governor.pos_ in ("VERB", "AUX"):
        return subject_of(governor)
    if governor.pos_ == "NOUN":
        owner = next((c for c in governor.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
        verb = governor.head
        # "if there is a hope of seeing …": an existential has no one who hopes
        existential = any(c.dep_ == "expl" for c in verb.children)
        if governor.dep_ in ("dobj", "attr") and verb.pos_ in ("VERB", "AUX") and not existential:
            return subject_of(verb)
        return None
    if governor.pos_ in ("ADJ", "ADV") and governor.head.pos_ in ("VERB", "AUX"):
        return subject_of(governor.head)
    return None


def _name_as_verb(token: Token) -> bool:
    """A capitalised word with nothing hanging on it that the tagger took for a verb
    ("Trump defended the remark": the surname is also a verb); a misparsed reported
    clause as subject has words of its own. A capitalised participle is a name too
    ("Walking home, Ebeling said …") unless it opens the sentence, where a bare gerund
    may be a subject ("Voting matters, she said")."""
    # "Trump and his lawyers have said": a name coordinated with another is still bare
    bare = all(c.dep_ in ("cc", "conj") and c.i > token.i for c in token.children)
    opening = token.i == token.sent.start
    return bare and token.is_title and not (opening and token.tag_ in ("VBG", "VBN"))


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


def _sender(message: Token) -> Token | None:
    """Who sent the message a participle hangs from: the subject of "issued a report
    saying" (a statement noun is a cue of its own there, read with its verb by
    ``reported``) or of "responded with an editor's note saying"."""
    issued = message.dep_ in ("dobj", "dative") and message.head.lemma_.lower() in ISSUING_VERBS
    if issued and cue_entry(message, pos="noun") is None:
        return subject_of(message.head)
    if message.dep_ == "pobj" and message.head.lower_ == "with":
        verb = message.head.head
        if verb.lemma_.lower() in REPLYING_VERBS:
            return subject_of(verb)
    return None


def _message_about(noun: Token) -> Token:
    """ "a note on the story saying …", "a statement about the vote saying …": the parser
    hangs the participle on the nearest noun, but what says is the message the topic
    belongs to."""
    while (
        noun.dep_ == "pobj"
        and noun.head.lower_ in TOPIC_PREPOSITIONS
        and noun.head.head.lemma_.lower() in MESSAGE_NOUNS
        and not noun.ent_type_
    ):
        noun = noun.head.head
    return noun


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


def _closing_subject(verb: Token, subject: Token) -> Token | None:
    """ "…, Customs and Border Protection announced Tuesday.": a cue that closes its
    sentence after the content has its subject between the last comma and itself. In a
    long sentence the parser may hang that phrase on the content's last noun as a conjunct
    and take a noun inside the content ("475 pounds") for the subject."""
    doc = verb.doc
    start = verb.i
    while start > 0 and doc[start - 1].pos_ in NOUN_PHRASE_POS:
        start -= 1
    if start == verb.i or start == 0 or doc[start - 1].text != "," or subject.i >= start:
        return None
    if not any(c.dep_ == "ccomp" and c.i < start for c in verb.children):
        return None  # no content before the comma: "In Harlow, the board said …"
    phrase = doc[start : verb.i]
    return next((t for t in phrase if t.head.i not in range(start, verb.i)), None)


def _determined(verb: Token, word: Token) -> bool:
    """Whether an article the parser hung on a verb opens the phrase of the adjective right
    before it ("the 29-year-old said"): a noun phrase the parser failed to see."""
    return any(c.dep_ == "det" and c.i == word.left_edge.i - 1 for c in verb.children)


def _misparsed_subject(verb: Token) -> Token | None:
    """The subject of a finite verb the parser left without one, found where it put it.

    "In an interview with the Herald, Ana Ruiz, the chief, warned …": the name after the
    fronted phrase is taken for a conjunct of the phrase's last noun, with no "and"
    between them. "Marsh disputed that": a capitalised name right before the verb is taken
    for an interjection or a modifier of it.
    """
    inverted = inverted_text(verb)
    if inverted is not None:
        return inverted
    holding = speaker_clause(verb)
    if holding is not None:
        return own_subject(holding)
    # "will close", "has warned": a finite auxiliary makes the verb group finite
    finite = verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS | {"MD"} for c in verb.lefts
    )
    if not finite:
        return None  # an imperative or a participle has no subject of its own
    clause = next((c for c in verb.children if c.dep_ == "csubj"), None)
    if clause is not None:
        return _name_closing_participle(clause, verb)
    for before in verb.children:
        quantifier = before.dep_ == "amod" and before.lower_ in PEOPLE_QUANTIFIERS
        if quantifier and before.i + 1 == verb.i:
            return before  # "That attitude, many argue, could …": read as a modifier
        if before.dep_ == "nummod" and before.tag_ == "CD" and before.i + 1 == verb.i:
            return before  # "About 4 in 10 say …": the share read as the verb's number
        if before.dep_ == "amod" and before.i + 1 == verb.i and _determined(verb, before):
            return before  # '"…," the 29-year-old said': "the" and the age hung on the verb
        if before.dep_ == "aux" and before.tag_ in ("NNP", "NNPS") and before.i + 1 == verb.i:
            return before  # "This week SDK announced …": a name read as an auxiliary
        if before.dep_ == "compound" and before.i + 1 == verb.i and before.text.endswith("s"):
            # "…, election commission records show.": the plural subject of a closing
            # cue, tagged a verb in "-s", is hung on it as a compound
            return before
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
    for clause in verb.lefts:
        # "Lim, asked about the remarks, said …": the parser may hang the subject on the
        # participle set off before the verb; a comma after it keeps it the verb's
        subject = next((c for c in clause.lefts if c.dep_ in SUBJECT_DEPS), None)
        if clause.dep_ == "advcl" and subject is not None and subject.nbor().text == ",":
            return subject
    for phrase in verb.children:
        # a fronted phrase: "In an interview with the Herald, …", or a time ("Friday, …")
        when = phrase.dep_ == "npadvmod" and phrase.ent_type_ in TIME_LABELS
        if not (phrase.dep_ == "prep" or when) or phrase.i > verb.i:
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
        last = phrase.right_edge
        named = last.pos_ == "PROPN" and last.ent_type_ not in UNSPEAKING_ENTITIES
        if last.i + 1 == verb.i and named and last.dep_ == "pobj":
            # "In a meeting with the board of the Courier Okafor said …": with no comma
            # after the fronted phrase, the name is read as the end of its last noun --
            # not a day ("but on Tuesday wrote that …")
            return last
    if verb.tag_ == "VBP":
        # "The row flared after leaked minutes from the meeting show the chair knew": a
        # bare present verb agrees with the plural phrase right before it, which the
        # parser hung on the clause above (whose subject is no subject of this verb)
        return plural_phrase_before(verb)
    return None


def _name_closing_participle(clause: Token, verb: Token) -> Token | None:
    """ "Speaking at the yard in Portree, Skye, Chief Executive Mairi Lamont said …": the
    parser takes the fronted participle for the verb's subject and the name after the
    place for the place's last noun. A name set off by a comma and right before the verb
    is the verb's subject; a participle's own phrase ("Picking winners and losers seemed
    …") names no one."""
    last = clause.right_edge
    if clause.tag_ != "VBG" or last.i + 1 != verb.i or last.pos_ != "PROPN":
        return None
    if last.ent_type_ in UNSPEAKING_ENTITIES or last.ent_type_ == "GPE":
        return None
    words = [t.i for c in last.lefts if c.dep_ == "compound" for t in c.subtree]
    start = min(words, default=last.i)  # "Chief Executive Mairi" before "Lamont"
    return last if verb.doc[start - 1].text == "," else None


def _right_before(phrase: Token, verb: Token) -> bool:
    """Whether nothing but punctuation, the verb's own auxiliaries ("will close", "has not
    said") or a participle clause of its own set off by commas ("Texas, leading a
    coalition of states, asked …") lies between a phrase and the verb after it."""
    start = phrase.right_edge.i + 1
    set_off = {
        t.i
        for c in verb.children
        if c.dep_ == "advcl" and c.tag_ == "VBG" and start < c.left_edge.i and c.i < verb.i
        for t in c.subtree
    }
    between = [
        t
        for t in verb.doc[start : verb.i]
        if not (t.head.i == verb.i and t.dep_ in VERB_GROUP) and t.i not in set_off
    ]
    return all(t.is_punct for t in between) and (not between or between[-1].text == ",")


def headline_passive(verb: Token) -> bool:
    """ "Port chief accused of hiding losses", "Mayor criticised over budget": a headline
    drops the "is" of a passive, so a verb of saying or of stance in its participle form,
    with no auxiliary and a subject before it, says what was said to or of the subject,
    whose accuser the headline does not name. (In body text the same tags are mostly the
    tagger's slips for a past tense, "Trump tweeted", so this is read in headings only.)"""
    entry = cue_entry(verb)
    if verb.tag_ != "VBN" or entry is None or entry.category not in ("statement", "stance"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
