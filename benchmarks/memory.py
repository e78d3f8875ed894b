"""Peak memory per process over batches of growing size: it must stay flat.

    python benchmarks/memory.py ../shared/eval/polnear-train.jsonl [--sizes 100 1000 3000]
        [--jobs 2]

Writes N article files (the data file's texts, cycled when N is larger, under distinct
names) to a temporary directory and runs `newsaudit check DIR --format jsonl --jobs J` as
a fresh process. The peak is the largest resident set of any one process of the run (the
parent or a worker: `wait4` reports the maximum over the process and its children).
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="PolNeAR-style JSONL (a 'text' per line)")
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1000, 3000])
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    texts = [json.loads(line)["text"] for line in args.data.open(encoding="utf-8")]
    print(f"{'documents':>10} {'distinct':>9} {'wall s':>8} {'CPU s':>8} {'peak MiB/process':>17}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            for n in range(size):
                (Path(tmp) / f"{n:05}.txt").write_text(texts[n % len(texts)], encoding="utf-8")
            cmd = [sys.executable, "-m", "newsaudit", "check", tmp, "-f", "jsonl"]
            start = time.perf_counter()
            proc = subprocess.Popen([*cmd, "--jobs", str(args.jobs)], stdout=subprocess.DEVNULL)
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - start
            if os.waitstatus_to_exitcode(status) != 0:
                sys.exit("newsaudit failed")
            cpu = usage.ru_utime + usage.ru_stime
            distinct = min(size, len(texts))
            peak = usage.ru_maxrss / 1024
            print(f"{size:10} {distinct:9} {wall:8.1f} {cpu:8.1f} {peak:17.0f}")
    print(f"--jobs {args.jobs}, load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
