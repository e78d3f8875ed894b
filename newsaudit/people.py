"""People and the sources a resolver keeps: who a name or a surname refers to.

A surname points back to the person introduced with it ("Fesenko" to "Volodymyr
Fesenko"), a first name or a family name that comes first to the full name it opens
("Bernie", "Mr Tan"); ``descriptions`` adds titles and descriptions, ``pronouns`` the
pronouns, and ``sources.Resolver`` bodies and outlets, and decides which lookup a mention
needs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cached_property

from newsaudit.data import lexicon, normalise_name
from newsaudit.entities import Entity
from newsaudit.mention_kinds import (
    FIRST_NAMES,
    HONORIFICS,
    PERSON_NOUNS,
    PLACE_LABELS,
    TITLE_WORDS,
    first_word_in,
)
from newsaudit.namesakes import same_given_name
from newsaudit.outlet_names import OutletNames
from newsaudit.person_names import (
    GENERATIONAL,
    INITIAL,
    gender_of,
    given_first,
    mentioned_name,
    name_with_given,
    person_name,
    surname,
    titled_gender,
)
from newsaudit.rules.base import Mention
from newsaudit.rules.names import NAME_PARTICLES, PATRONYMIC_PARTICLES, given

# The word right before a name, an honorific perhaps ("Mr. Okafor"), read back from it.
WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+$")

# Nouns a name in a title-case headline modifies ("Clinton Camp", "Lund Aides"): the
# name is then no subject of its own.
NAME_MODIFIES = lexicon.ORGANIZATION_HEADS | PERSON_NOUNS


class PersonLookup:
    """The sources of one document as they are built, and the lookups that find a
    person: the mentions named in the document (``names``, ``people``), where its
    sentences start and the outlets it names are set by the subclass."""

    entities: list[Entity]
    names: list[Mention]
    people: list[Mention]
    sentence_starts: list[int]
    headings_end: int
    outlet_names: OutletNames
    text: str

    def _person(self, m: Mention, pronoun: str | None = None) -> Entity:
        """The person a name refers to; ``pronoun`` is the gender of a pronoun that
        points to the name ("she" to "Clinton" is not the Bill Clinton cited last)."""
        headline = self._headline_subject(m)
        if headline is not None:
            m = replace(m, name=headline, role=None)
        name = person_name(name_with_given(m), m.title is not None)
        tokens = _without_honorifics(name.split())
        family = surname(" ".join(tokens)) if tokens else name
        gender = gender_of(m)
        # a lone word that is the surname of someone named in full ("Lawrence" after
        # "Natalya Lawrence") is that surname, whatever first name it may also be: only an
        # honorific or a title tells its gender
        matching = titled_gender(m) if len(tokens) == 1 else gender
        # a gender no census guess gave ("Lindsey" and "Lee" are given to either)
        sure = titled_gender(m) if len(tokens) == 1 else gender_of(m, guess=False)
        same = [
            entity
            for entity in reversed(self.entities)
            if entity.type == "person"
            and _family_of(entity.name, family, len(tokens) == 1)
            # a name that is all honorifics ("Baron", "the Lord") has no first name to compare
            and (
                len(tokens) <= 1
                or len(entity.name.split()) == 1
                or entity.name.split()[0] == tokens[0]
                or tokens[0].lower() in TITLE_WORDS  # "Dean Amar" is Vikram Amar, the dean
                # a surname of two words ("Abu Nasser" of "Karim Abu Nasser", "van Dijk",
                # "Du Plessis" opening a sentence for "Marthinus du Plessis")
                or [w.lower() for w in _unnumbered(entity.name)[-len(tokens) :]]
                == [w.lower() for w in tokens]
            )
            # "Mr Okafor" after "Ada Okafor" is her father or husband, not her
            and (matching is None or entity.gender in (matching, None))
        ]
        # a pronoun's gender chooses among people of one surname; "she" after Peter
        # Boateng is the Mary Boateng named before, if one is
        fits = [e for e in same if pronoun is None or e.gender in (pronoun, None)]
        named = self._known_surname(family, pronoun) if same and not fits else None
        if fits or (same and (named is None or gender_of(named) != pronoun)):
            # of two people with one surname, "Ebeling" or "Mr. Bush" is the one the
            # article has called so before, else the one it has referred to in more ways
            # (the one it is about), not the relative named in full since
            called = [e for e in fits or same if m.text in e.mentions]
            if called:
                return called[0]
            # a relative the article names in full each time ("Debbie Meadows", "the
            # congressman's wife") is not the one a bare surname means
            bare = [e for e in fits or same if not self._always_in_full(e, family)]
            return max(bare or fits or same, key=lambda e: len(e.mentions))
        if len(tokens) == 1 and m.title is None and given(tokens[0]) in FIRST_NAMES:
            # "Bernie" after "Bernie Sanders": a first name alone, as quotes and profiles
            # call people, stands for the person named with it
            called = self._named_first(tokens, m.start)
            if called is not None:
                return called
        person = self._known_surname(family, gender) or self._name_ending_in(family)
        if person is not None and (
            not same_given_name(tokens, mentioned_name(person), m.title is not None)
            or len({sure, gender_of(person, guess=False)} - {None}) == 2
        ):
            # "Lolita Grayson" is not the "Dena Grayson" named before her, nor "Mr.
            # Okafor" the Ada Okafor
            person = None
        in_text = self._named_in_text(family) if person is None and len(tokens) == 1 else None
        if tokens:
            # "Kim" after "Kim Min-jun", "Mr Tan" after "Tan Wei Ling", "Mr Faizal" (in
            # the text "Muhammad Faizal", which the recognizer may find as a name of its
            # own) after "Muhammad Faizal Abdul Rahman": where the family name comes
            # first, or a father's name last, the short form opens the full name
            found = mentioned_name(person) if person is not None and person.name else in_text
            called = self._named_first(found.split() if found else tokens, m.start)
            if called is not None:
                # "Mr. Lou" after "Lou Jiwei": the honorific, not the guess from a first
                # name that is none, tells the gender
                called.gender = titled_gender(m) or called.gender
                return called
        # "he" or "Pollak" after "Breitbart's Joel Pollak": the outlet's journalist
        affiliated = self.outlet_names.affiliated
        outlet = affiliated(m) or (person and affiliated(person))
        if outlet and not self._surname_in_story(outlet):
            return self._entity_named("outlet", outlet)
        known = mentioned_name(person) if person is not None and person.name else ""
        known = known or in_text or ""
        full = known if len(known.split()) > len(tokens) else " ".join(tokens) or name
        # "Inderdai Deyal" cited first, tagged ORG, then "Deyal": the surname shows a person
        typed_wrong = (e for e in self.entities if e.type == "organization" and e.name == full)
        entity = next(typed_wrong, None) if full != name else None
        if entity is not None:
            entity.type, entity.gender = "person", gender
            return entity
        gender = gender or (gender_of(person) if person else None)
        entity = self._new("person", full, m)
        entity.gender = gender
        if person is not None:
            entity.add(person)
        return entity

    def _headline_subject(self, m: Mention) -> str | None:
        """A headline in title case runs its subject into the verb ("Elizabeth Warren
        Hammers Wells Fargo CEO", "Trump Says He Never Pledged …"): the person is the
        longest run of its first words that the article names someone by in full below it,
        or its first word alone when that is the surname of one."""
        words = (m.name or m.text).split()
        if m.start >= self.headings_end or len(words) < 2:
            return None
        body = [(named, family) for p, named, family, _ in self._full_names if p.start > m.start]
        full = {tuple(named) for named, _ in body}
        if tuple(words) in full:
            return None
        for end in range(len(words) - 1, 0, -1):
            # "Clinton Camp Says", "Lund Aides Deny": the name modifies a body or group
            if words[end].lower() in NAME_MODIFIES:
                continue
            if tuple(words[:end]) in full or end == 1 and any(f == words[0] for _, f in body):
                return " ".join(words[:end])
        return None

    def _always_in_full(self, entity: Entity, family: str) -> bool:
        """Whether every mention of a person that holds their surname holds their given
        name too, and some relation or other name was given them ("Debbie Meadows, the
        congressman's wife")."""
        given_name = entity.name.split()[0]
        named = [text for text in entity.mentions if family in text.split()]
        full = bool(named) and all(given_name in text.split() for text in named)
        related = entity.role is not None and first_word_in(entity.role, lexicon.KIN_NOUNS)
        return full and related

    def _named_first(self, words: list[str], before: int) -> Entity | None:
        """The person cited or named last before an offset whose full name (of up to four
        words, not a headline's run of words) begins with ``words`` and goes on past
        them; None where that name turns out to be someone else's (a relative's, whose
        surname the resolver takes for the one cited)."""
        size = len(words)

        def longer(name: str) -> bool:
            full = name.split()
            # names and initials go on ("Walter A. Clyburn Reed"), not a headline's
            # words ("Donald Trump A Message")
            rest = all(
                INITIAL.fullmatch(w)
                or w.lower() in NAME_PARTICLES  # "Nur Aisyah binti Kamarulzaman"
                or (len(w) > 1 and w[:1].isupper() and w[-1] != ".")
                for w in full[size:]
            )
            # a Malay or Tamil name goes on past four words with its father's ("Ahmad
            # Fauzi bin Mohd Yusof"): the words before the particle are the person's own
            patronym = size < len(full) and full[size].lower() in PATRONYMIC_PARTICLES
            return full[:size] == words and (size < len(full) <= 4 or patronym) and rest

        cited = [
            e
            for e in self.entities
            if e.type == "person"
            and longer(e.name)
            and not all(text.lower().startswith("the ") for text in e.mentions)
        ]
        if cited:
            return max(cited, key=lambda e: e.last_seen)
        starts, people = self._people_by_first_name.get(words[0], ((), ()))
        named = [
            p
            for start, p in zip(starts, people, strict=True)
            if self.headings_end <= start < before
            and longer(p.name or "")
            # "the Dan Wootton Interview podcast": a work named for someone (so below)
            and "the " not in (p.text[:4].lower(), self.text[max(0, start - 4) : start].lower())
        ]
        found = self._person(named[-1]) if named else None
        return found if found is not None and longer(found.name) else None

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

    def _known_surname(self, family: str, gender: str | None = None) -> Mention | None:
        # People named anywhere before, cited or not: "Fesenko" after "Volodymyr Fesenko";
        # "Mr Okafor" is not "Ada Okafor" when a Mr Okafor is named too
        fits = [
            (person, words, last)
            for person, words, last, person_gender in self._full_names
            if gender is None or person_gender in (gender, None)
        ]
        found = next((person for person, _, last in fits if last == family), None)
        # "Sumagaysay" after "Lourdes Villanueva-Sumagaysay": either half of a double
        # surname joined by a hyphen is its short form
        found = found or next(
            (person for person, words, _ in fits if _family_of(" ".join(words), family, True)),
            None,
        )
        # "Ms. Acosta" after "Melba Acosta Febo": Spanish and Portuguese names carry the
        # father's surname before the mother's, and the first alone is the short form;
        # a word that is a first name is a middle name ("Kwame Anthony Appiah"), not that
        return found or next(
            (
                person
                for person, words, _ in fits
                if len(words) >= 3
                and words[-2] == family
                and len(family) > 2
                and given(family) not in FIRST_NAMES
            ),
            None,
        )

    @cached_property
    def _full_names(self) -> list[tuple[Mention, list[str], str, str | None]]:
        """The people named with more than one name, with the words of the name, its
        surname and the gender: computed once per document."""
        out = []
        for person in self.people:
            words = person_name(person.name).split() if person.name else []
            if len(words) > 1:
                out.append((person, words, surname(" ".join(words)), gender_of(person)))
        return out

    def _surname_in_story(self, word: str) -> bool:
        """Whether one word an outlet goes by is the surname of a person the story names
        in full: "an adviser to Bloomberg" in a story on Michael R. Bloomberg is his."""
        return " " not in word and any(family == word for _, _, family, _ in self._full_names)

    def _name_ending_in(self, family: str) -> Mention | None:
        """A full name the tagger did not call a person ("Carly Fiorina" tagged ORG), for
        a surname already read as a person's."""
        for named in self.names:
            words = (named.name or "").split()
            if (
                2 <= len(words) <= 4  # "Donovan St. Aubyn Clarke"
                and words[-1] == family
                and all(w[:1].isupper() or w in NAME_PARTICLES for w in words)
                and not {w.lower() for w in words} & lexicon.ORGANIZATION_HEADS
                and named.label not in PLACE_LABELS
                and self.outlet_names.name_of(named) is None
            ):
                return named
        return None

    def _called_person(self, family: str) -> bool:
        """Whether the document calls a single name a person's where the tagger did not
        here: an honorific stands before it somewhere ("Mr. Okafor"). (The tagger's own
        person label elsewhere is no such sign: it gives one to "Twitter" now and then.)"""
        if family not in self._honoured:
            # find the name, then read the word before it: a search for the name alone
            # runs far faster over a long document than one that starts at every word
            found = (
                WORD_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
                for m in re.finditer(rf"\b{re.escape(family)}\b", self.text)
            )
            self._honoured[family] = any(w and w.group(1).lower() in HONORIFICS for w in found)
        return self._honoured[family]

    @cached_property
    def _honoured(self) -> dict[str, bool]:
        """Whether ``_called_person`` found an honorific before a name, by name."""
        return {}

    def _named_in_text(self, family: str) -> str | None:
        """The full name a surname stands for where the tagger found no name: a first name
        right before it ("Megyn Kelly" in a headline or a quote, which the tagger does not
        read for names), maybe with a middle initial."""
        if family not in self._in_text:
            pattern = rf"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?{re.escape(family)}\b"
            names = Counter(
                " ".join(match.group(0).split())
                for match in re.finditer(pattern, self.text)
                if given_first(match.group(0).split())
                # "Will Trump win?": a sentence may open with a word that is a first name
                and not _opens_sentence(self.text, match.start())
            )
            self._in_text[family] = names.most_common(1)[0][0] if names else None
        return self._in_text[family]

    @cached_property
    def _in_text(self) -> dict[str, str | None]:
        """Full names found in the text by ``_named_in_text``, by surname."""
        return {}

    def _nearest_person(self, before: int) -> Entity | None:
        """The person named or cited last before an offset, of either gender."""
        cited = [e for e in self.entities if e.type == "person" and e.last_seen < before]
        latest = max(cited, key=lambda e: e.last_seen, default=None)
        named = [p for p in self.people if p.start < before]
        if named and (latest is None or named[-1].start > latest.last_seen):
            return self._person(named[-1])
        return latest

    def _latest(
        self, kind: str, before: int, fits: Callable[[Entity], bool] = lambda e: True
    ) -> Entity | None:
        """The entity of a kind seen last before an offset (among those that fit)."""
        found = [e for e in self.entities if e.type == kind and e.last_seen < before and fits(e)]
        return max(found, key=lambda e: e.last_seen) if found else None

    def _entity_named(self, kind: str, name: str, m: Mention | None = None) -> Entity:
        if kind == "outlet" and self.outlet_names.publishes(name):
            name = self.outlet_names.publisher or name  # "the Gazette": the page's own paper
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


def _family_of(name: str, family: str, alone: bool) -> bool:
    """Whether ``family`` is the surname ending a person's name, or, said alone, one half
    of a double surname joined by a hyphen ("Sumagaysay" of "Lourdes
    Villanueva-Sumagaysay", "Zondi" of "Nokuthula Zondi-Khumalo"; not "Ho" of "Tony Chan
    Ho-yin")."""
    last = surname(name)
    halves = last.split("-")
    # both halves capitalised: a double surname, not a Cantonese given name ("Chan Ho-yin")
    double = len(halves) > 1 and all(h[:1].isupper() for h in halves)
    return last == family or (alone and double and family in halves)


def _unnumbered(name: str) -> list[str]:
    """A name's words without the numeral or the "Jr." after it that tells one holder of
    the name from another ("Owusu Bediako Ampofo II", "Kpodo Akakpo V"), which a later
    mention by the last names leaves out ("Bediako Ampofo said")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(".,") in GENERATIONAL:
        words.pop()
    return words


def _without_honorifics(words: list[str]) -> list[str]:
    """A name's words after the honorifics that open it ("Mr.", "Sir", "Lord"): one
    that ends it or stands alone is a surname ("Marty Baron", "David Duke", "Baron")."""
    lead = 0
    while lead < len(words) - 1 and words[lead].lower().rstrip(".") in HONORIFICS:
        lead += 1
    return words[lead:]


def _opens_sentence(text: str, at: int) -> bool:
    """Whether a word at ``at`` opens a line or a sentence (after ". ", a colon or a
    quote mark)."""
    before = text[max(0, at - 3) : at].rstrip(" ")
    return not before or before[-1] in "\n.?!:\"“‘'"
