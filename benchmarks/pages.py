"""Score newsaudit on saved real news pages: furniture hits, article text lost, languages.

    python benchmarks/pages.py [PAGES_DIR] [--quiet] [--as-text]

PAGES_DIR (default ../shared/pages) holds ``html/`` and ``html-other-languages/`` with
``truth.jsonl`` and ``truth-other-languages.jsonl`` (see that directory's README). Each
directory is audited by one ``newsaudit check DIR --format jsonl`` process. Passages are
compared after whitespace normalisation, as trafilatura's evaluation does. Per page and in
total it reports:

- furniture hits: attributions (content) and flags whose text lies inside a ``without``
  (furniture) passage or contains one (spans of fewer than MIN_WORDS words are too short
  to tell and are not counted);
- ``with`` (article) passages lost: not in the text kept as article (the document text less
  its excluded regions other than headings and datelines);
- ``without`` passages leaked into the kept text (for information: the annotators' line is
  not newsaudit's);
- crashes (error records, missing reports), pages that kept no text, the language found,
  and flags on pages that are not in English; CPU time of the runs.

With ``--as-text`` each page is first turned into a scraped text dump (its visible text,
one block a line, as Python's html.parser sees it) and audited as plain text: this scores
the furniture rules of ``newsaudit/structure`` on their own, without the HTML extractor.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "pages"
SETS = (("html", "truth.jsonl"), ("html-other-languages", "truth-other-languages.jsonl"))
MIN_WORDS = 4


def norm(text: str) -> str:
    """Whitespace collapsed and stripped, as trafilatura's scorer compares passages."""
    return " ".join(text.split())


class _Dump(HTMLParser):
    """Visible text of a page, a line per block element: what a simple scraper saves."""

    HIDDEN = {"head", "script", "style", "noscript", "template", "svg", "iframe", "object"}
    BLOCKS = {
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "br",
        "tr",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "figcaption",
        "ul",
        "ol",
        "table",
        "blockquote",
        "main",
        "figure",
        "form",
    }

    def __init__(self) -> None:
        super().__init__()
        self.lines, self.current, self.hidden = [], [], 0

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in self.HIDDEN
        if tag in self.BLOCKS:
            self.flush()

    def handle_endtag(self, tag):
        self.hidden -= tag in self.HIDDEN and self.hidden > 0
        if tag in self.BLOCKS:
            self.flush()

    def handle_data(self, data):
        if not self.hidden:
            self.current.append(data)

    def flush(self):
        line = norm("".join(self.current))
        if line:
            self.lines.append(line)
        self.current = []


def text_dump(html: str) -> str:
    """The page as a scraped text dump."""
    parser = _Dump()
    parser.feed(html)
    parser.close()
    parser.flush()
    return "\n".join(parser.lines) + "\n"


def kept_text(report: dict, source: str = "") -> str:
    """The article text newsaudit keeps: the document text less its furniture (headings and
    datelines are article text that is not audited for claims). ``source`` is the text
    audited when the report does not carry it."""
    text = report["document"].get("text") or source
    kept_types = ("heading", "dateline")
    cut = sorted((e["start"], e["end"]) for e in report["excluded"] if e["type"] not in kept_types)
    parts, pos = [], 0
    for start, end in cut:
        parts.append(text[pos:start])
        pos = max(pos, end)
    parts.append(text[pos:])
    return norm(" ".join(parts))


def why_lost(report: dict, passage: str, source: str = "") -> str:
    """Which excluded region took a lost passage, or that the extraction did not keep it."""
    text = report["document"].get("text") or source
    for e in report["excluded"]:
        region = norm(text[e["start"] : e["end"]])
        if passage[:40] in region or region and region in passage:
            return f"excluded as {e['type']} ({e['reason']})"
    return "not in the extracted text" if passage not in norm(text) else "split by exclusions"


def furniture_hits(report: dict, without: list[str]) -> list[str]:
    """Attribution contents and flag texts inside, or holding, a furniture passage."""
    spans = [("attribution", a["content"]["text"]) for a in report["attributions"]]
    spans += [("flag " + f["type"], f["text"]) for f in report["flags"]]
    hits = []
    for what, text in spans:
        span = norm(text)
        if len(span.split()) < MIN_WORDS:
            continue
        if any(span in w or w in span for w in without if w):
            hits.append(f"{what}: {span[:70]}")
    return hits


def audit_dir(directory: Path) -> tuple[dict[str, dict], float]:
    """Every page's JSON record (by file name) and the CPU seconds the run took."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    cmd = [sys.executable, "-m", "newsaudit", "check", str(directory), "--format", "jsonl"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    records = {}
    for line in proc.stdout.splitlines():
        record = json.loads(line)
        records[Path(record["document"]["path"]).name.removesuffix(".txt")] = record
    if proc.returncode not in (0, 2):
        print(f"{directory}: exit {proc.returncode}: {proc.stderr[-500:]}", file=sys.stderr)
    return records, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--quiet", action="store_true", help="totals only")
    parser.add_argument("--as-text", action="store_true", help="audit scraped text dumps")
    args = parser.parse_args()
    dumps = tempfile.TemporaryDirectory(prefix="newsaudit-pages-")
    totals = dict.fromkeys(
        ("pages", "crashes", "hits", "with", "lost", "without", "leaked", "foreign_wrong"), 0
    )
    totals["foreign_flags"] = totals["spans"] = totals["empty"] = 0
    cpu_total = 0.0
    for sub, truth_name in SETS:
        truth = [json.loads(x) for x in (args.pages / truth_name).read_text().splitlines() if x]
        directory = args.pages / sub
        if args.as_text:
            directory = Path(dumps.name) / sub
            directory.mkdir()
            for page in (args.pages / sub).glob("*.html"):
                dump = text_dump(page.read_text(encoding="utf-8"))
                (directory / f"{page.name}.txt").write_text(dump, encoding="utf-8")
        records, cpu = audit_dir(directory)
        cpu_total += cpu
        foreign = sub != "html"
        for entry in truth:
            totals["pages"] += 1
            name = entry["file"]
            record = records.get(name)
            if record is None or "error" in record:
                totals["crashes"] += 1
                print(f"CRASH {name}: {record and record['error']}")
                continue
            with_ = [norm(w) for w in entry["with"]]
            without = [norm(w) for w in entry["without"]]
            dump = directory / f"{name}.txt"
            kept_source = dump.read_text(encoding="utf-8") if args.as_text else ""
            kept = kept_text(record, kept_source)
            lost = [w for w in with_ if w not in kept]
            leaked = [w for w in without if w and w in kept]
            hits = furniture_hits(record, without)
            language = record["document"].get("language", "en")
            wrong = (language == "en") == foreign
            flags = len(record["flags"]) if foreign else 0
            totals["empty"] += not kept
            totals["hits"] += len(hits)
            totals["spans"] += len(record["attributions"]) + len(record["flags"])
            totals["with"] += len(with_)
            totals["lost"] += len(lost)
            totals["without"] += len(without)
            totals["leaked"] += len(leaked)
            totals["foreign_wrong"] += wrong
            totals["foreign_flags"] += flags
            if not args.quiet and (hits or lost or wrong or flags):
                print(
                    f"{name} [{language}] attributions {len(record['attributions'])}, "
                    f"flags {len(record['flags'])}"
                )
                for h in hits:
                    print(f"   furniture hit  {h}")
                for w in lost:
                    print(f"   lost           {w[:70]}: {why_lost(record, w, kept_source)}")
                if wrong:
                    print(f"   language wrong: {language}")
    kept = 1 - totals["lost"] / totals["with"] if totals["with"] else 1.0
    print(
        f"pages {totals['pages']}, crashes {totals['crashes']}, empty {totals['empty']}, "
        f"furniture hits "
        f"{totals['hits']} (of {totals['spans']} attributions and flags), article passages "
        f"kept {totals['with'] - totals['lost']}/"
        f"{totals['with']} ({kept:.1%}), furniture passages leaked {totals['leaked']}/"
        f"{totals['without']}, language wrong {totals['foreign_wrong']}, flags on "
        f"non-English pages {totals['foreign_flags']}, CPU {cpu_total:.1f} s"
    )
    dumps.cleanup()


if __name__ == "__main__":
    main()
