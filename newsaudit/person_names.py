"""The words of a person's name: the name cut free of the office or employer the parser
ran into it, its surname and given name, the gender an honorific, a title or a first
name shows, and a name set off at the end of a title's role.

``mention_kinds`` reads these to tell a person from a body; ``people`` and ``namesakes``
to tell one person from another.
"""

from __future__ import annotations

import re
from itertools import takewhile

from newsaudit.data import given_names, lexicon
from newsaudit.rules.base import Mention
from newsaudit.rules.names import (
    FEMALE_GIVEN,
    FIRST_NAMES,
    MALE_GIVEN,
    NAME_PARTICLES,
    ONE_NAME_TITLES,
    TITLE_WORDS,
    given,
)
from newsaudit.rules.names import HONORIFIC_WORDS as HONORIFICS

# Census given names with their gender ("Carly", "Chris"): many census names are also
# places, months or surnames, so they are read only as the first word of a two- or
# three-word capitalised name (see ``census_given``).
CENSUS_GIVEN = given_names()
# What follows a name to tell a father and son apart.
GENERATIONAL = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "vi"})
# Words that say what a person is, which a headline or a sentence's start runs into a name.
DESCRIBING = lexicon.KIN_NOUNS | lexicon.OCCUPATIONS
# How words for a trade or a calling end ("shearer", "farmworker", "postmistress",
# "pharmacist", "fisherman", "electrician").
AGENT_ENDINGS = ("er", "or", "ist", "man", "woman", "ress", "ian")
# The second halves of compound words for a trade ("farmworker", "shopkeeper",
# "postmistress", "fishmonger", "stallholder"), which no given name ends in: before a name
# they say what the person is even where the name is one no list holds.
TRADE_COMPOUND_ENDS = ("worker", "keeper", "master", "mistress", "monger", "grower", "seller")
TRADE_COMPOUND_ENDS += ("holder", "maker", "dresser", "trader", "vendor")
# An initial standing for a given name ("S." of "S. Lakshmi Prasanna"), or the "Ma." for
# Maria of Filipino names ("Ma. Teresita Buenaventura").
INITIAL = re.compile(r"[A-Z]\.|Ma\.")
# Small words that may stand between a title's words and a body's name after them.
PORTFOLIO_JOINERS = frozenset({"of", "for", "the", "and", "at", "in", "on", "to", "with", "from"})


def postnominal(word: str) -> bool:
    """Letters after a name for an honour, a degree or a seat ("QC", "OBE", "QSM", "TD",
    "PhD"): a known one, or two to five capitals that are no generation ("III") and no
    title ("CEO" of a headline's "Warren Hammers Wells Fargo CEO" is someone else)."""
    bare = word.strip(".,")
    lower = bare.lower()
    if lower in lexicon.POSTNOMINALS:
        return True
    capitals = bare.isalpha() and bare.isupper() and 2 <= len(bare) <= 5
    return capitals and lower not in GENERATIONAL and lower not in lexicon.TITLES


def name_with_given(m: Mention) -> str:
    """A mention's name with the given name the tagger left out of it: "Carly Fiorina"
    when it found only "Fiorina" (as a body)."""
    name = m.name or m.text
    words = m.text.split()
    return m.text if given_first(words) and words[1:] == name.split() else name


def person_name(name: str, after_title: bool = False) -> str:
    """A person's name without the office or employer the parser ran into it: "Minister of
    Trade Ruth Achebe" and "Harbour Foods Debra Lyle" are Ruth Achebe and Debra Lyle,
    "Neil Ford QC" is Neil Ford. The name is what follows the last title, body word or
    lower-case word ("of", "in") before it; what is left of a body's name ("Trade Ruth
    Achebe") ends at a first name, since news writing puts the employer first and a
    given name begins a name. A name that ``after_title`` says came after a title or an
    honorific has no employer run into it: a given name inside it is a father's ("Madam
    Nur Aisyah Mohamed Salleh", "assemblyman Mohd Hafiz bin Abdul Rahman")."""
    words = name.split()
    if len(words) > 1 and name.isupper():
        words = [w.title() for w in words]  # "THERESA VILLIERS" in a headline or byline
    while len(words) > 2 and postnominal(words[-1]):
        words.pop()
    cut = 0
    for i, word in enumerate(words[:-1]):
        lower = word.lower().strip(",")
        left = len(words) - i - 1
        titled = lower in TITLE_WORDS or lower.rstrip(".") in TITLE_WORDS
        titled = titled or (lower in lexicon.NAME_LABELS and left >= 2)
        peer = lower in ONE_NAME_TITLES and left == 1  # "Lord Hale" is his name
        # "Martin Luther King Jr." is not King the monarch
        named_after = any(w.lower().rstrip(".") not in GENERATIONAL for w in words[i + 1 :])
        if (titled and not peer and named_after) or (
            (lower in lexicon.ORGANIZATION_HEADS or word[:1].islower())
            and lower not in NAME_PARTICLES
            and left >= 2
        ):
            cut = i + 1
    rest = words[cut:]
    if cut and len(rest) >= 3 and rest[0] == "H." and words[cut - 1].lower() in HONORIFICS:
        rest = rest[1:]  # "Ir. H. Bambang Setyo": after a style, the Indonesian "Haji"
    first = next((i for i, w in enumerate(rest[:-1]) if given(w) in FIRST_NAMES), None)
    # initials before a given name are the name's own ("S. Lakshmi Prasanna")
    initials = first and all(INITIAL.fullmatch(w) for w in rest[:first])
    if first and (cut or (len(rest) >= 4 and not after_title)) and not initials:
        rest = rest[first:]  # "Super Value Debra Symonette"
    elif cut and words[cut - 1][:1].islower() and len(rest) > 2:
        rest = rest[-2:]  # "of Harbour Foods Marlene Cartwright"
    if len(rest) > 2 and _describes(rest) and given(rest[0]) not in FIRST_NAMES:
        rest = rest[1:]  # a headline's "Wife Huma Abedin", "Retiree Lim Boon Huat"
    return " ".join(rest) or name


def _describes(words: list[str]) -> bool:
    """Whether the first of a name's words says what the person is: a word of
    ``DESCRIBING``, a compound word for a trade ("Farmworker", "Postmistress"), or one
    built as words for a trade are ("Shearer") before a given name, which no one's name
    holds there."""
    first = words[0].lower()
    if first in DESCRIBING:
        return True
    if any(first.endswith(end) and len(first) > len(end) for end in TRADE_COMPOUND_ENDS):
        return True
    return first.endswith(AGENT_ENDINGS) and given(words[1]) in FIRST_NAMES


def mentioned_name(m: Mention) -> str:
    """The person's name a mention gives, with no title or employer run into it."""
    return person_name(m.name or m.text, m.title is not None)


def surname(name: str) -> str:
    """The family name that ends a person's name, past what follows it to tell a father
    from a son or to list honours: "Harris" of "Harry B. Harris Jr.", "Ashford" of "Neil
    Ashford QC"."""
    words = name.split()
    capitals = name.isupper()  # "JOHN SMITH" in a byline ends on no honour
    while len(words) > 1 and (
        words[-1].lower().rstrip(".,") in GENERATIONAL or (postnominal(words[-1]) and not capitals)
    ):
        words.pop()
    return words[-1].rstrip(",") if words else name


def name_in_role(m: Mention) -> str | None:
    """The name that ends a title's role: the capitalised words after an honorific ("the
    Deputy Director of Public Prosecutions Mrs. Joan Honoré-Paul") or set off after the
    body ("Chief Executive Officer of the Port Authority, Gary Scott, added")."""
    words = (m.role or "").split()
    for i in range(len(words) - 2, -1, -1):
        lower = words[i].lower()
        if lower in HONORIFICS or lower.rstrip(".") in HONORIFICS:
            # to the comma that sets the name off ("…, Hon. Ann Phiri, who visited …")
            name = " ".join(words[i + 1 :]).split(",")[0].split()
            if name and all(w[:1].isupper() for w in name):
                return " ".join(name)
            return None
    parts = re.split(r"[,;]", m.role or "")
    name = parts[-1].split()
    if len(parts) > 1 and 2 <= len(name) <= 4 and all(_name_word(w) for w in name):
        return " ".join(name)
    # "Opposition spokesperson for planning Claudette Borg Cardona", "head of corporate
    # affairs Mutale Banda": the capitalised words after the title's portfolio in lower
    # case (not after "of" or "for": "director of Human Rights Watch" names a body; not
    # after a title: "a spokesman for presidential candidate Ann Lee" names whom he serves)
    name = list(takewhile(_name_word, reversed(words)))[::-1]
    portfolio = words[-len(name) - 1] if len(words) > len(name) else ""
    field = _portfolio_word(portfolio) and words[:1] in (["of"], ["for"])
    if 2 <= len(name) <= 4 and field and portfolio not in TITLE_WORDS:
        return " ".join(name)
    return None


def name_set_off_in_role(m: Mention) -> str | None:
    """The name a title's role ends on when it is the title holder's: set off from the
    role ("Member of Parliament for the area, Hon. Ann Phiri, …") or after a portfolio in
    lower case ("head of corporate affairs Mutale Banda"); not the one the role serves
    ("a spokeswoman for Mrs. Clinton")."""
    name = name_in_role(m)
    if name is None:
        return None
    role = m.role or ""
    words = role[: role.rfind(name)].split()
    if words and words[-1].lower().rstrip(".") in HONORIFICS:
        words = words[:-1]
    last = words[-1] if words else ""
    set_off = last.endswith((",", ";"))
    return name if set_off or _portfolio_word(last) else None


def _portfolio_word(word: str) -> bool:
    """A word of a title's portfolio in lower case ("planning", "affairs"), not a small
    word between a title and a name ("of", "for", "the")."""
    return word.isalpha() and word.islower() and word not in PORTFOLIO_JOINERS


def _name_word(word: str) -> bool:
    lower = word.lower()
    return (
        word[:1].isupper() and lower not in TITLE_WORDS and lower not in lexicon.ORGANIZATION_HEADS
    )


def gender_of(m: Mention | None, guess: bool = True) -> str | None:
    """ "male" or "female" from an honorific or a first name, else None. Without
    ``guess``, only the hand lists count: the census lists give "Lindsey" and "Lee" the
    gender of most people so named, not of Lindsey Graham or Lee Epstein."""
    if m is None:
        return None
    titled = titled_gender(m)
    if titled is not None:
        return titled
    words = mentioned_name(m).split()
    if not words:
        return None
    known = given_gender(words[0])
    if known is not None:
        return known
    return CENSUS_GIVEN.get(given(words[0])) if guess and census_given(words) else None


def given_gender(word: str) -> str | None:
    """The gender the hand lists give a first name, in whatever letters it is written
    ("Rene", "René"); a double name has its first known part's ("Jean-François",
    "René-Charles")."""
    for part in given(word).split("-"):
        if part in MALE_GIVEN:
            return "male"
        if part in FEMALE_GIVEN:
            return "female"
    return None


def titled_gender(m: Mention) -> str | None:
    """ "male" or "female" from an honorific or a title ("Mrs", "Duchess"), or from the
    noun the role describes the person by ("whose son Tatenda", "Alan, her husband,"),
    else None."""
    written = (m.title or "").split() + (m.name or m.text).split() + _role_noun(m)
    # not capitals: "MS" before a name is a Member of the Senedd, no "Ms"
    words = [w.lower().rstrip(".") for w in written if not (w.isupper() and len(w) > 1)]
    for w in words:
        if w in lexicon.HONORIFICS_MALE or w + "." in lexicon.HONORIFICS_MALE:
            return "male"
        if w in lexicon.HONORIFICS_FEMALE or w + "." in lexicon.HONORIFICS_FEMALE:
            return "female"
        if w in lexicon.TITLES_MALE or w in lexicon.TITLES_FEMALE:
            return "male" if w in lexicon.TITLES_MALE else "female"
    return None


# Where the description in an apposition or a role ends: "a monthly magazine based in
# Riga", "the magazine of the Baltic Policy Institute", "spokesman for the council".
ROLE_END = re.compile(r"\s+(?:of|for|in|at|on|from|by|based|owned|run|that|which|with|written)\b|,")


def first_role(m: Mention) -> str:
    """The first of a mention's roles, in lower case ("a local group" of "a local group;
    the organizer")."""
    return (m.role or "").split(";")[0].strip().lower()


def _role_noun(m: Mention) -> list[str]:
    """The word a role describes its person by, the last before the words that go on
    about others: "son" in "whose 23-year-old son", "spokesman" in "spokesman for the
    council"; none for no role."""
    return ROLE_END.split(first_role(m), maxsplit=1)[0].split()[-1:]


def given_first(words: list[str]) -> bool:
    """Whether a name of several words begins with a given name: one of the hand lists,
    or a census given name as the first of two or three capitalised words."""
    first = given(words[0]) if len(words) > 1 else ""
    return first in FIRST_NAMES or census_given(words)


def fold_surname(word: str) -> str:
    """A written surname as the census list spells it: "O'Malley's" is "omalley"."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    return word.replace("'", "").replace("’", "").lower()


def census_given(words: list[str]) -> bool:
    """Whether a name of two or three capitalised words begins with a census given name
    ("Carly Fiorina", "Chris Christie"; not "Florida Power", whose first word the news
    text writes as a place)."""
    return (
        2 <= len(words) <= 3
        and given(words[0]) in CENSUS_GIVEN
        and all(w[:1].isupper() for w in words)
    )
