"""Who a source mention refers to, and what kind of source it is.

Mentions are resolved in text order, the way a reader does: a surname or a title points
back to the person introduced with it ("Fesenko" to "Volodymyr Fesenko", "the Ukrainian
president" to "President Volodymyr Zelenskyy"); a pronoun to the nearest compatible
person or group before it; "the news wire" to the outlet cited last. The small spaCy
model's entity labels are one signal among several (name shape, honorifics, titles,
appositive roles, gazetteers), because it mislabels names it has not seen.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from newsaudit.data import lexicon, normalise_name
from newsaudit.outlet_names import GROUP_OF_OUTLETS, SURELY_OUTLETS, OutletNames, is_descriptor
from newsaudit.rules.base import Mention

ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
# Determiners and quantifiers that leave a group unnamed ("some officials", "many").
VAGUE_DETERMINERS = frozenset(
    {
        "some",
        "many",
        "several",
        "few",
        "most",
        "other",
        "others",
        "a",
        "an",
        "one",
        "two",
        "three",
        "multiple",
        "various",
        "numerous",
        "certain",
    }
)
# "the 54-year-old": an age that stands for the person last named.
AGE = re.compile(r"^the \d+-year-old$", re.IGNORECASE)
# Pronouns that stand for people left unnamed, not for someone named before.
INDEFINITE_PRONOUNS = frozenset(
    {"all", "both", "those", "everyone", "everybody", "someone", "somebody", "anyone", "none"}
)
# Words that are heads of unnamed groups even without a determiner ("Western intelligence").
UNNAMED_GROUPS = frozenset({"intelligence", "authorities", "officials", "sources", "insiders"})


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
        if mention.name and len(mention.name) > len(self.name) and self.type == "person":
            self.name = mention.name
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
        self, outlets: dict[str, str], names: list[Mention], sentences: Sequence[int] = ()
    ) -> None:
        self.sentence_starts = sorted(sentences)
        names = sorted(names, key=lambda m: m.start)
        self.outlet_names = OutletNames(outlets, names)
        # people, and names the tagger calls something else that begin with a first
        # name ("Breitbart's Joel Pollak" tagged ORG)
        self.people = [m for m in names if m.label == "PERSON" or _first_named(m)]
        self.organizations = [m for m in names if m.label == "ORG" and m.proper]
        self.names = names
        self.entities: list[Entity] = []

    # -- public -------------------------------------------------------------------
    def resolve(self, mention: Mention) -> Entity:
        """The entity a source mention refers to (a new one if it is the first mention)."""
        if mention.antecedent is not None:
            return self.resolve(mention.antecedent)  # "officials who said": the officials
        entity = self._resolve(mention)
        entity.add(mention)
        return entity

    def resolve_outlet(self, mention: Mention) -> Entity | None:
        """The outlet a relay mention names, or None when it is not an outlet."""
        name = self.outlet_names.name_of(mention) or self.outlet_names.affiliated(mention)
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
                return latest or self._entity_named("organization", _strip_det(m.text), m)
            return self._entity_named("outlet", _strip_det(m.text), m)
        outlet = self.outlet_names.affiliated(m)
        if outlet:
            # an outlet's own poll, count, reporter or columnist speaks for the outlet
            return self._entity_named("outlet", outlet)
        if not m.proper and m.plural and m.head in GROUP_OF_OUTLETS:
            return self._entity_named("outlet", _strip_det(m.text), m)  # "news outlets"
        last = m.text.replace("-", " ").split()[-1]
        if last[:1].isupper() and last.lower() in lexicon.OUTLET_NAME_WORDS and not m.pronoun:
            return self._entity_named("outlet", _strip_det(m.text), m)  # "WEBK-TV"
        kind = self._classify(m)
        if kind == "person":
            return self._person(m)
        if kind == "age":
            entity = self._nearest_person(m.start)
            return entity if entity is not None else self._new("unresolved", m.text, m)
        if kind == "description":
            entity = self._described_person(m)
            if entity is not None:
                return entity
            return self._new("unresolved", m.text, m)
        if kind == "organization":
            named = self._named_organization(m)
            if named is not None:
                return named
            owned = self._owned(m)
            if owned is not None:
                return self._entity_named(kind, owned, m)
        return self._entity_named(kind, _strip_det(m.text), m)

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
                and _shortens(m, entity.name)
            ):
                return entity
        for org in reversed(self.organizations):
            name = _strip_det(org.text)
            if org.start < m.start and _shortens(m, name):
                return self._entity_named("organization", name, org)
        return None

    def _named_before(self, offset: int) -> Entity | None:
        name = self.outlet_names.named_before(offset)
        return self._entity_named("outlet", name) if name else None

    def _cited_outlets(self) -> list[str]:
        """Outlets cited so far, the latest first."""
        latest = sorted(self.entities, key=lambda e: -e.last_seen)
        return [e.name for e in latest if e.type == "outlet"]

    def _classify(self, m: Mention) -> str:
        head = m.head
        words = m.text.lower().split()
        first = words[0] if words else ""
        if head in lexicon.DOCUMENT_HEADS and not m.proper:
            return "document"
        if len(words) == 1 and m.text[:1].isupper() and self._known_surname(m.text):
            return "person"  # "Trump said" or "King said", whatever the tagger thought
        # "the chief executive", "the company's spokesman", a headline's bare "Mayor": a
        # title that points to someone named elsewhere in the article
        definite = first == "the" or first.endswith(("'s", "’s"))
        # a headline's "Mayor:" or "Bitola challenger:": capitalised, with no determiner
        bare = (
            m.text[:1].isupper()
            and not m.plural
            and len(words) <= 3
            and first not in VAGUE_DETERMINERS
            and first not in ("this", "that", "another")
        )
        if head in lexicon.TITLES and (definite or bare) and (not m.proper or bare):
            return "description"
        if AGE.match(m.text):
            return "age"
        if not m.proper and (head in VAGUE_DETERMINERS or head in lexicon.VAGUE_SOURCE_WORDS):
            return "anonymous"
        if not m.proper and head in lexicon.ANONYMOUS_HEADS:
            return "anonymous"
        if not m.proper and head in UNNAMED_GROUPS:
            return "anonymous"
        if not m.proper and m.plural and head in lexicon.ORGANIZATION_HEADS and first != "the":
            return "anonymous"
        if not m.proper and head in lexicon.ORGANIZATION_HEADS:
            return "organization"
        if not m.proper and head in lexicon.TITLES:
            return "anonymous"
        if m.proper:
            return "person" if self._looks_like_person(m) else "organization"
        if m.label == "PERSON":
            return "person"
        if m.label in ORG_LABELS and m.text[:1].isupper():
            return "organization"  # a name the tagger missed ("WEBK-TV")
        # an unknown common noun: "a veteran stevedore" is someone unnamed; "the offer"
        # is something we cannot tell
        if m.plural or first in ("a", "an", "one", "another"):
            return "anonymous"
        return "unresolved"

    def _looks_like_person(self, m: Mention) -> bool:
        name = m.name or m.text
        tokens = name.split()
        lowered = {t.lower().strip(".,") for t in m.text.split()}
        if lowered & lexicon.ORGANIZATION_HEADS and m.label != "PERSON":
            return False
        if m.title or (m.role and _first_word_in(m.role, lexicon.TITLES)):
            return True
        # "Radu Ciobotaru, the prefect of Suceava county": a short capitalised name with an
        # appositive role is a person, whatever label the model gives the name
        if m.role and 2 <= len(tokens) <= 4 and all(t[:1].isupper() for t in tokens):
            return True
        if self._known_surname(tokens[-1]) is not None:
            return True
        if m.label == "PERSON":
            return True
        if m.label in ORG_LABELS and len(tokens) == 1:
            return False
        first = tokens[0].lower().rstrip(".")
        return (
            first in lexicon.MALE_FIRST_NAMES
            or first in lexicon.FEMALE_FIRST_NAMES
            or first in _HONORIFICS
        ) or (2 <= len(tokens) <= 3 and all(t[:1].isupper() for t in tokens) and m.label != "ORG")

    def _person(self, m: Mention) -> Entity:
        name = m.name or m.text
        tokens = [t for t in name.split() if t.lower().rstrip(".") not in _HONORIFICS]
        surname = tokens[-1] if tokens else name
        for entity in reversed(self.entities):
            names = entity.name.split()
            # a name that is all honorifics ("Baron", "the Lord") has no first name to compare
            same_first = len(tokens) <= 1 or len(names) == 1 or names[0] == tokens[0]
            if entity.type == "person" and names[-1] == surname and same_first:
                return entity
        person = self._known_surname(surname) or self._name_ending_in(surname)
        # "he" or "Pollak" after "Breitbart's Joel Pollak": the outlet's journalist
        affiliated = self.outlet_names.affiliated
        outlet = affiliated(m) or (person and affiliated(person))
        if outlet:
            return self._entity_named("outlet", outlet)
        full = (
            person.name
            if person is not None and person.name and len(person.name.split()) > len(tokens)
            else " ".join(tokens) or name
        )
        entity = self._new("person", full, m)
        entity.gender = _gender(m) or (_gender(person) if person else None)
        if person is not None:
            entity.add(person)
        return entity

    def _known_surname(self, surname: str) -> Mention | None:
        # People named anywhere before, cited or not: "Fesenko" after "Volodymyr Fesenko".
        for person in self.people:
            if person.name and len(person.name.split()) > 1 and person.name.split()[-1] == surname:
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
            described = _described(person)
            # every title word must match ("the cabinet secretary" is not "the general
            # secretary"); among equals the latest wins
            overlap = len(words & described)
            if m.head in described and overlap >= best_overlap:
                best, best_overlap = person, overlap
        if best is None:
            for entity in reversed(self.entities):
                if entity.type == "person" and m.head in entity.titles:
                    return entity
        if best is None and not any(p.start < m.start for p in self.people):
            # a headline's "Mayor:" or "Bitola challenger:" names someone the article
            # introduces below it: the one with that title, else the first one named
            later = [p for p in self.people if p.start > m.start]
            titled = (p for p in later if m.head in _described(p))
            best = next(titled, later[0] if later else None)
        if best is None:
            return None
        entity = self._person(best)
        entity.add(best)
        entity.titles.update(words)
        return entity

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
        genders = [_gender(p) for p in self.people]
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


_HONORIFICS = lexicon.HONORIFICS_MALE | lexicon.HONORIFICS_FEMALE | lexicon.HONORIFICS_NEUTRAL
_TITLE_WORDS = lexicon.TITLES | _HONORIFICS


def _gender(m: Mention | None) -> str | None:
    if m is None:
        return None
    words = [w.lower().rstrip(".") for w in (m.title or "").split() + (m.name or m.text).split()]
    for w in words:
        if w in lexicon.HONORIFICS_MALE or w + "." in lexicon.HONORIFICS_MALE:
            return "male"
        if w in lexicon.HONORIFICS_FEMALE or w + "." in lexicon.HONORIFICS_FEMALE:
            return "female"
    first = (m.name or m.text).split()[0].lower() if (m.name or m.text).split() else ""
    if first in lexicon.MALE_FIRST_NAMES:
        return "male"
    if first in lexicon.FEMALE_FIRST_NAMES:
        return "female"
    return None


def _first_named(m: Mention) -> bool:
    """A name that begins with a first name or follows a title ("Councilmember Tobin
    Ashgrove"), whatever label the tagger gave it."""
    words = (m.name or "").split()
    first = words[0].lower() if len(words) > 1 else ""
    titled = m.title is not None and _first_word_in(m.title, _TITLE_WORDS)
    return titled or first in lexicon.MALE_FIRST_NAMES or first in lexicon.FEMALE_FIRST_NAMES


def _someone_unnamed(entity: Entity) -> bool:
    """One unnamed person ("a government official"), whom "he" or "she" can refer to."""
    words = entity.name.lower().split()
    return (
        entity.type == "anonymous"
        and not entity.plural
        and bool(words)
        and (words[-1] in lexicon.TITLES or words[-1] in lexicon.ANONYMOUS_HEADS)
    )


def _shortens(m: Mention, name: str) -> bool:
    """Whether a mention is a short form of a longer name: its first words ("Veltrane"
    for "Veltrane Therapeutics"), or "the" and its last word ("the authority")."""
    words, full = _strip_det(m.text).split(), name.split()
    if m.proper:
        return len(full) > len(words) and full[: len(words)] == words
    definite = m.text.lower().startswith("the ") and len(words) == 1
    return definite and len(full) > 1 and full[-1].lower() == m.head


def _strip_det(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _first_word_in(text: str, words: frozenset[str]) -> bool:
    lowered = text.lower().split()
    return any(w in words for w in lowered[:4])


def _described(person: Mention) -> set[str]:
    """The words a person was introduced with: title and role ("Sen." as "senator")."""
    words = f"{person.title or ''} {person.role or ''}".lower().replace(",", " ").split()
    return {lexicon.TITLE_ABBREVIATIONS.get(w, w) for w in words}
