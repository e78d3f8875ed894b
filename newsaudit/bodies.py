"""Who a description or a short name of a body refers to, and whether a single name is
a person's rather than a body's: "the authority" after "the Coast Ports Authority", "the
company" after "Harbourlink Ferries", "a spokesperson for the ministry" as the ministry,
"the release" as the body cited last; "Guardian" after "Mayor Don Guardian" as him.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import dropwhile

from spacy.lang.en.stop_words import STOP_WORDS

from newsaudit.body_names import legal_form, shortens, spellings
from newsaudit.data import lexicon
from newsaudit.entities import Entity
from newsaudit.mention_kinds import DOCUMENT_APPOSITIONS, ORG_LABELS, national_body
from newsaudit.person_names import given_first, surname, titled_gender
from newsaudit.pronouns import PronounLookup
from newsaudit.rules.base import Mention
from newsaudit.rules.names import FIRST_NAMES, given
from newsaudit.rules.names import HONORIFIC_WORDS as HONORIFICS
from newsaudit.textutil import strip_det

# The first words of mentions that show a source to be a person.
PERSONAL_WORDS = lexicon.MALE_PRONOUNS | lexicon.FEMALE_PRONOUNS | HONORIFICS | lexicon.TITLES
# A body's capitalised name that ends on a noun ("NZ Transport Agency") or opens with it
# and an "of"/"for" phrase ("Ministry of Fisheries and Aquaculture Development").
NAME_WORD = r"[A-Z][\w'’.-]*"
# How far back, in characters, a description looks for the body's name in the text.
BODY_REACH = 20_000
# Heads of descriptions of a business that point back to the one named last ("the
# company", "the grocery giant", "the supermarket chain").
COMPANY_HEADS = frozenset(
    {"company", "firm", "operator", "carrier", "airline", "retailer", "giant", "chain"}
    | {"grocer", "supermarket", "insurer", "lender", "manufacturer", "conglomerate"}
    | {"supplier", "distributor", "automaker", "carmaker", "brand", "business"}
)
# Heads of descriptions that fit any body ("the group", "the agency said"): the body
# named or cited last before, close by.
BODY_HEADS = frozenset(
    {"group", "organization", "organisation", "agency", "association", "body", "coalition"}
    | {"authority"}
)
# How far back, in characters, "the group" looks for the body it stands for.
BODY_NEAR = 1_500
# Words of a description that say where a body works or whose it is, not what it does:
# any body may be "the provincial agency" or "the new authority".
GENERIC_MODIFIERS = frozenset(
    {"provincial", "regional", "federal", "local", "national", "state", "city", "county"}
    | {"municipal", "public", "private", "new", "former", "territorial", "district"}
)
# A description of a body's kind set off after its name: ", the provincial health
# authority", its head word in group 1.
SET_OFF_KIND = re.compile(r", (?:the|a|an) (?:[a-z-]+ )*?([a-z]+)\b(?=[,.;)]| (?:said|says))")
# Public bodies whose names need not hold the word ("Manitoba Health", "Health Canada"):
# "the department said" is the one cited close before when no Department is named.
DEPARTMENT_HEADS = frozenset({"department", "ministry"})
# What opens a description of a body by its kind: "the union", or the owner the sentence
# has just named ("workers walked out, their union said").
KIND_DETERMINERS = frozenset({"the", "its", "their"})
# Descriptions of a place of learning or care that point back to the last one named,
# by the words its name holds ("the institution" after "Coventry University", "the
# school" after "Hollis Community College").
SCHOOLS = frozenset({"university", "college", "school", "academy", "polytechnic"})
INSTITUTION_KINDS = {
    "institution": SCHOOLS | {"institute", "museum", "hospital", "library", "foundation"},
    "school": SCHOOLS,
}


class BodyLookup(PronounLookup):
    """The lookups that find the body a description or a short name points to, over the
    bodies and people of one document."""

    organizations: list[Mention]  # bodies the recognizer named, in text order
    _spellings: dict[str, list[tuple[int, str]]]

    def _announcing_body(self, m: Mention) -> Entity | None:
        """ "According to the release" with no issuer named: a press release or statement
        is a body's, and "the" points to the one cited last ("the Coast Guard announced
        Monday. According to the release, …"). After a person, whose words may be a
        statement or an interview, it is left a document."""
        if m.proper or m.head not in lexicon.ISSUED_STATEMENTS or not definite(m):
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
            if spelled.split()[-1].lower() in lexicon.TITLES:
                # "the DC" after "Deputy Commissioner Imran Qureshi": an office in
                # initials is whoever holds it, not a body
                return self._described_person(m)
            # "the RNC", "the ISA" for the "Iran Sanctions Act", a text of law
            law = spelled.split()[-1].lower() in DOCUMENT_APPOSITIONS
            return self._entity_named("document" if law else "organization", spelled, m)
        kinds = INSTITUTION_KINDS.get(" ".join(strip_det(m.text).lower().split()))
        if kinds is not None and not m.plural:
            # "the institution called it illegal" after "Coventry University"
            for org in reversed(self.organizations):
                if org.start < m.start and {w.lower() for w in org.text.split()} & kinds:
                    return self._entity_named("organization", strip_det(org.text), org)
        body = self._described_body(m, BODY_HEADS) or self._described_again(m)
        if body is not None:
            return body
        if _business_description(m):
            # "the company said" after "Harbourlink Ferries": the business named last, not
            # a public body ("the ministry", "the Food and Drug Administration"); in a lead
            # that names it only later ("the operator said … Harbourlink Ferries"), the
            # first one named after
            businesses = [
                org
                for org in self.organizations
                if business_named(org.text)
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
        lead_end = self._lead_end()
        if lead_end is not None and m.start < lead_end and _described_by_kind(m):
            # "…, the regional health authority says." closing a lead, then "Prairie
            # Mountain Health announced …": the body whose name opens the next sentence
            found = next((org for org in self.organizations if org.start >= lead_end), None)
            if found is not None and not self.text[lead_end : found.start].strip():
                return self._entity_named("organization", strip_det(found.text), found)
        named = self._body_in_text(m)
        if named is not None:
            return self._entity_named("organization", named, m)
        # "In an emailed statement, Manitoba Health said …. The department said": with no
        # Department named, the body cited close before
        return self._described_body(m, DEPARTMENT_HEADS)

    def _described_body(self, m: Mention, heads: frozenset[str]) -> Entity | None:
        """ "The Pacific Homebuilders Council, which represents developers, welcomed the
        law. … the group said": a bare "the group", "the agency" or their like (``heads``)
        is the body cited last before it, close by, else the one named last whose name
        says it is one -- not when a group of people is spoken of since ("a group of
        parents … the group said")."""
        if m.proper or m.plural or m.head not in heads or m.text.lower() != f"the {m.head}":
            return None
        before = m.start
        # one cited before, a source, over one only named since ("Prairie Mountain Health
        # announced that the ER at Rivers Crossing District Hospital … . Patients will
        # travel to Brandon, the authority said"): where it stands, its name, the body
        cited = [
            (entity.last_before(before), entity.name, entity)
            for entity in self.entities
            if entity.type == "organization"  # cited: a body whatever its name
        ]
        named = [
            (org.start, org.text, org)
            for org in self.organizations
            if before - BODY_NEAR < org.start < before
            and (_body_named(strip_det(org.text)) or self._set_off_as(org, m.head))
        ]
        near = [found for found in cited if before - BODY_NEAR < found[0]] or named
        if not near:
            return None
        at, name, body = max(near, key=lambda found: found[0])
        # "… Sandy Hook. The nation's largest gun group …. The group said", "… the
        # transportation department had kept it in the dark. The department said": a
        # group, or one described by the same noun since the body, is the one meant (not
        # "the organization's", which is the body again)
        since = self.text[at + len(name) : before]
        since = since[_kind_set_off(since, m.head) :]  # its own description, not another's
        described = rf"\b(?!(?:the|its|their)\b)[a-z]+ {m.head}s?\b"
        if re.search(rf"\b(?:[Gg]roups?\b|{described})", since) or self._group_since(at, before):
            return None
        if isinstance(body, Entity):
            return body
        return self._entity_named("organization", strip_det(name), body)

    def _set_off_as(self, org: Mention, head: str) -> bool:
        """Whether a name is set off by a description of its kind ("Harbour Health, the
        provincial health authority,"), which tells what the body is when its name does
        not."""
        return _kind_set_off(self.text[org.end : org.end + 80], head) > 0

    def _described_again(self, m: Mention) -> Entity | None:
        """ "the health authority" after "the regional health authority" was found to be
        Prairie Mountain Health: a description of a body by its kind, with a word
        beside its noun, that repeats the words of one a named body was cited by is that
        body (the one cited so last), as "the energy experts" is the group cited as "the
        state's energy experts"."""
        words = _kind_words(m.text) if _described_by_kind(m) else None
        if words is None or len(words) < 2:
            return None  # a bare "the company" may be any company: see _described_body
        # "the health authority" after "Nova Scotia Health said": what the body does, said
        # by a word its name holds
        telling = words - {m.head} - GENERIC_MODIFIERS
        again = [
            (entity.last_before(m.start), entity)
            for entity in self.entities
            if entity.type == "organization"
            and entity.name[:1].isupper()  # not "health authority", a description unresolved
            and (
                telling & set(entity.name.lower().split())
                or any(
                    d.split()[-1].lower() == m.head and words <= (_kind_words(d) or set())
                    for d in entity.mentions
                )
            )
        ]
        again = [(at, entity) for at, entity in again if at >= 0]
        return max(again, key=lambda found: found[0])[1] if again else None

    def _group_since(self, after: int, before: int) -> bool:
        """Whether people were spoken of as a group between two offsets ("protesters",
        "All the Republicans"), whom "the group" may stand for."""
        return any(after < group.start < before for group, _ in self.groups)

    def _business_cited_after(self, after: int, before: int) -> Entity | None:
        """The business cited last between two offsets, as a source ("Northern Shore Ferry
        Services … said in a statement"), though the recognizer named no body there."""
        surnames = {family for _, _, family, _ in self._full_names}
        cited = [
            (entity.last_before(before), entity)
            for entity in self.entities
            if entity.type == "organization"
            and business_named(entity.name)
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
            self.spoken_for.append((m.start, body, titled_gender(m)))
        elif m.text.lower().split()[0] == "the" and not m.role:
            body = next((e for at, e, _ in reversed(self.spoken_for) if at < m.start), None)
        return body

    def _body_spoken_for(self, m: Mention) -> Entity | None:
        role = (m.role or "").split("; ")[0].split(" (")[0]  # not its "(UCEA)"
        if role.startswith("for "):
            named = _unowned(strip_det(role[4:]))
            if named[:1].islower():
                described = replace(m, text=role[4:], head=named.split()[-1], role=None)
                body = self._body_in_text(described)
                if body:
                    return self._entity_named("organization", body, m)
                # "a spokeswoman for the company" after "Glenmore Ferries raised fares":
                # the body "the company" itself would stand for
                return self._named_organization(described)
            # "a spokesperson for Maple Crest Manor": a name of words that no one is
            # named by, as no person's name begins ("a spokeswoman for Ann Lee" is hers)
            words = named.split()
            unpersonal = (
                len(words) > 1
                and not given_first(words)
                and words[0].lower() not in PERSONAL_WORDS  # "for Mayor Frank G. Jackson"
                and not self._someone(words[-1])
            )
            body = _body_named(named) or (unpersonal and named[:1].isupper())
            return self._entity_named("organization", named, m) if body else None
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


def business_named(name: str) -> bool:
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


def _unowned(name: str) -> str:
    """A body's name without the description that owns it ("the province's Department of
    Health" is the Department of Health)."""
    owner, _, rest = name.partition(" ")
    owned = owner[:1].islower() and owner.endswith(("'s", "’s"))
    return rest if owned and _body_named(rest) else name


def _kind_set_off(text: str, head: str) -> int:
    """Where a description of a body's kind by ``head`` set off at the start of ``text``
    (", the provincial health authority") ends, or 0."""
    set_off = SET_OFF_KIND.match(text)
    return set_off.end() if set_off is not None and set_off.group(1) == head else 0


def _described_by_kind(m: Mention) -> bool:
    """ "the regional health authority", "their union": a body described by what it is,
    in lower-case words and no owner named ("the Democratic nominee's campaign" is
    someone's)."""
    return (
        not m.proper
        and not m.plural
        and m.head in lexicon.ORGANIZATION_HEADS
        and _kind_words(m.text) is not None
    )


def _kind_words(text: str) -> set[str] | None:
    """The words of a description of a body by what it is ("the health authority": its
    article or owning pronoun, then lower-case words), or None for any other text."""
    words = text.split()
    if len(words) < 2 or words[0].lower() not in KIND_DETERMINERS:
        return None
    if not all(w.islower() and w.isalpha() for w in words[1:]):
        return None
    return {w.lower() for w in words[1:]}


def _body_named(name: str) -> bool:
    """Whether a capitalised name is a body's by its words ("Welsh Government",
    "Caledonian Northern Bank", "Department of State Development")."""
    words = {w.lower() for w in name.split()}
    national = national_body(name.split())  # "Fisheries and Oceans Canada"
    return name[:1].isupper() and (bool(words & lexicon.ORGANIZATION_HEADS) or national)


def _business_description(m: Mention) -> bool:
    """ "the company", "the grocery giant": a definite description of a business."""
    return not m.proper and m.text.lower().startswith("the ") and m.head in COMPANY_HEADS


def definite(m: Mention) -> bool:
    """ "the statement", "that release": one named before."""
    return m.text.lower().split()[:1] in (["the"], ["that"], ["this"])
