"""Scene-setting in a datelined piece: what the reporter saw at the place the dateline
names, and what anyone knows of that place.

A dateline ("MOMBASA, Kenya (AP) — …") says the reporter filed from that place. Two kinds
of sentence then describe rather than claim, and need no source:

* the scene there at the time: a state of a place set by a fronted phrase of place, in
  the past tense ("On the waterfront, the mood was defiant.", "Outside the court, the
  crowd was silent."), the reporter's own observation;
* background about the place itself in the timeless present ("Mombasa handles most of
  the region's trade"): the standing facts a piece gives its readers.

A phrase of time ("By Friday afternoon, the line was circulating …") sets no scene, and a
past event at the place ("Mombasa banned the protest") is a claim like any other.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from newsaudit.rules.base import TIME_LABELS
from newsaudit.rules.unasserted import LINKING_VERBS, PRESENT_TAGS

# Prepositions that place a scene: "on the waterfront", "outside the court".
PLACE_PREPOSITIONS = frozenset(
    {"on", "at", "in", "outside", "inside", "near", "along", "around", "across", "beside"}
)
# The parser's tag for a verb in the simple past.
PAST_TAG = "VBD"


def sets_scene(sent: Span, places: Collection[str]) -> bool:
    """Whether a sentence of a piece datelined at ``places`` (lower-cased names) describes
    the scene there or gives background about the place."""
    if not places:
        return False
    root = sent.root
    return _scene_state(root) or _place_background(root, places)


def _scene_state(root: Token) -> bool:
    """ "On the waterfront, the mood was defiant.": a state (a linking verb and an
    adjective) in the past tense, placed by a fronted phrase of place set off by a
    comma."""
    if root.tag_ != PAST_TAG or root.lemma_.lower() not in LINKING_VERBS:
        return False
    if not any(c.dep_ == "acomp" for c in root.children):
        return False
    return any(_placing(c) for c in root.children if c.i < root.i)


def _placing(prep: Token) -> bool:
    """A fronted phrase of place followed by a comma: "On the waterfront," -- not a
    phrase of time ("On Tuesday,")."""
    if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPOSITIONS:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or any(t.ent_type_ in TIME_LABELS for t in prep.subtree):
        return False
    after = prep.right_edge.i + 1
    return after < len(prep.doc) and prep.doc[after].text == ","


def _place_background(root: Token, places: Collection[str]) -> bool:
    """ "Mombasa handles most of the seaborne trade …": the place the dateline names as
    the subject of a verb in the simple present, with no modal ("Mombasa will …" is a
    prediction)."""
    if root.tag_ not in PRESENT_TAGS or any(c.tag_ == "MD" for c in root.children):
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    name = " ".join(t.text for t in subject.subtree if t.dep_ != "det").lower()
    return name in places
