"""How the work before parsing scales with the size of an article: reading the document,
finding furniture, building the segments. It must stay linear (no scan per line).

    python benchmarks/big_input.py [--sizes 1,5,20]

Builds synthetic articles of the given sizes in MB out of short invented paragraphs (many
lines, the worst case for per-line work) and prints the CPU seconds of each step and the
time per MB. Parsing is left out: spaCy's cost is linear and measured by speed.py.
"""

from __future__ import annotations

import argparse
import time

from newsaudit.inputs import from_text
from newsaudit.segments import find_segments
from newsaudit.structure import find_excluded

PARAGRAPHS = (
    "The harbour board said on Monday that fees would rise by a tenth in March.",
    "“We have no choice,” said Lena Okafor, the board's chair, after the vote.",
    "Traders said they expected prices in the fish market to rise before summer.",
    "Related stories",
    "Sign up for our free daily newsletter",
    "Ferry operator orders two electric boats",
)


def article(megabytes: float) -> str:
    """Numbered paragraphs (so none repeats) until the text reaches the size."""
    lines, size, n = [], 0, 0
    while size < megabytes * 1_000_000:
        line = f"{PARAGRAPHS[n % len(PARAGRAPHS)]} ({n})"
        lines.append(line)
        size += len(line) + 1
        n += 1
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,5,20", help="sizes in MB, comma-separated")
    args = parser.parse_args()
    print(f"{'MB':>5} {'lines':>9} {'read':>7} {'structure':>10} {'segments':>9} {'s/MB':>6}")
    for megabytes in (float(x) for x in args.sizes.split(",")):
        text = article(megabytes)
        t0 = time.process_time()
        document = from_text(text)
        t1 = time.process_time()
        excluded = list(find_excluded(document.analysed, document.paragraphs, None))
        t2 = time.process_time()
        segments = list(find_segments(document.analysed, document.paragraphs, excluded))
        t3 = time.process_time()
        total = t3 - t0
        print(
            f"{megabytes:5g} {len(document.paragraphs):9,} {t1 - t0:7.2f} {t2 - t1:10.2f} "
            f"{t3 - t2:9.2f} {total / megabytes:6.2f}   ({len(segments):,} segments)"
        )


if __name__ == "__main__":
    main()
