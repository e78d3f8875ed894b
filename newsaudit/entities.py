"""The sources of a document as they are built: one ``Entity`` per person, outlet, body,
document or unnamed source, which every mention resolved to it joins, and the merge
that lists a person cited under one name through two lookups once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsaudit.data import lexicon, normalise_name
from newsaudit.namesakes import extends
from newsaudit.person_names import DESCRIBING, mentioned_name
from newsaudit.rules.base import Mention
from newsaudit.rules.names import HONORIFIC_WORDS as HONORIFICS
from newsaudit.rules.names import TITLE_WORDS

# The words that only address a person, which no office holds: honorifics, and the
# article of a style ("Dr the Hon.", "Senator the Rt. Hon.").
ADDRESSING = HONORIFICS | {"the"}


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
    # where each mention taken in begins: a full name found further on lends its name to
    # a person before the text reaches it
    seen: list[int] = field(default_factory=list)

    def last_before(self, offset: int) -> int:
        """Where the last mention before ``offset`` begins, or -1."""
        return max((at for at in self.seen if at < offset), default=-1)

    def absorb(self, other: Entity) -> None:
        """Take in the mentions, role and gender of another entity found to be this one."""
        self.mentions.extend(m for m in other.mentions if m not in self.mentions)
        self.titles |= other.titles
        self.role = self.role or other.role
        self.gender = self.gender or other.gender
        self.last_seen = max(self.last_seen, other.last_seen)
        self.seen.extend(other.seen)

    def add(self, mention: Mention) -> None:
        """Take in a mention: its text, its place, its name, titles and role."""
        if mention.text not in self.mentions:
            self.mentions.append(mention.text)
        self.last_seen = max(self.last_seen, mention.start)
        self.seen.append(mention.start)
        name = mentioned_name(mention) if mention.name else None
        # "the Conservative MP" names no one: a title is no longer name
        titled = name is not None and name.split()[-1].lower() in TITLE_WORDS
        if (
            name
            and not titled
            and self.type == "person"
            and extends(name, self.name)
            and not self._role_run_in(name)
        ):
            self.name = name
        if mention.title:
            self.titles.update(mention.title.lower().split())
        if self.role is None:
            # "Councilmember Tobias Renwick, who chairs the budget committee": the title
            # first, then what the appositive or clause adds
            title = _office(mention.title) if self.type == "person" else None
            # "the Ministry" with "of Health" was named "Ministry of Health": no role left
            said = [p for p in (mention.role or "").split("; ") if p and p not in self.name]
            self.role = ", ".join(p for p in (title, "; ".join(said)) if p) or None

    def _role_run_in(self, name: str) -> bool:
        """Whether a longer name only runs the end of the role into the name ("Transport
        Nokuthula Zondi-Khumalo" for the "MEC for Transport" Nokuthula Zondi-Khumalo), or
        a word for what the person is ("Wife Huma Abedin" in a headline)."""
        extra = set(name.split()) - set(self.name.split())
        described = {w for w in extra if w.lower() in DESCRIBING}
        return bool(extra) and extra - described <= set((self.role or "").replace(",", " ").split())


def namesakes_merged(entities: list[Entity]) -> dict[int, Entity]:
    """One source per person: a person cited twice under one full name ("Lindsey Graham"
    by the headline's "Graham:" and by the body's "Senator Lindsey Graham"; "Ms. Epstein"
    and "Lee Epstein" reached through two lookups) is the first of them, unless the way
    the name was used gives them two genders ("Mr. Khan" and "Ms. Khan"). The later one's
    mentions join the first; returns the key of each merged entity -> the one kept."""
    kept: dict[str, Entity] = {}
    merged: dict[int, Entity] = {}
    for entity in entities:
        if entity.type != "person":
            continue
        first = kept.setdefault(normalise_name(entity.name), entity)
        if first is not entity and len({_shown_gender(first), _shown_gender(entity)} - {None}) < 2:
            first.absorb(entity)
            merged[entity.key] = first
    return merged


def _shown_gender(entity: Entity) -> str | None:
    """The gender the article's words give a person: an honorific ("Mr. Khan") or a
    pronoun among its mentions; None when they give none or both. A first name's usual
    gender is only a guess ("Lindsey Graham", later "Mr. Graham")."""
    shown = set()
    for mention in entity.mentions:
        word = mention.split()[0].lower().rstrip(".")
        if word in lexicon.MALE_PRONOUNS or word in lexicon.HONORIFICS_MALE:
            shown.add("male")
        elif word in lexicon.FEMALE_PRONOUNS or word in lexicon.HONORIFICS_FEMALE:
            shown.add("female")
    return shown.pop() if len(shown) == 1 else None


def _office(title: str | None) -> str | None:
    """The office in the words before a name, without the honorifics that only address
    the person: "Chief Education Officer" of "Chief Education Officer Dr", none of "Dr"."""
    # the title's tokens were joined with spaces: "Vice - President" is "Vice-President",
    # "ACLU 's" is "ACLU's"
    words = re.sub(r" ?([-–]) ?| (?=['’]s\b)", r"\1", title or "").split()
    while words and words[-1].lower() in ADDRESSING:
        words.pop()
    while words and words[0].lower() in ADDRESSING:
        words.pop(0)
    return " ".join(words) or None
