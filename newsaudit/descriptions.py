"""Who a description refers to: "the Ukrainian president" to the person introduced
with that title, "the RDC" to the one introduced as "Resident District Commissioner",
"the aide" to the unnamed aide cited before, else "the senator said" to the person cited
last; and a lead's "A senior emergency doctor has said" to the doctor named right after
it. ``people`` finds people by name; ``sources.Resolver`` decides when a mention is a
description.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from newsaudit.data import lexicon
from newsaudit.entities import Entity
from newsaudit.mention_kinds import POSSESSIVE_ENDINGS, described, title_initials
from newsaudit.people import PersonLookup
from newsaudit.person_names import gender_of, surname
from newsaudit.rules.base import Mention

# An age in a description ("the 57-year-old scientist").
AGED = re.compile(r"\b\d+-year-old\b")

# How far past the lead sentence, in characters, the one it describes is named.
LEAD_REACH = 200

# A role that only counts ("mother of five", "father of three").
COUNTED_ROLE = re.compile(r"of (?:\d+|two|three|four|five|six|seven|eight|nine|ten)")

# What anyone who works in a field may be called, whatever their office: a professor,
# a chief economist or a lab director is also "the expert" or "the researcher".
FIELD_DESCRIPTIONS = frozenset(
    {"expert", "specialist", "researcher", "scientist", "academic"}
    # anyone who reigns: "the monarch" after "Igwe Boniface Odoh", "King Harald"
    | {"monarch", "ruler"}
)


class DescriptionLookup(PersonLookup):
    """The lookups that find whom a description or a lead's unnamed one refers to."""

    # whom each description ("star", "ukrainian president") last stood for
    described_as: dict[frozenset[str], Entity]

    def described_person(self, m: Mention) -> Entity | None:
        """Whom a description stands for, and remember it: "the star" keeps meaning the
        singer it meant before, over someone named since as an object with that word in
        their title ("a duet with soul star Tony Braxley"), whom no one has cited."""
        words = frozenset(m.text.lower().replace("'s", "").split()) - {"the"}
        entity = self._described_person(m, self.described_as.get(words)) or self._referred_back(m)
        if entity is not None:
            self.described_as[words] = entity
        return entity

    def _described_person(self, m: Mention, earlier: Entity | None = None) -> Entity | None:
        # "the Ukrainian president": the nearest person introduced with that title.
        words = set(m.text.lower().replace("'s", "").split()) - {"the"}
        best: Mention | None = None
        best_rank = (0, -1)
        for person in self.people:
            if person.start >= m.start:
                break
            introduced = described(person)
            # every title word must match ("the cabinet secretary" is not "the general
            # secretary"); among equals the one named last before the description wins,
            # by any mention of the surname ("Sanders' only path …. The Vermont senator"),
            # not only the one that gave the title (looked up only for those still in the
            # running: a long document names thousands of people)
            # a word for any holder of the office ("the judge" after "Justice …"); not a
            # bare capitalised "Judge", which may be a surname (Patty Judge)
            kinds = lexicon.OFFICE_KINDS.get(m.head, frozenset())
            # "the union leader" after "union president …": a word for whoever heads it,
            # with a word of the office it heads
            heads = lexicon.HEAD_OFFICES.get(m.head, frozenset())
            headed = introduced & heads and (words - {m.head}) & introduced
            if m.text.lower().startswith("the ") and (introduced & kinds or headed):
                introduced = introduced | {m.head}
            overlap = len(words & introduced)
            if m.head not in introduced or overlap < best_rank[0]:
                continue
            rank = (overlap, self._last_named(person, m.start))
            if rank >= best_rank:
                best, best_rank = person, rank
        if best is None:
            for entity in reversed(self.entities):
                # "the RDC" after "The Resident District Commissioner, Moses …,"
                initials = title_initials(entity.role)
                if entity.type == "person" and m.head in entity.titles | initials:
                    return entity
        if best is None and not any(p.start < m.start for p in self.people):
            # a headline's "Mayor:" or "Bitola challenger:" names someone the article
            # introduces below it: the one with that title, else the first one named who
            # is not a journalist of an outlet ("The Ledger's Tom Reyes reported") -- but
            # a role in a proceeding is not the one it acts on ("The judge told Okafor")
            affiliated = self.outlet_names.affiliated
            later = [
                p
                for p in self.people
                if p.start > m.start and not affiliated(p) and not self._same_sentence(m, p)
            ]
            titled = (p for p in later if m.head in described(p))
            first = later[0] if later and m.head not in lexicon.PROCEEDING_ROLES else None
            best = next(titled, first)
        if best is None:
            return None
        if earlier is not None and best.object and not self._cited(best):
            return earlier
        entity = self._person(best)
        entity.add(best)
        entity.titles.update(words)
        return entity

    def _cited(self, person: Mention) -> bool:
        """Whether a person named is a source already: cited by that name, or by another
        mention of theirs."""
        name = (person.name or person.text).lower()
        return any(
            e.type == "person" and (person.start in e.seen or e.name.lower() == name)
            for e in self.entities
        )

    def _lead_end(self) -> int | None:
        """Where the body's first sentence, the lead, ends (None in a one-sentence text)."""
        lead = bisect_left(self.sentence_starts, self.headings_end)
        return self.sentence_starts[lead + 1] if lead + 1 < len(self.sentence_starts) else None

    def lead_described(self) -> dict[int, Entity]:
        """ "A senior emergency doctor has said …" opening the body, then "Dr Ruairí Mac
        Giolla Bhríde, a consultant …, said" right after it: the lead's unnamed one is the
        next person cited, if that one's title, role or honorific says what the lead did.
        Returns the key of the lead's source -> the person, as ``namesakes_merged``."""
        lead_end = self._lead_end()
        if lead_end is None:
            return {}
        unnamed = [
            e
            for e in self.entities
            if e.type == "anonymous"
            and not e.plural
            and e.name.split()[0].lower() in ("a", "an")
            and self.headings_end <= min(e.seen, default=-1) < lead_end
        ]
        people = sorted(
            (e for e in self.entities if e.type == "person" and e.seen),
            key=lambda e: min(e.seen),
        )
        after = next((e for e in people if min(e.seen) >= lead_end), None)
        if len(unnamed) != 1 or after is None or min(after.seen) > lead_end + LEAD_REACH:
            return {}
        head = unnamed[0].name.split()[-1].lower()
        if head not in _titled(after) | _honoured_as(after):
            return {}
        after.absorb(unnamed[0])
        return {unnamed[0].key: after}

    def _last_named(self, person: Mention, before: int) -> int:
        """Where the person's surname last stands as a word in the text before an offset
        ("Lund" is not in "Lundgren")."""
        family = surname(person.name or person.text)
        if not family:
            return person.start
        at = self.text.rfind(family, 0, before)
        while at >= 0 and not _whole_word(self.text, at, at + len(family)):
            at = self.text.rfind(family, 0, at)
        return at

    def _same_sentence(self, m: Mention, person: Mention) -> bool:
        """Whether a person is named later in a body sentence's own clause as the
        description ("The mayor told Ann Lee …", "The judge said Okafor …"): someone the
        described one speaks to or about, not the described one, whom news writing names
        in a later sentence ("The mayor said … Ann Lee, who …"). In a headline, the line
        is the sentence ("Veteran Councillor Endorses Mary Okafor")."""
        if m.start < self.headings_end:
            line_end = self.text.find("\n", m.start)
            return person.start < (line_end if line_end >= 0 else self.headings_end)
        sentence = bisect_right(self.sentence_starts, m.start)
        end = self.sentence_starts[sentence] if sentence < len(self.sentence_starts) else None
        return end is None or person.start < end

    def _referred_back(self, m: Mention) -> Entity | None:
        """ "the aide" after "an aide to the governor", else "the candidate said" or "the
        Russian leader said": a bare definite title refers back to the unnamed one with
        that title, else to the person cited last (the speaker of the turn), else to the
        one named last. A title with its own "of …" or a name beside it introduces someone
        new ("the head of the union"), and "the minister's spokeswoman" is someone else;
        but a former office re-describes someone known ("the former secretary of state")."""
        owned = any(f"{ending} " in m.text for ending in POSSESSIVE_ENDINGS)
        # "the 47-year-old mother of five": a count of children is no one's office
        counted = m.role is not None and COUNTED_ROLE.fullmatch(m.role) is not None
        if (m.role is not None and not _former_office(m) and not counted) or owned:
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
        if m.head in lexicon.PROCEEDING_ROLES:
            return None  # "The prosecutor told the jury" after the accused is named: another
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


def _titled_otherwise(entity: Entity, head: str) -> bool:
    """Whether a person was introduced with a title that is not ``head``; a word for
    what anyone in a field is ("the University of Surrey expert" after "Professor Jane
    Ogden") is no other title."""
    if head in FIELD_DESCRIPTIONS or head in lexicon.KIN_NOUNS:
        return False  # nor is a relation ("the mother of five" after "a trader")
    titles = {lexicon.TITLE_ABBREVIATIONS.get(w, w) for w in _titled(entity)} & lexicon.TITLES
    # "the legislator" after "Member of Parliament … Grace Ejua", "the Thera" after "Ven.
    # Hiriwadunne Dhammasiri Thero": a word for any holder of such an office, or what the
    # honorific the name opened with says the person is
    kinds = lexicon.OFFICE_KINDS.get(head, frozenset())
    if titles & kinds or head in _honoured_as(entity):
        return False
    return bool(titles) and head not in titles


def _honoured_as(entity: Entity) -> set[str]:
    """What the honorifics that open a person's mentions say they are ("Dr …": a doctor,
    "Ven. …": a monk)."""
    firsts = (mention.split()[0].lower() for mention in entity.mentions if mention.split())
    return {role for first in firsts for role in lexicon.HONORIFIC_ROLES.get(first, ())}


def _titled(entity: Entity) -> set[str]:
    """The words of a person's titles and role, and the initials of the role ("rdc" for
    "The Resident District Commissioner")."""
    role = entity.role or ""
    return entity.titles | set(role.lower().replace(",", " ").split()) | title_initials(role)


def _former_office(m: Mention) -> bool:
    """ "The former secretary of state": an office someone held, with what it was of, which
    re-describes a person the story is about, where "the head of the union" introduces a
    new one."""
    role = (m.role or "").split(";")[0].strip()
    return "former" in m.text.lower().split() and role.startswith("of ") and ", " not in role


def _whole_word(text: str, start: int, end: int) -> bool:
    """Whether the letters between two offsets stand as a word of their own."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()
