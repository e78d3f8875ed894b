"""Reported clauses the parser misattaches: the clause is still there, hung on the wrong
word or with its verb mistagged, and its shape tells it apart.

"told BBC Radio Hollis the council had wasted millions" (the clause's subject read as the
addressee's apposition), "telling a host that Bello had opposed it" (the clause read as a
relative clause of the addressee), "said in a statement on Friday that …" (the clause hung
on the setting's noun), "said after the meeting ended that …" (hung on the time clause's
verb), "said after the vote he would not accept …" (read as an adverbial
clause), "said he'll still back the nominee" (its verb tagged an adjective), "says shutting
campuses down is unsustainable" (a clause with a gerund subject read as the verb's gerund
object).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsaudit.data import Cue, claim_words
from newsaudit.rules.base import FINITE_TAGS, Mention, cue_entry
from newsaudit.rules.tokens import QUOTE_MARKS

# Prepositions of the occasion of a saying: "in a statement", "during the debate", "on
# CNN", "for the first time", "following the vote".
SETTING_PREPS = frozenset({"in", "during", "at", "on", "for", "following", "after"})
# Conjunctions of a clause of time set between a cue and its "that" clause ("said after
# the meeting ended that …"), and a clause's subjects.
OCCASION_MARKS = frozenset({"after", "before", "when", "as", "once", "while", "since"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# The clauses a noun phrase may hold on its words: relative ("who spoke"), complement
# ("the claim that …"), adverbial ("as he left"), and clauses set beside a word.
PHRASE_CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl", "appos", "conj", "parataxis"})
# Where a word tagged a finite verb still modifies a noun as an adjective does.
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
# How the parser hangs a reported clause on a noun: as a relative clause ("a host that
# Bello had opposed …"), and on a setting's noun also as the noun's complement ("in a
# statement that the ferry would run").
RELATIVE = frozenset({"relcl"})
SETTING_CLAUSES = RELATIVE | {"acl"}
# Prepositions of the occasion or the hearer of a talk, which the parser may hang its
# topic on: "asked at a briefing about X", "talking to voters about X", "talked with aides
# about X" (study split: 10 of 12 such topics annotated; after "in", 1 of 4: "in response
# to a question about X" names the question's topic, not the speaker's).
HEARING_PREPS = frozenset({"at", "during", "to", "with"})


def demonstrative_that(clause: Token) -> Token | None:
    """ "When the mayor said that, the crowd cheered": a "that" right before a comma that
    the next clause's subject follows is the demonstrative object of the cue, which the
    parser reads as the conjunction of a reported clause running past the comma. A
    conjunction "that" is set off only before a phrase of its own clause that a second
    comma closes ("said that, in his view, the plan would fail")."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if mark is None or subject is None or subject.left_edge.i != mark.i + 2:
        return None
    return mark if clause.doc[mark.i + 1].text == "," else None


def anonymity_purpose(clause: Token) -> bool:
    """ "…, he said on condition of anonymity to discuss the talks": the infinitive after
    the condition of anonymity tells why the source was granted it (it belongs to the
    noun), though the parser hangs it on the cue as if it were what was said."""
    if clause.dep_ not in ("xcomp", "advcl") or clause.left_edge.i == 0:
        return False
    before = clause.doc[clause.left_edge.i - 1]
    return any(
        c.dep_ == "prep"
        and c.i < clause.i
        and c.right_edge.i == before.i
        and any(t.lemma_.lower() == "anonymity" for t in c.subtree)
        for c in clause.head.children
    )


def stranded_subject(clause: Token, obj: Token | None) -> Token | None:
    """ "told BBC Radio Hollis the council had wasted millions": the parser may take the
    reported clause's subject for an apposition of the addressee, leaving the clause
    without one; the apposition right before the clause is its subject."""
    if obj is None or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children
    ):
        return None
    finite = clause.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") for c in clause.children
    )
    if not finite:
        return None
    appos = next((c for c in obj.children if c.dep_ == "appos" and c.i > obj.i), None)
    if appos is None or appos.right_edge.i + 1 != clause.left_edge.i:
        return None
    return appos


def misread_clause(obj: Token, deps: frozenset[str] = RELATIVE) -> Token | None:
    """ "telling a radio host that Bello had opposed the changes": the parser may hang the
    reported clause on the addressee as a relative clause (``deps``), yet still tags its
    "that" as a complementizer (a relative "that" is a pronoun, the clause's subject or
    object)."""
    for child in obj.children:
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        if child.dep_ in deps and child.i > obj.i and _complementizer(child) and subject:
            return child
        told = obj.dep_ in ("dobj", "dative") and obj.head.lemma_.lower() in TELLING
        if told and child.dep_ in deps and child.i > obj.i and _unmarked_and_whole(child):
            return child
    return None


# Verbs whose object is the one told, after whom the parser may hang what they were told.
TELLING = frozenset({"tell", "inform", "assure", "remind", "warn", "notify"})


def _unmarked_and_whole(clause: Token) -> bool:
    """ "told the Valley Courier he had already sold a third of his flock": a clause with
    no "that" and no relative word, with a subject of its own before the verb and its
    object after it, leaves no gap a relative clause would have ("the man he met"): it is
    the reported clause, which the parser hung on the addressee."""
    lefts = list(clause.lefts)
    subject = any(c.dep_ == "nsubj" and c.pos_ in ("PRON", "PROPN") for c in lefts)
    words = clause.doc[clause.left_edge.i : clause.i]
    relative = any(t.tag_ in ("WDT", "WP", "WP$", "WRB") or t.lower_ == "that" for t in words)
    whole = any(
        c.dep_ in ("dobj", "ccomp", "attr", "acomp") and c.i > clause.i for c in clause.children
    )
    return subject and whole and not relative


def _complementizer(clause: Token) -> bool:
    """Whether a clause opens with the conjunction "that", which the parser may file as
    its marker or, in a clause it misattaches, as an adverb ("the first time that …") or
    the object of a passive verb ("at the chambers that sprinklers were banned"); a
    relative "that" is the clause's subject or object."""
    # a passive clause takes no object: a "that" the parser made its object opens it
    passive = any(c.dep_ == "nsubjpass" for c in clause.children)
    return any(
        c.lower_ == "that"
        and (c.dep_ in ("mark", "advmod") or c.tag_ == "IN" or (passive and c.dep_ == "dobj"))
        and c.i < clause.i
        for c in clause.children
    )


def unmarked_clause(clause: Token) -> bool:
    """ "Trump said after the convention he would not accept …": a finite clause with a
    subject of its own and no conjunction, which the parser hangs on the cue as an
    adverbial clause because a phrase of time comes first, is the reported clause; an
    adverbial clause has its conjunction ("said so when he …") or no subject ("…, adding")."""
    own = {c.dep_ for c in clause.children}
    finite = clause.tag_ in FINITE_TAGS or bool(own & {"aux", "auxpass"})
    # "when", "where", "while" open an adverbial clause as adverbs, not conjunctions
    wh = any(c.tag_ in ("WRB", "WDT", "WP") for c in clause.children)
    marked = "mark" in own or wh or clause.left_edge.text in QUOTE_MARKS
    return clause.dep_ == "advcl" and finite and "nsubj" in own and not marked


def clause_in_setting(cue: Token, entry: Cue) -> Token | None:
    """ "said in a statement on Friday that the ferry would run", "said for the first time
    that …", "said on CNN, where he works, that …": the parser may hang the reported
    clause on the last noun of a phrase that says where, when or how it was said, as a
    relative clause or as the noun's own complement (study split: 14 of 15 after "in",
    "during", "at" annotated). A cue with a prepositional argument ("warned of", "called
    for") has its content there: a clause in its phrases belongs to their nouns ("called
    for assurances that …", "called for X following news that …")."""
    phrases = [c for c in cue.children if c.dep_ in ("prep", "prt") and c.i > cue.i]
    if any(p.lower_ in entry.frames or entry.cue.endswith(f" {p.lower_}") for p in phrases):
        return None  # "called for X following news that …": the argument is the content
    for phrase in phrases:
        if phrase.lower_ in SETTING_PREPS:
            for noun in phrase.subtree:
                clause = misread_clause(noun, SETTING_CLAUSES)
                if clause is not None and _complete(clause):
                    return clause
    return None


def clause_after_occasion(cue: Token) -> Token | None:
    """ "said after the meeting ended that the vote would be delayed": after a clause of
    time set between the cue and what was said, the parser hangs the "that" clause on the
    time clause's verb; a "that" clause with a subject, right after that verb's words, is
    the cue's content (a time clause takes no "that" clause of its own unless its verb is a
    cue itself: "after he argued that …")."""
    for occasion in cue.rights:
        marked = any(c.dep_ == "mark" and c.lower_ in OCCASION_MARKS for c in occasion.children)
        if occasion.dep_ != "advcl" or not marked or cue_entry(occasion) is not None:
            continue  # "after he argued that …": the clause is the inner cue's
        for clause in occasion.rights:
            own = {c.dep_: c.lower_ for c in clause.children}
            that = own.get("mark") == "that" and clause.left_edge.lower_ == "that"
            if clause.dep_ in ("ccomp", "advcl") and that and own.keys() & SUBJECTS:
                return clause
    return None


def _complete(clause: Token) -> bool:
    """Whether a clause lacks no object: a reported clause is whole ("that the levy
    would stay", "that the emails had been located"); a relative clause whose "that" the
    tagger took for a conjunction ends on a verb missing its object ("a judge that
    Republicans like", "a way that readers could understand")."""
    passive = any(c.dep_ == "nsubjpass" for c in clause.children)
    return passive or any(c.i > clause.i and not c.is_punct for c in clause.children)


def mistagged_clause(clause: Token) -> bool:
    """ "said she'll still back the nominee", "said Thursday that the decision heightens the
    risk": the tagger may take the reported clause's verb for an adverb or a noun, yet the
    parser still hangs it on the cue as its clausal complement, with a subject, an
    auxiliary or a "that" of its own, which only a clause has (study split: 37 of the 47
    contents this adds match an annotated one); "said the harbor was closed", its
    participle tagged an adjective, has the passive's auxiliary."""
    if clause.dep_ != "ccomp" or clause.pos_ in ("VERB", "AUX"):
        return False
    own = {c.dep_: c.lower_ for c in clause.children}
    return bool(own.keys() & {"nsubj", "nsubjpass", "aux", "auxpass"}) or own.get("mark") == "that"


def topic_in_setting(cue: Token) -> Token | None:
    """ "asked at a briefing on Monday about the envoy's role", "talking to voters about
    health care": the parser may hang a cue's "about" phrase on the noun of the phrase
    that says where or to whom it was said; the object of "about" is the topic."""
    for phrase in cue.children:
        if phrase.dep_ != "prep" or phrase.i < cue.i or phrase.lower_ not in HEARING_PREPS:
            continue
        for about in phrase.subtree:
            if about.dep_ == "prep" and about.lower_ == "about" and about.i > phrase.i:
                return next((c for c in about.children if c.dep_ in ("pobj", "pcomp")), None)
    return None


def _participle_on_subject(clause: Token) -> bool:
    """ "noting that most of the money raised would go …", "shows most of the hours logged
    were for travel": a bare participle closing the clause after its subject describes
    that subject; the parser takes it for the clause's verb."""
    own = {c.dep_ for c in clause.children}
    bare = clause.tag_ == "VBN" and not own & {"aux", "auxpass"}
    return bare and clause.right_edge.i == clause.i and bool(own & {"nsubj", "nsubjpass"})


def split_complement(cue: Token, clause: Token) -> Token | None:
    """ "said it was satisfied pupils can continue to attend": the parser may end the
    reported clause at a noun it reads as a complement ("satisfied pupils"), or at a
    participle describing its subject ("the money raised"), and hang the rest, a clause
    with no subject, on the cue beside it. A second clause of the cue that
    starts right where the first ends on that noun, with no punctuation or conjunction
    between, continues it. Returns the second clause, else None."""
    last = clause.doc[clause.right_edge.i]
    if (
        not (last.pos_ in ("NOUN", "PROPN") or _participle_on_subject(clause))
        or cue.dep_ == "relcl"
    ):
        # "the hacker who revealed that X pleaded guilty": the relative clause's noun is
        # the subject of the verb the parser hung on its cue
        return None
    for other in cue.children:
        if other.dep_ != "ccomp" or other.i < clause.i or other.pos_ not in ("VERB", "AUX"):
            continue
        first = other.doc[other.left_edge.i]
        subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in other.children)
        if first.i == last.i + 1 and not first.is_punct and not subject:
            return other
    return None


def clause_read_as_object(content: Span) -> bool:
    """ "said legalizing it could put thousands to work", "says shutting campuses down is
    unsustainable": a content the parser took for an object or a gerund holds a finite
    verb with its own subject, not inside a relative clause ("said the bill that passed"
    is a thing): a clause it misread."""
    inside = range(content.start, content.end) if content else range(0)
    for verb in content:
        # "had been leaving": a perfect is finite by its "have", as reported clauses
        # shifted back often are
        finite = verb.tag_ in FINITE_TAGS or any(
            c.tag_ == "MD" or c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in FINITE_TAGS
            for c in verb.children
        )
        subject = any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i in inside for c in verb.children
        )
        if finite and subject and verb.dep_ not in ("relcl", "acl"):
            return True
    return False


def clause_read_as_subject(doc: Doc, source: Mention) -> bool:
    """ "In the scandal, people were charged fees, saw their ratings fall": the parser took
    the opening clause for the subject of the verb after it ("fees", with "charged" its
    modifier, "were" hung on that). A noun phrase holds a finite verb only in a clause of
    its own on one of its words ("the aide who spoke", "officials who said"), or inside a
    name ("Black Lives Matter"); a finite verb reached from the phrase's head through
    modifiers alone means the phrase is a clause misread."""
    span = doc.char_span(source.start, source.end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return False
    inside = range(span.start, span.end)
    for token in span:
        if token.tag_ not in FINITE_TAGS or token.ent_type_ or token == span.root:
            continue
        if token.dep_ in MODIFIER_DEPS:
            continue  # "retired Air Force general": a participle tagged a past tense
        walk = token
        while walk.i in inside and walk != span.root and walk.dep_ not in PHRASE_CLAUSES:
            walk = walk.head
        if walk == span.root:
            return True
    return False


def reduced_passive(verb: Token) -> bool:
    """ "The scheme, believed to be the largest in the region, opened on Monday", "The
    bill, said to cost millions, was passed": a participle set off after a noun, with its
    to-infinitive right after it, is a passive with its "which is" left out. The noun is
    what is said or believed of, not who says or believes it; the parser may read the
    participle as the sentence's finite verb and the noun as its subject."""
    doc = verb.doc
    if verb.tag_ not in ("VBN", "VBD") or verb.i < 2 or verb.i + 2 >= len(doc):
        return False
    if verb.lemma_.lower() not in claim_words.HEARSAY_PASSIVES:
        return False  # "…'s campaign, sought to attack": a subject set off, its verb
    before, after = doc[verb.i - 2], doc[verb.i + 1]
    return (
        doc[verb.i - 1].text == ","
        and before.pos_ in ("NOUN", "PROPN")
        and after.lower_ == "to"
        and after.dep_ == "aux"
        and after.head.head.i == verb.i
        and after.head.dep_ == "xcomp"
    )
