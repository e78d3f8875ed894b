"""Rewrite tests/golden/<name>.json from samples/<name>.txt.

    python tests/regenerate_golden.py

Read the diff before committing it: a golden file is the expected audit, checked by hand
against tests/golden/EXPECTED.md, not whatever the program happens to print.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsaudit import audit
from newsaudit.inputs import SUFFIXES, from_bytes

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = ROOT / "tests" / "golden"


def render(path: Path) -> str:
    """The golden JSON for one sample, with a path relative to the repository."""
    document = from_bytes(path.read_bytes(), path.name)
    report = audit(document, path=f"samples/{path.name}")
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=1) + "\n"


def samples() -> list[Path]:
    """Every sample article, whatever its kind."""
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in SUFFIXES)


def main() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for sample in samples():
        (GOLDEN / f"{sample.stem}.json").write_text(render(sample), encoding="utf-8")
        print(f"wrote tests/golden/{sample.stem}.json")


if __name__ == "__main__":
    main()
