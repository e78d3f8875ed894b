"""Shared fixtures: one loaded pipeline per test session, and a report checker that every
report-producing test runs (JSON Schema plus the offset invariant)."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from newsaudit import engine
from newsaudit import nlp as nlp_loader
from newsaudit.inputs import SUFFIXES, from_bytes

SCHEMA = json.loads(files("newsaudit.data").joinpath("report.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def check_report(data: dict, text: str | None = None) -> dict:
    """Validate a report against the shipped schema and its offsets against the text."""
    VALIDATOR.validate(data)
    if text is not None and "error" not in data:
        for a in data["attributions"]:
            for part in (a["cue"], a["content"], a["source"], *a["parts"]):
                if part is not None:
                    assert text[part["start"] : part["end"]] == part["text"]
            # the parts are the content's own words, in order, inside it
            edges = [(p["start"], p["end"]) for p in a["parts"]]
            assert a["content"]["start"] <= edges[0][0] and edges[-1][1] <= a["content"]["end"]
            assert all(e <= s for (_, e), (s, _) in zip(edges, edges[1:], strict=False))
        for f in data["flags"]:
            assert text[f["start"] : f["end"]] == f["text"]
        ids = {s["id"] for s in data["sources"]}
        attribution_ids = [a["id"] for a in data["attributions"]]
        for a in data["attributions"]:
            assert a["source"] is None or a["source"]["id"] in ids
            assert a["via"] is None or a["via"] in ids
            assert a["within"] is None or a["within"] in attribution_ids
            assert a["within"] != a["id"]
    return data


@pytest.fixture
def runner():
    """Typer's runner for CLI tests."""
    return CliRunner()


@pytest.fixture(scope="session")
def nlp():
    return nlp_loader.load()


@pytest.fixture(scope="session")
def run(nlp):
    """Audit a text and return its checked JSON-ready dict."""

    def _run(text: str) -> dict:
        return check_report(engine.audit(text, nlp=nlp).to_dict(), text)

    return _run


SAMPLES = sorted(
    p
    for p in (Path(__file__).resolve().parent.parent / "samples").iterdir()
    if p.suffix in SUFFIXES
)
SEED = sorted((Path(__file__).resolve().parent.parent.parent / "shared" / "seed").glob("000_*.txt"))


@pytest.fixture(scope="session")
def audited(nlp):
    """Every sample of every kind (and the seed article from ../shared, when present)
    audited once: ``{name: (report, text its offsets index)}``."""
    found = {}
    for path in [*SAMPLES, *SEED]:
        document = from_bytes(path.read_bytes(), path.name)
        found[path.stem] = (engine.audit(document, path=str(path), nlp=nlp), document.text)
    return found


def article_names() -> list[str]:
    """The names ``audited`` holds, for parametrising."""
    return [p.stem for p in [*SAMPLES, *SEED]]
