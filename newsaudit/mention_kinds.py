"""What kind of source a mention is, read from its own words: a person's name, a body, a
document, an unnamed or vague source, or a title or age that stands for someone named
elsewhere. ``sources.Resolver`` then decides whom or what it refers to.

The small spaCy model's entity labels are one signal among several (name shape,
honorifics, titles, appositive roles), because it mislabels names it has not seen.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsaudit.body_names import kind_words, legal_form
from newsaudit.data import lexicon, surnames
from newsaudit.person_names import (
    ROLE_END,
    census_given,
    first_role,
    fold_surname,
    given_first,
    name_set_off_in_role,
    name_with_given,
    person_name,
)
from newsaudit.rules.base import Mention
from newsaudit.rules.names import (
    FIRST_NAMES,
    NAME_PARTICLES,
    PATRONYMIC_PARTICLES,
    PERSON_NOUNS,
    TITLE_SUFFIXES,
    TITLE_WORDS,
    body_kind_ends,
    given,
)
from newsaudit.rules.names import HONORIFIC_WORDS as HONORIFICS
from newsaudit.shares import QUANTIFIERS, counted_group, is_share
from newsaudit.textutil import strip_det

# Finds the mention of a person named in the document by a surname ("Fesenko").
KnownSurname = Callable[[str], Mention | None]

ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
# Words that make a proper name a body's: heads of bodies, and "Trust", a body only by name.
BODY_NAME_HEADS = lexicon.ORGANIZATION_HEADS | lexicon.NAME_ONLY_BODY_HEADS
# Words in a role set off before a name that make it a person's: an office, a relation.
PERSON_ROLE_WORDS = lexicon.TITLES | lexicon.KIN_NOUNS
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
# Words that are heads of unnamed groups even without a determiner ("Western intelligence").
UNNAMED_GROUPS = frozenset({"intelligence", "authorities", "officials", "sources", "insiders"})
# One member of a party or camp ("a Democrat", "one senior Republican"), not the party.
PARTY_MEMBERS = frozenset(
    {"republican", "democrat", "conservative", "liberal", "independent", "incumbent", "tory"}
)
# Plural nouns, and the lemmas of plural nouns, that name people or bodies a "they" may
# stand for ("experts", "officials", "newspapers", "unions").
PEOPLE_WORDS = PERSON_NOUNS | UNNAMED_GROUPS
PEOPLE_LEMMAS = (
    PERSON_NOUNS | lexicon.ORGANIZATION_HEADS | PARTY_MEMBERS | lexicon.OUTLET_DESCRIPTORS
)
# How words for one member of a nation or faith end ("Kentuckian", "Israeli", "Briton",
# "Muslim", "Sikh").
MEMBER_ENDINGS = ("an", "ese", "i", "on", "im", "er", "ist", "sh", "ch", "ic")
# A possessor's name and a common noun it owns: "Mr. Ryan's comments".
POSSESSED = re.compile(r"^(?:the )?([A-Z][\w.\- ]*?)(?:['’]s|(?<=s)['’]) \S.*$")
# How a possessive ends: "Ryan's", and after a final "s" the bare apostrophe ("Sanders'
# campaign", "the Veterans' Affairs Department").
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
# How many words a description in apposition that names a body may run to ("a local
# advocacy organization").
MAX_BODY_DESCRIPTION = 4
# Heads of documents as sources, and of an apposition that makes a name one ("Fair
# Shares, a report by …").
DOCUMENT_APPOSITIONS = (
    lexicon.DOCUMENT_HEADS
    | lexicon.CITED_WORKS
    | lexicon.LEGAL_TEXTS
    | lexicon.OUTLET_WORKS
    | lexicon.DISPLAYED_TEXTS
)
# Labels of places and of groups: never an outlet by apposition, and their names end in no
# one's surname ("Puerto Rico", "Utah Republican").
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
# What a place is called in apposition to its name ("Amazonas, the largest state in
# Brazil"): a place, whose government speaks for it, not a person of that name.
PLACE_KINDS = frozenset(
    {"state", "city", "country", "province", "region", "town", "village", "county"}
    | {"district", "island", "nation", "territory", "capital", "municipality"}
)


def classify(
    m: Mention, known_surname: KnownSurname, someone: Callable[[str], bool] | None = None
) -> str:
    """What kind of source a mention is by its own words: "person", "organization",
    "document", "anonymous", "description" (a title standing for someone named elsewhere),
    "age" ("the 54-year-old"), "words" (someone's words standing for them: "Ryan's
    comments") or "unresolved". ``known_surname`` finds a person named in
    the document by a surname; ``someone`` tells whether the document names a person by
    a single name in other ways (see ``Resolver._someone``)."""
    head = m.head
    words = m.text.lower().split()
    first = words[0] if words else ""
    # "a discussion paper", "a blog post": a kind of document named by two words, where
    # "paper" or "post" alone is more often a newspaper or a job
    kind_of_work = " ".join(words[-2:])
    if (head in DOCUMENT_APPOSITIONS or kind_of_work in DOCUMENT_APPOSITIONS) and not m.proper:
        return "document"
    if m.label == "LAW":
        return "document"  # "the Clean Harbors Act requires …": a text of law, named
    if len(words) == 1 and m.text[:1].isupper() and known_surname(m.text):
        return "person"  # "Trump said" or "King said", whatever the tagger thought
    particles = len(words) > 1 and all(w in NAME_PARTICLES for w in words[:-1])
    family = m.text.split()[-1]
    if particles and m.proper and (known_surname(family) or (someone and someone(family))):
        return "person"  # "ap Gwilym said", "Du Toit said": a surname with its particle
    if m.proper and _patronymic(m.text.split()):
        return "person"  # "Ngugi wa Kamau", which the recognizer may take for a body
    if len(words) == 1 and m.proper and not m.plural and someone is not None and someone(m.text):
        return "person"
    if _surname_as_noun(m):
        return "person"  # "Sanders sided with …": a surname in "-s" tagged a plural noun
    if m.personal and m.text[:1].isupper():
        return "person"  # "Ruiz, 54, said", "Lewis herself said": no body is so described
    # "the chief executive", "the company's spokesman", a headline's bare "Mayor": a
    # title that points to someone named elsewhere in the article
    definite = first == "the" or first.endswith(POSSESSIVE_ENDINGS)
    # a headline's "Mayor:" or "Bitola challenger:": capitalised, with no determiner
    bare = (
        m.text[:1].isupper()
        and not m.plural
        and len(words) <= 3
        and first not in VAGUE_DETERMINERS
        and first not in ("this", "that", "another")
        # "Bitola challenger", not "Shanna Challenger" (a surname that is also a title)
        and (len(words) == 1 or not m.text.split()[-1][:1].isupper() or m.label != "PERSON")
    )
    # "the Prime Minister", "the Opposition MP": capitalised, but a title with no name
    untitled = m.proper and definite and len(words) <= 4 and not _has_given_name(m)
    if _postnominal_name(m):
        return "person"  # "Ewan Quirk MP said": a name with its seat's letters after it
    office = head in lexicon.TITLES or head in lexicon.LEGISLATORS
    if office and name_set_off_in_role(m) is not None:
        return "description"  # "head of corporate affairs Mutale Banda": the name is the role's
    if head in lexicon.TITLES and (definite or bare) and (not m.proper or bare or untitled):
        return "description"
    described = head in lexicon.DESCRIPTION_NOUNS or head in lexicon.KIN_NOUNS
    if described and first == "the" and not m.plural and not m.proper:
        return "description"  # "the businessman", "the real estate mogul", "the widow"
    if AGE.match(m.text):
        return "age"
    if not m.proper and (head in VAGUE_DETERMINERS or head in lexicon.VAGUE_SOURCE_WORDS):
        return "anonymous"
    if not m.proper and head in lexicon.ANONYMOUS_HEADS:
        return "anonymous"
    if not m.proper and head in UNNAMED_GROUPS:
        return "anonymous"
    if not m.proper and m.plural and head in lexicon.ORGANIZATION_HEADS and first != "the":
        if head in lexicon.COLLECTIVE_BODIES and len(words) == 1:
            return "organization"  # "Police said": the force, as "the police" is
        return "anonymous"
    if not m.proper and head in lexicon.ORGANIZATION_HEADS:
        return "organization"
    if is_share(m):
        return "anonymous"  # "Six in 10", "nearly half", "61 percent": a count of people
    if not m.proper and head in lexicon.TITLES:
        return "anonymous"
    if not m.proper and m.plural and head.removesuffix("s") in lexicon.TITLES:
        return "anonymous"  # "Tory MPs said": office holders left unnamed, however tagged
    party = head in PARTY_MEMBERS and not m.text.split()[-1].isupper()
    if not m.plural and first in ("a", "an", "one") and (party or m.label == "NORP"):
        return "anonymous"  # "a Democrat familiar with the talks", "one Canadian": unnamed
    some = first in VAGUE_DETERMINERS or first in QUANTIFIERS or counted_group(m)
    members = head.removesuffix("s") in PARTY_MEMBERS or m.label == "NORP"
    if m.plural and members and some:
        # "Most Republicans", "6 in 10 Democrats", "thousands of Americans": people, not
        # the party or the nation
        return "anonymous"
    if m.proper and head in DOCUMENT_APPOSITIONS and _described_work(m):
        return "document"  # "a national Gallup Poll": a poll of theirs, not a name
    if m.proper and apposed_head(m) in DOCUMENT_APPOSITIONS:
        return "document"  # "Fair Shares, a report by the Harbor Institute, found …"
    if m.proper:
        return "person" if looks_like_person(m, known_surname) else "organization"
    owner = possessor(m)
    if owner and head in lexicon.SPOKEN_WORKS and known_surname(owner.split()[-1]):
        return "words"  # "Varga's explanations" after "Tomas Varga", whatever the label
    if m.label == "PERSON" and not _named_thing(m):
        # "Ryan's comments" are Ryan's words; "Khan's wife" is someone; "Trump's tone"
        # or "Clinton's win" is no one, whatever the possessor's label
        if owner is None or head in PERSON_NOUNS:
            return "person"
        return "words" if head in lexicon.SPOKEN_WORKS else "unresolved"
    if m.label in ORG_LABELS and m.text[:1].isupper() and first not in VAGUE_DETERMINERS:
        return "organization"  # a name the tagger missed ("WEBK-TV"), not "Several CNN …"
    # an unknown common noun: "a veteran stevedore" is someone unnamed; "the offer"
    # is something we cannot tell
    if m.plural or first in ("a", "an", "one", "another"):
        return "anonymous"
    return "unresolved"


def _named_thing(m: Mention) -> bool:
    """A common noun a person's name only modifies ("the Tom Hanks movie", "The Murphy
    conference call", "Clinton defenders"): the noun says what the mention is, the
    name's label does not; not a name the tagger took for a noun ("Martin O'Malley")."""
    if m.proper or m.name is not None or m.head in PERSON_NOUNS or possessor(m) is not None:
        return False
    return any(word == m.head for word in m.text.split())


def possessor(m: Mention) -> str | None:
    """The name before "'s" in a possessed common noun ("Mr. Ryan's comments"), if any."""
    match = POSSESSED.match(m.text)
    return match.group(1) if match and not m.pronoun else None


def looks_like_person(m: Mention, known_surname: KnownSurname) -> bool:
    """Whether a proper name names a person rather than a body."""
    name = m.name or m.text
    tokens = name.split()
    if platform(m):
        return False  # "Twitter said it had suspended the accounts": the company
    if legal_form(name) or legal_form(m.text):  # "S.p.A." is two tokens, its name "A."
        return False  # "Amazon.com Inc., the world's largest online retailer"
    if re.search(r"\w['’]s\b", name) or tokens[-1].lower() in lexicon.PREMISES:
        # "Emily's List", "Moe's Tavern", "Rathcormac Inn": a body named with a
        # possessive, or a business by its premises, whatever label the tagger gives it
        return False
    lowered = {t.lower().strip(".,") for t in m.text.split()}
    if lowered & BODY_NAME_HEADS and m.label != "PERSON" and not _titled_name(m):
        return False
    if national_body(tokens) or national_body(strip_det(m.text).split()):
        return False  # "Environment and Climate Change Canada", "Police Scotland"
    if len(tokens) > 1 and tokens[-1].lower() in lexicon.SERVICE_NAME_ENDINGS:
        return False  # "Nova Scotia Health", "Manitoba Hydro": a place's public service
    words = m.text.split()
    if (
        len(words) >= 3
        and words[0].lower() in TITLE_WORDS
        and _capitalised_name(words[1:])
        and m.label != "ORG"
        and words[-1].lower() not in lexicon.ORGANIZATION_HEADS
    ):
        # "Headteacher Rhodri Ifans declined …": an office before a full name, which
        # the tagger may call a group ("Rhodri Ifans" as NORP) when it opens a paragraph;
        # not a body's name ("Principal Harbour Group")
        return True
    if m.plural and (len(tokens) == 1 or m.label == "NORP"):
        # "many Republicans", "Latinos", "Wary Republicans in the state": a group,
        # whatever comes before
        return False
    if _titled_as_body(m):
        return False  # "the charity Shelter", "the think tank Harbour Futures"
    if m.title or (m.role and first_word_in(m.role, PERSON_ROLE_WORDS)):
        return True  # "Trump's first wife, Ivana,"
    if (
        m.text.lower().startswith("the ")
        and len(tokens) >= 2
        and (
            tokens[-1].lower() in lexicon.ORGANIZATION_HEADS
            or tokens[-1].lower() in DOCUMENT_APPOSITIONS
        )
    ):
        # "the Muhammad Ali Center", "The Field Poll": a body or a work named for a person
        # (or named by words that are surnames), which the tagger may call one; "the" is
        # never said before a person's name ("Mary Jo Church said")
        return False
    if _described_as_body(m):
        return False  # "the Asheville Tea PAC, a local organization": a body by its description
    # "Radu Ciobotaru, the prefect of Suceava county": a short capitalised name with an
    # appositive role is a person, whatever label the model gives the name
    if m.role and 2 <= len(tokens) <= 4 and _capitalised_name(tokens):
        return True
    if known_surname(tokens[-1]) is not None:
        return True
    if _body_by_article(m, name):
        return False  # "The Louvre said": "the" is said before a body's name, no person's
    if m.label == "PERSON":
        return True
    if name_with_given(m) != name:
        return True  # "Carly Fiorina", of which the tagger took "Fiorina" for a body
    if m.label in ORG_LABELS and len(tokens) == 1:
        return False
    if len(tokens) == 1 and fold_surname(name) in surnames():
        return True  # "Ruiz said", unlabelled: a surname, and no body the news names so
    first = tokens[0].lower().rstrip(".")
    return (given(first) in FIRST_NAMES or first in HONORIFICS or census_given(tokens)) or (
        # "The United States", "House Republicans": a place or a body the tagger knows;
        # but one "Kentucky Republican" is someone, a member named by the group word
        # that ends it ("Islamic State", tagged NORP for "Islamic", is a body)
        2 <= len(tokens) <= 3
        and _capitalised_name(tokens)
        and (m.label not in ORG_LABELS or (m.label == "NORP" and not m.plural and _member(name)))
    )


def _postnominal_name(m: Mention) -> bool:
    """A name of two capitalised words or more with the letters of a seat or an honour
    after it ("Ewan Quirk MP", "Ann Kerr MHK", "Rohan de Silva PC")."""
    words = m.text.split()
    return (
        m.proper
        and len(words) >= 3
        and words[-1].isupper()
        and words[-1].lower() in lexicon.POSTNOMINALS
        and _capitalised_name(words[:-1])
    )


def _capitalised_name(words: list[str]) -> bool:
    """Capitalised words, save a particle inside ("Anneke ten Brink", "Ana de Souza")."""
    inside = words[1:-1]
    return all(w[:1].isupper() for w in (words[0], words[-1])) and all(
        w[:1].isupper() or w.lower() in NAME_PARTICLES for w in inside
    )


def apposed(m: Mention) -> list[str]:
    """The lower-case words of the description in apposition to a name, up to what it
    goes on to say ("a monthly magazine" of "a monthly magazine based in Riga"); empty
    when the apposition is no description with an article ("41", "Ohio")."""
    words = ROLE_END.split(first_role(m), maxsplit=1)[0].split()
    return words if words[:1] in (["a"], ["an"], ["the"]) else []


def _described_as_body(m: Mention) -> bool:
    """Whether a short description in apposition ends on a word for a body ("a local
    organization", "the group that …") -- not one that goes on with "of" ("a University
    of Washington professor") or runs long ("a senior official during the Bush
    administration")."""
    cut = ROLE_END.search(first_role(m))
    words = apposed(m)
    if not 2 <= len(words) <= MAX_BODY_DESCRIPTION or (cut and cut.group().strip() == "of"):
        return False
    if words[-1] in PLACE_KINDS:
        return True  # "Amazonas (the largest state in Brazil)": a place, and its government
    return body_kind_ends(words)


def _titled_as_body(m: Mention) -> bool:
    """Whether the words before a name say what kind of body it is ("the charity
    Shelter", "the think tank Harbour Futures", "environmental NGO Flimkien")."""
    return body_kind_ends(kind_words(m))


def apposed_head(m: Mention) -> str:
    """The last word of the description in apposition to a name ("report" of "a report by
    the Harbor Institute"), or ""."""
    words = apposed(m)
    return words[-1] if words else ""


def is_people(word: str, lemma: str, label: str) -> bool:
    """Whether a plural noun names people or bodies that may speak or think: "experts",
    "senators", "newspapers", "Republicans" (a nationality or party: NORP), "groups"."""
    return word in PEOPLE_WORDS or lemma in PEOPLE_LEMMAS or label == "NORP"


def _member(name: str) -> bool:
    """Whether a name ends in a word for one member of a party, faith or nation
    ("Republican", "Kentuckian", "Israeli", "Briton")."""
    last = name.split()[-1].lower() if name.split() else ""
    return last in PARTY_MEMBERS or last.endswith(MEMBER_ENDINGS)


def _described_work(m: Mention) -> bool:
    """Whether a capitalised work is described rather than named: "a" before it or a
    word in lower case within it ("a Field Poll", "the latest Harbor Institute Report"),
    where "The Field Poll" or "the Geological Survey" names a body, and "former Rep. Ann
    Law" a person."""
    words = m.text.split()
    small = ("of", "and", "the", "for", "on", "in")
    described = words[0].lower() in ("a", "an", "another") or any(
        w.isalpha() and w.islower() and w not in small for w in words[1:-1]
    )
    return len(words) > 1 and described and not _has_given_name(m)


def _has_given_name(m: Mention) -> bool:
    """Whether a mention holds a first name ("the chairman, Tom Reyes")."""
    return any(given(w) in FIRST_NAMES for w in m.text.split())


def _titled_name(m: Mention) -> bool:
    """A name after the office that introduces it ("Minister of Finance Ruth Achebe",
    "Commissioner of Police Desmond Baptiste"): a person, though a body is named too."""
    name = person_name(m.name or "", m.title is not None).split()
    words = m.text.split()
    if len(name) < 2 or len(words) <= len(name) or words[-len(name) :] != name:
        return False
    before = words[-len(name) - 1].lower()
    # the office the mention found before the name ("Commissioner of Police")
    office = (
        m.title is not None
        and first_word_in(m.title, TITLE_WORDS)
        and " ".join(words[: -len(name)]) == m.title
    )
    return (
        office
        or given(name[0]) in FIRST_NAMES
        or before in TITLE_WORDS
        or before.rstrip(".") in TITLE_WORDS
    )


def _body_by_article(m: Mention, name: str) -> bool:
    """A one-word name after "the" that is no given name or surname ("The Louvre", "the
    Kremlin"); "the Trump we all knew" and "the Donald" are a person still."""
    return (
        [w.lower() for w in m.text.split()] == ["the", name.lower()]
        and given(name) not in FIRST_NAMES
        and fold_surname(name) not in surnames()
    )


def platform(m: Mention) -> bool:
    """Whether a mention names a social media platform ("Twitter"), never a person."""
    return (m.name or m.text).lower() in lexicon.SOCIAL_PLATFORMS


def _surname_as_noun(m: Mention) -> bool:
    """A capitalised word the tagger took for a common noun and labelled nothing that is a
    surname of the census list, which keeps no word news writes in lower case."""
    single = " " not in m.text and m.text[:1].isupper() and not m.pronoun
    return single and not m.proper and not m.label and fold_surname(m.text) in surnames()


def first_named(m: Mention) -> bool:
    """A name that begins with a first name or follows a title ("Councilmember Tobin
    Ashgrove"), whatever label the tagger gave it."""
    words = (m.name or "").split()
    if not words or words[-1].lower() in lexicon.ORGANIZATION_HEADS:
        return False  # "the Justice Department": a body after a title word
    if platform(m):
        return False
    titled = m.title is not None and first_word_in(m.title, TITLE_WORDS)
    return titled or given_first(words)


def first_word_in(text: str, words: frozenset[str]) -> bool:
    """Whether one of the first four words of ``text`` is in ``words``."""
    lowered = text.lower().split()
    return any(w in words for w in lowered[:4])


def described(person: Mention) -> set[str]:
    """The words a person was introduced with: title and role ("Sen." as "senator"; a
    "President-elect" is "the President" too, not a "Vice-President" one), and what the
    honorific opening the name says they are ("Sheikh": a cleric)."""
    words = f"{person.title or ''} {person.role or ''}".lower().replace(",", " ").split()
    elect = [w.rsplit("-", 1)[0] for w in words if w.rsplit("-", 1)[-1] in TITLE_SUFFIXES]
    honorific = (person.text.split() or [""])[0].lower()  # "Sheikh Abdallah Musa": a cleric
    implied = lexicon.HONORIFIC_ROLES.get(honorific, frozenset())
    initials = title_initials(person.title) | title_initials(person.role)
    # letters after the name that say an office ("Ann Kerr MHK", "Jane Doe MLA")
    last = (person.text.split() or [""])[-1].lower().strip(".,")
    if last in lexicon.POSTNOMINALS:
        words = [*words, last]
    return {lexicon.TITLE_ABBREVIATIONS.get(w, w) for w in words + elect} | implied | initials


def title_initials(title: str | None) -> set[str]:
    """What a title of capitalised words is shortened to: "the DCE" for "Ekumfi District
    Chief Executive" (from any word on, as a place may open it), "the RDC" for "The
    Resident District Commissioner" (an article and the small words of "of" or "for" are
    no part of it); nothing for a title of one word or one with initials of its own ("FBI
    Director")."""
    words = [w for w in (title or "").replace(",", " ").split() if w[:1].isupper()]
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    while words and words[-1].lower().rstrip(".") in HONORIFICS:
        words = words[:-1]  # "District Medical Officer Dr …": the honorific is the name's
    if len(words) < 2 or not all(w[1:].islower() and w.isalpha() for w in words):
        return set()
    return {"".join(w[0] for w in words[i:]).lower() for i in range(len(words) - 1)}


def national_body(words: list[str]) -> bool:
    """ "Health Canada", "Fisheries and Oceans Canada", "Police Scotland": capitalised words
    ending in a country whose national bodies are named so, opening with no given name
    ("Nick England" is a person)."""
    return (
        len(words) > 1
        and words[-1].lower() in lexicon.BODY_NAME_ENDINGS
        and words[0][:1].isupper()
        and not given_first(words)
    )


def _patronymic(words: list[str]) -> bool:
    """A name of capitalised words with a particle for "son of" or "daughter of" inside."""
    inside = words[1:-1]
    return (
        len(words) > 2
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and any(w in PATRONYMIC_PARTICLES for w in inside)
    )
