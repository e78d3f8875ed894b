"""Whether two names of one surname name the same person: a longer form of a name
("Alan Grayson" of "Grayson") or a namesake with a given name of their own ("Lolita
Grayson" beside "Dena Minning Grayson", "Khizr Khan" beside "Ghazala Khan").
"""

from __future__ import annotations

from newsaudit.person_names import INITIAL, given_first, surname
from newsaudit.rules.names import TITLE_WORDS


def extends(name: str, short: str) -> bool:
    """Whether a name is a longer form of another: it holds all its words ("Alan
    Grayson" of "Grayson", "Hillary Rodham Clinton" of "Hillary Clinton"), or it gives
    a given name where the other has words the parser ran in ("Hillary Clinton" of "Team
    Clinton"). "Ghazala Khan" is no longer form of "Khizr Khan", though it has more
    letters."""
    words = {w.lower().strip(".,") for w in name.split()}
    if all(w.lower().strip(".,") in words for w in short.split()):
        return len(name) > len(short)
    return (
        surname(name) == surname(short)
        and given_name(name.split())
        and not given_name(short.split())
        # "S. Lakshmi Prasanna" opens with an initial, no words run in
        and INITIAL.fullmatch(short.split()[0]) is None
    )


def same_given_name(tokens: list[str], name: str, titled: bool = False) -> bool:
    """Whether a name may be the full form of a mention's words: unless both begin with
    a given name and not the same one ("Lolita Grayson" is not "Dena Minning Grayson";
    "Wasserman Schultz" and "Le Pen" begin with no given name and are short forms).
    After a title, the first of two names is a given name whatever it is: "Secretary
    Jeh Johnson" is not the Gary Johnson named before."""
    words = name.split()
    while len(words) > 1 and INITIAL.fullmatch(words[0]):
        words.pop(0)  # "R. Meena Sundaram" is "Meena Sundaram" too
    if not tokens or not words or words[0] == tokens[0]:
        return True
    after_title = titled and len(tokens) > 1 and words[-len(tokens) :] != tokens
    return not (given_name(tokens) or after_title)


def given_name(words: list[str]) -> bool:
    """Whether a name of several words begins with a given name that is no title ("Dean
    Amar" is the dean)."""
    return given_first(words) and words[0].lower() not in TITLE_WORDS
