"""Find the articles that crash the engine (an ``internal`` error record).

    python benchmarks/crashes.py ../shared/eval/polnear-train.jsonl ../shared/eval/polnear-dev.jsonl

Audits every article of the given PolNeAR-style JSONL files in one batch (the path a
user's batch takes), then re-audits each failed article alone with errors raised, to
name the exception and the line of newsaudit it came from. Prints one line per crash and
a total; exits 1 when any article crashed. Not a timed test: data stays outside the
repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from pathlib import Path

from newsaudit import nlp as nlp_loader
from newsaudit.engine import audit, audit_many
from newsaudit.report import AuditFailure


def articles(paths: list[Path]):
    """``(doc_id, text)`` for every article of the files, in order."""
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                doc = json.loads(line)
                yield doc["doc_id"], doc["text"]


def where(text: str, nlp) -> str:
    """The exception an article raises when audited alone, and the newsaudit frame it
    was raised in (or 'no error alone' when it only fails in a batch)."""
    try:
        audit(text, nlp=nlp)
    except Exception as err:  # the point: name whatever the engine raises
        frames = [f for f in traceback.extract_tb(err.__traceback__) if "newsaudit" in f.filename]
        frame = frames[-1] if frames else traceback.extract_tb(err.__traceback__)[-1]
        place = f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}"
        return f"{type(err).__name__}: {err} ({place})"
    return "no error alone"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, nargs="+", help="PolNeAR-style JSONL files")
    args = parser.parse_args()
    nlp = nlp_loader.load()
    texts = dict(articles(args.data))
    total, crashes = 0, 0
    for result in audit_many(texts.items(), nlp=nlp):
        total += 1
        if isinstance(result, AuditFailure):
            crashes += 1
            print(f"{result.path}\t{where(texts[result.path], nlp)}")
    print(f"{crashes} internal errors in {total} articles")
    sys.exit(1 if crashes else 0)


if __name__ == "__main__":
    main()
