"""Who a source mention refers to (``mention_kinds`` reads what kind of source it is).

Mentions are resolved in text order, the way a reader does: a surname or a title points
back to the person introduced with it ("Fesenko" to "Volodymyr Fesenko", "the Ukrainian
president" to "President Volodymyr Zelenskyy"); a pronoun to the nearest compatible
person or group before it; "the news wire" to the outlet cited last.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from newsaudit.data import lexicon, normalise_name
from newsaudit.mention_kinds import (
    HONORIFICS,
    ORG_LABELS,
    TITLE_WORDS,
    VAGUE_DETERMINERS,
    body_name,
    classify,
    described,
    first_named,
    gender_of,
    name_in_role,
    person_name,
    shortens,
    strip_det,
)
from newsaudit.outlet_names import GROUP_OF_OUTLETS, SURELY_OUTLETS, OutletNames, is_descriptor
from newsaudit.rules.base import Mention

# Heads of descriptions of a business that point back to the one named last ("the
# company", "the grocery giant", "the supermarket chain").
COMPANY_HEADS = frozenset(
    {"company", "firm", "operator", "carrier", "airline", "retailer", "giant", "chain"}
    | {"grocer", "supermarket", "insurer", "lender", "manufacturer", "conglomerate"}
    | {"supplier", "distributor", "automaker", "carmaker", "brand", "business"}
)
# An age in a description ("the 57-year-old scientist").
AGED = re.compile(r"\b\d+-year-old\b")
FIRST_NAMES = lexicon.MALE_FIRST_NAMES | lexicon.FEMALE_FIRST_NAMES
# Pronouns that stand for people left unnamed, not for someone named before.
INDEFINITE_PRONOUNS = frozenset(
    {"all", "both", "those", "everyone", "everybody", "someone", "somebody", "anyone", "none"}
)


@dataclass
class Entity:
    """One source being built: every mention of it merges here."""

    key: int
    type: str
    name: str
    role: str | None = None
    gender: str | None = None
    plural: bool = False
    titles: set[str] = field(default_factory=set)
    mentions: list[str] = field(default_factory=list)
    last_seen: int = -1

    def add(self, mention: Mention) -> None:
        if mention.text not in self.mentions:
            self.mentions.append(mention.text)
        self.last_seen = max(self.last_seen, mention.start)
        name = person_name(mention.name) if mention.name else None
        # "the Conservative MP" names no one: a title is no longer name
        titled = name is not None and name.split()[-1].lower() in TITLE_WORDS
        if name and not titled and len(name) > len(self.name) and self.type == "person":
            self.name = name
        if mention.title:
            self.titles.update(mention.title.lower().split())
        if self.role is None:
            # "Councilmember Tobias Renwick, who chairs the budget committee": the title
            # first, then what the appositive or clause adds
            title = mention.title if self.type == "person" else None
            self.role = ", ".join(p for p in (title, mention.role) if p) or None


class Resolver:
    """Resolves mentions to entities for one document, in text order."""

    def __init__(
        self,
        outlets: dict[str, str],
        names: list[Mention],
        sentences: Sequence[int] = (),
        headings_end: int = 0,
    ) -> None:
        self.sentence_starts = sorted(sentences)
        # the headline and standfirst come before the names they use
        self.headings_end = headings_end
        names = sorted(names, key=lambda m: m.start)
        self.outlet_names = OutletNames(outlets, names)
        # people, and names the tagger calls something else that begin with a first
        # name ("Breitbart's Joel Pollak" tagged ORG); no one's name has a digit in it
        # ("COVID-19" tagged PERSON)
        self.people = [
            m
            for m in names
            if (m.label == "PERSON" or first_named(m))
            and not any(c.isdigit() for c in m.name or m.text)
        ]
        self.organizations = [
            m for m in names if m.label == "ORG" and (m.proper or m.text[:1].isupper())
        ]
        self.names = names
        self.entities: list[Entity] = []
        self._resolved: dict[tuple[int, int], Entity] = {}

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
            entity = self._latest("outlet", mention.start)
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
        outlet = self.outlet_names.name_of(m)
        if outlet:
            return self._entity_named("outlet", outlet)
        short = self.outlet_names.short_form(m, self._cited_outlets())
        if short:
            return self._entity_named("outlet", short)
        if is_descriptor(m):
            # "the news wire" points back to the outlet cited last (or, failing that, named
            # last); with none, the description itself stands for an outlet ("the
            # conservative newspaper") when it cannot be anything else
            latest = self._latest("outlet", m.start) or self._named_before(m.start)
            if latest is not None or m.head not in SURELY_OUTLETS:
                return latest or self._entity_named("organization", strip_det(m.text), m)
            return self._entity_named("outlet", strip_det(m.text), m)
        outlet = self.outlet_names.affiliated(m)
        if outlet:
            # an outlet's own poll, count, reporter or columnist speaks for the outlet
            return self._entity_named("outlet", outlet)
        if not m.proper and m.plural and m.head in GROUP_OF_OUTLETS:
            return self._entity_named("outlet", strip_det(m.text), m)  # "news outlets"
        last = (m.text.replace("-", " ").split() or [""])[-1]
        if last[:1].isupper() and last.lower() in lexicon.OUTLET_NAME_WORDS and not m.pronoun:
            return self._entity_named("outlet", strip_det(m.text), m)  # "WEBK-TV"
        kind = classify(m, self._known_surname)
        if m.start < self.headings_end and _headline_title(m):
            kind = "description"  # "…, says minister": the one the article names below
        if kind == "person":
            return self._person(m)
        if kind == "age":
            entity = self._nearest_person(m.start)
            return entity if entity is not None else self._new("unresolved", m.text, m)
        if kind == "description":
            named = name_in_role(m)
            if named is not None:
                return self._person(replace(m, name=named, role=None))
            entity = self._described_person(m) or self._referred_back(m)
            if entity is not None:
                return entity
            return self._new("unresolved", m.text, m)
        if kind == "organization" and body_name(m):
            return self._entity_named(kind, body_name(m), m)  # "the Ministry of Health"
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
        return self._entity_named(kind, strip_det(m.text), m)

    def _shortened_place(self, m: Mention) -> str | None:
        """The name of a place or body named before that "the" and its last word shorten
        ("the county" for "Hollis County"), written as a name even in a capitals
        dateline."""
        for named in reversed(self.names):
            name = strip_det(named.name or named.text)
            if named.start < m.start and named.label in ORG_LABELS and shortens(m, name):
                return name.title() if name.isupper() else name
        return None

    def _owned(self, m: Mention) -> str | None:
        """ "Her campaign" and "Stojmenovska's campaign" are one body, named after the
        person who owns it: "Elena Stojmenovska’s campaign"."""
        owner_word, _, rest = m.text.partition(" ")
        owner = None
        if owner_word.lower() in ("his", "her"):
            gender = "male" if owner_word.lower() == "his" else "female"
            owner = self._latest_person(m.start, gender)
        elif owner_word.endswith(("'s", "’s")) and owner_word[:1].isupper():
            surname = owner_word[:-2]
            owner = next(
                (
                    e
                    for e in reversed(self.entities)
                    if e.type == "person" and e.name.split()[-1] == surname
                ),
                None,
            )
            named = self._known_surname(surname) if owner is None else None
            owner = self._person(named) if named is not None else owner
        return f"{owner.name}’s {rest}" if owner is not None and rest else None

    def _named_organization(self, m: Mention) -> Entity | None:
        """The body named before that a short name or a description points to: "Veltrane"
        after "Veltrane Therapeutics", "the authority" after "the Coast Ports Authority"."""
        for entity in sorted(self.entities, key=lambda e: -e.last_seen):
            if (
                entity.type == "organization"
                and entity.last_seen < m.start
                and shortens(m, entity.name)
            ):
                return entity
        for org in reversed(self.organizations):
            name = strip_det(org.text)
            if org.start < m.start and shortens(m, name):
                return self._entity_named("organization", name, org)
        if _business_description(m):
            # "the company said" after "Harbourlink Ferries": the business named last, not
            # a public body ("the ministry", "the Food and Drug Administration"); in a lead
            # that names it only later ("the operator said … Harbourlink Ferries"), the
            # first one named after
            businesses = [
                org
                for org in self.organizations
                if not {w.lower() for w in org.text.split()} & lexicon.ORGANIZATION_HEADS
            ]
            before = [org for org in businesses if org.start < m.start]
            after = [org for org in businesses if org.start > m.start]
            org = before[-1] if before else after[0] if after else None
            if org is not None:
                return self._entity_named("organization", strip_det(org.text), org)
        if m.start < self.headings_end:
            return self._named_in_body(m)
        return None

    def _named_in_body(self, m: Mention) -> Entity | None:
        """The body named after a headline that calls it by its last word or by what it
        is, without the article headlines drop: "Council rejects plan" before "the City
        Council", "Operator cites fuel costs" before "Harbourlink Ferries"."""
        words = strip_det(m.text).lower().split()
        if len(words) != 1:
            return None
        if words[0] in COMPANY_HEADS:
            businesses = [
                org
                for org in self.organizations
                if org.start > m.start
                and not {w.lower() for w in org.text.split()} & lexicon.ORGANIZATION_HEADS
            ]
            found = businesses[0] if businesses else None
        else:
            found = next(
                (
                    org
                    for org in self.organizations
                    if org.start > m.start and org.text.split()[-1].lower() == words[0]
                ),
                None,
            )
        if found is None:
            return None
        return self._entity_named("organization", strip_det(found.text), found)

    def _named_before(self, offset: int) -> Entity | None:
        name = self.outlet_names.named_before(offset)
        return self._entity_named("outlet", name) if name else None

    def _cited_outlets(self) -> list[str]:
        """Outlets cited so far, the latest first."""
        latest = sorted(self.entities, key=lambda e: -e.last_seen)
        return [e.name for e in latest if e.type == "outlet"]

    def _person(self, m: Mention) -> Entity:
        name = person_name(m.name or m.text)
        tokens = [t for t in name.split() if t.lower().rstrip(".") not in HONORIFICS]
        surname = tokens[-1] if tokens else name
        gender = gender_of(m)
        for entity in reversed(self.entities):
            names = entity.name.split()
            # a name that is all honorifics ("Baron", "the Lord") has no first name to compare
            same_first = len(tokens) <= 1 or len(names) == 1 or names[0] == tokens[0]
            # "Mr Okafor" after "Ada Okafor" is her father or husband, not her
            other = gender is not None and entity.gender not in (gender, None)
            if entity.type == "person" and names[-1] == surname and same_first and not other:
                return entity
        if len(tokens) == 1 and m.title is None:
            # "Bernie" after "Bernie Sanders": a first name alone, as quotes and profiles
            # call people, stands for the person named with it
            called = self._first_name_of(tokens[0], m.start)
            if called is not None:
                return called
        person = self._known_surname(surname, gender) or self._name_ending_in(surname)
        # "he" or "Pollak" after "Breitbart's Joel Pollak": the outlet's journalist
        affiliated = self.outlet_names.affiliated
        outlet = affiliated(m) or (person and affiliated(person))
        if outlet:
            return self._entity_named("outlet", outlet)
        known = person_name(person.name) if person is not None and person.name else ""
        full = known if len(known.split()) > len(tokens) else " ".join(tokens) or name
        entity = self._new("person", full, m)
        entity.gender = gender or (gender_of(person) if person else None)
        if person is not None:
            entity.add(person)
        return entity

    def _first_name_of(self, first: str, before: int) -> Entity | None:
        """The person cited or named last before an offset whose full name begins with a
        first name; None for a word that is no first name ("Kelly", a surname too, counts:
        it must begin a full name named before)."""
        if first.lower() not in FIRST_NAMES:
            return None
        cited = [
            e
            for e in self.entities
            if e.type == "person" and len(e.name.split()) > 1 and e.name.split()[0] == first
        ]
        if cited:
            return max(cited, key=lambda e: e.last_seen)
        starts, people = self._people_by_first_name.get(first, ((), ()))
        at = bisect_left(starts, before)
        return self._person(people[at - 1]) if at else None

    @cached_property
    def _people_by_first_name(self) -> dict[str, tuple[list[int], list[Mention]]]:
        """People named with a first name and a surname, by first name, in text order."""
        out: dict[str, tuple[list[int], list[Mention]]] = {}
        for person in self.people:
            names = (person.name or "").split()
            if len(names) > 1:
                starts, people = out.setdefault(names[0], ([], []))
                starts.append(person.start)
                people.append(person)
        return out

    def _known_surname(self, surname: str, gender: str | None = None) -> Mention | None:
        # People named anywhere before, cited or not: "Fesenko" after "Volodymyr Fesenko";
        # "Mr Okafor" is not "Ada Okafor" when a Mr Okafor is named too
        for person in self.people:
            words = person_name(person.name).split() if person.name else []
            fits = gender is None or gender_of(person) in (gender, None)
            if len(words) > 1 and words[-1] == surname and fits:
                return person
        return None

    def _name_ending_in(self, surname: str) -> Mention | None:
        """A full name the tagger did not call a person ("Carly Fiorina" tagged ORG), for
        a surname already read as a person's."""
        for named in self.names:
            words = (named.name or "").split()
            if (
                2 <= len(words) <= 3
                and words[-1] == surname
                and all(w[:1].isupper() for w in words)
                and not {w.lower() for w in words} & lexicon.ORGANIZATION_HEADS
                and self.outlet_names.name_of(named) is None
            ):
                return named
        return None

    def _described_person(self, m: Mention) -> Entity | None:
        # "the Ukrainian president": the nearest person introduced with that title.
        words = set(m.text.lower().replace("'s", "").split()) - {"the"}
        best: Mention | None = None
        best_overlap = 0
        for person in self.people:
            if person.start >= m.start:
                break
            introduced = described(person)
            # every title word must match ("the cabinet secretary" is not "the general
            # secretary"); among equals the latest wins
            overlap = len(words & introduced)
            if m.head in introduced and overlap >= best_overlap:
                best, best_overlap = person, overlap
        if best is None:
            for entity in reversed(self.entities):
                if entity.type == "person" and m.head in entity.titles:
                    return entity
        if best is None and not any(p.start < m.start for p in self.people):
            # a headline's "Mayor:" or "Bitola challenger:" names someone the article
            # introduces below it: the one with that title, else the first one named
            later = [p for p in self.people if p.start > m.start]
            titled = (p for p in later if m.head in described(p))
            best = next(titled, later[0] if later else None)
        if best is None:
            return None
        entity = self._person(best)
        entity.add(best)
        entity.titles.update(words)
        return entity

    def _referred_back(self, m: Mention) -> Entity | None:
        """ "the aide" after "an aide to the governor", else "the candidate said" or "the
        Russian leader said": a bare definite title refers back to the unnamed one with
        that title, else to the person cited last (the speaker of the turn), else to the
        one named last. A title with its own "of …" or a name beside it introduces someone
        new ("the head of the union"), and "the minister's spokeswoman" is someone else."""
        if m.role is not None or "'s " in m.text or "’s " in m.text:
            return None
        unnamed = [
            e
            for e in self.entities
            if e.type in ("anonymous", "unresolved")
            and not e.plural
            and e.last_seen < m.start
            and m.head in e.name.lower().split()
        ]
        if unnamed:
            return max(unnamed, key=lambda e: e.last_seen)
        gender = gender_of(m)  # "the duchess" is not the prince cited before her
        cited = [
            e
            for e in self.entities
            if e.type == "person"
            and e.last_seen < m.start
            and (gender is None or e.gender in (gender, None))
        ]
        latest = max(cited, key=lambda e: e.last_seen) if cited else None
        if AGED.search(m.text):
            latest = None  # "the 57-year-old scientist": someone just introduced
        latest = latest or self._nearest_person(m.start)
        # "the senator" after "Maria Costa, the mayor": someone else, unnamed here
        if latest is None or _titled_otherwise(latest, m.head):
            return None
        return latest if gender is None or latest.gender in (gender, None) else None

    def _nearest_person(self, before: int) -> Entity | None:
        """The person named or cited last before an offset, of either gender."""
        cited = [e for e in self.entities if e.type == "person" and e.last_seen < before]
        latest = max(cited, key=lambda e: e.last_seen, default=None)
        named = [p for p in self.people if p.start < before]
        if named and (latest is None or named[-1].start > latest.last_seen):
            return self._person(named[-1])
        return latest

    def _pronoun(self, m: Mention) -> Entity:
        word = m.head
        if word in VAGUE_DETERMINERS or word in INDEFINITE_PRONOUNS:
            # "Some say …", "those who …", "everyone agrees": nobody in particular
            return self._new("anonymous", m.text, m)
        if word in lexicon.MALE_PRONOUNS or word in lexicon.FEMALE_PRONOUNS:
            gender = "male" if word in lexicon.MALE_PRONOUNS else "female"
            found = self._latest_person(m.start, gender)
            if found is not None:
                return found
        elif word in lexicon.GROUP_PRONOUNS or word == "we":
            for entity in sorted(self.entities, key=lambda e: -e.last_seen):
                if entity.last_seen < m.start and entity.type != "person":
                    return entity
        elif word in lexicon.NEUTER_PRONOUNS:
            for entity in sorted(self.entities, key=lambda e: -e.last_seen):
                if (
                    entity.last_seen < m.start
                    and entity.type in ("organization", "outlet", "document")
                    and not entity.plural
                ):
                    return entity
        return self._new("unresolved", m.text, m)

    @cached_property
    def _people_by_gender(self) -> dict[str, tuple[list[int], list[Mention]]]:
        """For each gender, the people named who may have it (it or unknown), in text
        order with their offsets: computed once per document, looked up by bisection."""
        genders = [gender_of(p) for p in self.people]
        out = {}
        for gender in ("male", "female"):
            fit = [p for p, g in zip(self.people, genders, strict=True) if g in (gender, None)]
            out[gender] = ([p.start for p in fit], fit)
        return out

    def _latest_person(self, before: int, gender: str) -> Entity | None:
        best_entity = None
        for entity in self.entities:
            if (
                (entity.type == "person" or self._unnamed_nearby(entity, before))
                and entity.last_seen < before
                and entity.gender in (gender, None)
                and (best_entity is None or entity.last_seen > best_entity.last_seen)
            ):
                best_entity = entity
        starts, people = self._people_by_gender[gender]
        at = bisect_left(starts, before)
        best_person = people[at - 1] if at else None
        if best_person is not None and (
            best_entity is None or best_person.start > best_entity.last_seen
        ):
            entity = self._person(best_person)
            entity.gender = entity.gender or gender
            return entity
        if best_entity is not None:
            best_entity.gender = best_entity.gender or gender
        return best_entity

    def _unnamed_nearby(self, entity: Entity, before: int) -> bool:
        """One unnamed person in the same sentence ("A government official, who spoke on
        condition of anonymity because he was not authorized …"): further back, "he" is
        more often someone named (measured on PolNeAR train)."""
        sentence = bisect_right(self.sentence_starts, before) - 1
        start = self.sentence_starts[sentence] if sentence >= 0 else 0
        return _someone_unnamed(entity) and entity.last_seen >= start

    def _latest(self, kind: str, before: int) -> Entity | None:
        found = [e for e in self.entities if e.type == kind and e.last_seen < before]
        return max(found, key=lambda e: e.last_seen) if found else None

    def _entity_named(self, kind: str, name: str, m: Mention | None = None) -> Entity:
        for entity in self.entities:
            if entity.type == kind and normalise_name(entity.name) == normalise_name(name):
                return entity
        return self._new(kind, name, m)

    def _new(self, kind: str, name: str, m: Mention | None) -> Entity:
        entity = Entity(key=len(self.entities), type=kind, name=name)
        if m is not None:
            entity.plural = m.plural
        self.entities.append(entity)
        return entity


def _headline_title(m: Mention) -> bool:
    """A title with no article before it, as headlines write them ("minister",
    "health chief")."""
    words = m.text.lower().split()
    return not m.plural and 1 <= len(words) <= 2 and words[-1] in lexicon.TITLES


def _business_description(m: Mention) -> bool:
    """ "the company", "the grocery giant": a definite description of a business."""
    return not m.proper and m.text.lower().startswith("the ") and m.head in COMPANY_HEADS


def _someone_unnamed(entity: Entity) -> bool:
    """One unnamed person ("a government official"), whom "he" or "she" can refer to."""
    words = entity.name.lower().split()
    return (
        entity.type == "anonymous"
        and not entity.plural
        and bool(words)
        and (words[-1] in lexicon.TITLES or words[-1] in lexicon.ANONYMOUS_HEADS)
    )


def _titled_otherwise(entity: Entity, head: str) -> bool:
    """Whether a person was introduced with a title that is not ``head``."""
    words = entity.titles | set((entity.role or "").lower().replace(",", " ").split())
    titles = {lexicon.TITLE_ABBREVIATIONS.get(w, w) for w in words} & lexicon.TITLES
    return bool(titles) and head not in titles
