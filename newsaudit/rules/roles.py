"""What a mention's phrase says of its source beside the name: the role ("a spokesman
for …", "from the Defense Priorities think-tank") and the proper names of those it
belongs to, its affiliations ("New York Times columnist David Brooks")."""

from __future__ import annotations

from spacy.tokens import Token

from newsaudit.data import lexicon
from newsaudit.rules.names import joins, text_between
from newsaudit.rules.tokens import TIME_LABELS

# Children of a noun that describe it rather than name it: they go into the source's
# role, not into the mention ("Rajan Menon, from the Defense Priorities think-tank").
ROLE_DEPS = frozenset({"appos", "relcl", "acl", "prep"})
# Relative clauses that state a role ("Tobias Renwick, who chairs the budget committee").
ROLE_VERBS = frozenset({"chair", "head", "lead", "run", "direct", "represent", "manage"})
# Clauses on a noun that tell where someone spoke, not whom they work for ("Clinton,
# speaking on CNN"): outlets named there are relays, not affiliations.
RELAY_CLAUSE_LEMMAS = frozenset({"speak", "talk", "tell", "appear", "say", "interview"})
# Clauses on a noun that name who stands behind it, not who made it ("The letter, also
# backed by BBC presenter Anita Rani, …"): the backers' employers are no affiliation.
SUPPORT_CLAUSE_LEMMAS = frozenset({"back", "support", "sign", "endorse", "join"})
NO_AFFILIATION_CLAUSES = RELAY_CLAUSE_LEMMAS | SUPPORT_CLAUSE_LEMMAS


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


def proper_runs(head: Token) -> tuple[str, ...]:
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
        if run[-1].ent_type_ == "PERSON":
            continue  # "Sharlene Bailey-Forbes": a person's double surname, not Forbes
        out.extend(p for p in text.replace("/", "-").split("-") if p and p != text)
    return tuple(out)


def circumstance(phrase: Token) -> bool:
    """A phrase the parser hung on a name that tells when or about what someone spoke,
    not what they are: "data released on Thursday", "quipped Pitt of his role"."""
    if phrase.dep_ != "prep":
        return False
    objects = [c for c in phrase.children if c.dep_ == "pobj"]
    return any(
        o.ent_type_ in TIME_LABELS or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)
        for o in objects
    )


def no_role(phrase: Token, head: Token) -> bool:
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


def roletext_between(phrase: Token) -> str:
    """A phrase's text up to any relative clause inside it."""
    clauses = [
        t.left_edge.i for t in phrase.subtree if t.dep_ in ("relcl", "acl") and t.i > phrase.i
    ]
    last = min([phrase.right_edge.i + 1] + clauses) - 1
    while last > phrase.left_edge.i and phrase.doc[last].is_punct:
        last -= 1
    return text_between(phrase.left_edge, phrase.doc[last])
