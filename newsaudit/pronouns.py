"""Pronouns: who "he", "she", "they", "it", "we" and a transcript's "I" refer to.

A gendered pronoun points to the nearest person who may have its gender (or forward, in
a headline, to the person named below it); "they" to the group named last before it,
cited or not, or to a body cited before; "it" to an organization, outlet or document.
``sources.Resolver`` decides when a mention is a pronoun.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cached_property

from newsaudit.data import lexicon
from newsaudit.descriptions import DescriptionLookup
from newsaudit.entities import Entity
from newsaudit.forward import named_after
from newsaudit.interviews import Transcript, find_transcript, interviewee, quoted
from newsaudit.mention_kinds import VAGUE_DETERMINERS, platform
from newsaudit.person_names import gender_of, given_first
from newsaudit.rules.base import Mention

# The writer's own voice, outside quotes.
OWN_VOICE = frozenset({"i", "we"})
# Pronouns that stand for people left unnamed, not for someone named before.
INDEFINITE_PRONOUNS = frozenset(
    {"all", "both", "those", "everyone", "everybody", "someone", "somebody", "anyone", "none"}
)

# What makes a name a possessor ("Trump's", "Trump’s").
POSSESSIVES = ("'s", "’s")
# Words before a name that make it a modifier ("a Trump rally", "the Sanders campaign")
# or the object of a preposition ("a vote for Trump"), not the one a pronoun picks up:
# the articles and the most frequent English prepositions.
NOT_SUBJECT_BEFORE = frozenset(
    {"a", "an", "the", "of", "to", "for", "with", "against", "about", "on", "at", "by"}
    | {"from", "over", "like", "than", "behind", "toward", "towards", "into", "under"}
)

# Possessive determiners: a one-word name after one is something owned ("his Ring
# camera"), which the tagger may call a person.
OWNERS = frozenset({"his", "her", "their", "its", "my", "our", "your"})

# How many sentences back a gendered pronoun looks past a person of the other gender
# for one of its own (further back, "she" is more often someone unnamed: "A woman who
# … said …").
PERSON_REACH = 5

# How many sentences back "they" may find a group when no body was cited before it (a
# subject group in the sentence before is nearer than a body cited earlier).
GROUP_REACH = 3


class PronounLookup(DescriptionLookup):
    """The lookups a pronoun needs, over the people and groups of one document."""

    groups: list[tuple[Mention, bool]]  # plural groups (and whether subjects) by their ends
    group_ends: list[int]
    bodies: list[Mention]  # singular bodies named as subjects, by their ends
    body_ends: list[int]
    # where a message was named and the entity of its issuer, in text order
    messages: list[tuple[int, Entity]]
    # keys of the entities that count people ("Six in 10", "46 percent"): the people
    # counted, not the count, are what a later "they" or "we" stands for
    shares: set[int]
    resolve: Callable[[Mention], Entity]
    # the bodies spokespeople spoke for, where they spoke, and the gender their word gives
    spoken_for: list[tuple[int, Entity, str | None]]

    def _pronoun(self, m: Mention) -> Entity:
        word = m.head
        if word == "i" and (found := self._answerer(m.start)) is not None:
            return found  # "A: I think …": the interviewee, in a transcript
        if word in OWN_VOICE and not quoted(self.text, m.start):
            # outside quotes "I" and "we" are the writer's own voice ("we know that",
            # "We asked our followers"), or in a transcript the one answering (for a
            # group): one source however often it speaks, not a body or a group cited
            # before it
            return self._entity_named("unresolved", m.text, m)
        if word in VAGUE_DETERMINERS or word in INDEFINITE_PRONOUNS:
            # "Some say …", "those who …", "everyone agrees": nobody in particular
            return self._new("anonymous", m.text, m)
        if word in lexicon.MALE_PRONOUNS or word in lexicon.FEMALE_PRONOUNS:
            gender = "male" if word in lexicon.MALE_PRONOUNS else "female"
            found = self._spoken_since(self._latest_person(m.start, gender), m.start, gender) or (
                self._unnamed_before(m.start, gender) or self._named_after(m.start, gender)
            )
            if found is not None:
                return found
        elif word in lexicon.GROUP_PRONOUNS or word == "we":
            # "they" stands for a group or a body, not for one thing left unresolved
            # ("the mayor", "the platform") nor for one document ("The letter demands
            # … They say": its signatories); a group named as a subject since, cited or
            # not, is nearer; with nothing cited, any group named shortly before ("left
            # some of the energy experts bewildered. They said …")
            cited = max(
                (
                    e
                    for e in self.entities
                    if e.last_seen < m.start
                    and e.type != "person"
                    and not (e.type in ("unresolved", "document") and not e.plural)
                    and e.key not in self.shares
                ),
                key=lambda e: e.last_seen,
                default=None,
            )
            group = None
            if word in lexicon.GROUP_PRONOUNS:
                group = self._group_before(m.start, cited is not None)
            if group is not None and (cited is None or group.start > cited.last_seen):
                if group.label == "PERSON" and not group.plural:
                    # two people named together: "they" is the pair, which no one
                    # source stands for
                    return self._new("unresolved", m.text, m)
                return self.resolve(group)
            if cited is not None:
                return cited
        elif word in lexicon.NEUTER_PRONOUNS:
            cited = next(
                (
                    e
                    for e in sorted(self.entities, key=lambda e: -e.last_seen)
                    if e.last_seen < m.start
                    and e.type in ("organization", "outlet", "document")
                    and not e.plural
                ),
                None,
            )
            # "Amazon argued … The Appellate Court didn't agree with Amazon's stance. It
            # noted …": a body the sentence before has as its subject, cited or not, is
            # nearer than one cited earlier
            body = self._body_before(m.start)
            if body is not None and (cited is None or body.start > cited.last_seen):
                return self.resolve(body)
            # "Trump's tweet mocked … It shows …": the message, named since, is its author's
            message = next(((at, e) for at, e in reversed(self.messages) if at < m.start), None)
            if message is not None and (cited is None or message[0] > cited.last_seen):
                return message[1]
            if cited is not None:
                return cited
        return self._new("unresolved", m.text, m)

    def _body_before(self, at: int) -> Mention | None:
        """The last body named as a subject in the sentence of an offset or the one before."""
        sentence = bisect_right(self.sentence_starts, at) - 1
        since = self.sentence_starts[sentence - 1] if sentence >= 1 else 0
        before = self.bodies[: bisect_right(self.body_ends, at)]
        return before[-1] if before and before[-1].start >= since else None

    def _group_before(self, at: int, subject: bool) -> Mention | None:
        """The last group named before an offset: a subject in its sentence or the one
        before, or if ``subject`` is false any group up to ``GROUP_REACH`` sentences back."""
        sentence = bisect_right(self.sentence_starts, at) - 1
        back = 1 if subject else GROUP_REACH
        since = self.sentence_starts[sentence - back] if sentence >= back else 0
        for group, is_subject in reversed(self.groups[: bisect_right(self.group_ends, at)]):
            if group.start < since:
                return None
            if is_subject or not subject:
                return group
        return None

    def _answerer(self, at: int) -> Entity | None:
        """The interviewee, for a first-person word in a transcript's answer (outside
        the quotations it cites)."""
        transcript, person = self._transcript
        if transcript is None or person is None or not transcript.answering(at):
            return None
        return None if quoted(self.text, at) else self._person(person)

    @cached_property
    def _transcript(self) -> tuple[Transcript | None, Mention | None]:
        """The document's transcript, if it is one, and its interviewee: once a document."""
        transcript = find_transcript(self.text)
        if transcript is None:
            return None, None
        return transcript, interviewee(self.text, self.people, transcript.intro_end)

    @cached_property
    def _people_by_gender(self) -> dict[str, tuple[list[int], list[Mention]]]:
        """For each gender, the people named who may have it (it or unknown), in text
        order with their offsets: computed once per document, looked up by bisection."""
        out = {}
        for gender in ("male", "female"):
            fit = [p for p, g in self._antecedents if g in (gender, None)]
            out[gender] = ([p.start for p in fit], fit)
        return out

    @cached_property
    def _antecedents(self) -> list[tuple[Mention, str | None]]:
        """The people a gendered pronoun may point back to, in text order, with their
        gender: the people named, and the short names of people named in full that the
        tagger called a body or a place ("Trump" tagged ORG, "Ginsburg" GPE, "Melania"
        GPE), each with the gender of the full name it shortens."""
        people = {id(p) for p in self.people}
        by_word: dict[str, set[str | None]] = {}
        for _, words, last, gender in self._full_names:
            for word in {last, words[0]} if given_first(words) else {last}:
                by_word.setdefault(word, set()).add(gender)
        out = []
        for m in self.names:
            words = (m.name or m.text).split()
            before = self.text[max(0, m.start - 12) : m.start].split()[-1:]
            if len(words) == 1 and before and before[0].lower() in OWNERS:
                continue  # "his Ring camera", "her Tesla": a thing of theirs, no one
            if id(m) in people:
                out.append((m, gender_of(m)))
                continue
            # "Trump's rallies", "a Trump rally", "a vote for Trump": a possessor, a
            # modifier or an object is seldom whom the next "he" means
            owner = self.text[m.end : m.end + 2] in POSSESSIVES
            governed = bool(before) and before[0].lower() in NOT_SUBJECT_BEFORE
            if len(words) == 1 and words[0] in by_word and not (owner or governed or platform(m)):
                genders = by_word[words[0]]
                out.append((m, next(iter(genders)) if len(genders) == 1 else None))
        return out

    def _latest_person(self, before: int, gender: str) -> Entity | None:
        # the person cited last before the pronoun: a full name found further on ("Mr Mac
        # Cárthaigh was unconvinced") may have lent its name already, and counts only there
        best_entity, best_at = None, -1
        for entity in self.entities:
            if entity.gender not in (gender, None):
                continue
            at = entity.last_before(before)
            if at > best_at and (entity.type == "person" or self._unnamed_nearby(entity, before)):
                best_entity, best_at = entity, at
        starts, people = self._people_by_gender[gender]
        # the person named last in a sentence after the one where a person was cited last
        # (the speaker stays the topic over the people named in what they said: "Reid
        # said that Sanders has energized people. He added …" is Reid); a person named
        # whom an earlier pronoun gave the other gender ("Sparks says …, he adds"; later
        # "she says") is not the one meant, nor is a short name that stands for someone
        # of the other gender: the one named before is, if named shortly before
        since = -1
        if best_entity is not None:  # the end of the sentence where it was cited last
            after = bisect_right(self.sentence_starts, best_at)
            starts_after = self.sentence_starts[after:]
            since = starts_after[0] - 1 if starts_after else before
        near = self._reach_start(before)
        # an object ("is producing a Frühburgunder, he agrees") gives way to a subject
        # named in its sentence or the one before: the topic a "he" keeps to
        fallback: Entity | None = None
        floor = -1
        for n, person in enumerate(reversed(people[: bisect_left(starts, before)])):
            if person.start <= since or (n and person.start < near) or person.start < floor:
                break
            entity = self._person(person, gender)
            if entity.gender not in (gender, None):
                continue
            if person.object:
                if fallback is None:
                    fallback = entity
                    before_object = bisect_right(self.sentence_starts, person.start) - 2
                    floor = self.sentence_starts[before_object] if before_object >= 0 else 0
                continue
            entity.gender = entity.gender or gender
            return entity
        if fallback is not None:
            fallback.gender = fallback.gender or gender
            return fallback
        if best_entity is not None:
            best_entity.gender = best_entity.gender or gender
        return best_entity

    def _spoken_since(self, found: Entity | None, at: int, gender: str) -> Entity | None:
        """The body a spokesperson spoke for, if they spoke after the person found was
        last named, a few sentences back at most: "A spokeswoman for the university said
        … She added …" is the spokeswoman, whose words are the university's, not a woman
        named before her."""
        since = found.last_before(at) if found is not None else -1
        near = self._reach_start(at)
        for spoke, body, said_gender in reversed(self.spoken_for):
            if spoke < at and said_gender in (gender, None):
                return body if spoke > since and spoke >= near else found
        return found

    def _reach_start(self, at: int) -> int:
        """Where the sentence ``PERSON_REACH`` sentences before an offset's begins: how far
        back a gendered pronoun looks."""
        sentence = bisect_right(self.sentence_starts, at) - 1
        return self.sentence_starts[sentence - PERSON_REACH] if sentence >= PERSON_REACH else 0

    def _named_after(self, at: int, gender: str) -> Entity | None:
        """The person a pronoun with no one before it points forward to (see
        ``forward.named_after``)."""
        starts, people = self._people_by_gender[gender]
        person = named_after(self.text, at, starts, people, self.sentence_starts, self.headings_end)
        return self._person(person, gender) if person is not None else None

    def _unnamed_before(self, before: int, gender: str) -> Entity | None:
        """With no one named before it who may be meant, the unnamed person cited last,
        a few sentences back at most, whose words do not give the other gender ("A woman
        who said she was the victim's mother admitted …. She said he never robbed
        anyone")."""
        near = self._reach_start(before)
        unnamed = [
            (at, entity)
            for entity in self.entities
            if _someone_unnamed(entity)
            and (at := entity.last_before(before)) >= near
            and _unnamed_gender(entity) in (gender, None)
        ]
        found = max(unnamed, key=lambda pair: pair[0], default=None)
        return found[1] if found is not None else None

    def _unnamed_nearby(self, entity: Entity, before: int) -> bool:
        """One unnamed person in the same sentence ("A government official, who spoke on
        condition of anonymity because he was not authorized …"): further back, "he" is
        more often someone named (measured on PolNeAR train)."""
        sentence = bisect_right(self.sentence_starts, before) - 1
        start = self.sentence_starts[sentence] if sentence >= 0 else 0
        return _someone_unnamed(entity) and entity.last_seen >= start


def _someone_unnamed(entity: Entity) -> bool:
    """One unnamed person ("a government official"), whom "he" or "she" can refer to."""
    words = entity.name.lower().split()
    return (
        entity.type == "anonymous"
        and not entity.plural
        and bool(words)
        and (words[-1] in lexicon.TITLES or words[-1] in lexicon.ANONYMOUS_HEADS)
    )


def _unnamed_gender(entity: Entity) -> str | None:
    """The gender an unnamed person's words give ("a woman", "the victim's father")."""
    words = set(entity.name.lower().split())
    if words & lexicon.TITLES_FEMALE:
        return "female"
    return "male" if words & lexicon.TITLES_MALE else entity.gender
