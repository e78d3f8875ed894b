"""Word lists and gazetteers shipped with newsaudit, and parsers for their formats."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from newsaudit.textutil import plain


@dataclass(frozen=True)
class Cue:
    """One entry of the cue lexicon (``cues.tsv``).

    ``pos`` is verb, noun, adj (attitudes: "confident that …") or prep. ``frames`` says
    which complements of a cue carry the attributed content: ``clause`` ("said that …"),
    ``infinitive`` ("refused to …"), ``object`` ("endorsed Sanders"), ``proposition`` (an
    object that names something said: "questioned the claim"), ``object-infinitive``
    ("urged X to …"), ``object-predicate`` ("called X a disgrace"), a preposition
    ("warned of …", "called for …") and, for phrasal cues, ``prepobj`` ("pointed out …").
    How they were chosen is noted at the head of ``cues.tsv``.
    """

    cue: str
    pos: str
    category: str
    tone: str
    frames: frozenset[str]


def _read(name: str) -> str:
    return files(__package__).joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def cues() -> dict[tuple[str, str], Cue]:
    """The cue lexicon keyed by ``(cue, pos)``: lemma (plus particle) and verb/noun/prep."""
    table: dict[tuple[str, str], Cue] = {}
    for row in _read("cues.tsv").splitlines()[1:]:
        if row.strip() and not row.startswith("#"):
            cue, pos, category, tone, frames = row.split("\t")[:5]
            table[(cue, pos)] = Cue(cue, pos, category, tone, frozenset(frames.split(",")))
    return table


def parse_outlets(text: str) -> dict[str, str]:
    """Parse the outlet gazetteer format into ``{normalised alias: canonical name}``.

    One outlet per line, the canonical name first and aliases after it, separated by
    ``|``; ``#`` starts a comment line. The canonical name is an alias of itself.
    """
    table: dict[str, str] = {}
    for row in text.splitlines():
        row = row.strip()
        if not row or row.startswith("#"):
            continue
        names = [n.strip() for n in row.split("|") if n.strip()]
        for alias in names:
            table[normalise_name(alias)] = names[0]
    return table


@lru_cache(maxsize=1)
def builtin_outlets() -> dict[str, str]:
    """The shipped outlet gazetteer (``outlets.txt``)."""
    return parse_outlets(_read("outlets.txt"))


@lru_cache(maxsize=1)
def builtin_kinds() -> dict[str, str]:
    """The kind of each outlet of the shipped gazetteer (press, magazine, broadcast,
    agency, online), by canonical name, from its "# kind:" lines (a section rule ends
    one)."""
    kinds: dict[str, str] = {}
    kind = None
    for row in _read("outlets.txt").splitlines():
        row = row.strip()
        if row.startswith("# kind:"):
            kind = row.removeprefix("# kind:").strip() or None
        elif row.startswith("# ---"):
            kind = None
        elif row and not row.startswith("#") and kind is not None:
            kinds[row.split("|")[0].strip()] = kind
    return kinds


@lru_cache(maxsize=1)
def given_names() -> dict[str, str | None]:
    """Given names from the census lists, filtered by news text (``given_names.tsv``,
    built by ``tools/build_given_names.py``), with the gender they mostly mark ("male",
    "female", or None for a name both carry)."""
    genders = {"m": "male", "f": "female"}
    rows = (row.split("\t") for row in _read("given_names.tsv").splitlines())
    return {row[0]: genders.get(row[1]) for row in rows if row[0] and not row[0].startswith("#")}


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Surnames from the census list, filtered by news text (``surnames.txt``, built by
    ``tools/build_surnames.py``), in lower case with no apostrophe ("omalley")."""
    rows = _read("surnames.txt").splitlines()
    return frozenset(row for row in rows if row and not row.startswith("#"))


def normalise_name(name: str) -> str:
    """Fold a name for lookup: case, accents, a leading "the", a trailing possessive,
    spacing ("Joan Honoré-Paul" and "Joan Honore-Paul" are one name, as news written for
    a keyboard without accents spells it).

    "The" stays when one word follows it: "The Hill" and "The Sun" are outlets, while the
    surname "Hill" and the word "sun" are not.
    """
    name = " ".join(plain(name).split()).lower()
    if name.startswith("the ") and " " in name[4:]:
        name = name[4:]
    if name.endswith("'s"):
        name = name[:-2]
    return name.rstrip("'")
