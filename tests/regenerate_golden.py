"""Rewrite tests/golden/<name>.json from samples/<name>.txt.

    python tests/regenerate_golden.py

Read the diff before committing it: a golden file is the expected audit, checked by hand
against samples/EXPECTED.md, not whatever the program happens to print.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsaudit import audit

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = ROOT / "tests" / "golden"


def render(path: Path) -> str:
    """The golden JSON for one sample, with a path relative to the repository."""
    text = path.read_text(encoding="utf-8")
    report = audit(text, path=f"samples/{path.name}")
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=1) + "\n"


def main() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for sample in sorted(SAMPLES.glob("*.txt")):
        (GOLDEN / f"{sample.stem}.json").write_text(render(sample), encoding="utf-8")
        print(f"wrote tests/golden/{sample.stem}.json")


if __name__ == "__main__":
    main()
