"""CPU time of each output format's renderer, against the audit that produced the reports.

    python benchmarks/formats.py DIR [--repeat N]

Audits every *.txt and *.md below DIR once, then renders the reports in every format
(best of N, process CPU time, so other load on the machine does not count). Prints the
audit time, each renderer's time and its share of the audit, and the output size.
"""

from __future__ import annotations

import argparse
import pathlib
import time

from newsaudit import audit_many
from newsaudit.formats.csv import render_csv
from newsaudit.formats.html import render_html
from newsaudit.formats.json import render_json, render_jsonl
from newsaudit.formats.markdown import render_markdown
from newsaudit.formats.table import render_batch_summary, render_table


def best(repeat: int, render) -> tuple[float, int]:
    """Best CPU seconds of ``repeat`` runs of ``render()``, and the length of its output."""
    times, size = [], 0
    for _ in range(repeat):
        start = time.process_time()
        size = len(render())
        times.append(time.process_time() - start)
    return min(times), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=pathlib.Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    files = sorted(p for p in args.dir.rglob("*") if p.suffix in (".txt", ".md"))
    texts = {str(p): p.read_text(encoding="utf-8") for p in files}
    start = time.process_time()
    reports = list(audit_many(texts.items()))
    audited = time.process_time() - start
    renderers = {
        "table": lambda: "".join(render_table(r) for r in reports) + render_batch_summary(reports),
        "json (each)": lambda: "".join(render_json(r) for r in reports),
        "jsonl": lambda: "".join(render_jsonl(r) for r in reports),
        "csv": lambda: render_csv(reports),
        "markdown": lambda: render_markdown(reports),
        "html": lambda: render_html([(r, texts[r.document.path]) for r in reports]),
    }
    print(f"{len(reports)} documents, audit {audited:.2f} s CPU (model load included)")
    for name, render in renderers.items():
        seconds, size = best(args.repeat, render)
        share = seconds / audited
        print(f"{name:12} {seconds:7.3f} s  {share:6.1%} of the audit  {size / 1024:8.0f} KiB")


if __name__ == "__main__":
    main()
