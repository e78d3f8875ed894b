"""Who a source mention refers to (``mention_kinds`` reads what kind of source it is).

Mentions are resolved in text order, the way a reader does: people as ``people`` finds
them (a surname, a title, an age or a pronoun pointing back to the one introduced with
it), a short name or a description of a body to the body named before ("the authority"
after "the Coast Ports Authority"), "the news wire" to the outlet cited last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import dropwhile

from spacy.lang.en.stop_words import STOP_WORDS

from newsaudit.data import lexicon
from newsaudit.entities import Entity
from newsaudit.mention_kinds import (
    DOCUMENT_APPOSITIONS,
    ORG_LABELS,
    POSSESSIVE_ENDINGS,
    body_name,
    classify,
    described_name,
    first_named,
    is_share,
    legal_form,
    platform,
    possessor,
    shortens,
    spellings,
    strip_det,
)
from newsaudit.outlet_names import (
    GROUP_OF_OUTLETS,
    HEADLINE_OUTLETS,
    SURELY_OUTLETS,
    OutletNames,
    is_descriptor,
    owning_descriptor,
    unnamed_outlet,
    written_name,
)
from newsaudit.person_names import name_in_role, surname
from newsaudit.pronouns import PronounLookup
from newsaudit.rules.base import Mention
from newsaudit.rules.names import FIRST_NAMES, given
from newsaudit.rules.names import HONORIFIC_WORDS as HONORIFICS

# The first words of mentions that show a source to be a person.
PERSONAL_WORDS = lexicon.MALE_PRONOUNS | lexicon.FEMALE_PRONOUNS | HONORIFICS | lexicon.TITLES
# Heads of descriptions of a business that point back to the one named last ("the
# company", "the grocery giant", "the supermarket chain").
COMPANY_HEADS = frozenset(
    {"company", "firm", "operator", "carrier", "airline", "retailer", "giant", "chain"}
    | {"grocer", "supermarket", "insurer", "lender", "manufacturer", "conglomerate"}
    | {"supplier", "distributor", "automaker", "carmaker", "brand", "business"}
)


# The word at an issuer's offset: the noun of its message ("statement", "e-mail").
WORD_AT = re.compile(r"[\w-]+")
# Descriptions of a place of learning or care that point back to the last one named,
# by the words its name holds ("the institution" after "Coventry University", "the
# school" after "Hollis Community College").
SCHOOLS = frozenset({"university", "college", "school", "academy", "polytechnic"})
INSTITUTION_KINDS = {
    "institution": SCHOOLS | {"institute", "museum", "hospital", "library", "foundation"},
    "school": SCHOOLS,
}


class Resolver(PronounLookup):
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
        self.spoken_for: list[tuple[int, Entity]] = []
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
                # "the agency" after "NZ Transport Agency regional manager …": a body
                named = self._body_in_text(m) or strip_det(m.text)
                return self._entity_named("organization", named, m)
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
            entity = self._described_person(m) or self._referred_back(m)
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
        return before[-1] if before and _definite(m) else None

    def _announcing_body(self, m: Mention) -> Entity | None:
        """ "According to the release" with no issuer named: a press release or statement
        is a body's, and "the" points to the one cited last ("the Coast Guard announced
        Monday. According to the release, …"). After a person, whose words may be a
        statement or an interview, it is left a document."""
        if m.proper or m.head not in lexicon.ISSUED_STATEMENTS or not _definite(m):
            return None
        before = [e for e in self.entities if e.last_seen < m.start]
        cited = max(before, key=lambda e: e.last_seen, default=None)
        return cited if cited is not None and cited.type == "organization" else None

    def _surname_named_before(self, m: Mention) -> bool:
        """ "Guardian added" after "Mayor Don Guardian": one word that is the surname of a
        person named before in full is that person, though an outlet goes by it."""
        if " " in m.text or not m.proper:
            return False
        return any(p.start < m.start and family == m.text for p, _, family, _ in self._full_names)

    def _someone(self, name: str) -> bool:
        """Whether a single name is a person's by what the rest of the document says,
        whatever the tagger called it here: a person cited by that name or a full name
        ending in it (a source the tagger missed as a name), or opening with it where the
        family name comes first ("Cheung" for Cheung Ka-ho), a name of a person's shape that ends in
        it ("Djokovic" after "Novak Djokovic" tagged ORG: a body is shortened to its
        first words, "Veltrane" for "Veltrane Therapeutics", a person to the last), a
        first name before it anywhere in the text, a quote or a headline included, or
        or an honorific before it anywhere."""
        return (
            any(e.type == "person" and _named_by(e, name) for e in self.entities)
            or self._name_ending_in(name) is not None
            or self._named_in_text(name) is not None
            or self._called_person(name)
        )

    def _shortened_place(self, m: Mention) -> str | None:
        """The name of a place or body named before that "the" and its last word shorten
        ("the county" for "Hollis County"), written as a name even in a capitals
        dateline."""
        for named in reversed(self.names):
            if named.start >= m.start or named.label not in ORG_LABELS:
                continue
            name = strip_det(named.name or named.text)
            if shortens(m, name):
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
            if org.start < m.start and shortens(m, name) and self._named_as_such(org, name):
                return self._entity_named("organization", name, org)
        if m.proper and (spelled := self._spelled_out(m)):
            # "the RNC", "the ISA" for the "Iran Sanctions Act", a text of law
            law = spelled.split()[-1].lower() in DOCUMENT_APPOSITIONS
            return self._entity_named("document" if law else "organization", spelled, m)
        kinds = INSTITUTION_KINDS.get(" ".join(strip_det(m.text).lower().split()))
        if kinds is not None and not m.plural:
            # "the institution called it illegal" after "Coventry University"
            for org in reversed(self.organizations):
                if org.start < m.start and {w.lower() for w in org.text.split()} & kinds:
                    return self._entity_named("organization", strip_det(org.text), org)
        if _business_description(m):
            # "the company said" after "Harbourlink Ferries": the business named last, not
            # a public body ("the ministry", "the Food and Drug Administration"); in a lead
            # that names it only later ("the operator said … Harbourlink Ferries"), the
            # first one named after
            businesses = [
                org
                for org in self.organizations
                if _business_named(org.text)
                and not self._surname_named_before(org)  # "According to Doucet": a person
            ]
            before = [org for org in businesses if org.start < m.start]
            after = [org for org in businesses if org.start > m.start]
            # a name with a legal form is surely a business ("Sunrise Timber Ltd. will
            # close its mill in Baie-Comeau, Que., the company said": not the town)
            legal = [org for org in before if legal_form(org.text)]
            before = legal or before
            org = before[-1] if before else after[0] if after else None
            cited = self._business_cited_after(org.start if org and before else -1, m.start)
            if cited is not None and not legal:
                return cited  # a business the recognizer missed, cited since
            if org is not None:
                return self._entity_named("organization", strip_det(org.text), org)
        if m.start < self.headings_end:
            return self._named_in_body(m)
        named = self._body_in_text(m)
        if named is not None:
            return self._entity_named("organization", named, m)
        return None

    def _business_cited_after(self, after: int, before: int) -> Entity | None:
        """The business cited last between two offsets, as a source ("Northern Shore Ferry
        Services … said in a statement"), though the recognizer named no body there."""
        surnames = {family for _, _, family, _ in self._full_names}
        cited = [
            (entity.last_before(before), entity)
            for entity in self.entities
            if entity.type == "organization"
            and _business_named(entity.name)
            and entity.name not in surnames  # "Alley", a surname taken for a body
        ]
        cited = [(at, entity) for at, entity in cited if after < at]
        return max(cited, key=lambda pair: pair[0])[1] if cited else None

    def _spoken_for(self, m: Mention) -> Entity | None:
        """The body a spokesperson speaks for, named in a "for" phrase or before the word
        ("a spokesperson for Caledonian Northern Bank", "a Welsh Government spokesperson",
        "a spokesman for the ministry" after the Ministry of Fisheries): what they say is
        the body's on the record; "the spokesperson" later is the one who spoke for it.
        Not a person's spokesperson ("a Trump spokeswoman")."""
        if m.head not in lexicon.SPEAKERS_FOR or m.plural or m.proper:
            return None
        body = self._body_spoken_for(m)
        if body is not None:
            self.spoken_for.append((m.start, body))
        elif m.text.lower().split()[0] == "the" and not m.role:
            body = next((e for at, e in reversed(self.spoken_for) if at < m.start), None)
        return body

    def _body_spoken_for(self, m: Mention) -> Entity | None:
        role = (m.role or "").split("; ")[0].split(" (")[0]  # not its "(UCEA)"
        if role.startswith("for "):
            named = strip_det(role[4:])
            if named[:1].islower():
                described = replace(m, text=role[4:], head=named.split()[-1], role=None)
                body = self._body_in_text(described)
                return self._entity_named("organization", body, m) if body else None
            return self._entity_named("organization", named, m) if _body_named(named) else None
        before = next((run for run in m.affiliations if f"{run} {m.head}" in m.text), None)
        if before is not None and _body_named(before):
            return self._entity_named("organization", strip_det(before), m)
        return None

    def _body_in_text(self, m: Mention) -> str | None:
        """ "the agency" after "NZ Transport Agency regional manager Hinemoa Kāretu-Evans",
        "the ministry" after "wrote to the Ministry of Fisheries and Aquaculture
        Development": a body named in passing, in a title or an object the parser gave no
        name of its own, is named last before the description by a capitalised name that
        ends on its noun or opens with it and an "of" or "for" phrase."""
        words = strip_det(m.text).split()
        if m.proper or m.plural or len(words) != 1 or not m.text.lower().startswith("the "):
            return None
        head = re.escape(words[0].capitalize())
        window = max(self.headings_end, m.start - BODY_REACH)  # not a title-case headline
        found = []
        for pattern in _body_names(head):
            for match in re.finditer(pattern, self.text[window : m.start]):
                # not the word that opens a sentence ("While Government ministers …")
                name = list(dropwhile(lambda w: w.lower() in STOP_WORDS, match.group(1).split()))
                if len(name) > 1:
                    found.append((match.start(1), " ".join(name)))
        return max(found, default=(0, None))[1]

    def _spelled_out(self, m: Mention) -> str | None:
        """The name a body's initials stand for, spelled out last before them (a
        headline's initials, anywhere in the body below it)."""
        key = strip_det(m.text)
        if key not in self._spellings:
            self._spellings[key] = spellings(key, self.text)  # once per set of initials
        before = len(self.text) if m.start < self.headings_end else m.start
        found = [name for at, name in self._spellings[key] if at < before]
        return found[-1] if found else None

    def _begins_body_name(self, m: Mention) -> bool:
        """Whether one untitled word, which nothing in the document makes a person's
        name, begins the name of a body the document names: a body is shortened to its
        first word ("Peabody" for "Peabody Energy"), a person to the last."""
        if " " in m.text or not m.proper or m.label == "PERSON" or m.title or m.personal:
            return False
        names = (strip_det(org.name or org.text).split() for org in self.organizations)
        begun = any(len(name) > 1 and name[0] == m.text for name in names)
        return begun and not self._someone(m.text)

    def _named_as_such(self, org: Mention, name: str) -> bool:
        """Whether a body's name is one: a headline's capitals run words together that the
        recogniser takes for one name ("Amazon Liable for Defective Products …"), so a
        name seen only in a headline counts when the body uses it too."""
        return org.start >= self.headings_end or name in self.text[self.headings_end :]

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


# A body's capitalised name that ends on a noun ("NZ Transport Agency") or opens with it
# and an "of"/"for" phrase ("Ministry of Fisheries and Aquaculture Development").
NAME_WORD = r"[A-Z][\w'’.-]*"
# How far back, in characters, a description looks for the body's name in the text.
BODY_REACH = 20_000


def _business_named(name: str) -> bool:
    """Whether a body's name may be a business's: no public body's word in it ("the
    ministry", "the Food and Drug Administration") and no paper's ("People magazine")."""
    words = [w.lower() for w in name.split()]
    return (
        not set(words) & lexicon.ORGANIZATION_HEADS
        and bool(words)
        and words[-1] not in lexicon.OUTLET_DESCRIPTORS
    )


def _body_names(head: str) -> tuple[str, str]:
    """The patterns of a name ending on ``head`` and of one opening with it."""
    ending = rf"\b((?:{NAME_WORD}\s+(?:(?:of|for|and|&)\s+)?){{1,5}}{head})\b"
    joined = rf"(?:\s+(?:(?:and|of|for|&)\s+)?{NAME_WORD})*"
    opening = rf"\b({head}\s+(?:of|for)\s+(?:the\s+)?{NAME_WORD}{joined})"
    return ending, opening


def _named_by(person: Entity, word: str) -> bool:
    """Whether a person cited is called by a word: a full name ending in it, or opening
    with it where it is no given name ("Cheung" of "Cheung Ka-ho", not "Ruth" of "Ruth
    Lee"); or that one word, where two ways the text refers to it show it a person's (a
    pronoun, an honorific, a title: "he", "the deputy minister"), not one stray "he"."""
    words = person.name.split()
    if len(words) == 1:
        ways = {" ".join(m.lower().split()) for m in person.mentions}
        personal = {m for m in ways if PERSONAL_WORDS & {w.rstrip(".") for w in m.split()}}
        return words[0] == word and len(personal) >= 2
    if surname(person.name) == word:
        return True
    return words[0] == word and given(word) not in FIRST_NAMES


def _body_named(name: str) -> bool:
    """Whether a capitalised name is a body's by its words ("Welsh Government",
    "Caledonian Northern Bank", "Department of State Development")."""
    words = {w.lower() for w in name.split()}
    return name[:1].isupper() and bool(words & lexicon.ORGANIZATION_HEADS)


def _message_kind(word: str) -> str | None:
    """What kind of message a noun names: a statement (a press release, an announcement)
    or one kind of written message ("letter", "emails"); None for any other noun."""
    word = word.lower()
    if word in lexicon.ISSUED_STATEMENTS:
        return "statement"
    if word in lexicon.WRITTEN_MESSAGES:
        return word.replace("e-mail", "email").removesuffix("s")
    return None


def _definite(m: Mention) -> bool:
    """ "the statement", "that release": one named before."""
    return m.text.lower().split()[:1] in (["the"], ["that"], ["this"])


def _headline_title(m: Mention) -> bool:
    """A title with no article before it, as headlines write them ("minister",
    "health chief")."""
    words = m.text.lower().split()
    return not m.plural and 1 <= len(words) <= 2 and words[-1] in lexicon.TITLES


def _business_description(m: Mention) -> bool:
    """ "the company", "the grocery giant": a definite description of a business."""
    return not m.proper and m.text.lower().startswith("the ") and m.head in COMPANY_HEADS
