"""A count of people as a source, read inside a mention's phrase: a share ("42% of
voters", "Six in 10") or a quantity ("a number of economists") and the group it counts."""

from __future__ import annotations

from spacy.tokens import Token

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


def share_whole(head: Token) -> list[Token]:
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


def group_counted(head: Token) -> list[Token]:
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


def counted_noun(head: Token, group: list[Token]) -> Token | None:
    """The noun a quantity word counts ("economists" in "a number of economists"), which
    says what kind of source it is; a share keeps its own head, which marks it a count of
    people ("42% of voters")."""
    if head.lemma_.lower() not in QUANTITY_HEADS or not group:
        return None
    return next((t for t in group if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")), None)
