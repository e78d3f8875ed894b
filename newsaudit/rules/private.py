"""Acts done out of public view: "privately urged", "behind closed doors", "held secret
talks".

What someone did in private rests on the inside knowledge of whoever told the writer,
so it is no attribution of its own and the sentence is worth an editor's look. A view
or an account passed on from private talk is still its holder's: "aides privately
conceded that the night had gone badly" tells what the aides said, and "officials
privately worry about the cost" what they think (PolNeAR study: 9 of the 24 verbs
after "privately", "secretly", "covertly" or "confidentially" are annotated, every
one of them a verb of saying or thinking with its content; none of the acts of
meeting, funding or helping).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsaudit.data import claim_words
from newsaudit.rules.base import cue_entry, subject_of
from newsaudit.rules.nominal import voiced_entry
from newsaudit.rules.tokens import finite_clause


def done_in_private(verb: Token) -> bool:
    """Whether a private-act phrase qualifies the verb ("Washington privately urged
    Kyiv", "secretly told", "behind closed doors, X warned")."""
    for child in verb.children:
        if child.dep_ in ("advmod", "prep", "npadvmod"):
            phrase = " ".join(t.lower_ for t in child.subtree)
            if phrase in claim_words.PRIVATE_ACTS:
                return True
    return False


def passes_on(verb: Token) -> bool:
    """Whether a verb, though done in private, passes on what its source said or
    thought: a belief ("officials privately worry about the cost", "they secretly
    doubted it"), a verb of saying with its reported clause ("aides privately conceded
    that …") or with the view it voiced ("privately expressed frustration over …") --
    not a private act like "privately urged Kyiv to …"."""
    entry = cue_entry(verb)
    if entry is None or subject_of(verb) is None:
        return False
    if entry.category == "belief":
        return True
    if entry.category == "statement" and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and voiced_entry(verb, c) for c in verb.children
    ):
        return True  # "privately voiced doubts about …": a view put into words
    return "clause" in entry.frames and any(
        c.dep_ == "ccomp" and finite_clause(c) for c in verb.children
    )


def find_private_heads(sent: SpacySpan, quoted: set[int]) -> list[Token]:
    """The words that private-act phrases outside quotations qualify: "urged" in "privately
    urged", "pressed" in "behind closed doors, the minister pressed", the noun itself in
    "held secret talks". A phrase in a quotation is the speaker's own account."""
    tokens = [t for t in sent if not t.is_space]
    lowered = [t.lower_ for t in tokens]
    heads = []
    for phrase in claim_words.PRIVATE_ACTS:
        words = phrase.split()
        for i in range(len(tokens) - len(words) + 1):
            if lowered[i : i + len(words)] != words or tokens[i].i in quoted:
                continue
            span = tokens[i : i + len(words)]
            last = span[-1]
            if last.lower_ == "private" and last.dep_ == "amod" and last.head.i == last.i + 1:
                continue  # "in private fundraisers": a kind of event, not a secret one
            inside = {t.i for t in span}
            root = next((t for t in span if t.head.i not in inside or t.head is t), span[0])
            # an adverb or a phrase of manner qualifies the word it hangs from
            head = root.head if root.dep_ in ("advmod", "prep", "npadvmod") else root
            if head.tag_ == "VBN" and head.lemma_.lower() in claim_words.PRIVATE_KINDS:
                continue  # "privately held": owned outside the state, not acting in secret
            if phrase in claim_words.CLOSED_SETTINGS and head.lemma_ in claim_words.HOLDING_VERBS:
                continue  # "the games will be behind closed doors": held with no crowd
            if phrase == "leaked" and _seeped(head):
                continue  # "fumes leaked out of the flue": a physical leak, not a secret told
            if not passes_on(head):
                heads.append(head)
    return heads


def _seeped(verb: Token) -> bool:
    """ "The fumes leaked out of the pipe", "water leaked into the hall": a verb of leaking
    with no object and in the active voice tells of gas or water escaping; what is leaked
    to someone is leaked by someone ("leaked the memo", "the leaked memo", "was leaked")."""
    if verb.pos_ != "VERB" or verb.dep_ == "amod":
        return False
    return not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in verb.children)
