"""Build ``newsaudit/data/given_names.tsv``: common given names beyond the hand-made
lists in ``lexicon.MALE_FIRST_NAMES`` / ``FEMALE_FIRST_NAMES``, with their gender.

Source: the 1990 US Census frequency lists of first names (``dist.male.first`` and
``dist.female.first``: name, percent, cumulative percent, rank), a work of the US
government in the public domain; they ship in the ``names`` package on PyPI (MIT).

The census lists hold words that are mostly not given names in news ("America",
"Florida", "June", "Clinton", "Cruz", "Will"). A name is kept only with evidence from
news text (PolNeAR train, its first 640 documents, which the held-out slice does not
use) that it is written as a given name there:

* capitalised inside a sentence at least twice, and followed by another capitalised
  word (a surname) at least half the time, not a body word ("Edison Research",
  "Cornell University");
* seldom after "the" ("the Sunshine State") or inside a longer name ("Ho Chi Minh");
* hardly ever in lower case ("will", "may", "rich");
* hardly ever after a given name, i.e. as a surname ("Hillary Clinton", "Ted Cruz").

Names the news text never writes are kept only if they are common in the census
(at least ``--unseen-percent`` of people), where a word of another sort is unlikely.
A name in both lists takes the gender that is three times as common, else none.

Usage: python tools/build_given_names.py DIST_DIR POLNEAR_TRAIN > newsaudit/data/given_names.tsv
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from newsaudit.data import lexicon

KNOWN = lexicon.MALE_FIRST_NAMES | lexicon.FEMALE_FIRST_NAMES
WORD = re.compile(r"[A-Za-z][a-z]+")
OPENERS = "\n.?!:\"“‘'"
# Words after a name that make it a body's, beside lexicon.ORGANIZATION_HEADS: "Edison
# Research", "the Geneva Convention", "the Marshall Plan", "the Sunshine State".
BODY_WORDS = lexicon.ORGANIZATION_HEADS | {"research", "convention", "plan", "state", "club"}
# Words before a name that leave it a given name: a title ("Justice Earl Warren").
TITLED = lexicon.TITLES | lexicon.HONORIFICS_MALE | lexicon.HONORIFICS_FEMALE


def census(path: Path) -> dict[str, float]:
    """Name -> percent of people, from one census list."""
    rows = (line.split() for line in path.read_text().splitlines() if line.strip())
    return {row[0].lower(): float(row[1]) for row in rows}


def evidence(texts: list[str]) -> dict[str, Counter]:
    """Per lower-cased word: lower-case uses, capitalised uses inside a sentence, those
    followed by a capitalised word that is no body word, uses right after a known given
    name (a surname), after another capitalised word and after "the"."""
    keys = ("low", "cap", "named", "surname", "inner", "the")
    counts: dict[str, Counter] = {k: Counter() for k in keys}
    for text in texts:
        tokens = list(WORD.finditer(text))
        for i, match in enumerate(tokens):
            word = match.group()
            lower = word.lower()
            if word.islower():
                counts["low"][lower] += 1
                continue
            prev = tokens[i - 1] if i else None
            joined = prev is not None and text[prev.end() : match.start()] in (" ", "-")
            if joined and prev.group().lower() in KNOWN:
                counts["surname"][lower] += 1  # "Ted Cruz"
            elif joined and prev.group()[:1].isupper() and prev.group().lower() not in TITLED:
                counts["inner"][lower] += 1  # "Ho Chi Minh", "Ritz-Carlton"
            elif joined and prev.group() == "the":
                counts["the"][lower] += 1  # "the Harmony donation"
            before = text[max(0, match.start() - 3) : match.start()].rstrip(" ")
            if not before or before[-1] in OPENERS:
                continue  # a sentence's first word is capitalised whatever it is
            counts["cap"][lower] += 1
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if (
                nxt
                and text[match.end() : nxt.start()] == " "
                and nxt.group()[:1].isupper()
                and nxt.group().lower() not in BODY_WORDS
            ):
                counts["named"][lower] += 1
    return counts


def keep(name: str, c: dict[str, Counter], percent: float, unseen_percent: float) -> bool:
    cap, named, low = c["cap"][name], c["named"][name], c["low"][name]
    if cap == 0 and low == 0:
        return percent >= unseen_percent
    return (
        cap >= 2
        and named >= 0.5 * cap
        and c["inner"][name] <= 0.3 * cap
        and c["the"][name] <= 0.2 * cap
        and low <= 0.05 * cap
        and c["surname"][name] <= 0.1 * named
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist_dir", type=Path, help="folder with dist.male.first etc.")
    parser.add_argument("train", type=Path, help="PolNeAR train JSONL")
    parser.add_argument("--docs", type=int, default=640)
    parser.add_argument("--unseen-percent", type=float, default=0.05)
    args = parser.parse_args()
    male = census(args.dist_dir / "dist.male.first")
    female = census(args.dist_dir / "dist.female.first")
    with args.train.open() as lines:
        texts = [json.loads(line)["text"] for _, line in zip(range(args.docs), lines, strict=False)]
    c = evidence(texts)
    print("# name\tgender (m, f or - for either): see tools/build_given_names.py")
    print("# from the 1990 US Census first-name lists (public domain), filtered by news text")
    for name in sorted((set(male) | set(female)) - KNOWN):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if keep(name, c, max(m, f), args.unseen_percent):
            gender = "m" if m >= 3 * f else "f" if f >= 3 * m else "-"
            print(f"{name}\t{gender}")


if __name__ == "__main__":
    main()
