"""What the rule modules share: the candidate they yield and the source mentions in it.

Rules look at spaCy tokens, but yield plain values (character offsets and strings), so
that no spaCy object leaves the analysis layer. The source mention is ``rules.mentions``,
offsets and cue lookup live in ``rules.tokens``, the subject of a verb in
``rules.subjects``; all are re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass

# Re-exported: the rules import what they share from here.
from newsaudit.rules.antecedents import stands_for as stands_for
from newsaudit.rules.counts import SHARE_HEADS as SHARE_HEADS
from newsaudit.rules.mentions import Mention as Mention
from newsaudit.rules.mentions import mention as mention
from newsaudit.rules.subjects import nearest_subject as nearest_subject
from newsaudit.rules.subjects import subject_of as subject_of
from newsaudit.rules.tokens import FINITE_TAGS as FINITE_TAGS
from newsaudit.rules.tokens import SPEAKING_HEADS as SPEAKING_HEADS
from newsaudit.rules.tokens import TIME_LABELS as TIME_LABELS
from newsaudit.rules.tokens import Offsets as Offsets
from newsaudit.rules.tokens import cue_entry as cue_entry
from newsaudit.rules.tokens import is_quote as is_quote
from newsaudit.rules.tokens import offsets as offsets
from newsaudit.rules.tokens import subtree_offsets as subtree_offsets
from newsaudit.rules.tokens import trim as trim


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
    # the lemma of the cue's head word ("say" of "is said to"), for the flags to read its
    # sense: set by the engine once the rules are done
    cue_lemma: str = ""
