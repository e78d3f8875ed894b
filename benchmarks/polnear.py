"""Evaluate newsaudit on a PolNeAR-style split (data stays outside the repository).

    python benchmarks/polnear.py ../shared/eval/polnear-dev.jsonl [--pred OUT.jsonl]

Writes each article to a temporary directory, runs `newsaudit check DIR --format jsonl`
(the command a user runs), then reports:

* the official scores, from `score.py` beside the data file;
* sources: among predictions matched to a gold attribution whose source mentions a media
  outlet, the share typed `outlet`; among matched attributions whose gold source is a
  pronoun, the share resolved to a named source (person, outlet or organization);
* flags: the share of `unattributed_claim` flags whose span contains the cue of a
  human-annotated attribution (a false flag: the sentence is attributed).

Matching is the scorer's: contents sharing at least half of the shorter span, greedy one
to one.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

NAMED = ("person", "outlet", "organization")


def chars(fragments) -> set[int]:
    out: set[int] = set()
    for s, e in fragments or []:
        out.update(range(s, e))
    return out


def match(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """Greedy one-to-one content matching, as score.py does it."""
    g_sets = [chars(g["content_fragments"]) for g in gold]
    p_sets = [set(range(p["content"]["start"], p["content"]["end"])) for p in pred]
    pairs = []
    for gi, g in enumerate(g_sets):
        for pi, p in enumerate(p_sets):
            overlap = len(g & p)
            if g and overlap and overlap >= 0.5 * min(len(g), len(p)):
                pairs.append((overlap, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gold[gi], pred[pi]))
    return out


def run_newsaudit(docs: list[dict], pred_path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for doc in docs:
            (Path(tmp) / f"{doc['doc_id']}.txt").write_text(doc["text"], encoding="utf-8")
        with pred_path.open("w", encoding="utf-8") as out:
            subprocess.run(
                [sys.executable, "-m", "newsaudit", "check", tmp, "--format", "jsonl"],
                stdout=out,
                check=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--pred", type=Path, help="keep the predictions here")
    args = parser.parse_args()
    docs = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    pred_path = args.pred or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    run_newsaudit(docs, pred_path)
    scorer = args.data.parent / "score.py"
    if scorer.exists():
        subprocess.run([sys.executable, str(scorer), str(args.data), str(pred_path)], check=True)

    reports = {}
    for line in pred_path.open(encoding="utf-8"):
        record = json.loads(line)
        reports[Path(record["document"]["path"]).stem] = record
    outlet_total = outlet_ok = pron_total = pron_named = 0
    flags = false_flags = 0
    for doc in docs:
        report = reports.get(doc["doc_id"], {})
        types = {s["id"]: s["type"] for s in report.get("sources", [])}
        for g, p in match(doc["attributions"], report.get("attributions", [])):
            ptype = types.get(p["source"]["id"]) if p["source"] else None
            if g.get("source_mentions_media_outlet"):
                outlet_total += 1
                outlet_ok += ptype == "outlet"
            if g.get("source_is_pronoun"):
                pron_total += 1
                pron_named += ptype in NAMED
        cues = [chars(a["cue_fragments"]) for a in doc["attributions"] if a["cue_fragments"]]
        for flag in report.get("flags", []):
            if flag["type"] != "unattributed_claim":
                continue
            flags += 1
            span = set(range(flag["start"], flag["end"]))
            false_flags += any(cue and cue <= span for cue in cues)
    for name, part, whole in (
        ("outlet_typed_as_outlet", outlet_ok, outlet_total),
        ("pronoun_resolved_to_named", pron_named, pron_total),
        ("unattributed_flags_on_cues", false_flags, flags),
    ):
        print(f"{name:28} {part}/{whole} = {_share(part, whole)}")


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "n/a"


if __name__ == "__main__":
    main()
