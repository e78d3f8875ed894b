"""Speech in news from outside the United States: how much of it newsaudit reports as
statements, and whether it names the speaker.

    python benchmarks/speakers.py [SET_DIR ...] [--show]

Each set under ``benchmarks/speech/`` holds sixteen short articles we wrote in the house
styles of news outside the United States, and ``gold.jsonl``: every piece of reported
speech in them (direct, indirect, mixed) with what was said and the speaker's full name
(null where the text names no one). Each was written and annotated without running
newsaudit. ``a`` (Canada, Britain, Ireland, Australia, India, Kenya, Nigeria, the
Caribbean, Korea, Singapore), then ``b`` and ``c`` (New Zealand and Australia, Scotland and
Wales, South Africa and Zimbabwe, Ghana and Uganda, Pakistan, Bangladesh and Sri Lanka,
the Philippines and Indonesia, Hong Kong and Malaysia, Ireland and Quebec) were studied
for errors (``--show``), each after the rules the one before it taught; ``heldout``,
written to the brief of ``b``, is only scored, never read for errors, and so is ``d``
(Canada, Britain, Ireland, Australia and New Zealand, India, Nigeria, Kenya and South
Africa, the Caribbean, Singapore, Malaysia and the Philippines), written after the last
rules were in. ``e`` (England, Northern Ireland, Jamaica, Trinidad, Kenya, Tanzania,
Nigeria, South Africa, Botswana or Namibia, India, Pakistan, Sri Lanka, Singapore,
Malaysia, Fiji or Papua New Guinea, Atlantic Canada) was studied after ``d``; ``f``
(Scotland, Wales, Ireland, Barbados, Uganda, Ghana, Nigeria, Zimbabwe, South Africa,
Tamil Nadu, Bangladesh, Nepal, Hong Kong, Sabah, the Philippines, New Zealand), written
at the same time to a brief of its own, is only scored. ``g`` and ``h``, longer Canadian
articles from every province and territory in the styles of the Canadian Press, the Globe
and Mail, CBC, the Star, Postmedia and regional papers, were written together after
that; ``g`` was studied, ``h`` is only scored. ``i`` (Scotland, northern England,
Ireland, Australia, New Zealand, South Africa, Nigeria, Ghana, Kenya, Uganda, India,
Pakistan, Sri Lanka, Malaysia, the Philippines, Jamaica; headlines that quote, quotes run
over paragraphs) was written after all but two rules of its round, and is only scored.
``j`` (Wales, the Isle of Man, Northern Ireland, Tasmania, Western Australia, Samoa,
Zambia, Malawi, Tanzania, Sierra Leone, the Gambia, Bangladesh, Nepal, Guyana, the
Bahamas, Malta) and ``k`` (Cornwall, the Highlands, Ireland, South Australia,
Queensland, Fiji, Botswana, Rwanda, Kenya, Cameroon, Ghana, Sri Lanka, Bhutan,
Trinidad, Bermuda, Singapore) were written together, to one brief, by two writers who
neither ran nor read newsaudit; ``j`` was studied, ``k`` is only scored. After that,
the errors of ``heldout``, ``d``, ``f`` and ``h`` were read one by one and counted by
shape, so those four are studied sets now; ``i`` and ``k`` remain only scored.

Three numbers, as a speech corpus with speakers' names is scored:
- coverage: the share of gold quotes that a ``statement`` attribution covers (its content
  overlaps at least half of the quote);
- precision: the share of ``statement`` attributions that cover a gold quote;
- speaker: of the covered quotes with a named speaker, the share whose attribution's
  source (``sources[].name``) is that speaker; names compare without case, accents or a
  leading "the".
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import newsaudit
from newsaudit.data import normalise_name

SPEECH = Path(__file__).parent / "speech"
SETS = ("a", "b", "c", "heldout", "d", "e", "f", "g", "h", "i", "j", "k")


def gold_spans(text: str, quotes: list[dict]) -> list[tuple[int, int, dict]]:
    """Each gold quote's character span in ``text`` (its n-th occurrence); a content or
    a speaker the text does not hold is an error in the gold file."""
    spans = []
    for quote in quotes:
        at = -1
        for _ in range(quote.get("occurrence", 1)):
            at = text.index(quote["content"], at + 1)
        if quote["speaker"] is not None and quote["speaker"] not in text:
            raise ValueError(f"speaker {quote['speaker']!r} is not in the text")
        spans.append((at, at + len(quote["content"]), quote))
    return spans


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def covers(attribution: dict, start: int, end: int) -> bool:
    """Whether an attribution's content overlaps at least half of a gold span."""
    content = attribution["content"]
    return 2 * overlap((start, end), (content["start"], content["end"])) >= end - start


def score(directory: Path, show: bool = False) -> dict[str, float | str]:
    """Coverage, precision and speaker accuracy over a speech set; with ``show``, print
    each quote missed or given to someone else."""
    counts: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    covered_kind: Counter[str] = Counter()
    for line in (directory / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = (directory / record["file"]).read_text(encoding="utf-8")
        report = newsaudit.audit(text).to_dict()
        names = {s["id"]: s["name"] for s in report["sources"]}
        statements = [a for a in report["attributions"] if a["category"] == "statement"]
        spans = gold_spans(text, record["quotes"])
        used: set[str] = set()
        for start, end, quote in spans:
            by_kind[quote["kind"]] += 1
            best = max(
                statements,
                key=lambda a: overlap((start, end), (a["content"]["start"], a["content"]["end"])),
                default=None,
            )
            if best is None or not covers(best, start, end):
                if show:
                    print(f"MISSED  {record['file']}: {quote['content'][:90]}")
                continue
            covered_kind[quote["kind"]] += 1
            used.add(best["id"])
            if quote["speaker"] is None:
                continue
            counts["named"] += 1
            found = names.get(best["source"]["id"]) if best["source"] else None
            if found and normalise_name(found) == normalise_name(quote["speaker"]):
                counts["right"] += 1
            elif show:
                print(
                    f"SPEAKER {record['file']}: {found!r} for {quote['speaker']!r}: "
                    f"{quote['content'][:60]}"
                )
        for attribution in statements:
            counts["predicted"] += 1
            correct = attribution["id"] in used or any(
                covers(attribution, s, e) for s, e, _ in spans
            )
            counts["correct"] += correct
            if show and not correct:
                print(
                    f"EXTRA   {record['file']}: {attribution['cue']['text']!r} "
                    f"{attribution['content']['text'][:80]}"
                )
    gold = sum(by_kind.values())
    return {
        "quotes": gold,
        "coverage": sum(covered_kind.values()) / gold,
        **{f"coverage_{k}": covered_kind[k] / by_kind[k] for k in sorted(by_kind)},
        "precision": counts["correct"] / max(counts["predicted"], 1),
        "speaker": counts["right"] / max(counts["named"], 1),
        "speaker_counts": f"{counts['right']}/{counts['named']}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, help="speech sets (default: all)")
    parser.add_argument("--show", action="store_true", help="list misses and wrong speakers")
    args = parser.parse_args()
    sets = args.sets or [SPEECH / name for name in SETS if (SPEECH / name).is_dir()]
    for directory in sets:
        print(f"== {directory.name}")
        for key, value in score(directory, args.show).items():
            print(f"{key:20} {value:.3f}" if isinstance(value, float) else f"{key:20} {value}")


if __name__ == "__main__":
    main()
