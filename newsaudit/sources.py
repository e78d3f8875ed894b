"""Who a source mention refers to (``mention_kinds`` reads what kind of source it is).

Mentions are resolved in text order, the way a reader does: people as ``people`` finds
them (a surname, a title, an age or a pronoun pointing back to the one introduced with
it), a short name or a description of a body to the body named before as ``bodies``
finds it ("the authority" after "the Coast Ports Authority"), "the news wire" to the
outlet cited last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsaudit.bodies import BODY_HEADS, BodyLookup, definite
from newsaudit.body_names import body_name, described_name
from newsaudit.data import lexicon
from newsaudit.entities import Entity
from newsaudit.mention_kinds import (
    POSSESSIVE_ENDINGS,
    classify,
    first_named,
    platform,
    possessor,
)
from newsaudit.outlet_descriptions import (
    is_descriptor,
    owning_descriptor,
    unnamed_outlet,
    written_name,
)
from newsaudit.outlet_names import (
    GROUP_OF_OUTLETS,
    HEADLINE_OUTLETS,
    SURELY_OUTLETS,
    OutletNames,
)
from newsaudit.person_names import name_in_role, surname
from newsaudit.rules.base import Mention
from newsaudit.shares import is_share
from newsaudit.textutil import strip_det

# The word at an issuer's offset: the noun of its message ("statement", "e-mail").
WORD_AT = re.compile(r"[\w-]+")


class Resolver(BodyLookup):
    """Resolves mentions to entities for one document, in text order."""

    def __init__(
        self,
        outlets: dict[str, str],
        names: list[Mention],
        sentences: Sequence[int] = (),
        headings_end: int = 0,
        publisher: str | None = None,
        text: str = "",
        groups: Sequence[tuple[Mention, bool]] = (),
        issuers: Sequence[tuple[int, Mention]] = (),
        bodies: Sequence[Mention] = (),
    ) -> None:
        self.text = text
        # statements and press releases whose issuer is named, in text order
        self.issuers = sorted(issuers, key=lambda pair: pair[0])
        self.sentence_starts = sorted(sentences)
        # the headline and standfirst come before the names they use
        self.headings_end = headings_end
        names = sorted(names, key=lambda m: m.start)
        self.outlet_names = OutletNames(outlets, names, publisher, text)
        # people, and names the tagger calls something else that begin with a first
        # name ("Breitbart's Joel Pollak" tagged ORG); no one's name has a digit in it
        # ("COVID-19" tagged PERSON)
        self.people = [
            m
            for m in names
            if (m.label == "PERSON" or first_named(m))
            and not any(c.isdigit() for c in m.name or m.text)
            and not platform(m)
        ]
        self.organizations = [
            m for m in names if m.label == "ORG" and (m.proper or m.text[:1].isupper())
        ]
        self.names = names
        # plural groups named anywhere, by where they end: what "they" may stand for
        self.groups = sorted(groups, key=lambda g: g[0].end)
        self.group_ends = [g.end for g, _ in self.groups]
        # singular bodies named as subjects, by where they end: what "it" may stand for
        self.bodies = sorted(bodies, key=lambda m: m.end)
        self.body_ends = [m.end for m in self.bodies]
        self.entities: list[Entity] = []
        self.shares: set[int] = set()
        self.messages: list[tuple[int, Entity]] = []
        # the bodies spokespeople spoke for, where they spoke: what "the spokesperson" means
        self.spoken_for: list[tuple[int, Entity, str | None]] = []
        self.described_as: dict[frozenset[str], Entity] = {}
        self._resolved: dict[tuple[int, int], Entity] = {}
        self._spellings: dict[str, list[tuple[int, str]]] = {}

    # -- public -------------------------------------------------------------------
    def resolve(self, mention: Mention) -> Entity:
        """The entity a source mention refers to (a new one if it is the first mention)."""
        if mention.antecedent is not None:
            return self.resolve(mention.antecedent)  # "officials who said": the officials
        # one mention that is the source of several cues ("the senator said … and
        # added") refers to one entity, whatever has been cited in between
        key = (mention.start, mention.end)
        entity = self._resolved.get(key) or self._resolve(mention)
        self._resolved[key] = entity
        entity.add(mention)
        return entity

    def resolve_outlet(self, mention: Mention) -> Entity | None:
        """The outlet a relay mention names, or None when it is not an outlet."""
        names = self.outlet_names
        name = names.name_of(mention) or names.affiliated(mention) or names.addressee(mention)
        if name is None and is_descriptor(mention):
            entity = self._cited_outlet(mention.start, mention.head)
            if entity is not None:
                entity.add(mention)
            return entity
        if name is None:
            return None
        entity = self._entity_named("outlet", name)
        entity.add(mention)
        return entity

    # -- resolution ---------------------------------------------------------------
    def _resolve(self, m: Mention) -> Entity:
        if m.pronoun:
            return self._pronoun(m)
        issuer = self._issuer_before(m)
        if issuer is not None:
            # "the statement said" after "X said in a statement"; a later "it" may stand
            # for the message a person put out ("Trump's tweet … It shows …")
            entity = self.resolve(issuer)
            self.messages.append((m.start, entity))
            return entity
        body = self._announcing_body(m)
        if body is not None:
            return body
        if self._surname_named_before(m):
            return self._person(m)
        outlet = self.outlet_names.name_of(m)
        if outlet:
            return self._entity_named("outlet", outlet)
        short = self.outlet_names.short_form(m, self._cited_outlets())
        if short:
            return self._entity_named("outlet", short)
        if m.start < self.headings_end and m.text.lower() in HEADLINE_OUTLETS:
            named = self.outlet_names.named_after(m.start)
            if named is not None:
                return self._entity_named("outlet", named)  # "Network defends …"
            if m.head in SURELY_OUTLETS and m.head != "paper":
                # "Newspaper says mayor lied" over a story that names none: the outlet it
                # describes, as "a newspaper" in the body is
                return self._entity_named("outlet", m.text.lower(), m)
        if named := self.outlet_names.described(m):
            return self._entity_named("outlet", named, m)  # "Portuguese newspaper Correio"
        if unnamed_outlet(m) and (named := self.outlet_names.titled(m)):
            return self._entity_named("outlet", named, m)  # "Family Circle magazine"
        if (is_descriptor(m) or unnamed_outlet(m)) and (named := self.outlet_names.appositive(m)):
            return self._entity_named("outlet", named)  # "the news site Axios": Axios
        if is_descriptor(m):
            # "the news wire" points back to the outlet of its kind cited last (or, failing
            # that, named last): "the network" to CNN, never "the magazine"; with none,
            # the description itself stands for an outlet ("the conservative newspaper")
            # when it cannot be anything else ("the network" may be donors')
            latest = self._outlet_before(m.start, m.head)
            if latest is not None:
                return latest
            if unnamed_outlet(m):
                return self._entity_named("outlet", written_name(m), m)
            if m.head != "paper":  # with no paper named, "the paper" may be a study
                # "the agency" after "NZ Transport Agency regional manager …": a body,
                # else the body cited last ("according to the Coastal Fire Service. The
                # agency said")
                named = self._body_in_text(m)
                if named is None and (body := self._described_body(m, BODY_HEADS)) is not None:
                    return body
                return self._entity_named("organization", named or strip_det(m.text), m)
        described = owning_descriptor(m)
        if described is not None:
            owner = self._outlet_before(m.start, described.split()[-1])
            if owner is not None:
                return owner  # "the paper's editorial board": the paper's voice
            if described.split()[-1] in SURELY_OUTLETS:
                return self._entity_named("outlet", strip_det(m.text), m)  # none named
        if not m.proper and m.head in lexicon.OUTLET_WORKS and m.text.lower().startswith("the "):
            # "the piece goes on to slam …" after "the Post's editorial board wrote": a work
            # named with "the" is the one the outlet cited last (or named last) put out
            latest = self._outlet_before(m.start, "")
            if latest is not None:
                return latest
        outlet = self.outlet_names.affiliated(m)
        if (
            outlet
            and not self.outlet_names.obtained_by_publisher(m)
            and not self._surname_in_story(outlet)
        ):
            # an outlet's own poll, count, reporter or columnist speaks for the outlet
            return self._entity_named("outlet", outlet)
        body = self._spoken_for(m)
        if body is not None:
            return body  # "a spokesperson for the Department of Planning": the department
        if not m.proper and m.plural and m.head in GROUP_OF_OUTLETS:
            return self._entity_named("outlet", written_name(m), m)  # "news outlets"
        if unnamed_outlet(m):
            # "a local TV station", "State television": an outlet, if not a named one
            return self._entity_named("outlet", written_name(m), m)
        last = (m.text.replace("-", " ").split() or [""])[-1]
        # "WEBK-TV", "the Hollis Courier"; not "Jane Post", whose first name makes her a person
        paper = last[:1].isupper() and last.lower() in lexicon.OUTLET_NAME_WORDS
        if paper and not m.pronoun and not first_named(m):
            return self._entity_named("outlet", strip_det(m.text), m)
        if self._headline_subject(m) is not None:
            return self._person(m)
        kind = classify(m, self._known_surname, self._someone)
        if m.start < self.headings_end and _headline_title(m):
            kind = "description"  # "…, says minister": the one the article names below
        if kind == "person" and self._begins_body_name(m):
            kind = "organization"  # "Peabody said" after "Peabody Energy", though a surname
        if kind == "person":
            return self._person(m)
        if kind == "words":
            # "Ryan's comments suggest": the possessor speaks
            return self._person(replace(m, name=possessor(m), role=None))
        if kind == "age":
            entity = self._nearest_person(m.start)
            return entity if entity is not None else self._new("unresolved", m.text, m)
        if kind == "description":
            named = name_in_role(m)
            if named is not None:
                return self._person(replace(m, name=named, role=None))
            entity = self.described_person(m)
            if entity is not None:
                return entity
            return self._new("unresolved", m.text, m)
        if kind == "organization" and body_name(m):
            return self._entity_named(kind, body_name(m), m)  # "the Ministry of Health"
        if kind == "organization" and (named := described_name(m)):
            entity = self._entity_named(kind, named, m)  # "German carmaker Volkswagen"
            entity.role = entity.role or m.title
            return entity
        if kind == "organization":
            named = self._named_organization(m)
            if named is not None:
                return named
            owned = self._owned(m)
            if owned is not None:
                return self._entity_named(kind, owned, m)
        if kind == "unresolved":
            # "The county says" after "Hollis County": the place's government speaks
            place = self._shortened_place(m)
            if place is not None:
                return self._entity_named("organization", place, m)
        if kind == "anonymous" and m.plural and m.text.lower().startswith("the "):
            group = self._group_named_before(m)
            if group is not None:
                return group
        if kind == "anonymous" and m.text.lower().startswith("another "):
            # "Another resident said …" twice over: each is someone else, however worded
            return self._new(kind, strip_det(m.text), m)
        entity = self._entity_named(kind, strip_det(m.text), m)
        if is_share(m):
            self.shares.add(entity.key)
        return entity

    def _group_named_before(self, m: Mention) -> Entity | None:
        """ "The energy experts noted" after "some of the state's energy experts", "the
        officials" after "two senior officials": a definite plural refers back to the
        unnamed group last cited whose name holds its words and ends on its noun; not to
        a share ("42% of voters" is not "the voters")."""
        words = set(strip_det(m.text).lower().split())
        groups = [
            e
            for e in self.entities
            if e.type == "anonymous"
            and e.plural
            and e.key not in self.shares
            and e.last_seen < m.start
            and e.name.lower().split()[-1] == m.head
            and words <= set(e.name.lower().split())
        ]
        return max(groups, key=lambda e: e.last_seen, default=None)

    def _issuer_before(self, m: Mention) -> Mention | None:
        """Who issued "the statement" or wrote "the letter": the issuer of the last one of
        its kind named before it ("X said in a statement …. According to the statement,
        …"; "a handwritten note from X … the note says")."""
        kind = _message_kind(m.head)
        if m.proper or kind is None:
            return None
        own = [issuer for at, issuer in self.issuers if m.start <= at < m.end]
        if own:
            return own[0]  # "the campaign's statement", "a statement from the mayor"
        before = [
            issuer
            for at, issuer in self.issuers
            if at < m.start and _message_kind(WORD_AT.match(self.text, at).group()) == kind
        ]
        return before[-1] if before and definite(m) else None

    def _owned(self, m: Mention) -> str | None:
        """ "Her campaign" and "Stojmenovska's campaign" are one body, named after the
        person who owns it: "Elena Stojmenovska’s campaign"."""
        owner_word, _, rest = m.text.partition(" ")
        owner = None
        if owner_word.lower() in ("his", "her"):
            gender = "male" if owner_word.lower() == "his" else "female"
            owner = self._latest_person(m.start, gender)
        elif owner_word.endswith(POSSESSIVE_ENDINGS) and owner_word[:1].isupper():
            family = owner_word[:-2] if owner_word[-1:] in "sS" else owner_word[:-1]
            owner = next(
                (
                    e
                    for e in reversed(self.entities)
                    if e.type == "person" and surname(e.name) == family
                ),
                None,
            )
            named = self._known_surname(family) if owner is None else None
            owner = self._person(named) if named is not None else owner
        if owner is None or not rest:
            return None
        # "Bernie Sanders’ campaign", as the text writes a possessive after an "s"
        ending = "’" if owner.name[-1:] in "sS" and owner_word.endswith(("s'", "s’")) else "’s"
        return f"{owner.name}{ending} {rest}"

    def _outlet_before(self, offset: int, head: str) -> Entity | None:
        """The outlet a descriptor with this head points back to: the one of its kind
        cited last before ``offset``, else the one of its kind named last."""
        return self._cited_outlet(offset, head) or self._named_before(offset, head)

    def _cited_outlet(self, offset: int, head: str) -> Entity | None:
        return self._latest("outlet", offset, lambda e: self.outlet_names.fits(head, e.name))

    def _named_before(self, offset: int, head: str = "") -> Entity | None:
        name = self.outlet_names.named_before(offset, head)
        return self._entity_named("outlet", name) if name else None

    def _cited_outlets(self) -> list[str]:
        """Outlets cited so far, the latest first."""
        latest = sorted(self.entities, key=lambda e: -e.last_seen)
        return [e.name for e in latest if e.type == "outlet"]


def _message_kind(word: str) -> str | None:
    """What kind of message a noun names: a statement (a press release, an announcement)
    or one kind of written message ("letter", "emails"); None for any other noun."""
    word = word.lower()
    if word in lexicon.ISSUED_STATEMENTS:
        return "statement"
    if word in lexicon.WRITTEN_MESSAGES:
        return word.replace("e-mail", "email").removesuffix("s")
    return None


def _headline_title(m: Mention) -> bool:
    """A title with no article before it, as headlines write them ("minister",
    "health chief")."""
    words = m.text.lower().split()
    return not m.plural and 1 <= len(words) <= 2 and words[-1] in lexicon.TITLES
