"""How often annotators mark each complement of a word as attributed content (PolNeAR).

    python benchmarks/cue_frames.py ../shared/eval/polnear-train.jsonl --docs 724 [--min 5]

For every verb, noun and adjective outside quotation marks in the first ``--docs``
articles (the study set: held-out articles are never read), each complement it has is a
frame occurrence: ``clause`` (ccomp), ``infinitive`` (a to-infinitive), ``object``
(dobj), ``object-predicate`` ("called X a Y", "described X as Y") and a preposition
("warned of X", "support for X"). An occurrence is *annotated* when a gold attribution
has its cue on the word and its content covering at least half of the complement. The
output is one TSV row per ``(lemma, pos, frame)`` seen ``--min`` times or more: count,
annotated, share, and whether ``data/cues.tsv`` gives the word that frame. The frames in
``cues.tsv`` are chosen from this table (thresholds at its head).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from newsaudit import nlp as nlp_loader
from newsaudit.data import cues

QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
POS = {"VERB": "verb", "NOUN": "noun", "ADJ": "adj"}


def frames(token) -> list[tuple[str, object]]:
    """(frame, complement head) for each complement of ``token``."""
    out = []
    children = list(token.children)
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    for child in children:
        if child.i < token.i:
            continue
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.dep_ in ("xcomp", "ccomp") and infinitive:
            out.append(("infinitive", child))
        elif child.dep_ == "ccomp":
            out.append(("clause", child))
        elif child.dep_ == "oprd" or (child.dep_ == "prep" and child.lower_ == "as" and obj):
            out.append(("object-predicate", child))
        elif child.dep_ == "prep":
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                out.append((child.lower_, pobj))
    if obj is not None:
        out.append(("object", obj))
    return out


def count(docs: list[dict]) -> tuple[Counter, Counter]:
    nlp = nlp_loader.load()
    seen: Counter = Counter()
    marked: Counter = Counter()
    for doc, parsed in zip(docs, nlp.pipe(d["text"] for d in docs), strict=True):
        quoted = {i for m in QUOTED.finditer(doc["text"]) for i in range(*m.span())}
        gold = []
        for a in doc["attributions"]:
            cue = {i for s, e in a["cue_fragments"] for i in range(s, e)}
            content = {i for s, e in a["content_fragments"] for i in range(s, e)}
            gold.append((cue, content))
        for token in parsed:
            pos = POS.get(token.pos_)
            if pos is None or token.idx in quoted:
                continue
            for frame, head in frames(token):
                span = set(range(head.left_edge.idx, head.right_edge.idx + len(head.right_edge)))
                key = (token.lemma_.lower(), pos, frame)
                seen[key] += 1
                marked[key] += any(
                    token.idx in cue and len(span & content) >= 0.5 * len(span)
                    for cue, content in gold
                )
    return seen, marked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--docs", type=int, default=724)
    parser.add_argument("--min", type=int, default=5)
    args = parser.parse_args()
    with args.data.open(encoding="utf-8") as f:
        docs = [json.loads(line) for _, line in zip(range(args.docs), f, strict=False)]
    seen, marked = count(docs)
    table = cues()
    out = sys.stdout
    out.write("lemma\tpos\tframe\tcount\tannotated\tshare\tin_lexicon\n")
    for (lemma, pos, frame), n in sorted(seen.items(), key=lambda kv: -marked[kv[0]] / kv[1]):
        if n < args.min:
            continue
        entry = table.get((lemma, pos))
        has = "-" if entry is None else ("yes" if frame in entry.frames else "no")
        share = marked[(lemma, pos, frame)] / n
        out.write(
            f"{lemma}\t{pos}\t{frame}\t{n}\t{marked[(lemma, pos, frame)]}\t{share:.2f}\t{has}\n"
        )


if __name__ == "__main__":
    main()
