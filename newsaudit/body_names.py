"""The names of bodies: a name the parser cut at "of" ("the Ministry" with "of Health"),
a business's legal form ("Bhd", "K.K."), the name after a description of the body
("German carmaker Volkswagen"), a short form or a description that shortens a name ("the
authority" for "the Coast Ports Authority"), and the spellings of a name in the text,
its initials included ("the NRA")."""

from __future__ import annotations

import re

from newsaudit.data import lexicon
from newsaudit.rules.base import Mention
from newsaudit.rules.names import body_kind_ends
from newsaudit.textutil import strip_det

# Small words a body's initials pass over ("NRA", "ICE" for "Immigration and Customs
# Enforcement").
SMALL_NAME_WORDS = ("of", "for", "and", "the", "on", "in", "to", "&")
INITIALS_SKIP = rf"\s+(?:(?:{'|'.join(SMALL_NAME_WORDS)})\s+)*"
# The small words a body's name may hold between its capitalised words.
NAME_JOINERS = frozenset(SMALL_NAME_WORDS) | {"de", "du", "des"}
# Words that open a noun phrase before a name without being part of it ("A super PAC",
# "All the Democrats", "Current White House aides"), capitalised at a sentence's start.
NOT_NAME_WORDS = frozenset(
    {"a", "an", "the", "all", "this", "that", "these", "those", "its", "their", "his"}
    | {"her", "our", "your", "every", "each", "some", "any", "both", "current", "former"}
)


def body_name(m: Mention) -> str | None:
    """The whole name of a body the parser cut at "of" or "for" ("the Ministry" with "of
    Health", "The Centers" with "for Disease Control and Prevention"): a capitalised name
    whose role begins with a capitalised "of" or "for" phrase ("the Court" with "of Appeal
    in Hollis" is the Court of Appeal)."""
    role = (m.role or "").split(";")[0].split()
    if not (m.proper and len(role) > 1 and role[0] in ("of", "for")):
        return None
    # the name runs on while its words are names or the words that join them, and stops
    # where a place or a description begins ("the Court" of "Appeal in Hollis")
    joining = ("the", "and", "of", "for", "&")
    end = next((i for i, w in enumerate(role) if i and not (w[:1].isupper() or w in joining)), None)
    name = role[:end]
    while name and name[-1] in joining:
        name.pop()
    if len(name) < 2:
        return None
    return f"{strip_det(m.text)} {' '.join(name)}"


def legal_form(name: str) -> bool:
    """Whether a name ends in a company's legal form ("Boréal Papiers Inc.", "Marco
    Gallo S.p.A.")."""
    words = name.split()
    return bool(words) and words[-1].lower().rstrip(".,") in lexicon.CORPORATE_SUFFIXES


def kind_words(m: Mention) -> list[str]:
    """The words before a name that say what it is: its title, or the words of the
    mention before the name ("charity" of "The charity Harbour Aid")."""
    if m.title:
        return m.title.split()
    text, name = strip_det(m.text), m.name or ""
    return text[: -len(name)].split() if name and text.endswith(name) and text != name else []


def described_name(m: Mention) -> str | None:
    """The name of a body introduced by what it is ("German carmaker Volkswagen",
    "Chinese tech giant Huawei", "Japanese company Showa Denko K.K."): the run of proper
    nouns after a description ending in a kind of body, which news drops when it names
    the body again ("Volkswagen added …")."""
    described = kind_words(m)
    # a word for a kind of body ends the description, or a business by its legal form
    # ("developer Bukit Mutiara Properties Bhd"): not "his Justice Department", "a
    # pro-Newt Gingrich PAC", "the state Democratic Party" (a state's party is another
    # body than the nation's); and one body, not a kind of many ("mainstream Republicans")
    legal = legal_form(m.name or "")
    last = described[-1] if described else ""
    # or a kind of body in two words or in capitals ("the think tank …", "NGO …")
    kinds = body_kind_ends(described)
    kind = bool(described) and (last in lexicon.ORGANIZATION_HEADS or kinds or legal)
    if not (kind and last.isalpha() and (last.islower() or kinds)):
        return None
    # a plural name said to be one body is one ("the think tank Harbour Futures")
    one = not m.plural or kinds
    return m.name if m.proper and one and m.name != strip_det(m.text) else None


def shortens(m: Mention, name: str) -> bool:
    """Whether a mention is a short form of a longer name: its first words ("Veltrane"
    for "Veltrane Therapeutics"), or "the" and its last word ("the authority")."""
    words, full = strip_det(m.text).split(), name.split()
    # a name is written with capitals ("the town council" the tagger took for one is not)
    if m.proper and any(w[:1].isupper() for w in words):
        # "Japan is seeing …" is the country, not "The Japan Times"
        if m.label == "GPE" or len(full) <= len(words):
            return False
        return full[: len(words)] == words or _last_words(m, words, full)
    # "the ministry" for "Ministry of Health", "the court" for "California's 4th District
    # Court of Appeal": the noun an "of" phrase follows heads the name, as the last word
    # does in "the authority"
    of = full.index("of") if "of" in full else 0
    head_of = of > 0 and full[of - 1].lower() == m.head
    if len(full) <= len(words) or not (full[-1].lower() == m.head or head_of):
        return False
    if len(words) == 1 and m.head in lexicon.COLLECTIVE_BODIES:
        return True  # a bare "Police" stands for the force as "the police" does
    if not m.text.lower().startswith("the "):
        return False
    # "the appeals court" for "the U.S. Court of Appeals", "the health ministry" for
    # "Ministry of Health": the words before the head are words of the name
    in_name = {_singular(w) for w in full} if len(words) > 1 else set()
    return all(_singular(w) in in_name for w in words[:-1])


def _last_words(m: Mention, words: list[str], full: list[str]) -> bool:
    """ "the First Nation" for "Nikamowin Lake First Nation", "the Security Council" for
    "United Nations Security Council": with "the", the name's last words, capitalised as
    in it, after words of the name ("centrist Tax Policy Center" is a description; an
    acronym, "the SVP", may be another body's part: "Junge SVP")."""
    extra = full[: len(full) - len(words)]
    return (
        m.text.lower().startswith("the ")
        and full[-len(words) :] == words
        and not all(w.isupper() for w in words)
        and all(w[:1].isupper() and w.lower() not in NOT_NAME_WORDS for w in extra)
    )


def _singular(word: str) -> str:
    """A word in lower case without a plural "s" ("appeals" and "Appeal" alike)."""
    word = word.lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def spellings(name: str, text: str) -> list[tuple[int, str]]:
    """Where a text spells out the longer name a body's initials stand for, each as its
    offset and the name, in text order: "Republican National Committee" for "RNC",
    "California Independent System Operator" for "California ISO", after the same first
    words. The initials skip small words ("ICE", "Immigration and Customs Enforcement"),
    and the name must begin where a name does: "NC" is not the "National Committee" of
    "Democratic National Committee"."""
    words = strip_det(name).split()
    letters = words[-1] if words else ""
    if not _initials(letters):
        return []
    # a small word's letter in lower case ("DoDMA", "MoH"): the spelled-out name skips it
    capitals = "".join(letter for letter in letters if letter.isupper())
    spelled = INITIALS_SKIP.join(f"{letter}[a-z]+" for letter in capitals)
    lead = "".join(re.escape(word) + r"\s+" for word in words[:-1])
    found = []
    for match in re.finditer(rf"\b{lead}{spelled}\b", text):
        # "U.S. Customs and Border Protection" is "CBP" too: a place's initials may lead
        previous = (text[max(0, match.start() - 40) : match.start()].split() or [""])[-1]
        if not previous[:1].isupper() or previous == "The" or previous.endswith("."):
            found.append((match.start(), match.group(0)))
    if not lead:
        found.extend(_defined(letters, text))
    return sorted(set(found))


def _initials(letters: str) -> bool:
    """Whether a word is a body's initials: two to six letters, in capitals but for the
    letter of a small word ("NRA", "DoDMA" for the Department of Disaster Management
    Affairs, "MoH"), not a name written with capitals inside ("McCain", "DeKalb")."""
    capitals = sum(letter.isupper() for letter in letters)
    return (
        2 <= len(letters) <= 6
        and letters.isalpha()
        and letters[0].isupper()
        and len(letters) - capitals <= capitals - 1
    )


def _defined(letters: str, text: str) -> list[tuple[int, str]]:
    """Where a text defines initials in brackets after the name ("Showa Denko K.K. (SDK)",
    "the Organisation for Economic Co-operation and Development (OECD)"): the name is the
    run of capitalised words, and the small words between them, right before the
    bracket, from the first word that begins with the initials' first letter ("U.S.
    Customs and Border Protection (CBP)" defines "Customs and Border Protection"). The
    words need not begin with the letters in order: "K.K." or a hyphenated word breaks
    the pattern the spelled-out search looks for."""
    found = []
    for match in re.finditer(rf"\(\s*{letters}\s*\)", text):
        before = max(0, match.start() - 120)
        words = [
            (w.start() + before, w.group())
            for w in re.finditer(r"\S+", text[before : match.start()])
        ]
        name: list[tuple[int, str]] = []
        for at, word in reversed(words):
            capitalised = word[:1].isupper() and (word[-1:].isalnum() or word[-1:] == ".")
            if not (capitalised or (word in NAME_JOINERS and name)):
                break
            name.insert(0, (at, word))
        while name and not name[0][1].startswith(letters[0]):
            name.pop(0)
        if len(name) >= 2 or (name and len(name[0][1]) > len(letters)):
            found.append((name[0][0], " ".join(word for _, word in name)))
    return found
