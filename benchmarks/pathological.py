"""Pathological inputs, each run alone: time, peak memory and what came out.

    python benchmarks/pathological.py ../shared/eval/polnear-train.jsonl [--only NAME]

Builds each input in a temporary directory from real article text (the data file's
texts), runs `newsaudit check FILE --format jsonl` on it as a fresh process and prints
wall and CPU seconds, peak memory and whether the result is a report or an error record.
The bar: every input under 30 s and 1 GB, with a report or a clear error record.

* `single_line_2mb`: 2 MB of article text with every line break removed;
* `article_20mb`: a 20 MB article (many paragraphs): over the default --max-chars;
* `quotes_50k`: 50,000 quotation marks in one run inside an article;
* `open_quotes_3k`: 3,000 opening quotation marks that never close, one per sentence;
* `first_record_60`: not one document but a 60-document batch: the time until the first
  JSONL record is written, against the time for the whole batch, with `--jobs 1` and 2.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def build(name: str, texts: list[str], folder: Path) -> Path:
    """Write the input named ``name``; return its path."""
    joined = "\n".join(texts)
    if name == "single_line_2mb":
        body = " ".join(joined.split())
        text = (body * (1 + 2_000_000 // len(body)))[:2_000_000]
    elif name == "article_20mb":
        text = (joined * (1 + 20_000_000 // len(joined)))[:20_000_000]
    elif name == "quotes_50k":
        text = texts[0] + "\n" + texts[1][:300] + "\u201d" * 50_000 + texts[1][300:] + "\n"
    elif name == "open_quotes_3k":
        sentences = " ".join(joined.split()).split(". ")
        text = "".join(f"\u201c{s}. " for s in (sentences * 10)[:3000]) + "\n"
    else:
        raise SystemExit(f"unknown input {name}")
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def run_one(path: Path) -> tuple[float, float, float, str]:
    """(wall s, CPU s, peak MiB, outcome) of auditing one file in a fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsaudit", "check", str(path), "-f", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    out = proc.stdout.read()
    _, _, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    record = json.loads(out) if out.strip() else {}
    if "error" in record:
        outcome = f"error record: {record['error']['type']}"
    elif record:
        outcome = f"report: {len(record['attributions'])} attributions"
    else:
        outcome = "nothing written"
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, outcome


def first_record(texts: list[str], folder: Path, jobs: int) -> tuple[float, float]:
    """Seconds to the first JSONL line and to the end, over a 60-document batch."""
    batch = folder / "batch"
    batch.mkdir(exist_ok=True)
    for n, text in enumerate(texts[:60]):
        (batch / f"{n:03}.txt").write_text(text, encoding="utf-8")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsaudit", "check", str(batch), "-f", "jsonl", "-j", str(jobs)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    proc.stdout.readline()
    first = time.perf_counter() - start
    proc.stdout.read()
    proc.wait()
    return first, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="PolNeAR-style JSONL (a 'text' per line)")
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args()
    texts = [json.loads(line)["text"] for line in args.data.open(encoding="utf-8")][:200]
    names = ["single_line_2mb", "article_20mb", "quotes_50k", "open_quotes_3k"]
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'input':18} {'MB':>6} {'wall s':>8} {'CPU s':>8} {'peak MiB':>9}  outcome")
        for name in args.only or names + ["first_record_60"]:
            if name == "first_record_60":
                for jobs in (1, 2):
                    first, total = first_record(texts, Path(tmp), jobs)
                    print(
                        f"60-document batch, --jobs {jobs}: first JSONL record after "
                        f"{first:.2f} s, all {total:.2f} s"
                    )
                continue
            path = build(name, texts, Path(tmp))
            size = path.stat().st_size / 1e6
            wall, cpu, peak, outcome = run_one(path)
            print(f"{name:18} {size:6.1f} {wall:8.2f} {cpu:8.2f} {peak:9.0f}  {outcome}")
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
